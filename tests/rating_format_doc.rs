#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The examples in `docs/rating-format.md` are a real rating request and a real rating, exactly
//! as Career Explorer writes them, and they belong to the profile example of
//! `docs/profile-format.md`.

use std::path::Path;

use career_explorer::domain::profile::{Profile, ProfileId};
use career_explorer::domain::rating::{Added, FILE_VERSION, RatingRequest};
use career_explorer::storage::{decode_rating, decode_rating_request};

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

/// `block` without its comment lines.
fn without_comments(block: &str) -> String {
    block
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .map(|line| format!("{line}\n"))
        .collect()
}

fn read(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(name)).unwrap()
}

#[test]
fn the_documented_examples_load_and_are_what_the_app_writes() {
    let content = support::content();
    let blocks = ron_blocks(&read("docs/rating-format.md"));
    assert_eq!(blocks.len(), 2, "a request and a rating");
    assert!(
        blocks
            .iter()
            .all(|b| b.contains(&format!("version: {FILE_VERSION},"))),
        "both examples are in the current version"
    );

    // Through the same loaders as files, so the guards apply.
    let request =
        decode_rating_request(Path::new("request example"), blocks[0].as_bytes(), &content)
            .unwrap();
    let rating =
        decode_rating(Path::new("rating example"), blocks[1].as_bytes(), &content).unwrap();
    assert_eq!(
        request.to_ron(),
        without_comments(&blocks[0]),
        "the request as written"
    );
    assert_eq!(
        rating.to_ron(),
        without_comments(&blocks[1]),
        "the rating as written"
    );

    // The request is the one the profile example makes today, so the doc follows the quiz.
    let profile_doc = ron_blocks(&read("docs/profile-format.md"));
    let mut profile = Profile::from_ron("profile example", &profile_doc[0], &content).unwrap();
    assert_eq!(
        RatingRequest::for_profile(&profile, &content.quiz).unwrap(),
        request,
        "the request example is what `quiz rating-request` writes for the profile example"
    );
    assert_eq!(
        rating.profile_id, request.profile_id,
        "the rating answers it"
    );
    assert!(
        rating
            .rating
            .answers
            .iter()
            .all(|(id, _)| request.items.iter().any(|i| i.id == id)),
        "the rating answers only items the request asks about"
    );
    assert_eq!(
        rating.rating.rater.as_deref(),
        Some("Sam Lee"),
        "a named rater"
    );

    // And it can be added to that profile, once.
    profile.ratings.clear();
    assert_eq!(profile.add_rating(rating.clone()), Ok(Added::New), "added");
    assert_eq!(
        profile.add_rating(rating.clone()),
        Ok(Added::AlreadyThere),
        "once"
    );
    let mut other = rating;
    other.profile_id = ProfileId::new("alex-2").unwrap();
    assert!(
        profile.add_rating(other).is_err(),
        "never to another profile"
    );
}
