//! The Open / Save As / Export prompt.
//!
//! A typed path, with the system's file dialog as a shortcut (where no dialog can open, typing still works), and the step it continues once the
//! file is written (closing the window after "Save" in "Save your changes?").

use std::path::{Path, PathBuf};

use egui::{Key, RichText};

use super::Command;
use super::native_dialog::{DialogKind, DialogRequest};
use crate::export::Format;
use crate::ui::theme;

/// What a file prompt is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileAction {
    /// Choose a profile to open.
    Open,
    /// Choose where to save the profile.
    SaveAs,
    /// Choose where to write a report.
    Export,
}

impl FileAction {
    /// The prompt's heading, also the native dialog's title.
    pub fn title(self) -> &'static str {
        match self {
            Self::Open => "Open a profile",
            Self::SaveAs => "Save the profile as",
            Self::Export => "Export a report",
        }
    }

    /// The button that carries it out.
    pub fn button(self) -> &'static str {
        match self {
            Self::Open => "Open",
            Self::SaveAs => "Save",
            Self::Export => "Export",
        }
    }

    /// Whether it writes a file (and so may replace one).
    pub fn writes(self) -> bool {
        matches!(self, Self::SaveAs | Self::Export)
    }
}

/// What to do once unsaved changes are dealt with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Then {
    /// Close the window.
    Close,
    /// Start a new profile.
    New,
    /// Ask which profile to open.
    OpenPrompt,
    /// Open this profile.
    Open(PathBuf),
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
    pub fn dialog_request(&self, export_format: Format) -> DialogRequest {
        let (kind, filter) = match self.action {
            FileAction::Open => (DialogKind::Open, ("Career Explorer profile", "ron")),
            FileAction::SaveAs => (DialogKind::Save, ("Career Explorer profile", "ron")),
            FileAction::Export => (
                DialogKind::Save,
                (export_format.label(), export_format.extension()),
            ),
        };
        let typed = PathBuf::from(&self.path);
        DialogRequest {
            kind,
            title: self.action.title().to_owned(),
            filter: (filter.0.to_owned(), vec![filter.1.to_owned()]),
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
}

/// Draws the prompt as a modal; returns what the person did.
pub fn prompt_ui(
    ctx: &egui::Context,
    prompt: &mut FilePrompt,
    view: &PromptView<'_>,
) -> Option<Command> {
    let mut command = None;
    let action = prompt.action;
    let modal = egui::Modal::new(egui::Id::unique("file-prompt")).show(ctx, |ui| {
        ui.set_width(520.0);
        ui.heading(action.title());
        if action == FileAction::Export {
            ui.horizontal(|ui| {
                ui.label("Format");
                for format in Format::ALL {
                    if ui
                        .radio(view.export_format == format, format.label())
                        .clicked()
                    {
                        command = Some(Command::SetExportFormat(format));
                    }
                }
            });
        }
        let label = ui.label("Path");
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut prompt.path)
                    .desired_width(f32::INFINITY)
                    .hint_text("/home/you/profile.ron"),
            )
            .labelled_by(label.id);
        let typed = PathBuf::from(prompt.path.trim());
        let ready = !prompt.path.trim().is_empty() && view.busy.is_none();
        if ready && field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            command = Some(Command::PromptSubmit(typed.clone()));
        }
        if let Some(busy) = view.busy {
            ui.label(busy);
        } else if let Some(note) = &prompt.note {
            ui.label(RichText::new(note).color(theme::weak_text(ui.visuals())));
        }
        ui.horizontal(|ui| {
            if ui
                .add_enabled(ready, egui::Button::new(action.button()))
                .clicked()
            {
                command = Some(Command::PromptSubmit(typed));
            }
            if ui.button("Cancel").clicked() {
                command = Some(Command::PromptCancel);
            }
            if view.native_dialogs
                && ui
                    .add_enabled(
                        !view.dialog_open && view.busy.is_none(),
                        egui::Button::new("Browse..."),
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
