//! Why a team document could not be read or written ([`TeamError`]), why a member could not
//! be added ([`MemberError`]), and why seats could not be filled as asked ([`StaffingError`]).

use super::{CURRENT_VERSION, FORMAT, Seat};
use crate::domain::advisor::StaffingTexts;
use crate::domain::advisor::TeamProfileError;
use crate::domain::data_file::{FormatProblem, RonError};
use crate::i18n::Translator;

/// Why a team document could not be read or written.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TeamError {
    /// The text is not valid RON for a team (`file:line:col: message`).
    #[error(transparent)]
    Parse(#[from] RonError),
    /// The file holds nothing but blanks and comments.
    #[error(
        "{file}: the file is empty; a team starts with `(format: \"{FORMAT}\", version: {CURRENT_VERSION},`"
    )]
    Empty {
        /// File name.
        file: String,
    },
    /// The document has no `format` field, or names another format.
    #[error("{file}: this is not a Career Explorer team: {problem}")]
    NotATeam {
        /// File name.
        file: String,
        /// What was found instead.
        problem: FormatProblem,
    },
    /// The document has no `version` field.
    #[error(
        "{file}: the team has no `version` field; add `version: {CURRENT_VERSION}` after the `format` field"
    )]
    MissingVersion {
        /// File name.
        file: String,
    },
    /// The document was written by a newer Career Explorer.
    #[error(
        "{file}: this team is in format version {version}, which needs a newer Career Explorer; this one reads format version {CURRENT_VERSION}. The file was left unchanged"
    )]
    NewerVersion {
        /// File name.
        file: String,
        /// The version the file declares.
        version: u32,
    },
    /// The document declares a version that never existed.
    #[error("{file}: format version {version} does not exist; team versions start at 1")]
    UnknownVersion {
        /// File name.
        file: String,
        /// The version the file declares.
        version: u32,
    },
    /// The advisor inputs hold a number outside its range.
    #[error("{file}: {source}")]
    Inputs {
        /// File name.
        file: String,
        /// What is wrong with them (boxed to keep the error small).
        source: Box<TeamProfileError>,
    },
    /// The framework is not one the advisor rules have.
    #[error("{file}: the framework `{framework}` does not exist; it must be one of {known}")]
    UnknownFramework {
        /// File name.
        file: String,
        /// The framework id found.
        framework: String,
        /// The ids that exist, e.g. "`scrum`, `safe`, `less`".
        known: String,
    },
    /// A member is not valid.
    #[error("{file}: member {number}: {source}")]
    Member {
        /// File name.
        file: String,
        /// Their position in the list, from 1.
        number: usize,
        /// What is wrong (boxed to keep the error small).
        source: Box<MemberError>,
    },
    /// Two members share a profile id: the same person twice.
    #[error(
        "{file}: the profile id `{profile_id}` is used by two members ({first} and {second}); each person is on a team once"
    )]
    DuplicateMember {
        /// File name.
        file: String,
        /// The repeated id.
        profile_id: String,
        /// The name of the first member with it.
        first: String,
        /// The name of the second.
        second: String,
    },
    /// The team could not be written as RON, e.g. a result date outside the years 0 to 9999.
    #[error("the team could not be written: {message}")]
    Write {
        /// What ron or the date formatter reported.
        message: String,
    },
}

/// Why a member cannot be on a team.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MemberError {
    /// The name is empty or only blanks.
    #[error("the member with profile id `{profile_id}` has no name")]
    BlankName {
        /// Their profile id.
        profile_id: String,
    },
    /// The profile id is empty or only blanks.
    #[error("{name} has no profile id")]
    BlankProfileId {
        /// Their name.
        name: String,
    },
    /// A score in the result snapshot is above 100.
    #[error("{name}'s quiz result has a score of {value}; scores go from 0 to 100")]
    ScoreOutOfRange {
        /// Their name.
        name: String,
        /// The score found.
        value: u8,
    },
}

/// Why the seats could not be filled as asked.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StaffingError {
    /// The team names a framework the advisor rules do not have.
    #[error("the framework `{framework}` does not exist")]
    UnknownFramework {
        /// The framework id.
        framework: String,
    },
    /// A pin names a seat the current advice does not have (it changed since the pin).
    #[error("there is no {seat} seat now; the advice for this team has other seats")]
    NoSuchSeat {
        /// The seat pinned.
        seat: Seat,
    },
    /// A pin names someone who is not on the team.
    #[error("no member has the profile id `{profile_id}`")]
    UnknownMember {
        /// The profile id pinned.
        profile_id: String,
    },
    /// Two pins name the same seat.
    #[error("the {seat} seat is pinned twice; a seat holds one person")]
    SeatPinnedTwice {
        /// The seat.
        seat: Seat,
    },
    /// One person is pinned to two seats.
    #[error("{name} is pinned to two seats; a person holds one seat")]
    PersonPinnedTwice {
        /// Their name.
        name: String,
    },
    /// The person pinned has no fit for the seat's role (no quiz result yet, or a partial one).
    #[error("{name} cannot be pinned to the {seat} seat: their quiz result has no fit for it yet")]
    NoFit {
        /// Their name.
        name: String,
        /// The seat.
        seat: Seat,
    },
}

