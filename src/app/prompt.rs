//! The Open / Save As / Export prompt.
//!
//! A typed path, with the system's file dialog as a shortcut (where no dialog can open, typing still works), and the step it continues once the
//! file is written (closing the window after "Save" in "Save your changes?").

use std::path::{Path, PathBuf};

use egui::{Key, RichText};

use super::Command;
use super::native_dialog::{DialogKind, DialogRequest};
use crate::export::Format;
use crate::i18n::Translator;
use crate::ui::theme;

/// Which of the two documents a step is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocKind {
    /// The open profile (every screen but Team).
    Profile,
    /// The open team (the Team screen).
    Team,
}

/// What a file prompt is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileAction {
    /// Choose a profile or a team to open.
    Open,
    /// Choose where to save the profile.
    SaveAs,
    /// Choose where to save the team.
    SaveTeamAs,
    /// Choose where to write the profile's report.
    Export,
    /// Choose where to write the team report.
    ExportTeam,
    /// Choose profiles, or folders of them, to add to the team.
    AddMembers,
    /// Choose where to write a rating request for the open profile.
    SaveRequest,
    /// Choose a rating to add to the open profile.
    AddRating,
    /// Choose where to save the rating being answered.
    SaveRating,
}

impl FileAction {
    /// The prompt's heading, also the native dialog's title.
    pub fn title(self, tr: &Translator) -> String {
        match self {
            Self::Open => tr.tr("prompt-open"),
            Self::SaveAs => tr.tr("prompt-save-as"),
            Self::SaveTeamAs => tr.tr("prompt-save-team-as"),
            Self::Export => tr.tr("prompt-export"),
            Self::ExportTeam => tr.tr("prompt-export-team"),
            Self::AddMembers => tr.tr("prompt-add-members"),
            Self::SaveRequest => tr.tr("prompt-save-request"),
            Self::AddRating => tr.tr("prompt-add-rating"),
            Self::SaveRating => tr.tr("prompt-save-rating"),
        }
    }

    /// The button that carries it out.
    pub fn button(self, tr: &Translator) -> String {
        match self {
            Self::Open => tr.tr("prompt-button-open"),
            Self::SaveAs | Self::SaveTeamAs | Self::SaveRating => tr.tr("prompt-button-save"),
            Self::Export | Self::ExportTeam => tr.tr("prompt-button-export"),
            Self::AddMembers | Self::AddRating => tr.tr("prompt-button-add"),
            Self::SaveRequest => tr.tr("prompt-button-write"),
        }
    }

    /// Whether it writes a file (and so may replace one).
    pub fn writes(self) -> bool {
        matches!(
            self,
            Self::SaveAs
                | Self::SaveTeamAs
                | Self::Export
                | Self::ExportTeam
                | Self::SaveRequest
                | Self::SaveRating
        )
    }
}

/// What to do once unsaved changes are dealt with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Then {
    /// Close the window (both documents' changes are asked about).
    Close,
    /// Start a new profile or team.
    New(DocKind),
    /// Open this file, expected to be of this kind (the file's `format` decides).
    Open(PathBuf, DocKind),
}

impl Then {
    /// The documents whose unsaved changes this step would lose.
    pub fn replaces(&self) -> &'static [DocKind] {
        match self {
            Self::Close => &[DocKind::Profile, DocKind::Team],
            Self::New(DocKind::Profile) | Self::Open(_, DocKind::Profile) => &[DocKind::Profile],
            Self::New(DocKind::Team) | Self::Open(_, DocKind::Team) => &[DocKind::Team],
        }
    }
}

/// An open file prompt.
#[derive(Clone, Debug)]
pub struct FilePrompt {
    /// What it is for.
    pub action: FileAction,
    /// The path as typed.
    pub path: String,
    /// A line under the path: why nothing happened, or what pressing again will do.
    pub note: Option<String>,
    /// A typed path that exists and that the person has been asked about once; submitting the
    /// same path again replaces the file.
    pub overwrite_asked: Option<PathBuf>,
    /// What to do after the save, when the prompt came from "Save your changes?".
    pub then: Option<Then>,
}

impl FilePrompt {
    /// A prompt for `action`, its path field filled with `suggested`.
    pub fn new(action: FileAction, suggested: String, then: Option<Then>) -> Self {
        Self {
            action,
            path: suggested,
            note: None,
            overwrite_asked: None,
            then,
        }
    }

