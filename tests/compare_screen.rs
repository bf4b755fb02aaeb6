//! The Compare screen, driven by accessible labels as a person or a screen reader finds them.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use career_explorer::domain::Content;
use career_explorer::domain::catalog::Catalog;
use career_explorer::domain::quiz::{Item, ItemKind, Quiz};
use career_explorer::i18n::Translator;
use career_explorer::ui::compare::CompareScreen;
use career_explorer::{App, Screen};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

mod support;

/// The app on the Compare screen with `content`.
fn app_with(content: Content) -> Harness<'static, App> {
    support::app_sized(
        content,
        support::on(Screen::Compare),
        egui::vec2(1280.0, 800.0),
    )
}

fn shipped_app() -> Harness<'static, App> {
    app_with(support::content())
}

#[test]
fn shows_every_dimension_and_both_roles() {
    let harness = shipped_app();
    for label in [
        "Product Manager",
        "Product Owner",
        "Focus",
        "Time horizon",
        "Stakeholders",
        "Key artifact",
        "Success metric",
        "Responsibilities",
        "Where the time goes",
        "Primary output",
        "Certification",
    ] {
        harness.get_by_label(label);
    }
    harness.get_by_label_contains("Executives, customers and the market");
    harness.get_by_label_contains("The development team, designers and QA");
}

#[test]
fn each_cell_names_its_row_and_column_for_a_screen_reader() {
    let harness = shipped_app();
    let cell = harness.get_by_label_contains("Stakeholders, Product Manager: ");
    let name = cell.accesskit_node().label().unwrap();
    assert_eq!(
        name,
        "Stakeholders, Product Manager: Executives, customers and the market"
    );
    harness.get_by_label_contains("Time horizon, Product Owner: ");
}

#[test]
fn typing_stakeholder_in_the_filter_leaves_only_the_stakeholders_row() {
    let mut harness = shipped_app();
    harness.get_by_label("Filter").click();
    harness.run();
    harness.get_by_label("Filter").type_text("stakeholder");
    harness.run();
    harness.get_by_label("Stakeholders");
    harness.get_by_label_contains(": Executives, customers and the market");
    for gone in [
        "Focus",
        "Time horizon",
        "Key artifact",
        "Responsibilities",
        "Certification",
    ] {
        assert!(
            harness.query_by_label(gone).is_none(),
            "`{gone}` should be filtered out"
        );
    }
}

#[test]
fn a_filter_that_matches_nothing_says_so() {
    let mut harness = shipped_app();
    harness.get_by_label("Filter").click();
    harness.run();
    harness.get_by_label("Filter").type_text("quantum");
    harness.run();
    harness.get_by_label("No rows match");
    assert!(harness.query_by_label("Stakeholders").is_none());
    harness.get_by_label("Clear filter").click();
    harness.run();
    harness.get_by_label("Stakeholders");
}

#[test]
fn only_differences_hides_rows_whose_values_match() {
    // Give both roles the same time horizon, as a content pack might.
    let mut catalog = Catalog::shipped().unwrap();
    for role in &mut catalog.roles {
        role.values
            .insert("time-horizon".into(), "One quarter".into());
    }
    let mut harness = app_with(Content {
        catalog,
        ..support::content()
    });
    assert!(harness.query_all_by_label_contains(": One quarter").count() == 2);
    harness.get_by_label("Only differences").click();
    harness.run();
    assert!(harness.query_by_label("Time horizon").is_none());
    assert!(harness.query_by_label_contains(": One quarter").is_none());
    harness.get_by_label("Focus");
    harness.get_by_label("Only differences").click();
    harness.run();
    harness.get_by_label("Time horizon");
}

#[test]
fn a_catalog_with_three_roles_shows_three_role_columns() {
    let text = include_str!("data/three_roles.ron");
    let catalog = Catalog::from_ron("tests/data/three_roles.ron", text).expect("valid pack");
    assert_eq!(catalog.roles.len(), 3);
    // A content pack with a role brings quiz items for that role's responsibilities too.
    let shipped = support::content();
    let mut quiz = shipped.quiz.data().clone();
    for (id, kind) in [
        ("tpm-arch-1", ItemKind::Skill),
        ("tpm-arch-2", ItemKind::Skill),
        ("tpm-arch-like", ItemKind::Interest),
        ("tpm-arch-enjoy", ItemKind::Interest),
    ] {
        quiz.items.push(Item {
            id: id.into(),
            responsibility: "tpm-architecture".into(),
            kind,
            text: "Weigh an architecture trade-off with the architects.".into(),
            rater_text: (kind == ItemKind::Skill)
                .then(|| "{name} weighed an architecture trade-off with the architects.".into()),
        });
    }
    quiz.learn_next.insert(
        "tpm-architecture".into(),
        "Pair with an architect on a design review.".into(),
    );
    let quiz = Quiz::from_data("three-role quiz", quiz, &catalog).expect("valid quiz");
    let harness = app_with(Content {
        catalog,
        quiz,
        ..shipped
    });
    harness.get_by_label("Product Manager");
    harness.get_by_label("Product Owner");
    harness.get_by_label("Technical Product Manager");
    harness.get_by_label_contains(": Engineering leads, architects and developer customers");
}

#[test]
fn roles_that_do_not_fit_are_reached_by_scrolling_sideways() {
    let mut catalog = Catalog::shipped().unwrap();
    let template = catalog.roles[0].clone();
    for n in 0..8 {
        let mut role = template.clone();
        role.id = format!("extra-{n}");
        role.name = format!("Extra role {n}");
        for responsibility in &mut role.responsibilities {
            responsibility.id = format!("{}-{n}", responsibility.id);
        }
        catalog.roles.push(role);
    }
    catalog.validate("ten roles").unwrap();
    let tr = Translator::default();
    let screen = CompareScreen::new(&catalog, &tr);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1180.0, 780.0))
        .build_ui_state(
            |ui, screen: &mut CompareScreen| {
                egui::CentralPanel::default().show(ui, |ui| screen.ui(ui, &catalog, &tr));
            },
            screen,
        );
    harness.get_by_label("Product Manager");
    assert!(
        harness.query_by_label("Extra role 7").is_none(),
        "off to the right"
    );
    harness.get_by_label("Focus").hover();
    for _ in 0..40 {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(-400.0, 0.0),
            phase: egui::TouchPhase::Move,
            modifiers: egui::Modifiers::NONE,
            source: egui::MouseWheelSource::Wheel,
        });
        harness.run();
    }
    harness.get_by_label("Extra role 7");
}
