//! Everything a person can ask the app to do, from a screen, the menu, a shortcut, a dialog or a
//! dropped file. Views only read state and return commands; [`super::App::handle`] applies them.

use std::path::PathBuf;

use crate::domain::advisor::TeamProfile;
use crate::domain::team::Seat;
use crate::export::Format;
use crate::i18n::Language;
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

    // ---- A second opinion ----
    /// Write a rating request for the open profile (File > Ask for a rating).
    AskForRating,
    /// Choose a rating to add to the open profile (File > Add a rating).
    AddRating,
    /// Answer one item of the rating request being answered (0..=4).
    RaterAnswer {
        /// Item id.
        item: String,
        /// The answer.
        value: u8,
    },
    /// The rater's name, and whether they stay anonymous.
    SetRater {
        /// The name as typed.
        name: String,
        /// Leave the name out of the rating.
        anonymous: bool,
    },
    /// Choose where to save the rating being answered.
    SaveRating,
    /// Stop answering the rating request (its answers are dropped once saved or declined).
    StopRating,

    // ---- The team (Team screen) ----
    /// Rename the open team.
    SetTeamName(String),
    /// Replace the open team's advisor inputs.
    SetTeamInputs(TeamProfile),
    /// Choose the open team's staffing framework (its id in `data/advisor.ron`).
    SetFramework(String),
    /// Remove the member with this profile id from the team.
    RemoveMember(String),
    /// Pin a member to a seat, or (`None`) let the assignment fill it again.
    PinSeat {
        /// The seat.
        seat: Seat,
        /// The profile id of the member to pin.
        profile_id: Option<String>,
    },
    /// Forget every pin.
    ClearPins,
    /// Ask which profiles to add to the team (several at once).
    AddMembers,
    /// Read these profiles, or the profiles in these folders, and add them to the team.
    AddMemberPaths(Vec<PathBuf>),
    /// Start a new, empty team (asks about unsaved team changes first).
    NewTeam,
    /// Save the team to its file, or ask where when it has none.
    SaveTeam,
    /// Whether a team report replaces names with "Member 1", "Member 2", ...
    SetAnonymise(bool),

    // ---- Files ----
    /// Start a new, empty document: a team on the Team screen, a profile elsewhere (asks
    /// about unsaved changes first).
    New,
    /// Ask which file to open: a profile or a team, told apart by its `format` field (asks
    /// about unsaved changes first).
    Open,
    /// Open this profile: from the command line or the recent files (asks about unsaved
    /// changes first).
    OpenPath(PathBuf),
    /// A file was dropped on the window: opened if it is a profile (`.ron`), else explained.
    OpenDropped(PathBuf),
    /// Save the screen's document (the team on the Team screen, else the profile) to its
    /// file, or ask where when it has none.
    Save,
    /// Ask where to save the screen's document.
    SaveAs,
    /// Ask where to export a report: the team report on the Team screen, else the profile's.
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
    /// Show the app in this language from now on, and remember it.
    SetLanguage(Language),
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
