//! The eframe application: owns the open profile (the document), the settings and each
//! screen's state; draws the menus, the current screen and the dialogs; and applies what the
//! screens ask for. This is the only place the document changes.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::{Key, KeyboardShortcut, Modifiers, RichText};
use serde::{Deserialize, Serialize};

use crate::domain::Content;
use crate::domain::advisor::TeamProfile;
use crate::domain::profile::Profile;
use crate::domain::quiz::{self, Answers};
use crate::domain::report::{Report, day};
use crate::export::{self, Format};
use crate::file_dialog::{DialogKind, DialogRequest, FileDialogs};
use crate::storage::{self, MAX_RECENT, Recovery};
use crate::ui::advisor::AdvisorScreen;
use crate::ui::compare::CompareScreen;
use crate::ui::quiz::QuizScreen;
use crate::ui::results::{Attempt, ResultsScreen};
use crate::ui::{Command, Screen, theme};

const NEW: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::N);
const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
const SAVE_AS: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
const EXPORT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
const QUIT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);

/// How long a team edit may wait before it is autosaved (edits from dragging a number come
/// many times a second; quiz answers are autosaved at once).
const AUTOSAVE_DELAY: Duration = Duration::from_secs(1);

/// How the app should open.
#[derive(Clone, Debug, Default)]
pub struct StartOptions {
    /// Open on this screen instead of the last one used.
    pub screen: Option<Screen>,
    /// Open this profile.
    pub file: Option<PathBuf>,
    /// Offer the operating system's file dialogs. Off in tests, so no dialog pops up on a
    /// developer's desktop; the typed path works either way.
    pub native_dialogs: bool,
    /// Where quiz answers are autosaved for crash recovery; `None` turns autosave off.
    pub recovery_file: Option<PathBuf>,
}

/// The user's theme choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the operating system's dark/light setting.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    const ALL: [Self; 3] = [Self::System, Self::Light, Self::Dark];

    fn label(self) -> &'static str {
        match self {
            Self::System => "Follow system",
            Self::Light => "Light",
            Self::Dark => "Dark",
        }
    }

    fn preference(self) -> egui::ThemePreference {
        match self {
            Self::System => egui::ThemePreference::System,
            Self::Light => egui::ThemePreference::Light,
            Self::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// App settings kept between runs by eframe's persistence. Profiles are never stored here.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Dark, light or system theme.
    pub theme: ThemeChoice,
    /// egui zoom factor (Ctrl +/-/0).
    pub zoom: f32,
    /// The screen that was open at exit.
    pub last_screen: Screen,
    /// Profiles opened or saved lately, newest first.
    pub recent_files: Vec<PathBuf>,
    /// Format chosen at the last export.
    pub export_format: Format,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::System,
            zoom: 1.0,
            last_screen: Screen::Compare,
            recent_files: Vec::new(),
            export_format: Format::Html,
        }
    }
}

/// The open profile and where it lives.
#[derive(Debug, Default)]
struct Document {
    profile: Profile,
    path: Option<PathBuf>,
    dirty: bool,
}

/// What a file prompt is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FileAction {
    Open,
    SaveAs,
    Export,
}

impl FileAction {
    fn title(self) -> &'static str {
        match self {
            Self::Open => "Open a profile",
            Self::SaveAs => "Save the profile as",
            Self::Export => "Export a report",
        }
    }

    fn button(self) -> &'static str {
        match self {
            Self::Open => "Open",
            Self::SaveAs => "Save",
            Self::Export => "Export",
        }
    }
}

/// The Open / Save As / Export prompt: a typed path, with the native dialog as a shortcut.
#[derive(Debug)]
struct FilePrompt {
    action: FileAction,
    path: String,
    note: Option<String>,
    /// A typed path that exists and that the user has been asked about once; submitting the
    /// same path again replaces the file.
    overwrite_asked: Option<PathBuf>,
}

/// What to do once unsaved changes are dealt with.
#[derive(Clone, Debug, PartialEq)]
enum Then {
    Close,
    New,
    OpenPrompt,
    Open(PathBuf),
}

/// The answers to "Save your changes?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum UnsavedChoice {
    Save,
    Discard,
    Cancel,
}

