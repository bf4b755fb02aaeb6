//! A second opinion: how someone who knows a person's work rated their skills.
//!
//! The loop has three files. The person writes a [`RatingRequest`] (their name, their
//! profile's id and the skill items worded for a rater) and sends it to a colleague; the
//! colleague answers it and writes a [`RatingFile`]; the person adds that to their profile,
//! where it is kept as a [`Rating`] under `ratings` (profile format version 4 on). A rating holds
//! the rater's answers to skill items only, keyed like the person's own answers, and never the
//! person's own answers or notes. [`others_view`] sets the ratings beside the person's result.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::data_file::{FormatProblem, RonError, skip_comments, spanned_to_error};
use super::profile::{Profile, ProfileId};
use super::quiz::{AnswerError, Answers, ItemKind, MAX_ANSWER, Quiz, QuizResult};
use super::template::render_named;
use crate::i18n::Translator;

/// The `format` of a rating request.
pub const REQUEST_FORMAT: &str = "career-explorer-rating-request";
/// The `format` of a rating.
pub const RATING_FORMAT: &str = "career-explorer-rating";
/// The version both files are written in; this build reads version 1 only.
pub const FILE_VERSION: u32 = 1;
/// The longest name a request or rating may carry, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// One rater's answers to the skill items of a person's quiz.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    /// The rater's name; `None` when they chose to stay anonymous.
    pub rater: Option<String>,
    /// When the rater saved their answers, written as RFC 3339.
    #[serde(with = "crate::domain::profile::rfc3339_date")]
    pub rated_at: OffsetDateTime,
    /// Skill item id -> answer from 0 to 4, the same keys as the person's own answers.
    #[serde(deserialize_with = "crate::domain::profile::unique_answers")]
    pub answers: Answers,
}

impl Rating {
    /// Checks that every answer names a skill item of `quiz` and is on the scale.
    pub fn validate(&self, quiz: &Quiz) -> Result<(), AnswerError> {
        self.answers.validate(quiz)?;
        if let Some(id) = self.answers.iter().map(|(id, _)| id).find(|id| {
            quiz.item(id)
                .is_some_and(|item| item.kind != ItemKind::Skill)
        }) {
            return Err(AnswerError::NotRated {
                item: id.to_owned(),
            });
        }
        Ok(())
    }
}

/// One item of a request: its id, and its statement worded for the rater.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestItem {
    /// The skill item's id.
    pub id: String,
    /// Its `rater_text` with the person's name filled in, so the file reads on its own.
    pub text: String,
}

/// What a person sends to a rater: who they are and which items to rate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RatingRequest {
    /// The id of the profile a rating will be added to.
    pub profile_id: ProfileId,
    /// The person's name, as raters see it.
    pub name: String,
    /// The skill items, in the order the quiz asks them.
    pub items: Vec<RequestItem>,
}

/// What a rater sends back: whose profile it is for, and the rating.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RatingFile {
    /// The id of the profile it is for.
    pub profile_id: ProfileId,
    /// The person rated, so a refusal can say whose rating it is.
    pub name: String,
    /// The rater's name, date and answers.
    pub rating: Rating,
}

