#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Hostile rating requests and ratings (`tests/data/bad-rating/`) are refused with a clear
//! message by the loaders and by `career-explorer quiz add-rating`; the odd but valid ones in
//! `tests/data/good-rating/` load.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use career_explorer::domain::Content;
use career_explorer::domain::profile::{Profile, ProfileId};
use career_explorer::storage::{StorageError, load_rating, load_rating_request, save_profile};

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

/// Every file in `folder` but `EXPECTED.ron`, by name, with its bytes.
fn fixtures(folder: &Path) -> BTreeMap<String, Vec<u8>> {
    fs::read_dir(folder)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, fs::read(&path).unwrap())
        })
        .filter(|(name, _)| name != "EXPECTED.ron")
        .collect()
}

/// Loads `path` with the loader its name asks for: `request-*` as a rating request.
fn load_error(path: &Path, content: &Content) -> String {
    let name = path.file_name().unwrap().to_string_lossy();
    if name.starts_with("request-") {
        load_rating_request(path, content).unwrap_err().to_string()
    } else {
        load_rating(path, content).unwrap_err().to_string()
    }
}

#[test]
fn every_bad_rating_file_fails_with_its_message() {
    let folder = manifest_dir().join("tests/data/bad-rating");
    let expected: BTreeMap<String, String> =
        ron::from_str(&fs::read_to_string(folder.join("EXPECTED.ron")).unwrap()).unwrap();
    let before = fixtures(&folder);
    assert!(before.len() >= 50, "only {} fixtures", before.len());
    assert_eq!(
        expected.keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>(),
        "EXPECTED.ron and the folder must list the same files"
    );
    let content = content();
    // A profile with the id the fixtures name, for `add-rating`.
    let dir = tempfile::tempdir().unwrap();
    let profile_path = dir.path().join("me.ron");
    let mut profile = Profile::new("Priya Raman");
    profile.id = Some(ProfileId::new("priya-1").unwrap());
    save_profile(&profile_path, &profile).unwrap();
    let profile_bytes = fs::read(&profile_path).unwrap();
    let profile_arg = profile_path.to_str().unwrap();

    for (name, message) in &expected {
        let full = folder.join(name);
        let error = load_error(&full, &content);
        assert_eq!(error, format!("{}{message}", full.display()), "{name}");
        assert_eq!(error.lines().count(), 1, "{name}: one line: {error}");
        if name.starts_with("request-") {
            continue;
        }
        let path = format!("tests/data/bad-rating/{name}");
        let out = run(manifest_dir(), &["quiz", "add-rating", profile_arg, &path]);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
        assert_eq!(text(&out.stdout), "", "{name}");
        // The terminal never gets the control characters a hostile file holds.
        let shown = message
            .replace('\u{1b}', "\\u{1b}")
            .replace('\u{7}', "\\u{7}");
        assert_eq!(
            stderr,
            format!("{path}{shown}\nno rating was added; {profile_arg} is unchanged\n"),
            "{name}"
        );
        assert_eq!(fs::read(&profile_path).unwrap(), profile_bytes, "{name}");
    }
    assert_eq!(fixtures(&folder), before, "nothing in the folder changed");
}

#[test]
fn every_good_rating_file_loads() {
    let folder = manifest_dir().join("tests/data/good-rating");
    let content = content();
    let files = fixtures(&folder);
    assert!(files.len() >= 8, "only {} fixtures", files.len());
    for name in files.keys() {
        let path = folder.join(name);
        if name.starts_with("request") {
            let request = load_rating_request(&path, &content).unwrap();
            assert_eq!(request.name, "Priya Raman", "{name}");
            continue;
        }
        let file = load_rating(&path, &content).unwrap_or_else(|err| panic!("{name}: {err}"));
        assert_eq!(
            file.profile_id.as_str().len() == 64,
            name == "id-64-characters.ron",
            "{name}"
        );
        let expected_rater = match name.as_str() {
            "anonymous.ron" | "rater-left-out.ron" | "rater-blank.ron" => None,
            _ => Some("Sam Lee"),
        };
        assert_eq!(file.rating.rater.as_deref(), expected_rater, "{name}");
        assert_eq!(file.rating.answers.len(), 3, "{name}");
    }
}

#[test]
fn megabytes_of_nesting_are_refused_without_overflowing_the_stack() {
    let content = content();
    let dir = tempfile::tempdir().unwrap();
    for (size, too_large) in [(10 * 1024 * 1024, true), (400 * 1024, false)] {
        let text = format!(
            "(format: \"career-explorer-rating\", version: 1, answers: {}{})",
            "(".repeat(size),
            ")".repeat(size)
        );
        let path = dir.path().join("nested.ron");
        fs::write(&path, &text).unwrap();
        for error in [
            load_rating(&path, &content).unwrap_err(),
            load_rating_request(&path, &content).unwrap_err(),
        ] {
            let message = error.to_string();
            let prefix = format!("{}:", path.display());
            assert!(message.starts_with(&prefix), "{message}");
            if too_large {
                assert!(matches!(error, StorageError::TooLarge { .. }), "{message}");
            } else {
                // The header is read first, and it is the nesting that stops it, at a position.
                assert!(
                    message.starts_with(&format!("{prefix}1:")),
                    "{}",
                    &message[..message.len().min(300)]
                );
            }
        }
    }
}
