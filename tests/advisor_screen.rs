//! The Team advisor screen, driven by accessible labels.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use career_explorer::domain::advisor::{Factor, Research};
use career_explorer::i18n::{Language, Translator};
use career_explorer::{App, Screen};
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

mod support;
use support::{shows, texts};

fn advisor_app() -> Harness<'static, App> {
    support::app_on(Screen::Advisor)
}

fn advisor_in(language: Language) -> Harness<'static, App> {
    support::in_language(language, support::on(Screen::Advisor))
}

/// The name of an input as the app shows it: from the advisor rules it loaded.
fn input_label(harness: &Harness<'_, App>, factor: Factor) -> String {
    harness
        .state()
        .workspace()
        .content()
        .advisor
        .label(factor)
        .to_owned()
}

/// A team near the threshold, so what would change the answer is offered: growing, three
/// teams. The inputs are found by the names the app shows.
fn near_the_threshold(harness: &mut Harness<'_, App>) {
    let engineers = input_label(harness, Factor::Engineers);
    let teams = input_label(harness, Factor::Teams);
    type_number(harness, &engineers, 40);
    type_number(harness, &teams, 3);
}

/// Types `value` into the number field labelled `label`, as a keyboard user would.
fn type_number(harness: &mut Harness<'_, App>, label: &str, value: u32) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.get_by_label(label).type_text(&value.to_string());
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
}

fn set_scale(harness: &mut Harness<'_, App>, label: &str, value: u32) {
    harness
        .get_by_role_and_label(Role::Slider, label)
        .set_value_accesskit(f64::from(value));
    harness.run();
}

#[test]
fn every_input_is_labelled() {
    let harness = advisor_app();
    for label in [
        "Engineers",
        "Product teams",
        "None",
        "Part-time",
        "Full-time",
    ] {
        harness.get_by_label(label);
    }
    for label in [
        "Backlog complexity",
        "Switching between strategy and execution",
        "Speed or specialisation",
    ] {
        harness.get_by_role_and_label(Role::Slider, label);
    }
}

#[test]
fn the_startup_archetype_is_told_to_combine() {
    let mut harness = advisor_app();
    type_number(&mut harness, "Engineers", 8);
    type_number(&mut harness, "Product teams", 1);
    harness.get_by_label("Part-time").click();
    harness.run();
    set_scale(&mut harness, "Backlog complexity", 1);
    set_scale(&mut harness, "Switching between strategy and execution", 5);
    set_scale(&mut harness, "Speed or specialisation", 5);
    let team = harness.state().team().expect("the form set a team").clone();
    assert_eq!(
        (
            team.engineers,
            team.teams,
            team.research,
            team.backlog_complexity,
            team.switching,
            team.speed_priority
        ),
        (8, 1, Research::PartTime, 1, 5, 5)
    );
    harness.get_by_label("Combine: one person holds both roles");
    assert!(
        harness
            .query_by_label("Split: a PM and a separate PO")
            .is_none()
    );
    // No single input can move this team off Combine, and the screen says so in the data
    // file's words.
    let rules = career_explorer::domain::Content::shipped().unwrap().advisor;
    harness.get_by_label(rules.no_flip_sentence());
    assert!(harness.query_by_label_contains("Try it").is_none());
}

#[test]
fn the_large_organisation_archetype_is_told_to_split() {
    let mut harness = advisor_app();
    type_number(&mut harness, "Engineers", 250);
    type_number(&mut harness, "Product teams", 12);
    harness.get_by_label("Full-time").click();
    harness.run();
    set_scale(&mut harness, "Backlog complexity", 5);
    set_scale(&mut harness, "Switching between strategy and execution", 1);
    set_scale(&mut harness, "Speed or specialisation", 1);
    let team = harness.state().team().unwrap().clone();
    assert_eq!((team.engineers, team.teams), (250, 12));
    harness.get_by_label("Split: a PM and a separate PO");
    assert!(
        harness
            .query_by_label("Combine: one person holds both roles")
            .is_none()
    );
}

#[test]
fn more_teams_than_engineers_is_flagged_in_words() {
    let mut harness = advisor_app();
    type_number(&mut harness, "Engineers", 3);
    type_number(&mut harness, "Product teams", 5);
    let team = harness.state().team().unwrap();
    assert_eq!(
        (team.engineers, team.teams),
        (3, 5),
        "input is kept, not fixed"
    );
    harness.get_by_label_contains("more product teams (5) than engineers (3)");
}

