//! Opening, saving, autosave and unsaved changes, driven through the window as a person would.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::fs;
use std::path::{Path, PathBuf};

use career_explorer::domain::profile::Profile;
use career_explorer::{App, Screen, StartOptions, storage};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

mod support;
use support::{app, content, fixture, on, settle, type_path_and};

fn answer_first_item(harness: &mut Harness<'_, App>) {
    harness.key_press(Key::Num4);
    settle(harness);
}

#[test]
fn save_as_through_the_typed_path_writes_the_file() {
    let folder = tempfile::tempdir().unwrap();
    let target = folder.path().join("me.ron");
    let mut harness = app(on(Screen::Quiz));
    answer_first_item(&mut harness);
    assert!(harness.state().is_dirty());
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    settle(&mut harness);
    harness.get_by_label("Save the profile as");
    type_path_and(&mut harness, &target, "Save");
    assert!(
        harness.state().error().is_none(),
        "{:?}",
        harness.state().error()
    );
    assert!(!harness.state().is_dirty());
    assert_eq!(harness.state().path(), Some(target.as_path()));
    assert_eq!(harness.state().window_title(), "me.ron - Career Explorer");
    let saved = storage::load_profile(&target, &content()).unwrap();
    assert_eq!(&saved, harness.state().profile());
    assert_eq!(saved.answers.len(), 1);
}

#[test]
fn unsaved_changes_mark_the_title() {
    let mut harness = app(on(Screen::Quiz));
    assert_eq!(harness.state().window_title(), "Untitled - Career Explorer");
    answer_first_item(&mut harness);
    assert_eq!(
        harness.state().window_title(),
        "*Untitled - Career Explorer"
    );
    harness.get_by_label("Unsaved changes");
}

#[test]
fn opening_a_bad_file_shows_line_and_column_and_keeps_the_document() {
    let good = fixture("profiles/complete.ron");
    let mut harness = app(StartOptions {
        file: Some(good.clone()),
        ..on(Screen::Results)
    });
    let before = harness.state().profile().clone();
    assert!(!before.answers.is_empty());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    settle(&mut harness);
    harness.get_by_label("Open a profile or a team");
    let bad = fixture("bad/engineers-float.ron");
    type_path_and(&mut harness, &bad, "Open");
    let error = harness
        .state()
        .error()
        .expect("the error is shown")
        .to_owned();
    let expected = format!("{}:", bad.display());
    assert!(error.contains(&expected), "{error}");
    // file:line:col
    let position = error.split(&expected).nth(1).unwrap();
    let mut parts = position.split(':');
    assert!(
        parts.next().unwrap().parse::<u32>().is_ok(),
        "line in {error}"
    );
    assert!(
        parts.next().unwrap().parse::<u32>().is_ok(),
        "column in {error}"
    );
    harness.get_by_label("Something went wrong");
    assert_eq!(harness.state().profile(), &before);
    assert_eq!(harness.state().path(), Some(good.as_path()));
    harness.get_by_label("OK").click();
    settle(&mut harness);
    assert!(harness.state().error().is_none());
}

#[test]
fn opening_a_file_from_the_command_line_shows_its_result() {
    let harness = app(StartOptions {
        file: Some(fixture("profiles/complete.ron")),
        ..on(Screen::Results)
    });
    harness.get_by_label("Your result");
    assert!(!harness.state().is_dirty());
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let mut harness = app(on(Screen::Quiz));
    answer_first_item(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    settle(&mut harness);
    harness.get_by_label("Save your changes?");
    harness.get_by_label("Cancel").click();
    settle(&mut harness);
    assert!(harness.query_by_label("Save your changes?").is_none());
    assert!(harness.state().is_dirty(), "nothing was lost");
    // New asks too, and Discard goes ahead.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    settle(&mut harness);
    harness.get_by_label("Discard").click();
    settle(&mut harness);
    assert!(harness.state().answers().is_empty());
    assert!(!harness.state().is_dirty());
}

#[test]
fn answers_autosave_and_the_next_start_offers_them_back() {
    let folder = tempfile::tempdir().unwrap();
    let recovery = folder.path().join("recovery.ron");
    let options = StartOptions {
        recovery_file: Some(recovery.clone()),
        ..on(Screen::Quiz)
    };
    let mut harness = app(options.clone());
    for _ in 0..3 {
        answer_first_item(&mut harness);
    }
    assert!(recovery.is_file(), "answers are autosaved at once");
    let answers = harness.state().answers().clone();
    // The app "crashes": it is dropped without saving.
    drop(harness);

    let mut harness = app(options.clone());
    harness.get_by_label("Restore unsaved work?");
    harness.get_by_label("Restore").click();
    settle(&mut harness);
    assert_eq!(harness.state().answers(), &answers);
    assert!(
        harness.state().is_dirty(),
        "restored work still needs saving"
    );

    // Saving makes the autosave unnecessary.
    let target = folder.path().join("saved.ron");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut harness);
    type_path_and(&mut harness, &target, "Save");
    assert!(target.is_file());
    assert!(!recovery.exists(), "the autosave is removed after a save");
    drop(harness);
    let harness = app(options);
    assert!(harness.query_by_label("Restore unsaved work?").is_none());
}

