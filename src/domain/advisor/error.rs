//! Why advisor rules or a team profile could not be used: [`AdvisorDataError`] for a bad
//! `data/advisor.ron`, [`TeamProfileError`] for a team profile with a number out of range.
//! They are separate because they have different audiences: the first is a mistake in the
//! shipped data, the second one in a user's profile file.

use super::Factor;
use crate::domain::data_file::RonError;
use crate::i18n::Translator;

/// Why advisor rules could not be loaded: the data file is malformed or its rules are unsound.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AdvisorDataError {
    /// The text is not valid RON for advisor rules.
    #[error(transparent)]
    Parse(#[from] RonError),
    /// A text that must be written is blank, or a list that must have entries is empty.
    #[error("{file}: {what} is empty")]
    Empty {
        /// File name.
        file: String,
        /// What is empty.
        what: String,
    },
    /// Two inputs share a label.
    #[error("{file}: the label `{label}` is used by more than one input")]
    DuplicateLabel {
        /// File name.
        file: String,
        /// The repeated label.
        label: String,
    },
    /// A step table does not start at the input's smallest value.
    #[error(
        "{file}: the first step of `{field}` starts at {from}; it must start at {min}, the smallest value the input can take",
        field = .factor.field()
    )]
    StepStart {
        /// File name.
        file: String,
        /// The input.
        factor: Factor,
        /// Where the first step starts.
        from: u32,
        /// The input's smallest value.
        min: u32,
    },
    /// A step's `from` is not above the one before it.
    #[error(
        "{file}: in `{field}`, the step from {from} comes after the step from {previous}; steps must be in strictly ascending order",
        field = .factor.field()
    )]
    StepOrder {
        /// File name.
        file: String,
        /// The input.
        factor: Factor,
        /// The offending step's `from`.
        from: u32,
        /// The `from` of the step before it.
        previous: u32,
    },
    /// A step starts past the input's largest value.
    #[error(
        "{file}: in `{field}`, the step from {from} starts past {max}, the largest value the input can take",
        field = .factor.field()
    )]
    StepOutOfRange {
        /// File name.
        file: String,
        /// The input.
        factor: Factor,
        /// The offending step's `from`.
        from: u32,
        /// The input's largest value.
        max: u32,
    },
    /// A level of research or of a 1-5 scale has no entry.
    #[error("{file}: `{field}` has no entry for level {level}", field = .factor.field())]
    MissingLevel {
        /// File name.
        file: String,
        /// The input.
        factor: Factor,
        /// The missing level.
        level: String,
    },
    /// A level is listed twice.
    #[error("{file}: `{field}` lists level {level} more than once", field = .factor.field())]
    DuplicateLevel {
        /// File name.
        file: String,
        /// The input.
        factor: Factor,
        /// The repeated level.
        level: String,
    },
    /// A 1-5 scale lists a level outside 1 to 5.
    #[error("{file}: `{field}` has level {level}, which is not on the 1 to 5 scale", field = .factor.field())]
    UnknownLevel {
        /// File name.
        file: String,
        /// The input.
        factor: Factor,
        /// The offending level.
        level: u32,
    },
    /// Points move against the factor's direction, which would make the advice non-monotone.
    #[error(
        "{file}: {entry} gives {points} points after {previous} for the level below; as `{field}` goes up its points must {rule}",
        field = .factor.field(),
        rule = .factor.monotone_rule()
    )]
    NotMonotone {
        /// File name.
        file: String,
        /// The input.
        factor: Factor,
        /// The offending entry, e.g. "`engineers` step from 200".
        entry: String,
        /// Its points.
        points: i32,
        /// The points of the entry below it.
        previous: i32,
    },
    /// The no-clear-winner margin is negative.
    #[error("{file}: the margin is {margin}; it must be zero or more")]
    NegativeMargin {
        /// File name.
        file: String,
        /// The margin found.
        margin: i32,
    },
    /// A template uses a placeholder that does not exist in its context.
    #[error(
        "{file}: {entry} uses the placeholder `{{{placeholder}}}`; {}",
        may_use(.allowed)
    )]
    UnknownPlaceholder {
        /// File name.
        file: String,
        /// The template, e.g. "the reason of `teams` step from 2".
        entry: String,
        /// The unknown name, without braces.
        placeholder: String,
        /// The placeholders allowed there, e.g. "{from}, {to}"; empty when none are.
        allowed: String,
    },
    /// A template opens a placeholder with `{` and never closes it.
    #[error("{file}: {entry} opens a placeholder with `{{` and never closes it")]
    UnclosedPlaceholder {
        /// File name.
        file: String,
        /// The template.
        entry: String,
    },
    /// A template has a `}` that closes no placeholder (braces only ever delimit placeholders).
    #[error("{file}: {entry} has a `}}` that closes no placeholder")]
    StrayBrace {
        /// File name.
        file: String,
        /// The template.
        entry: String,
    },
    /// A framework id is not short kebab-case.
    #[error(
        "{file}: the framework id `{id}` must be short kebab-case (a-z, 0-9 and single hyphens)"
    )]
    BadFrameworkId {
        /// File name.
        file: String,
        /// The id.
        id: String,
    },
    /// Two frameworks share an id.
    #[error("{file}: the framework id `{id}` is used more than once")]
    DuplicateFramework {
        /// File name.
        file: String,
        /// The repeated id.
        id: String,
    },
    /// A framework gives one product owner per zero teams.
    #[error(
        "{file}: framework `{framework}` gives one product owner per 0 teams; it must be 1 or more"
    )]
    ZeroTeamsPerOwner {
        /// File name.
        file: String,
        /// The framework's id.
        framework: String,
    },
    /// The product manager and product owner seats are filled from the same role.
    #[error(
        "{file}: `staffing` names role `{role}` for both seats; the manager and owner roles must differ"
    )]
    SameStaffingRole {
        /// File name.
        file: String,
        /// The role named twice.
        role: String,
    },
    /// A staffing role is not in the catalog.
    #[error("{file}: `staffing.{field}` names role `{role}`, which the catalog does not have")]
    UnknownRole {
        /// File name.
        file: String,
        /// `manager_role` or `owner_role`.
        field: &'static str,
        /// The unknown role id.
        role: String,
    },
}

/// Why a team profile cannot be used as it is.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TeamProfileError {
    /// A team profile holds a number outside its input's range.
    #[error(
        "the team profile's `{field}` is {value}; it must be from {min} to {max}",
        field = .factor.field()
    )]
    OutOfRange {
        /// The input.
        factor: Factor,
        /// The value found.
        value: u32,
        /// Smallest valid value.
        min: u32,
        /// Largest valid value.
        max: u32,
    },
}

impl TeamProfileError {
    /// What is wrong with the team profile, in `tr`'s language. The input is named as the
    /// file writes it (`teams`), since that is where it is fixed.
    pub fn message(&self, tr: &Translator) -> String {
        match self {
            Self::OutOfRange {
                factor,
                value,
                min,
                max,
            } => tr.tr_args(
                "team-input-out-of-range",
                &[
                    ("field", factor.field().into()),
                    ("value", (*value).into()),
                    ("min", (*min).into()),
                    ("max", (*max).into()),
                ],
            ),
        }
    }
}

/// The end of an unknown-placeholder message: which placeholders the text may use instead.
fn may_use(allowed: &str) -> String {
    if allowed.is_empty() {
        "it may use no placeholders".to_owned()
    } else {
        format!("it may only use {allowed}")
    }
}
