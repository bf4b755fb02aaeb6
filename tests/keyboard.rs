//! Every screen used without a mouse: Tab and Shift+Tab reach every control, Space and Enter
//! activate, arrows adjust sliders; the dialogs and the file prompt answer to the keyboard.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use career_explorer::{App, Screen, StartOptions};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};

mod support;
use support::{app, fixture, on, settle};

/// The roles a keyboard user must be able to reach.
const CONTROLS: [Role; 7] = [
    Role::Button,
    Role::RadioButton,
    Role::CheckBox,
    Role::TextInput,
    Role::Slider,
    Role::SpinButton,
    Role::ComboBox,
];

/// What a screen reader would call the node: its label, or a label's text.
fn name_of(node: &egui_kittest::Node<'_>) -> String {
    let access = node.accesskit_node();
    access
        .label()
        .or_else(|| access.value())
        .unwrap_or_default()
}

/// A control: its node id, role and name.
type Control = (String, Role, String);

fn control(node: &egui_kittest::Node<'_>) -> Control {
    let access = node.accesskit_node();
    (format!("{:?}", access.id()), access.role(), name_of(node))
}

/// The focused control.
fn focused(harness: &Harness<'_, App>) -> Option<Control> {
    harness
        .query_all(By::new().predicate(|node| node.is_focused()))
        .next()
        .map(|node| control(&node))
}

/// Every enabled control in the tree.
fn controls(harness: &Harness<'_, App>) -> Vec<Control> {
    harness
        .query_all(
            By::new().predicate(|node| CONTROLS.contains(&node.role()) && !node.is_disabled()),
        )
        .map(|node| control(&node))
        .collect()
}

/// Presses Tab (or Shift+Tab) until the focus comes back to where it started, and returns
/// what it visited in order.
fn walk(harness: &mut Harness<'_, App>, modifiers: Modifiers) -> Vec<Control> {
    let mut seen: Vec<Control> = Vec::new();
    for _ in 0..400 {
        harness.key_press_modifiers(modifiers, Key::Tab);
        harness.run();
        let Some(now) = focused(harness) else {
            continue;
        };
        if seen.first() == Some(&now) {
            break;
        }
        seen.push(now);
    }
    seen
}

/// Tab reaches every control of `screen` (opened on `file`), and Shift+Tab visits the same
/// ones in the opposite order.
fn every_control_is_reached_by_tab(screen: Screen, file: &str) {
    let mut harness = app(StartOptions {
        file: Some(fixture(file)),
        ..on(screen)
    });
    let all = controls(&harness);
    assert!(!all.is_empty(), "{screen:?} has controls");
    let forward = walk(&mut harness, Modifiers::NONE);
    let missed: Vec<_> = all.iter().filter(|c| !forward.contains(c)).collect();
    assert!(
        missed.is_empty(),
        "{screen:?}: Tab never reaches {missed:#?}"
    );
    for (_, role, name) in &forward {
        assert!(
            !name.is_empty(),
            "{screen:?}: a focused {role:?} has no name"
        );
    }
    let mut backward = walk(&mut harness, Modifiers::SHIFT);
    backward.reverse();
    let mut expected = forward.clone();
    expected.sort();
    backward.sort();
    assert_eq!(
        backward, expected,
        "{screen:?}: Shift+Tab visits the same controls"
    );
}

#[test]
fn tab_reaches_every_control_of_every_screen() {
    for (screen, file) in [
        (Screen::Compare, "profiles/complete.ron"),
        (Screen::Advisor, "profiles/complete.ron"),
        (Screen::Quiz, "profiles/complete.ron"),
        (Screen::Results, "profiles/complete.ron"),
        (Screen::Team, "teams/example.ron"),
    ] {
        every_control_is_reached_by_tab(screen, file);
    }
}

/// Presses Tab until `role` named `name` has the focus.
fn tab_to(harness: &mut Harness<'_, App>, role: Role, name: &str) {
    for _ in 0..400 {
        if focused(harness).is_some_and(|(_, r, n)| r == role && n == name) {
            return;
        }
        harness.key_press(Key::Tab);
        harness.run();
    }
    panic!("Tab never reached the {role:?} {name:?}");
}

fn press(harness: &mut Harness<'_, App>, key: Key) {
    harness.key_press(key);
    settle(harness);
}

#[test]
fn the_advisor_form_works_from_the_keyboard() {
    let mut harness = app(StartOptions {
        file: Some(fixture("profiles/complete.ron")),
        ..on(Screen::Advisor)
    });
    let before = harness.state().team().cloned().unwrap();
    // A slider moves with the arrow keys.
    tab_to(&mut harness, Role::Slider, "Backlog complexity");
    let step = if before.backlog_complexity < 5 {
        Key::ArrowRight
    } else {
        Key::ArrowLeft
    };
    press(&mut harness, step);
    let after = harness.state().team().cloned().unwrap();
    assert_ne!(after.backlog_complexity, before.backlog_complexity);
    // A radio button is chosen with Space.
    tab_to(&mut harness, Role::RadioButton, "Full-time");
    press(&mut harness, Key::Space);
    assert_eq!(
        harness.state().team().unwrap().research,
        career_explorer::domain::advisor::Research::FullTime
    );
    // A suggested change is tried with Enter.
    let offered = harness
        .query_all_by_label_contains("Try it: ")
        .next()
        .map(|node| name_of(&node));
    if let Some(name) = offered {
        let team = harness.state().team().cloned();
        tab_to(&mut harness, Role::Button, &name);
        press(&mut harness, Key::Enter);
        assert_ne!(harness.state().team().cloned(), team);
    }
}