/// Why a rating request or a rating could not be read, or a rating not added.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RatingError {
    /// The text is not valid RON for the file (`file:line:col: message`).
    #[error(transparent)]
    Parse(#[from] RonError),
    /// The file holds nothing but blanks and comments.
    #[error(
        "{file}: the file is empty; a {} starts with `(format: \"{}\", version: {FILE_VERSION},`",
        .kind.noun(),
        .kind.format()
    )]
    Empty {
        /// File name.
        file: String,
        /// A request or a rating.
        kind: RatingKind,
    },
    /// The document names another format, or none.
    #[error("{file}: this is not a Career Explorer {}: {problem}", .kind.noun())]
    WrongFormat {
        /// File name.
        file: String,
        /// A request or a rating.
        kind: RatingKind,
        /// What was found instead.
        problem: FormatProblem,
    },
    /// A version this build cannot read.
    #[error(
        "{file}: this {} is in format version {version}; this Career Explorer reads version {FILE_VERSION} only. The file was left unchanged",
        .kind.noun()
    )]
    Version {
        /// File name.
        file: String,
        /// A request or a rating.
        kind: RatingKind,
        /// The version the file declares.
        version: u32,
    },
    /// The person's or the rater's name is too long or not one line.
    #[error("{file}: {} {problem}", .whose.noun())]
    Name {
        /// File name.
        file: String,
        /// Whose name.
        whose: NameOf,
        /// What is wrong with it.
        problem: NameProblem,
    },
    /// A request asks about no items.
    #[error("{file}: the rating request lists no items to rate")]
    NoItems {
        /// File name.
        file: String,
    },
    /// A request lists an item twice, an unknown item, or one that is not a skill item.
    #[error("{file}: {source}")]
    Item {
        /// File name.
        file: String,
        /// Which item, and what is wrong.
        source: AnswerError,
    },
    /// A rating's answers name an unknown or interest item, or are off the scale.
    #[error("{file}: {source}")]
    Answers {
        /// File name.
        file: String,
        /// Which item, and what is wrong.
        source: AnswerError,
    },
    /// A rating for another person's profile.
    #[error(
        "this rating is for {name}'s profile (id {id}), not for this one; open {name}'s profile to add it"
    )]
    OtherProfile {
        /// The person the rating is for.
        name: String,
        /// Their profile's id.
        id: ProfileId,
    },
    /// The profile has no id yet, so no rating can name it.
    #[error("this profile has never been saved, so no rating can be for it yet; save it first")]
    NoProfileId,
}

/// The two files of a rating: the request the person sends, the rating that comes back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RatingKind {
    /// A rating request.
    Request,
    /// A rating.
    Rating,
}

impl RatingKind {
    /// Its name in English messages.
    pub const fn noun(self) -> &'static str {
        match self {
            Self::Request => "rating request",
            Self::Rating => "rating",
        }
    }

    /// The `format` its files declare.
    pub const fn format(self) -> &'static str {
        match self {
            Self::Request => REQUEST_FORMAT,
            Self::Rating => RATING_FORMAT,
        }
    }

    /// The Fluent selector value for it.
    const fn selector(self) -> &'static str {
        match self {
            Self::Request => "request",
            Self::Rating => "rating",
        }
    }
}

/// Whose name a [`RatingError::Name`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameOf {
    /// The person rated (the `name` field).
    Person,
    /// The rater.
    Rater,
}

impl NameOf {
    /// The name, in English messages.
    pub const fn noun(self) -> &'static str {
        match self {
            Self::Person => "the person's `name`",
            Self::Rater => "the rater's name",
        }
    }

    /// The Fluent selector value for it.
    const fn selector(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Rater => "rater",
        }
    }
}

/// What is wrong with a name in a rating request or a rating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NameProblem {
    /// Longer than [`MAX_NAME_CHARS`].
    #[error("is {chars} characters long; names may have at most {MAX_NAME_CHARS}")]
    TooLong {
        /// How many characters it has.
        chars: usize,
    },
    /// It holds a control character (a line break, a tab...).
    #[error("holds a control character; names are one line of text")]
    ControlCharacter,
}

