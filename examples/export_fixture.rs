//! Writes the fixture report (the one behind the golden files) as HTML, for
//! `scripts/check-report-in-browser.sh`.
//!
//! Usage: `cargo run --quiet --example export_fixture -- OUT.html` (`-` for stdout). Any other
//! extension picks that format: `.md`, `.csv`.
#![allow(clippy::expect_used)]

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use career_explorer::export::{Format, render};

#[path = "../tests/support/report_fixture.rs"]
mod report_fixture;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out] = args.as_slice() else {
        eprintln!("usage: export_fixture OUT.html|OUT.md|OUT.csv|-");
        return ExitCode::from(2);
    };
    let format = if out == "-" {
        Format::Html
    } else {
        let Some(format) = Format::from_path_extension(Path::new(out)) else {
            eprintln!("export_fixture: {out}: use .html, .md or .csv");
            return ExitCode::from(2);
        };
        format
    };
    let english = career_explorer::i18n::Translator::new(career_explorer::i18n::Language::English);
    let text = render(&report_fixture::report(), format, &english);
    let written = if out == "-" {
        std::io::stdout().write_all(text.as_bytes())
    } else {
        std::fs::write(out, text)
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("export_fixture: {out}: {err}");
            ExitCode::FAILURE
        }
    }
}
