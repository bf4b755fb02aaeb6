//! Why a quiz could not be loaded ([`QuizDataError`], a mistake in `data/quiz.ron`), or why
//! answers could not be scored ([`AnswerError`], a problem with a person's answers).

use super::MAX_ANSWER;
use crate::domain::data_file::RonError;
use crate::i18n::Translator;

/// Why a quiz could not be loaded: the data file is malformed or does not fit the catalog.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum QuizDataError {
    /// The text is not valid RON for a quiz.
    #[error(transparent)]
    Parse(#[from] RonError),
    /// Two items share an id.
    #[error("{file}: the item id `{id}` is used more than once")]
    DuplicateId {
        /// File name.
        file: String,
        /// The repeated id.
        id: String,
    },
    /// An interest item has a `rater_text`, though raters answer skill items only.
    #[error(
        "{file}: interest item `{item}` has a `rater_text`; raters are asked about skill items only, so remove it"
    )]
    RaterTextOnInterest {
        /// File name.
        file: String,
        /// The item id.
        item: String,
    },
    /// An item id is not short kebab-case.
    #[error("{file}: the item id `{id}` must be short kebab-case (a-z, 0-9 and single hyphens)")]
    BadId {
        /// File name.
        file: String,
        /// The id.
        id: String,
    },
    /// An item or a learning text names a responsibility the catalog does not have.
    #[error("{file}: {source_of} names responsibility `{responsibility}`, which does not exist")]
    UnknownResponsibility {
        /// File name.
        file: String,
        /// What names it, e.g. "item `vision-write`".
        source_of: String,
        /// The unknown responsibility id.
        responsibility: String,
    },
    /// A responsibility has fewer than two skill items.
    #[error(
        "{file}: responsibility `{responsibility}` has {found} skill item(s); it needs at least 2"
    )]
    TooFewSkillItems {
        /// File name.
        file: String,
        /// Responsibility id.
        responsibility: String,
        /// How many it has.
        found: usize,
    },
    /// A responsibility has fewer than two interest items (two are needed to check that its
    /// answers agree).
    #[error(
        "{file}: responsibility `{responsibility}` has {found} interest item(s); it needs at least 2"
    )]
    TooFewInterestItems {
        /// File name.
        file: String,
        /// Responsibility id.
        responsibility: String,
        /// How many it has.
        found: usize,
    },
    /// A responsibility has no text on what to learn next.
    #[error("{file}: responsibility `{responsibility}` has no text in `learn_next`")]
    MissingLearning {
        /// File name.
        file: String,
        /// Responsibility id.
        responsibility: String,
    },
    /// A scale does not have exactly five points.
    #[error("{file}: the {scale} scale has {found} point(s); it needs exactly 5")]
    ScaleSize {
        /// File name.
        file: String,
        /// "skill" or "interest".
        scale: &'static str,
        /// How many points it has.
        found: usize,
    },
    /// The combined role names a role the catalog does not have.
    #[error("{file}: `combined_role` names role `{role}`, which does not exist")]
    UnknownRole {
        /// File name.
        file: String,
        /// The unknown role id.
        role: String,
    },
    /// Weights, thresholds or the lean margin do not make sense together.
    #[error("{file}: {problem}")]
    BadScoring {
        /// File name.
        file: String,
        /// What is wrong, in words.
        problem: String,
    },
    /// A text uses a placeholder it cannot have.
    #[error("{file}: {what} uses `{{{placeholder}}}`; it may use {allowed}")]
    BadPlaceholder {
        /// File name.
        file: String,
        /// Which text.
        what: String,
        /// The placeholder's name, without braces.
        placeholder: String,
        /// The placeholders it may use, e.g. "only {role}, {fit}" or "no placeholders".
        allowed: String,
    },
    /// A text opens a placeholder with `{` and never closes it.
    #[error("{file}: {what} opens a placeholder with `{{` and never closes it")]
    UnclosedPlaceholder {
        /// File name.
        file: String,
        /// Which text.
        what: String,
    },
    /// A text has a `}` that closes no placeholder (braces only ever delimit placeholders).
    #[error("{file}: {what} has a `}}` that closes no placeholder")]
    StrayBrace {
        /// File name.
        file: String,
        /// Which text.
        what: String,
    },
    /// A text that must be written is blank, or a list that must have entries is empty.
    #[error("{file}: {what} is empty")]
    Empty {
        /// File name.
        file: String,
        /// What is empty.
        what: String,
    },
}

/// Why answers could not be scored.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    /// Answers name an item the quiz does not have.
    #[error("the answers name quiz item `{item}`, which does not exist")]
    UnknownItem {
        /// The unknown item id.
        item: String,
    },
    /// `answer_times` gives a time for an item that has no answer.
    #[error(
        "`answer_times` gives a time for quiz item `{item}`, which has no answer; remove that time or answer the item"
    )]
    TimeWithoutAnswer {
        /// Item id.
        item: String,
    },
    /// A rating answers an interest item; raters are asked about skill items only.
    #[error(
        "quiz item `{item}` is an interest item; a rating answers skill items only, since only the person can say what they would enjoy"
    )]
    NotRated {
        /// Item id.
        item: String,
    },
    /// A rating request lists an item twice.
    #[error("quiz item `{item}` is listed more than once")]
    Repeated {
        /// Item id.
        item: String,
    },
    /// An answer is above the top of the scale.
    #[error("the answer to quiz item `{item}` is {value}; answers go from 0 to {MAX_ANSWER}")]
    OutOfRange {
        /// Item id.
        item: String,
        /// The stored value.
        value: u8,
    },
    /// Not every item is answered, so no full result can be given.
    #[error("{missing} of {total} quiz items are not answered yet")]
    Incomplete {
        /// Unanswered items.
        missing: usize,
        /// All items.
        total: usize,
    },
}

impl AnswerError {
    /// What is wrong with the answers, in `tr`'s language.
    pub fn message(&self, tr: &Translator) -> String {
        match self {
            Self::UnknownItem { item } => {
                tr.tr_args("answer-unknown-item", &[("item", item.as_str().into())])
            }
            Self::TimeWithoutAnswer { item } => tr.tr_args(
                "answer-time-without-answer",
                &[("item", item.as_str().into())],
            ),
            Self::NotRated { item } => {
                tr.tr_args("answer-not-rated", &[("item", item.as_str().into())])
            }
            Self::Repeated { item } => {
                tr.tr_args("answer-repeated", &[("item", item.as_str().into())])
            }
            Self::OutOfRange { item: id, value } => tr.tr_args(
                "answer-out-of-range",
                &[
                    ("item", id.as_str().into()),
                    ("value", (*value).into()),
                    ("max", MAX_ANSWER.into()),
                ],
            ),
            Self::Incomplete { missing, total } => tr.tr_args(
                "answer-incomplete",
                &[("missing", (*missing).into()), ("total", (*total).into())],
            ),
        }
    }
}
