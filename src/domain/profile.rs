//! A person's profile: the document Career Explorer opens, edits and saves.
//!
//! On disk a profile is a RON struct that starts with a format tag and a version number,
//! followed by the profile's stable id (once it has been saved), the person's name, their team profile, their quiz answers (complete or not),
//! their past results with dates, and free notes. `docs/profile-format.md` describes every
//! field.
//!
//! This module is pure: it turns text into a validated [`Profile`] and back, and never touches
//! the file system or the clock (`crate::storage` does the files; callers pass dates in).
//!
//! Versions: [`CURRENT_VERSION`] is written. Every older version from [`OLDEST_VERSION`] on is
//! read and migrated to the current shape in memory; the file itself is only rewritten when
//! the user saves. A newer version is refused with the version it needs, so a file written by
//! a newer Career Explorer is never half-read and then overwritten with less than it held.

use std::fmt;

use serde::de::{Error as _, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use time::format_description::well_known::Rfc3339;
use time::{OffsetDateTime, UtcOffset};

use super::advisor::{TeamProfile, TeamProfileError};
use super::content::Content;
use super::data_file::{FormatProblem, RonError, spanned_to_error};
use super::quiz::{AnswerError, AnswerTimes, Answers, QuizResult};
use super::rating::Rating;
use crate::i18n::{Language, Translator};

/// The value of the `format` field of every profile.
pub const FORMAT: &str = "career-explorer-profile";

/// The format version this build writes.
pub const CURRENT_VERSION: u32 = 5;

/// The oldest format version this build still reads (through a migration).
pub const OLDEST_VERSION: u32 = 1;

/// A person's document: who they are, their team, their quiz answers and results, and notes.
///
/// This is the current (version 5) shape; older files are migrated into it when loaded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Profile {
    /// Recognises the same person again (in a team, across renames and copies); `None` until
    /// the profile is first saved, see [`Profile::ensure_id`].
    pub id: Option<ProfileId>,
    /// The person's name, as they wrote it. May be empty.
    pub name: String,
    /// Their team, as described in the team advisor; `None` until they describe one.
    pub team: Option<TeamProfile>,
    /// Their quiz answers so far, complete or not.
    pub answers: Answers,
    /// When each answer was last given; empty for answers given before version 4.
    pub answer_times: AnswerTimes,
    /// The language the newest result was written in: its sentences are in it, so reports of
    /// this profile are written in it too. `None` until a result is recorded.
    pub language: Option<Language>,
    /// Quiz results they kept, oldest first.
    pub results: Vec<PastResult>,
    /// Anything they want to remember.
    pub notes: String,
    /// Other people's ratings of their skills, in the order they were added.
    pub ratings: Vec<Rating>,
}

/// A profile's stable id: 1 to [`ProfileId::MAX_LEN`] ASCII letters, digits and hyphens.
///
/// Opaque: the app makes a random UUID, but any text of that shape is accepted, so an id
/// written by hand or by another tool still loads.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct ProfileId(String);

/// Why a text is not a profile id.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProfileIdError {
    /// The id is the empty string.
    #[error("the profile's `id` is empty; {ID_RULE}")]
    Empty,
    /// The id is longer than [`ProfileId::MAX_LEN`] characters.
    #[error("the profile's `id` is {chars} characters long; {ID_RULE}")]
    TooLong {
        /// How many characters it has.
        chars: usize,
    },
    /// The id holds a character other than an ASCII letter, digit or hyphen.
    #[error("the profile's `id` holds {found:?}, which is not allowed; {ID_RULE}")]
    BadCharacter {
        /// The first such character.
        found: char,
    },
}

/// The shape of an id, in words, for every id error.
const ID_RULE: &str = "an id is 1 to 64 ASCII letters, digits and hyphens";

impl ProfileId {
    /// The longest id, in characters (a UUID has 36).
    pub const MAX_LEN: usize = 64;

    /// `text` as an id, if it has the shape of one.
    pub fn new(text: impl Into<String>) -> Result<Self, ProfileIdError> {
        let text = text.into();
        if text.is_empty() {
            return Err(ProfileIdError::Empty);
        }
        // Checked before the length so that a long text of, say, emoji names its real fault.
        if let Some(found) = text
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == '-'))
        {
            return Err(ProfileIdError::BadCharacter { found });
        }
        // Only ASCII is left, so bytes are characters.
        if text.len() > Self::MAX_LEN {
            return Err(ProfileIdError::TooLong { chars: text.len() });
        }
        Ok(Self(text))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ProfileId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A UUID written the usual way (36 lowercase hex digits and hyphens), always a valid id.
impl From<uuid::Uuid> for ProfileId {
    fn from(uuid: uuid::Uuid) -> Self {
        Self(uuid.hyphenated().to_string())
    }
}

/// Checked while parsing, so a bad id is reported at its line and column.
impl<'de> Deserialize<'de> for ProfileId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::new(text).map_err(D::Error::custom)
    }
}

/// A quiz result and when it was taken.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PastResult {
    /// When the quiz was submitted, written as RFC 3339 (e.g. `2025-03-14T09:30:00+01:00`).
    #[serde(with = "rfc3339_date")]
    pub taken_at: OffsetDateTime,
    /// The scored quiz; self-contained, so it can be shown after the quiz changes.
    pub result: QuizResult,
}

/// Why a profile could not be read or written.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProfileError {
    /// The text is not valid RON for a profile of its version (`file:line:col: message`).
    #[error(transparent)]
    Parse(#[from] RonError),
    /// The file holds nothing but blanks and comments.
    #[error(
        "{file}: the file is empty; a profile starts with `(format: \"{FORMAT}\", version: {CURRENT_VERSION},`"
    )]
    Empty {
        /// File name.
        file: String,
    },
    /// The document has no `format` field, or names another format.
    #[error("{file}: this is not a Career Explorer profile: {problem}")]
    NotAProfile {
        /// File name.
        file: String,
        /// What was found instead.
        problem: FormatProblem,
    },
    /// The document has no `version` field.
    #[error(
        "{file}: the profile has no `version` field; add `version: {CURRENT_VERSION}` after the `format` field"
    )]
    MissingVersion {
        /// File name.
        file: String,
    },
    /// The document was written by a newer Career Explorer.
    #[error(
        "{file}: this profile is in format version {version}, which needs a newer Career Explorer; this one reads format versions {OLDEST_VERSION} to {CURRENT_VERSION}. The file was left unchanged"
    )]
    NewerVersion {
        /// File name.
        file: String,
        /// The version the file declares.
        version: u32,
    },
    /// The document declares a version that never existed.
    #[error(
        "{file}: format version {version} does not exist; profile versions start at {OLDEST_VERSION}"
    )]
    UnknownVersion {
        /// File name.
        file: String,
        /// The version the file declares.
        version: u32,
    },
    /// The team profile holds a number outside its input's range.
    #[error("{file}: {source}")]
    Team {
        /// File name.
        file: String,
        /// What is wrong with it (boxed to keep the error small).
        source: Box<TeamProfileError>,
    },
    /// An answer names an unknown quiz item, or is off the scale.
    #[error("{file}: {source}")]
    Answers {
        /// File name.
        file: String,
        /// Which item, and what is wrong (boxed to keep the error small).
        source: Box<AnswerError>,
    },
    /// A rating's answers name an unknown quiz item, or are off the scale.
    #[error("{file}: rating {number}: {source}")]
    Rating {
        /// File name.
        file: String,
        /// Which rating, counting from 1 in the order of the file.
        number: usize,
        /// Which item, and what is wrong (boxed to keep the error small).
        source: Box<AnswerError>,
    },
    /// The profile could not be written as RON, e.g. a result date outside the years 0 to 9999.
    #[error("the profile could not be written: {message}")]
    Write {
        /// What ron or the date formatter reported.
        message: String,
    },
}

