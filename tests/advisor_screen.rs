//! The Team advisor screen, driven by accessible labels.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use career_explorer::domain::advisor::Research;
use career_explorer::{App, Screen};
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

mod support;

fn advisor_app() -> Harness<'static, App> {
    support::app_on(Screen::Advisor)
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
