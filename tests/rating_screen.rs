//! A second opinion, driven through the window by label as a person (and their colleague)
//! would: write a rating request, answer it as a rater, add the rating to the profile, and
//! see blind spots and hidden strengths beside the person's own view.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::fs;
use std::path::{Path, PathBuf};

use career_explorer::domain::quiz::ItemKind;
use career_explorer::domain::rating::{Gap, RatingFile, RatingRequest, others_view};
use career_explorer::{App, Screen, StartOptions, storage};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

mod support;
use support::{app, content, fixture, on, press, settle, type_path_and};

const DIGITS: [Key; 5] = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5];

/// A copy of the complete fixture (Priya Raman, PM work done well, PO work barely) in `dir`.
fn priya(dir: &Path) -> PathBuf {
    let path = dir.join("priya.ron");
    fs::copy(fixture("profiles/complete.ron"), &path).unwrap();
    path
}

fn menu(harness: &mut Harness<'_, App>, item: &str) {
    harness.get_by_label("File").click();
    settle(harness);
    harness.get_by_label(item).click();
    settle(harness);
}

fn open(harness: &mut Harness<'_, App>, path: &Path) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    settle(harness);
    harness.get_by_label("Open a profile or a team");
    type_path_and(harness, path, "Open");
}

/// Writes a request for the open profile through File > Ask for a rating, and saves the
/// profile so the id the request names is kept.
fn ask_for_rating(harness: &mut Harness<'_, App>, request: &Path) {
    menu(harness, "Ask for a rating...");
    harness.get_by_label("Write a rating request");
    type_path_and(harness, request, "Write");
    assert!(
        harness.state().error().is_none(),
        "{:?}",
        harness.state().error()
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(harness);
    assert!(
        !harness.state().is_dirty(),
        "the profile with its id is saved"
    );
}

/// Answers an opened request as a rater called `name` (or anonymously), every item with
/// `value(responsibility)` by keyboard, and saves the rating to `rating`.
fn rate(
    harness: &mut Harness<'_, App>,
    name: Option<&str>,
    value: impl Fn(&str) -> u8,
    rating: &Path,
) {
    harness.get_by_label("You are rating Priya Raman");
    harness.get_by_label_contains("How much of this has Priya Raman done?");
    // The points are explained about the person rated, not about the rater.
    harness.get_by_label(
        "5 Could teach it: They could coach someone else through this and explain why it works.",
    );
    if let Some(name) = name {
        harness.get_by_label("Your name:").click();
        harness.run();
        harness.get_by_label("Your name:").type_text(name);
        harness.run();
        // Leave the field, so the number keys answer items again.
        press(harness, Key::Escape);
    } else {
        harness.get_by_label("Stay anonymous").click();
        harness.run();
    }
    let quiz = content().quiz;
    for item in quiz.items().iter().filter(|i| i.kind == ItemKind::Skill) {
        press(harness, DIGITS[usize::from(value(&item.responsibility))]);
    }
    harness.get_by_label("Review");
    harness
        .get_by_label("Every item is answered. Save your rating, or go back to change any answer.");
    // Ctrl+S saves the rating, as the Save rating button does (not the open profile).
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(harness);
    harness.get_by_label("Save your rating");
    type_path_and(harness, rating, "Save");
    assert!(
        harness.state().error().is_none(),
        "{:?}",
        harness.state().error()
    );
    harness.get_by_label_contains("Saved to");
    harness.get_by_label("Stop rating").click();
    settle(harness);
    assert!(
        harness.state().workspace().rater().is_none(),
        "a saved rating stops at once"
    );
}

#[test]
fn a_request_is_answered_by_a_rater_and_the_rating_shows_blind_spots_and_hidden_strengths() {
    let dir = tempfile::tempdir().unwrap();
    let profile_path = priya(dir.path());
    let request_path = dir.path().join("request.ron");
    let rating_path = dir.path().join("rating-from-sam.ron");
    let mut harness = app(StartOptions {
        file: Some(profile_path.clone()),
        ..on(Screen::Results)
    });
    harness.get_by_label("What others said");
    harness.get_by_label_contains("No one has rated you yet");
    ask_for_rating(&mut harness, &request_path);
    let request = storage::load_rating_request(&request_path, &content()).unwrap();
    assert_eq!(request.name, "Priya Raman");
    assert_eq!(
        Some(&request.profile_id),
        harness.state().profile().id.as_ref()
    );
    let own = harness.state().profile().clone();

    // Sam opens the request: the rater quiz replaces nothing of the open profile.
    open(&mut harness, &request_path);
    assert_eq!(harness.state().screen(), Screen::Quiz);
    // Sam saw little of the PM work Priya rates highly, and a lot of her PO work.
    rate(
        &mut harness,
        Some("Sam"),
        |r| if r.starts_with("pm-") { 0 } else { 4 },
        &rating_path,
    );
    assert_eq!(harness.state().profile(), &own, "rating changed nothing");
    let saved = fs::read_to_string(&rating_path).unwrap();
    assert!(saved.contains("rater: Some(\"Sam\")"), "{saved}");
    assert!(
        !saved.contains("notes"),
        "a rating carries no notes: {saved}"
    );

    // Priya opens the rating: it is added, and Results says what others saw.
    open(&mut harness, &rating_path);
    assert_eq!(harness.state().screen(), Screen::Results);
    assert_eq!(harness.state().profile().ratings.len(), 1);
    assert!(
        harness.state().is_dirty(),
        "the added rating waits for a save"
    );
    harness.get_by_label("What others said");
    harness.get_by_label_contains("1 person has rated your skills");
    harness.get_by_label_contains("Product vision: you rated yourself");
    // One sentence per gap the domain finds (Sam saw less PM and more PO work than Priya
    // gives herself credit for), and at least one of each kind.
    let profile = harness.state().profile().clone();
    let view = others_view(
        &content().quiz,
        &profile.results.last().unwrap().result,
        &profile.ratings,
    );
    for (gap, words) in [
        (Gap::BlindSpot, "This may be a blind spot"),
        (Gap::HiddenStrength, "This may be a hidden strength"),
    ] {
        let expected = view.rows.iter().filter(|r| r.gap == Some(gap)).count();
        assert!(expected > 0, "{:?}", view.rows);
        assert_eq!(harness.get_all_by_label_contains(words).count(), expected);
    }
    harness.get_by_label_contains("cannot be anonymous");

    // Adding the same rating again changes nothing.
    open(&mut harness, &rating_path);
    assert_eq!(harness.state().profile().ratings.len(), 1);
    harness.get_by_label_contains("already in this profile");
}

#[test]
fn a_rating_for_someone_else_is_refused_and_says_whose_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let content = content();
    let profile_path = priya(dir.path());
    let mut harness = app(StartOptions {
        file: Some(profile_path),
        ..on(Screen::Results)
    });
    ask_for_rating(&mut harness, &dir.path().join("request.ron"));
    let mut someone = career_explorer::domain::profile::Profile::new("Alex Kim");
    someone.id = Some(career_explorer::domain::profile::ProfileId::new("alex-1").unwrap());
    let request = RatingRequest::for_profile(&someone, &content.quiz).unwrap();
    let rating = RatingFile {
        profile_id: request.profile_id.clone(),
        name: request.name.clone(),
        rating: career_explorer::domain::rating::Rating {
            rater: None,
            rated_at: time::macros::datetime!(2026-11-29 10:00 UTC),
            answers: request.items.iter().map(|i| (i.id.clone(), 2)).collect(),
        },
    };
    let path = dir.path().join("for-alex.ron");
    storage::save_rating(&path, &rating).unwrap();
    let before = harness.state().profile().clone();
    menu(&mut harness, "Add a rating...");
    harness.get_by_label("Add a rating to this profile");
    type_path_and(&mut harness, &path, "Add");
    let error = harness.state().error().expect("the refusal is shown");
    assert!(error.contains("Alex Kim's profile"), "{error}");
    assert_eq!(harness.state().profile(), &before);
    assert!(!harness.state().is_dirty());
}

