//! The menu bar, the screen tabs and the keyboard shortcuts. Each returns commands; the menu
//! knows nothing of files or documents beyond what it is shown.

use std::path::{Path, PathBuf};

use egui::{Key, KeyboardShortcut, Modifiers};

use super::Command;
use crate::i18n::{Language, Translator};
use crate::ui::Screen;

const NEW: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::N);
const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
const SAVE_AS: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
const EXPORT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
const QUIT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);

/// What the menu shows besides its fixed items.
pub struct MenuView<'a> {
    /// The screen shown (its tab is selected).
    pub screen: Screen,
    /// Recent files, newest first.
    pub recent_files: &'a [PathBuf],
    /// A file operation is running: the items that need the disk wait for it.
    pub busy: bool,
    /// The menu's text, in the language shown.
    pub tr: &'a Translator,
}

/// The keyboard shortcuts pressed this frame, most specific first (Ctrl+Shift+S is not also
/// Ctrl+S).
pub fn shortcuts(ctx: &egui::Context) -> Vec<Command> {
    let pressed = |shortcut: &KeyboardShortcut| ctx.input_mut(|i| i.consume_shortcut(shortcut));
    let mut commands = Vec::new();
    if pressed(&SAVE_AS) {
        commands.push(Command::SaveAs);
    } else if pressed(&SAVE) {
        commands.push(Command::Save);
    }
    for (shortcut, command) in [
        (NEW, Command::New),
        (OPEN, Command::Open),
        (EXPORT, Command::Export),
        (QUIT, Command::Quit),
    ] {
        if pressed(&shortcut) {
            commands.push(command);
        }
    }
    for (index, screen) in Screen::ALL.into_iter().enumerate() {
        if pressed(&screen_shortcut(index)) {
            commands.push(Command::Show(screen));
        }
    }
    commands
}

/// The menu bar and the screen tabs.
pub fn menu_ui(ui: &mut egui::Ui, view: &MenuView<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    let ctx = ui.ctx().clone();
    let tr = view.tr;
    let item = |ui: &mut egui::Ui, text: &str, shortcut: &KeyboardShortcut, enabled: bool| {
        ui.add_enabled(
            enabled,
            egui::Button::new(text).shortcut_text(shortcut_text(&ctx, shortcut, tr)),
        )
        .clicked()
    };
    let idle = !view.busy;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr.tr("menu-file"), |ui| {
            let before = commands.len();
            if item(ui, &tr.tr("menu-new"), &NEW, idle) {
                commands.push(Command::New);
            }
            if item(ui, &tr.tr("menu-open"), &OPEN, idle) {
                commands.push(Command::Open);
            }
            ui.add_enabled_ui(idle, |ui| {
                ui.menu_button(tr.tr("menu-open-recent"), |ui| {
                    commands.extend(recent_ui(ui, view.recent_files, tr));
                });
            });
            ui.separator();
            if item(ui, &tr.tr("menu-save"), &SAVE, idle) {
                commands.push(Command::Save);
            }
            if item(ui, &tr.tr("menu-save-as"), &SAVE_AS, idle) {
                commands.push(Command::SaveAs);
            }
            if item(ui, &tr.tr("menu-export"), &EXPORT, idle) {
                commands.push(Command::Export);
            }
            ui.separator();
            if ui.button(tr.tr("menu-profile-details")).clicked() {
                commands.push(Command::ShowDetails(true));
            }
            if ui
                .add_enabled(idle, egui::Button::new(tr.tr("menu-ask-rating")))
                .on_hover_text(tr.tr("menu-ask-rating.hover"))
                .clicked()
            {
                commands.push(Command::AskForRating);
            }
            if ui
                .add_enabled(idle, egui::Button::new(tr.tr("menu-add-rating")))
                .on_hover_text(tr.tr("menu-add-rating.hover"))
                .clicked()
            {
                commands.push(Command::AddRating);
            }
            ui.separator();
            if item(ui, &tr.tr("menu-quit"), &QUIT, true) {
                commands.push(Command::Quit);
            }
            // Chosen by keyboard, an item's dialog takes the focus: close the menu now, or
            // the next Enter on "File" would only close it again instead of opening it.
            if commands.len() > before {
                ui.close();
            }
        });
        ui.menu_button(tr.tr("menu-view"), |ui| {
            view_menu_ui(ui, view, &mut commands);
        });
        ui.menu_button(tr.tr("menu-help"), |ui| {
            if ui.button(tr.tr("menu-about")).clicked() {
                commands.push(Command::ShowAbout(true));
                ui.close();
            }
        });
        ui.separator();
        for (index, screen) in Screen::ALL.into_iter().enumerate() {
            if ui
                .selectable_label(view.screen == screen, screen.title(tr))
                .on_hover_text(shortcut_text(&ctx, &screen_shortcut(index), tr))
                .clicked()
            {
                commands.push(Command::Show(screen));
            }
        }
    });
    commands
}

