//! The file flows in German, driven through the window by German labels: the file prompt, what
//! the status bar says after opening and saving, an error with the path, and the window title.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::path::Path;

use career_explorer::i18n::{Language, Translator};
use career_explorer::{App, Screen, StartOptions};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

mod support;
use support::{app, fixture, in_language, on, settle, shows};

fn german(screen: Screen) -> Harness<'static, App> {
    in_language(Language::German, on(screen))
}

/// Types `path` into the prompt's „Pfad“ field, replacing what is there, and presses `button`.
fn type_path_and(harness: &mut Harness<'_, App>, path: &Path, button: &str) {
    harness.get_by_label("Pfad").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Pfad")
        .type_text(path.to_str().expect("test paths are UTF-8"));
    harness.run();
    harness.get_by_label(button).click();
    settle(harness);
}

#[test]
fn the_open_prompt_speaks_german_and_the_status_bar_says_what_was_opened() {
    let mut harness = german(Screen::Results);
    assert_eq!(
        harness.state().window_title(),
        "Unbenannt – Career Explorer"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    settle(&mut harness);
    harness.get_by_label("Profil oder Team öffnen");
    harness.get_by_label("Abbrechen");
    assert!(
        harness.query_by_label("Path").is_none(),
        "the field is labelled in English"
    );
    let good = fixture("profiles/complete.ron");
    type_path_and(&mut harness, &good, "Öffnen");
    assert_eq!(harness.state().error(), None);
    assert!(
        shows(&harness, &format!("{} geöffnet", good.display())),
        "the status bar says what was opened"
    );
    assert_eq!(
        harness.state().window_title(),
        "complete.ron – Career Explorer"
    );
}

#[test]
fn a_file_that_is_not_there_gives_a_german_error_with_its_path() {
    let folder = tempfile::tempdir().unwrap();
    let missing = folder.path().join("weg.ron");
    let mut harness = german(Screen::Quiz);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    settle(&mut harness);
    type_path_and(&mut harness, &missing, "Öffnen");
    harness.get_by_label("Etwas ist schiefgelaufen");
    let expected = format!(
        "{} konnte nicht geöffnet werden.\nDiese Datei oder diesen Ordner gibt es nicht.",
        missing.display()
    );
    harness.get_by_label(&expected);
    harness.get_by_label("OK").click();
    settle(&mut harness);
    assert!(harness.state().error().is_none());
    // The prompt stays for another try.
    harness.get_by_label("Profil oder Team öffnen");
}

#[test]
fn what_is_wrong_inside_a_hand_edited_file_is_said_in_german() {
    let bad = fixture("bad/answer-out-of-range.ron");
    let mut harness = german(Screen::Quiz);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    settle(&mut harness);
    type_path_and(&mut harness, &bad, "Öffnen");
    let expected = format!(
        "{} konnte nicht geöffnet werden.\n{}: die Antwort auf die Quizfrage `backlog-order` ist 7; Antworten gehen von 0 bis 4",
        bad.display(),
        bad.display()
    );
    assert_eq!(harness.state().error(), Some(expected.as_str()));
    harness.get_by_label(&expected);
}

#[test]
fn save_as_in_german_asks_before_replacing_and_marks_the_title() {
    let folder = tempfile::tempdir().unwrap();
    let target = folder.path().join("ich.ron");
    std::fs::write(&target, "schon da").unwrap();
    let mut harness = german(Screen::Quiz);
    harness.key_press(Key::Num4);
    settle(&mut harness);
    assert_eq!(
        harness.state().window_title(),
        "*Unbenannt – Career Explorer"
    );
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    settle(&mut harness);
    harness.get_by_label("Profil speichern unter");
    type_path_and(&mut harness, &target, "Speichern");
    harness.get_by_label(&format!(
        "{} gibt es schon. Drück noch einmal auf Speichern, um die Datei zu ersetzen.",
        target.display()
    ));
    harness.get_by_label("Speichern").click();
    settle(&mut harness);
    assert_eq!(harness.state().error(), None);
    assert!(shows(
        &harness,
        &format!("{} gespeichert", target.display())
    ));
    assert_eq!(harness.state().window_title(), "ich.ron – Career Explorer");
}

#[test]
fn in_the_pseudo_language_the_prompt_and_the_title_went_through_fluent() {
    let tr = Translator::new(Language::Pseudo);
    let mut harness = app(StartOptions {
        language: Some(Language::Pseudo),
        ..on(Screen::Quiz)
    });
    let title = harness.state().window_title();
    assert!(!title.is_ascii(), "{title}");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    settle(&mut harness);
    for id in [
        "prompt-open",
        "prompt-path",
        "prompt-button-open",
        "prompt-cancel",
    ] {
        let label = tr.tr(id);
        assert!(!label.is_ascii(), "{id}: {label}");
        harness.get_by_label(&label);
    }
}