impl RatingError {
    /// What is wrong, in `tr`'s language, after the file's name as [`std::fmt::Display`] puts
    /// it. A syntax error stays ron's `file:line:col: message`, untranslated.
    pub fn message(&self, tr: &Translator) -> String {
        let (file, reason) = match self {
            Self::Parse(err) => return err.to_string(),
            Self::OtherProfile { name, id } => {
                return tr.tr_args(
                    "rating-other-profile",
                    &[
                        ("name", name.as_str().into()),
                        ("id", id.to_string().into()),
                    ],
                );
            }
            Self::NoProfileId => return tr.tr("rating-no-profile-id"),
            Self::Empty { file, kind } => (
                file,
                tr.tr_args(
                    "rating-file-empty",
                    &[
                        ("kind", kind.selector().into()),
                        ("format", kind.format().into()),
                        ("version", FILE_VERSION.into()),
                    ],
                ),
            ),
            Self::WrongFormat {
                file,
                kind,
                problem,
            } => (
                file,
                tr.tr_args(
                    "rating-file-wrong-format",
                    &[
                        ("kind", kind.selector().into()),
                        ("problem", problem.message(tr).into()),
                    ],
                ),
            ),
            Self::Version {
                file,
                kind,
                version,
            } => (
                file,
                tr.tr_args(
                    "rating-file-version",
                    &[
                        ("kind", kind.selector().into()),
                        ("version", (*version).into()),
                        ("current", FILE_VERSION.into()),
                    ],
                ),
            ),
            Self::Name {
                file,
                whose,
                problem,
            } => (file, name_problem(tr, *whose, *problem)),
            Self::NoItems { file } => (file, tr.tr("rating-file-no-items")),
            Self::Item { file, source } | Self::Answers { file, source } => {
                (file, source.message(tr))
            }
        };
        format!("{file}: {reason}")
    }
}

/// [`RatingError::Name`]'s reason in `tr`'s language.
fn name_problem(tr: &Translator, whose: NameOf, problem: NameProblem) -> String {
    match problem {
        NameProblem::TooLong { chars } => tr.tr_args(
            "rating-file-name-too-long",
            &[
                ("whose", whose.selector().into()),
                ("chars", chars.into()),
                ("max", MAX_NAME_CHARS.into()),
            ],
        ),
        NameProblem::ControlCharacter => tr.tr_args(
            "rating-file-name-control",
            &[("whose", whose.selector().into())],
        ),
    }
}

/// What adding a rating did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Added {
    /// The rating is now in the profile.
    New,
    /// The same rating was already there; nothing changed.
    AlreadyThere,
}

impl RatingRequest {
    /// The request for `profile`, which must have an id: every skill item of `quiz`, worded
    /// for a rater with the person's name.
    pub fn for_profile(profile: &Profile, quiz: &Quiz) -> Result<Self, RatingError> {
        let profile_id = profile.id.clone().ok_or(RatingError::NoProfileId)?;
        let name = display_name(&profile.name, &quiz.data().words.someone).to_owned();
        let items = quiz
            .items()
            .iter()
            .filter_map(|item| {
                let text = item.rater_text.as_deref()?;
                Some(RequestItem {
                    id: item.id.clone(),
                    text: sentence_case(&render_named(text, &[("name", &name)])),
                })
            })
            .collect();
        Ok(Self {
            profile_id,
            name,
            items,
        })
    }

    /// Parses and checks a request against `quiz`; `file` names it in errors.
    pub fn from_ron(file: &str, text: &str, quiz: &Quiz) -> Result<Self, RatingError> {
        check_header(file, text, RatingKind::Request)?;
        let doc: RequestDocument = parse(file, text)?;
        check_name(file, &doc.name, NameOf::Person)?;
        if doc.items.is_empty() {
            return Err(RatingError::NoItems {
                file: file.to_owned(),
            });
        }
        let mut seen = std::collections::BTreeSet::new();
        for item in &doc.items {
            let problem = if !seen.insert(item.id.as_str()) {
                Some(AnswerError::Repeated {
                    item: item.id.clone(),
                })
            } else {
                match quiz.item(&item.id) {
                    None => Some(AnswerError::UnknownItem {
                        item: item.id.clone(),
                    }),
                    Some(found) if found.kind != ItemKind::Skill => Some(AnswerError::NotRated {
                        item: item.id.clone(),
                    }),
                    Some(_) => None,
                }
            };
            if let Some(source) = problem {
                return Err(RatingError::Item {
                    file: file.to_owned(),
                    source,
                });
            }
        }
        Ok(Self {
            profile_id: doc.profile_id,
            name: doc.name,
            items: doc.items,
        })
    }

    /// The request as a RON document.
    pub fn to_ron(&self) -> String {
        let doc = RequestOut {
            format: REQUEST_FORMAT,
            version: FILE_VERSION,
            profile_id: &self.profile_id,
            name: &self.name,
            items: &self.items,
        };
        pretty(&doc)
    }
}

