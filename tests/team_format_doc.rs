#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The examples in `docs/team-format.md` are real teams, and what the page says about the full
//! example is what the app computes from it.

use career_explorer::domain::Content;
use career_explorer::domain::advisor::Verdict;
use career_explorer::domain::team::{CURRENT_VERSION, Seat, Team, coverage, staff};

/// The contents of every ```` ```ron ```` block in `markdown`, in order.
fn ron_blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        match (&mut current, line.trim_end()) {
            (None, "```ron") => current = Some(String::new()),
            (Some(_), "```") => blocks.extend(current.take()),
            (Some(block), _) => {
                block.push_str(line);
                block.push('\n');
            }
            (None, _) => {}
        }
    }
    assert!(current.is_none(), "unclosed code block");
    blocks
}

#[test]
fn the_documented_examples_parse() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/team-format.md");
    let markdown = std::fs::read_to_string(path).unwrap();
    let content = Content::shipped().unwrap();
    let blocks = ron_blocks(&markdown);
    assert_eq!(blocks.len(), 2, "the full example and the smallest");
    assert!(blocks[0].contains(&format!("version: {CURRENT_VERSION},")));

    let full = Team::from_ron("full example", &blocks[0], &content.advisor).unwrap();
    assert!(!full.name.is_empty());
    assert_eq!(full.framework, "safe");
    assert_eq!(full.members.len(), 2);
    assert!(full.members[0].result().is_some());
    assert!(full.members[1].latest_result.is_none());
    // Apart from its comments, the example is exactly what the app writes.
    let without_comments: String = blocks[0]
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .map(|line| format!("{line}\n"))
        .collect();
    assert_eq!(full.to_ron().unwrap(), without_comments);

    // "the verdict is Split, SAFe asks for 3 product owners, Priya holds the Product Manager
    // seat with a fit of 75, and the three product owner seats are unfilled"
    let staffing = staff(&full, &content, &[]).unwrap();
    assert_eq!(staffing.advice.verdict, Verdict::Split);
    let seats: Vec<Seat> = staffing.seats.iter().map(|s| s.seat).collect();
    assert_eq!(
        seats,
        [
            Seat::ProductManager,
            Seat::ProductOwner(1),
            Seat::ProductOwner(2),
            Seat::ProductOwner(3)
        ]
    );
    let manager = staffing.seats[0].holder.as_ref().unwrap();
    assert_eq!(
        (manager.member.name.as_str(), manager.fit),
        ("Priya Raman", 75)
    );
    assert_eq!(staffing.unfilled().count(), 3);
    // Sam has no result, so only Priya counts in coverage.
    let coverage = coverage(&full, &content.catalog, &content.quiz);
    for responsibility in &coverage.responsibilities {
        let names: Vec<&str> = responsibility
            .strongest
            .iter()
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(names, ["Priya Raman"], "{}", responsibility.id);
    }

    let smallest = Team::from_ron("smallest example", &blocks[1], &content.advisor).unwrap();
    assert_eq!(smallest, Team::new("", "scrum"));
}
