//! The eframe application: owns the content, the settings and each screen's state, draws the
//! top bar and the current screen, and applies what the screens ask for.

use serde::{Deserialize, Serialize};

use crate::domain::Content;
use crate::domain::advisor::TeamProfile;
use crate::domain::quiz::{self, Answers, QuizResult};
use crate::ui::advisor::AdvisorScreen;
use crate::ui::compare::CompareScreen;
use crate::ui::quiz::QuizScreen;
use crate::ui::results::{Attempt, ResultsScreen};
use crate::ui::{Command, Screen};

/// How the app should open, from the command line.
#[derive(Clone, Copy, Debug, Default)]
pub struct StartOptions {
    /// Open on this screen instead of the last one used.
    pub screen: Option<Screen>,
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
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::System,
            zoom: 1.0,
            last_screen: Screen::Compare,
        }
    }
}

/// The Career Explorer application.
pub struct App {
    content: Content,
    settings: Settings,
    screen: Screen,
    team: Option<TeamProfile>,
    answers: Answers,
    results: Vec<(String, QuizResult)>,
    compare: CompareScreen,
    advisor: AdvisorScreen,
    quiz: QuizScreen,
    results_screen: ResultsScreen,
    about_open: bool,
    error: Option<String>,
}

impl App {
    /// Creates the app inside eframe, restoring settings from eframe's storage when there are
    /// any.
    pub fn new(cc: &eframe::CreationContext<'_>, content: Content, options: StartOptions) -> Self {
        let settings: Settings = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, eframe::APP_KEY))
            .unwrap_or_default();
        cc.egui_ctx.set_theme(settings.theme.preference());
        if settings.zoom.is_finite() && (0.25..=5.0).contains(&settings.zoom) {
            cc.egui_ctx.set_zoom_factor(settings.zoom);
        }
        let StartOptions { screen } = options;
        let screen = screen.unwrap_or(settings.last_screen);
        Self {
            compare: CompareScreen::new(&content.catalog),
            advisor: AdvisorScreen::default(),
            quiz: QuizScreen::default(),
            results_screen: ResultsScreen,
            team: None,
            answers: Answers::default(),
            results: Vec::new(),
            error: None,
            content,
            settings,
            screen,
            about_open: false,
        }
    }

    /// The screen being shown.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// The open profile's team description, if the user has given one.
    pub fn team(&self) -> Option<&TeamProfile> {
        self.team.as_ref()
    }

    /// The open profile's quiz answers.
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// The quiz results kept in the open profile, oldest first.
    pub fn results(&self) -> &[(String, QuizResult)] {
        &self.results
    }

    /// Applies what a screen asked for. The only place the document changes.
    fn apply(&mut self, command: Command) {
        match command {
            Command::SetTeam(team) => self.team = Some(team),
            Command::Show(screen) => self.screen = screen,
            Command::SetAnswer { item, value } => {
                self.answers.set(item, value);
            }
            Command::SubmitQuiz => match quiz::score(&self.content.quiz, &self.answers) {
                Ok(result) => {
                    self.results.push((today(), result));
                    self.screen = Screen::Results;
                }
                Err(err) => self.report_error(format!("The quiz cannot be scored yet: {err}")),
            },
            Command::Retake => {
                self.answers = Answers::default();
                self.quiz.restart();
                self.screen = Screen::Quiz;
            }
        }
    }

    /// Shows an error to the user and logs it, once.
    fn report_error(&mut self, message: String) {
        log::error!("{message}");
        self.error = Some(message);
    }

    fn error_ui(&mut self, ctx: &egui::Context) {
        let Some(message) = self.error.clone() else {
            return;
        };
        let mut open = true;
        egui::Window::new("Something went wrong")
            .collapsible(false)
            .resizable(false)
            .open(&mut open)
            .show(ctx, |ui| {
                ui.label(&message);
                if ui.button("OK").clicked() {
                    self.error = None;
                }
            });
        if !open {
            self.error = None;
        }
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
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
            for screen in Screen::ALL {
                ui.selectable_value(&mut self.screen, screen, screen.title());
            }
        });
    }

    fn about_ui(&mut self, ctx: &egui::Context) {
        egui::Window::new("About Career Explorer")
            .open(&mut self.about_open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.label(format!("Version {}", env!("CARGO_PKG_VERSION")));
                ui.label(env!("CARGO_PKG_DESCRIPTION"));
                ui.label(
                    "Results are a self-assessment to start a conversation, not a validated \
                     psychometric test.",
                );
            });
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        crate::trace::frame_painted(ui);
        egui::Panel::top("top-bar").show(ui, |ui| self.top_bar_ui(ui));
        let command = egui::CentralPanel::default()
            .show(ui, |ui| match self.screen {
                Screen::Compare => {
                    self.compare.ui(ui, &self.content.catalog);
                    None
                }
                Screen::Advisor => {
                    let team = self.team.clone().unwrap_or_default();
                    self.advisor
                        .ui(ui, &self.content.advisor, &self.content.catalog, &team)
                }
                Screen::Quiz => self.quiz.ui(ui, &self.content.quiz, &self.answers),
                Screen::Results => {
                    let mut attempts = self
                        .results
                        .iter()
                        .rev()
                        .map(|(taken, result)| Attempt { taken, result });
                    let latest = attempts.next();
                    let earlier: Vec<Attempt<'_>> = attempts.collect();
                    self.results_screen.ui(ui, latest, &earlier)
                }
            })
            .inner;
        if let Some(command) = command {
            self.apply(command);
        }
        let ctx = ui.ctx().clone();
        self.about_ui(&ctx);
        self.error_ui(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.settings.last_screen = self.screen;
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}

/// Today's date as the profile stores it (UTC, ISO 8601).
fn today() -> String {
    let now = time::OffsetDateTime::now_utc();
    format!(
        "{:04}-{:02}-{:02}",
        now.year(),
        u8::from(now.month()),
        now.day()
    )
}
