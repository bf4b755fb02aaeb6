//! The Quiz and Results screens and the rater's banner in German, found by their German labels
//! as a German-speaking person (or their screen reader) would; and in the pseudo-language,
//! where any text of these screens that bypassed Fluent would still be plain English.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use career_explorer::domain::Content;
use career_explorer::domain::profile::{Profile, ProfileId};
use career_explorer::domain::quiz::{self, Answers, Band, ItemKind, QuizResult};
use career_explorer::domain::rating::{Rating, RatingRequest, others_view};
use career_explorer::domain::report::{day, fit_changes, quality_lines};
use career_explorer::i18n::{Language, Translator};
use career_explorer::ui::quiz::QuizScreen;
use career_explorer::ui::results::{Attempt, ResultsScreen};
use career_explorer::{App, Screen, StartOptions};
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};

mod support;
use support::{click, content, fixture, in_language, on, press, settle};

const DIGITS: [Key; 5] = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5];

/// A band as the German screen names it.
fn german_band(band: Band) -> &'static str {
    match band {
        Band::Low => "niedrig",
        Band::Moderate => "mittel",
        Band::High => "hoch",
    }
}

/// The whole way from the first question to an exported report, by German labels only: the
/// statements, the results and the report are German, and the profile keeps that language.
#[test]
fn the_quiz_is_answered_reviewed_submitted_and_exported_by_its_german_labels() {
    let mut harness = in_language(Language::German, on(Screen::Quiz));
    let quiz = Content::shipped_in(Language::German).unwrap().quiz;
    assert_ne!(
        quiz.items()[0].text,
        content().quiz.items()[0].text,
        "the statements are German"
    );
    harness.get_by_label_contains(&quiz.items()[0].text);
    let total = quiz.item_count();
    harness.get_by_label("Quiz: Welche Rolle passt zu dir?");
    let progress = |harness: &Harness<'_, App>| {
        harness
            .get_by_role_and_label(Role::ProgressIndicator, "Fortschritt im Quiz")
            .accesskit_node()
            .value()
    };
    assert_eq!(
        progress(&harness),
        Some(format!("0 von {total} beantwortet")),
        "the progress bar's value in words"
    );
    let pages = QuizScreen::page_count(&quiz);
    harness.get_by_label_contains(&format!("Seite 1 von {pages}. Mit den Tasten 1–5"));
    // The first item by a click on its fifth point, then on through the pages.
    let first = &quiz.items()[0];
    let point = format!("5 {}", quiz.scale(first.kind).points[4].label);
    harness.get_all_by_label(&point).next().unwrap().click();
    harness.run();
    for _ in 0..pages - 1 {
        click(&mut harness, "Weiter");
    }
    click(&mut harness, "Übersicht");
    harness.get_by_label(&format!(
        "{} von {total} Fragen sind noch nicht beantwortet:",
        total - 1
    ));
    assert!(
        harness
            .get_by_label("Absenden")
            .accesskit_node()
            .is_disabled(),
        "Absenden waits until every item is answered"
    );
    click(&mut harness, "Frage 2 beantworten");
    harness.get_by_label_contains(&format!("Seite 1 von {pages}"));
    for index in 1..total {
        press(&mut harness, DIGITS[index % 5]);
    }
    assert_eq!(
        progress(&harness),
        Some(format!("{total} von {total} beantwortet"))
    );
    harness.get_by_label(
        "Alle Fragen sind beantwortet. Sende sie ab, um dein Ergebnis zu sehen, oder geh zurück, um eine Antwort zu ändern.",
    );
    harness.get_by_label("Absenden").click();
    settle(&mut harness);
    assert_eq!(harness.state().screen(), Screen::Results);
    assert!(
        harness.query_by_label("Your result").is_none(),
        "the English heading is gone"
    );
    german_results_are_shown(&mut harness);
    assert_eq!(
        harness.state().profile().language,
        Some(Language::German),
        "the profile keeps the language its result was written in"
    );

    // File > Exportieren …, as Markdown, to a typed path.
    let folder = tempfile::tempdir().unwrap();
    let target = folder.path().join("bericht.md");
    harness.get_by_label("Datei").click();
    settle(&mut harness);
    harness.get_by_label("Exportieren … Strg+E").click();
    settle(&mut harness);
    harness.get_by_label("Bericht exportieren");
    click(&mut harness, "Markdown");
    harness.get_by_label("Pfad").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Pfad")
        .type_text(target.to_str().unwrap());
    harness.run();
    click(&mut harness, "Exportieren");
    settle(&mut harness);
    assert!(
        harness.state().error().is_none(),
        "{:?}",
        harness.state().error()
    );
    harness.get_by_label_contains("Bericht als Markdown nach");
    let report = std::fs::read_to_string(&target).unwrap();
    assert!(report.contains("## Quiz zur Rollenpassung"), "{report}");
    assert!(!report.contains("Career-fit quiz"), "{report}");
    let result = &harness.state().profile().results[0].result;
    assert!(
        report.contains(&result.lean_summary),
        "the result's German sentences are in the report: {report}"
    );
    click(&mut harness, "Wiederholen");
    assert_eq!(harness.state().screen(), Screen::Quiz);
}

