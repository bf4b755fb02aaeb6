//! App settings kept between runs by eframe's persistence: the screen last open, recent files,
//! the export format and the language. Profiles are never stored here.
//!
//! Theme and zoom are egui's own options, which eframe already keeps with egui's memory; the
//! first release also kept a copy here. That copy is still read once (so nobody's choice is
//! lost on upgrade), handed to egui, and no longer written.

use std::path::PathBuf;

use serde::{Deserialize, Deserializer, Serialize};

use crate::export::Format;
use crate::i18n::{Language, Translator};
use crate::ui::Screen;

/// The key eframe keeps the settings under.
pub const KEY: &str = eframe::APP_KEY;

/// Settings kept between runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The screen that was open at exit.
    pub last_screen: Screen,
    /// Profiles opened or saved lately, newest first.
    pub recent_files: Vec<PathBuf>,
    /// Format chosen at the last export.
    pub export_format: Format,
    /// The language chosen in View > Language; `None` until one is chosen, and the app
    /// follows the system's.
    pub language: Option<Language>,
    /// The first release's theme choice; read, never written.
    #[serde(rename = "theme", skip_serializing, deserialize_with = "some")]
    legacy_theme: Option<LegacyTheme>,
    /// The first release's zoom factor; read, never written.
    #[serde(rename = "zoom", skip_serializing, deserialize_with = "some")]
    legacy_zoom: Option<f32>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            last_screen: Screen::Compare,
            recent_files: Vec::new(),
            export_format: Format::Html,
            language: None,
            legacy_theme: None,
            legacy_zoom: None,
        }
    }
}

/// The first release's theme choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
enum LegacyTheme {
    System,
    Light,
    Dark,
}

fn some<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

/// Settings read from eframe's storage, and what went wrong reading them.
#[derive(Debug, PartialEq)]
pub struct Loaded {
    /// The settings (defaults where they could not be read).
    pub settings: Settings,
    /// Why saved settings could not be read, for the status bar.
    pub problem: Option<Problem>,
}

/// Why saved settings were not used: what follows "The defaults are used because".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The settings eframe handed over could not be read; what the reader said.
    Unreadable(String),
    /// eframe's settings file could not be read.
    FileUnreadable {
        /// The file.
        path: PathBuf,
        /// What the system or the reader said.
        detail: String,
    },
}

impl Problem {
    /// The problem in the language shown (the reader's and the system's words stay as they
    /// are).
    pub fn text(&self, tr: &Translator) -> String {
        match self {
            Self::Unreadable(detail) => {
                tr.tr_args("settings-unreadable", &[("detail", detail.as_str().into())])
            }
            Self::FileUnreadable { path, detail } => tr.tr_args(
                "settings-file-unreadable",
                &[
                    ("path", path.display().to_string().into()),
                    ("detail", detail.as_str().into()),
                ],
            ),
        }
    }
}

/// Why the settings file eframe keeps at `path` could not be read, if it exists and cannot
/// be. eframe then starts with no settings and only logs it; the status bar says so instead.
pub fn settings_file_problem(path: &std::path::Path) -> Option<Problem> {
    let problem = |detail: String| Problem::FileUnreadable {
        path: path.to_owned(),
        detail,
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return None,
        Err(err) => return Some(problem(err.to_string())),
    };
    ron::from_str::<std::collections::HashMap<String, String>>(&text)
        .err()
        .map(|err| problem(err.to_string()))
}

impl Settings {
    /// Reads settings from what eframe stored under [`KEY`] (`None`: nothing stored yet).
    /// Unreadable settings give the defaults and a problem to show, never a silent reset.
    pub fn load(stored: Option<&str>) -> Loaded {
        let Some(text) = stored else {
            return Loaded {
                settings: Self::default(),
                problem: None,
            };
        };
        match ron::from_str(text) {
            Ok(settings) => Loaded {
                settings,
                problem: None,
            },
            Err(err) => Loaded {
                settings: Self::default(),
                problem: Some(Problem::Unreadable(err.to_string())),
            },
        }
    }

