//! The eframe application.
//!
//! Each frame it collects what the person asked for, from the menu, the shortcuts, the
//! screen, the dialogs and dropped files, as [`Command`]s, and applies them in one place,
//! [`App::handle`]. The document and its file flows live in [`Workspace`], which
//! needs no window; this module adds the window: screens, dialogs, title and settings.
//!
//! | file | holds |
//! |---|---|
//! | `command.rs` | every command |
//! | `document.rs` | the open profile, its file, unsaved changes |
//! | `team_document.rs` | the open team, its file, unsaved changes, the lead's pins |
//! | `workspace.rs` | `handle`: the document, prompts, the unsaved-changes flow |
//! | `file_jobs.rs` | open, save and export on a worker thread |
//! | `file_error.rs` | a file that could not be opened or saved, in the person's language |
//! | `autosave.rs` | autosave and crash recovery on a worker thread |
//! | `prompt.rs` | the Open / Save As / Export prompt |
//! | `native_dialog.rs` | the system file dialog, off the UI thread |
//! | `dialogs.rs` | unsaved changes, restore, error, details, about |
//! | `menu.rs` | the menu bar, tabs and shortcuts |
//! | `status.rs` | the status bar |
//! | `settings.rs` | settings kept between runs |

pub mod autosave;
pub mod clock;
pub mod command;
pub mod dialogs;
pub mod document;
pub mod file_error;
pub mod file_jobs;
pub mod menu;
pub mod native_dialog;
pub mod prompt;
pub mod rater;
pub mod settings;
pub mod status;
pub mod team_document;
pub mod workspace;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub use clock::Clock;
pub use command::{Command, UnsavedChoice};
use menu::MenuView;
use prompt::{DocKind, PromptView};
use settings::Settings;
use status::StatusView;
pub use workspace::{Effect, Workspace, WorkspaceOptions};

use crate::domain::Content;
use crate::domain::advisor::TeamProfile;
use crate::domain::profile::Profile;
use crate::domain::quiz::Answers;
use crate::i18n::Language;
use crate::ui::Screen;
use crate::ui::advisor::AdvisorScreen;
use crate::ui::compare::CompareScreen;
use crate::ui::quiz::{QuizMode, QuizScreen};
use crate::ui::results::{Attempt, ResultsScreen};
use crate::ui::team::TeamScreen;

/// How long quitting waits for a running save or autosave before the window closes anyway.
const QUIT_WAIT: Duration = Duration::from_secs(3);

/// How the app should open.
#[derive(Clone, Debug, Default)]
pub struct StartOptions {
    /// Open on this screen instead of the last one used.
    pub screen: Option<Screen>,
    /// Open this profile.
    pub file: Option<PathBuf>,
    /// Start at this zoom factor (2.0 is 200%) instead of the last one used.
    pub zoom: Option<f32>,
    /// Offer the operating system's file dialogs. Off in tests, so no dialog pops up on a
    /// developer's desktop; the typed path works either way.
    pub native_dialogs: bool,
    /// Where quiz answers are autosaved for crash recovery; `None` turns autosave off.
    pub recovery_file: Option<PathBuf>,
    /// Why autosave is off when `recovery_file` is `None` (shown in the status bar); `None`
    /// means it was turned off on purpose (tests) and nothing is shown.
    pub autosave_off_reason: Option<String>,
    /// Why the settings eframe keeps could not be read, found before the window opened
    /// (see [`settings::settings_file_problem`]).
    pub settings_problem: Option<settings::Problem>,
    /// Tells the time of each answer and result: the system clock unless a test sets one.
    pub clock: Clock,
    /// Show this language whatever the settings say (`--lang`); not remembered.
    pub language: Option<Language>,
    /// The system's language, shown until the person chooses one. The caller asks the system
    /// ([`Language::system`]), so tests get English on any machine.
    pub system_language: Language,
}

/// The Career Explorer application.
pub struct App {
    work: Workspace,
    ctx: egui::Context,
    compare: CompareScreen,
    advisor: AdvisorScreen,
    quiz: QuizScreen,
    /// Where the rater is in the rating request being answered.
    rater_quiz: QuizScreen,
    /// The rater session `rater_quiz` belongs to.
    rater_generation: u64,
    results: ResultsScreen,
    team: TeamScreen,
    details_open: bool,
    about_open: bool,
    settings_problem: Option<settings::Problem>,
    autosave_quietly_off: bool,
    title: String,
}