impl RatingFile {
    /// Parses and checks a rating against `quiz`; `file` names it in errors.
    pub fn from_ron(file: &str, text: &str, quiz: &Quiz) -> Result<Self, RatingError> {
        check_header(file, text, RatingKind::Rating)?;
        let doc: RatingDocument = parse(file, text)?;
        check_name(file, &doc.name, NameOf::Person)?;
        let rater = match doc.rater {
            Some(rater) if rater.trim().is_empty() => None,
            Some(rater) => {
                check_name(file, &rater, NameOf::Rater)?;
                Some(rater)
            }
            None => None,
        };
        let rating = Rating {
            rater,
            rated_at: doc.rated_at,
            answers: doc.answers,
        };
        rating
            .validate(quiz)
            .map_err(|source| RatingError::Answers {
                file: file.to_owned(),
                source,
            })?;
        Ok(Self {
            profile_id: doc.profile_id,
            name: doc.name,
            rating,
        })
    }

    /// The rating as a RON document.
    pub fn to_ron(&self) -> String {
        let doc = RatingOut {
            format: RATING_FORMAT,
            version: FILE_VERSION,
            profile_id: &self.profile_id,
            name: &self.name,
            rater: self.rating.rater.as_deref(),
            rated_at: &self.rating.rated_at,
            answers: &self.rating.answers,
        };
        pretty(&doc)
    }
}

impl Profile {
    /// Adds `file`'s rating, if it is for this profile. Nothing else in the profile changes;
    /// adding a rating that is already there changes nothing at all.
    pub fn add_rating(&mut self, file: RatingFile) -> Result<Added, RatingError> {
        let id = self.id.as_ref().ok_or(RatingError::NoProfileId)?;
        if *id != file.profile_id {
            return Err(RatingError::OtherProfile {
                name: file.name,
                id: file.profile_id,
            });
        }
        if self.ratings.contains(&file.rating) {
            return Ok(Added::AlreadyThere);
        }
        self.ratings.push(file.rating);
        Ok(Added::New)
    }
}

/// The name raters see: the profile's name, or `someone` (the content's "this person") when
/// it is blank.
pub fn display_name<'a>(name: &'a str, someone: &'a str) -> &'a str {
    let name = name.trim();
    if name.is_empty() { someone } else { name }
}

/// `text` with its first letter in upper case, for a sentence that starts with a placeholder.
fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// What others said about one responsibility, beside the person's own skill score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OthersRow {
    /// Responsibility id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// The person's own skill score, 0-100, from the result shown.
    pub own: Option<u8>,
    /// The others' average skill score, 0-100; `None` when no rater answered its items.
    pub others: Option<u8>,
    /// The lowest and highest rater's score, 0-100: how far the raters agree.
    pub spread: Option<(u8, u8)>,
    /// How many raters answered at least one of its items.
    pub raters: usize,
    /// A blind spot or a hidden strength, when the gap is large enough.
    pub gap: Option<Gap>,
}

/// A large gap between the person's view and the others'.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// The person rates themselves well above what others saw.
    BlindSpot,
    /// Others rate the person well above their own view.
    HiddenStrength,
}

/// The ratings set beside a result: one row per responsibility, in the result's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OthersView {
    /// How many ratings there are.
    pub raters: usize,
    /// Whether the raters can stay anonymous: there are at least `rating.anonymous_from`.
    pub anonymous: bool,
    /// One row per responsibility of the result.
    pub rows: Vec<OthersRow>,
}