#[test]
fn three_anonymous_raters_can_stay_anonymous() {
    let dir = tempfile::tempdir().unwrap();
    let profile_path = priya(dir.path());
    let request_path = dir.path().join("request.ron");
    let mut harness = app(StartOptions {
        file: Some(profile_path),
        ..on(Screen::Results)
    });
    ask_for_rating(&mut harness, &request_path);
    for n in 0..3_u8 {
        open(&mut harness, &request_path);
        let path = dir.path().join(format!("rating-{n}.ron"));
        // Raters who see what Priya sees in herself: no gap to point out.
        rate(
            &mut harness,
            None,
            |r| if r.starts_with("pm-") { 3 } else { 1 },
            &path,
        );
        let saved = fs::read_to_string(&path).unwrap();
        assert!(saved.contains("rater: None"), "{saved}");
        open(&mut harness, &path);
    }
    assert_eq!(harness.state().profile().ratings.len(), 3);
    harness.get_by_label_contains("3 people have rated your skills");
    harness.get_by_label_contains("no blind spots or hidden strengths stand out");
    assert!(
        harness
            .query_by_label_contains("cannot be anonymous")
            .is_none(),
        "three raters can stay anonymous"
    );
}

#[test]
fn an_unsaved_rating_is_not_dropped_unasked() {
    let dir = tempfile::tempdir().unwrap();
    let profile_path = priya(dir.path());
    let request_path = dir.path().join("request.ron");
    let mut harness = app(StartOptions {
        file: Some(profile_path),
        ..on(Screen::Results)
    });
    ask_for_rating(&mut harness, &request_path);
    open(&mut harness, &request_path);
    press(&mut harness, Key::Num3);
    harness.get_by_label("Stop rating").click();
    settle(&mut harness);
    let error = harness
        .state()
        .error()
        .expect("the warning is shown")
        .to_owned();
    assert!(error.contains("not saved yet"), "{error}");
    assert!(
        harness.state().workspace().rater().is_some(),
        "still rating"
    );
    harness.get_by_label("OK").click();
    settle(&mut harness);
    harness.get_by_label("Stop rating").click();
    settle(&mut harness);
    assert!(
        harness.state().workspace().rater().is_none(),
        "asked again, it stops"
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
fn a_rating_dropped_on_a_profile_with_unsaved_changes_is_added_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let profile_path = priya(dir.path());
    let request_path = dir.path().join("request.ron");
    let rating_path = dir.path().join("rating.ron");
    let mut harness = app(StartOptions {
        file: Some(profile_path),
        ..on(Screen::Results)
    });
    ask_for_rating(&mut harness, &request_path);
    open(&mut harness, &request_path);
    rate(&mut harness, Some("Ana"), |_| 2, &rating_path);
    // Priya changes her notes: unsaved work.
    harness
        .state_mut()
        .handle(career_explorer::app::Command::SetDetails {
            name: "Priya Raman".into(),
            notes: "Talk to Ana about sprint reviews".into(),
        });
    settle(&mut harness);
    assert!(harness.state().is_dirty());
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(rating_path)));
    settle(&mut harness);
    assert!(harness.query_by_label("Save your changes?").is_none());
    assert_eq!(harness.state().profile().ratings.len(), 1);
    assert_eq!(
        harness.state().profile().notes,
        "Talk to Ana about sprint reviews",
        "the unsaved notes stay"
    );
    harness.get_by_label_contains("Added the rating from Ana");
}

