//! What is wrong with a file or an input, in each language: the English words are the ones
//! the logs get (`Display`), the German ones leave no English sentence behind. One error of
//! every kind a person can meet on the command line or in the window's second line.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::io::ErrorKind;
use std::path::PathBuf;
use std::time::Duration;

use career_explorer::domain::Content;
use career_explorer::domain::advisor::{Factor, TeamProfileError};
use career_explorer::domain::data_file::FormatProblem;
use career_explorer::domain::profile::{ProfileError, ProfileId};
use career_explorer::domain::quiz::AnswerError;
use career_explorer::domain::rating::{NameOf, NameProblem, RatingError, RatingKind};
use career_explorer::domain::team::{MemberError, Seat, StaffingError, TeamError};
use career_explorer::i18n::{Language, Translator};
use career_explorer::storage::{DocumentKind, FileKind, StorageError};

/// An error, its English `Display`, and its message in a language.
struct Case {
    display: String,
    message: Box<dyn Fn(&Translator) -> String>,
}

fn case<E: std::fmt::Display + 'static>(err: E, message: fn(&E, &Translator) -> String) -> Case {
    Case {
        display: err.to_string(),
        message: Box::new(move |tr| message(&err, tr)),
    }
}

fn answer(item: &str) -> Vec<AnswerError> {
    vec![
        AnswerError::UnknownItem { item: item.into() },
        AnswerError::TimeWithoutAnswer { item: item.into() },
        AnswerError::NotRated { item: item.into() },
        AnswerError::Repeated { item: item.into() },
        AnswerError::OutOfRange {
            item: item.into(),
            value: 9,
        },
        AnswerError::Incomplete {
            missing: 3,
            total: 40,
        },
    ]
}

fn out_of_range() -> TeamProfileError {
    TeamProfileError::OutOfRange {
        factor: Factor::Teams,
        value: 5000,
        min: 1,
        max: 1000,
    }
}

fn members() -> Vec<MemberError> {
    vec![
        MemberError::BlankName {
            profile_id: "ana-1".into(),
        },
        MemberError::BlankProfileId { name: "Ana".into() },
        MemberError::ScoreOutOfRange {
            name: "Ana".into(),
            value: 120,
        },
    ]
}

fn profiles() -> Vec<ProfileError> {
    let file = || "ana.ron".to_owned();
    let mut errors = vec![
        ProfileError::Empty { file: file() },
        ProfileError::NotAProfile {
            file: file(),
            problem: FormatProblem::Other {
                found: "career-explorer-team".into(),
                expected: "career-explorer-profile",
            },
        },
        ProfileError::NotAProfile {
            file: file(),
            problem: FormatProblem::NoFormat {
                expected: "career-explorer-profile",
            },
        },
        ProfileError::MissingVersion { file: file() },
        ProfileError::NewerVersion {
            file: file(),
            version: 9,
        },
        ProfileError::UnknownVersion {
            file: file(),
            version: 0,
        },
        ProfileError::Team {
            file: file(),
            source: Box::new(out_of_range()),
        },
        ProfileError::Write {
            message: "InvalidComponent(\"year\")".into(),
        },
    ];
    for source in answer("vision-write") {
        errors.push(ProfileError::Answers {
            file: file(),
            source: Box::new(source.clone()),
        });
        errors.push(ProfileError::Rating {
            file: file(),
            number: 2,
            source: Box::new(source),
        });
    }
    errors
}

fn teams() -> Vec<TeamError> {
    let file = || "payments.ron".to_owned();
    let mut errors = vec![
        TeamError::Empty { file: file() },
        TeamError::NotATeam {
            file: file(),
            problem: FormatProblem::Other {
                found: "career-explorer-profile".into(),
                expected: "career-explorer-team",
            },
        },
        TeamError::MissingVersion { file: file() },
        TeamError::NewerVersion {
            file: file(),
            version: 7,
        },
        TeamError::UnknownVersion {
            file: file(),
            version: 0,
        },
        TeamError::Inputs {
            file: file(),
            source: Box::new(out_of_range()),
        },
        TeamError::UnknownFramework {
            file: file(),
            framework: "kanban".into(),
            known: "`scrum`, `safe`, `less`".into(),
        },
        TeamError::DuplicateMember {
            file: file(),
            profile_id: "ana-1".into(),
            first: "Ana".into(),
            second: "Ana B.".into(),
        },
        TeamError::Write {
            message: "InvalidComponent(\"year\")".into(),
        },
    ];
    for (number, source) in members().into_iter().enumerate() {
        errors.push(TeamError::Member {
            file: file(),
            number: number + 1,
            source: Box::new(source),
        });
    }
    errors
}

