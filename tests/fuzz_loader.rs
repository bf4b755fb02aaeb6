#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Fuzzing the profile, team, rating request and rating loaders on stable: arbitrary bytes, RON-like token soup, and
//! mutated valid documents go through the same path as a file being opened. They must never
//! panic or overflow the stack, and whatever they accept must survive a save and reload
//! unchanged (and a team must also make a report in every format).
//!
//! A quick run happens with `cargo test`; for a long one:
//!
//! ```sh
//! PROPTEST_CASES=100000 cargo test --release --test fuzz_loader
//! PROPTEST_CASES=1000000 cargo test --release --test fuzz_loader team_documents
//! PROPTEST_CASES=1000000 cargo test --release --test fuzz_loader rating_documents
//! ```

use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;

use career_explorer::domain::Content;
use career_explorer::domain::profile::{Profile, peek_version};
use career_explorer::domain::rating::{RatingFile, RatingRequest};
use career_explorer::domain::team::{self, Team};
use career_explorer::domain::team_report::TeamReport;
use career_explorer::export::{self, Format};
use career_explorer::i18n::{Language, Translator};
use career_explorer::storage::{
    StorageError, decode_profile, decode_rating, decode_rating_request, decode_team,
};

/// The English translator the golden files are written with.
static ENGLISH: std::sync::LazyLock<Translator> =
    std::sync::LazyLock::new(|| Translator::new(Language::English));

/// The team report `report` in `format`, in English.
fn render_team(report: &TeamReport, format: Format) -> String {
    export::render_team(report, format, &ENGLISH)
}

mod support;

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(support::content)
}

/// The valid profiles the mutations start from.
fn seeds() -> &'static [String] {
    static SEEDS: OnceLock<Vec<String>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/profiles");
        let mut seeds: Vec<String> = std::fs::read_dir(folder)
            .unwrap()
            .map(|entry| std::fs::read_to_string(entry.unwrap().path()).unwrap())
            .collect();
        seeds.sort();
        seeds.push(r#"(format: "career-explorer-profile", version: 2)"#.to_owned());
        seeds.push(r#"(format: "career-explorer-profile", version: 3, id: "a-1")"#.to_owned());
        seeds
    })
}

/// Loads `bytes` as a file would be loaded. Accepted profiles must round-trip exactly, and
/// errors must name the file.
fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    let path = Path::new("fuzz.ron");
    if let Ok(text) = std::str::from_utf8(bytes) {
        // Must not panic, whatever the text.
        let _ = peek_version(text);
    }
    match decode_profile(path, bytes, content()) {
        Ok(profile) => {
            let text = profile.to_ron().unwrap();
            let again = Profile::from_ron("fuzz.ron", &text, content()).unwrap();
            prop_assert_eq!(again, profile);
        }
        Err(err) => {
            let message = err.to_string();
            prop_assert!(message.starts_with("fuzz.ron"), "{}", message);
            prop_assert!(
                !matches!(err, StorageError::Read { .. } | StorageError::Write { .. }),
                "{}",
                message
            );
        }
    }
    Ok(())
}

/// Pieces of RON and of profiles, so random sequences get past the first token.
const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    "\"",
    "'",
    "r#\"",
    "\"#",
    "Some(",
    "None",
    "true",
    "false",
    "0",
    "1",
    "4",
    "5",
    "-1",
    "255",
    "256",
    "4294967296",
    "1e308",
    "0x1F",
    "1.5",
    "format",
    "version",
    "id",
    "name",
    "team",
    "answers",
    "results",
    "notes",
    "last_result",
    "taken_at",
    "result",
    "engineers",
    "teams",
    "research",
    "full_time",
    "part_time",
    "backlog_complexity",
    "switching",
    "speed_priority",
    "\"career-explorer-profile\"",
    "\"vision-write\"",
    "\"backlog-interest\"",
    "\"2025-03-14T09:30:00Z\"",
    "\"5f0c2a8e-7b1d-4e36-a9c4-0d2e8f6b1a73\"",
    "\"\"",
    "-",
    "Profile",
    "Team",
    "members",
    "profile_id",
    "latest_result",
    "inputs",
    "framework",
    "\"career-explorer-team\"",
    "\"career-explorer-rating\"",
    "\"career-explorer-rating-request\"",
    "rater",
    "rated_at",
    "items",
    "text",
    "\"priya-1\"",
    "\"scrum\"",
    "\"safe\"",
    "\"less\"",
    "#![enable(implicit_some)]",
    "#![enable(unwrap_newtypes)]",
    "// c\n",
    "/* c */",
    "/*",
    "\\",
    "\\u{",
    "\n",
    " ",
    "\t",
    "\u{feff}",
    "\u{0}",
    "é",
    "😀",
];

