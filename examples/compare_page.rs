//! Writes the Compare screen's content (the shipped catalog's intro and grid) as one static
//! HTML page: the peer `scripts/bench-desktop.sh` opens in headless Chromium, standing for
//! "the same thing as a web page".
//!
//! The page reports its own first paint: a `PerformanceObserver` logs
//! `first-paint-epoch-ms <ms>` (Unix time) to the console, which Chromium prints to stderr
//! with `--enable-logging=stderr`.
//!
//! Usage: `cargo run --example compare_page -- OUT.html`

use std::fmt::Write as _;
use std::process::ExitCode;

use career_explorer::domain::catalog::Catalog;
use career_explorer::domain::compare::compare_rows;
use career_explorer::export::html::escape;
use career_explorer::i18n::Translator;

const STYLE: &str = "
body { font: 14px/1.4 sans-serif; margin: 8px 12px; background: #1b1b1b; color: #cfcfcf; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { text-align: left; vertical-align: top; padding: 6px 4px; }
th:first-child { width: 170px; }
tbody tr:nth-child(odd) { background: #242424; }
";

const SCRIPT: &str = "
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.name === 'first-paint') {
      console.log('first-paint-epoch-ms ' + (performance.timeOrigin + entry.startTime).toFixed(1));
    }
  }
}).observe({ type: 'paint', buffered: true });
";

fn page(catalog: &Catalog) -> String {
    let mut html = String::new();
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>Career Explorer</title><style>{STYLE}</style><script>{SCRIPT}</script>\
         </head><body>\n<p>{}</p>\n<table><thead><tr><th>Dimension</th>",
        escape(&catalog.intro)
    );
    for role in &catalog.roles {
        let _ = write!(
            html,
            "<th title=\"{}\"><h2>{}</h2></th>",
            escape(&role.summary),
            escape(&role.name)
        );
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    // English, as the page's `lang` says.
    for row in compare_rows(catalog, &Translator::default()) {
        let _ = write!(
            html,
            "<tr><th title=\"{}\">{}</th>",
            escape(&row.explanation),
            escape(&row.name)
        );
        for cell in &row.cells {
            let _ = write!(html, "<td>{}</td>", escape(cell));
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody></table>\n</body></html>\n");
    html
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out] = args.as_slice() else {
        eprintln!("usage: compare_page OUT.html");
        return ExitCode::from(2);
    };
    let catalog = match Catalog::shipped() {
        Ok(catalog) => catalog,
        Err(err) => {
            eprintln!("compare_page: {err}");
            return ExitCode::FAILURE;
        }
    };
    match std::fs::write(out, page(&catalog)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("compare_page: {out}: {err}");
            ExitCode::FAILURE
        }
    }
}
