//! A second opinion: how someone who knows a person's work rated their skills.
//!
//! A [`Rating`] is kept inside the person's profile (format version 4 on), under `ratings`. It
//! holds the rater's answers to the skill items, keyed like the person's own answers, and never
//! the person's own answers or notes.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::quiz::Answers;

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
    pub answers: Answers,
}
