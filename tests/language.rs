//! The window in another language: German from the start, switched live in View > Language,
//! and the pseudo-language, where a label that bypassed Fluent would still be plain English.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use career_explorer::i18n::{Language, Translator};
use career_explorer::{App, Screen};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

mod support;
use support::{app, click, in_language, on, press, shows};

fn compare_in(language: Language) -> Harness<'static, App> {
    in_language(language, on(Screen::Compare))
}

/// Opens the menu called `label`, closing the one open first (a click on another menu's
/// button would only close it).
fn open_menu(harness: &mut Harness<'_, App>, label: &str) {
    press(harness, Key::Escape);
    click(harness, label);
}

#[test]
fn german_from_the_start_names_the_menus_and_tabs_in_german() {
    let mut harness = compare_in(Language::German);
    for label in [
        "Datei",
        "Ansicht",
        "Hilfe",
        "Vergleich",
        "Teamberater",
        "Ergebnisse",
    ] {
        harness.get_by_label(label);
    }
    assert!(
        harness.query_by_label("File").is_none(),
        "File is still English"
    );
    // The content too: the Compare grid's dimensions come from data/de/roles.ron.
    harness.get_by_label("Fokus");
    harness.get_by_label("Zeithorizont");
    assert!(
        harness.query_by_label("Time horizon").is_none(),
        "the grid is still English"
    );
    open_menu(&mut harness, "Datei");
    for label in [
        "Neu",
        "Öffnen …",
        "Speichern unter …",
        "Exportieren …",
        "Beenden",
    ] {
        assert!(shows(&harness, label), "{label} is not in the File menu");
    }
    open_menu(&mut harness, "Hilfe");
    click(&mut harness, "Über Career Explorer");
    harness.get_by_label(&format!("Version {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn view_language_switches_live_and_is_remembered() {
    let mut harness = compare_in(Language::English);
    harness.get_by_label("Time horizon");
    click(&mut harness, "View");
    click(&mut harness, "Language");
    click(&mut harness, "Deutsch");
    harness.get_by_label("Datei");
    harness.get_by_label("Vergleich");
    // The grid follows: its rows are built again from the German content.
    harness.get_by_label("Zeithorizont");
    assert!(harness.query_by_label("Time horizon").is_none());
    assert_eq!(
        harness.state().workspace().settings().language,
        Some(Language::German),
        "the choice goes into the settings eframe keeps"
    );
}

#[test]
fn english_is_the_default_on_any_machine() {
    let harness = app(on(Screen::Compare));
    harness.get_by_label("File");
    assert_eq!(
        harness.state().workspace().translator().language(),
        Language::English,
        "StartOptions::default() shows English, whatever the machine's locale"
    );
}

/// The pseudo-language's text of `id`, asserted to look translated.
fn pseudo(tr: &Translator, id: &str) -> String {
    let text = tr.tr(id);
    assert!(!text.is_ascii(), "{id}: {text}");
    text
}

#[test]
fn in_the_pseudo_language_every_migrated_label_is_accented() {
    let tr = Translator::new(Language::Pseudo);
    let english = Translator::new(Language::English);
    let mut harness = compare_in(Language::Pseudo);
    let bar = [
        "menu-file",
        "menu-view",
        "menu-help",
        "screen-compare",
        "screen-advisor",
        "screen-quiz",
        "screen-results",
        "screen-team",
    ];
    let file = [
        "menu-new",
        "menu-open",
        "menu-open-recent",
        "menu-save",
        "menu-save-as",
        "menu-export",
        "menu-profile-details",
        "menu-ask-rating",
        "menu-add-rating",
        "menu-quit",
    ];
    let view = [
        "menu-screen",
        "menu-theme",
        "menu-theme-system",
        "menu-theme-light",
        "menu-theme-dark",
        "menu-language",
        "menu-zoom",
    ];
    let check = |harness: &Harness<'_, App>, ids: &[&str]| {
        for id in ids {
            let text = pseudo(&tr, id);
            assert!(shows(harness, &text), "{id}: {text} is not shown");
            let plain = english.tr(id);
            assert!(!shows(harness, &plain), "{id}: {plain} is shown");
        }
    };
    check(&harness, &bar);
    check(
        &harness,
        &[
            "compare-filter",
            "compare-only-differences",
            "compare-dimension",
        ],
    );
    open_menu(&mut harness, &tr.tr("menu-file"));
    check(&harness, &file);
    open_menu(&mut harness, &tr.tr("menu-view"));
    check(&harness, &view);
    open_menu(&mut harness, &tr.tr("menu-help"));
    click(&mut harness, &tr.tr("menu-about"));
    check(&harness, &["about-description", "about-disclaimer"]);
    harness.get_by_label(&pseudo(&tr, "status-not-saved"));
}