/// Random tokens, after a valid header half the time so the parser gets past it.
fn token_soup() -> impl Strategy<Value = Vec<u8>> {
    (
        any::<bool>(),
        prop::collection::vec(prop::sample::select(TOKENS), 0..200),
    )
        .prop_map(|(header, tokens)| {
            let mut text = String::new();
            if header {
                text.push_str(HEADER);
            }
            text.push_str(&tokens.concat());
            if header {
                text.push(')');
            }
            text.into_bytes()
        })
}

const HEADER: &str = "(format: \"career-explorer-profile\", version: 3, ";

/// Numbers worth trying wherever a number goes.
const NUMBERS: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "7",
    "99",
    "255",
    "256",
    "1000",
    "1001",
    "100000",
    "100001",
    "4294967295",
    "4294967296",
    "-1",
    "-0",
    "1.0",
    "1e3",
    "0x10",
    "0b1",
    "1_000",
];

/// RON values of any shape, as text.
fn value() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        prop::sample::select(NUMBERS).prop_map(str::to_owned),
        any::<String>().prop_map(|s| format!("{s:?}")),
        prop::sample::select(
            &[
                "none",
                "part_time",
                "full_time",
                "sometimes",
                "true",
                "None",
                "()",
                "Role(\"pm\")",
                "Combined",
                "High"
            ][..]
        )
        .prop_map(str::to_owned),
        prop::sample::select(
            &[
                "\"vision-write\"",
                "\"backlog-interest\"",
                "\"2025-03-14T09:30:00Z\"",
                "\"2025-02-30T25:00:00+24:00\"",
                "\"5f0c2a8e-7b1d-4e36-a9c4-0d2e8f6b1a73\"",
                "\"\"",
                "\"a_b\""
            ][..]
        )
        .prop_map(str::to_owned),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(|v| format!("[{}]", v.join(", "))),
            prop::collection::vec(inner.clone(), 1..4).prop_map(|v| format!("({})", v.join(", "))),
            inner.clone().prop_map(|v| format!("Some({v})")),
            prop::collection::vec((prop::sample::select(FIELDS), inner.clone()), 0..8).prop_map(
                |fields| {
                    let body: Vec<String> =
                        fields.iter().map(|(k, v)| format!("{k}: {v}")).collect();
                    format!("({})", body.join(", "))
                }
            ),
            prop::collection::vec((inner.clone(), inner), 0..8).prop_map(|entries| {
                let body: Vec<String> = entries.iter().map(|(k, v)| format!("{k}: {v}")).collect();
                format!("{{{}}}", body.join(", "))
            }),
        ]
    })
}

/// Field names of profiles, teams and results, and one that is none of them.
const FIELDS: &[&str] = &[
    "format",
    "version",
    "id",
    "name",
    "team",
    "answers",
    "results",
    "notes",
    "last_result",
    "taken_at",
    "result",
    "engineers",
    "teams",
    "research",
    "backlog_complexity",
    "switching",
    "speed_priority",
    "partial",
    "answered",
    "total",
    "members",
    "profile_id",
    "latest_result",
    "inputs",
    "framework",
    "colour",
];

