#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Runs the built `career-explorer` binary on every broken profile in `tests/data/bad/` and on
//! the good ones in `tests/data/profiles/`.

use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_career-explorer");

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the binary from the crate folder (so paths in messages are the relative ones given),
/// with the data folder pointed at a scratch folder so nothing touches the real one.
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

#[test]
fn every_bad_profile_fails_with_its_message() {
    let folder = manifest_dir().join("tests/data/bad");
    let expected: BTreeMap<String, String> =
        ron::from_str(&fs::read_to_string(folder.join("EXPECTED.ron")).unwrap()).unwrap();
    let before = snapshot(&folder);
    let fixtures: Vec<String> = before
        .keys()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .filter(|name| name != "EXPECTED.ron")
        .collect();
    assert!(fixtures.len() >= 30, "only {} fixtures", fixtures.len());
    let listed: Vec<&String> = expected.keys().collect();
    assert_eq!(
        listed,
        fixtures.iter().collect::<Vec<_>>(),
        "EXPECTED.ron and the folder must list the same files"
    );

    let out_dir = tempfile::tempdir().unwrap();
    let report = out_dir.path().join("report.html");
    let report = report.to_str().unwrap();
    for (name, message) in &expected {
        let path = format!("tests/data/bad/{name}");
        for args in [
            vec!["advise", &path],
            vec!["advise", "--json", &path],
            vec!["quiz", "score", &path],
            vec!["quiz", "score", "--json", "--partial", &path],
            vec!["export", &path, "--format", "html", "-o", report],
            vec!["export", &path, "--format", "csv", "-o", "-"],
        ] {
            let out = run(&args);
            let stderr = text(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
            assert!(
                out.stdout.is_empty(),
                "{args:?} printed {}",
                text(&out.stdout)
            );
            assert!(
                stderr.starts_with(&format!("{path}{message}")),
                "{args:?}\n  expected: {path}{message}\n  got:      {stderr}"
            );
            assert_eq!(stderr.lines().count(), 1, "{args:?}: one line: {stderr}");
        }
    }
    assert_eq!(
        snapshot(&folder),
        before,
        "nothing in tests/data/bad changed"
    );
    assert_eq!(
        fs::read_dir(out_dir.path()).unwrap().count(),
        0,
        "a failed export writes nothing"
    );
}

#[test]
fn export_writes_each_format_to_a_file_or_stdout() {
    let path = "tests/data/profiles/complete.ron";
    let out_dir = tempfile::tempdir().unwrap();
    for (format, marker) in [
        ("md", "# "),
        ("html", "<!DOCTYPE html>"),
        ("csv", "name,date,role"),
    ] {
        let file = out_dir.path().join(format!("report.{format}"));
        let out = run(&[
            "export",
            path,
            "--format",
            format,
            "-o",
            file.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(out.stdout.is_empty());
        let written = fs::read_to_string(&file).unwrap();
        assert!(written.starts_with(marker), "{format}: {}", &written[..40]);
        let out = run(&["export", path, "--format", format, "-o", "-"]);
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(
            text(&out.stdout),
            written,
            "{format}: stdout matches the file"
        );
    }
    // Only the three reports: no temporary file left behind.
    assert_eq!(fs::read_dir(out_dir.path()).unwrap().count(), 3);
}

#[test]
fn export_to_an_unwritable_place_fails_cleanly() {
    let out = run(&[
        "export",
        "tests/data/profiles/complete.ron",
        "--format",
        "md",
        "-o",
        "/proc/self/report.md",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(
        text(&out.stderr).contains("/proc/self/report.md"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn too_large_missing_and_folder_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.ron");
    // Sparse, so the test writes nothing like 17 MiB.
    fs::File::create(&huge)
        .unwrap()
        .set_len(16 * 1024 * 1024 + 1)
        .unwrap();
    let missing = dir.path().join("missing.ron");
    for (path, message) in [
        (huge.as_path(), "over the 16,777,216-byte (16 MiB) limit"),
        (missing.as_path(), "could not read the file"),
        (dir.path(), "this is a folder, not a file that can be read"),
        // Refused by its kind, where it used to be read up to the limit.
        (
            Path::new("/dev/zero"),
            "this is a device, not a file that can be read",
        ),
    ] {
        let path = path.to_str().unwrap();
        let out = run(&["advise", path]);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(out.stdout.is_empty());
        assert!(stderr.starts_with(&format!("{path}: ")), "{stderr}");
        assert!(stderr.contains(message), "{stderr}");
    }
}

/// Runs the binary like [`run`], feeding it `stdin` (slowly, in `pieces`, when there is more
/// than one) and killing it if it has not finished after 20 s, so a hang fails the test instead
/// of stalling the run. The 20 s is a safety net, not a timing assertion: the waits under test
/// are about a second.
fn run_bounded(args: &[&str], stdin: Option<(Vec<u8>, usize)>) -> Output {
    let data = tempfile::tempdir().unwrap();
    let mut child = Command::new(BIN)
        // In English whatever the machine's language: these tests check English output.
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .args(args)
        .current_dir(manifest_dir())
        .env("CAREER_EXPLORER_DATA_DIR", data.path())
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some((bytes, pieces)) = stdin {
        let mut pipe = child.stdin.take().unwrap();
        thread::spawn(move || {
            for piece in bytes.chunks(bytes.len().div_ceil(pieces).max(1)) {
                // The binary may stop reading early (bad input); that is its answer, not ours.
                if pipe.write_all(piece).is_err() {
                    return;
                }
                if pieces > 1 {
                    thread::sleep(Duration::from_millis(100));
                }
            }
        });
    }
    let drain = |mut pipe: Box<dyn Read + Send>| {
        thread::spawn(move || {
            let mut bytes = Vec::new();
            pipe.read_to_end(&mut bytes).unwrap();
            bytes
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("{args:?} still running after 20 s");
        }
        thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    }
}

/// A named pipe in `dir`.
fn mkfifo(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    assert!(
        Command::new("mkfifo")
            .arg(&path)
            .status()
            .unwrap()
            .success(),
        "mkfifo {}",
        path.display()
    );
    path
}

#[test]
fn a_named_pipe_nobody_writes_to_fails_instead_of_hanging() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = mkfifo(dir.path(), "nobody.ron");
    let fifo = fifo.to_str().unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let report = out_dir.path().join("report.md");
    let report = report.to_str().unwrap();
    for args in [
        vec!["advise", fifo],
        vec!["quiz", "score", "--json", fifo],
        vec!["export", fifo, "--format", "md", "-o", report],
    ] {
        let out = run_bounded(&args, None);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert_eq!(
            stderr,
            format!(
                "{fifo}: nothing was written to it within 1 s; is it a pipe nobody writes to?\n"
            )
        );
    }
    assert_eq!(fs::read_dir(out_dir.path()).unwrap().count(), 0);
}

#[test]
fn dash_reads_standard_input() {
    let path = "tests/data/profiles/complete.ron";
    let bytes = fs::read(manifest_dir().join(path)).unwrap();
    let from_file = json(&["advise", "--json", path]);
    let out = run_bounded(&["advise", "--json", "-"], Some((bytes.clone(), 1)));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let mut from_stdin: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(from_stdin["file"], "standard input");
    from_stdin["file"] = from_file["file"].clone();
    assert_eq!(from_stdin, from_file);

    let out = run_bounded(&["quiz", "score", "-"], Some((bytes.clone(), 1)));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("Quiz result for Priya Raman (standard input)\n"),
        "{}",
        text(&out.stdout)
    );
    let out = run_bounded(
        &["export", "-", "--format", "csv", "-o", "-"],
        Some((bytes, 1)),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let expected = run(&["export", path, "--format", "csv", "-o", "-"]);
    assert_eq!(out.stdout, expected.stdout);

    // Bad input on standard input is reported like a bad file, named "standard input".
    let folder = manifest_dir().join("tests/data/bad");
    let expected: BTreeMap<String, String> =
        ron::from_str(&fs::read_to_string(folder.join("EXPECTED.ron")).unwrap()).unwrap();
    for (name, message) in &expected {
        let out = run_bounded(
            &["advise", "-"],
            Some((fs::read(folder.join(name)).unwrap(), 1)),
        );
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
        assert!(out.stdout.is_empty(), "{name}");
        assert!(
            stderr.starts_with(&format!("standard input{message}")),
            "{name}\n  expected: standard input{message}\n  got:      {stderr}"
        );
    }
    // The size limit holds for a stream too.
    let out = run_bounded(
        &["advise", "-"],
        Some((vec![b' '; 16 * 1024 * 1024 + 2], 1)),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).starts_with("standard input: the file holds more than"),
        "{}",
        text(&out.stderr)
    );
}

/// A pipe given as a path, as `career-explorer advise <(cat me.ron)` passes `/dev/fd/63`:
/// here `/dev/stdin`, which is this process's pipe, written in pieces with pauses.
#[test]
fn a_pipe_with_a_slow_writer_is_read() {
    let path = "tests/data/profiles/complete.ron";
    let bytes = fs::read(manifest_dir().join(path)).unwrap();
    let out = run_bounded(&["advise", "--json", "/dev/stdin"], Some((bytes, 8)));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let mut value: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["file"], "/dev/stdin");
    let from_file = json(&["advise", "--json", path]);
    value["file"] = from_file["file"].clone();
    assert_eq!(value, from_file);
}

#[test]
fn export_refuses_to_replace_a_pipe_folder_or_device() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = mkfifo(dir.path(), "out.md");
    let folder = dir.path().join("folder");
    fs::create_dir(&folder).unwrap();
    for (output, kind) in [
        (fifo.to_str().unwrap(), "a pipe"),
        (folder.to_str().unwrap(), "a folder"),
        ("/dev/null", "a device"),
    ] {
        let args = [
            "export",
            "tests/data/profiles/complete.ron",
            "--format",
            "md",
            "-o",
            output,
        ];
        let out = run_bounded(&args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        assert_eq!(
            text(&out.stderr),
            format!(
                "{output}: could not save: this is {kind}, not a regular file; nothing was written\n"
            )
        );
    }
    assert!(std::os::unix::fs::FileTypeExt::is_fifo(
        &fs::metadata(&fifo).unwrap().file_type()
    ));
    assert_eq!(fs::read_dir(&folder).unwrap().count(), 0);
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
}

fn json(args: &[&str]) -> Value {
    let out = run(args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        text(&out.stderr)
    );
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert_eq!(stdout.lines().count(), 1, "one JSON object on one line");
    serde_json::from_str(&stdout).unwrap()
}

fn fails(args: &[&str], message: &str) {
    let out = run(args);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(out.stdout.is_empty(), "{args:?}: nothing on stdout");
    assert!(stderr.contains(message), "{args:?}: {stderr}");
}

fn check_advice(value: &Value, verdict: &str) {
    assert_eq!(value["verdict"], verdict, "{value}");
    assert!(value["score"].is_i64(), "{value}");
    let contributions = value["contributions"].as_array().unwrap();
    assert_eq!(contributions.len(), 6, "one per factor: {value}");
    for c in contributions {
        assert!(
            c["factor"].is_string() && c["points"].is_i64() && c["reason"].is_string(),
            "{c}"
        );
    }
    let sum: i64 = contributions
        .iter()
        .map(|c| c["points"].as_i64().unwrap())
        .sum();
    assert_eq!(
        value["score"].as_i64(),
        Some(sum),
        "the score is the sum: {value}"
    );
    for flip in value["flips"].as_array().unwrap() {
        assert!(flip["factor"].is_string(), "{flip}");
        assert!(!flip["from"].is_null() && !flip["to"].is_null(), "{flip}");
        assert_ne!(flip["from"], flip["to"], "a flip changes the input: {flip}");
        assert_ne!(
            flip["verdict"], verdict,
            "a flip changes the verdict: {flip}"
        );
    }
}

fn check_quiz(value: &Value, partial: bool) {
    assert_eq!(value["partial"], partial, "{value}");
    for key in ["pm_fit", "po_fit", "lean", "no_preference"] {
        assert!(value.get(key).is_some(), "{key} missing: {value}");
    }
    let responsibilities = value["responsibilities"].as_array().unwrap();
    assert_eq!(responsibilities.len(), 10, "five per role: {value}");
    for r in responsibilities {
        assert!(r["id"].is_string(), "{r}");
        assert!(r["role"] == "pm" || r["role"] == "po", "{r}");
        for score in [&r["skill"], &r["interest"]] {
            assert!(
                score.is_null() || score.as_u64().is_some_and(|v| v <= 100),
                "{r}"
            );
        }
    }
}

#[test]
fn complete_profile() {
    let path = "tests/data/profiles/complete.ron";
    check_advice(&json(&["advise", "--json", path]), "split");
    let quiz = json(&["quiz", "score", "--json", path]);
    check_quiz(&quiz, false);
    assert_eq!(quiz["pm_fit"], 75);
    assert_eq!(quiz["po_fit"], 50);
    assert_eq!(quiz["lean"], "pm");
    assert_eq!(quiz["no_preference"], false);
    assert_eq!(quiz["strengths"][0], "pm-vision");
    // Every fit has a range that holds it; nothing in the answers looks careless.
    for role in ["pm", "po"] {
        let fit = quiz[format!("{role}_fit")].as_u64().unwrap();
        let range = quiz[format!("{role}_fit_range")].as_array().unwrap();
        let (low, high) = (range[0].as_u64().unwrap(), range[1].as_u64().unwrap());
        assert!(low <= fit && fit <= high && low < high, "{quiz}");
    }
    assert_eq!(quiz["quality"], serde_json::json!([]));
    for r in quiz["responsibilities"].as_array().unwrap() {
        assert_eq!(r["skill_range"].as_array().unwrap().len(), 2, "{r}");
        assert!(r["fit"].is_u64(), "{r}");
    }
    // --partial on a complete quiz is the full result.
    assert_eq!(json(&["quiz", "score", "--json", "--partial", path]), quiz);

    let out = run(&["quiz", "score", path]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout.starts_with("Quiz result for Priya Raman ("),
        "{stdout}"
    );
    assert!(
        stdout.contains("Product Manager: fit 75 (high)"),
        "{stdout}"
    );
    assert!(stdout.contains("\nStrengths:\n"), "{stdout}");
    assert!(stdout.contains("\nGrowth areas"), "{stdout}");
    assert!(
        stdout.contains("\nHow much to trust this result:\n  - Nothing in how you answered"),
        "{stdout}"
    );
    let out = run(&["advise", path]);
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Verdict: Split\n"), "{stdout}");
    assert!(stdout.contains("What would change the answer:"), "{stdout}");
}

#[test]
fn partial_profile() {
    let path = "tests/data/profiles/partial.ron";
    check_advice(&json(&["advise", "--json", path]), "combine");
    fails(
        &["quiz", "score", path],
        "partial.ron: 28 of 40 quiz items are not answered yet",
    );
    fails(&["quiz", "score", "--json", path], "28 of 40");
    let quiz = json(&["quiz", "score", "--json", "--partial", path]);
    check_quiz(&quiz, true);
    assert_eq!(quiz["answered"], 12);
    let out = run(&["quiz", "score", "--partial", path]);
    assert!(text(&out.stdout).contains("Answered 12 of 40 items (a partial result)."));
}

#[test]
fn profile_without_answers() {
    let path = "tests/data/profiles/big-org.ron";
    check_advice(&json(&["advise", "--json", path]), "split");
    fails(
        &["quiz", "score", path],
        "big-org.ron: this profile has no quiz answers yet",
    );
    fails(&["quiz", "score", "--partial", path], "no quiz answers");
}

#[test]
fn profile_without_team() {
    let path = "tests/data/profiles/no-team.ron";
    fails(
        &["advise", path],
        "no-team.ron: this profile has no team profile yet",
    );
    fails(&["advise", "--json", path], "no team profile");
    let quiz = json(&["quiz", "score", "--json", path]);
    check_quiz(&quiz, false);
    assert_eq!(quiz["no_preference"], true);
    // Equal fits: their ranges overlap.
    assert_eq!(quiz["lean"], "too_close");
}

#[test]
fn version_1_profile_loads_through_the_migration() {
    let path = "tests/data/profiles/version1.ron";
    let before = fs::read(manifest_dir().join(path)).unwrap();
    let advice = json(&["advise", "--json", path]);
    check_advice(&advice, "split");
    assert_eq!(advice["contributions"][0]["value"], 120);
    // Answered on the 30-item quiz: the 10 items added since are unanswered, and its past
    // result is kept as it was.
    fails(
        &["quiz", "score", path],
        "version1.ron: 10 of 40 quiz items are not answered yet",
    );
    let quiz = json(&["quiz", "score", "--json", "--partial", path]);
    check_quiz(&quiz, true);
    assert_eq!(quiz["answered"], 30);
    assert_eq!(
        fs::read(manifest_dir().join(path)).unwrap(),
        before,
        "loading never rewrites the file"
    );
}

#[test]
fn every_good_profile_works_with_some_command() {
    for entry in fs::read_dir(manifest_dir().join("tests/data/profiles")).unwrap() {
        let path = entry.unwrap().path();
        let path = path.to_str().unwrap();
        let advise = run(&["advise", "--json", path]);
        let quiz = run(&["quiz", "score", "--json", "--partial", path]);
        for out in [&advise, &quiz] {
            let code = out.status.code();
            assert!(code == Some(0) || code == Some(2), "{path}: {code:?}");
            if code == Some(0) {
                serde_json::from_slice::<Value>(&out.stdout).unwrap();
            } else {
                // Only "no team" or "no answers", never a load error.
                let stderr = text(&out.stderr);
                assert!(stderr.contains("this profile has no"), "{path}: {stderr}");
            }
        }
        assert!(
            advise.status.success() || quiz.status.success(),
            "{path} is good for something"
        );
    }
}

#[test]
fn bad_arguments_are_usage_errors() {
    for args in [
        vec!["quiz"],
        vec!["advise"],
        vec!["quiz", "grade", "x.ron"],
        vec!["advise", "--yaml", "x.ron"],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn answers_faster_than_reading_are_flagged_in_json_and_text() {
    let path = "tests/data/profiles/rushed.ron";
    let quiz = json(&["quiz", "score", "--json", path]);
    let quality = quiz["quality"].as_array().unwrap();
    assert_eq!(quality.len(), 1, "{quiz}");
    assert_eq!(quality[0]["id"], "rushed");
    assert!(
        quality[0]["sentence"]
            .as_str()
            .unwrap()
            .starts_with("39 of your 39 answers came faster than the items can be read"),
        "{quiz}"
    );
    // The check never changes the scores: the same answers as complete.ron.
    let complete = json(&[
        "quiz",
        "score",
        "--json",
        "tests/data/profiles/complete.ron",
    ]);
    for key in [
        "pm_fit",
        "po_fit",
        "pm_fit_range",
        "po_fit_range",
        "lean",
        "responsibilities",
    ] {
        assert_eq!(quiz[key], complete[key], "{key}");
    }
    let out = run(&["quiz", "score", path]);
    assert!(
        text(&out.stdout).contains("  - 39 of your 39 answers came faster"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn overlapping_fit_ranges_are_too_close_in_json() {
    // no-team.ron answers every item alike: equal fits, overlapping ranges.
    let quiz = json(&["quiz", "score", "--json", "tests/data/profiles/no-team.ron"]);
    assert_eq!(quiz["lean"], "too_close");
    assert_eq!(quiz["pm_fit_range"], quiz["po_fit_range"]);
    assert!(
        quiz["lean_summary"]
            .as_str()
            .unwrap()
            .starts_with("Too close to call"),
        "{quiz}"
    );
    assert_eq!(quiz["quality"][0]["id"], "same_answer");
}

#[test]
fn with_lang_de_the_results_and_messages_are_german() {
    let path = "tests/data/profiles/complete.ron";
    let out = run(&["quiz", "score", "--lang", "de", path]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("Quizergebnis für "), "{stdout}");
    assert!(stdout.contains("40 von 40 Fragen beantwortet."), "{stdout}");
    assert!(
        stdout.contains("Wie sehr du diesem Ergebnis trauen kannst:"),
        "{stdout}"
    );
    assert!(!stdout.contains("Answered "), "{stdout}");
    let partial = run(&[
        "quiz",
        "score",
        "--lang",
        "de",
        "--partial",
        "tests/data/profiles/partial.ron",
    ]);
    assert!(
        text(&partial.stdout).contains("12 von 40 Fragen beantwortet (ein Teilergebnis)."),
        "{}",
        text(&partial.stdout)
    );
    let advice = run(&["advise", "--lang", "de", "tests/data/profiles/big-org.ron"]);
    let stdout = text(&advice.stdout);
    assert!(stdout.starts_with("Team-Empfehlung für "), "{stdout}");
    assert!(stdout.contains("Empfehlung: Aufteilen"), "{stdout}");
    assert!(stdout.contains("Was die Antwort ändern würde:"), "{stdout}");
    // The same command in English, as the default when the system speaks neither language.
    let english = run(&["quiz", "score", "--lang", "en", path]);
    assert!(text(&english.stdout).starts_with("Quiz result for "));
}

#[test]
fn with_lang_de_an_error_is_german() {
    let out = run(&["advise", "--lang", "de", "tests/data/profiles/no-team.ron"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stdout), "");
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("no-team.ron: Dieses Profil hat noch kein Teamprofil"),
        "{stderr}"
    );
    assert!(!stderr.contains("no team profile"), "{stderr}");
    let out = run(&[
        "quiz",
        "score",
        "--lang",
        "de",
        "tests/data/profiles/partial.ron",
    ]);
    assert!(
        text(&out.stderr).contains("28 von 40 Quizfragen sind noch nicht beantwortet"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn with_lang_de_the_export_is_german() {
    let out = run(&[
        "export",
        "--lang",
        "de",
        "tests/data/profiles/complete.ron",
        "--format",
        "html",
        "-o",
        "-",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let html = text(&out.stdout);
    assert!(html.contains("<html lang=\"de\">"), "{html}");
    assert!(html.contains("<h2>Quiz zur Rollenpassung</h2>"), "{html}");
}

#[test]
fn a_profile_is_exported_in_the_language_its_result_was_written_in() {
    use career_explorer::domain::Content;
    use career_explorer::domain::profile::Profile;
    use career_explorer::domain::quiz::score_with_times;
    use career_explorer::i18n::Language;

    let german = Content::shipped_in(Language::German).unwrap();
    let source =
        fs::read_to_string(manifest_dir().join("tests/data/profiles/complete.ron")).unwrap();
    let mut profile = Profile::from_ron("complete.ron", &source, &german).unwrap();
    let result = score_with_times(&german.quiz, &profile.answers, &profile.answer_times).unwrap();
    profile.record_result(
        result,
        time::macros::datetime!(2026-11-29 10:00 UTC),
        Language::German,
    );
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("de.ron");
    fs::write(&path, profile.to_ron().unwrap()).unwrap();
    let path = path.to_str().unwrap();

    // The machine speaks English (run sets LANG=C.UTF-8), the profile German: German report.
    let out = run(&["export", path, "--format", "md", "-o", "-"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let markdown = text(&out.stdout);
    assert!(markdown.contains("## Quiz zur Rollenpassung"), "{markdown}");
    assert!(!markdown.contains("## Career-fit quiz"), "{markdown}");
    // --lang still decides when it is given.
    let out = run(&["export", "--lang", "en", path, "--format", "md", "-o", "-"]);
    let markdown = text(&out.stdout);
    assert!(markdown.contains("## Career-fit quiz"), "{markdown}");
    // A profile whose results were written in English (version 4, migrated) stays English.
    let out = run(&[
        "export",
        "tests/data/profiles/complete.ron",
        "--format",
        "md",
        "-o",
        "-",
    ]);
    assert!(text(&out.stdout).contains("## Career-fit quiz"));
}

#[test]
fn the_help_speaks_the_language_asked_for() {
    let german = run(&["--lang", "de", "--help"]);
    assert!(german.status.success(), "{}", text(&german.stderr));
    let help = text(&german.stdout);
    assert!(help.starts_with("Vergleiche die Rollen"), "{help}");
    assert!(
        help.contains("Aufruf:") && help.contains("Befehle:"),
        "{help}"
    );
    let sub = run(&["quiz", "score", "--lang=de", "-h"]);
    let help = text(&sub.stdout);
    assert!(
        help.contains("Ein JSON-Objekt statt Text ausgeben"),
        "{help}"
    );
    // English (LANG=C.UTF-8 in `run`) is the clap definitions as the man pages have them.
    let english = text(&run(&["--help"]).stdout);
    assert!(
        english.contains("Usage:") && !english.contains("Aufruf:"),
        "{english}"
    );
}

/// `text` without what it quotes from the file (between backticks).
fn own_words(text: &str) -> String {
    text.split('`').step_by(2).collect()
}

#[test]
fn with_lang_de_every_problem_inside_a_file_is_german() {
    let mut checked = 0;
    for folder in ["tests/data/bad", "tests/data/bad-team"] {
        let expected: BTreeMap<String, String> = ron::from_str(
            &fs::read_to_string(manifest_dir().join(folder).join("EXPECTED.ron")).unwrap(),
        )
        .unwrap();
        for name in expected.keys() {
            let path = format!("{folder}/{name}");
            let out = run(&["export", "--lang", "de", &path, "--format", "md", "-o", "-"]);
            let stderr = text(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{path}: {stderr}");
            // A syntax error keeps ron's words after its place (`path:line:col: ...`); a file
            // that is not UTF-8 text has a place too, and words of our own.
            let after_path = stderr.strip_prefix(&path).unwrap();
            let positional = after_path
                .strip_prefix(':')
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
            if positional && !stderr.contains("UTF-8") {
                continue;
            }
            let english = run(&["export", "--lang", "en", &path, "--format", "md", "-o", "-"]);
            assert_ne!(stderr, text(&english.stderr), "{path}: not translated");
            checked += 1;
            let words = format!(" {} ", own_words(&stderr));
            for english in [" the ", " is ", " must ", " has ", " not ", " a "] {
                assert!(
                    !words.contains(english),
                    "{path}: English {english:?}: {stderr}"
                );
            }
        }
    }
    assert!(
        checked >= 20,
        "only {checked} files had a message of our own"
    );
}