impl ProfileError {
    /// What is wrong, in `tr`'s language, after the file's name as [`fmt::Display`] puts it.
    /// A syntax error stays ron's `file:line:col: message`, untranslated.
    pub fn message(&self, tr: &Translator) -> String {
        let (file, reason) = match self {
            Self::Parse(err) => return err.to_string(),
            Self::Write { message } => {
                return tr.tr_args(
                    "profile-not-written",
                    &[("detail", message.as_str().into())],
                );
            }
            Self::Empty { file } => (
                file,
                tr.tr_args(
                    "profile-empty",
                    &[
                        ("format", FORMAT.into()),
                        ("version", CURRENT_VERSION.into()),
                    ],
                ),
            ),
            Self::NotAProfile { file, problem } => (
                file,
                tr.tr_args(
                    "profile-not-a-profile",
                    &[("problem", problem.message(tr).into())],
                ),
            ),
            Self::MissingVersion { file } => (
                file,
                tr.tr_args(
                    "profile-missing-version",
                    &[("version", CURRENT_VERSION.into())],
                ),
            ),
            Self::NewerVersion { file, version } => (
                file,
                tr.tr_args(
                    "profile-newer-version",
                    &[
                        ("version", (*version).into()),
                        ("oldest", OLDEST_VERSION.into()),
                        ("current", CURRENT_VERSION.into()),
                    ],
                ),
            ),
            Self::UnknownVersion { file, version } => (
                file,
                tr.tr_args(
                    "profile-unknown-version",
                    &[
                        ("version", (*version).into()),
                        ("oldest", OLDEST_VERSION.into()),
                    ],
                ),
            ),
            Self::Team { file, source } => (file, source.message(tr)),
            Self::Answers { file, source } => (file, source.message(tr)),
            Self::Rating {
                file,
                number,
                source,
            } => (
                file,
                tr.tr_args(
                    "profile-rating",
                    &[
                        ("number", (*number).into()),
                        ("reason", source.message(tr).into()),
                    ],
                ),
            ),
        };
        format!("{file}: {reason}")
    }
}

impl Profile {
    /// An empty profile for `name`.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ..Self::default()
        }
    }

    /// Parses, migrates and validates a profile; `file` names it in errors.
    ///
    /// Syntax and type errors come out as `file:line:col: message`; errors found after
    /// parsing (an answer off the scale, an unknown quiz item, a team number out of range, a
    /// version this build cannot read) as `file: message`.
    pub fn from_ron(file: &str, text: &str, content: &Content) -> Result<Self, ProfileError> {
        if text.trim().is_empty() {
            return Err(ProfileError::Empty {
                file: file.to_owned(),
            });
        }
        let version = declared_version(file, text)?;
        let profile = match version {
            1 => parse::<DocumentV1>(file, text)?.migrate(),
            2 => parse::<DocumentV2>(file, text)?.migrate(),
            3 => parse::<DocumentV3>(file, text)?.migrate(),
            4 => parse::<DocumentV4>(file, text)?.migrate(),
            5 => parse::<DocumentV5>(file, text)?.into_profile(),
            v if v > CURRENT_VERSION => {
                return Err(ProfileError::NewerVersion {
                    file: file.to_owned(),
                    version: v,
                });
            }
            v => {
                return Err(ProfileError::UnknownVersion {
                    file: file.to_owned(),
                    version: v,
                });
            }
        };
        profile.validate(file, content)?;
        Ok(profile)
    }

    /// The profile as a current-version RON document, pretty-printed with a stable field
    /// order (answers sorted by item id), so saving twice gives the same bytes.
    ///
    /// Fails only when a result's date cannot be written as RFC 3339 (a year outside 0 to
    /// 9999, or an offset with seconds; [`Profile::record_result`] never stores the latter).
    pub fn to_ron(&self) -> Result<String, ProfileError> {
        let document = DocumentOut {
            format: FORMAT,
            version: CURRENT_VERSION,
            id: self.id.as_ref(),
            name: &self.name,
            team: self.team.as_ref(),
            answers: &self.answers,
            answer_times: &self.answer_times,
            language: self.language,
            results: &self.results,
            notes: &self.notes,
            ratings: &self.ratings,
        };
        let config = ron::ser::PrettyConfig::new()
            .struct_names(false)
            .separate_tuple_members(true);
        let mut text =
            ron::ser::to_string_pretty(&document, config).map_err(|err| ProfileError::Write {
                message: err.to_string(),
            })?;
        text.push('\n');
        Ok(text)
    }

    /// Checks what parsing cannot: team numbers in range, answers naming real items of
    /// `content`'s quiz and on its scale. `file` names the profile in errors.
    pub fn validate(&self, file: &str, content: &Content) -> Result<(), ProfileError> {
        if let Some(team) = &self.team {
            team.validate().map_err(|source| ProfileError::Team {
                file: file.to_owned(),
                source: Box::new(source),
            })?;
        }
        let answers_error = |source| ProfileError::Answers {
            file: file.to_owned(),
            source: Box::new(source),
        };
        self.answers
            .validate(&content.quiz)
            .map_err(answers_error)?;
        self.answer_times
            .validate(&content.quiz, &self.answers)
            .map_err(answers_error)?;
        for (index, rating) in self.ratings.iter().enumerate() {
            rating
                .validate(&content.quiz)
                .map_err(|source| ProfileError::Rating {
                    file: file.to_owned(),
                    number: index + 1,
                    source: Box::new(source),
                })?;
        }
        Ok(())
    }

    /// The profile's id, giving it `new_id()` first if it has none.
    ///
    /// Saving calls this, so a profile gets its id the first time it is written and keeps it
    /// from then on. The id is made by the caller: making a random one needs the operating
    /// system, which this module does not touch.
    pub fn ensure_id(&mut self, new_id: impl FnOnce() -> ProfileId) -> &ProfileId {
        self.id.get_or_insert_with(new_id)
    }

    /// Keeps `result`, taken at `taken_at`, as the newest past result.
    ///
    /// An offset with seconds (only historical local times have one) cannot be written in
    /// RFC 3339, so such a date is kept in UTC instead; the moment is the same.
    /// `language` is the one its sentences were written in; it becomes the profile's language.
    pub fn record_result(
        &mut self,
        result: QuizResult,
        taken_at: OffsetDateTime,
        language: Language,
    ) {
        let taken_at = if taken_at.offset().seconds_past_minute() == 0 {
            taken_at
        } else {
            taken_at
                .checked_to_offset(UtcOffset::UTC)
                .unwrap_or(taken_at)
        };
        self.results.push(PastResult { taken_at, result });
        self.language = Some(language);
    }

    /// The newest past result, if any.
    pub fn latest_result(&self) -> Option<&PastResult> {
        self.results.last()
    }
}