impl OthersView {
    /// The sentences to show: one per blind spot or hidden strength (or that there are none),
    /// then the anonymity warning when it applies. Empty when there are no ratings.
    pub fn sentences(&self, quiz: &Quiz) -> Vec<String> {
        let rules = &quiz.data().rating;
        if self.raters == 0 {
            return Vec::new();
        }
        let mut lines: Vec<String> = self
            .rows
            .iter()
            .filter_map(|row| {
                let template = match row.gap? {
                    Gap::BlindSpot => &rules.blind_spot,
                    Gap::HiddenStrength => &rules.hidden_strength,
                };
                Some(render_named(
                    template,
                    &[
                        ("responsibility", &row.title),
                        ("self", &row.own?.to_string()),
                        ("others", &row.others?.to_string()),
                    ],
                ))
            })
            .collect();
        if lines.is_empty() {
            lines.push(render_named(
                &rules.no_gaps,
                &[("gap", &points(rules.gap).to_string())],
            ));
        }
        if !self.anonymous {
            lines.push(render_named(
                &rules.not_anonymous,
                &[("needed", &rules.anonymous_from.to_string())],
            ));
        }
        lines
    }
}

/// A gap of `gap` answer points, on the 0-100 scale of scores.
fn points(gap: u8) -> u16 {
    u16::from(gap) * 100 / u16::from(MAX_ANSWER)
}

/// Sets `ratings` beside `result`, one row per responsibility.
///
/// Each row has the others' average skill score (each rater's average over the items they
/// answered, averaged over raters), their spread, and whether the gap to the person's own
/// score makes a blind spot or a hidden strength.
pub fn others_view(quiz: &Quiz, result: &QuizResult, ratings: &[Rating]) -> OthersView {
    let rules = &quiz.data().rating;
    let gap = f64::from(points(rules.gap));
    let rows = result
        .responsibilities
        .iter()
        .map(|score| {
            let per_rater: Vec<f64> = ratings
                .iter()
                .filter_map(|rating| rater_score(quiz, &score.id, &rating.answers))
                .collect();
            let mean = (!per_rater.is_empty())
                .then(|| per_rater.iter().sum::<f64>() / per_rater.len() as f64);
            let low = per_rater.iter().copied().fold(f64::INFINITY, f64::min);
            let high = per_rater.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let row_gap = match (score.skill, mean) {
                (Some(own), Some(others)) if f64::from(own) - others >= gap => Some(Gap::BlindSpot),
                (Some(own), Some(others)) if others - f64::from(own) >= gap => {
                    Some(Gap::HiddenStrength)
                }
                _ => None,
            };
            OthersRow {
                id: score.id.clone(),
                title: score.title.clone(),
                own: score.skill,
                others: mean.map(to_score),
                spread: mean.map(|_| (to_score(low), to_score(high))),
                raters: per_rater.len(),
                gap: row_gap,
            }
        })
        .collect();
    OthersView {
        raters: ratings.len(),
        anonymous: ratings.len() >= rules.anonymous_from,
        rows,
    }
}

/// One rater's score for a responsibility, 0-100 as a fraction: the average of their answers
/// to its skill items, or `None` when they answered none.
fn rater_score(quiz: &Quiz, responsibility: &str, answers: &Answers) -> Option<f64> {
    let values: Vec<f64> = quiz
        .items()
        .iter()
        .filter(|item| item.kind == ItemKind::Skill && item.responsibility == responsibility)
        .filter_map(|item| answers.get(&item.id))
        .map(f64::from)
        .collect();
    (!values.is_empty())
        .then(|| values.iter().sum::<f64>() / values.len() as f64 * 100.0 / f64::from(MAX_ANSWER))
}

/// A 0-100 fraction as a whole score.
fn to_score(value: f64) -> u8 {
    // Clamped to 0-100 first, so the cast cannot truncate.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "clamped to 0-100 just before"
    )]
    let score = value.round().clamp(0.0, 100.0) as u8;
    score
}

/// The rater's and the person's names: not blank (for the person), at most
/// [`MAX_NAME_CHARS`].
fn check_name(file: &str, name: &str, whose: NameOf) -> Result<(), RatingError> {
    let chars = name.chars().count();
    let problem = if chars > MAX_NAME_CHARS {
        NameProblem::TooLong { chars }
    } else if name.chars().any(char::is_control) {
        NameProblem::ControlCharacter
    } else {
        return Ok(());
    };
    Err(RatingError::Name {
        file: file.to_owned(),
        whose,
        problem,
    })
}