/// What the Results screen shows of its own after the first attempt, in German.
fn german_results_are_shown(harness: &mut Harness<'_, App>) {
    let result = harness.state().profile().results[0].result.clone();
    harness.get_by_label("Dein Ergebnis");
    for role in &result.roles {
        let fit = role.fit.as_ref().unwrap();
        let range = fit.range.unwrap();
        let name = format!("Passung als {}", role.name);
        let bar = harness.get_by_role_and_label(Role::ProgressIndicator, &name);
        assert_eq!(
            bar.accesskit_node().value(),
            Some(format!(
                "{} von 100, {}, Bereich {} bis {}",
                fit.value,
                german_band(fit.band),
                range.low,
                range.high
            )),
            "{}: the fit bar's value in words",
            role.name
        );
        harness.get_by_label(&format!("{} von 100, {}", fit.value, german_band(fit.band)));
    }
    let chart = harness.get_by_role_and_label(
        Role::Image,
        "Diagramm: Können und Interesse je Aufgabenbereich",
    );
    let description = chart.accesskit_node().description().unwrap();
    assert!(
        description.starts_with("Werte von 0 bis 100. ") && description.contains("): Können "),
        "{description}"
    );
    for heading in [
        "Wie verlässlich ist dieses Ergebnis?",
        "Können und Interesse je Aufgabenbereich",
        "Was andere sagen",
        "Stärken",
        "Entwicklungsfelder: reizt dich, kannst du noch nicht",
        "Kannst du, reizt dich aber weniger",
        "Frühere Versuche",
        "Das ist dein erster Versuch. Mach das Quiz später noch einmal, um zu sehen, wie du dich veränderst.",
    ] {
        harness.get_by_label(heading);
    }
    click(harness, "Werte und Bereiche als Tabelle");
    let vision = result.responsibility("pm-vision").unwrap();
    let range = vision.skill_range.unwrap();
    harness.get_by_label(&format!(
        "{} ({}), Können: {} (Bereich {} bis {})",
        vision.title,
        vision.role_name,
        vision.skill.unwrap(),
        range.low,
        range.high
    ));
}

/// Answers where PM work is done well and PO work barely, or all alike.
fn answers(content: &Content, pm: u8, po: u8) -> Answers {
    let mut answers = Answers::default();
    for item in content.quiz.items() {
        let value = if item.responsibility.starts_with("pm-") {
            pm
        } else {
            po
        };
        answers.set(item.id.clone(), value);
    }
    answers
}

/// Two raters' ratings: less PM skill than the person claims, more PO skill.
fn two_ratings(content: &Content) -> Vec<Rating> {
    let rating = |rater: Option<&str>, pm: u8, po: u8| Rating {
        rater: rater.map(str::to_owned),
        rated_at: time::macros::datetime!(2026-11-28 10:00 UTC),
        answers: content
            .quiz
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
    vec![rating(Some("Sam"), 1, 4), rating(None, 2, 3)]
}

/// The Results screen alone, in `language`, for `latest` after `earlier`, with `ratings`.
fn results_harness<'a>(
    content: &'a Content,
    latest: &'a QuizResult,
    earlier: &'a QuizResult,
    ratings: &'a [Rating],
    language: Language,
) -> Harness<'a, ResultsScreen> {
    let tr = Translator::new(language);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1180.0, 3000.0))
        .build_ui_state(
            move |ui, screen: &mut ResultsScreen| {
                let _ = screen.ui_with_ratings(
                    ui,
                    Some(Attempt {
                        taken: time::macros::datetime!(2026-11-27 10:00 UTC),
                        result: latest,
                    }),
                    &[Attempt {
                        taken: time::macros::datetime!(2026-06-01 10:00 UTC),
                        result: earlier,
                    }],
                    &content.quiz,
                    ratings,
                    &tr,
                );
            },
            ResultsScreen,
        );
    harness.run();
    harness
}