#[test]
fn a_failed_save_reports_and_keeps_everything() {
    let folder = tempfile::tempdir().unwrap();
    let target = folder.path().join("keep.ron");
    let mut profile = Profile::new("Keep me");
    profile.notes = "original".into();
    storage::save_profile(&target, &profile).unwrap();
    let original = fs::read(&target).unwrap();

    let mut harness = app(StartOptions {
        file: Some(target.clone()),
        ..on(Screen::Quiz)
    });
    answer_first_item(&mut harness);
    let edited = harness.state().profile().clone();
    // Save As into a place that cannot hold files.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    settle(&mut harness);
    type_path_and(&mut harness, Path::new("/proc/self/nope.ron"), "Save");
    let error = harness.state().error().expect("the failure is shown");
    assert!(error.contains("/proc/self/nope.ron"), "{error}");
    // Intact but for the id the save gave it before failing; the next save writes that id.
    let mut kept = harness.state().profile().clone();
    assert!(
        kept.id.take().is_some(),
        "the id given for the save is kept"
    );
    assert_eq!(kept, edited, "the open document is intact");
    assert!(harness.state().is_dirty());
    assert_eq!(
        fs::read(&target).unwrap(),
        original,
        "the old file is intact"
    );
}

/// A file dropped on the window, as the windowing layer hands it to egui.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_profile_on_the_window_opens_it() {
    let mut harness = app(on(Screen::Results));
    harness.get_by_label("No result yet");
    let path = fixture("profiles/complete.ron");
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.clone())));
    settle(&mut harness);
    assert_eq!(harness.state().path(), Some(path.as_path()));
    harness.get_by_label("Your result");
}

#[test]
fn a_profile_opened_over_unsaved_changes_asks_once_it_is_read() {
    let mut harness = app(on(Screen::Quiz));
    answer_first_item(&mut harness);
    let answers = harness.state().answers().clone();
    // The file prompt comes first: nothing is asked before it is known what the file is.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    settle(&mut harness);
    assert!(harness.query_by_label("Save your changes?").is_none());
    let path = fixture("profiles/complete.ron");
    type_path_and(&mut harness, &path, "Open");
    harness.get_by_label("Save your changes?");
    harness.get_by_label("Cancel").click();
    settle(&mut harness);
    assert_eq!(harness.state().answers(), &answers, "Cancel keeps the work");
    assert!(harness.state().path().is_none());
    // Asked again, Discard opens it.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    settle(&mut harness);
    type_path_and(&mut harness, &path, "Open");
    harness.get_by_label("Discard").click();
    settle(&mut harness);
    assert_eq!(harness.state().path(), Some(path.as_path()));
    assert!(!harness.state().is_dirty());
}

#[test]
fn dropping_another_kind_of_file_says_what_can_be_opened() {
    let mut harness = app(on(Screen::Results));
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(fixture("../../README.md"))));
    settle(&mut harness);
    let error = harness.state().error().unwrap();
    assert!(error.contains("only Career Explorer files"), "{error}");
    assert!(harness.state().path().is_none());
}

#[test]
fn export_through_the_typed_path_writes_the_report_and_confirms() {
    let folder = tempfile::tempdir().unwrap();
    let target = folder.path().join("report.csv");
    let mut harness = app(StartOptions {
        file: Some(fixture("profiles/complete.ron")),
        ..on(Screen::Results)
    });
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    settle(&mut harness);
    harness.get_by_label("Export a report");
    harness.get_by_label("Spreadsheet (CSV)").click();
    settle(&mut harness);
    type_path_and(&mut harness, &target, "Export");
    assert!(
        harness.state().error().is_none(),
        "{:?}",
        harness.state().error()
    );
    let csv = fs::read_to_string(&target).unwrap();
    assert!(csv.starts_with("name,date,role"), "{csv}");
    assert_eq!(
        csv.lines().count(),
        11,
        "a header and one row per responsibility"
    );
    harness.get_by_label_contains("Exported the Spreadsheet (CSV) report to");
}

#[test]
fn recent_files_remember_what_was_opened() {
    let path = fixture("profiles/complete.ron");
    let mut harness = app(StartOptions {
        file: Some(path.clone()),
        ..on(Screen::Compare)
    });
    harness.get_by_label("File").click();
    settle(&mut harness);
    harness.get_by_label("Open Recent").hover();
    settle(&mut harness);
    harness.get_by_role_and_label(Role::Button, path.to_str().unwrap());
}

#[test]
fn number_keys_do_not_answer_behind_a_dialog() {
    let mut harness = app(on(Screen::Quiz));
    answer_first_item(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    settle(&mut harness);
    harness.get_by_label("Save your changes?");
    harness.key_press(Key::Num5);
    settle(&mut harness);
    assert_eq!(
        harness.state().answers().len(),
        1,
        "the key did not reach the quiz"
    );
}

#[test]
fn a_typed_path_that_exists_is_replaced_only_when_asked_twice() {
    let folder = tempfile::tempdir().unwrap();
    let target = folder.path().join("taken.ron");
    fs::write(&target, "someone else's file").unwrap();
    let mut harness = app(on(Screen::Quiz));
    answer_first_item(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    settle(&mut harness);
    type_path_and(&mut harness, &target, "Save");
    harness.get_by_label_contains("already exists. Press Save again to replace it.");
    assert_eq!(fs::read_to_string(&target).unwrap(), "someone else's file");
    assert!(harness.state().is_dirty());
    harness.get_by_label("Save").click();
    settle(&mut harness);
    assert!(!harness.state().is_dirty());
    assert!(
        fs::read_to_string(&target)
            .unwrap()
            .contains("career-explorer-profile")
    );
}