/// A profile-shaped document whose fields hold values of any shape.
fn structured() -> impl Strategy<Value = Vec<u8>> {
    (
        prop::sample::select(&["0", "1", "2", "3", "4"][..]),
        prop::collection::vec((prop::sample::select(FIELDS), value()), 0..6),
    )
        .prop_map(|(version, fields)| {
            let mut text = format!("(format: \"career-explorer-profile\", version: {version}");
            for (name, value) in fields {
                text.push_str(&format!(", {name}: {value}"));
            }
            text.push(')');
            text.into_bytes()
        })
}

/// One edit to a byte string.
#[derive(Clone, Debug)]
enum Mutation {
    Flip {
        at: usize,
        byte: u8,
    },
    Delete {
        at: usize,
        len: usize,
    },
    Insert {
        at: usize,
        text: Vec<u8>,
    },
    Duplicate {
        at: usize,
        len: usize,
    },
    Truncate {
        at: usize,
    },
    /// Replaces the `nth` run of digits (counting from the start, wrapping) with `with`.
    Number {
        nth: usize,
        with: &'static str,
    },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let at = any::<usize>();
    prop_oneof![
        (at, any::<u8>()).prop_map(|(at, byte)| Mutation::Flip { at, byte }),
        (at, 1..64_usize).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (at, prop::sample::select(TOKENS)).prop_map(|(at, t)| Mutation::Insert {
            at,
            text: t.as_bytes().to_vec()
        }),
        (at, prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(at, text)| Mutation::Insert { at, text }),
        (at, 1..400_usize).prop_map(|(at, len)| Mutation::Duplicate { at, len }),
        at.prop_map(|at| Mutation::Truncate { at }),
        (at, prop::sample::select(NUMBERS)).prop_map(|(nth, with)| Mutation::Number { nth, with }),
    ]
}

fn apply(bytes: &mut Vec<u8>, mutation: &Mutation) {
    let len = bytes.len();
    let pos = |at: usize| if len == 0 { 0 } else { at % (len + 1) };
    match *mutation {
        Mutation::Flip { at, byte } => {
            if len > 0 {
                bytes[at % len] = byte;
            }
        }
        Mutation::Delete { at, len: n } => {
            let start = pos(at);
            let end = (start + n).min(len);
            bytes.drain(start..end);
        }
        Mutation::Insert { at, ref text } => {
            let at = pos(at);
            bytes.splice(at..at, text.iter().copied());
        }
        Mutation::Duplicate { at, len: n } => {
            let start = pos(at);
            let end = (start + n).min(len);
            let piece = bytes[start..end].to_vec();
            bytes.splice(end..end, piece);
        }
        Mutation::Truncate { at } => bytes.truncate(pos(at)),
        Mutation::Number { nth, with } => {
            let runs = digit_runs(bytes);
            if !runs.is_empty() {
                let (start, end) = runs[nth % runs.len()];
                bytes.splice(start..end, with.bytes());
            }
        }
    }
}

/// Start and end of every run of ASCII digits in `bytes`.
fn digit_runs(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, b) in bytes.iter().enumerate() {
        match (start, b.is_ascii_digit()) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                runs.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push((s, bytes.len()));
    }
    runs
}

fn mutated_profile() -> impl Strategy<Value = Vec<u8>> {
    (0..seeds().len(), prop::collection::vec(mutation(), 1..6)).prop_map(|(seed, mutations)| {
        let mut bytes = seeds()[seed].clone().into_bytes();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        bytes
    })
}