#[test]
fn what_others_said_and_earlier_attempts_read_in_german() {
    let content = content();
    let latest = quiz::score(&content.quiz, &answers(&content, 3, 1)).unwrap();
    let earlier = quiz::score(&content.quiz, &answers(&content, 2, 2)).unwrap();
    let ratings = two_ratings(&content);
    let mut harness = results_harness(&content, &latest, &earlier, &ratings, Language::German);
    harness.get_by_label("Was andere sagen");
    harness.get_by_label_contains("2 Personen haben dein Können bewertet.");
    harness.get_by_label_contains("Seit dem letzten Versuch: ");
    for label in [
        "Versuch",
        "Tendenz",
        "Passung als PM",
        "Passung als PO",
        "Dieser Versuch (2026-11-27)",
    ] {
        harness.get_by_label(label);
    }
    harness
        .get_by_label("Was andere sagen, als Tabelle")
        .click();
    harness.run();
    for heading in ["Du", "Andere", "Streuung der Bewertungen", "Hinweis"] {
        harness.get_by_label(heading);
    }
    let vision = latest.responsibility("pm-vision").unwrap();
    let others = harness
        .get_by_label_contains(&format!("{}, Andere: ", vision.title))
        .accesskit_node()
        .label()
        .unwrap();
    assert!(others.ends_with("(2 Bewertungen)"), "{others}");
    let notes: Vec<String> = harness
        .query_all_by_label_contains(", Hinweis: ")
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(
        notes
            .iter()
            .any(|n| n == "User stories, Hinweis: verborgene Stärke"),
        "{notes:?}: raters credit more PO skill than claimed, a hidden strength"
    );
    assert!(
        harness.query_by_label("What others said").is_none(),
        "the English heading is gone"
    );
}

