//! Team report export: golden files for each format from the fixture team, anonymised names
//! gone from every format, hostile names inert, and the CSV read back.
//!
//! Regenerate the golden files after an intended change with `UPDATE_GOLDEN=1 cargo test`,
//! then read the diff.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use career_explorer::domain::Content;
use career_explorer::domain::team::Team;
use career_explorer::domain::team_report::TeamReport;
use career_explorer::export::csv::team::TEAM_HEADER;
use career_explorer::export::{self, Format};
use career_explorer::i18n::{Language, Translator};

#[path = "support/csv_reader.rs"]
mod csv_reader;
use csv_reader::parse_csv;

/// The English translator the golden files are written with.
static ENGLISH: std::sync::LazyLock<Translator> =
    std::sync::LazyLock::new(|| Translator::new(Language::English));

/// The team report `report` in `format`, in English.
fn render_team(report: &TeamReport, format: Format) -> String {
    export::render_team(report, format, &ENGLISH)
}

fn manifest(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn fixture() -> Team {
    let content = Content::shipped().unwrap();
    let text = std::fs::read_to_string(manifest("tests/data/teams/payments.ron")).unwrap();
    Team::from_ron("payments.ron", &text, &content.advisor).unwrap()
}

fn report(anonymise: bool) -> TeamReport {
    let content = Content::shipped().unwrap();
    TeamReport::new(&fixture(), &content, &[], anonymise).unwrap()
}

#[test]
fn golden_files() {
    let report = report(false);
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut stale = Vec::new();
    for format in Format::ALL {
        let path = manifest(&format!("tests/golden/team.{}", format.extension()));
        let actual = render_team(&report, format);
        if update {
            std::fs::write(&path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e}; run UPDATE_GOLDEN=1 cargo test", path.display()));
        if actual != expected {
            let line = actual
                .lines()
                .zip(expected.lines())
                .position(|(a, e)| a != e)
                .map_or_else(|| "the length".to_owned(), |i| format!("line {}", i + 1));
            stale.push(format!("{} differs at {line}", path.display()));
        }
    }
    assert!(
        stale.is_empty(),
        "{}\nIf the change is intended, run UPDATE_GOLDEN=1 cargo test and review the diff.",
        stale.join("\n")
    );
}

#[test]
fn anonymised_exports_name_nobody() {
    let team = fixture();
    let report = report(true);
    for format in Format::ALL {
        let text = render_team(&report, format);
        for member in &team.members {
            // Each name's first word, escaped or not, and the profile id.
            let first = member.name.split_whitespace().next().unwrap();
            let bare: String = first.chars().filter(char::is_ascii_alphabetic).collect();
            assert!(!contains_word(&text, &bare), "{format:?} shows {bare}");
            assert!(!text.contains(&member.profile_id), "{format:?} shows an id");
        }
        for n in 1..=team.members.len() {
            assert!(
                text.contains(&format!("Member {n}")),
                "{format:?} lacks Member {n}"
            );
        }
    }
}

/// Whether `word` is in `text` as a whole word (so "Bo" is not found in "border").
fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn hostile_names_are_inert() {
    let report = report(false);
    let html = render_team(&report, Format::Html);
    assert!(!html.contains("<Dev>"), "raw markup in the page");
    assert!(html.contains("Cy &lt;Dev&gt; &amp; &quot;Ops&quot;"));
    assert!(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""));
    for reference in ["<script", "http:", "https:", "src=", "url(", "<link"] {
        assert!(!html.contains(reference), "the page refers to {reference}");
    }
    let md = render_team(&report, Format::Markdown);
    assert!(md.contains(r"\=Dee, the \| \*lead\*"), "{md}");
    assert!(!md.contains("<Dev>"));
    let csv = render_team(&report, Format::Csv);
    assert!(csv.contains("\"'=Dee, the | *lead*\""), "formula guarded");
}

#[test]
fn csv_reads_back_to_the_report() {
    let report = report(false);
    let records = parse_csv(&render_team(&report, Format::Csv));
    assert_eq!(records[0], TEAM_HEADER);
    let rows = &records[1..];
    assert_eq!(
        rows.len(),
        report.members.len() * report.responsibilities.len()
    );
    for (member, chunk) in report
        .members
        .iter()
        .zip(rows.chunks(report.responsibilities.len()))
    {
        for ((heading, skill), row) in report
            .responsibilities
            .iter()
            .zip(&member.skills)
            .zip(chunk)
        {
            let name = row[1].strip_prefix('\'').unwrap_or(&row[1]);
            assert_eq!(name, member.name);
            assert_eq!(row[0], report.name);
            assert_eq!(row[3], member.seats.join("; "));
            assert_eq!(row[5], heading.id);
            assert_eq!(
                row[7],
                skill.map_or_else(String::new, |(v, _)| v.to_string())
            );
            assert_eq!(row[8], skill.map_or("", |(_, b)| b.key()));
        }
    }
    // The person without a result is still there, with empty scores.
    assert!(
        rows.iter()
            .any(|r| r[1] == "Eli Novak" && r[2].is_empty() && r[7].is_empty())
    );
}

/// The team the screenshots and the README show is the fixture with plain names: the same
/// people, results and ids, so it stays a valid team as the format evolves.
#[test]
fn the_screenshot_team_is_the_fixture_with_plain_names() {
    let content = Content::shipped().unwrap();
    let text = std::fs::read_to_string(manifest("tests/data/teams/example.ron")).unwrap();
    let example = Team::from_ron("example.ron", &text, &content.advisor).unwrap();
    let fixture = fixture();
    assert_eq!(example.members.len(), fixture.members.len());
    for (plain, hostile) in example.members.iter().zip(&fixture.members) {
        assert_eq!(plain.profile_id, hostile.profile_id);
        assert_eq!(plain.latest_result, hostile.latest_result);
        assert!(
            plain.name.chars().all(|c| c.is_alphabetic() || c == ' '),
            "{}",
            plain.name
        );
    }
}
