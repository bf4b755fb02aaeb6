//! Report export: golden files for each format, the CSV read back, hostile text made inert,
//! and the HTML page proven self-contained.
//!
//! Regenerate the golden files after an intended change with `UPDATE_GOLDEN=1 cargo test`,
//! then read the diff.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use career_explorer::domain::report::{Report, change_words};
use career_explorer::export::html::escape;
use career_explorer::export::markdown::escape_inline;
use career_explorer::export::{self, Format, csv};
use career_explorer::i18n::{Language, Translator};

#[path = "support/report_fixture.rs"]
mod report_fixture;

#[path = "support/csv_reader.rs"]
mod csv_reader;
use csv_reader::parse_csv;

/// The English translator the golden files are written with.
static ENGLISH: std::sync::LazyLock<Translator> =
    std::sync::LazyLock::new(|| Translator::new(Language::English));

/// The personal report's disclaimer in English.
static DISCLAIMER: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| career_explorer::domain::report::disclaimer(&ENGLISH));

/// `report` in `format`, in English.
fn render(report: &Report, format: Format) -> String {
    export::render(report, format, &ENGLISH)
}

/// Names and notes that try to break out of every format.
const HOSTILE: [&str; 6] = [
    "<script>alert(1)</script>",
    "=cmd|' /C calc'!A0",
    "\"><img src=x onerror=alert(1)>",
    "O'Brien, \"Bo\"\r\nsecond line",
    "+SUM(1,2)\t@x",
    "# Heading\n- [link](javascript:alert(1)) | a | b\n1. item *bold* `code` &lt;",
];

fn golden_path(format: Format) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("report.{}", format.extension()))
}

