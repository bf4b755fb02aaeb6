//! What the window tests share: the app in an `egui_kittest` harness, the shipped content,
//! fixtures, and waiting for the disk.
//!
//! Each test file says `mod support;` and uses part of this.
#![allow(dead_code, reason = "each test file uses a different part")]

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use career_explorer::app::Clock;
use career_explorer::domain::Content;
use career_explorer::i18n::Language;
use career_explorer::{App, Screen, StartOptions};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};

/// The window size most tests use.
pub const SIZE: egui::Vec2 = egui::vec2(1280.0, 900.0);

/// How long a test waits for a file operation before it fails. Generous: the machine may be
/// busy, and a test that waits is not a timed assertion.
pub const DISK_WAIT: Duration = Duration::from_secs(30);

/// The content that ships in the binary.
pub fn content() -> Content {
    Content::shipped().expect("the shipped content is valid")
}

/// Start options that open on `screen`.
pub fn on(screen: Screen) -> StartOptions {
    StartOptions {
        screen: Some(screen),
        ..StartOptions::default()
    }
}

/// The app with `content`, started with `options`, in a `size` window; any file it was asked
/// to open has been read.
pub fn app_sized(
    content: Content,
    options: StartOptions,
    size: egui::Vec2,
) -> Harness<'static, App> {
    let mut harness = Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| App::new(cc, content, options));
    settle(&mut harness);
    harness
}

/// The app with the shipped content, started with `options`.
pub fn app(options: StartOptions) -> Harness<'static, App> {
    app_sized(content(), options, SIZE)
}

/// The app started with `options`, shown in `language` (as `--lang` does).
pub fn in_language(language: Language, options: StartOptions) -> Harness<'static, App> {
    app(StartOptions {
        language: Some(language),
        ..options
    })
}

/// Every node's label, value and description: the text a screen reader can reach.
pub fn texts(harness: &Harness<'_, App>) -> Vec<String> {
    harness
        .query_all(By::new())
        .flat_map(|node| {
            let access = node.accesskit_node();
            [access.label(), access.value(), access.description()]
        })
        .flatten()
        .collect()
}

/// Whether some node's label, value or description contains `text` (a menu item's label has
/// its shortcut in it; the status bar's notice is one label of many).
pub fn shows(harness: &Harness<'_, App>, text: &str) -> bool {
    texts(harness).iter().any(|t| t.contains(text))
}

/// Clicks the node labelled `label` and waits until any file work it started (an export, an
/// autosave) is done and the window is still.
pub fn click(harness: &mut Harness<'_, App>, label: &str) {
    harness.get_by_label(label).click();
    settle(harness);
}

/// A clock that moves on by `step` each time it is read, from a fixed morning: a person
/// answering at that pace. Tests drive the quiz far faster than anyone reads, so a test that
/// does not mean to trip the rushed-answers check gives the app a reading pace.
pub fn paced_clock(step: time::Duration) -> Clock {
    let reads = Arc::new(AtomicI64::new(0));
    Clock::new(move || {
        let n = reads.fetch_add(1, Ordering::SeqCst);
        time::macros::datetime!(2026-11-28 09:00 UTC) + step * i32::try_from(n).unwrap_or(i32::MAX)
    })
}

/// The app on `screen` with answers given `step` apart.
pub fn app_paced(screen: Screen, step: time::Duration) -> Harness<'static, App> {
    app(StartOptions {
        clock: paced_clock(step),
        ..on(screen)
    })
}

/// The app with the shipped content on `screen`.
pub fn app_on(screen: Screen) -> Harness<'static, App> {
    app(on(screen))
}

/// Waits for running file operations and autosaves to finish, then runs frames until the
/// window is still: what a person sees a moment after the disk answered.
pub fn settle(harness: &mut Harness<'_, App>) {
    // The frames that take in the last input and start the work. The workers wake the window
    // when they finish, which may ask for more frames than `run` allows while they are still
    // running: stillness is checked by the `run` below, once they are done.
    let _ = harness.try_run();
    harness.state_mut().settle(DISK_WAIT);
    assert!(
        !harness.state().is_busy(),
        "a file operation did not finish within {DISK_WAIT:?}"
    );
    harness.run();
}

/// A file under `tests/data`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// Presses a key, and lets the window react.
pub fn press(harness: &mut Harness<'_, App>, key: Key) {
    harness.key_press(key);
    harness.run();
}

/// Presses a key with modifiers (Ctrl+S), and lets the window react.
pub fn press_with(harness: &mut Harness<'_, App>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

/// Types `path` into the prompt's Path field, replacing what is there, presses `button`, and
/// waits for the file operation it starts.
pub fn type_path_and(harness: &mut Harness<'_, App>, path: &Path, button: &str) {
    harness.get_by_label("Path").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Path")
        .type_text(path.to_str().expect("test paths are UTF-8"));
    harness.run();
    harness.get_by_label(button).click();
    settle(harness);
}

/// A profile called `name` with id `id` whose every quiz item was answered with `answer(role)`
/// (`role` is the item's responsibility prefix, `pm` or `po`), scored and recorded on a fixed
/// date; `answer` = `None` leaves the quiz untaken.
pub fn team_profile(
    name: &str,
    id: &str,
    answer: Option<&dyn Fn(&str) -> u8>,
) -> career_explorer::domain::profile::Profile {
    use career_explorer::domain::profile::{Profile, ProfileId};
    use career_explorer::domain::quiz::{self, Answers};
    let content = content();
    let mut profile = Profile::new(name);
    let id = ProfileId::new(id).expect("a valid id");
    profile.ensure_id(|| id);
    if let Some(answer) = answer {
        let mut answers = Answers::default();
        for item in content.quiz.items() {
            let role = item.responsibility.split('-').next().unwrap_or_default();
            answers.set(item.id.clone(), answer(role));
        }
        let result = quiz::score(&content.quiz, &answers).expect("a complete quiz");
        profile.record_result(
            result,
            time::macros::datetime!(2026-11-20 10:00 UTC),
            career_explorer::i18n::Language::English,
        );
    }
    profile
}

/// The four people the team tests use: Ana (a product manager), Bo (a product owner), Cy
/// (good at both, so the best combined fit) and Di (no result yet).
pub fn four_people() -> Vec<career_explorer::domain::profile::Profile> {
    vec![
        team_profile(
            "Ana",
            "id-ana",
            Some(&|role| if role == "pm" { 4 } else { 1 }),
        ),
        team_profile(
            "Bo",
            "id-bo",
            Some(&|role| if role == "pm" { 1 } else { 4 }),
        ),
        team_profile("Cy", "id-cy", Some(&|_| 3)),
        team_profile("Di", "id-di", None),
    ]
}
