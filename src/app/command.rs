//! Everything a person can ask the app to do, from a screen, the menu, a shortcut, a dialog or a
//! dropped file. Views only read state and return commands; [`super::App::handle`] applies them.

use std::path::PathBuf;

use crate::domain::advisor::TeamProfile;
use crate::export::Format;
use crate::ui::Screen;

/// What the person asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub enum Command {
    // ---- Screens and the document ----
    /// Switch to another screen.
    Show(Screen),
    /// Replace the open profile's team description.
    SetTeam(TeamProfile),
    /// Answer one quiz item (0..=4).
    SetAnswer {
        /// Item id.
        item: String,
        /// The answer.
        value: u8,
    },
    /// Score the complete quiz and keep the result.
    SubmitQuiz,
    /// Clear the answers and start the quiz again; earlier results stay.
    Retake,
    /// Change the profile's name and notes (Profile details window).
    SetDetails {
        /// The person's name.
        name: String,
        /// Their notes.
        notes: String,
    },

    // ---- Files ----
    /// Start a new, empty profile (asks about unsaved changes first).
    New,
    /// Ask which profile to open (asks about unsaved changes first).
    Open,
    /// Open this profile: from the command line or the recent files (asks about unsaved
    /// changes first).
    OpenPath(PathBuf),
    /// A file was dropped on the window: opened if it is a profile (`.ron`), else explained.
    OpenDropped(PathBuf),
    /// Save to the profile's file, or ask where when it has none.
    Save,
    /// Ask where to save.
    SaveAs,
    /// Ask where to export a report.
    Export,
    /// Choose the report format in the export prompt.
    SetExportFormat(Format),
    /// Forget the recent files.
    ClearRecent,
    /// Close the window (asks about unsaved changes first).
    Quit,
    /// Stop waiting for a file that is being read and does not answer.
    StopWaiting,

    // ---- Answers to dialogs ----
    /// The file prompt's path was submitted.
    PromptSubmit(PathBuf),
    /// Open the system's file dialog for the prompt.
    PromptBrowse,
    /// Close the file prompt without doing anything.
    PromptCancel,
    /// The answer to "Save your changes?".
    Unsaved(UnsavedChoice),
    /// The answer to "Restore unsaved work?": `true` restores it.
    Restore(bool),
    /// Show a problem's whole explanation (from the status bar).
    ShowProblem(String),
    /// The error message was read.
    DismissError,

    // ---- The window ----
    /// Show or hide the Profile details window.
    ShowDetails(bool),
    /// Show or hide the About window.
    ShowAbout(bool),
    /// Dark, light, or follow the system.
    SetTheme(egui::ThemePreference),
}

/// The answers to "Save your changes?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedChoice {
    /// Save, then go on.
    Save,
    /// Go on without saving.
    Discard,
    /// Do nothing.
    Cancel,
}
