//! `career-explorer`: opens the GUI, or runs a command headless.

use std::process::ExitCode;

use clap::Parser;

use career_explorer::domain::Content;
use career_explorer::ui::theme;
use career_explorer::{App, Screen, StartOptions};

/// Compare the Product Manager and Product Owner roles, decide whether a team needs one person
/// or two, and take a career-fit quiz.
#[derive(Debug, Parser)]
#[command(name = "career-explorer", version, about)]
struct Cli {
    /// Open the window on this screen.
    #[arg(long, value_enum)]
    screen: Option<Screen>,
}

const ICON_PNG: &[u8] = include_bytes!("../assets/icon-256.png");

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    let content = match Content::shipped() {
        Ok(content) => content,
        Err(err) => {
            eprintln!("career-explorer: the built-in content is invalid: {err}");
            return ExitCode::from(2);
        }
    };
    match run_gui(content, StartOptions { screen: cli.screen }) {
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
        .with_app_id("career-explorer")
        .with_inner_size(theme::DEFAULT_WINDOW)
        .with_min_inner_size(theme::MIN_WINDOW);
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