impl TeamError {
    /// What is wrong, in `tr`'s language, after the file's name as [`std::fmt::Display`] puts
    /// it. A syntax error stays ron's `file:line:col: message`, untranslated.
    pub fn message(&self, tr: &Translator) -> String {
        let (file, reason) = match self {
            Self::Parse(err) => return err.to_string(),
            Self::Write { message } => {
                return tr.tr_args(
                    "team-file-not-written",
                    &[("detail", message.as_str().into())],
                );
            }
            Self::Empty { file } => (
                file,
                tr.tr_args(
                    "team-file-empty",
                    &[
                        ("format", FORMAT.into()),
                        ("version", CURRENT_VERSION.into()),
                    ],
                ),
            ),
            Self::NotATeam { file, problem } => (
                file,
                tr.tr_args(
                    "team-file-not-a-team",
                    &[("problem", problem.message(tr).into())],
                ),
            ),
            Self::MissingVersion { file } => (
                file,
                tr.tr_args(
                    "team-file-missing-version",
                    &[("version", CURRENT_VERSION.into())],
                ),
            ),
            Self::NewerVersion { file, version } => (
                file,
                tr.tr_args(
                    "team-file-newer-version",
                    &[
                        ("version", (*version).into()),
                        ("current", CURRENT_VERSION.into()),
                    ],
                ),
            ),
            Self::UnknownVersion { file, version } => (
                file,
                tr.tr_args(
                    "team-file-unknown-version",
                    &[("version", (*version).into())],
                ),
            ),
            Self::Inputs { file, source } => (file, source.message(tr)),
            Self::UnknownFramework {
                file,
                framework,
                known,
            } => (
                file,
                tr.tr_args(
                    "team-file-unknown-framework",
                    &[
                        ("framework", framework.as_str().into()),
                        ("known", known.as_str().into()),
                    ],
                ),
            ),
            Self::Member {
                file,
                number,
                source,
            } => (
                file,
                tr.tr_args(
                    "team-file-member",
                    &[
                        ("number", (*number).into()),
                        ("reason", source.message(tr).into()),
                    ],
                ),
            ),
            Self::DuplicateMember {
                file,
                profile_id,
                first,
                second,
            } => (
                file,
                tr.tr_args(
                    "team-file-duplicate-member",
                    &[
                        ("id", profile_id.as_str().into()),
                        ("first", first.as_str().into()),
                        ("second", second.as_str().into()),
                    ],
                ),
            ),
        };
        format!("{file}: {reason}")
    }
}

impl MemberError {
    /// Why the member cannot be on a team, in `tr`'s language.
    pub fn message(&self, tr: &Translator) -> String {
        match self {
            Self::BlankName { profile_id } => {
                tr.tr_args("member-blank-name", &[("id", profile_id.as_str().into())])
            }
            Self::BlankProfileId { name } => {
                tr.tr_args("member-blank-profile-id", &[("name", name.as_str().into())])
            }
            Self::ScoreOutOfRange { name, value } => tr.tr_args(
                "member-score-out-of-range",
                &[("name", name.as_str().into()), ("value", (*value).into())],
            ),
        }
    }
}

impl StaffingError {
    /// Why the seats could not be filled as pinned, in `tr`'s language, with seat names from
    /// the advisor rules' `texts`. There is no advice here to count the product owner seats
    /// by, so they are always numbered.
    pub fn message(&self, texts: &StaffingTexts, tr: &Translator) -> String {
        let seat = |seat: &Seat| seat.title_in(texts, u32::MAX, tr);
        match self {
            Self::UnknownFramework { framework } => tr.tr_args(
                "team-error-unknown-framework",
                &[("framework", framework.as_str().into())],
            ),
            Self::NoSuchSeat { seat: s } => {
                tr.tr_args("team-error-no-such-seat", &[("seat", seat(s).into())])
            }
            Self::UnknownMember { profile_id } => tr.tr_args(
                "team-error-unknown-member",
                &[("id", profile_id.as_str().into())],
            ),
            Self::SeatPinnedTwice { seat: s } => {
                tr.tr_args("team-error-seat-pinned-twice", &[("seat", seat(s).into())])
            }
            Self::PersonPinnedTwice { name } => tr.tr_args(
                "team-error-person-pinned-twice",
                &[("name", name.as_str().into())],
            ),
            Self::NoFit { name, seat: s } => tr.tr_args(
                "team-error-no-fit",
                &[("name", name.as_str().into()), ("seat", seat(s).into())],
            ),
        }
    }
}
