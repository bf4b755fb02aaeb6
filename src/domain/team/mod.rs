//! The team view's pure core: a team document, who covers what, and who should hold which seat.
//!
//! A [`Team`] is a document of its own (`career-explorer-team`, described in
//! `docs/team-format.md`): the team's name, the Team advisor's inputs, a staffing framework,
//! and its [`Member`]s, each with a snapshot of their latest quiz result and never their notes
//! or answers. From it:
//!
//! - [`coverage`] says, for every responsibility in the catalog, who is strongest and where
//!   nobody is at least moderate (a gap), with what to learn;
//! - [`grid`] lays out the heat map: every member's skill, interest and fit per
//!   responsibility, sortable and filtered by name;
//! - [`staff`] turns the advisor's verdict into [`Seat`]s (one combined seat, or a product
//!   manager and the product owners the framework asks for) and fills them as an assignment
//!   problem, keeping the lead's [`Pin`]s and saying what they cost in fit.
//!
//! Like the rest of the domain it never touches the file system: callers pass text in and get
//! text out.

mod assignment;
mod coverage;
mod document;
mod error;
mod grid;
mod staffing;
#[cfg(test)]
mod testing;

pub use coverage::{Coverage, ResponsibilityCoverage, coverage};
pub use document::{Added, Member, MemberRef, Team, is_team_document, peek_version};
pub use error::{MemberError, StaffingError, TeamError};
pub use grid::{Cell, Grid, GridColumn, GridRow, Measure, SortBy, grid};
pub use staffing::{Candidate, Pin, Seat, SeatReason, SeatStaffing, Staffing, seats, staff};

/// The value of the `format` field of every team document.
pub const FORMAT: &str = "career-explorer-team";

/// The format version this build reads and writes.
pub const CURRENT_VERSION: u32 = 1;