/// The Career Explorer application.
pub struct App {
    content: Content,
    settings: Settings,
    screen: Screen,
    doc: Document,
    compare: CompareScreen,
    advisor: AdvisorScreen,
    quiz: QuizScreen,
    results: ResultsScreen,
    dialogs: FileDialogs,
    native_dialogs: bool,
    prompt: Option<FilePrompt>,
    unsaved_prompt: Option<Then>,
    pending_after_save: Option<Then>,
    close_confirmed: bool,
    recovery_file: Option<PathBuf>,
    recovery_offer: Option<Recovery>,
    autosave_due: Option<Instant>,
    profile_window_open: bool,
    about_open: bool,
    error: Option<String>,
    notice: Option<String>,
    title: String,
}

impl App {
    /// Creates the app inside eframe, restoring settings from eframe's storage when there are
    /// any, opening `options.file` and offering to restore autosaved work.
    pub fn new(cc: &eframe::CreationContext<'_>, content: Content, options: StartOptions) -> Self {
        let settings: Settings = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, eframe::APP_KEY))
            .unwrap_or_default();
        cc.egui_ctx.set_theme(settings.theme.preference());
        if settings.zoom.is_finite() && (0.25..=5.0).contains(&settings.zoom) {
            cc.egui_ctx.set_zoom_factor(settings.zoom);
        }
        let StartOptions {
            screen,
            file,
            native_dialogs,
            recovery_file,
        } = options;
        let mut app = Self {
            compare: CompareScreen::new(&content.catalog),
            advisor: AdvisorScreen::default(),
            quiz: QuizScreen::default(),
            results: ResultsScreen,
            screen: screen.unwrap_or(settings.last_screen),
            content,
            settings,
            doc: Document::default(),
            dialogs: FileDialogs::default(),
            native_dialogs,
            prompt: None,
            unsaved_prompt: None,
            pending_after_save: None,
            close_confirmed: false,
            recovery_offer: None,
            recovery_file,
            autosave_due: None,
            profile_window_open: false,
            about_open: false,
            error: None,
            notice: None,
            title: String::new(),
        };
        if let Some(recovery_file) = &app.recovery_file {
            match storage::read_recovery_from(recovery_file, &app.content) {
                Ok(offer) => app.recovery_offer = offer,
                Err(err) => app.report_error(format!(
                    "Autosaved work was found but cannot be restored: {err}"
                )),
            }
        }
        if let Some(path) = file {
            app.open(&path);
        }
        app
    }

    /// The screen being shown.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// The open profile.
    pub fn profile(&self) -> &Profile {
        &self.doc.profile
    }

    /// The file the open profile was opened from or saved to.
    pub fn path(&self) -> Option<&Path> {
        self.doc.path.as_deref()
    }

    /// Whether the open profile has changes that are not saved.
    pub fn is_dirty(&self) -> bool {
        self.doc.dirty
    }

    /// The open profile's team description, if the user has given one.
    pub fn team(&self) -> Option<&TeamProfile> {
        self.doc.profile.team.as_ref()
    }

    /// The open profile's quiz answers.
    pub fn answers(&self) -> &Answers {
        &self.doc.profile.answers
    }

    /// The error shown to the user, if any.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// The window title: the file name, a `*` when there are unsaved changes, and the app.
    pub fn window_title(&self) -> String {
        let name = self
            .doc
            .path
            .as_deref()
            .and_then(Path::file_name)
            .map_or_else(
                || "Untitled".to_owned(),
                |n| n.to_string_lossy().into_owned(),
            );
        let marker = if self.doc.dirty { "*" } else { "" };
        format!("{marker}{name} - Career Explorer")
    }

    // ---- Applying commands -------------------------------------------------------------

    /// Applies what a screen asked for. The only place the document changes.
    fn apply(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::Show(screen) => self.screen = screen,
            Command::SetTeam(team) => {
                self.doc.profile.team = Some(team);
                self.changed(false, ctx);
            }
            Command::SetAnswer { item, value } => {
                self.doc.profile.answers.set(item, value);
                self.changed(true, ctx);
            }
            Command::SubmitQuiz => {
                match quiz::score(&self.content.quiz, &self.doc.profile.answers) {
                    Ok(result) => {
                        self.doc
                            .profile
                            .record_result(result, time::OffsetDateTime::now_utc());
                        self.screen = Screen::Results;
                        self.changed(true, ctx);
                    }
                    Err(err) => {
                        self.report_error(format!("The quiz cannot be scored yet: {err}"));
                    }
                }
            }
            Command::Retake => {
                self.doc.profile.answers = Answers::default();
                self.quiz.restart();
                self.screen = Screen::Quiz;
                self.changed(true, ctx);
            }
        }
    }

    /// Marks the document changed and autosaves it: at once for quiz answers, after a short
    /// pause for edits that come in bursts.
    fn changed(&mut self, autosave_now: bool, ctx: &egui::Context) {
        self.doc.dirty = true;
        if autosave_now {
            self.autosave();
        } else if self.autosave_due.is_none() {
            self.autosave_due = Some(Instant::now() + AUTOSAVE_DELAY);
            ctx.request_repaint_after(AUTOSAVE_DELAY);
        }
    }

    fn autosave_if_due(&mut self, ctx: &egui::Context) {
        if let Some(due) = self.autosave_due {
            let now = Instant::now();
            if now >= due {
                self.autosave();
            } else {
                ctx.request_repaint_after(due - now);
            }
        }
    }

    fn autosave(&mut self) {
        self.autosave_due = None;
        let Some(recovery_file) = &self.recovery_file else {
            return;
        };
        if let Err(err) =
            storage::write_recovery_to(recovery_file, &self.doc.profile, self.doc.path.as_deref())
        {
            // Autosave failing must not interrupt the quiz; it is logged and the next save
            // reports any real problem with the disk.
            log::warn!("autosave failed: {err}");
        }
    }

    fn clear_recovery(&mut self) {
        self.autosave_due = None;
        if let Some(recovery_file) = &self.recovery_file
            && let Err(err) = storage::clear_recovery_at(recovery_file)
        {
            log::warn!("could not remove the autosave file: {err}");
        }
    }

    // ---- Files -------------------------------------------------------------------------

    /// Opens `path`, replacing the document. On failure the open document is kept and the
    /// error (with `line:col` where there is one) is shown.
    fn open(&mut self, path: &Path) {
        match storage::load_profile(path, &self.content) {
            Ok(profile) => {
                self.doc = Document {
                    profile,
                    path: Some(absolute(path)),
                    dirty: false,
                };
                self.quiz.restart();
                self.remember_recent(path);
                self.clear_recovery();
                self.notice = Some(format!("Opened {}", path.display()));
            }
            Err(err) => self.report_error(format!("Could not open the profile.\n{err}")),
        }
    }

    /// Saves to `path`. On failure the document and the file on disk are left as they were.
    fn save_to(&mut self, path: &Path) -> bool {
        match storage::save_profile(path, &self.doc.profile) {
            Ok(()) => {
                self.doc.path = Some(absolute(path));
                self.doc.dirty = false;
                self.remember_recent(path);
                self.clear_recovery();
                self.notice = Some(format!("Saved {}", path.display()));
                true
            }
            Err(err) => {
                self.report_error(format!("Could not save the profile.\n{err}"));
                false
            }
        }
    }

    /// Save: to the current file, or ask where when there is none.
    fn save(&mut self, ctx: &egui::Context) -> bool {
        match self.doc.path.clone() {
            Some(path) => self.save_to(&path),
            None => {
                self.show_prompt(FileAction::SaveAs, ctx);
                false
            }
        }
    }

    fn export_to(&mut self, path: &Path) {
        let format = self.settings.export_format;
        let report = Report::from_profile(&self.content, &self.doc.profile, today());
        let text = export::render(&report, format);
        match storage::write_file_atomically(path, text.as_bytes()) {
            Ok(()) => {
                self.notice = Some(format!(
                    "Exported the {} report to {}",
                    format.label(),
                    path.display()
                ));
            }
            Err(err) => self.report_error(format!("Could not export the report.\n{err}")),
        }
    }

    fn new_document(&mut self) {
        self.doc = Document::default();
        self.quiz.restart();
        self.clear_recovery();
        self.notice = Some("New profile".to_owned());
    }

    fn remember_recent(&mut self, path: &Path) {
        storage::push_recent(&mut self.settings.recent_files, absolute(path), MAX_RECENT);
    }

    /// Runs `then` now, or first asks what to do with unsaved changes.
    fn after_unsaved_check(&mut self, then: Then, ctx: &egui::Context) {
        if self.doc.dirty {
            self.unsaved_prompt = Some(then);
        } else {
            self.proceed(then, ctx);
        }
    }

    fn proceed(&mut self, then: Then, ctx: &egui::Context) {
        match then {
            Then::Close => {
                self.close_confirmed = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Then::New => self.new_document(),
            Then::OpenPrompt => self.show_prompt(FileAction::Open, ctx),
            Then::Open(path) => self.open(&path),
        }
    }

    fn show_prompt(&mut self, action: FileAction, ctx: &egui::Context) {
        let suggested = match action {
            FileAction::Open => String::new(),
            FileAction::SaveAs => self.suggested_path("ron"),
            FileAction::Export => self.suggested_path(self.settings.export_format.extension()),
        };
        self.prompt = Some(FilePrompt {
            action,
            path: suggested,
            note: None,
            overwrite_asked: None,
        });
        if self.native_dialogs {
            self.start_native_dialog(action, ctx);
        }
    }

    /// A path next to the open file (or in the current folder) with the given extension.
    fn suggested_path(&self, extension: &str) -> String {
        let stem = self
            .doc
            .path
            .as_deref()
            .and_then(Path::file_stem)
            .map_or_else(
                || "profile".to_owned(),
                |s| s.to_string_lossy().into_owned(),
            );
        let folder = self
            .doc
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        folder
            .join(format!("{stem}.{extension}"))
            .display()
            .to_string()
    }

    fn start_native_dialog(&mut self, action: FileAction, ctx: &egui::Context) {
        let (kind, filter) = match action {
            FileAction::Open => (DialogKind::Open, ("Career Explorer profile", "ron")),
            FileAction::SaveAs => (DialogKind::Save, ("Career Explorer profile", "ron")),
            FileAction::Export => {
                let format = self.settings.export_format;
                (DialogKind::Save, (format.label(), format.extension()))
            }
        };
        let typed = self.prompt.as_ref().map(|p| PathBuf::from(&p.path));
        let request = DialogRequest {
            kind,
            title: action.title().to_owned(),
            filter: (filter.0.to_owned(), vec![filter.1.to_owned()]),
            directory: typed
                .as_deref()
                .and_then(Path::parent)
                .filter(|p| p.is_dir())
                .map(Path::to_path_buf),
            file_name: typed
                .as_deref()
                .and_then(Path::file_name)
                .map(|n| n.to_string_lossy().into_owned()),
        };
        if !self.dialogs.start(request, ctx) {
            self.set_prompt_note("A file dialog is already open.");
        }
    }

    fn set_prompt_note(&mut self, note: &str) {
        if let Some(prompt) = &mut self.prompt {
            prompt.note = Some(note.to_owned());
        }
    }

    /// Whether a typed path would replace a file the user has not agreed to replace: saving
    /// or exporting onto an existing file other than the open profile's own, not yet asked.
    fn ask_before_replacing(&self, action: FileAction, path: &Path) -> bool {
        let writes = matches!(action, FileAction::SaveAs | FileAction::Export);
        let own_file = action == FileAction::SaveAs
            && self.doc.path.as_deref() == Some(absolute(path).as_path());
        let asked = self
            .prompt
            .as_ref()
            .is_some_and(|p| p.overwrite_asked.as_deref() == Some(path));
        writes && path.exists() && !own_file && !asked
    }

    /// Carries out the prompt's action on `path`.
    fn finish_prompt(&mut self, action: FileAction, path: &Path, ctx: &egui::Context) {
        let done = match action {
            FileAction::Open => {
                self.open(path);
                self.error.is_none()
            }
            FileAction::SaveAs => {
                let done = self.save_to(path);
                if done && let Some(then) = self.pending_after_save.take() {
                    self.proceed(then, ctx);
                }
                done
            }
            FileAction::Export => {
                self.export_to(path);
                self.error.is_none()
            }
        };
        if done {
            self.prompt = None;
        }
    }

    // ---- Drawing -----------------------------------------------------------------------

    fn shortcuts(&mut self, ctx: &egui::Context) {
        let pressed = |shortcut: &KeyboardShortcut| ctx.input_mut(|i| i.consume_shortcut(shortcut));
        // The most specific shortcut first: Ctrl+Shift+S must not also be Ctrl+S.
        if pressed(&SAVE_AS) {
            self.show_prompt(FileAction::SaveAs, ctx);
        } else if pressed(&SAVE) {
            self.save(ctx);
        }
        if pressed(&NEW) {
            self.after_unsaved_check(Then::New, ctx);
        }
        if pressed(&OPEN) {
            self.after_unsaved_check(Then::OpenPrompt, ctx);
        }
        if pressed(&EXPORT) {
            self.show_prompt(FileAction::Export, ctx);
        }
        if pressed(&QUIT) {
            self.after_unsaved_check(Then::Close, ctx);
        }
        for (index, screen) in Screen::ALL.into_iter().enumerate() {
            if pressed(&screen_shortcut(index)) {
                self.screen = screen;
            }
        }
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let item = |ui: &mut egui::Ui, text: &str, shortcut: &KeyboardShortcut| {
            ui.add(egui::Button::new(text).shortcut_text(ctx.format_shortcut(shortcut)))
                .clicked()
        };
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if item(ui, "New", &NEW) {
                    self.after_unsaved_check(Then::New, &ctx);
                }
                if item(ui, "Open...", &OPEN) {
                    self.after_unsaved_check(Then::OpenPrompt, &ctx);
                }
                ui.menu_button("Open Recent", |ui| self.recent_ui(ui));
                ui.separator();
                if item(ui, "Save", &SAVE) {
                    self.save(&ctx);
                }
                if item(ui, "Save As...", &SAVE_AS) {
                    self.show_prompt(FileAction::SaveAs, &ctx);
                }
                if item(ui, "Export...", &EXPORT) {
                    self.show_prompt(FileAction::Export, &ctx);
                }
                ui.separator();
                if ui.button("Profile details...").clicked() {
                    self.profile_window_open = true;
                }
                ui.separator();
                if item(ui, "Quit", &QUIT) {
                    self.after_unsaved_check(Then::Close, &ctx);
                }
            });
            ui.menu_button("View", |ui| {
                ui.label("Theme");
                for choice in ThemeChoice::ALL {
                    if ui
                        .radio_value(&mut self.settings.theme, choice, choice.label())
                        .clicked()
                    {
                        ui.ctx().set_theme(choice.preference());
                    }
                }
                ui.separator();
                ui.label("Zoom: Ctrl + and Ctrl - to change, Ctrl 0 to reset");
            });
            ui.menu_button("Help", |ui| {
                if ui.button("About Career Explorer").clicked() {
                    self.about_open = true;
                }
            });
            ui.separator();
            for (index, screen) in Screen::ALL.into_iter().enumerate() {
                ui.selectable_value(&mut self.screen, screen, screen.title())
                    .on_hover_text(ctx.format_shortcut(&screen_shortcut(index)));
            }
        });
    }

    fn recent_ui(&mut self, ui: &mut egui::Ui) {
        if self.settings.recent_files.is_empty() {
            ui.label("No recent files");
            return;
        }
        let mut chosen = None;
        for path in &self.settings.recent_files {
            let exists = path.is_file();
            let label = if exists {
                path.display().to_string()
            } else {
                format!("{} (missing)", path.display())
            };
            let button = ui.add_enabled(exists, egui::Button::new(label));
            if button
                .on_disabled_hover_text("This file is no longer there")
                .clicked()
            {
                chosen = Some(path.clone());
            }
        }
        ui.separator();
        if ui.button("Clear the list").clicked() {
            self.settings.recent_files.clear();
        }
        if let Some(path) = chosen {
            let ctx = ui.ctx().clone();
            self.after_unsaved_check(Then::Open(path), &ctx);
        }
    }

    fn status_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let file = self
                .doc
                .path
                .as_deref()
                .map_or_else(|| "Not saved yet".to_owned(), |p| p.display().to_string());
            ui.label(RichText::new(file).color(theme::weak_text(ui.visuals())));
            if self.doc.dirty {
                ui.label(RichText::new("Unsaved changes").color(theme::warning_text(ui.visuals())));
            }
            if let Some(notice) = &self.notice {
                ui.separator();
                ui.label(notice);
            }
        });
    }

    fn prompt_ui(&mut self, ctx: &egui::Context) {
        if let Some(chosen) = self.dialogs.poll() {
            match (chosen, self.prompt.as_ref().map(|p| p.action)) {
                (Some(path), Some(action)) => {
                    if let Some(prompt) = &mut self.prompt {
                        prompt.path = path.display().to_string();
                    }
                    self.finish_prompt(action, &path, ctx);
                }
                (None, Some(_)) => self.set_prompt_note(
                    "No file was chosen. If no dialog appeared, type the path above.",
                ),
                (_, None) => {}
            }
        }
        let Some(prompt) = &mut self.prompt else {
            return;
        };
        let action = prompt.action;
        let mut submit = None;
        let mut browse = false;
        let mut cancel = false;
        let mut format_changed = false;
        let modal = egui::Modal::new(egui::Id::unique("file-prompt")).show(ctx, |ui| {
            ui.set_width(520.0);
            ui.heading(action.title());
            if action == FileAction::Export {
                ui.horizontal(|ui| {
                    ui.label("Format");
                    for format in Format::ALL {
                        format_changed |= ui
                            .radio_value(&mut self.settings.export_format, format, format.label())
                            .changed();
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
            if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                submit = Some(PathBuf::from(prompt.path.trim()));
            }
            if let Some(note) = &prompt.note {
                ui.label(RichText::new(note).color(theme::weak_text(ui.visuals())));
            }
            ui.horizontal(|ui| {
                let go = ui.add_enabled(
                    !prompt.path.trim().is_empty(),
                    egui::Button::new(action.button()),
                );
                if go.clicked() {
                    submit = Some(PathBuf::from(prompt.path.trim()));
                }
                if ui.button("Cancel").clicked() {
                    cancel = true;
                }
                if self.native_dialogs
                    && ui
                        .add_enabled(!self.dialogs.is_open(), egui::Button::new("Browse..."))
                        .clicked()
                {
                    browse = true;
                }
            });
        });
        if format_changed && let Some(prompt) = &mut self.prompt {
            let format = self.settings.export_format;
            prompt.path = PathBuf::from(&prompt.path)
                .with_extension(format.extension())
                .display()
                .to_string();
        }
        if cancel || modal.should_close() {
            self.prompt = None;
            self.pending_after_save = None;
        } else if let Some(path) = submit {
            if self.ask_before_replacing(action, &path) {
                if let Some(prompt) = &mut self.prompt {
                    prompt.note = Some(format!(
                        "{} already exists. Press {} again to replace it.",
                        path.display(),
                        action.button()
                    ));
                    prompt.overwrite_asked = Some(path);
                }
            } else {
                self.finish_prompt(action, &path, ctx);
            }
        } else if browse {
            self.start_native_dialog(action, ctx);
        }
    }

    fn unsaved_ui(&mut self, ctx: &egui::Context) {
        let Some(then) = self.unsaved_prompt.clone() else {
            return;
        };
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("unsaved-changes")).show(ctx, |ui| {
            ui.heading("Save your changes?");
            ui.label(format!(
                "{} has changes that are not saved.",
                self.doc
                    .path
                    .as_deref()
                    .and_then(Path::file_name)
                    .map_or_else(
                        || "This profile".to_owned(),
                        |n| n.to_string_lossy().into_owned()
                    )
            ));
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
        match choice {
            Some(UnsavedChoice::Save) => {
                self.unsaved_prompt = None;
                if self.doc.path.is_some() {
                    if self.save(ctx) {
                        self.proceed(then, ctx);
                    }
                } else {
                    // Ask where first; the close (or other step) waits for the save.
                    self.pending_after_save = Some(then);
                    self.show_prompt(FileAction::SaveAs, ctx);
                }
            }
            Some(UnsavedChoice::Discard) => {
                self.unsaved_prompt = None;
                self.clear_recovery();
                self.doc.dirty = false;
                self.proceed(then, ctx);
            }
            Some(UnsavedChoice::Cancel) => self.unsaved_prompt = None,
            None => {}
        }
    }

    fn recovery_ui(&mut self, ctx: &egui::Context) {
        let Some(offer) = &self.recovery_offer else {
            return;
        };
        let mut choice = None;
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
                    choice = Some(true);
                }
                if ui.button("Discard autosave").clicked() {
                    choice = Some(false);
                }
            });
        });
        match choice {
            Some(true) => {
                if let Some(offer) = self.recovery_offer.take() {
                    self.doc = Document {
                        profile: offer.profile,
                        path: offer.original_path,
                        dirty: true,
                    };
                    self.notice = Some("Restored autosaved work; save it to keep it".to_owned());
                }
            }
            Some(false) => {
                self.recovery_offer = None;
                self.clear_recovery();
            }
            None => {}
        }
    }

    fn profile_window_ui(&mut self, ctx: &egui::Context) {
        if !self.profile_window_open {
            return;
        }
        let mut open = true;
        let mut name = self.doc.profile.name.clone();
        let mut notes = self.doc.profile.notes.clone();
        egui::Window::new("Profile details")
            .open(&mut open)
            .default_width(420.0)
            .show(ctx, |ui| {
                let label = ui.label("Name");
                ui.text_edit_singleline(&mut name).labelled_by(label.id);
                let label = ui.label("Notes");
                ui.add(egui::TextEdit::multiline(&mut notes).desired_rows(6))
                    .labelled_by(label.id);
            });
        self.profile_window_open = open;
        if name != self.doc.profile.name || notes != self.doc.profile.notes {
            self.doc.profile.name = name;
            self.doc.profile.notes = notes;
            self.changed(false, ctx);
        }
    }

    fn about_ui(&mut self, ctx: &egui::Context) {
        egui::Window::new("About Career Explorer")
            .open(&mut self.about_open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.label(format!("Version {}", env!("CARGO_PKG_VERSION")));
                ui.label(env!("CARGO_PKG_DESCRIPTION"));
                ui.label(crate::domain::report::DISCLAIMER);
            });
    }

    fn error_ui(&mut self, ctx: &egui::Context) {
        let Some(message) = self.error.clone() else {
            return;
        };
        let mut dismissed = false;
        egui::Modal::new(egui::Id::unique("error")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading("Something went wrong");
            ui.label(&message);
            if ui.button("OK").clicked() {
                dismissed = true;
            }
        });
        if dismissed {
            self.error = None;
        }
    }

    /// Shows an error to the user and logs it, once.
    fn report_error(&mut self, message: String) {
        log::error!("{message}");
        self.error = Some(message);
    }

    fn dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            if path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
            {
                self.after_unsaved_check(Then::Open(path), ctx);
            } else {
                self.report_error(format!(
                    "{}: only Career Explorer profiles (.ron files) can be opened",
                    path.display()
                ));
            }
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.doc.dirty && !self.close_confirmed
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.unsaved_prompt = Some(Then::Close);
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        crate::trace::frame_painted(ui);
        let ctx = ui.ctx().clone();
        self.handle_close_request(&ctx);
        self.dropped_files(&ctx);
        if self.prompt.is_none() && self.unsaved_prompt.is_none() {
            self.shortcuts(&ctx);
        }
        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        let command = egui::CentralPanel::default()
            .show(ui, |ui| match self.screen {
                Screen::Compare => {
                    self.compare.ui(ui, &self.content.catalog);
                    None
                }
                Screen::Advisor => {
                    let team = self.doc.profile.team.clone().unwrap_or_default();
                    self.advisor
                        .ui(ui, &self.content.advisor, &self.content.catalog, &team)
                }
                Screen::Quiz => self
                    .quiz
                    .ui(ui, &self.content.quiz, &self.doc.profile.answers),
                Screen::Results => {
                    let mut attempts = self.doc.profile.results.iter().rev().map(|past| Attempt {
                        taken: past.taken_at,
                        result: &past.result,
                    });
                    let latest = attempts.next();
                    let earlier: Vec<Attempt<'_>> = attempts.collect();
                    self.results.ui(ui, latest, &earlier)
                }
            })
            .inner;
        if let Some(command) = command {
            self.apply(command, &ctx);
        }
        self.profile_window_ui(&ctx);
        self.about_ui(&ctx);
        self.prompt_ui(&ctx);
        self.unsaved_ui(&ctx);
        self.recovery_ui(&ctx);
        self.error_ui(&ctx);
        self.autosave_if_due(&ctx);
        self.update_title(&ctx);
        self.settings.zoom = ctx.zoom_factor();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.settings.last_screen = self.screen;
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
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

/// `path` made absolute against the current folder, so recent files work from anywhere.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Today's date (UTC).
fn today() -> String {
    day(time::OffsetDateTime::now_utc())
}