impl App {
    /// Creates the app inside eframe: restores settings from eframe's storage when there are
    /// any, starts opening `options.file` and looking for autosaved work. Neither waits: the
    /// window shows at once, whatever the path is.
    pub fn new(cc: &eframe::CreationContext<'_>, content: Content, options: StartOptions) -> Self {
        let stored = cc.storage.and_then(|s| s.get_string(settings::KEY));
        let mut loaded = Settings::load(stored.as_deref());
        loaded.problem = loaded.problem.or(options.settings_problem);
        if let Some(problem) = &loaded.problem {
            log::warn!("the defaults are used: {problem:?}");
        }
        let mut settings = loaded.settings;
        settings.migrate_into(&cc.egui_ctx);
        crate::ui::theme::apply(&cc.egui_ctx);
        if let Some(zoom) = options.zoom {
            cc.egui_ctx.set_zoom_factor(zoom);
        }
        let ctx = cc.egui_ctx.clone();
        let waker: file_jobs::Waker = {
            let ctx = ctx.clone();
            Arc::new(move || ctx.request_repaint())
        };
        let autosave_quietly_off =
            options.recovery_file.is_none() && options.autosave_off_reason.is_none();
        let recovery_file = options
            .recovery_file
            .ok_or_else(|| options.autosave_off_reason.unwrap_or_default());
        let content = Arc::new(content);
        let workspace_options = WorkspaceOptions {
            screen: options.screen.unwrap_or(settings.last_screen),
            native_dialogs: options.native_dialogs,
            recovery_file,
            language: options
                .language
                .or(settings.language)
                .unwrap_or(options.system_language),
            settings,
            clock: options.clock,
        };
        let mut app = Self {
            compare: CompareScreen::default(),
            work: Workspace::new(content, workspace_options, waker),
            ctx,
            advisor: AdvisorScreen::default(),
            quiz: QuizScreen::default(),
            rater_quiz: QuizScreen::default(),
            rater_generation: 0,
            results: ResultsScreen,
            team: TeamScreen::default(),
            details_open: false,
            about_open: false,
            settings_problem: loaded.problem,
            autosave_quietly_off,
            title: String::new(),
        };
        if let Some(path) = options.file {
            app.handle(Command::OpenPath(path));
        }
        app
    }

    /// Applies a command: window-only ones here, the rest in the [`Workspace`]; then does what
    /// the workspace asks of the window.
    pub fn handle(&mut self, command: Command) {
        match command {
            Command::ShowDetails(open) => self.details_open = open,
            Command::ShowAbout(open) => self.about_open = open,
            Command::SetTheme(preference) => self.ctx.set_theme(preference),
            command => self.work.handle(command),
        }
        self.apply_effects();
    }

