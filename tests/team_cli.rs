#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Runs the built `career-explorer` binary's team commands: `team summarize`, `team new` and
//! `export` of a team file, on good profiles, on every broken profile in `tests/data/bad/`,
//! on every broken team in `tests/data/bad-team/`, and checks that nobody's notes leak.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use career_explorer::domain::Content;
use career_explorer::domain::profile::{Profile, ProfileId};
use career_explorer::domain::quiz::score;
use career_explorer::storage::{load_profile, load_team, save_profile};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_career-explorer");

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the binary from the crate folder, so paths in messages are the relative ones given.
fn run(args: &[&str]) -> Output {
    let data = tempfile::tempdir().unwrap();
    Command::new(BIN)
        // In English whatever the machine's language: these tests check English output.
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .args(args)
        .current_dir(manifest_dir())
        .env("CAREER_EXPLORER_DATA_DIR", data.path())
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Everything a run printed, stdout then stderr.
fn printed(out: &Output) -> String {
    format!("{}{}", text(&out.stdout), text(&out.stderr))
}

/// Every file in `folder`, with its bytes, to check nothing was written.
fn snapshot(folder: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fs::read_dir(folder)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let bytes = fs::read(&path).unwrap();
            (path, bytes)
        })
        .collect()
}

/// A saved profile with a stable id, a complete quiz (PM items answered `pm`, PO items `po`)
/// and `notes`.
fn profile(dir: &Path, file: &str, name: &str, id: &str, pm: u8, po: u8, notes: &str) -> PathBuf {
    let content = Content::shipped().unwrap();
    let mut profile = Profile::new(name);
    for item in content.quiz.items() {
        let level = if item.responsibility.starts_with("pm-") {
            pm
        } else {
            po
        };
        profile.answers.set(item.id.clone(), level);
    }
    let result = score(&content.quiz, &profile.answers).unwrap();
    profile.record_result(
        result,
        time::macros::datetime!(2026-11-02 08:00 UTC),
        career_explorer::i18n::Language::English,
    );
    profile.notes = notes.to_owned();
    profile.ensure_id(|| ProfileId::new(id).unwrap());
    let path = dir.join(file);
    save_profile(&path, &profile).unwrap();
    path
}

