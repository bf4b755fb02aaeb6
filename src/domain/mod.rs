//! The pure core of Career Explorer: content, advice, quiz scoring, profiles, teams and reports.
//!
//! Nothing here draws, touches the file system or knows about egui; the app, the CLI and the
//! tests all call the same functions.

pub mod advisor;
pub mod catalog;
pub mod compare;
pub mod content;
pub mod data_file;
pub mod profile;
pub mod quiz;
pub mod rating;
pub mod report;
pub mod team;
pub mod team_report;
pub mod template;
pub mod translation;

pub use content::{Content, ContentError};