fn ratings() -> Vec<RatingError> {
    let file = || "from-bo.ron".to_owned();
    let mut errors = vec![
        RatingError::OtherProfile {
            name: "Ana".into(),
            id: ProfileId::new("ana-1").unwrap(),
        },
        RatingError::NoProfileId,
        RatingError::NoItems { file: file() },
    ];
    for kind in [RatingKind::Request, RatingKind::Rating] {
        errors.extend([
            RatingError::Empty { file: file(), kind },
            RatingError::WrongFormat {
                file: file(),
                kind,
                problem: FormatProblem::NoVersion { version: 1 },
            },
            RatingError::Version {
                file: file(),
                kind,
                version: 3,
            },
        ]);
    }
    for whose in [NameOf::Person, NameOf::Rater] {
        for problem in [
            NameProblem::TooLong { chars: 201 },
            NameProblem::ControlCharacter,
        ] {
            errors.push(RatingError::Name {
                file: file(),
                whose,
                problem,
            });
        }
    }
    for source in answer("backlog-order") {
        errors.push(RatingError::Item {
            file: file(),
            source: source.clone(),
        });
        errors.push(RatingError::Answers {
            file: file(),
            source,
        });
    }
    errors
}

fn storage() -> Vec<StorageError> {
    let path = || PathBuf::from("/home/ana/ana.ron");
    let io = |kind: ErrorKind| std::io::Error::new(kind, "Permission denied (os error 13)");
    vec![
        StorageError::TooLarge {
            path: path(),
            size: Some(900),
            kind: DocumentKind::Team,
        },
        StorageError::Read {
            path: path(),
            source: io(ErrorKind::PermissionDenied),
        },
        StorageError::NotAFile {
            path: path(),
            kind: FileKind::Folder,
        },
        StorageError::NothingWritten {
            path: path(),
            waited: Duration::from_secs(5),
        },
        StorageError::Stalled {
            path: path(),
            received: 12,
            waited: Duration::from_secs(5),
        },
        StorageError::NotReplaceable {
            path: path(),
            kind: FileKind::Pipe,
        },
        StorageError::NotUtf8 {
            path: path(),
            line: 3,
            col: 7,
            byte: 0xa5,
        },
        StorageError::NewerTeamOnDisk {
            path: path(),
            version: 9,
        },
        StorageError::OtherDocument {
            path: path(),
            format: "career-explorer-profile".into(),
        },
        StorageError::NewerOnDisk {
            path: path(),
            version: 9,
        },
        StorageError::ReadOnly { path: path() },
        StorageError::Write {
            path: path(),
            source: io(ErrorKind::PermissionDenied),
        },
        StorageError::SyncFolder {
            path: path(),
            source: io(ErrorKind::Other),
        },
        StorageError::NoDataDir,
        StorageError::Profile(ProfileError::Empty {
            file: "ana.ron".into(),
        }),
        StorageError::Team(TeamError::MissingVersion {
            file: "payments.ron".into(),
        }),
        StorageError::Rating(RatingError::NoItems {
            file: "from-bo.ron".into(),
        }),
    ]
}

fn cases() -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    cases.extend(
        answer("vision-write")
            .into_iter()
            .map(|e| case(e, AnswerError::message)),
    );
    cases.push(case(out_of_range(), TeamProfileError::message));
    cases.extend(members().into_iter().map(|e| case(e, MemberError::message)));
    cases.extend(
        profiles()
            .into_iter()
            .map(|e| case(e, ProfileError::message)),
    );
    cases.extend(teams().into_iter().map(|e| case(e, TeamError::message)));
    cases.extend(ratings().into_iter().map(|e| case(e, RatingError::message)));
    cases.extend(
        storage()
            .into_iter()
            .map(|e| case(e, StorageError::message)),
    );
    cases
}

