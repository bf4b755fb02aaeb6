//! The app's dialogs.
//!
//! "Save your changes?", "Restore unsaved work?", errors, Profile details and About. Each draws from what it is given and returns what the person chose as a
//! [`Command`]; none changes anything itself.

use super::Command;
use super::command::UnsavedChoice;
use crate::domain::profile::Profile;
use crate::i18n::Translator;
use crate::storage::Recovery;

/// "Save your changes?" for the file called `name`.
pub fn unsaved_ui(ctx: &egui::Context, name: &str, tr: &Translator) -> Option<Command> {
    let mut choice = None;
    let modal = egui::Modal::new(egui::Id::unique("unsaved-changes")).show(ctx, |ui| {
        ui.heading(tr.tr("unsaved-title"));
        ui.label(tr.tr_args("unsaved-body", &[("name", name.into())]));
        ui.horizontal(|ui| {
            if ui.button(tr.tr("unsaved-save")).clicked() {
                choice = Some(UnsavedChoice::Save);
            }
            if ui.button(tr.tr("unsaved-discard")).clicked() {
                choice = Some(UnsavedChoice::Discard);
            }
            if ui.button(tr.tr("unsaved-cancel")).clicked() {
                choice = Some(UnsavedChoice::Cancel);
            }
        });
    });
    // Escape (or a click beside the dialog) is Cancel: nothing is lost.
    if choice.is_none() && modal.should_close() {
        choice = Some(UnsavedChoice::Cancel);
    }
    choice.map(Command::Unsaved)
}

/// "Restore unsaved work?" for an autosave left by a crash.
pub fn recovery_ui(ctx: &egui::Context, offer: &Recovery, tr: &Translator) -> Option<Command> {
    let mut command = None;
    egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
        ui.heading(tr.tr("recovery-title"));
        let closed = offer.original_path.as_deref().map_or_else(
            || tr.tr("recovery-closed-untitled"),
            |p| {
                tr.tr_args(
                    "recovery-closed-file",
                    &[("file", p.display().to_string().into())],
                )
            },
        );
        let answers = tr.tr_args(
            "recovery-answers",
            &[("count", offer.profile.answers.len().into())],
        );
        ui.label(format!("{closed} {answers}"));
        ui.horizontal(|ui| {
            if ui.button(tr.tr("recovery-restore")).clicked() {
                command = Some(Command::Restore(true));
            }
            if ui.button(tr.tr("recovery-discard")).clicked() {
                command = Some(Command::Restore(false));
            }
        });
    });
    command
}

/// An error, until the person has read it.
pub fn error_ui(ctx: &egui::Context, message: &str, tr: &Translator) -> Option<Command> {
    let mut command = None;
    let modal = egui::Modal::new(egui::Id::unique("error")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(tr.tr("error-title"));
        ui.label(message);
        if ui.button(tr.tr("error-ok")).clicked() {
            command = Some(Command::DismissError);
        }
    });
    if command.is_none() && modal.should_close() {
        command = Some(Command::DismissError);
    }
    command
}

/// The profile's name and notes, edited in a window. The edits are local until they differ
/// from the profile; then they become a command.
pub fn details_ui(ctx: &egui::Context, profile: &Profile, tr: &Translator) -> Option<Command> {
    let mut open = true;
    let mut name = None;
    let mut notes = None;
    egui::Window::new(tr.tr("details-title"))
        .open(&mut open)
        .default_width(420.0)
        .show(ctx, |ui| {
            let label = ui.label(tr.tr("details-name"));
            let mut edited = profile.name.clone();
            if ui
                .text_edit_singleline(&mut edited)
                .labelled_by(label.id)
                .changed()
            {
                name = Some(edited);
            }
            let label = ui.label(tr.tr("details-notes"));
            let mut edited = profile.notes.clone();
            if ui
                .add(egui::TextEdit::multiline(&mut edited).desired_rows(6))
                .labelled_by(label.id)
                .changed()
            {
                notes = Some(edited);
            }
        });
    if !open {
        return Some(Command::ShowDetails(false));
    }
    if name.is_none() && notes.is_none() {
        return None;
    }
    Some(Command::SetDetails {
        name: name.unwrap_or_else(|| profile.name.clone()),
        notes: notes.unwrap_or_else(|| profile.notes.clone()),
    })
}

/// Help > About.
pub fn about_ui(ctx: &egui::Context, tr: &Translator) -> Option<Command> {
    let mut open = true;
    egui::Window::new(tr.tr("about-title"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.label(tr.tr_args(
                "about-version",
                &[("version", env!("CARGO_PKG_VERSION").into())],
            ));
            ui.label(tr.tr("about-description"));
            ui.label(tr.tr("about-disclaimer"));
        });
    (!open).then_some(Command::ShowAbout(false))
}
