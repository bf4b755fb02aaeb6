//! "How much to trust this result", driven by keyboard as a person would: a quiz taken in a
//! way that trips each answer-quality check shows that check's sentence, ranges show beside
//! the fits, and a retake says whether it moved beyond the ranges.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use career_explorer::domain::quiz::{Item, ItemKind};
use career_explorer::{App, Screen};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use time::Duration;

mod support;
use support::{app_paced, content, press};

const DIGITS: [Key; 5] = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5];

/// A reading pace: no item of the quiz takes longer than this to read.
const READING: Duration = Duration::seconds(8);

/// Answers every item by keyboard, in the order asked, with `value(item)` (0 to 4), and
/// submits from the review page.
fn take_quiz(harness: &mut Harness<'_, App>, value: impl Fn(&Item) -> u8) {
    let content = content();
    for item in content.quiz.items() {
        press(harness, DIGITS[usize::from(value(item))]);
    }
    harness.get_by_label("Review");
    press(harness, Key::Enter);
    assert_eq!(
        harness.state().screen(),
        Screen::Results,
        "submitting opens the result"
    );
}

fn is_pm(item: &Item) -> bool {
    item.responsibility.starts_with("pm-")
}

/// Varied answers whose pairs agree: PM work done well, PO work barely, interest unsure.
fn considered(item: &Item) -> u8 {
    match (is_pm(item), item.kind) {
        (true, ItemKind::Skill) => 3,
        (false, ItemKind::Skill) => 1,
        _ => 2,
    }
}

#[test]
fn considered_answers_at_a_reading_pace_trip_nothing_and_show_ranges() {
    let mut harness = app_paced(Screen::Quiz, READING);
    take_quiz(&mut harness, considered);
    // Every answer was timed, and the times are kept in the profile.
    let profile = harness.state().profile().clone();
    assert_eq!(profile.answer_times.len(), content().quiz.item_count());
    harness.get_by_label("How much to trust this result");
    harness.get_by_label_contains("Nothing in how you answered suggests careless answering");
    // Each fit shows its range beside the bar, and the ranges are explained.
    let result = &profile.results[0].result;
    let pm = result.role("pm").unwrap().fit.clone().unwrap();
    let range = pm.range.unwrap();
    assert!(range.contains(pm.value) && range.low < range.high);
    harness.get_by_label(&format!("range {} to {}", range.low, range.high));
    harness.get_by_label_contains("Each score has a range");
    // The chart's numbers, ranges included, as a table.
    harness.get_by_label("Scores and ranges as a table").click();
    harness.run();
    let vision = result.responsibility("pm-vision").unwrap();
    let skill_range = vision.skill_range.unwrap();
    let cell = format!(
        "{} (range {} to {})",
        vision.skill.unwrap(),
        skill_range.low,
        skill_range.high
    );
    // Each cell names its row and column for a screen reader.
    harness.get_by_label(&format!("Product vision (Product Manager), Skill: {cell}"));
    // The five PM responsibilities were answered alike, so five skill cells read the same.
    assert_eq!(
        harness
            .get_all_by_label_contains(&format!("(Product Manager), Skill: {cell}"))
            .count(),
        5,
        "{cell}"
    );
}

#[test]
fn answering_faster_than_anyone_reads_trips_the_rushed_check() {
    let mut harness = app_paced(Screen::Quiz, Duration::milliseconds(800));
    take_quiz(&mut harness, considered);
    harness.get_by_label_contains(
        "39 of your 39 answers came faster than the items can be read. Answer again more slowly",
    );
}

#[test]
fn the_same_point_everywhere_trips_the_same_answer_check() {
    let mut harness = app_paced(Screen::Quiz, READING);
    take_quiz(&mut harness, |_| 2);
    harness.get_by_label_contains("40 of your 40 answers are the same point of the scale");
    // Equal answers give equal fits, whose ranges overlap.
    harness.get_by_label_contains("Too close to call");
}

#[test]
fn agreeing_with_everything_trips_the_acquiescence_check() {
    let mut harness = app_paced(Screen::Quiz, READING);
    take_quiz(&mut harness, |item| if is_pm(item) { 4 } else { 3 });
    harness.get_by_label_contains(
        "You chose one of the top two points for 100% of what you have done and 100% of what you would enjoy",
    );
}

#[test]
fn a_pair_far_apart_trips_the_consistency_check() {
    let mut harness = app_paced(Screen::Quiz, READING);
    take_quiz(&mut harness, |item| match item.id.as_str() {
        "pricing-interest" => 0,
        "pricing-test-interest" => 3,
        _ => considered(item),
    });
    harness.get_by_label_contains(
        "Your two answers about Pricing and positioning (interest) are three or more points apart",
    );
    // Only that check spoke up.
    assert!(
        harness
            .query_by_label_contains("came faster than the items can be read")
            .is_none()
    );
}

#[test]
fn a_retake_says_whether_it_moved_beyond_the_ranges() {
    let mut harness = app_paced(Screen::Quiz, READING);
    take_quiz(&mut harness, considered);
    harness.get_by_label("Retake").click();
    harness.run();
    // The same answers but one: well within the ranges.
    take_quiz(&mut harness, |item| {
        if item.id == "vision-write" {
            4
        } else {
            considered(item)
        }
    });
    harness
        .get_by_label_contains("Since the last attempt: PM: within the range of the last attempt");
    harness.get_by_label("Retake").click();
    harness.run();
    // Much more drawn to PO work: a real change.
    take_quiz(&mut harness, |item| match (is_pm(item), item.kind) {
        (false, _) => 3,
        _ => considered(item),
    });
    harness.get_by_label_contains("for PO, more than the ranges of both attempts");
    assert_eq!(harness.state().profile().results.len(), 3);
}
