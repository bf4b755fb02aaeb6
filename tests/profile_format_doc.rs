#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The examples in `docs/profile-format.md` are real profiles.

use career_explorer::domain::profile::{CURRENT_VERSION, Profile, peek_version};

mod support;

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
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/profile-format.md");
    let markdown = std::fs::read_to_string(path).unwrap();
    let content = support::content();
    let blocks = ron_blocks(&markdown);
    assert_eq!(
        blocks.len(),
        3,
        "the full example, the smallest, and version 1"
    );

    let full = Profile::from_ron("full example", &blocks[0], &content).unwrap();
    assert_eq!(peek_version(&blocks[0]), Some(CURRENT_VERSION));
    assert!(full.id.is_some(), "a saved profile has an id");
    assert!(!full.name.is_empty());
    assert!(full.team.is_some());
    assert!(
        full.answers.is_complete(&content.quiz),
        "every item answered"
    );
    assert_eq!(full.results.len(), 1);
    assert!(!full.notes.is_empty());
    // Apart from its comments, the example is exactly what the app writes.
    let without_comments: String = blocks[0]
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .map(|line| format!("{line}\n"))
        .collect();
    assert_eq!(full.to_ron().unwrap(), without_comments);

    let smallest = Profile::from_ron("smallest example", &blocks[1], &content).unwrap();
    assert_eq!(smallest, Profile::default());

    let old = Profile::from_ron("version 1 example", &blocks[2], &content).unwrap();
    assert_eq!(peek_version(&blocks[2]), Some(1));
    assert_eq!(old.team.map(|t| t.engineers), Some(120));
    assert!(old.results.is_empty());
    assert_eq!(
        old.id, None,
        "a migrated profile has no id until it is saved"
    );
}