    /// What to ask the system's file dialog for, starting where the typed path points.
    pub fn dialog_request(&self, export_format: Format, tr: &Translator) -> DialogRequest {
        let (kind, filter) = match self.action {
            FileAction::Open => (DialogKind::Open, (tr.tr("filter-profile-or-team"), "ron")),
            FileAction::AddMembers => (DialogKind::OpenMany, (tr.tr("filter-profile"), "ron")),
            FileAction::SaveAs => (DialogKind::Save, (tr.tr("filter-profile"), "ron")),
            FileAction::SaveTeamAs => (DialogKind::Save, (tr.tr("filter-team"), "ron")),
            FileAction::SaveRequest => (DialogKind::Save, (tr.tr("filter-request"), "ron")),
            FileAction::AddRating => (DialogKind::Open, (tr.tr("filter-rating"), "ron")),
            FileAction::SaveRating => (DialogKind::Save, (tr.tr("filter-rating"), "ron")),
            FileAction::Export | FileAction::ExportTeam => (
                DialogKind::Save,
                (export_format.label(tr), export_format.extension()),
            ),
        };
        // Several typed paths (one a line): the dialog starts at the first.
        let first_line = self.path.lines().next().unwrap_or_default().trim();
        let typed = PathBuf::from(first_line);
        DialogRequest {
            kind,
            title: self.action.title(tr),
            filter: (filter.0, vec![filter.1.to_owned()]),
            directory: typed.parent().filter(|p| p.is_dir()).map(Path::to_path_buf),
            file_name: typed.file_name().map(|n| n.to_string_lossy().into_owned()),
        }
    }

    /// Changes the typed path's extension to the chosen report format's.
    pub fn set_extension(&mut self, format: Format) {
        self.path = PathBuf::from(&self.path)
            .with_extension(format.extension())
            .display()
            .to_string();
    }
}

/// How the prompt is drawn: what is running, whether a system dialog can be offered, the
/// chosen report format.
pub struct PromptView<'a> {
    /// "Saving me.ron..." while a file operation runs; the buttons wait for it.
    pub busy: Option<&'a str>,
    /// Offer "Browse..." (the system's file dialog).
    pub native_dialogs: bool,
    /// A system dialog is open now.
    pub dialog_open: bool,
    /// The report format chosen (export only).
    pub export_format: Format,
    /// Whether the team report replaces names (team export only).
    pub anonymise: bool,
    /// The prompt's text, in the language shown.
    pub tr: &'a Translator,
}

/// The paths typed in the Add members prompt: one a line, blank lines skipped.
pub fn typed_paths(text: &str) -> Vec<PathBuf> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(PathBuf::from)
        .collect()
}

/// Draws the prompt as a modal; returns what the person did.
pub fn prompt_ui(
    ctx: &egui::Context,
    prompt: &mut FilePrompt,
    view: &PromptView<'_>,
) -> Option<Command> {
    let mut command = None;
    let action = prompt.action;
    let tr = view.tr;
    let modal = egui::Modal::new(egui::Id::unique("file-prompt")).show(ctx, |ui| {
        ui.set_width(520.0);
        ui.heading(action.title(tr));
        if matches!(action, FileAction::Export | FileAction::ExportTeam) {
            ui.horizontal(|ui| {
                ui.label(tr.tr("prompt-format"));
                for format in Format::ALL {
                    if ui
                        .radio(view.export_format == format, format.label(tr))
                        .clicked()
                    {
                        command = Some(Command::SetExportFormat(format));
                    }
                }
            });
        }
        if action == FileAction::ExportTeam {
            let mut anonymise = view.anonymise;
            if ui
                .checkbox(&mut anonymise, tr.tr("prompt-anonymise"))
                .on_hover_text(tr.tr("prompt-anonymise.hover"))
                .changed()
            {
                command = Some(Command::SetAnonymise(anonymise));
            }
        }
        let many = action == FileAction::AddMembers;
        let label = ui.label(if many {
            tr.tr("prompt-paths")
        } else {
            tr.tr("prompt-path")
        });
        let field = if many {
            egui::TextEdit::multiline(&mut prompt.path)
                .desired_rows(4)
                .hint_text(tr.tr("prompt-paths.hint"))
        } else {
            egui::TextEdit::singleline(&mut prompt.path).hint_text(tr.tr("prompt-path.hint"))
        };
        let field = ui
            .add(field.desired_width(f32::INFINITY))
            .labelled_by(label.id);
        let typed = PathBuf::from(prompt.path.trim());
        let ready = !prompt.path.trim().is_empty() && view.busy.is_none();
        let submit = if many {
            Command::AddMemberPaths(typed_paths(&prompt.path))
        } else {
            Command::PromptSubmit(typed)
        };
        // Enter in the many-paths field starts a new line; the button adds.
        if ready && !many && field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            command = Some(submit.clone());
        }
        if let Some(busy) = view.busy {
            ui.label(busy);
        } else if let Some(note) = &prompt.note {
            ui.label(RichText::new(note).color(theme::weak_text(ui.visuals())));
        }
        ui.horizontal(|ui| {
            if ui
                .add_enabled(ready, egui::Button::new(action.button(tr)))
                .clicked()
            {
                command = Some(submit);
            }
            if ui.button(tr.tr("prompt-cancel")).clicked() {
                command = Some(Command::PromptCancel);
            }
            if view.native_dialogs
                && ui
                    .add_enabled(
                        !view.dialog_open && view.busy.is_none(),
                        egui::Button::new(tr.tr("prompt-browse")),
                    )
                    .clicked()
            {
                command = Some(Command::PromptBrowse);
            }
        });
    });
    if command.is_none() && modal.should_close() {
        command = Some(Command::PromptCancel);
    }
    command
}
