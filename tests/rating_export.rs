#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Reports of a profile with ratings have a "What others said" section in every format; a
//! profile without ratings gets none.

use std::path::Path;

use career_explorer::domain::Content;
use career_explorer::domain::profile::{Profile, ProfileId};
use career_explorer::domain::rating::{Rating, RatingFile, RatingRequest};
use career_explorer::domain::report::Report;
use career_explorer::export::{self, Format, csv};
use career_explorer::i18n::{Language, Translator};
use career_explorer::storage::load_profile;
use time::macros::datetime;

/// The English translator the golden files are written with.
static ENGLISH: std::sync::LazyLock<Translator> =
    std::sync::LazyLock::new(|| Translator::new(Language::English));

/// `report` in `format`, in English.
fn render(report: &Report, format: Format) -> String {
    export::render(report, format, &ENGLISH)
}

fn content() -> Content {
    Content::shipped().unwrap()
}

/// `tests/data/profiles/complete.ron` with an id.
fn profile(content: &Content) -> Profile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/profiles/complete.ron");
    let mut profile = load_profile(&path, content).unwrap();
    profile.ensure_id(|| ProfileId::new("priya-1").unwrap());
    profile
}

/// `profile` rated by raters answering every item `values[i]`, with a name that needs escaping.
fn rated(content: &Content, values: &[u8]) -> Profile {
    let mut profile = profile(content);
    let request = RatingRequest::for_profile(&profile, &content.quiz).unwrap();
    for (n, value) in values.iter().enumerate() {
        let added = profile.add_rating(RatingFile {
            profile_id: request.profile_id.clone(),
            name: request.name.clone(),
            rating: Rating {
                rater: Some(format!("<b>Rater {n}</b> | *x*")),
                rated_at: datetime!(2026-11-29 10:00 UTC),
                answers: request
                    .items
                    .iter()
                    .map(|i| (i.id.clone(), *value))
                    .collect(),
            },
        });
        assert!(added.is_ok(), "{added:?}");
    }
    profile
}

#[test]
fn no_ratings_means_no_new_section() {
    let content = content();
    let report = Report::from_profile(&content, &profile(&content), "2026-11-30");
    assert!(report.others.is_none(), "nothing to show");
    for format in Format::ALL {
        let text = render(&report, format);
        assert!(!text.contains("What others said"), "{format:?}");
        assert!(!text.contains("others_skill"), "{format:?}");
    }
    let csv_text = render(&report, Format::Csv);
    assert!(
        csv_text.starts_with(&format!("{}\r\n", csv::HEADER.join(","))),
        "the usual header"
    );
}

#[test]
fn two_ratings_show_in_every_format_with_the_anonymity_warning() {
    let content = content();
    // One rater answers 0 everywhere, the other 2: the others' average is 25, from 0 to 50.
    let report = Report::from_profile(&content, &rated(&content, &[0, 2]), "2026-11-30");
    let others = report.others.as_ref().expect("a section");
    assert_eq!(others.view.raters, 2, "two raters");
    let vision = others
        .view
        .rows
        .iter()
        .find(|r| r.id == "pm-vision")
        .unwrap();
    // Priya rates herself 75 on Product vision: 50 points above others, a blind spot.
    assert_eq!(
        (vision.own, vision.others, vision.spread, vision.raters),
        (Some(75), Some(25), Some((0, 50)), 2),
        "{vision:?}"
    );

    let markdown = render(&report, Format::Markdown);
    assert!(
        markdown.contains("## What others said\n\n2 people have rated your skills."),
        "{markdown}"
    );
    assert!(
        markdown.contains("| Product vision | 75 | 25 | 0–50 | 2 | possible blind spot |"),
        "{markdown}"
    );
    assert!(markdown.contains("cannot be anonymous"), "{markdown}");
    // It comes after the quiz and before the earlier attempts.
    let at = |needle: &str| markdown.find(needle).unwrap();
    assert!(
        at("## Career-fit quiz") < at("## What others said"),
        "order"
    );
    assert!(
        at("## What others said") < at("## Earlier attempts"),
        "order"
    );

    let html = render(&report, Format::Html);
    assert!(html.contains("<section id=\"others\">"), "{html}");
    assert!(
        html.contains("<td>Product vision</td><td class=\"num\">75</td><td class=\"num\">25</td><td class=\"num\">0–50</td><td class=\"num\">2</td><td>possible blind spot</td>"),
        "{html}"
    );
    assert!(html.contains("cannot be anonymous"), "{html}");
    // Raters' names never reach a report, escaped or not.
    for text in [&markdown, &html] {
        assert!(!text.contains("Rater 0"), "no rater names");
    }

    let csv_text = render(&report, Format::Csv);
    let lines: Vec<&str> = csv_text.lines().collect();
    let header: Vec<&str> = csv::HEADER
        .iter()
        .chain(&csv::OTHERS_HEADER)
        .copied()
        .collect();
    assert_eq!(
        lines[0],
        header.join(","),
        "the header with the others' columns"
    );
    let vision = lines
        .iter()
        .find(|l| l.contains(",pm-vision,"))
        .expect("a vision row");
    assert!(vision.ends_with(",25,0,50,2"), "{vision}");
    assert!(
        lines[1..]
            .iter()
            .all(|l| l.split(',').count() >= header.len()),
        "every row has every column"
    );
}

#[test]
fn three_raters_who_agree_can_stay_anonymous() {
    let content = content();
    let report = Report::from_profile(&content, &rated(&content, &[2, 3, 2]), "2026-11-30");
    let markdown = render(&report, Format::Markdown);
    assert!(markdown.contains("3 people have rated"), "{markdown}");
    assert!(!markdown.contains("cannot be anonymous"), "{markdown}");
}