/// The valid teams the team mutations start from: the fixture's first member alone (a full
/// result snapshot), members without results, and the smallest team.
fn team_seeds() -> &'static [String] {
    static SEEDS: OnceLock<Vec<String>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/teams/payments.ron");
        let fixture = Team::from_ron(
            "payments.ron",
            &std::fs::read_to_string(path).unwrap(),
            &content().advisor,
        )
        .unwrap();
        let mut one = fixture.clone();
        one.members.truncate(1);
        let mut no_results = fixture;
        no_results.members.drain(..4);
        no_results.members[0].profile_id = "x-1".to_owned();
        let mut second = no_results.members[0].clone();
        second.name = "Zoë \"Z\" <z>".to_owned();
        second.profile_id = "file:/tmp/z.ron".to_owned();
        no_results.members.push(second);
        vec![
            one.to_ron().unwrap(),
            no_results.to_ron().unwrap(),
            r#"(format: "career-explorer-team", version: 1)"#.to_owned(),
        ]
    })
}

/// Loads `bytes` as a team file would be loaded. An accepted team must round-trip exactly
/// and make a report in every format; errors must name the file.
fn check_team(bytes: &[u8]) -> Result<(), TestCaseError> {
    let path = Path::new("fuzz.ron");
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = team::peek_version(text);
        let _ = team::is_team_document(text);
    }
    match decode_team(path, bytes, content()) {
        Ok(team) => {
            let text = team.to_ron().unwrap();
            let again = Team::from_ron("fuzz.ron", &text, &content().advisor).unwrap();
            prop_assert_eq!(&again, &team);
            for anonymise in [false, true] {
                let report = TeamReport::new(&team, content(), &[], anonymise).unwrap();
                for format in Format::ALL {
                    prop_assert!(!render_team(&report, format).is_empty());
                }
            }
        }
        Err(err) => {
            let message = err.to_string();
            prop_assert!(message.starts_with("fuzz.ron"), "{}", message);
            prop_assert!(
                !matches!(err, StorageError::Read { .. } | StorageError::Write { .. }),
                "{}",
                message
            );
        }
    }
    Ok(())
}

/// Team-shaped bytes of every kind: arbitrary, token soup after a team header, mutated valid
/// teams, and team documents whose fields hold values of any shape.
fn team_document() -> impl Strategy<Value = Vec<u8>> {
    let soup = (
        any::<bool>(),
        prop::collection::vec(prop::sample::select(TOKENS), 0..200),
    )
        .prop_map(|(header, tokens)| {
            let mut text = String::new();
            if header {
                text.push_str(TEAM_HEADER);
            }
            text.push_str(&tokens.concat());
            if header {
                text.push(')');
            }
            text.into_bytes()
        });
    let mutated = (
        0..team_seeds().len(),
        prop::collection::vec(mutation(), 1..6),
    )
        .prop_map(|(seed, mutations)| {
            let mut bytes = team_seeds()[seed].clone().into_bytes();
            for m in &mutations {
                apply(&mut bytes, m);
            }
            bytes
        });
    let structured = (
        prop::sample::select(&["0", "1", "2"][..]),
        prop::collection::vec((prop::sample::select(FIELDS), value()), 0..6),
    )
        .prop_map(|(version, fields)| {
            let mut text = format!("(format: \"career-explorer-team\", version: {version}");
            for (name, value) in fields {
                text.push_str(&format!(", {name}: {value}"));
            }
            text.push(')');
            text.into_bytes()
        });
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..2048),
        soup,
        mutated,
        structured,
    ]
}

const TEAM_HEADER: &str = "(format: \"career-explorer-team\", version: 1, ";

/// The valid rating requests and ratings the rating mutations start from: the files in
/// `tests/data/good-rating/`, and a request and a rating of every skill item.
fn rating_seeds() -> &'static [Vec<u8>] {
    static SEEDS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/good-rating");
        let mut seeds: Vec<Vec<u8>> = std::fs::read_dir(folder)
            .unwrap()
            .map(|entry| std::fs::read(entry.unwrap().path()).unwrap())
            .collect();
        seeds.sort();
        let mut profile = Profile::new("Zoë \"Z\" <z>");
        profile.id = Some(career_explorer::domain::profile::ProfileId::new("z-1").unwrap());
        let request = RatingRequest::for_profile(&profile, &content().quiz).unwrap();
        let rating = RatingFile {
            profile_id: request.profile_id.clone(),
            name: request.name.clone(),
            rating: career_explorer::domain::rating::Rating {
                rater: None,
                rated_at: time::OffsetDateTime::UNIX_EPOCH,
                answers: request.items.iter().map(|i| (i.id.clone(), 4)).collect(),
            },
        };
        seeds.push(request.to_ron().into_bytes());
        seeds.push(rating.to_ron().into_bytes());
        seeds
    })
}