/// The format version `text` declares, if it is a Career Explorer profile of any version.
///
/// Lenient on purpose: it reads only `format` and `version` and returns `None` for anything
/// else. Saving uses it to refuse overwriting a file from a newer Career Explorer.
pub fn peek_version(text: &str) -> Option<u32> {
    let header = parse_header(text).ok()?;
    (header.format.as_deref() == Some(FORMAT))
        .then_some(header.version)
        .flatten()
}

/// How far values may nest. A real profile nests about six levels deep; ron's default limit
/// is kept, and its message replaced, since it advises the programmer, not the user.
const RECURSION_LIMIT: usize = 128;

/// ron as profiles are read: `implicit_some` lets a hand-written file say `team: (...)` as
/// well as `team: Some((...))`; the recursion limit keeps deep nesting from overflowing the
/// stack.
fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_recursion_limit(RECURSION_LIMIT)
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Parses one version's document with positions in errors.
fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, RonError> {
    ron_options()
        .from_str(text)
        .map_err(|err| ron_error(file, &err))
}

/// ron's error as ours, in words meant for the person who opened the file.
fn ron_error(file: &str, err: &ron::error::SpannedError) -> RonError {
    let mut error = spanned_to_error(file, err);
    if err.code == ron::Error::ExceededRecursionLimit {
        error.message = format!(
            "values are nested more than {RECURSION_LIMIT} levels deep here; a profile never nests that deep"
        );
    }
    error
}

/// Reads and writes dates as RFC 3339 text, with a message that shows the expected form. Used
/// with `#[serde(with = "crate::domain::profile::rfc3339_date")]` by every dated record.
pub(crate) mod rfc3339_date {
    use serde::de::Error as _;
    use serde::{Deserialize as _, Deserializer, Serializer};
    use time::OffsetDateTime;

    use super::Rfc3339;

    /// Longest piece of a bad date quoted back in an error.
    const QUOTE_CHARS: usize = 40;

    pub(crate) fn serialize<S: Serializer>(
        date: &OffsetDateTime,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        time::serde::rfc3339::serialize(date, serializer)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<OffsetDateTime, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse(&text).map_err(D::Error::custom)
    }

    /// `text` as a date, or a sentence that quotes it and shows the expected form.
    pub(crate) fn parse(text: &str) -> Result<OffsetDateTime, String> {
        OffsetDateTime::parse(text, &Rfc3339).map_err(|err| {
            let quoted: String = text.chars().take(QUOTE_CHARS).collect();
            let more = if text.chars().nth(QUOTE_CHARS).is_some() {
                "..."
            } else {
                ""
            };
            format!(
                "`{quoted}{more}` is not an RFC 3339 date and time such as `2025-03-14T09:30:00+01:00` ({err})"
            )
        })
    }
}

/// The `format` and `version` fields, read before anything else so each version can be
/// parsed with its own shape. Every other field is skipped here.
#[derive(Deserialize)]
#[serde(rename = "Profile")]
struct Header {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    version: Option<u32>,
}

/// Reads the header; `implicit_some` lets its optional fields be written plainly.
fn parse_header(text: &str) -> Result<Header, ron::error::SpannedError> {
    ron_options().from_str(text)
}

/// Checks the format tag and returns the declared version.
fn declared_version(file: &str, text: &str) -> Result<u32, ProfileError> {
    let header = parse_header(text).map_err(|err| ron_error(file, &err))?;
    if let Some(problem) = FormatProblem::of(header.format.as_deref(), FORMAT) {
        return Err(ProfileError::NotAProfile {
            file: file.to_owned(),
            problem,
        });
    }
    header.version.ok_or_else(|| ProfileError::MissingVersion {
        file: file.to_owned(),
    })
}

/// What version 5 writes; borrows the profile so saving copies nothing.
#[derive(Serialize)]
#[serde(rename = "Profile")]
struct DocumentOut<'a> {
    format: &'static str,
    version: u32,
    id: Option<&'a ProfileId>,
    name: &'a str,
    team: Option<&'a TeamProfile>,
    answers: &'a Answers,
    answer_times: &'a AnswerTimes,
    language: Option<Language>,
    results: &'a [PastResult],
    notes: &'a str,
    ratings: &'a [Rating],
}

/// Version 5, the current format: version 4 and the language the results were written in.
/// Every field but the header may be left out.
#[derive(Deserialize)]
#[serde(rename = "Profile", deny_unknown_fields)]
struct DocumentV5 {
    /// Checked by [`declared_version`].
    #[serde(rename = "format")]
    _format: IgnoredAny,
    /// Checked by [`declared_version`].
    #[serde(rename = "version")]
    _version: IgnoredAny,
    #[serde(default)]
    id: Option<ProfileId>,
    #[serde(default)]
    name: String,
    #[serde(default)]
    team: Option<TeamProfile>,
    #[serde(default, deserialize_with = "unique_answers")]
    answers: Answers,
    #[serde(default)]
    answer_times: AnswerTimes,
    #[serde(default)]
    language: Option<Language>,
    #[serde(default)]
    results: Vec<PastResult>,
    #[serde(default)]
    notes: String,
    #[serde(default)]
    ratings: Vec<Rating>,
}

