//! Snapshot images of the screens, rendered headless (wgpu on Mesa's software drivers) and
//! compared with the PNGs in `tests/snapshots/`. Regenerate with `UPDATE_SNAPSHOTS=1`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use career_explorer::app::team_document::TeamDocument;
use career_explorer::domain::advisor::{Research, TeamProfile};
use career_explorer::domain::quiz::{self, Answers};
use career_explorer::domain::team::{Member, Seat, Team};
use career_explorer::i18n::Translator;
use career_explorer::ui::advisor::AdvisorScreen;
use career_explorer::ui::results::{Attempt, ResultsScreen};
use career_explorer::ui::team::TeamScreen;
use egui_kittest::{Harness, SnapshotOptions};

mod support;

/// How far a snapshot may drift from the stored image, in one place so every snapshot agrees:
/// `egui_kittest`'s per-pixel colour tolerance (0.6, enough for Mesa's Vulkan and GL software
/// renderers to agree) and no failing pixel beyond it.
fn options() -> SnapshotOptions {
    SnapshotOptions::new().threshold(0.6).max_failed_pixels(0)
}

fn large_organisation() -> TeamProfile {
    TeamProfile {
        engineers: 250,
        teams: 12,
        research: Research::FullTime,
        backlog_complexity: 5,
        switching: 1,
        speed_priority: 1,
    }
}

#[test]
fn advisor_screen() {
    let content = support::content();
    let team = large_organisation();
    let tr = Translator::default();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1180.0, 780.0))
        .build_ui_state(
            |ui, screen: &mut AdvisorScreen| {
                let _ = screen.ui(ui, &content.advisor, &content.catalog, &team, &tr);
            },
            AdvisorScreen::default(),
        );
    // The app's own text colours (they read at 4.5:1 on both themes).
    career_explorer::ui::theme::apply(&harness.ctx);
    harness.run();
    harness.snapshot_options("advisor", &options());
}

#[test]
fn results_screen() {
    let content = support::content();
    let quiz = &content.quiz;
    // Strong on product-manager work, drawn to it, lukewarm on the backlog.
    let mut answers = Answers::default();
    for item in quiz.items() {
        let pm = item.responsibility.starts_with("pm-");
        answers.set(item.id.clone(), if pm { 3 } else { 1 });
    }
    let latest = quiz::score(quiz, &answers).unwrap();
    let mut earlier_answers = Answers::default();
    for item in quiz.items() {
        earlier_answers.set(item.id.clone(), 2);
    }
    let earlier = quiz::score(quiz, &earlier_answers).unwrap();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1180.0, 1100.0))
        .build_ui_state(
            |ui, screen: &mut ResultsScreen| {
                let _ = screen.ui(
                    ui,
                    Some(Attempt {
                        taken: time::macros::datetime!(2026-11-27 10:00 UTC),
                        result: &latest,
                    }),
                    &[Attempt {
                        taken: time::macros::datetime!(2026-06-01 10:00 UTC),
                        result: &earlier,
                    }],
                    &content.quiz,
                    &Translator::default(),
                );
            },
            ResultsScreen,
        );
    // The app's own text colours (they read at 4.5:1 on both themes).
    career_explorer::ui::theme::apply(&harness.ctx);
    harness.run();
    harness.snapshot_options("results", &options());
}