/// The text without what is quoted from the file (between backticks) or from the system (the
/// I/O detail): what is left must be German.
fn own_words(text: &str) -> String {
    text.split('`')
        .step_by(2)
        .collect::<String>()
        .replace("Permission denied (os error 13)", "")
}

/// `text` with the thousands separators Fluent puts in numbers taken out, as `Display` writes
/// them: "67,108,864" is "67108864".
fn ungrouped(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| {
            let digit = |j: Option<usize>| {
                j.and_then(|j| chars.get(j))
                    .is_some_and(char::is_ascii_digit)
            };
            !(c == ',' && digit(i.checked_sub(1)) && digit(Some(i + 1)))
        })
        .map(|(_, c)| c)
        .collect()
}

#[test]
fn in_english_the_words_are_the_logs_words() {
    let en = Translator::new(Language::English);
    let cases = cases();
    assert!(cases.len() > 80, "only {} cases", cases.len());
    for case in &cases {
        assert_eq!(ungrouped(&(case.message)(&en)), case.display);
    }
}

#[test]
fn in_german_no_english_sentence_is_left() {
    let en = Translator::new(Language::English);
    let de = Translator::new(Language::German);
    for case in cases() {
        let german = (case.message)(&de);
        assert_ne!(german, (case.message)(&en), "not translated");
        let words = own_words(&german);
        for english in [
            " the ", " is ", " not ", " has ", " could ", " must ", " file ",
        ] {
            assert!(
                !format!(" {words} ").contains(english),
                "English {english:?} in: {german}"
            );
        }
    }
}

#[test]
fn a_few_in_german_word_for_word() {
    let de = Translator::new(Language::German);
    assert_eq!(
        out_of_range().message(&de),
        "im Teamprofil ist `teams` 5000; erlaubt sind 1 bis 1000"
    );
    assert_eq!(
        TeamError::Member {
            file: "payments.ron".into(),
            number: 2,
            source: Box::new(MemberError::BlankProfileId { name: "Ana".into() }),
        }
        .message(&de),
        "payments.ron: Mitglied 2: Ana hat keine Profil-ID"
    );
    assert_eq!(
        StorageError::TooLarge {
            path: "big.ron".into(),
            size: Some(16 * 1024 * 1024 + 1),
            kind: DocumentKind::Profile,
        }
        .message(&de),
        "big.ron: die Datei hat 16.777.217 Bytes und ist damit größer als die Grenze von \
         16.777.216 Bytes (16 MiB) für ein Profil; sie wurde nicht gelesen"
    );
}

#[test]
fn staffing_errors_name_the_seat_in_the_language() {
    let de = Translator::new(Language::German);
    let en = Translator::new(Language::English);
    let german = Content::shipped_in(Language::German).unwrap();
    let english = Content::shipped().unwrap();
    let errors = [
        StaffingError::UnknownFramework {
            framework: "kanban".into(),
        },
        StaffingError::NoSuchSeat {
            seat: Seat::ProductOwner(3),
        },
        StaffingError::UnknownMember {
            profile_id: "ana-1".into(),
        },
        StaffingError::SeatPinnedTwice {
            seat: Seat::Combined,
        },
        StaffingError::PersonPinnedTwice { name: "Ana".into() },
        StaffingError::NoFit {
            name: "Ana".into(),
            seat: Seat::ProductManager,
        },
    ];
    for err in &errors {
        let text = err.message(&german.advisor.staffing, &de);
        assert_ne!(text, err.message(&english.advisor.staffing, &en));
        for english in [" the ", " is ", " has ", " seat "] {
            assert!(!format!(" {text} ").contains(english), "{text}");
        }
    }
    let owner = &german.advisor.staffing.owner_seat;
    assert_eq!(
        errors[1].message(&german.advisor.staffing, &de),
        format!(
            "Die Position {owner}\u{a0}3 gibt es nicht mehr; die Empfehlung für dieses Team sieht andere Positionen vor."
        )
    );
}
