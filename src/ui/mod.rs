//! The screens and the widgets they share. One screen per file; each reads domain values and
//! returns what the user asked for, and only [`crate::app`] changes the document.

pub mod compare;
pub mod theme;

use serde::{Deserialize, Serialize};

/// The app's screens, in tab order.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "snake_case")]
pub enum Screen {
    /// The role-comparison grid.
    #[default]
    Compare,
}

impl Screen {
    /// Every screen, in tab order.
    pub const ALL: [Self; 1] = [Self::Compare];

    /// The tab's label.
    pub fn title(self) -> &'static str {
        match self {
            Self::Compare => "Compare",
        }
    }

    /// The name used on the command line (`--screen NAME`).
    pub fn cli_name(self) -> &'static str {
        match self {
            Self::Compare => "compare",
        }
    }
}