    /// Hands a theme or zoom kept by the first release to egui, which keeps them from now on.
    pub fn migrate_into(&mut self, ctx: &egui::Context) {
        if let Some(theme) = self.legacy_theme.take() {
            ctx.set_theme(match theme {
                LegacyTheme::System => egui::ThemePreference::System,
                LegacyTheme::Light => egui::ThemePreference::Light,
                LegacyTheme::Dark => egui::ThemePreference::Dark,
            });
        }
        if let Some(zoom) = self.legacy_zoom.take()
            && zoom.is_finite()
            && (0.25..=5.0).contains(&zoom)
        {
            ctx.set_zoom_factor(zoom);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the first release wrote.
    const FIRST_RELEASE: &str = r#"(theme:Dark,zoom:1.5,last_screen:quiz,recent_files:["/home/a/me.ron"],export_format:csv)"#;

    /// Runs one empty frame: egui applies a new zoom factor when a frame begins.
    fn next_frame(ctx: &egui::Context) {
        let mut output = ctx.run_ui(egui::RawInput::default(), |_ui| {});
        output.textures_delta.clear();
    }

    #[test]
    fn first_release_settings_keep_theme_and_zoom_by_handing_them_to_egui() {
        let loaded = Settings::load(Some(FIRST_RELEASE));
        assert_eq!(loaded.problem, None);
        let mut settings = loaded.settings;
        assert_eq!(settings.last_screen, Screen::Quiz);
        assert_eq!(settings.export_format, Format::Csv);
        assert_eq!(settings.recent_files, [PathBuf::from("/home/a/me.ron")]);
        let ctx = egui::Context::default();
        settings.migrate_into(&ctx);
        next_frame(&ctx);
        assert_eq!(
            ctx.options(|o| o.theme_preference),
            egui::ThemePreference::Dark
        );
        assert!((ctx.options(|o| o.zoom_factor) - 1.5).abs() < f32::EPSILON);
        let written = ron::to_string(&settings).unwrap();
        assert!(!written.contains("theme"), "{written}");
        assert!(!written.contains("zoom"), "{written}");
        assert_eq!(Settings::load(Some(&written)).settings, settings);
    }

    #[test]
    fn the_chosen_language_is_kept_and_none_follows_the_system() {
        assert_eq!(
            Settings::load(Some(FIRST_RELEASE)).settings.language,
            None,
            "old file"
        );
        let settings = Settings {
            language: Some(Language::German),
            ..Settings::default()
        };
        let written = ron::to_string(&settings).unwrap();
        assert!(written.contains("language:Some(de)"), "{written}");
        assert_eq!(Settings::load(Some(&written)).settings, settings);
    }

    #[test]
    fn unreadable_settings_give_defaults_and_say_so() {
        let loaded = Settings::load(Some("(last_screen: 7"));
        assert_eq!(loaded.settings, Settings::default());
        let problem = loaded.problem.unwrap();
        let english = problem.text(&Translator::new(Language::English));
        assert!(english.contains("could not be read"), "{english}");
        let german = problem.text(&Translator::new(Language::German));
        assert!(
            german.starts_with("die gespeicherten Einstellungen ließen sich nicht lesen ("),
            "{german}"
        );
        assert_eq!(Settings::load(None).problem, None);
    }

    #[test]
    fn a_broken_settings_file_is_named() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("app.ron");
        assert_eq!(settings_file_problem(&path), None, "no file yet is fine");
        std::fs::write(&path, r#"{"app": "(last_screen: quiz)"}"#).unwrap();
        assert_eq!(settings_file_problem(&path), None);
        std::fs::write(&path, "(last_screen: 7").unwrap();
        let problem = settings_file_problem(&path)
            .unwrap()
            .text(&Translator::new(Language::English));
        assert!(problem.contains("app.ron could not be read"), "{problem}");
    }

    #[test]
    fn a_zoom_out_of_range_is_ignored() {
        let mut settings = Settings::load(Some("(zoom: 80.0)")).settings;
        let ctx = egui::Context::default();
        settings.migrate_into(&ctx);
        next_frame(&ctx);
        assert!((ctx.options(|o| o.zoom_factor) - 1.0).abs() < f32::EPSILON);
    }
}