/// Three people in a folder: a PM type, a PO type and someone in between.
fn people(dir: &Path, notes: &str) -> Vec<PathBuf> {
    vec![
        profile(dir, "ana.ron", "Ana", "ana-1", 4, 1, notes),
        profile(dir, "bo.ron", "Bo", "bo-2", 1, 4, notes),
        profile(dir, "cy.ron", "Cy", "cy-3", 3, 3, notes),
    ]
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn summarize_prints_coverage_and_seats() {
    let dir = tempfile::tempdir().unwrap();
    people(dir.path(), "");
    let folder = s(dir.path());
    let out = run(&["team", "summarize", folder]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    assert!(stdout.starts_with("Team of 3 people\n"), "{stdout}");
    assert!(
        stdout.contains("\nCoverage (strongest by skill):\n"),
        "{stdout}"
    );
    assert!(stdout.contains("  PM Product vision: Ana "), "{stdout}");
    assert!(stdout.contains("  PO User stories: Bo "), "{stdout}");

    // A big organisation splits; with SAFe and 4 teams, two product owners.
    let args = [
        "team",
        "summarize",
        folder,
        "--json",
        "--engineers",
        "60",
        "--teams",
        "4",
        "--research",
        "full-time",
        "--backlog-complexity",
        "5",
        "--switching",
        "1",
        "--speed-priority",
        "1",
        "--framework",
        "safe",
    ];
    let out = run(&args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert_eq!(stdout.lines().count(), 1, "one JSON object on one line");
    let value: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(value["members"], 3);
    assert_eq!(value["skipped"], Value::Array(vec![]));
    assert_eq!(value["framework"], "safe");
    assert_eq!(value["staffing"]["verdict"], "split");
    let seats = value["staffing"]["seats"].as_array().unwrap();
    let seat_ids: Vec<&str> = seats.iter().map(|s| s["seat"].as_str().unwrap()).collect();
    assert_eq!(
        seat_ids,
        ["product-manager", "product-owner-1", "product-owner-2"]
    );
    assert_eq!(seats[0]["person"], "Ana");
    assert_eq!(seats[1]["person"], "Bo");
    assert_eq!(seats[2]["person"], "Cy");
    assert!(seats[0]["fit"].as_u64().unwrap() > seats[2]["fit"].as_u64().unwrap());
    // Everyone holds a seat, so nobody is left to come next.
    assert!(seats.iter().all(|s| s["runner_up"].is_null()), "{value}");
    let coverage = value["coverage"].as_array().unwrap();
    assert_eq!(coverage.len(), 10);
    let vision = &coverage[0];
    assert_eq!(vision["responsibility"], "pm-vision");
    assert_eq!(vision["strongest"], serde_json::json!(["Ana"]));
    assert_eq!(vision["gap"], false);
}

#[test]
fn summarize_defaults_come_from_the_form() {
    let dir = tempfile::tempdir().unwrap();
    people(dir.path(), "");
    // The form's defaults (8 engineers, 1 team...) combine the roles, under Scrum.
    let out = run(&["team", "summarize", s(dir.path()), "--json"]);
    let value: Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    assert_eq!(value["framework"], "scrum");
    assert_eq!(value["staffing"]["verdict"], "combine");
    assert_eq!(value["staffing"]["seats"][0]["seat"], "combined");
    assert!(value["staffing"]["seats"][0]["runner_up"].is_string());
}

#[test]
fn bad_team_flags_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let paths = people(dir.path(), "");
    let ana = s(&paths[0]);
    for (args, message) in [
        (
            vec!["--framework", "kanban"],
            "--framework `kanban` does not exist; it must be one of scrum, safe, less",
        ),
        (
            vec!["--engineers", "0"],
            "`engineers` is 0; it must be from 1 to 100000",
        ),
        (
            vec!["--switching", "6"],
            "`switching` is 6; it must be from 1 to 5",
        ),
        (
            vec!["--research", "sometimes"],
            "`sometimes` is not one of none, part-time, full-time",
        ),
        (
            vec!["--teams=-1"],
            "invalid value '-1' for '--teams <TEAMS>'",
        ),
    ] {
        for command in ["summarize", "new"] {
            let out_file = dir.path().join("t.ron");
            let mut full = vec!["team", command, ana];
            full.extend(&args);
            if command == "new" {
                full.extend(["-o", s(&out_file)]);
            }
            let out = run(&full);
            let stderr = text(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{full:?}: {stderr}");
            assert!(out.stdout.is_empty(), "{full:?}");
            assert!(stderr.contains(message), "{full:?}: {stderr}");
            assert!(!out_file.exists(), "{full:?} wrote a team");
        }
    }
    let out = run(&["team", "summarize"]);
    assert_eq!(out.status.code(), Some(2), "a path is required");
}

#[test]
fn every_bad_profile_is_skipped_with_its_message() {
    let folder = manifest_dir().join("tests/data/bad");
    let expected: BTreeMap<String, String> =
        ron::from_str(&fs::read_to_string(folder.join("EXPECTED.ron")).unwrap()).unwrap();
    let before = snapshot(&folder);
    let out_dir = tempfile::tempdir().unwrap();
    let team_file = out_dir.path().join("team.ron");
    let paths: Vec<String> = expected
        .keys()
        .map(|name| format!("tests/data/bad/{name}"))
        .collect();
    let path_args: Vec<&str> = paths.iter().map(String::as_str).collect();

    // Nobody can be read: exit 2, nothing on stdout, every file listed on stderr.
    for mut args in [
        vec!["team", "summarize"],
        vec!["team", "summarize", "--json"],
        vec!["team", "new", "-o", s(&team_file)],
    ] {
        args.extend(&path_args);
        let out = run(&args);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(out.stdout.is_empty(), "{}", text(&out.stdout));
        for (name, message) in &expected {
            let line = format!("skipped tests/data/bad/{name}{message}");
            assert!(
                stderr.lines().any(|l| l.starts_with(&line)),
                "{args:?}: no line starting {line}\n{stderr}"
            );
        }
        assert!(
            stderr.ends_with("no member could be read from the paths given\n"),
            "{stderr}"
        );
        assert!(!team_file.exists(), "nothing written");
    }

    // With one good profile among them, it is read and the bad ones are still listed: on
    // stderr in text, in `skipped` with --json (and then nothing on stderr).
    let good = profile(out_dir.path(), "good.ron", "Good", "good-1", 3, 2, "");
    let mut args = vec!["team", "summarize", "--json", s(&good)];
    args.extend(&path_args);
    let out = run(&args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    let value: Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    assert_eq!(value["members"], 1);
    let skipped = value["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), expected.len());
    for (entry, (name, message)) in skipped.iter().zip(&expected) {
        let path = format!("tests/data/bad/{name}");
        assert_eq!(entry["path"], path.as_str());
        let error = entry["error"].as_str().unwrap();
        assert!(error.starts_with(&format!("{path}{message}")), "{error}");
    }
    let mut args = vec!["team", "new", "-o", s(&team_file), s(&good)];
    args.extend(&path_args);
    let out = run(&args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stderr)
            .lines()
            .filter(|l| l.starts_with("skipped "))
            .count(),
        expected.len()
    );
    let content = Content::shipped().unwrap();
    assert_eq!(load_team(&team_file, &content).unwrap().members.len(), 1);
    assert_eq!(
        snapshot(&folder),
        before,
        "nothing in tests/data/bad changed"
    );
}

#[test]
fn a_folder_is_expanded_to_its_ron_files() {
    let dir = tempfile::tempdir().unwrap();
    people(dir.path(), "");
    fs::write(dir.path().join("readme.txt"), "not a profile").unwrap();
    fs::write(dir.path().join("broken.ron"), "(format: ").unwrap();
    fs::create_dir(dir.path().join("sub.ron")).unwrap();
    let out = run(&["team", "summarize", s(dir.path())]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(text(&out.stdout).starts_with("Team of 3 people\n"));
    // Only the broken profile is skipped: the text file and the folder are not profiles.
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    let broken = dir.path().join("broken.ron");
    assert!(
        stderr.starts_with(&format!("skipped {}:1:", broken.display())),
        "{stderr}"
    );
}

#[test]
fn the_same_person_twice_is_counted_once() {
    let dir = tempfile::tempdir().unwrap();
    let ana = profile(dir.path(), "ana.ron", "Ana", "ana-1", 4, 1, "");
    let copy = dir.path().join("ana-copy.ron");
    fs::copy(&ana, &copy).unwrap();
    let out = run(&["team", "summarize", s(&ana), s(&copy), "--json"]);
    let value: Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    assert_eq!(value["members"], 1, "{value}");
    let out = run(&["team", "summarize", s(&ana), s(&copy)]);
    assert!(text(&out.stderr).contains("the same person as a profile read before it"));
}

#[test]
fn team_new_writes_a_team_that_loads_and_exports() {
    let dir = tempfile::tempdir().unwrap();
    let paths = people(dir.path(), "");
    let team_file = dir.path().join("out").join("team.ron");
    fs::create_dir(dir.path().join("out")).unwrap();
    let mut args = vec![
        "team",
        "new",
        "--name",
        "Checkout",
        "--teams",
        "3",
        "--framework",
        "less",
    ];
    args.extend(paths.iter().map(|p| s(p)));
    args.extend(["-o", s(&team_file)]);
    let out = run(&args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    let content = Content::shipped().unwrap();
    let team = load_team(&team_file, &content).unwrap();
    assert_eq!(team.name, "Checkout");
    assert_eq!(team.framework, "less");
    assert_eq!(team.inputs.teams, 3);
    let names: Vec<&str> = team.members.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Ana", "Bo", "Cy"]);
    assert_eq!(team.members[0].profile_id, "ana-1");

    for format in ["md", "html", "csv"] {
        let out_path = dir.path().join(format!("team.{format}"));
        let out = run(&[
            "export",
            s(&team_file),
            "--format",
            format,
            "-o",
            s(&out_path),
        ]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(out.stdout.is_empty() && out.stderr.is_empty());
        let written = fs::read_to_string(&out_path).unwrap();
        assert!(written.contains("Ana"), "{format}");
        let out = run(&[
            "export",
            s(&team_file),
            "--format",
            format,
            "--anonymise",
            "-o",
            "-",
        ]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let anonymous = text(&out.stdout);
        assert!(anonymous.contains("Member 3"), "{format}");
        for name in ["Ana", "Cy"] {
            assert!(!anonymous.contains(name), "{format} shows {name}");
        }
    }
}

#[test]
fn team_new_never_overwrites_a_newer_team_or_a_profile() {
    let dir = tempfile::tempdir().unwrap();
    let paths = people(dir.path(), "");
    let newer = dir.path().join("newer.ron");
    fs::write(
        &newer,
        "(format: \"career-explorer-team\", version: 9, future_field: 1)\n",
    )
    .unwrap();
    let out = run(&["team", "new", s(&paths[0]), "-o", s(&newer)]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("team format version 9, from a newer Career Explorer"),
        "{stderr}"
    );
    assert!(fs::read_to_string(&newer).unwrap().contains("version: 9"));

    let before = fs::read(&paths[1]).unwrap();
    let out = run(&["team", "new", s(&paths[0]), "-o", s(&paths[1])]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("holds a `career-explorer-profile` document, not a team"),
        "{stderr}"
    );
    assert_eq!(
        fs::read(&paths[1]).unwrap(),
        before,
        "the profile is intact"
    );

    // An older team file of this version is replaced.
    let team_file = dir.path().join("team.ron");
    assert_eq!(
        run(&["team", "new", s(&paths[0]), "-o", s(&team_file)])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        run(&["team", "new", s(&paths[1]), "-o", s(&team_file)])
            .status
            .code(),
        Some(0)
    );
    let content = Content::shipped().unwrap();
    assert_eq!(
        load_team(&team_file, &content).unwrap().members[0].name,
        "Bo"
    );
}

#[test]
fn anonymise_on_a_profile_is_refused() {
    let out = run(&[
        "export",
        "tests/data/profiles/complete.ron",
        "--format",
        "md",
        "--anonymise",
        "-o",
        "-",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(
        text(&out.stderr).contains("--anonymise applies to team files only"),
        "{}",
        text(&out.stderr)
    );
}

/// Whether the file at `path` declares the team format, so `export` reads it as a team.
fn declares_team(path: &Path) -> bool {
    fs::read(path).is_ok_and(|bytes| {
        std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes))
            .is_ok_and(|t| t.contains("format: \"career-explorer-team\""))
    })
}

#[test]
fn every_bad_team_fails_with_its_message() {
    let folder = manifest_dir().join("tests/data/bad-team");
    let expected: BTreeMap<String, String> =
        ron::from_str(&fs::read_to_string(folder.join("EXPECTED.ron")).unwrap()).unwrap();
    let before = snapshot(&folder);
    let fixtures: Vec<String> = before
        .keys()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .filter(|name| name != "EXPECTED.ron")
        .collect();
    assert!(fixtures.len() >= 25, "only {} fixtures", fixtures.len());
    assert_eq!(
        expected.keys().collect::<Vec<_>>(),
        fixtures.iter().collect::<Vec<_>>(),
        "EXPECTED.ron and the folder must list the same files"
    );
    let content = Content::shipped().unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let report = out_dir.path().join("report.html");
    for (name, message) in &expected {
        let path = format!("tests/data/bad-team/{name}");
        let full = manifest_dir().join(&path);
        // The loader itself, as the window and the CLI use it.
        let error = load_team(&full, &content).unwrap_err().to_string();
        assert_eq!(error, format!("{}{message}", full.display()), "{name}");
        // `export` reads it as a team when it says it is one, and as a profile otherwise, with
        // that loader's message.
        let export_message = if declares_team(&full) {
            format!("{path}{message}")
        } else {
            load_profile(Path::new(&path), &content)
                .map(|_| String::new())
                .unwrap_or_else(|e| e.to_string())
        };
        for args in [
            vec!["export", &path, "--format", "html", "-o", s(&report)],
            vec!["export", &path, "--format", "csv", "--anonymise", "-o", "-"],
            vec!["export", &path, "--format", "md", "-o", "-"],
        ] {
            let out = run(&args);
            let stderr = text(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
            assert!(
                out.stdout.is_empty(),
                "{args:?} printed {}",
                text(&out.stdout)
            );
            assert_eq!(stderr, format!("{export_message}\n"), "{args:?}");
        }
        // A team is not a profile: team commands skip it.
        let out = run(&["team", "summarize", &path]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        assert!(
            text(&out.stderr).starts_with(&format!("skipped {path}")),
            "{name}"
        );
    }
    assert_eq!(
        snapshot(&folder),
        before,
        "nothing in tests/data/bad-team changed"
    );
    assert_eq!(
        fs::read_dir(out_dir.path()).unwrap().count(),
        0,
        "a failed export writes nothing"
    );
}

#[test]
fn a_team_over_the_size_limit_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    // Sparse: the size is there, the disk blocks are not.
    let file = fs::File::create(&path).unwrap();
    file.set_len(career_explorer::storage::MAX_TEAM_BYTES + 1)
        .unwrap();
    let content = Content::shipped().unwrap();
    let error = load_team(&path, &content).unwrap_err().to_string();
    assert!(
        error.contains("over the 67108864-byte (64 MiB) limit for a team"),
        "{error}"
    );
    let out = run(&["export", s(&path), "--format", "md", "-o", "-"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("64 MiB"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_byte_order_mark_is_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.ron");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(fs::read(manifest_dir().join("tests/data/teams/payments.ron")).unwrap());
    fs::write(&path, bytes).unwrap();
    let content = Content::shipped().unwrap();
    assert_eq!(load_team(&path, &content).unwrap().members.len(), 5);
    let out = run(&["export", s(&path), "--format", "csv", "-o", "-"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

/// A string nobody would write by chance.
const MARKER: &str = "PRIVATE-MARKER-7f3a9c";

#[test]
fn notes_never_leave_the_profile() {
    let dir = tempfile::tempdir().unwrap();
    let paths = people(dir.path(), &format!("{MARKER}: salary talk, do not share"));
    // Also in a profile with no result yet, and one with a partial answer set.
    let content = Content::shipped().unwrap();
    let mut fresh = Profile::new("Dee");
    fresh.notes = MARKER.to_owned();
    fresh.answers.set(content.quiz.items()[0].id.clone(), 2);
    fresh.ensure_id(|| ProfileId::new("dee-4").unwrap());
    save_profile(&dir.path().join("dee.ron"), &fresh).unwrap();
    assert!(
        fs::read_to_string(&paths[0]).unwrap().contains(MARKER),
        "the marker is there"
    );

    let folder = s(dir.path());
    let mut outputs = Vec::new();
    for args in [
        vec!["team", "summarize", folder],
        vec!["team", "summarize", folder, "--json"],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        outputs.push((format!("{args:?}"), printed(&out)));
    }
    assert!(
        outputs[0].1.contains("\nNo quiz result yet: Dee\n"),
        "{}",
        outputs[0].1
    );
    let out_dir = tempfile::tempdir().unwrap();
    let team_file = out_dir.path().join("team.ron");
    let out = run(&["team", "new", folder, "-o", s(&team_file)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    outputs.push(("team new".to_owned(), printed(&out)));
    let team_text = fs::read_to_string(&team_file).unwrap();
    assert!(team_text.contains("\"Dee\""), "everyone is on the team");
    outputs.push(("team file".to_owned(), team_text));
    for format in ["md", "html", "csv"] {
        for anonymise in [false, true] {
            let mut args = vec!["export", s(&team_file), "--format", format, "-o", "-"];
            if anonymise {
                args.push("--anonymise");
            }
            let out = run(&args);
            assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
            outputs.push((format!("{args:?}"), text(&out.stdout)));
        }
    }
    for (what, output) in &outputs {
        assert!(!output.is_empty(), "{what} printed something to look in");
        assert!(!output.contains(MARKER), "{what} leaks the notes");
        assert!(!output.contains("salary"), "{what} leaks the notes");
    }
}

#[test]
fn a_team_can_come_from_standard_input() {
    use std::io::Write as _;
    use std::process::Stdio;
    let export = |input: &[u8]| {
        let mut child = Command::new(BIN)
            // In English whatever the machine's language: these tests check English output.
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANGUAGE")
            .args(["export", "-", "--format", "csv", "--anonymise", "-o", "-"])
            .current_dir(manifest_dir())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(input).unwrap();
        child.wait_with_output().unwrap()
    };
    let team = fs::read(manifest_dir().join("tests/data/teams/payments.ron")).unwrap();
    let out = export(&team);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("\r\nPayments,Member 5,,"),
        "{}",
        text(&out.stdout)
    );
    let out = export(b"(format: \"career-explorer-team\", version: 1, name: 3)");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(text(&out.stderr), "standard input:1:51: Expected string\n");
}

#[test]
fn with_lang_de_a_bad_flag_and_a_bad_member_are_said_in_german() {
    let dir = tempfile::tempdir().unwrap();
    let paths = people(dir.path(), "");
    let ana = s(&paths[0]);
    let out = run(&["team", "summarize", "--lang", "de", ana, "--teams", "5000"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "im Teamprofil ist `teams` 5000; erlaubt sind 1 bis 1000\n"
    );
    let missing = dir.path().join("missing.ron");
    let out = run(&["team", "summarize", "--lang", "de", ana, s(&missing)]);
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "{}: die Datei konnte nicht gelesen werden: ",
            missing.display()
        )),
        "{stderr}"
    );
}
