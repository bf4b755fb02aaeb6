//! Career Explorer: compare the Product Manager and Product Owner roles, decide whether a team
//! needs one person or two for them, and take a career-fit quiz.
//!
//! Data flows one way: `data/` (embedded RON) -> [`domain`] (pure) -> [`app`] (owns the
//! document and applies commands) -> [`ui`] (draws screens and returns what the user asked for).
//! [`storage`] reads and writes profile files; [`export`] renders reports; [`cli`] runs the
//! same core without a window; [`i18n`] gives them all their text in the person's language.

pub mod app;
pub mod cli;
pub mod domain;
pub mod export;
pub mod i18n;
pub mod storage;
pub mod trace;
pub mod ui;

pub use app::{App, Command, StartOptions};
pub use ui::Screen;
