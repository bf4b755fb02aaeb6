#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The rating loop through the built `career-explorer` binary: `quiz rating-request`, ratings
//! written by raters, `quiz add-rating` (all or nothing) and `quiz score` with what others said.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use career_explorer::domain::Content;
use career_explorer::domain::profile::{Profile, ProfileId};
use career_explorer::domain::rating::{Rating, RatingFile, RatingRequest};
use career_explorer::storage::{load_profile, load_rating_request, save_rating};
use serde_json::Value;
use time::macros::datetime;

const BIN: &str = env!("CARGO_BIN_EXE_career-explorer");

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the binary in `dir`, so paths in messages are the short ones given.
fn run(dir: &Path, args: &[&str]) -> Output {
    let data = tempfile::tempdir().unwrap();
    Command::new(BIN)
        // In English whatever the machine's language: these tests check English output.
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .args(args)
        .current_dir(dir)
        .env("CAREER_EXPLORER_DATA_DIR", data.path())
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn content() -> Content {
    Content::shipped().unwrap()
}

/// A rating of every item in `request`, each answered `value`.
fn rating(request: &RatingRequest, rater: Option<&str>, value: u8) -> RatingFile {
    RatingFile {
        profile_id: request.profile_id.clone(),
        name: request.name.clone(),
        rating: Rating {
            rater: rater.map(str::to_owned),
            rated_at: datetime!(2026-11-29 10:00 UTC),
            answers: request
                .items
                .iter()
                .map(|i| (i.id.clone(), value))
                .collect(),
        },
    }
}

/// A temporary folder with a copy of `tests/data/profiles/complete.ron` (saved before ids
/// existed) as `me.ron`, and a request written for it as `request.ron`.
fn requested() -> (tempfile::TempDir, Profile, RatingRequest) {
    let dir = tempfile::tempdir().unwrap();
    let profile_path = dir.path().join("me.ron");
    fs::copy(
        manifest_dir().join("tests/data/profiles/complete.ron"),
        &profile_path,
    )
    .unwrap();
    let content = content();
    let before = load_profile(&profile_path, &content).unwrap();
    assert_eq!(before.id, None, "the fixture predates ids");

    let out = run(
        dir.path(),
        &["quiz", "rating-request", "me.ron", "-o", "request.ron"],
    );
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(text(&out.stdout).contains("request.ron"), "{out:?}");
    let after = load_profile(&profile_path, &content).unwrap();
    let id = after.id.clone().expect("the profile was given an id");
    assert!(
        stderr.starts_with("me.ron: the profile had no id yet") && stderr.contains(id.as_str()),
        "{stderr}"
    );
    // Nothing but the id changed.
    let mut without_id = after.clone();
    without_id.id = None;
    assert_eq!(without_id, before, "only the id was added");

    let request = load_rating_request(&dir.path().join("request.ron"), &content).unwrap();
    assert_eq!(request.profile_id, id, "the request names the new id");
    assert_eq!(request.name, "Priya Raman", "the person's name");
    assert_eq!(request.items.len(), 20, "every skill item");

    // A second request keeps the id and says nothing about it.
    let out = run(
        dir.path(),
        &["quiz", "rating-request", "me.ron", "-o", "again.ron"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "", "no new id, nothing to say");
    assert_eq!(
        load_profile(&profile_path, &content).unwrap(),
        after,
        "the id is kept"
    );
    (dir, after, request)
}

fn json(dir: &Path, args: &[&str]) -> Value {
    let out = run(dir, args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn the_whole_loop_adds_two_ratings_and_scores_them() {
    let (dir, profile, request) = requested();
    let dir = dir.path();
    let score = json(dir, &["quiz", "score", "--json", "me.ron"]);
    assert_eq!(score["raters"], 0);
    assert!(score.get("others_skill").is_none(), "{score}");

    save_rating(&dir.join("sam.ron"), &rating(&request, Some("Sam"), 1)).unwrap();
    save_rating(&dir.join("anon.ron"), &rating(&request, None, 4)).unwrap();
    let out = run(
        dir,
        &["quiz", "add-rating", "me.ron", "sam.ron", "anon.ron"],
    );
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        stdout.starts_with("Added 2 ratings to Priya Raman (me.ron)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Sam, rated on 2026-11-29 (sam.ron)"),
        "{stdout}"
    );
    assert!(stdout.contains("an anonymous rater"), "{stdout}");

    let after = load_profile(&dir.join("me.ron"), &content()).unwrap();
    assert_eq!(after.ratings.len(), 2);
    let mut without = after.clone();
    without.ratings.clear();
    assert_eq!(without, profile, "everything else is as it was");

    let score = json(dir, &["quiz", "score", "--json", "me.ron"]);
    assert_eq!(score["raters"], 2);
    assert_eq!(score["anonymous"], false);
    let vision = &score["others_skill"]["pm-vision"];
    // One rater answered 1 of 4 (25), the other 4 of 4 (100).
    assert_eq!(
        (
            &vision["average"],
            &vision["low"],
            &vision["high"],
            &vision["raters"]
        ),
        (
            &Value::from(63),
            &Value::from(25),
            &Value::from(100),
            &2.into()
        )
    );
    assert_eq!(score["others_skill"].as_object().unwrap().len(), 10);

    let out = run(dir, &["quiz", "score", "me.ron"]);
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("\nWhat others said (2 ratings):\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Product vision: you 75, others 63 (from 25 to 100, 2 raters)"),
        "{stdout}"
    );
    assert!(stdout.contains("cannot be anonymous"), "{stdout}");
    let out = run(dir, &["export", "me.ron", "--format", "md", "-o", "-"]);
    assert!(
        text(&out.stdout).contains("## What others said\n\n2 people have rated your skills."),
        "{out:?}"
    );

    // The same rating again is reported and skipped; the profile is not rewritten.
    let bytes = fs::read(dir.join("me.ron")).unwrap();
    let out = run(dir, &["quiz", "add-rating", "me.ron", "sam.ron"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).starts_with(
            "sam.ron: this rating (Sam, rated on 2026-11-29) is already in the profile; skipped"
        ),
        "{}",
        text(&out.stderr)
    );
    assert!(text(&out.stdout).starts_with("No rating added"), "{out:?}");
    assert_eq!(fs::read(dir.join("me.ron")).unwrap(), bytes);
}

#[test]
fn a_rating_for_another_profile_adds_nothing_even_beside_a_good_one() {
    let (dir, _, request) = requested();
    let dir = dir.path();
    save_rating(&dir.join("good.ron"), &rating(&request, Some("Sam"), 2)).unwrap();
    let mut other = rating(&request, Some("Sam"), 3);
    other.profile_id = ProfileId::new("alex-2").unwrap();
    other.name = "Alex Kim".into();
    save_rating(&dir.join("alex.ron"), &other).unwrap();
    let before = fs::read(dir.join("me.ron")).unwrap();

    for args in [
        &["quiz", "add-rating", "me.ron", "alex.ron"][..],
        &["quiz", "add-rating", "me.ron", "good.ron", "alex.ron"],
        &["quiz", "add-rating", "me.ron", "alex.ron", "good.ron"],
    ] {
        let out = run(dir, args);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert_eq!(text(&out.stdout), "", "{args:?}");
        assert!(
            stderr.starts_with(
                "alex.ron: this rating is for another profile: Alex Kim's, with the id alex-2; me.ron has the id "
            ),
            "{stderr}"
        );
        assert!(
            stderr.ends_with("no rating was added; me.ron is unchanged\n"),
            "{stderr}"
        );
        assert_eq!(fs::read(dir.join("me.ron")).unwrap(), before, "{args:?}");
    }
}

#[test]
fn a_bad_rating_file_is_named_and_nothing_is_added() {
    let (dir, _, request) = requested();
    let dir = dir.path();
    save_rating(&dir.join("good.ron"), &rating(&request, None, 2)).unwrap();
    let good = fs::read_to_string(dir.join("good.ron")).unwrap();
    fs::write(
        dir.join("broken.ron"),
        good.replacen("\"vision-write\": 2", "\"vision-write\": 9", 1),
    )
    .unwrap();
    fs::write(dir.join("truncated.ron"), &good[..good.len() / 2]).unwrap();
    let before = fs::read(dir.join("me.ron")).unwrap();
    let out = run(
        dir,
        &[
            "quiz",
            "add-rating",
            "me.ron",
            "good.ron",
            "broken.ron",
            "missing.ron",
            "truncated.ron",
        ],
    );
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(text(&out.stdout), "");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        lines.len(),
        4,
        "one line per bad file, then the outcome: {stderr}"
    );
    assert!(
        lines[0].starts_with("broken.ron: ") && lines[0].contains("from 0 to 4"),
        "{stderr}"
    );
    assert!(
        lines[1].starts_with("missing.ron: could not read the file"),
        "{stderr}"
    );
    // A parse error has a position.
    let position = lines[2].strip_prefix("truncated.ron:").unwrap();
    let (line, rest) = position.split_once(':').unwrap();
    let (col, _) = rest.split_once(':').unwrap();
    assert!(
        line.parse::<u32>().is_ok() && col.parse::<u32>().is_ok(),
        "{stderr}"
    );
    assert_eq!(lines[3], "no rating was added; me.ron is unchanged");
    assert_eq!(fs::read(dir.join("me.ron")).unwrap(), before);
}

#[test]
fn refusals_of_the_rating_commands() {
    let (dir, _, request) = requested();
    let dir = dir.path();
    save_rating(&dir.join("good.ron"), &rating(&request, None, 2)).unwrap();
    // The profile is saved back, so it cannot come from standard input.
    let out = run(dir, &["quiz", "add-rating", "-", "good.ron"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("not standard input"), "{out:?}");
    // A profile with no id has no ratings for it.
    let content = content();
    let mut fresh = Profile::new("Fresh");
    fresh.answers = load_profile(&dir.join("me.ron"), &content).unwrap().answers;
    fs::write(dir.join("fresh.ron"), fresh.to_ron().unwrap()).unwrap();
    let out = run(dir, &["quiz", "add-rating", "fresh.ron", "good.ron"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).starts_with("fresh.ron: this profile has no id yet"),
        "{out:?}"
    );
    // A request never replaces a profile or a rating.
    let before: Vec<Vec<u8>> = ["me.ron", "good.ron"]
        .iter()
        .map(|f| fs::read(dir.join(f)).unwrap())
        .collect();
    for target in ["me.ron", "good.ron"] {
        let out = run(dir, &["quiz", "rating-request", "me.ron", "-o", target]);
        assert_eq!(out.status.code(), Some(2), "{out:?}");
        assert!(text(&out.stderr).starts_with(target), "{out:?}");
    }
    let after: Vec<Vec<u8>> = ["me.ron", "good.ron"]
        .iter()
        .map(|f| fs::read(dir.join(f)).unwrap())
        .collect();
    assert_eq!(after, before);
    // `-o -` prints the request.
    let out = run(dir, &["quiz", "rating-request", "me.ron", "-o", "-"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        RatingRequest::from_ron("stdout", &text(&out.stdout), &content.quiz).unwrap(),
        request
    );
    // No ratings file at all is a usage error.
    let out = run(dir, &["quiz", "add-rating", "me.ron"]);
    assert_eq!(out.status.code(), Some(2));
}