#[test]
fn the_quiz_and_the_result_work_from_the_keyboard() {
    let mut harness = app(on(Screen::Quiz));
    let quiz = support::content().quiz;
    // Space on a focused point answers its item.
    tab_to(&mut harness, Role::RadioButton, "3 Can do it on my own");
    press(&mut harness, Key::Space);
    assert_eq!(harness.state().answers().get(&quiz.items()[0].id), Some(2));
    // The rest by number keys; Enter on the review page submits.
    for _ in 1..quiz.item_count() {
        press(&mut harness, Key::Num4);
    }
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().screen(), Screen::Results);
    // Retake by Tab and Enter.
    tab_to(&mut harness, Role::Button, "Retake");
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().screen(), Screen::Quiz);
    assert!(harness.state().answers().is_empty());
}

#[test]
fn the_unsaved_changes_dialog_and_the_file_prompt_work_from_the_keyboard() {
    let mut harness = app(on(Screen::Quiz));
    press(&mut harness, Key::Num3);
    // Ctrl+N asks; Tab to Cancel and Enter keeps the work.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    settle(&mut harness);
    harness.get_by_label("Save your changes?");
    tab_to(&mut harness, Role::Button, "Cancel");
    press(&mut harness, Key::Enter);
    assert!(harness.query_by_label("Save your changes?").is_none());
    assert_eq!(harness.state().answers().len(), 1);
    // Asked again, Space on Discard goes ahead.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    settle(&mut harness);
    tab_to(&mut harness, Role::Button, "Discard");
    press(&mut harness, Key::Space);
    assert!(harness.state().answers().is_empty());
    // The open prompt: type a path, Enter opens it.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    settle(&mut harness);
    tab_to(&mut harness, Role::TextInput, "Path");
    let path = fixture("profiles/complete.ron");
    harness
        .get_by_label("Path")
        .type_text(path.to_str().unwrap());
    harness.run();
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().path(), Some(path.as_path()));
}

#[test]
fn the_menus_open_and_act_from_the_keyboard() {
    let mut harness = app(StartOptions {
        file: Some(fixture("profiles/complete.ron")),
        ..on(Screen::Results)
    });
    tab_to(&mut harness, Role::Button, "File");
    press(&mut harness, Key::Enter);
    // The menu is open: arrows (or Tab) move through its items, Enter picks one.
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert!(
        focused(&harness).is_some_and(|(_, _, name)| name.starts_with("New")),
        "{:?}",
        focused(&harness)
    );
    tab_to(&mut harness, Role::Button, "Export... Ctrl+E");
    press(&mut harness, Key::Enter);
    harness.get_by_label("Export a report");
    // The items without a shortcut are reached the same way.
    tab_to(&mut harness, Role::Button, "Cancel");
    press(&mut harness, Key::Enter);
    tab_to(&mut harness, Role::Button, "File");
    press(&mut harness, Key::Space);
    tab_to(&mut harness, Role::Button, "Ask for a rating...");
    press(&mut harness, Key::Enter);
    harness.get_by_label("Write a rating request");
}

#[test]
fn escape_closes_the_dialogs_without_losing_anything() {
    let mut harness = app(on(Screen::Quiz));
    press(&mut harness, Key::Num3);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    settle(&mut harness);
    harness.get_by_label("Save your changes?");
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label("Save your changes?").is_none());
    assert_eq!(harness.state().answers().len(), 1, "Escape is Cancel");
    // The file prompt.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    settle(&mut harness);
    harness.get_by_label("Save the profile as");
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label("Save the profile as").is_none());
    // An error.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    settle(&mut harness);
    let bad = fixture("bad/engineers-float.ron");
    tab_to(&mut harness, Role::TextInput, "Path");
    harness
        .get_by_label("Path")
        .type_text(bad.to_str().unwrap());
    harness.run();
    press(&mut harness, Key::Enter);
    harness.get_by_label("Something went wrong");
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label("Something went wrong").is_none());
    assert_eq!(harness.state().answers().len(), 1);
}

#[test]
fn the_restore_offer_is_answered_from_the_keyboard() {
    let folder = tempfile::tempdir().unwrap();
    let options = StartOptions {
        recovery_file: Some(folder.path().join("recovery.ron")),
        ..on(Screen::Quiz)
    };
    let mut harness = app(options.clone());
    press(&mut harness, Key::Num2);
    let answers = harness.state().answers().clone();
    drop(harness);
    let mut harness = app(options);
    harness.get_by_label("Restore unsaved work?");
    tab_to(&mut harness, Role::Button, "Restore");
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().answers(), &answers);
}