/// How far values may nest; a rating nests three levels deep.
const RECURSION_LIMIT: usize = 32;

fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_recursion_limit(RECURSION_LIMIT)
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, RatingError> {
    ron_options().from_str(text).map_err(|err| {
        let mut error = spanned_to_error(file, &err);
        // ron's own message advises the programmer, not the person who opened the file.
        if err.code == ron::Error::ExceededRecursionLimit {
            error.message = format!(
                "values are nested more than {RECURSION_LIMIT} levels deep here; a rating request or a rating never nests that deep"
            );
        }
        RatingError::Parse(error)
    })
}

/// The `format` and `version` fields, read first so a wrong file or version gets its own
/// message rather than a field error.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    version: Option<u32>,
}

fn check_header(file: &str, text: &str, kind: RatingKind) -> Result<(), RatingError> {
    if skip_comments(text).is_empty() {
        return Err(RatingError::Empty {
            file: file.to_owned(),
            kind,
        });
    }
    let header: Header = parse(file, text)?;
    if let Some(problem) = FormatProblem::of(header.format.as_deref(), kind.format()) {
        return Err(RatingError::WrongFormat {
            file: file.to_owned(),
            kind,
            problem,
        });
    }
    match header.version {
        Some(FILE_VERSION) => Ok(()),
        Some(version) => Err(RatingError::Version {
            file: file.to_owned(),
            kind,
            version,
        }),
        None => Err(RatingError::WrongFormat {
            file: file.to_owned(),
            kind,
            problem: FormatProblem::NoVersion {
                version: FILE_VERSION,
            },
        }),
    }
}

fn pretty<T: Serialize>(doc: &T) -> String {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .separate_tuple_members(true);
    // Only strings, numbers and maps of them: writing cannot fail.
    let mut text = ron::ser::to_string_pretty(doc, config).unwrap_or_default();
    text.push('\n');
    text
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RequestDocument {
    #[expect(dead_code, reason = "checked by the header")]
    format: String,
    #[expect(dead_code, reason = "checked by the header")]
    version: u32,
    profile_id: ProfileId,
    name: String,
    items: Vec<RequestItem>,
}

#[derive(Serialize)]
struct RequestOut<'a> {
    format: &'static str,
    version: u32,
    profile_id: &'a ProfileId,
    name: &'a str,
    items: &'a [RequestItem],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RatingDocument {
    #[expect(dead_code, reason = "checked by the header")]
    format: String,
    #[expect(dead_code, reason = "checked by the header")]
    version: u32,
    profile_id: ProfileId,
    name: String,
    #[serde(default)]
    rater: Option<String>,
    #[serde(with = "crate::domain::profile::rfc3339_date")]
    rated_at: OffsetDateTime,
    #[serde(default, deserialize_with = "crate::domain::profile::unique_answers")]
    answers: Answers,
}

#[derive(Serialize)]
struct RatingOut<'a> {
    format: &'static str,
    version: u32,
    profile_id: &'a ProfileId,
    name: &'a str,
    rater: Option<&'a str>,
    #[serde(with = "crate::domain::profile::rfc3339_date")]
    rated_at: &'a OffsetDateTime,
    answers: &'a Answers,
}