impl DocumentV5 {
    fn into_profile(self) -> Profile {
        Profile {
            id: self.id,
            name: self.name,
            team: self.team,
            answers: self.answers,
            answer_times: self.answer_times,
            language: self.language,
            results: self.results,
            notes: self.notes,
            ratings: self.ratings,
        }
    }
}

/// Version 4: version 3, when each answer was given, and other people's ratings. Every field but the header may be left out.
#[derive(Deserialize)]
#[serde(rename = "Profile", deny_unknown_fields)]
struct DocumentV4 {
    /// Checked by [`declared_version`].
    #[serde(rename = "format")]
    _format: IgnoredAny,
    /// Checked by [`declared_version`].
    #[serde(rename = "version")]
    _version: IgnoredAny,
    #[serde(default)]
    id: Option<ProfileId>,
    #[serde(default)]
    name: String,
    #[serde(default)]
    team: Option<TeamProfile>,
    #[serde(default, deserialize_with = "unique_answers")]
    answers: Answers,
    #[serde(default)]
    answer_times: AnswerTimes,
    #[serde(default)]
    results: Vec<PastResult>,
    #[serde(default)]
    notes: String,
    #[serde(default)]
    ratings: Vec<Rating>,
}

impl DocumentV4 {
    /// Version 4 -> version 5: nothing is lost or changed; the app spoke only English then, so
    /// any results were written in English.
    fn migrate(self) -> Profile {
        Profile {
            language: english_if_any(&self.results),
            id: self.id,
            name: self.name,
            team: self.team,
            answers: self.answers,
            answer_times: self.answer_times,
            results: self.results,
            notes: self.notes,
            ratings: self.ratings,
        }
    }
}

/// Version 3: version 2 and the profile's id. Every field but the header may be left out.
#[derive(Deserialize)]
#[serde(rename = "Profile", deny_unknown_fields)]
struct DocumentV3 {
    /// Checked by [`declared_version`].
    #[serde(rename = "format")]
    _format: IgnoredAny,
    /// Checked by [`declared_version`].
    #[serde(rename = "version")]
    _version: IgnoredAny,
    #[serde(default)]
    id: Option<ProfileId>,
    #[serde(default)]
    name: String,
    #[serde(default)]
    team: Option<TeamProfile>,
    #[serde(default, deserialize_with = "unique_answers")]
    answers: Answers,
    #[serde(default)]
    results: Vec<PastResult>,
    #[serde(default)]
    notes: String,
}

impl DocumentV3 {
    /// Version 3 -> version 5: nothing is lost or changed. The answers were given before the
    /// app kept their times, so there are none (the rushed-answers check then says nothing),
    /// and there are no ratings yet.
    fn migrate(self) -> Profile {
        Profile {
            id: self.id,
            name: self.name,
            team: self.team,
            answers: self.answers,
            answer_times: AnswerTimes::new(),
            language: english_if_any(&self.results),
            results: self.results,
            notes: self.notes,
            ratings: Vec::new(),
        }
    }
}

/// Version 2: the profile had no id. Every field but the header may be left out.
#[derive(Deserialize)]
#[serde(rename = "Profile", deny_unknown_fields)]
struct DocumentV2 {
    /// Checked by [`declared_version`].
    #[serde(rename = "format")]
    _format: IgnoredAny,
    /// Checked by [`declared_version`].
    #[serde(rename = "version")]
    _version: IgnoredAny,
    #[serde(default)]
    name: String,
    #[serde(default)]
    team: Option<TeamProfile>,
    #[serde(default, deserialize_with = "unique_answers")]
    answers: Answers,
    #[serde(default)]
    results: Vec<PastResult>,
    #[serde(default)]
    notes: String,
}

/// The language of results written before version 5: the app spoke only English then.
fn english_if_any(results: &[PastResult]) -> Option<Language> {
    (!results.is_empty()).then_some(Language::English)
}

/// Reads the answers map, refusing an item answered twice: a plain map would silently keep
/// the last answer, hiding a mistake in a hand-edited file.
pub(crate) fn unique_answers<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Answers, D::Error> {
    struct AnswersVisitor;

    impl<'de> Visitor<'de> for AnswersVisitor {
        type Value = Answers;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a map from quiz item ids to answers from 0 to 4")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Answers, A::Error> {
            let mut answers = Answers::new();
            while let Some((item, value)) = map.next_entry::<String, u8>()? {
                if answers.get(&item).is_some() {
                    return Err(A::Error::custom(format!(
                        "quiz item `{item}` is answered more than once"
                    )));
                }
                answers.set(item, value);
            }
            Ok(answers)
        }
    }

    deserializer.deserialize_map(AnswersVisitor)
}

impl DocumentV2 {
    /// Version 2 -> version 5: no id yet; the profile gets one when it is next saved, so
    /// merely opening a file never gives it an id that is not on disk. As from version 3, no
    /// answer times and no ratings.
    fn migrate(self) -> Profile {
        Profile {
            id: None,
            name: self.name,
            team: self.team,
            answers: self.answers,
            answer_times: AnswerTimes::new(),
            language: english_if_any(&self.results),
            results: self.results,
            notes: self.notes,
            ratings: Vec::new(),
        }
    }
}

/// Version 1, written by the first releases: every profile had a team (the form's defaults
/// until edited), and only the latest quiz result was kept.
#[derive(Deserialize)]
#[serde(rename = "Profile", deny_unknown_fields)]
struct DocumentV1 {
    /// Checked by [`declared_version`].
    #[serde(rename = "format")]
    _format: IgnoredAny,
    /// Checked by [`declared_version`].
    #[serde(rename = "version")]
    _version: IgnoredAny,
    #[serde(default)]
    name: String,
    #[serde(default)]
    team: TeamProfile,
    #[serde(default, deserialize_with = "unique_answers")]
    answers: Answers,
    #[serde(default)]
    last_result: Option<PastResult>,
    #[serde(default)]
    notes: String,
}