#[test]
fn the_save_rating_button_asks_where_to_save() {
    let dir = tempfile::tempdir().unwrap();
    let profile_path = priya(dir.path());
    let request_path = dir.path().join("request.ron");
    let mut harness = app(StartOptions {
        file: Some(profile_path),
        ..on(Screen::Results)
    });
    ask_for_rating(&mut harness, &request_path);
    open(&mut harness, &request_path);
    let to_review = |harness: &mut Harness<'_, App>| {
        for _ in 0..3 {
            harness.get_by_label("Next").click();
            harness.run();
        }
        harness.get_by_label("Review").click();
        harness.run();
    };
    // Saving needs at least one answer.
    to_review(&mut harness);
    let save = harness.get_by_label("Save rating...");
    assert!(save.accesskit_node().is_disabled(), "nothing to save yet");
    harness.get_by_label("Answer item 1").click();
    harness.run();
    press(&mut harness, Key::Num2);
    to_review(&mut harness);
    assert!(
        !harness
            .get_by_label("Save rating...")
            .accesskit_node()
            .is_disabled()
    );
    harness.get_by_label(
        "Items you leave unanswered are left out of the rating: leave those you have not seen.",
    );
    harness.get_by_label("Save rating...").click();
    settle(&mut harness);
    harness.get_by_label("Save your rating");
    let path = dir.path().join("partial.ron");
    type_path_and(&mut harness, &path, "Save");
    let saved = storage::load_rating(&path, &content()).unwrap();
    assert_eq!(saved.rating.answers.len(), 1, "only the answered item");
}