/// The others' scores per responsibility id, for exports: `(average, low, high, raters)`.
pub fn others_by_id(view: &OthersView) -> BTreeMap<&str, (u8, u8, u8, usize)> {
    view.rows
        .iter()
        .filter_map(|row| {
            let (low, high) = row.spread?;
            Some((row.id.as_str(), (row.others?, low, high, row.raters)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;
    use crate::domain::Content;
    use crate::domain::quiz::score;

    fn content() -> Content {
        Content::shipped().expect("shipped content loads")
    }

    fn profile(quiz: &Quiz, own: u8) -> Profile {
        let mut profile = Profile::new("Priya Raman");
        profile.id = Some(ProfileId::new("priya-1").unwrap());
        profile.answers = quiz.items().iter().map(|i| (i.id.clone(), own)).collect();
        profile
    }

    fn rating_of(request: &RatingRequest, rater: Option<&str>, value: u8) -> RatingFile {
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

    #[test]
    fn a_request_names_every_skill_item_in_the_raters_words() {
        let content = content();
        let quiz = &content.quiz;
        let request = RatingRequest::for_profile(&profile(quiz, 2), quiz).unwrap();
        let skills = quiz
            .items()
            .iter()
            .filter(|i| i.kind == ItemKind::Skill)
            .count();
        assert_eq!(request.items.len(), skills);
        assert!(
            request
                .items
                .iter()
                .all(|i| i.text.starts_with("Priya Raman has")),
            "{:?}",
            request.items[0]
        );
        let text = request.to_ron();
        assert_eq!(
            RatingRequest::from_ron("r.ron", &text, quiz).unwrap(),
            request
        );
        // The person's own answers and notes never travel in a request.
        assert!(
            !text.contains("answers") && !text.contains("notes"),
            "{text}"
        );
    }

    #[test]
    fn a_request_for_a_profile_without_a_name_asks_about_this_person_in_its_language() {
        let german = Content::shipped_in(crate::i18n::Language::German).unwrap();
        let mut unnamed = profile(&german.quiz, 2);
        unnamed.name = "  ".into();
        let request = RatingRequest::for_profile(&unnamed, &german.quiz).unwrap();
        assert!(
            request
                .items
                .iter()
                .all(|i| i.text.starts_with("Diese Person ")),
            "{:?}",
            request.items[0]
        );
        let english = RatingRequest::for_profile(&unnamed, &content().quiz).unwrap();
        assert!(
            english.items[0].text.starts_with("This person has "),
            "{:?}",
            english.items[0]
        );
    }

    #[test]
    fn a_profile_never_saved_has_no_request() {
        let content = content();
        let mut unsaved = profile(&content.quiz, 2);
        unsaved.id = None;
        assert_eq!(
            RatingRequest::for_profile(&unsaved, &content.quiz),
            Err(RatingError::NoProfileId)
        );
    }

    #[test]
    fn a_rating_is_added_once_and_only_to_its_own_profile() {
        let content = content();
        let quiz = &content.quiz;
        let mut profile = profile(quiz, 2);
        let request = RatingRequest::for_profile(&profile, quiz).unwrap();
        let rating = rating_of(&request, Some("Sam"), 3);
        let before = profile.clone();
        assert_eq!(profile.add_rating(rating.clone()), Ok(Added::New));
        assert_eq!(profile.add_rating(rating.clone()), Ok(Added::AlreadyThere));
        assert_eq!(profile.ratings.len(), 1);
        // Nothing else changed.
        let mut without = profile.clone();
        without.ratings.clear();
        assert_eq!(without, before);

        let mut other = rating;
        other.profile_id = ProfileId::new("alex-2").unwrap();
        other.name = "Alex Kim".into();
        let err = profile.add_rating(other).unwrap_err();
        assert!(err.to_string().contains("Alex Kim's profile"), "{err}");
        assert_eq!(profile.ratings.len(), 1);
    }

    #[test]
    fn a_rating_of_an_interest_item_or_off_the_scale_is_refused() {
        let content = content();
        let quiz = &content.quiz;
        let request = RatingRequest::for_profile(&profile(quiz, 2), quiz).unwrap();
        let good = rating_of(&request, None, 2).to_ron();
        assert!(RatingFile::from_ron("ok.ron", &good, quiz).is_ok());
        let interest = good.replacen("\"vision-write\"", "\"vision-interest\"", 1);
        let err = RatingFile::from_ron("bad.ron", &interest, quiz).unwrap_err();
        assert!(err.to_string().contains("interest item"), "{err}");
        let off = good.replacen("\"vision-write\": 2", "\"vision-write\": 7", 1);
        let err = RatingFile::from_ron("bad.ron", &off, quiz).unwrap_err();
        assert!(err.to_string().contains("from 0 to 4"), "{err}");
        let newer = good.replacen("version: 1", "version: 9", 1);
        let err = RatingFile::from_ron("new.ron", &newer, quiz).unwrap_err();
        assert!(err.to_string().contains("version 9"), "{err}");
        let request_text = request.to_ron();
        let err = RatingFile::from_ron("req.ron", &request_text, quiz).unwrap_err();
        assert!(
            err.to_string().contains("not a Career Explorer rating"),
            "{err}"
        );
        let broken = good.replacen("rater:", "rater", 1);
        let err = RatingFile::from_ron("broken.ron", &broken, quiz).unwrap_err();
        assert!(err.to_string().starts_with("broken.ron:"), "{err}");
    }

    #[test]
    fn others_far_below_make_a_blind_spot_and_far_above_a_hidden_strength() {
        let content = content();
        let quiz = &content.quiz;
        // The person rates every item 2 (score 50).
        let profile = profile(quiz, 2);
        let result = score(quiz, &profile.answers).unwrap();
        let request = RatingRequest::for_profile(&profile, quiz).unwrap();
        let mut low = rating_of(&request, Some("Sam"), 0).rating;
        // PO items rated high by the same rater: a hidden strength there.
        for item in quiz.items() {
            if item.kind == ItemKind::Skill && item.responsibility.starts_with("po-") {
                low.answers.set(item.id.clone(), 4);
            }
        }
        let view = others_view(quiz, &result, &[low]);
        assert_eq!(view.raters, 1);
        assert!(!view.anonymous, "one rater cannot be anonymous");
        for row in &view.rows {
            let expected = if row.id.starts_with("po-") {
                Gap::HiddenStrength
            } else {
                Gap::BlindSpot
            };
            assert_eq!(row.gap, Some(expected), "{row:?}");
            assert_eq!(row.raters, 1);
        }
        let sentences = view.sentences(quiz);
        assert!(
            sentences.iter().any(|s| s.contains("blind spot")),
            "{sentences:?}"
        );
        assert!(
            sentences.iter().any(|s| s.contains("hidden strength")),
            "{sentences:?}"
        );
        assert!(
            sentences
                .last()
                .is_some_and(|s| s.contains("cannot be anonymous")),
            "{sentences:?}"
        );
    }

    #[test]
    fn three_raters_who_agree_with_the_person_show_no_gap_and_stay_anonymous() {
        let content = content();
        let quiz = &content.quiz;
        let profile = profile(quiz, 2);
        let result = score(quiz, &profile.answers).unwrap();
        let request = RatingRequest::for_profile(&profile, quiz).unwrap();
        let ratings: Vec<Rating> = [1, 2, 3]
            .into_iter()
            .map(|v| rating_of(&request, None, v).rating)
            .collect();
        let view = others_view(quiz, &result, &ratings);
        assert!(view.anonymous);
        assert!(view.rows.iter().all(|r| r.gap.is_none()));
        assert!(
            view.rows
                .iter()
                .all(|r| r.others == Some(50) && r.spread == Some((25, 75)) && r.raters == 3),
            "{:?}",
            view.rows[0]
        );
        let sentences = view.sentences(quiz);
        assert_eq!(sentences.len(), 1, "{sentences:?}");
        assert!(
            sentences[0].contains("less than 50 points"),
            "{sentences:?}"
        );
    }

    #[test]
    fn a_responsibility_no_rater_answered_is_not_rated() {
        let content = content();
        let quiz = &content.quiz;
        let profile = profile(quiz, 2);
        let result = score(quiz, &profile.answers).unwrap();
        let request = RatingRequest::for_profile(&profile, quiz).unwrap();
        let mut partial = rating_of(&request, None, 2).rating;
        partial.answers = partial
            .answers
            .iter()
            .filter(|(id, _)| {
                quiz.item(id)
                    .is_some_and(|i| i.responsibility == "pm-vision")
            })
            .map(|(id, v)| (id.to_owned(), v))
            .collect();
        let view = others_view(quiz, &result, &[partial]);
        for row in &view.rows {
            assert_eq!(row.others.is_some(), row.id == "pm-vision", "{row:?}");
        }
    }
}