impl DocumentV1 {
    /// Version 1 -> version 5: the team becomes optional (a version 1 file always had one, so
    /// it is kept), the single latest result becomes the start of the results history, and,
    /// as from version 2, there is no id until the next save, no answer times and no ratings.
    fn migrate(self) -> Profile {
        Profile {
            id: None,
            name: self.name,
            team: Some(self.team),
            answers: self.answers,
            answer_times: AnswerTimes::new(),
            language: english_if_any(self.last_result.as_slice()),
            results: self.last_result.into_iter().collect(),
            notes: self.notes,
            ratings: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use proptest::prelude::*;
    use time::macros::datetime;

    use super::*;
    use crate::domain::advisor::Research;
    use crate::domain::quiz::score_partial;

    fn content() -> &'static Content {
        static CONTENT: OnceLock<Content> = OnceLock::new();
        CONTENT.get_or_init(|| Content::shipped().unwrap())
    }

    fn load(text: &str) -> Result<Profile, ProfileError> {
        Profile::from_ron("p.ron", text, content())
    }

    fn sample() -> Profile {
        let mut answers = Answers::new();
        answers.set("vision-write", 3);
        answers.set("backlog-interest", 4);
        let result = score_partial(&content().quiz, &answers).unwrap();
        let mut profile = Profile {
            id: Some(ProfileId::new("0b6f5e9e-3c0a-4d7e-9b61-2f8c4a1d7e53").unwrap()),
            name: "Ana \"Ana\" Díaz\n".to_owned(),
            team: Some(TeamProfile {
                engineers: 40,
                teams: 4,
                research: Research::FullTime,
                ..TeamProfile::default()
            }),
            answers,
            answer_times: AnswerTimes::new(),
            language: None,
            results: Vec::new(),
            notes: "line one\nline two\t\\ and a \u{1F600}".to_owned(),
            ratings: Vec::new(),
        };
        profile
            .answer_times
            .set("vision-write", datetime!(2025-03-14 09:29:41.5 +01:00));
        profile
            .answer_times
            .set("backlog-interest", datetime!(2025-03-14 09:29:50 +01:00));
        let mut rated = Answers::new();
        rated.set("vision-write", 2);
        profile.ratings.push(Rating {
            rater: Some("Sam \"the rater\" Lee".to_owned()),
            rated_at: datetime!(2025-03-20 16:00:00 UTC),
            answers: rated,
        });
        profile.record_result(
            result,
            datetime!(2025-03-14 09:30:00.123 +01:00),
            Language::English,
        );
        profile
    }

    #[test]
    fn round_trip_keeps_everything() {
        let profile = sample();
        let text = profile.to_ron().unwrap();
        assert!(text.starts_with(
            "(\n    format: \"career-explorer-profile\",\n    version: 5,\n    id: Some(\"0b6f5e9e-3c0a-4d7e-9b61-2f8c4a1d7e53\"),\n    name: "
        ));
        assert!(
            text.contains("taken_at: \"2025-03-14T09:30:00.123+01:00\""),
            "{text}"
        );
        assert_eq!(load(&text).unwrap(), profile);
        // Stable: writing the loaded profile again gives the same bytes.
        assert_eq!(load(&text).unwrap().to_ron().unwrap(), text);
    }

    #[test]
    fn only_the_header_is_required() {
        let profile =
            load(r#"(format: "career-explorer-profile", version: 3, name: "Bo")"#).unwrap();
        assert_eq!(profile, Profile::new("Bo"));
        // `Some(...)` may be left out around the team.
        let plain = load(
            r#"(format: "career-explorer-profile", version: 3, team: (engineers: 12), results: [])"#,
        )
        .unwrap();
        assert_eq!(plain.team.map(|t| t.engineers), Some(12));
        // ron's optional struct name is allowed, if it is the right one.
        let named = load(r#"Profile(format: "career-explorer-profile", version: 3)"#).unwrap();
        assert_eq!(named, Profile::default());
        let err = load(r#"Report(format: "career-explorer-profile", version: 2)"#).unwrap_err();
        assert!(matches!(err, ProfileError::Parse(_)), "{err}");
    }

    #[test]
    fn version_1_migrates() {
        let text = r#"(
            format: "career-explorer-profile",
            version: 1,
            name: "Old",
            team: (engineers: 300, teams: 12),
            answers: {"vision-write": 2},
            notes: "kept",
        )"#;
        let profile = load(text).unwrap();
        assert_eq!(profile.name, "Old");
        let team = profile.team.as_ref().unwrap();
        assert_eq!((team.engineers, team.teams), (300, 12));
        assert_eq!(team.switching, TeamProfile::default().switching);
        assert_eq!(profile.answers.get("vision-write"), Some(2));
        assert!(profile.results.is_empty());
        assert_eq!(profile.notes, "kept");
        assert_eq!(profile.id, None, "no id until the next save");
        // Saving writes the current version, with no id until one is given.
        let saved = profile.to_ron().unwrap();
        assert!(saved.contains("version: 5,\n    id: None,\n"), "{saved}");
    }

    /// A current profile without answer times, ratings or a language, written as version 3.
    fn without_version_4_fields(text: &str) -> String {
        let text = text
            .replace("version: 5,", "version: 3,")
            .replace("    language: None,\n", "")
            .replace("    language: Some(en),\n", "")
            .replace("    answer_times: {},\n", "")
            .replace("    ratings: [],\n", "");
        assert!(
            !text.contains("answer_times")
                && !text.contains("ratings:")
                && !text.contains("language:"),
            "{text}"
        );
        text
    }

    #[test]
    fn version_3_migrates_with_no_times_and_no_ratings() {
        let mut expected = sample();
        expected.answer_times = AnswerTimes::new();
        expected.ratings.clear();
        let text = without_version_4_fields(&expected.to_ron().unwrap());
        let profile = load(&text).unwrap();
        assert_eq!(profile, expected);
        // The version 4 fields are refused in a version 3 file, as any unknown field is.
        let err = load(&text.replace("    notes:", "    ratings: [],\n    notes:")).unwrap_err();
        assert!(
            err.to_string().contains("Unexpected field named `ratings`"),
            "{err}"
        );
        // Saving writes the current version, with empty times and ratings.
        let saved = profile.to_ron().unwrap();
        assert!(saved.contains("version: 5,"), "{saved}");
        assert!(saved.contains("    answer_times: {},\n"), "{saved}");
        assert!(saved.contains("    ratings: [],\n"), "{saved}");
    }

    #[test]
    fn version_4_migrates_with_its_results_in_english() {
        // A version 4 fixture with a result, kept to prove this migration.
        let text = include_str!("../../tests/data/profiles/complete.ron");
        assert_eq!(peek_version(text), Some(4), "the fixture stays version 4");
        let profile = load(text).unwrap();
        assert!(!profile.results.is_empty(), "the fixture has results");
        assert_eq!(profile.language, Some(Language::English));
        // Without results there is no language yet.
        let bare = load(r#"(format: "career-explorer-profile", version: 4, name: "Bo")"#).unwrap();
        assert_eq!(bare.language, None);
        // `language` is a version 5 field: refused in a version 4 file.
        let err = load(r#"(format: "career-explorer-profile", version: 4, language: Some(de))"#)
            .unwrap_err();
        assert!(
            err.to_string()
                .contains("Unexpected field named `language`"),
            "{err}"
        );
        // Saving writes version 5 with the language.
        let saved = profile.to_ron().unwrap();
        assert!(saved.contains("version: 5,"), "{saved}");
        assert!(saved.contains("    language: Some(en),\n"), "{saved}");
    }

    #[test]
    fn the_language_of_the_newest_result_is_kept_and_read_back() {
        let mut profile = sample();
        let result = score_partial(&content().quiz, &profile.answers).unwrap();
        profile.record_result(
            result.clone(),
            datetime!(2026-11-29 09:00 UTC),
            Language::English,
        );
        profile.record_result(result, datetime!(2026-11-29 10:00 UTC), Language::German);
        assert_eq!(profile.language, Some(Language::German), "the newest one's");
        let text = profile.to_ron().unwrap();
        assert!(text.contains("    language: Some(de),\n"), "{text}");
        assert_eq!(load(&text).unwrap(), profile);
        // Written by hand without `Some`, and a language this build does not have.
        let plain =
            load(r#"(format: "career-explorer-profile", version: 5, language: de)"#).unwrap();
        assert_eq!(plain.language, Some(Language::German));
        let err =
            load(r#"(format: "career-explorer-profile", version: 5, language: fr)"#).unwrap_err();
        assert!(err.to_string().starts_with("p.ron:1:"), "{err}");
        assert!(err.to_string().contains("fr"), "{err}");
    }

    #[test]
    fn answer_times_must_belong_to_answered_items_and_be_dates() {
        let with_times = |times: &str| {
            load(&format!(
                r#"(format: "career-explorer-profile", version: 4, answers: {{"vision-write": 2}}, answer_times: {times})"#
            ))
        };
        let ok = with_times(r#"{"vision-write": "2026-11-28T10:00:03.25Z"}"#).unwrap();
        assert_eq!(
            ok.answer_times.get("vision-write"),
            Some(datetime!(2026-11-28 10:00:03.25 UTC))
        );
        let err = with_times(r#"{"review-demo": "2026-11-28T10:00:03Z"}"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "p.ron: `answer_times` gives a time for quiz item `review-demo`, which has no answer; remove that time or answer the item"
        );
        let err = with_times(r#"{"vision-write": "yesterday"}"#).unwrap_err();
        assert!(err.to_string().starts_with("p.ron:1:"), "{err}");
        assert!(
            err.to_string().contains("`yesterday` is not an RFC 3339"),
            "{err}"
        );
        let err = with_times(
            r#"{"vision-write": "2026-11-28T10:00:03Z", "vision-write": "2026-11-28T10:00:04Z"}"#,
        )
        .unwrap_err();
        assert!(
            err.to_string().contains("more than one answer time"),
            "{err}"
        );
    }

    #[test]
    fn version_2_migrates_without_an_id() {
        let mut expected = sample();
        expected.answer_times = AnswerTimes::new();
        expected.ratings.clear();
        let text = without_version_4_fields(&expected.to_ron().unwrap())
            .replace("version: 3,", "version: 2,")
            .replace(
                "    id: Some(\"0b6f5e9e-3c0a-4d7e-9b61-2f8c4a1d7e53\"),\n",
                "",
            );
        assert!(!text.contains("\n    id:"), "{text}");
        let profile = load(&text).unwrap();
        expected.id = None;
        assert_eq!(profile, expected);
        // A version 2 file cannot carry an id: it did not exist then.
        let err =
            load(r#"(format: "career-explorer-profile", version: 2, id: "abc")"#).unwrap_err();
        assert!(matches!(err, ProfileError::Parse(_)), "{err}");
        assert!(err.to_string().contains("`id`"), "{err}");
    }

    #[test]
    fn ensure_id_gives_one_once_and_keeps_it() {
        let mut profile = Profile::new("Bo");
        let first = profile
            .ensure_id(|| ProfileId::new("first").unwrap())
            .clone();
        assert_eq!(first.as_str(), "first");
        let again = profile.ensure_id(|| ProfileId::new("second").unwrap());
        assert_eq!(again, &first, "an id, once given, is kept");
        assert_eq!(profile.id, Some(first));
    }

    #[test]
    fn ids_have_a_checked_shape() {
        let uuid = "0b6f5e9e-3c0a-4d7e-9b61-2f8c4a1d7e53";
        assert_eq!(ProfileId::new(uuid).unwrap().as_str(), uuid);
        assert!(ProfileId::new("x".repeat(ProfileId::MAX_LEN)).is_ok());
        assert_eq!(ProfileId::new(""), Err(ProfileIdError::Empty));
        assert_eq!(
            ProfileId::new("x".repeat(ProfileId::MAX_LEN + 1)),
            Err(ProfileIdError::TooLong { chars: 65 })
        );
        for (text, found) in [
            ("a b", ' '),
            ("a/b", '/'),
            ("é", 'é'),
            ("a_b", '_'),
            ("a\n", '\n'),
        ] {
            assert_eq!(
                ProfileId::new(text),
                Err(ProfileIdError::BadCharacter { found }),
                "{text:?}"
            );
        }
        assert!(ID_RULE.contains(&ProfileId::MAX_LEN.to_string()));
        // In a file, a bad id is reported where it is.
        let err =
            load("(\n  format: \"career-explorer-profile\",\n  version: 3,\n  id: \"a/b\",\n)")
                .unwrap_err();
        assert!(err.to_string().starts_with("p.ron:4:"), "{err}");
        assert!(
            err.to_string()
                .contains("the profile's `id` holds '/', which is not allowed"),
            "{err}"
        );
        // `Some(...)` may be left out around it, like around the team.
        let plain = load(r#"(format: "career-explorer-profile", version: 3, id: "abc")"#).unwrap();
        assert_eq!(plain.id.map(|id| id.to_string()), Some("abc".to_owned()));
    }

    #[test]
    fn version_1_last_result_becomes_history() {
        let sample = sample();
        let past = sample.latest_result().unwrap();
        let result = ron::ser::to_string(&past).unwrap();
        let text = format!(
            r#"(format: "career-explorer-profile", version: 1, name: "x", last_result: Some({result}))"#
        );
        let profile = load(&text).unwrap();
        assert_eq!(profile.results, vec![past.clone()]);
        assert_eq!(profile.team, Some(TeamProfile::default()));
    }

    #[test]
    fn version_1_has_no_version_2_fields() {
        let err =
            load(r#"(format: "career-explorer-profile", version: 1, results: [])"#).unwrap_err();
        assert!(matches!(err, ProfileError::Parse(_)), "{err}");
        assert!(err.to_string().starts_with("p.ron:1:"), "{err}");
        assert!(err.to_string().contains("results"), "{err}");
    }

    #[test]
    fn newer_version_is_refused_with_the_version_it_needs() {
        let err =
            load(r#"(format: "career-explorer-profile", version: 6, shiny: true)"#).unwrap_err();
        assert_eq!(
            err,
            ProfileError::NewerVersion {
                file: "p.ron".to_owned(),
                version: 6
            }
        );
        let message = err.to_string();
        assert!(message.starts_with("p.ron: "), "{message}");
        assert!(message.contains("format version 6"), "{message}");
        assert!(
            message.contains("reads format versions 1 to 5"),
            "{message}"
        );
        assert!(message.contains("newer Career Explorer"), "{message}");
    }

    #[test]
    fn empty_files_say_so() {
        for text in ["", "  \n\t\n"] {
            let err = load(text).unwrap_err();
            assert_eq!(
                err,
                ProfileError::Empty {
                    file: "p.ron".to_owned()
                }
            );
        }
    }

    #[test]
    fn bad_dates_show_the_expected_form() {
        let err = load(
            r#"(format: "career-explorer-profile", version: 2, results: [(taken_at: "last Tuesday", result: ())])"#,
        )
        .unwrap_err();
        assert!(err.to_string().starts_with("p.ron:1:"), "{err}");
        assert!(
            err.to_string()
                .contains("`last Tuesday` is not an RFC 3339 date and time such as"),
            "{err}"
        );
    }

    #[test]
    fn version_zero_does_not_exist() {
        let err = load(r#"(format: "career-explorer-profile", version: 0)"#).unwrap_err();
        assert!(matches!(
            err,
            ProfileError::UnknownVersion { version: 0, .. }
        ));
    }

    #[test]
    fn format_tag_is_checked() {
        let err = load(r#"(format: "something-else", version: 2)"#).unwrap_err();
        assert!(err.to_string().contains("`something-else`"), "{err}");
        let err = load("(version: 2)").unwrap_err();
        assert!(err.to_string().contains("no `format"), "{err}");
        let err = load(r#"(format: "career-explorer-profile")"#).unwrap_err();
        assert_eq!(
            err,
            ProfileError::MissingVersion {
                file: "p.ron".to_owned()
            }
        );
    }

    #[test]
    fn syntax_errors_have_a_position() {
        let err = load("(\n  format: \"career-explorer-profile\",\n  version: 2,\n  name: ,\n)")
            .unwrap_err();
        let ProfileError::Parse(ron) = &err else {
            panic!("{err}");
        };
        assert_eq!(ron.line, 4, "{err}");
        assert!(err.to_string().starts_with("p.ron:4:"), "{err}");
    }

    #[test]
    fn unknown_fields_are_errors_with_a_position() {
        let err = load(
            "(\n  format: \"career-explorer-profile\",\n  version: 2,\n  colour: \"blue\",\n)",
        )
        .unwrap_err();
        assert!(err.to_string().starts_with("p.ron:4:"), "{err}");
        assert!(err.to_string().contains("colour"), "{err}");
    }

    #[test]
    fn answers_are_validated_and_named() {
        let err = load(
            r#"(format: "career-explorer-profile", version: 2, answers: {"vision-write": 5})"#,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "p.ron: the answer to quiz item `vision-write` is 5; answers go from 0 to 4"
        );
        let err =
            load(r#"(format: "career-explorer-profile", version: 2, answers: {"made-up": 1})"#)
                .unwrap_err();
        assert_eq!(
            err.to_string(),
            "p.ron: the answers name quiz item `made-up`, which does not exist"
        );
    }

    #[test]
    fn an_item_answered_twice_is_an_error() {
        let err = load(
            "(\n  format: \"career-explorer-profile\",\n  version: 2,\n  answers: {\n    \"vision-write\": 1,\n    \"vision-write\": 2,\n  },\n)",
        )
        .unwrap_err();
        assert!(err.to_string().starts_with("p.ron:6:"), "{err}");
        assert!(
            err.to_string()
                .contains("quiz item `vision-write` is answered more than once"),
            "{err}"
        );
    }

    #[test]
    fn team_is_validated() {
        let err =
            load(r#"(format: "career-explorer-profile", version: 2, team: Some((engineers: 0)))"#)
                .unwrap_err();
        assert_eq!(
            err.to_string(),
            "p.ron: the team profile's `engineers` is 0; it must be from 1 to 100000"
        );
    }

    /// Deep nesting must end in an error, not a stack overflow: ron's recursion limit guards
    /// typed fields, skipped fields (the header pass) and options alike.
    #[test]
    fn deep_nesting_is_an_error() {
        let depth = 100_000;
        let wrap = |open: &str, close: &str, inner: &str| {
            format!("{}{inner}{}", open.repeat(depth), close.repeat(depth))
        };
        let cases = [
            format!(
                "(format: \"career-explorer-profile\", version: 2, x: {})",
                wrap("[", "]", "")
            ),
            format!(
                "(format: \"career-explorer-profile\", version: 2, x: {})",
                wrap("(", ")", "1")
            ),
            format!(
                "(format: \"career-explorer-profile\", version: 2, x: {})",
                wrap("{1:", "}", "1")
            ),
            format!(
                "(format: \"career-explorer-profile\", version: 2, team: {})",
                wrap("Some(", ")", "()")
            ),
            format!(
                "(version: 2, format: \"career-explorer-profile\", results: [(result: {}, taken_at: \"\")])",
                wrap("(x: ", ")", "1")
            ),
            wrap("(", ")", ""),
            wrap("[", "]", ""),
        ];
        for text in cases {
            let err = load(&text).unwrap_err();
            assert!(matches!(err, ProfileError::Parse(_)), "{err}");
        }
        let err = load(&format!(
            "(format: \"career-explorer-profile\", version: 2, x: {})",
            wrap("[", "]", "")
        ))
        .unwrap_err();
        assert!(
            err.to_string().ends_with(
                "nested more than 128 levels deep here; a profile never nests that deep"
            ),
            "{err}"
        );
    }

    #[test]
    fn record_result_keeps_order_and_the_moment() {
        let mut profile = sample();
        let result = profile.results[0].result.clone();
        let odd = datetime!(1890-01-01 12:00:00 +00:09:21);
        profile.record_result(result, odd, Language::German);
        let stored = profile.latest_result().unwrap().taken_at;
        assert_eq!(stored, odd, "same moment");
        assert_eq!(stored.offset(), UtcOffset::UTC);
        assert_eq!(profile.results.len(), 2);
        assert_eq!(load(&profile.to_ron().unwrap()).unwrap(), profile);
    }

    #[test]
    fn unwritable_dates_are_an_error_not_a_panic() {
        let mut profile = sample();
        profile.results[0].taken_at = datetime!(2000-01-01 00:00 +00:00:01);
        let err = profile.to_ron().unwrap_err();
        assert!(matches!(err, ProfileError::Write { .. }), "{err}");
    }

    #[test]
    fn peek_version_is_lenient() {
        assert_eq!(
            peek_version(r#"(format: "career-explorer-profile", version: 7, anything: [1])"#),
            Some(7)
        );
        assert_eq!(peek_version(r#"(format: "other", version: 7)"#), None);
        assert_eq!(peek_version("not ron"), None);
        assert_eq!(peek_version(""), None);
    }

    fn team() -> impl Strategy<Value = TeamProfile> {
        (
            TeamProfile::ENGINEERS_RANGE,
            TeamProfile::TEAMS_RANGE,
            prop::sample::select(Research::ALL.to_vec()),
            TeamProfile::SCALE_RANGE,
            TeamProfile::SCALE_RANGE,
            TeamProfile::SCALE_RANGE,
        )
            .prop_map(
                |(engineers, teams, research, backlog_complexity, switching, speed_priority)| {
                    TeamProfile {
                        engineers,
                        teams,
                        research,
                        backlog_complexity,
                        switching,
                        speed_priority,
                    }
                },
            )
    }

    fn answers() -> impl Strategy<Value = Answers> {
        let ids: Vec<String> = content()
            .quiz
            .items()
            .iter()
            .map(|i| i.id.clone())
            .collect();
        prop::collection::vec(
            prop::option::of(0..=crate::domain::quiz::MAX_ANSWER),
            ids.len(),
        )
        .prop_map(move |values| {
            ids.iter()
                .zip(values)
                .filter_map(|(id, v)| v.map(|v| (id.clone(), v)))
                .collect()
        })
    }

    /// Any moment whose local date, at any offset, has a four-digit year.
    fn moment() -> impl Strategy<Value = OffsetDateTime> {
        (
            -62_100_000_000_i64..253_300_000_000,
            0_u32..1_000_000_000,
            -(23 * 60 + 59)..=(23 * 60 + 59_i32),
        )
            .prop_map(|(seconds, nanos, offset_minutes)| {
                let offset = UtcOffset::from_whole_seconds(offset_minutes * 60).unwrap();
                (OffsetDateTime::from_unix_timestamp(seconds).unwrap()
                    + time::Duration::nanoseconds(i64::from(nanos)))
                .to_offset(offset)
            })
    }

    fn past_result() -> impl Strategy<Value = PastResult> {
        (answers(), moment()).prop_map(|(answers, taken_at)| PastResult {
            taken_at,
            result: score_partial(&content().quiz, &answers).unwrap(),
        })
    }

    fn rating() -> impl Strategy<Value = Rating> {
        (prop::option::of(any::<String>()), moment(), answers()).prop_map(
            |(rater, rated_at, answers)| Rating {
                rater,
                rated_at,
                // Raters answer skill items only.
                answers: answers
                    .iter()
                    .filter(|(id, _)| {
                        content()
                            .quiz
                            .item(id)
                            .is_some_and(|item| item.kind == crate::domain::quiz::ItemKind::Skill)
                    })
                    .map(|(id, value)| (id.to_owned(), value))
                    .collect(),
            },
        )
    }

    /// Answers with a time for any subset of them.
    fn timed_answers() -> impl Strategy<Value = (Answers, AnswerTimes)> {
        answers().prop_flat_map(|answers| {
            let n = answers.len();
            (
                Just(answers),
                prop::collection::vec(prop::option::of(moment()), n),
            )
                .prop_map(|(answers, times)| {
                    let mut answer_times = AnswerTimes::new();
                    for ((id, _), at) in answers.iter().zip(times) {
                        if let Some(at) = at {
                            answer_times.set(id, at);
                        }
                    }
                    (answers, answer_times)
                })
        })
    }

    /// Profiles of every shape: with or without an id of any allowed shape, any text in name
    /// and notes (control characters, quotes, emoji), with or without a team, any subset of
    /// answers with times for any subset of those, zero to three results and ratings.
    fn profile() -> impl Strategy<Value = Profile> {
        (
            prop::option::of("[A-Za-z0-9-]{1,64}".prop_map(|id| ProfileId::new(id).unwrap())),
            any::<String>(),
            prop::option::of(team()),
            timed_answers(),
            prop::collection::vec(past_result(), 0..3),
            any::<String>(),
            prop::collection::vec(rating(), 0..3),
            prop::option::of(prop::sample::select(vec![
                Language::English,
                Language::German,
                Language::Pseudo,
            ])),
        )
            .prop_map(
                |(id, name, team, (answers, answer_times), results, notes, ratings, language)| {
                    Profile {
                        id,
                        name,
                        team,
                        answers,
                        answer_times,
                        language,
                        results,
                        notes,
                        ratings,
                    }
                },
            )
    }

    proptest! {
        #[test]
        fn save_then_load_gives_the_same_profile(profile in profile()) {
            let text = profile.to_ron().unwrap();
            prop_assert_eq!(load(&text).unwrap(), profile);
            prop_assert_eq!(peek_version(&text), Some(CURRENT_VERSION));
        }

        /// Adding ratings never loses anything: load, add, save and load again gives the
        /// profile back with the new ratings after the ones it had, and nothing else changed.
        #[test]
        fn adding_ratings_keeps_everything_already_there(
            profile in profile(),
            new in prop::collection::vec(rating(), 1..4),
            again in any::<bool>(),
        ) {
            use crate::domain::rating::{Added, RatingFile};
            let mut original = profile;
            let id = original
                .ensure_id(|| ProfileId::new("rated-1").unwrap())
                .clone();
            let mut loaded = load(&original.to_ron().unwrap()).unwrap();
            prop_assert_eq!(&loaded, &original);
            // Sometimes a rating the profile already has comes back a second time.
            let mut incoming = new;
            if again && let Some(first) = original.ratings.first() {
                incoming.push(first.clone());
            }
            let mut expected = original.clone();
            for rating in incoming {
                let known = expected.ratings.contains(&rating);
                let added = loaded.add_rating(RatingFile {
                    profile_id: id.clone(),
                    name: "Ana".to_owned(),
                    rating: rating.clone(),
                });
                prop_assert_eq!(added, Ok(if known { Added::AlreadyThere } else { Added::New }));
                if !known {
                    expected.ratings.push(rating);
                }
            }
            let reloaded = load(&loaded.to_ron().unwrap()).unwrap();
            prop_assert_eq!(&reloaded.ratings[..original.ratings.len()], &original.ratings[..]);
            prop_assert_eq!(reloaded, expected);
        }
    }
}
