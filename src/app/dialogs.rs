//! The app's dialogs.
//!
//! "Save your changes?", "Restore unsaved work?", errors, Profile details and About. Each draws from what it is given and returns what the person chose as a
//! [`Command`]; none changes anything itself.

use super::Command;
use super::command::UnsavedChoice;
use crate::domain::profile::Profile;
use crate::storage::Recovery;

/// "Save your changes?" for the file called `name`.
pub fn unsaved_ui(ctx: &egui::Context, name: &str) -> Option<Command> {
    let mut choice = None;
    let modal = egui::Modal::new(egui::Id::unique("unsaved-changes")).show(ctx, |ui| {
        ui.heading("Save your changes?");
        ui.label(format!("{name} has changes that are not saved."));
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() {
                choice = Some(UnsavedChoice::Save);
            }
            if ui.button("Discard").clicked() {
                choice = Some(UnsavedChoice::Discard);
            }
            if ui.button("Cancel").clicked() {
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
pub fn recovery_ui(ctx: &egui::Context, offer: &Recovery) -> Option<Command> {
    let mut command = None;
    egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
        ui.heading("Restore unsaved work?");
        let from = offer.original_path.as_deref().map_or_else(
            || "a profile that was never saved".to_owned(),
            |p| p.display().to_string(),
        );
        ui.label(format!(
            "Career Explorer closed without saving {from}. {} quiz answers were autosaved.",
            offer.profile.answers.len()
        ));
        ui.horizontal(|ui| {
            if ui.button("Restore").clicked() {
                command = Some(Command::Restore(true));
            }
            if ui.button("Discard autosave").clicked() {
                command = Some(Command::Restore(false));
            }
        });
    });
    command
}

/// An error, until the person has read it.
pub fn error_ui(ctx: &egui::Context, message: &str) -> Option<Command> {
    let mut command = None;
    let modal = egui::Modal::new(egui::Id::unique("error")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading("Something went wrong");
        ui.label(message);
        if ui.button("OK").clicked() {
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
pub fn details_ui(ctx: &egui::Context, profile: &Profile) -> Option<Command> {
    let mut open = true;
    let mut name = None;
    let mut notes = None;
    egui::Window::new("Profile details")
        .open(&mut open)
        .default_width(420.0)
        .show(ctx, |ui| {
            let label = ui.label("Name");
            let mut edited = profile.name.clone();
            if ui
                .text_edit_singleline(&mut edited)
                .labelled_by(label.id)
                .changed()
            {
                name = Some(edited);
            }
            let label = ui.label("Notes");
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
pub fn about_ui(ctx: &egui::Context) -> Option<Command> {
    let mut open = true;
    egui::Window::new("About Career Explorer")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.label(format!("Version {}", env!("CARGO_PKG_VERSION")));
            ui.label(env!("CARGO_PKG_DESCRIPTION"));
            ui.label(crate::domain::report::DISCLAIMER);
        });
    (!open).then_some(Command::ShowAbout(false))
}