/// The top of the Results screen when the checks speak up: a result whose answer pairs
/// disagree and which came faster than the items can be read, taken again after a first
/// attempt, with every range drawn.
#[test]
fn results_trust_panel() {
    let content = support::content();
    let quiz = &content.quiz;
    let mut answers = Answers::default();
    let mut times = quiz::AnswerTimes::new();
    let mut at = time::macros::datetime!(2026-11-27 10:00 UTC);
    for item in quiz.items() {
        let pm = item.responsibility.starts_with("pm-");
        answers.set(item.id.clone(), if pm { 3 } else { 2 });
        times.set(item.id.clone(), at);
        at += time::Duration::seconds(1);
    }
    // Both pricing interest items, far apart.
    answers.set("pricing-interest", 0);
    answers.set("pricing-test-interest", 4);
    let latest = quiz::score_with_times(quiz, &answers, &times).unwrap();
    let mut earlier_answers = Answers::default();
    for item in quiz.items() {
        earlier_answers.set(
            item.id.clone(),
            if item.id.ends_with("-interest") { 3 } else { 2 },
        );
    }
    let earlier = quiz::score(quiz, &earlier_answers).unwrap();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1180.0, 640.0))
        .build_ui_state(
            |ui, screen: &mut ResultsScreen| {
                let _ = screen.ui(
                    ui,
                    Some(Attempt {
                        taken: time::macros::datetime!(2026-11-27 10:00 UTC),
                        result: &latest,
                    }),
                    &[Attempt {
                        taken: time::macros::datetime!(2026-06-01 10:00 UTC),
                        result: &earlier,
                    }],
                    &content.quiz,
                    &Translator::default(),
                );
            },
            ResultsScreen,
        );
    // The app's own text colours (they read at 4.5:1 on both themes).
    career_explorer::ui::theme::apply(&harness.ctx);
    harness.run();
    harness.snapshot_options("results_trust", &options());
}

#[test]
fn team_screen() {
    let content = support::content();
    let mut people = support::four_people();
    // Four more, so the heat map and the coverage have some range.
    let more: [(&str, u8, u8); 4] = [("Eli", 2, 3), ("Fay", 3, 2), ("Gus", 4, 3), ("Hana", 1, 2)];
    for (name, pm, po) in more {
        let id = format!("id-{}", name.to_lowercase());
        people.push(support::team_profile(
            name,
            &id,
            Some(&move |role| if role == "pm" { pm } else { po }),
        ));
    }
    let mut team = Team::new("Payments", "scrum");
    team.inputs = large_organisation();
    team.inputs.teams = 2;
    for profile in &people {
        let id = profile.id.as_ref().unwrap().to_string();
        team.add_or_update(Member::from_profile(profile, id))
            .unwrap();
    }
    let mut doc = TeamDocument::opened(team, "payments.ron".into());
    doc.pin(Seat::ProductOwner(1), Some("id-cy".into()));
    let tr = Translator::default();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 860.0))
        .build_ui_state(
            |ui, screen: &mut TeamScreen| {
                let _ = screen.ui(ui, &content, &doc, None, &tr);
            },
            TeamScreen::default(),
        );
    // The app's own text colours (they read at 4.5:1 on both themes).
    career_explorer::ui::theme::apply(&harness.ctx);
    harness.run();
    harness.snapshot_options("team", &options());
}

/// "What others said": two raters who saw less of the person's PM work and more of their PO
/// work than they credit themselves with, marked on the chart and listed below it.
#[test]
fn results_with_ratings() {
    use career_explorer::domain::quiz::ItemKind;
    use career_explorer::domain::rating::Rating;

    let content = support::content();
    let quiz = &content.quiz;
    let mut answers = Answers::default();
    for item in quiz.items() {
        let pm = item.responsibility.starts_with("pm-");
        answers.set(item.id.clone(), if pm { 3 } else { 1 });
    }
    let latest = quiz::score(quiz, &answers).unwrap();
    let rating = |rater: Option<&str>, pm: u8, po: u8| Rating {
        rater: rater.map(str::to_owned),
        rated_at: time::macros::datetime!(2026-11-28 10:00 UTC),
        answers: quiz
            .items()
            .iter()
            .filter(|i| i.kind == ItemKind::Skill)
            .map(|i| {
                let value = if i.responsibility.starts_with("pm-") {
                    pm
                } else {
                    po
                };
                (i.id.clone(), value)
            })
            .collect(),
    };
    let ratings = vec![rating(Some("Sam"), 1, 4), rating(None, 2, 3)];
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1180.0, 1060.0))
        .build_ui_state(
            |ui, screen: &mut ResultsScreen| {
                let _ = screen.ui_with_ratings(
                    ui,
                    Some(Attempt {
                        taken: time::macros::datetime!(2026-11-27 10:00 UTC),
                        result: &latest,
                    }),
                    &[],
                    &content.quiz,
                    &ratings,
                    &Translator::default(),
                );
            },
            ResultsScreen,
        );
    // The app's own text colours (they read at 4.5:1 on both themes).
    career_explorer::ui::theme::apply(&harness.ctx);
    harness.run();
    harness.snapshot_options("results_ratings", &options());
}