/// The View menu: screens, themes and languages.
fn view_menu_ui(ui: &mut egui::Ui, view: &MenuView<'_>, commands: &mut Vec<Command>) {
    let ctx = ui.ctx().clone();
    let tr = view.tr;
    ui.label(tr.tr("menu-screen"));
    for (index, screen) in Screen::ALL.into_iter().enumerate() {
        let button = egui::Button::selectable(view.screen == screen, screen.title(tr))
            .shortcut_text(shortcut_text(&ctx, &screen_shortcut(index), tr));
        if ui.add(button).clicked() {
            commands.push(Command::Show(screen));
        }
    }
    ui.separator();
    ui.label(tr.tr("menu-theme"));
    let current = ui.ctx().options(|o| o.theme_preference);
    for (preference, label) in [
        (egui::ThemePreference::System, tr.tr("menu-theme-system")),
        (egui::ThemePreference::Light, tr.tr("menu-theme-light")),
        (egui::ThemePreference::Dark, tr.tr("menu-theme-dark")),
    ] {
        if ui.radio(current == preference, label).clicked() {
            commands.push(Command::SetTheme(preference));
        }
    }
    ui.separator();
    ui.menu_button(tr.tr("menu-language"), |ui| {
        for language in Language::CHOOSABLE {
            // Each in its own language: whoever cannot read the current one still finds theirs.
            if ui
                .radio(tr.language() == language, language.native_name())
                .clicked()
            {
                commands.push(Command::SetLanguage(language));
            }
        }
    });
    ui.separator();
    ui.label(tr.tr("menu-zoom"));
}

fn recent_ui(ui: &mut egui::Ui, recent_files: &[PathBuf], tr: &Translator) -> Option<Command> {
    if recent_files.is_empty() {
        ui.label(tr.tr("menu-recent-none"));
        return None;
    }
    let mut command = None;
    for path in recent_files {
        // A stat, not a read: cheap even where reading is slow. Only drawn while the
        // submenu is open.
        let exists = path.is_file();
        let label = if exists {
            path.display().to_string()
        } else {
            tr.tr_args(
                "menu-recent-missing",
                &[("path", path.display().to_string().into())],
            )
        };
        if ui
            .add_enabled(exists, egui::Button::new(label))
            .on_disabled_hover_text(tr.tr("menu-recent-missing.hover"))
            .clicked()
        {
            command = Some(Command::OpenPath(Path::to_path_buf(path)));
        }
    }
    ui.separator();
    if ui.button(tr.tr("menu-recent-clear")).clicked() {
        command = Some(Command::ClearRecent);
    }
    command
}

/// A shortcut as the menu writes it, its keys named in `tr`'s language ("Strg+S").
///
/// On a Mac, egui's own names and symbols are kept: Mac keyboards label them the same in
/// every language.
pub fn shortcut_text(ctx: &egui::Context, shortcut: &KeyboardShortcut, tr: &Translator) -> String {
    let is_mac = ctx.os().is_mac();
    if is_mac {
        return ctx.format_shortcut(shortcut);
    }
    let (alt, ctrl, shift) = (tr.tr("key-alt"), tr.tr("key-ctrl"), tr.tr("key-shift"));
    let names = egui::ModifierNames {
        is_short: false,
        alt: &alt,
        ctrl: &ctrl,
        shift: &shift,
        mac_cmd: egui::ModifierNames::NAMES.mac_cmd,
        mac_alt: egui::ModifierNames::NAMES.mac_alt,
        concat: "+",
    };
    shortcut.format(&names, is_mac)
}

/// Ctrl+1, Ctrl+2, ... switch to the screens in tab order.
fn screen_shortcut(index: usize) -> KeyboardShortcut {
    const DIGITS: [Key; 9] = [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
        Key::Num8,
        Key::Num9,
    ];
    KeyboardShortcut::new(Modifiers::COMMAND, DIGITS[index.min(DIGITS.len() - 1)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_name_the_keys_as_the_language_labels_them() {
        let ctx = egui::Context::default();
        ctx.set_os(egui::os::OperatingSystem::Nix);
        let save_as = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
        let german = Translator::new(Language::German);
        let english = Translator::new(Language::English);
        assert_eq!(shortcut_text(&ctx, &save_as, &german), "Strg+Umschalt+S");
        assert_eq!(shortcut_text(&ctx, &save_as, &english), "Ctrl+Shift+S");
        // English is exactly what egui writes.
        assert_eq!(
            shortcut_text(&ctx, &save_as, &english),
            ctx.format_shortcut(&save_as)
        );
    }
}
