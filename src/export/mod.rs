//! Turns a [`Report`] into a file to share: Markdown, a self-contained HTML page, or CSV.
//!
//! The renderers are pure functions from a report to text: they lay out what the report holds
//! and compute nothing, so every format shows the same numbers. Writing the text to disk
//! (atomically) is the caller's job.
//!
//! Imports between the modules run one way: every format may use [`text`], which uses none of
//! them, and [`html`] uses [`svg`] for its charts. Nothing imports `html`, `markdown` or `csv`.
//! The team report ([`render_team`]) is a child module of each format (`markdown::team`, ...),
//! so it shares its format's escaping without a new edge between formats.

pub mod csv;
pub mod html;
pub mod markdown;
pub mod svg;
pub mod text;

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::domain::report::Report;
use crate::domain::team_report::TeamReport;
use crate::i18n::Translator;

/// A file format a report can be exported to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Markdown (`.md`), for notes, wikis and pull requests.
    #[value(name = "md")]
    #[serde(rename = "md")]
    Markdown,
    /// One self-contained HTML page (`.html`) that prints cleanly.
    Html,
    /// Per-responsibility scores as CSV (`.csv`), for spreadsheets.
    Csv,
}

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Self; 3] = [Self::Markdown, Self::Html, Self::Csv];

    /// The file extension, without the dot.
    pub const fn extension(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Html => "html",
            Self::Csv => "csv",
        }
    }

    /// A name for menus and file-dialog filters.
    pub fn label(self, tr: &Translator) -> String {
        match self {
            Self::Markdown => tr.tr("export-format-markdown"),
            Self::Html => tr.tr("export-format-html"),
            Self::Csv => tr.tr("export-format-csv"),
        }
    }

    /// The format a file name asks for by its extension (any case; `.markdown` and `.htm`
    /// too), or `None` when the extension is missing or unknown.
    pub fn from_path_extension(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "md" | "markdown" => Some(Self::Markdown),
            "html" | "htm" => Some(Self::Html),
            "csv" => Some(Self::Csv),
            _ => None,
        }
    }
}

/// Renders `report` in `format`, its fixed wording in `tr`'s language.
pub fn render(report: &Report, format: Format, tr: &Translator) -> String {
    match format {
        Format::Markdown => markdown::render(report, tr),
        Format::Html => html::render(report, tr),
        Format::Csv => csv::render(report, tr),
    }
}

/// Renders the team report `report` in `format`, its fixed wording in `tr`'s language.
pub fn render_team(report: &TeamReport, format: Format, tr: &Translator) -> String {
    match format {
        Format::Markdown => markdown::team::render(report, tr),
        Format::Html => html::team::render(report, tr),
        Format::Csv => csv::team::render(report, tr),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::ValueEnum as _;

    #[test]
    fn extensions_round_trip() {
        for format in Format::ALL {
            let path = format!("report.{}", format.extension());
            assert_eq!(Format::from_path_extension(Path::new(&path)), Some(format));
        }
        assert_eq!(
            Format::from_path_extension(Path::new("R.MarkDown")),
            Some(Format::Markdown)
        );
        assert_eq!(
            Format::from_path_extension(Path::new("a/b.HTM")),
            Some(Format::Html)
        );
        assert_eq!(Format::from_path_extension(Path::new("report")), None);
        assert_eq!(Format::from_path_extension(Path::new("report.pdf")), None);
        assert_eq!(Format::from_path_extension(Path::new(".csv")), None);
    }

    #[test]
    fn cli_values_are_md_html_csv() {
        let names: Vec<String> = Format::value_variants()
            .iter()
            .filter_map(|f| f.to_possible_value())
            .map(|v| v.get_name().to_owned())
            .collect();
        assert_eq!(names, ["md", "html", "csv"]);
        assert_eq!(Format::from_str("md", false), Ok(Format::Markdown));
        assert!(Format::from_str("markdown", false).is_err());
        assert_eq!(
            serde_json::to_string(&Format::ALL).unwrap(),
            r#"["md","html","csv"]"#
        );
    }
}