#[test]
fn trying_a_flip_changes_the_verdict() {
    let mut harness = advisor_app();
    // A team near the threshold: growing, three teams, research part-time.
    type_number(&mut harness, "Engineers", 40);
    type_number(&mut harness, "Product teams", 3);
    let before = harness.state().team().unwrap().clone();
    let verdicts = [
        "Combine: one person holds both roles",
        "Split: a PM and a separate PO",
        "No clear winner",
    ];
    let shown = |h: &Harness<'_, App>| {
        verdicts
            .iter()
            .find(|v| h.query_by_label(v).is_some())
            .copied()
            .expect("a verdict is shown")
    };
    let verdict_before = shown(&harness);
    harness
        .get_all_by_label_contains("Try it: ")
        .next()
        .expect("a flip is offered")
        .click();
    harness.run();
    assert_ne!(
        harness.state().team().unwrap(),
        &before,
        "one input changed"
    );
    assert_ne!(shown(&harness), verdict_before);
}

#[test]
fn in_german_a_changed_input_offers_ausprobieren_and_trying_it_changes_the_verdict() {
    let mut harness = advisor_in(Language::German);
    for label in [
        "Dein Team",
        "Was die Antwort bestimmt hat",
        "Was die Antwort ändern würde",
        "Diagramm: was die Antwort bestimmt hat",
    ] {
        harness.get_by_label(label);
    }
    near_the_threshold(&mut harness);
    let team = harness.state().team().expect("the form set a team").clone();
    assert_eq!((team.engineers, team.teams), (40, 3), "typed in German");
    let verdicts = [
        "Zusammenlegen: eine Person übernimmt beide Rollen",
        "Aufteilen: ein PM und ein eigener PO",
        "Keine klare Empfehlung",
    ];
    let shown = |h: &Harness<'_, App>| {
        verdicts
            .iter()
            .find(|v| h.query_by_label(v).is_some())
            .copied()
            .expect("a German verdict is shown")
    };
    let before = shown(&harness);
    assert!(shows(&harness, "Punktestand "), "the margin is in German");
    assert!(
        !shows(&harness, "Try it"),
        "no English Try it: {:?}",
        texts(&harness)
    );
    harness
        .get_all_by_label_contains("Ausprobieren: ")
        .next()
        .expect("a change is offered, its button named in German")
        .click();
    harness.run();
    assert_ne!(harness.state().team().unwrap(), &team, "one input changed");
    assert_ne!(shown(&harness), before, "the verdict changed");
}

#[test]
fn in_german_the_chart_says_each_push_in_german() {
    let harness = advisor_in(Language::German);
    let chart = harness.get_by_label("Diagramm: was die Antwort bestimmt hat");
    let words = chart.accesskit_node().description().unwrap_or_default();
    assert!(
        words.contains("Richtung") || words.contains("kein Einfluss"),
        "{words}"
    );
    assert!(!words.contains("toward"), "{words}");
}

/// The advisor's own messages without arguments, as the window draws them.
const PLAIN_IDS: [&str; 8] = [
    "advisor-form-heading",
    "advisor-form-intro",
    "advisor-pushed-heading",
    "advisor-change-heading",
    "advisor-chart-name",
    "advisor-verdict-combine",
    "advisor-verdict-split",
    "advisor-verdict-none",
];

#[test]
fn in_the_pseudo_language_every_label_the_advisor_draws_is_accented() {
    let pseudo = Translator::new(Language::Pseudo);
    let english = Translator::new(Language::English);
    let mut harness = advisor_in(Language::Pseudo);
    near_the_threshold(&mut harness);
    for id in [
        "advisor-form-heading",
        "advisor-form-intro",
        "advisor-pushed-heading",
        "advisor-change-heading",
        "advisor-chart-name",
    ] {
        let text = pseudo.tr(id);
        assert!(!text.is_ascii(), "{id}: {text}");
        harness.get_by_label(&text);
    }
    let verdicts = [
        "advisor-verdict-combine",
        "advisor-verdict-split",
        "advisor-verdict-none",
    ];
    assert!(
        verdicts
            .iter()
            .any(|id| harness.query_by_label(&pseudo.tr(id)).is_some()),
        "an accented verdict"
    );
    // The sentences with numbers: the margin, each push, each Try it's name, the chart's words.
    for (what, accented) in [
        ("margin", "[Šçöré"),
        ("push", "töwárd"),
        ("try it", "[Trý ít: "),
    ] {
        assert!(shows(&harness, accented), "{what}: {accented} is not shown");
    }
    let text = texts(&harness);
    for id in PLAIN_IDS {
        let plain = english.tr(id);
        assert!(!text.contains(&plain), "{id}: {plain} is shown in English");
    }
    for english_word in [
        "Try it",
        "toward Split",
        "toward Combine",
        "Score ",
        " points",
    ] {
        assert!(
            !text.iter().any(|t| t.contains(english_word)),
            "{english_word} is shown in English: {text:?}"
        );
    }
}
