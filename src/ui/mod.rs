//! The screens and the widgets they share. One screen per file; each reads domain values and
//! returns what the user asked for as a [`Command`], and only [`crate::app::App::handle`]
//! applies it.

pub mod a11y;
pub mod advisor;
pub mod compare;
pub mod quiz;
pub mod results;
pub mod team;
pub mod theme;

use serde::{Deserialize, Serialize};

use crate::i18n::Translator;

/// The app's screens, in tab order.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "snake_case")]
pub enum Screen {
    /// The role-comparison grid.
    #[default]
    Compare,
    /// The combine-or-split advisor.
    Advisor,
    /// The career-fit quiz.
    Quiz,
    /// The quiz result and earlier attempts.
    Results,
    /// The team's people: who covers what, and who should hold which seat.
    Team,
}

impl Screen {
    /// Every screen, in tab order.
    pub const ALL: [Self; 5] = [
        Self::Compare,
        Self::Advisor,
        Self::Quiz,
        Self::Results,
        Self::Team,
    ];

    /// The tab's label.
    pub fn title(self, tr: &Translator) -> String {
        match self {
            Self::Compare => tr.tr("screen-compare"),
            Self::Advisor => tr.tr("screen-advisor"),
            Self::Quiz => tr.tr("screen-quiz"),
            Self::Results => tr.tr("screen-results"),
            Self::Team => tr.tr("screen-team"),
        }
    }
}

pub use crate::app::Command;