    fn apply_effects(&mut self) {
        for effect in self.work.take_effects() {
            match effect {
                Effect::Close => {
                    self.ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
                Effect::RestartQuiz => self.quiz.restart(),
            }
        }
    }

    /// The workspace: the document and its flows.
    pub fn workspace(&self) -> &Workspace {
        &self.work
    }

    /// Waits up to `timeout` for file operations and autosave to finish and takes in their
    /// answers, as the next frames would (for tests).
    pub fn settle(&mut self, timeout: Duration) {
        self.work.settle(timeout);
        self.apply_effects();
    }

    /// Whether a file operation or an autosave is running.
    pub fn is_busy(&self) -> bool {
        self.work.is_busy()
    }

    /// The screen being shown.
    pub fn screen(&self) -> Screen {
        self.work.screen()
    }

    /// The open profile.
    pub fn profile(&self) -> &Profile {
        self.work.document().profile()
    }

    /// The file the open profile was opened from or saved to.
    pub fn path(&self) -> Option<&Path> {
        self.work.document().path()
    }

    /// Whether the open profile has changes that are not saved.
    pub fn is_dirty(&self) -> bool {
        self.work.document().is_dirty()
    }

    /// The open profile's team description, if the user has given one.
    pub fn team(&self) -> Option<&TeamProfile> {
        self.profile().team.as_ref()
    }

    /// The open profile's quiz answers.
    pub fn answers(&self) -> &Answers {
        &self.profile().answers
    }

    /// The error shown to the user, if any.
    pub fn error(&self) -> Option<&str> {
        self.work.error()
    }

    /// The window title: the file name, a `*` when there are unsaved changes, and the app. On
    /// the Team screen it is the team's file.
    pub fn window_title(&self) -> String {
        self.work.window_title()
    }

    /// Commands from files dropped on the window. On the Team screen every dropped profile
    /// and folder is added to the team; elsewhere the first file is opened (a profile or a
    /// team), since one document of each kind is open at a time.
    fn dropped_files(ctx: &egui::Context, screen: Screen) -> Vec<Command> {
        ctx.input(|i| {
            let paths = i.raw.dropped_files.iter().map(|f| f.path().to_path_buf());
            if screen == Screen::Team {
                let paths: Vec<PathBuf> = paths.collect();
                return if paths.is_empty() {
                    Vec::new()
                } else {
                    vec![Command::AddMemberPaths(paths)]
                };
            }
            paths.take(1).map(Command::OpenDropped).collect()
        })
    }

    fn screen_ui(&mut self, ui: &mut egui::Ui) -> Option<Command> {
        let content = self.work.content();
        let profile = self.work.document().profile();
        match self.work.screen() {
            Screen::Compare => {
                self.compare
                    .ui(ui, &content.catalog, self.work.translator());
                None
            }
            Screen::Advisor => {
                let team = profile.team.clone().unwrap_or_default();
                self.advisor.ui(
                    ui,
                    &content.advisor,
                    &content.catalog,
                    &team,
                    self.work.translator(),
                )
            }
            Screen::Quiz => match self.work.rater() {
                Some(session) => {
                    if session.generation != self.rater_generation {
                        self.rater_generation = session.generation;
                        self.rater_quiz.restart();
                    }
                    let tr = self.work.translator();
                    let banner = rater_banner_ui(ui, session, tr);
                    let answered = self.rater_quiz.ui_as(
                        ui,
                        &session.quiz,
                        &session.answers,
                        QuizMode::Rater,
                        tr,
                    );
                    banner.or(answered.map(|command| match command {
                        Command::SetAnswer { item, value } => Command::RaterAnswer { item, value },
                        Command::SubmitQuiz => Command::SaveRating,
                        other => other,
                    }))
                }
                None => self
                    .quiz
                    .ui(ui, &content.quiz, &profile.answers, self.work.translator()),
            },
            Screen::Results => {
                let mut attempts = profile.results.iter().rev().map(|past| Attempt {
                    taken: past.taken_at,
                    result: &past.result,
                });
                let latest = attempts.next();
                let earlier: Vec<Attempt<'_>> = attempts.collect();
                self.results.ui_with_ratings(
                    ui,
                    latest,
                    &earlier,
                    &content.quiz,
                    &profile.ratings,
                    self.work.translator(),
                )
            }
            Screen::Team => self.team.ui(
                ui,
                content,
                self.work.team(),
                self.work.add_report(),
                self.work.translator(),
            ),
        }
    }

    /// The dialogs, the topmost last; only one modal answers at a time.
    fn dialogs_ui(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        let tr = Arc::clone(self.work.translator());
        if self.details_open {
            commands.extend(dialogs::details_ui(
                ctx,
                self.work.document().profile(),
                &tr,
            ));
        }
        if self.about_open {
            commands.extend(dialogs::about_ui(ctx, &tr));
        }
        let busy = self.work.running().map(|(what, _)| what.to_owned());
        let view = PromptView {
            busy: busy.as_deref(),
            native_dialogs: self.work.native_dialogs(),
            dialog_open: self.work.dialog_open(),
            export_format: self.work.settings().export_format,
            anonymise: self.work.anonymise(),
            tr: &tr,
        };
        if let Some(prompt) = self.work.prompt_mut() {
            commands.extend(prompt::prompt_ui(ctx, prompt, &view));
        }
        if let Some(name) = self.work.unsaved_name() {
            commands.extend(dialogs::unsaved_ui(ctx, &name, &tr));
        }
        if let Some(offer) = self.work.recovery_offer() {
            commands.extend(dialogs::recovery_ui(ctx, offer, &tr));
        }
        if let Some(message) = self.work.error() {
            commands.extend(dialogs::error_ui(ctx, message, &tr));
        }
        commands
    }

    fn update_title(&mut self) {
        let title = self.window_title();
        if title != self.title {
            self.ctx
                .send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        crate::trace::frame_painted(ui);
        let ctx = ui.ctx().clone();
        self.work.poll(Instant::now());
        self.apply_effects();

        let mut commands = Vec::new();
        if ctx.input(|i| i.viewport().close_requested()) && !self.work.close_requested() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
        commands.extend(Self::dropped_files(&ctx, self.work.screen()));
        // Shortcuts wait while a modal dialog is open: it has the keyboard.
        let modal_open = self.work.prompt_open()
            || self.work.asking_unsaved()
            || self.work.recovery_offer().is_some()
            || self.work.error().is_some();
        if !modal_open {
            commands.extend(menu::shortcuts(&ctx));
        }
        let tr = Arc::clone(self.work.translator());
        let menu_view = MenuView {
            tr: &tr,
            screen: self.work.screen(),
            recent_files: &self.work.settings().recent_files,
            busy: self.work.running().is_some(),
        };
        egui::Panel::top("menu").show(ui, |ui| commands.extend(menu::menu_ui(ui, &menu_view)));
        // The status bar speaks of the document the screen works on.
        let (path, dirty) = match self.work.screen_document() {
            DocKind::Profile => (self.work.document().path(), self.work.document().is_dirty()),
            DocKind::Team => (self.work.team().path(), self.work.team().is_dirty()),
        };
        let settings_problem = self.settings_problem.as_ref().map(|p| p.text(&tr));
        let status_view = StatusView {
            path,
            dirty,
            running: self.work.running(),
            may_stop_waiting: self.work.may_stop_waiting(),
            autosave: (!self.autosave_quietly_off).then(|| self.work.autosave_status()),
            settings_problem: settings_problem.as_deref(),
            notice: self.work.notice(),
            tr: &tr,
        };
        egui::Panel::bottom("status").show(ui, |ui| {
            commands.extend(status::status_ui(ui, &status_view));
        });
        let screen_command = egui::CentralPanel::default()
            .show(ui, |ui| self.screen_ui(ui))
            .inner;
        commands.extend(screen_command);
        commands.extend(self.dialogs_ui(&ctx));

        for command in commands {
            self.handle(command);
        }
        if let Some(due) = self.work.autosave_due() {
            ctx.request_repaint_after(due.saturating_duration_since(Instant::now()));
        }
        self.update_title();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let mut settings = self.work.settings().clone();
        settings.last_screen = self.work.screen();
        eframe::set_value(storage, settings::KEY, &settings);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // A discarded session's autosave must be gone before the next start looks for it,
        // and a save in flight should land.
        self.work.settle(QUIT_WAIT);
    }
}

/// Above the rater's quiz: whose rating this is, the rater's name (or anonymous), and the
/// ways out.
fn rater_banner_ui(
    ui: &mut egui::Ui,
    session: &rater::RaterSession,
    tr: &crate::i18n::Translator,
) -> Option<Command> {
    let mut command = None;
    let name = session.request.name.trim();
    let (heading, unseen) = if name.is_empty() {
        (
            tr.tr("rater-heading-unnamed"),
            tr.tr("rater-anonymous.hover-unnamed"),
        )
    } else {
        (
            tr.tr_args("rater-heading", &[("name", name.into())]),
            tr.tr_args("rater-anonymous.hover", &[("name", name.into())]),
        )
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.strong(heading);
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(tr.tr("rater-name"));
            let mut typed = session.rater.clone();
            let field = ui
                .add_enabled(
                    !session.anonymous,
                    egui::TextEdit::singleline(&mut typed).desired_width(200.0),
                )
                .labelled_by(label.id);
            if field.changed() {
                command = Some(Command::SetRater {
                    name: typed,
                    anonymous: session.anonymous,
                });
            }
            let mut anonymous = session.anonymous;
            if ui
                .checkbox(&mut anonymous, tr.tr("rater-anonymous"))
                .on_hover_text(unseen)
                .changed()
            {
                command = Some(Command::SetRater {
                    name: session.rater.clone(),
                    anonymous,
                });
            }
            if ui.button(tr.tr("rater-stop")).clicked() {
                command = Some(Command::StopRating);
            }
        });
        let status = match (&session.saved_to, session.dirty) {
            (Some(path), false) => tr.tr_args(
                "rater-saved-to",
                &[("path", path.display().to_string().into())],
            ),
            (Some(_), true) => tr.tr("rater-changed"),
            (None, _) => tr.tr("rater-not-saved"),
        };
        ui.label(egui::RichText::new(status).color(crate::ui::theme::weak_text(ui.visuals())));
    });
    command
}
