//! `career-explorer`: with no arguments or a FILE it opens the window; with a subcommand it
//! runs headless (`advise`, `quiz score`, `export`).

use std::io;
use std::process::ExitCode;

use clap::FromArgMatches as _;

use career_explorer::cli::{self, Cli};
use career_explorer::domain::Content;
use career_explorer::i18n::Language;
use career_explorer::ui::theme;
use career_explorer::{App, StartOptions, storage};

/// The window's app id; eframe also names its settings folder after it.
const APP_ID: &str = "career-explorer";

const ICON_PNG: &[u8] = include_bytes!("../assets/icons/hicolor/256x256/apps/career-explorer.png");

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    // The help speaks the language asked for, so --lang is read before clap parses.
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let help_language = cli::help::lang_in_args(&args).unwrap_or_else(Language::system);
    let cli = match cli::help::command_in(help_language)
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(err) => err.exit(),
    };
    // The window starts from English and shows the content in its own language; the command
    // line speaks the one --lang or the system asks for.
    let content_language = if cli.command.is_some() {
        cli::language(cli.lang)
    } else {
        Language::English
    };
    let content = match Content::shipped_in(content_language) {
        Ok(content) => content,
        Err(err) => {
            eprintln!("career-explorer: the built-in content is invalid: {err}");
            return ExitCode::from(cli::EXIT_BAD_INPUT);
        }
    };
    if let Some(command) = cli.command {
        return ExitCode::from(cli::run(
            command,
            &content,
            cli.lang,
            &mut io::stdout().lock(),
            &mut io::stderr().lock(),
        ));
    }
    let recovery_file = storage::recovery_path();
    let autosave_off_reason = recovery_file.is_none().then(|| {
        let why = storage::StorageError::NoDataDir.to_string();
        log::warn!("quiz answers will not be autosaved: {why}");
        why
    });
    let settings_problem = eframe::storage_dir(APP_ID).and_then(|dir| {
        career_explorer::app::settings::settings_file_problem(&dir.join("app.ron"))
    });
    let options = StartOptions {
        screen: cli.screen,
        file: cli.file,
        zoom: cli.zoom.map(|percent| f32::from(percent) / 100.0),
        native_dialogs: true,
        recovery_file,
        autosave_off_reason,
        settings_problem,
        clock: career_explorer::app::Clock::system(),
        language: cli.lang,
        system_language: Language::system(),
    };
    match run_gui(content, options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("career-explorer: could not open the window: {err}");
            ExitCode::FAILURE
        }
    }
}

fn run_gui(content: Content, options: StartOptions) -> eframe::Result {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Career Explorer")
        .with_app_id(APP_ID)
        .with_inner_size(theme::DEFAULT_WINDOW)
        .with_min_inner_size(theme::MIN_WINDOW)
        .with_drag_and_drop(true);
    match eframe::icon_data::from_png_bytes(ICON_PNG) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(err) => log::warn!("the window icon could not be decoded: {err}"),
    }
    let native = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "Career Explorer",
        native,
        Box::new(move |cc| Ok(Box::new(App::new(cc, content, options)))),
    )
}
