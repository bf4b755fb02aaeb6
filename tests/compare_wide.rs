//! The Compare grid with more roles than fit in the window: the columns in view are drawn and
//! the ones past the right edge are not laid out at all (at 100 roles, laying them out took
//! 2 ms a frame; see BENCHMARKS.md).
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use career_explorer::domain::catalog::Catalog;
use career_explorer::i18n::Translator;
use career_explorer::ui::compare::CompareScreen;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// The shipped catalog with `roles` roles, alternately copies of the PM and the PO.
fn wide_catalog(roles: usize) -> Catalog {
    let shipped = Catalog::shipped().expect("the shipped catalog is valid");
    let mut catalog = shipped.clone();
    catalog.certifications.clear();
    catalog.roles = (0..roles)
        .map(|j| {
            let mut role = shipped.roles[j % shipped.roles.len()].clone();
            role.id = format!("role-{j}");
            role.name = format!("Role number {j}");
            for responsibility in &mut role.responsibilities {
                responsibility.id = format!("{}-{j}", responsibility.id);
            }
            role
        })
        .collect();
    catalog
        .validate("wide.ron")
        .expect("the wide catalog is valid");
    catalog
}

#[test]
fn columns_past_the_right_edge_are_not_laid_out() {
    let catalog = wide_catalog(20);
    let tr = Translator::default();
    let screen = CompareScreen::new(&catalog, &tr);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(
            move |ui, screen: &mut CompareScreen| {
                egui::CentralPanel::default().show(ui, |ui| screen.ui(ui, &catalog, &tr));
            },
            screen,
        );
    harness.run();
    for shown in ["Role number 0", "Role number 1", "Focus", "Stakeholders"] {
        harness.get_by_label(shown);
    }
    assert!(harness.query_by_label("Role number 19").is_none());
    assert!(harness.query_by_label("Role number 12").is_none());
}
