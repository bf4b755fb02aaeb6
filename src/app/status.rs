//! The status bar: the open file, unsaved changes, what file operation is running, autosave
//! and settings problems (each with its detail on hover), and the last thing that happened.

use std::path::Path;
use std::time::{Duration, Instant};

use egui::RichText;

use super::Command;
use super::autosave::AutosaveStatus;
use crate::i18n::Translator;
use crate::ui::theme;

/// What the status bar shows.
pub struct StatusView<'a> {
    /// The open file, if it has one.
    pub path: Option<&'a Path>,
    /// Unsaved changes.
    pub dirty: bool,
    /// The running file operation and when it started.
    pub running: Option<(&'a str, Instant)>,
    /// The running operation is a read that may be given up on.
    pub may_stop_waiting: bool,
    /// Autosave's state; `None` when it was turned off on purpose (tests).
    pub autosave: Option<&'a AutosaveStatus>,
    /// Why saved settings were not used, if they were not.
    pub settings_problem: Option<&'a str>,
    /// The last thing that happened.
    pub notice: Option<&'a str>,
    /// The bar's own text, in the language shown.
    pub tr: &'a Translator,
}

/// How often the elapsed time of a long file operation is updated.
const TICK: Duration = Duration::from_millis(250);

/// A file operation is shown with its elapsed time once it has taken this long.
const SHOW_ELAPSED_AFTER: Duration = Duration::from_secs(1);

/// Draws the status bar. A problem shown there gives its detail on hover, and in a dialog
/// when clicked (keyboard users cannot hover).
pub fn status_ui(ui: &mut egui::Ui, view: &StatusView<'_>) -> Option<Command> {
    ui.horizontal_wrapped(|ui| {
        let mut command = None;
        let tr = view.tr;
        let file = view
            .path
            .map_or_else(|| tr.tr("status-not-saved"), |p| p.display().to_string());
        ui.label(RichText::new(file).color(theme::weak_text(ui.visuals())));
        if view.dirty {
            ui.label(
                RichText::new(tr.tr("status-unsaved")).color(theme::warning_text(ui.visuals())),
            );
        }
        if let Some((what, started)) = view.running {
            ui.separator();
            let elapsed = started.elapsed();
            if elapsed >= SHOW_ELAPSED_AFTER {
                ui.label(tr.tr_args(
                    "status-running",
                    &[("what", what.into()), ("seconds", elapsed.as_secs().into())],
                ));
                if view.may_stop_waiting && ui.button(tr.tr("status-stop-waiting")).clicked() {
                    command = Some(Command::StopWaiting);
                }
            } else {
                ui.label(what);
            }
            // Not a spinner: an immediate repaint every frame would keep the CPU busy for as
            // long as a stuck network share takes. A few repaints a second keep the time moving.
            ui.ctx().request_repaint_after(TICK);
        }
        match view.autosave {
            None | Some(AutosaveStatus::Working) => {}
            Some(AutosaveStatus::Off(why)) => {
                ui.separator();
                let why = why.text(tr);
                let detail = tr.tr_args("status-autosave-off.detail", &[("why", why.into())]);
                let short = tr.tr("status-autosave-off");
                command = command.or(problem_ui(ui, &short, detail, false));
            }
            Some(AutosaveStatus::Failed(why)) => {
                ui.separator();
                let why = why.message(tr);
                let detail = tr.tr_args("status-autosave-failed.detail", &[("why", why.into())]);
                let short = tr.tr("status-autosave-failed");
                command = command.or(problem_ui(ui, &short, detail, true));
            }
        }
        if let Some(problem) = view.settings_problem {
            ui.separator();
            let detail = tr.tr_args(
                "status-settings-reset.detail",
                &[("problem", problem.into())],
            );
            let short = tr.tr("status-settings-reset");
            command = command.or(problem_ui(ui, &short, detail, false));
        }
        if let Some(notice) = view.notice {
            ui.separator();
            ui.label(notice);
        }
        command
    })
    .inner
}

/// A problem's short name, coloured; hover shows `detail`, a click (or Enter) shows it in a
/// dialog.
fn problem_ui(ui: &mut egui::Ui, short: &str, detail: String, error: bool) -> Option<Command> {
    let colour = if error {
        theme::error_text(ui.visuals())
    } else {
        theme::warning_text(ui.visuals())
    };
    let response = ui
        .add(egui::Button::new(RichText::new(short).color(colour)).frame(false))
        .on_hover_text(&detail);
    response.clicked().then_some(Command::ShowProblem(detail))
}
