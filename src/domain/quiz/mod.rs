//! The career-fit quiz: its items, the person's answers, and how they are scored.
//!
//! The quiz rates **skill** (what the person has done) and, separately, **interest** (what they
//! would enjoy) against every responsibility of every role in the
//! [`Catalog`](crate::domain::catalog::Catalog). Items, scale labels, weights, band thresholds
//! and every sentence shown with a result live in `data/quiz.ron`; this module validates that
//! file against the catalog and turns [`Answers`] into a self-contained [`QuizResult`] that a
//! profile can store.
//!
//! Scores are whole numbers from 0 to 100, rounded half up at each step so a person can check
//! them by hand: a responsibility's score is the mean of its answers over the scale's top
//! point, a role's score is the mean of its responsibilities' scores, and a role's fit weighs
//! its skill and interest scores by the weights in the file. Every step only ever adds or
//! averages, so raising an answer never lowers a score.

mod answers;
mod data;
mod error;
mod load;
mod quality;
mod range;
mod result;
mod scoring;
#[cfg(test)]
mod testing;
mod texts;
mod validation;

pub use answers::{AnswerTimes, Answers};
pub use data::{
    BandMeanings, BandTexts, CombinedRole, Item, ItemKind, LeanRules, QuizData, ResultNotes, Scale,
    ScalePoint, Scales, Scoring, Words,
};
pub use error::{AnswerError, QuizDataError};
pub use load::Quiz;
pub use quality::{QualityCheck, QualityFlag, check as check_quality};
pub use range::{RangeMethod, ScoreRange, error_of_average, error_of_weighted, z_for};
pub use result::{
    Band, BandedScore, CombinedFit, Lean, NOT_SCORED, QuizResult, ResponsibilityScore, RoleScore,
};
pub use scoring::{score, score_partial, score_partial_with_times, score_with_times};

/// File name of the shipped quiz, as it appears in error messages.
pub const QUIZ_FILE: &str = "data/quiz.ron";

/// The shipped quiz's text, embedded at build time.
pub const QUIZ_RON: &str = include_str!("../../../data/quiz.ron");

/// The highest answer on either scale; answers go from 0 to this.
pub const MAX_ANSWER: u8 = 4;

/// How many points each scale has.
pub const SCALE_POINTS: usize = MAX_ANSWER as usize + 1;
