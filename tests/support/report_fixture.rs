//! The fixture report behind the golden files and the browser check: a fixed person, team,
//! set of quiz answers and earlier attempt, scored with the shipped content.
//!
//! Shared by `tests/export.rs` and `examples/export_fixture.rs` through `#[path]`; each uses
//! only part of it.
#![allow(dead_code)]

use career_explorer::domain::Content;
use career_explorer::domain::advisor::{Research, TeamProfile};
use career_explorer::domain::quiz::{Answers, ItemKind, QuizResult, score};
use career_explorer::domain::report::Report;

/// The fixture person's name.
pub const NAME: &str = "Alex Rivera";

/// The date the fixture report is made.
pub const DATE: &str = "2026-11-27";

/// The fixture notes: two lines, with characters that need escaping.
pub const NOTES: &str = "Talked this through with Sam (my manager) on 20 November.\n\
    Next: shadow our PO for two sprints & join the Q1 planning.";

/// Per responsibility: the two skill answers and the interest answer. A mix of strengths,
/// growth areas and skills the person is less drawn to.
const ANSWERS: [(&str, [u8; 3]); 10] = [
    ("pm-vision", [3, 3, 4]),
    ("pm-market-research", [1, 2, 4]),
    ("pm-priorities", [3, 2, 3]),
    ("pm-pricing", [1, 1, 2]),
    ("pm-planning", [2, 3, 3]),
    ("po-user-stories", [4, 3, 2]),
    ("po-sprint-backlog", [3, 3, 2]),
    ("po-acceptance", [3, 4, 3]),
    ("po-developer-questions", [2, 2, 1]),
    ("po-sprint-review", [3, 3, 3]),
];

/// The shipped content; the fixture is only meaningful with it.
pub fn content() -> Content {
    Content::shipped().expect("the shipped content is valid")
}

/// The fixture team: a mid-sized group with a few teams.
pub fn team() -> TeamProfile {
    TeamProfile {
        engineers: 40,
        teams: 3,
        research: Research::PartTime,
        backlog_complexity: 4,
        switching: 3,
        speed_priority: 2,
    }
}

/// Scores answers given per responsibility as `value(responsibility, kind, nth item of kind)`.
fn scored(content: &Content, value: impl Fn(&str, ItemKind, usize) -> u8) -> QuizResult {
    let mut seen: Vec<(String, ItemKind)> = Vec::new();
    let answers: Answers = content
        .quiz
        .items()
        .iter()
        .map(|item| {
            let key = (item.responsibility.clone(), item.kind);
            let nth = seen.iter().filter(|k| **k == key).count();
            seen.push(key);
            (item.id.clone(), value(&item.responsibility, item.kind, nth))
        })
        .collect();
    score(&content.quiz, &answers).expect("the fixture answers every item")
}

/// The fixture's latest quiz result.
pub fn result(content: &Content) -> QuizResult {
    scored(content, |responsibility, kind, nth| {
        let (_, values) = ANSWERS
            .iter()
            .find(|(id, _)| *id == responsibility)
            .expect("every responsibility has fixture answers");
        match kind {
            ItemKind::Skill => values[nth.min(1)],
            ItemKind::Interest => values[2],
        }
    })
}

/// An earlier, flatter attempt.
pub fn earlier(content: &Content) -> QuizResult {
    scored(content, |responsibility, kind, _| {
        if kind == ItemKind::Interest && responsibility.starts_with("pm-") {
            3
        } else {
            2
        }
    })
}

/// The fixture report with `name` and `notes` in place of the usual ones.
pub fn report_with(name: &str, notes: &str) -> Report {
    let content = content();
    let history = [("2026-05-14".to_owned(), earlier(&content))];
    Report::new(
        &content,
        name,
        DATE,
        Some(&team()),
        Some(result(&content)),
        &history,
        notes,
    )
}

/// The fixture report.
pub fn report() -> Report {
    report_with(NAME, NOTES)
}