#[test]
fn golden_files() {
    let report = report_fixture::report();
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut stale = Vec::new();
    for format in Format::ALL {
        let path = golden_path(format);
        let actual = render(&report, format);
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
fn golden_report_has_every_part() {
    let report = report_fixture::report();
    let md = render(&report, Format::Markdown);
    let html = render(&report, Format::Html);
    /// How a format writes a piece of text.
    type Escape = fn(&str) -> String;
    let escapers: [(&str, Escape); 2] = [(&md, escape_inline), (&html, escape)];
    for (text, escaped) in escapers {
        for part in [
            report_fixture::NAME,
            report_fixture::DATE,
            DISCLAIMER.as_str(),
            "Verdict: ",
            "What would change the answer",
            "PM fit",
            "PO fit",
            "Strengths",
            "Growth areas and what to learn",
            "Earlier attempts",
            "2026-05-14",
            "Notes",
        ] {
            assert!(text.contains(part), "missing {part:?}");
        }
        // Every flip sentence and every reason of the advisor is there.
        let team = report.team.as_ref().unwrap();
        assert!(!team.flips.is_empty());
        for sentence in team
            .flips
            .iter()
            .chain(team.factors.iter().map(|f| &f.reason))
        {
            assert!(text.contains(&escaped(sentence)), "missing {sentence:?}");
        }
        // Every responsibility's title and learning text for growth areas.
        let section = report.result.as_ref().unwrap();
        for line in &section.responsibilities {
            assert!(
                text.contains(&escaped(&line.title)),
                "missing {}",
                line.title
            );
        }
        for score in section.result.scores_of(&section.result.growth_areas) {
            assert!(
                text.contains(&escaped(&score.learn_next)),
                "missing learning for {}",
                score.id
            );
        }
        // How much to trust it, and how it moved since the attempt before.
        for line in &section.quality {
            assert!(text.contains(&escaped(&line.sentence)), "missing {line:?}");
        }
        assert!(!section.since_last.is_empty());
        let since = change_words(&section.since_last);
        assert!(text.contains(&escaped(&since)), "missing {since:?}");
    }
    assert!(md.contains("| PM fit | 67 | 61–73 | moderate |"), "{md}");
    assert!(
        html.contains("<h3>PM fit: 67 (moderate); the range 61 to 73 spans moderate and high</h3>"),
        "{html}"
    );
    assert!(md.contains("### How much to trust this result"), "{md}");
    assert!(
        html.contains("<h3>How much to trust this result</h3>"),
        "{html}"
    );
    assert!(md.contains("Too close to call"), "{md}");
}

#[test]
fn csv_reads_back_to_the_report() {
    let report = report_fixture::report();
    let text = render(&report, Format::Csv);
    let records = parse_csv(&text);
    let section = report.result.as_ref().unwrap();
    assert_eq!(records.len(), section.responsibilities.len() + 1);
    assert_eq!(records.len(), 11);
    assert_eq!(records[0], csv::HEADER);
    for (record, line) in records[1..].iter().zip(&section.responsibilities) {
        assert_eq!(record.len(), csv::HEADER.len());
        let (skill, skill_band) = line.skill.unwrap();
        let (interest, interest_band) = line.interest.unwrap();
        let skill_range = line.skill_range.unwrap();
        let interest_range = line.interest_range.unwrap();
        assert_eq!(
            record,
            &[
                report_fixture::NAME.to_owned(),
                report_fixture::DATE.to_owned(),
                line.role_short_name.clone(),
                line.id.clone(),
                line.title.clone(),
                skill.to_string(),
                skill_band.key().to_owned(),
                skill_range.low.to_string(),
                skill_range.high.to_string(),
                interest.to_string(),
                interest_band.key().to_owned(),
                interest_range.low.to_string(),
                interest_range.high.to_string(),
                // The fixture's answers trip none of the checks.
                String::new(),
            ]
        );
        assert!(skill_range.contains(skill) && interest_range.contains(interest));
        // The scores are the quiz result's own.
        let scored = section.result.responsibility(&line.id).unwrap();
        assert_eq!(scored.skill, Some(skill));
        assert_eq!(scored.interest, Some(interest));
    }
}

#[test]
fn hostile_text_is_inert_in_html() {
    for name in HOSTILE {
        let html = render(&report_fixture::report_with(name, name), Format::Html);
        for bad in ["<script", "<img", "onerror=alert(1)>"] {
            assert!(!html.contains(bad), "{name:?} leaked {bad:?}");
        }
    }
    let html = render(
        &report_fixture::report_with(HOSTILE[0], HOSTILE[1]),
        Format::Html,
    );
    assert!(
        html.contains(
            "<title>Career Explorer report: &lt;script&gt;alert(1)&lt;/script&gt;</title>"
        )
    );
    assert!(html.contains("<strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong>"));
    assert!(html.contains("<div class=\"notes\">=cmd|' /C calc'!A0</div>"));
}

#[test]
fn hostile_text_is_inert_in_markdown() {
    for name in HOSTILE {
        let md = render(&report_fixture::report_with(name, name), Format::Markdown);
        assert!(!md.contains('<'), "{md}");
        for line in md.lines() {
            assert!(!line.starts_with('<'), "raw HTML line {line:?}");
            assert!(
                !line.starts_with("# ") || line.starts_with("# Career Explorer report"),
                "heading injected: {line:?}"
            );
            assert!(
                !line.starts_with("- [") && !line.starts_with("1. "),
                "list injected: {line:?}"
            );
        }
        // A link needs "](" with its bracket unescaped.
        assert!(
            md.match_indices("](").all(|(i, _)| md[..i].ends_with('\\')),
            "link injected"
        );
    }
    let md = render(
        &report_fixture::report_with(HOSTILE[0], HOSTILE[5]),
        Format::Markdown,
    );
    assert!(md.starts_with("# Career Explorer report: &lt;script&gt;alert(1)&lt;/script&gt;\n"));
    assert!(md.contains(
        "## Notes\n\n\\# Heading\\\n\\- \\[link\\](javascript:alert(1)) \\| a \\| b\\\n1\\. item \\*bold\\* \\`code\\` &amp;lt;\n"
    ), "{md}");
}

#[test]
fn hostile_text_is_quoted_and_guarded_in_csv() {
    for name in HOSTILE {
        let report = report_fixture::report_with(name, name);
        let records = parse_csv(&render(&report, Format::Csv));
        assert_eq!(records.len(), 11, "{name:?}");
        let expected = if name.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            format!("'{name}")
        } else {
            name.to_owned()
        };
        for record in &records[1..] {
            assert_eq!(record.len(), csv::HEADER.len());
            assert_eq!(record[0], expected, "{name:?}");
            for field in record {
                assert!(
                    !field.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{field:?} would run as a formula"
                );
            }
        }
    }
}

#[test]
fn html_is_self_contained() {
    let html = render(&report_fixture::report(), Format::Html);
    for banned in [
        "http://", "https://", "//cdn", "@import", "url(", "src=", "href=", "<script", "<link",
        "<iframe", "<object", "<embed", "<img",
    ] {
        assert!(!html.contains(banned), "the page contains {banned:?}");
    }
    assert!(html.contains("default-src 'none'"), "no CSP");
    assert!(html.contains("@media print"));
    assert!(html.contains("@page { size: auto;"));
    assert!(html.contains("break-inside: avoid"));
    assert!(html.contains("overflow-wrap: anywhere"));
    // Three charts, each with an accessible title and description.
    assert_eq!(html.matches("<svg ").count(), 3);
    assert_eq!(html.matches("role=\"img\"").count(), 3);
    for id in ["advisor-chart", "fit-chart", "responsibility-chart"] {
        assert!(html.contains(&format!("<title id=\"{id}-title\">")), "{id}");
        assert!(html.contains(&format!("<desc id=\"{id}-desc\">")), "{id}");
    }
    // Elements open and close in pairs.
    for tag in [
        "html", "head", "body", "main", "section", "table", "thead", "tbody", "tr", "td", "th",
        "ul", "li", "figure", "svg", "text", "div", "p",
    ] {
        let opens =
            html.matches(&format!("<{tag}>")).count() + html.matches(&format!("<{tag} ")).count();
        let closes = html.matches(&format!("</{tag}>")).count();
        assert_eq!(opens, closes, "<{tag}>");
    }
}

#[test]
fn a_team_no_single_change_can_flip_is_said_so_in_the_data_files_words() {
    use career_explorer::domain::advisor::{Research, TeamProfile};
    let content = report_fixture::content();
    let startup = TeamProfile {
        engineers: 8,
        teams: 1,
        research: Research::PartTime,
        backlog_complexity: 1,
        switching: 5,
        speed_priority: 5,
    };
    let report = Report::new(&content, "", "2026-11-27", Some(&startup), None, &[], "");
    let team = report.team.as_ref().unwrap();
    assert!(team.flips.is_empty());
    let sentence = content.advisor.no_flip_sentence();
    assert_eq!(team.no_flip, sentence);
    let md = render(&report, Format::Markdown);
    assert!(
        md.contains(&format!("### What would change the answer\n\n{sentence}\n")),
        "{md}"
    );
    let html = render(&report, Format::Html);
    assert!(
        html.contains(&format!("<p>{}</p>", escape(sentence))),
        "{html}"
    );
}

#[test]
fn a_bare_profile_still_exports() {
    let content = report_fixture::content();
    let report = Report::new(&content, "", "2026-11-27", None, None, &[], "");
    let md = render(&report, Format::Markdown);
    assert!(md.starts_with("# Career Explorer report\n"), "{md}");
    assert!(md.contains(DISCLAIMER.as_str()));
    assert!(md.contains("The quiz has not been taken yet."));
    assert!(md.contains("No earlier attempts."));
    assert!(!md.contains("Team advisor"));
    assert!(!md.contains("## Notes"));
    let html = render(&report, Format::Html);
    assert!(html.contains(DISCLAIMER.as_str()));
    assert!(html.contains("The quiz has not been taken yet."));
    assert!(!html.contains("<svg"));
    assert_eq!(
        render(&report, Format::Csv),
        format!("{}\r\n", csv::HEADER.join(","))
    );
}

#[test]
fn a_partial_result_leaves_unscored_cells_empty() {
    use career_explorer::domain::quiz::{Answers, score_partial};
    let content = report_fixture::content();
    let mut answers = Answers::new();
    answers.set("vision-write", 4);
    let result = score_partial(&content.quiz, &answers).unwrap();
    let report = Report::new(&content, "Sam", "d", None, Some(result), &[], "");
    let records = parse_csv(&render(&report, Format::Csv));
    assert_eq!(records[1][3], "pm-vision");
    // Skill 100 from one answer: its range reaches down to 75; no interest, no range.
    assert_eq!(
        &records[1][5..],
        ["100", "high", "75", "100", "", "", "", "", ""]
    );
    assert_eq!(&records[2][5..], ["", "", "", "", "", "", "", "", ""]);
    let html = render(&report, Format::Html);
    assert!(html.contains("This is a preview based on 1 of 40 items"));
    assert!(
        html.contains("PM fit: not scored yet"),
        "one spelling for a missing score"
    );
}

#[test]
fn a_german_report_has_german_headings_disclaimer_and_numbers() {
    let de = Translator::new(Language::German);
    let report = report_fixture::report();
    let md = export::render(&report, Format::Markdown, &de);
    for part in [
        "# Career-Explorer-Bericht: ",
        "**Datum:** 2026-11-27",
        "## Team-Berater: eine Person oder zwei?",
        "**Empfehlung: Aufteilen** mit einer Punktzahl von +2 bei einer Schwelle von 0",
        "### Was die Antwort ändern würde",
        "## Quiz zur Rollenpassung",
        "| Passung PM | 67 | 61–73 | mittel |",
        "### Wie sehr du diesem Ergebnis trauen kannst",
        "Die Werte reichen von 0 bis 100: unter 40 ist niedrig, ab 70 hoch.",
        "## Frühere Versuche",
        "## Notizen",
        "Erstellt mit Career Explorer am 2026-11-27.",
    ] {
        assert!(md.contains(part), "{part:?} not in\n{md}");
    }
    let disclaimer = de.tr("about-disclaimer");
    assert!(
        md.contains(&format!(
            "> **Zu diesen Werten.** {}",
            escape_inline(&disclaimer)
        )),
        "{md}"
    );
    for english in [
        "About these scores",
        "What would change the answer",
        "How much to trust this result",
        "Earlier attempts",
        "Scores run from",
    ] {
        assert!(!md.contains(english), "{english:?} left in\n{md}");
    }

    let html = export::render(&report, Format::Html, &de);
    assert!(html.contains("<html lang=\"de\">"), "{html}");
    assert!(html.contains(&escape(&disclaimer)), "{html}");
    for part in [
        "<h2>Team-Berater: eine Person oder zwei?</h2>",
        "<h3>Was die Antwort ändern würde</h3>",
        "<h3>Wie sehr du diesem Ergebnis trauen kannst</h3>",
        "<title id=\"fit-chart-title\">Passung je Rolle</title>",
        "Passung PM 67 von 100 (mittel), Bereich 61 bis 73",
    ] {
        assert!(html.contains(part), "{part:?} not in\n{html}");
    }
    assert!(render(&report, Format::Html).contains("<html lang=\"en\">"));
}

#[test]
fn a_german_csv_translates_only_its_header() {
    let de = Translator::new(Language::German);
    let report = report_fixture::report();
    let german = export::render(&report, Format::Csv, &de);
    let english = render(&report, Format::Csv);
    let (german_header, german_rows) = german.split_once("\r\n").unwrap();
    let (english_header, english_rows) = english.split_once("\r\n").unwrap();
    assert_ne!(german_header, english_header);
    assert!(german_header.starts_with("name,datum,rolle,responsibility_id,"));
    // Every value, numbers included ("75", never "75,0"), is the same in both languages.
    assert_eq!(german_rows, english_rows);
}

/// A report made from the German content (as for a profile whose result was taken in German)
/// words its values, ranges and changes in German too, not only its headings.
#[test]
fn a_report_from_the_german_content_has_no_english_values() {
    use career_explorer::domain::Content;
    use career_explorer::domain::advisor::TeamProfile;
    use career_explorer::domain::quiz::{Answers, score};

    let content = Content::shipped_in(Language::German).unwrap();
    let answered = |value: fn(usize) -> u8| {
        let mut answers = Answers::new();
        for (index, item) in content.quiz.items().iter().enumerate() {
            answers.set(item.id.clone(), value(index));
        }
        score(&content.quiz, &answers).unwrap()
    };
    // Varied answers give ranges that stay inside a band; the earlier attempt is lower.
    let latest = answered(|i| [4, 3, 4, 2, 3][i % 5]);
    let earlier = answered(|i| [2, 1, 2, 1, 2][i % 5]);
    let team = TeamProfile {
        backlog_complexity: 5,
        ..TeamProfile::default()
    };
    let report = Report::new(
        &content,
        "Ana",
        "2026-11-29",
        Some(&team),
        Some(latest),
        &[("2026-11-01".to_owned(), earlier)],
        "",
    );
    let md = export::render(
        &report,
        Format::Markdown,
        &Translator::new(Language::German),
    );
    assert!(md.contains("5 von 5"), "a scale value in German:\n{md}");
    for english in [
        " of 5",
        ", range ",
        " for PM",
        " for PO",
        "(high)",
        "(moderate)",
        "(low)",
    ] {
        assert!(!md.contains(english), "{english:?} left in\n{md}");
    }
}
