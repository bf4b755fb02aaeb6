//! The team advisor: should one person be both Product Manager and Product Owner, or should
//! two people hold the roles?
//!
//! [`advise`] is a pure function of a [`TeamProfile`] and the [`AdvisorRules`] shipped in
//! `data/advisor.ron`. Every input (a [`Factor`]) adds points to a score; every number and
//! sentence involved lives in the data file, none in code.
//!
//! Score convention: **positive points lean toward [`Verdict::Split`], negative toward
//! [`Verdict::Combine`]**. A score more than `margin` above `threshold` is Split, more than
//! `margin` below it is Combine, and anything within `margin` of it (inclusive) is
//! [`Verdict::NoClearWinner`].
//!
//! Loading validates that the point tables are monotone, so for any rules that load, more
//! engineers, more teams, more market research or a more complex backlog never move the score
//! toward Combine, and better switching or a higher priority on speed never move it toward
//! Split. That is what makes the "what would change the answer" flips exact and cheap: points
//! only change at a table's breakpoints, so only the values next to them need checking.
//!
//! The same file holds the staffing [`Framework`]s (Scrum, SAFe, LeSS) with their sources:
//! how many product owners a split needs for a number of teams, which the team view uses to
//! turn a verdict into seats.

mod advice;
mod error;
mod frameworks;
mod inputs;
mod rules;
#[cfg(test)]
mod testing;
mod texts;
mod validation;

pub use advice::{Advice, Contribution, Flip, Verdict, advise};
pub use error::{AdvisorDataError, TeamProfileError};
pub use frameworks::{Framework, ProductOwners, StaffingTexts};
pub use inputs::{Factor, InputValue, Research, TeamProfile};
pub use rules::{
    AdvisorRules, ResearchLevel, ResearchRule, ScaleLevel, ScaleRule, Step, StepRule, VerdictNames,
    Warnings,
};

/// File name of the shipped advisor rules, as it appears in error messages.
pub const ADVISOR_FILE: &str = "data/advisor.ron";

/// The shipped advisor rules' text, embedded at build time.
pub const ADVISOR_RON: &str = include_str!("../../../data/advisor.ron");