/// A rating request for the complete fixture (Priya Raman), written into `dir`.
fn request_for_priya(content: &Content, dir: &Path) -> PathBuf {
    let path = fixture("profiles/complete.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut profile = Profile::from_ron("complete.ron", &text, content).unwrap();
    profile.ensure_id(|| ProfileId::new("priya-raman-test").unwrap());
    let request = RatingRequest::for_profile(&profile, &content.quiz).unwrap();
    let out = dir.join("request.ron");
    std::fs::write(&out, request.to_ron()).unwrap();
    out
}

#[test]
fn a_rater_answers_a_request_in_german() {
    let content = content();
    let dir = tempfile::tempdir().unwrap();
    let request = request_for_priya(&content, dir.path());
    let mut harness = in_language(
        Language::German,
        StartOptions {
            file: Some(request),
            ..on(Screen::Quiz)
        },
    );
    harness.get_by_label("Du bewertest Priya Raman");
    harness.get_by_label("Bewertungsanfrage");
    harness.get_by_label("Dein Name:");
    harness.get_by_label_contains("Noch nicht gespeichert: ");
    harness.get_by_label("Anonym bleiben").click();
    harness.run();
    assert!(
        harness.state().workspace().rater().unwrap().anonymous,
        "the German checkbox makes the rater anonymous"
    );
    let items = harness
        .state()
        .workspace()
        .rater()
        .unwrap()
        .quiz
        .item_count();
    for index in 0..items {
        press(&mut harness, DIGITS[index % 5]);
    }
    harness.get_by_label(
        "Alle Fragen sind beantwortet. Speichere deine Bewertung oder geh zurück, um eine Antwort zu ändern.",
    );
    assert!(
        !harness
            .get_by_label("Bewertung speichern …")
            .accesskit_node()
            .is_disabled(),
        "a complete rating may be saved"
    );
    harness.get_by_label("Bewertung beenden");
}

/// Every piece of text the content gives these screens: the quiz file's texts, the results'
/// stored sentences and names, and the sentences rendered from them.
fn content_texts(content: &Content, results: &[&QuizResult], ratings: &[Rating]) -> Vec<String> {
    let mut texts = BTreeSet::new();
    strings(
        &serde_json::to_value(content.quiz.data()).unwrap(),
        &mut texts,
    );
    strings(
        &serde_json::to_value(content.quiz.items()).unwrap(),
        &mut texts,
    );
    for result in results {
        strings(&serde_json::to_value(result).unwrap(), &mut texts);
        for line in quality_lines(result, &content.quiz) {
            texts.insert(line.sentence);
        }
        let view = others_view(&content.quiz, result, ratings);
        texts.extend(view.sentences(&content.quiz));
        texts.extend(view.rows.iter().map(|row| row.title.clone()));
    }
    if let [latest, earlier, ..] = results {
        for change in fit_changes(earlier, latest, &content.quiz) {
            texts.insert(change.sentence);
        }
    }
    texts.insert(content.quiz.intro().to_owned());
    let ranges = &content.quiz.data().ranges;
    texts.insert(career_explorer::domain::template::render_named(
        &ranges.explanation,
        &[("confidence", &ranges.confidence.to_string())],
    ));
    texts.insert(day(time::macros::datetime!(2026-11-27 10:00 UTC)));
    // Longest first, so a sentence goes before a name inside it.
    let mut texts: Vec<String> = texts.into_iter().filter(|t| t.len() > 1).collect();
    texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
    texts
}

fn strings(value: &serde_json::Value, out: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::String(s) => {
            out.insert(s.clone());
        }
        serde_json::Value::Array(values) => values.iter().for_each(|v| strings(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// The texts (names, values, descriptions) of every node that are left with English words of
/// the app's own once the content's texts are taken out: a pseudo-language text has accents.
fn plain_english<'n>(
    nodes: impl Iterator<Item = egui_kittest::Node<'n>>,
    content: &[String],
) -> Vec<String> {
    let mut found = Vec::new();
    for node in nodes {
        let node = node.accesskit_node();
        let texts = [node.label(), node.value(), node.description()];
        for text in texts.into_iter().flatten() {
            // egui writes the shortcuts' text itself; a long content text may come in pieces.
            let piece = text.trim();
            if !text.is_ascii()
                || text.starts_with("Ctrl+")
                || content.iter().any(|c| piece.len() > 1 && c.contains(piece))
            {
                continue;
            }
            let mut rest = text.clone();
            for piece in content {
                rest = rest.replace(piece.as_str(), "");
            }
            if rest.chars().any(|c| c.is_ascii_alphabetic()) {
                found.push(text);
            }
        }
    }
    found
}

#[test]
fn in_the_pseudo_language_the_quiz_shows_no_english_of_its_own() {
    let content = content();
    let texts = content_texts(&content, &[], &[]);
    let mut harness = in_language(Language::Pseudo, on(Screen::Quiz));
    assert_eq!(
        plain_english(harness.query_all(By::new()), &texts),
        Vec::<String>::new(),
        "the first page"
    );
    // Half the items answered, then the review page with its buttons for both kinds.
    for index in 0..content.quiz.item_count() / 2 {
        press(&mut harness, DIGITS[index % 5]);
    }
    let tr = Translator::new(Language::Pseudo);
    while harness.query_by_label(&tr.tr("quiz-next")).is_some() {
        click(&mut harness, &tr.tr("quiz-next"));
    }
    click(&mut harness, &tr.tr("quiz-review"));
    assert!(
        harness.get_all_by_label(&tr.tr("quiz-change")).count() > 0,
        "the answered items have their Change button"
    );
    assert_eq!(
        plain_english(harness.query_all(By::new()), &texts),
        Vec::<String>::new(),
        "the review page"
    );
}

#[test]
fn in_the_pseudo_language_the_results_show_no_english_of_their_own() {
    let content = content();
    let latest = quiz::score(&content.quiz, &answers(&content, 3, 1)).unwrap();
    let earlier = quiz::score(&content.quiz, &answers(&content, 2, 2)).unwrap();
    let ratings = two_ratings(&content);
    let texts = content_texts(&content, &[&latest, &earlier], &ratings);
    let tr = Translator::new(Language::Pseudo);
    let mut harness = results_harness(&content, &latest, &earlier, &ratings, Language::Pseudo);
    for table in ["results-table", "results-others-table"] {
        harness.get_by_label(&tr.tr(table)).click();
        harness.run();
    }
    // The tables are open: their cells are checked too.
    let cells = harness.query_all(By::new().role(Role::Cell)).count();
    assert!(cells > 20, "only {cells} cells");
    assert_eq!(
        plain_english(harness.query_all(By::new()), &texts),
        Vec::<String>::new()
    );
    // And the check can fail: the same screen in English is caught.
    let english = results_harness(&content, &latest, &earlier, &ratings, Language::English);
    let caught = plain_english(english.query_all(By::new()), &texts);
    assert!(
        caught.iter().any(|t| t == "Your result"),
        "English is not caught: {caught:?}"
    );
}

#[test]
fn in_the_pseudo_language_the_rater_banner_shows_no_english_of_its_own() {
    let content = content();
    let dir = tempfile::tempdir().unwrap();
    let request = request_for_priya(&content, dir.path());
    let harness = in_language(
        Language::Pseudo,
        StartOptions {
            file: Some(request),
            ..on(Screen::Quiz)
        },
    );
    let session = harness.state().workspace().rater().unwrap();
    let mut texts = content_texts(&content, &[], &[]);
    texts.extend(session.quiz.items().iter().map(|i| i.text.clone()));
    texts.extend(
        serde_json::to_value(session.quiz.data())
            .into_iter()
            .flat_map(|v| {
                let mut out = BTreeSet::new();
                strings(&v, &mut out);
                out
            }),
    );
    texts.push(session.request.name.clone());
    texts.push(session.quiz.intro().to_owned());
    // Not this screen's: the status bar's notice comes from the workspace (src/app/), which
    // is translated on its own branch.
    texts.push(format!(
        "Rating request from {}: answer from what you have seen, then save your rating",
        session.request.name
    ));
    texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
    let tr = Translator::new(Language::Pseudo);
    harness.get_by_label(&tr.tr_args("rater-heading", &[("name", "Priya Raman".into())]));
    assert_eq!(
        plain_english(harness.query_all(By::new()), &texts),
        Vec::<String>::new()
    );
}