/// Loads `bytes` both as a rating request and as a rating, as files are loaded. Whatever is
/// accepted must round-trip exactly; errors must name the file.
fn check_rating(bytes: &[u8]) -> Result<(), TestCaseError> {
    let path = Path::new("fuzz.ron");
    let errors = [
        match decode_rating_request(path, bytes, content()) {
            Ok(request) => {
                let again = RatingRequest::from_ron("fuzz.ron", &request.to_ron(), &content().quiz);
                prop_assert_eq!(again.as_ref(), Ok(&request));
                None
            }
            Err(err) => Some(err),
        },
        match decode_rating(path, bytes, content()) {
            Ok(rating) => {
                let again = RatingFile::from_ron("fuzz.ron", &rating.to_ron(), &content().quiz);
                prop_assert_eq!(again.as_ref(), Ok(&rating));
                None
            }
            Err(err) => Some(err),
        },
    ];
    for err in errors.into_iter().flatten() {
        let message = err.to_string();
        prop_assert!(message.starts_with("fuzz.ron"), "{}", message);
        prop_assert!(
            !matches!(err, StorageError::Read { .. } | StorageError::Write { .. }),
            "{}",
            message
        );
    }
    Ok(())
}

/// Rating-shaped bytes: mutated valid requests and ratings, and token soup after a header.
fn rating_document() -> impl Strategy<Value = Vec<u8>> {
    let mutated = (
        0..rating_seeds().len(),
        prop::collection::vec(mutation(), 1..6),
    )
        .prop_map(|(seed, mutations)| {
            let mut bytes = rating_seeds()[seed].clone();
            for m in &mutations {
                apply(&mut bytes, m);
            }
            bytes
        });
    let soup = (
        prop::sample::select(&["career-explorer-rating", "career-explorer-rating-request"][..]),
        prop::collection::vec(prop::sample::select(TOKENS), 0..200),
    )
        .prop_map(|(format, tokens)| {
            format!("(format: \"{format}\", version: 1, {})", tokens.concat()).into_bytes()
        });
    prop_oneof![3 => mutated, 1 => soup]
}

proptest! {
    #[test]
    fn team_documents_never_panic(bytes in team_document()) {
        check_team(&bytes)?;
    }

    #[test]
    fn rating_documents_never_panic(bytes in rating_document()) {
        check_rating(&bytes)?;
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        check(&bytes)?;
        check_rating(&bytes)?;
    }

    #[test]
    fn token_soup_never_panics(bytes in token_soup()) {
        check(&bytes)?;
    }

    #[test]
    fn mutated_profiles_never_panic(bytes in mutated_profile()) {
        check(&bytes)?;
    }

    #[test]
    fn structured_documents_never_panic(bytes in structured()) {
        check(&bytes)?;
    }
}

#[test]
fn seeds_are_valid() {
    for seed in seeds() {
        decode_profile(Path::new("seed.ron"), seed.as_bytes(), content()).unwrap();
    }
    for seed in team_seeds() {
        decode_team(Path::new("seed.ron"), seed.as_bytes(), content()).unwrap();
    }
    for seed in rating_seeds() {
        let path = Path::new("seed.ron");
        let request = decode_rating_request(path, seed, content());
        let rating = decode_rating(path, seed, content());
        assert!(
            request.is_ok() != rating.is_ok(),
            "each seed is a request or a rating: {request:?} {rating:?}"
        );
    }
}
