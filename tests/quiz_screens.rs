//! The Quiz and Results screens, driven as a keyboard user would.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use career_explorer::Screen;
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

mod support;
use support::{app_on, content, press};

fn item_count() -> usize {
    content().quiz.item_count()
}

const DIGITS: [Key; 5] = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5];

#[test]
fn answering_every_item_by_keyboard_reaches_the_result() {
    let mut harness = app_on(Screen::Quiz);
    let total = item_count();
    let progress = |harness: &egui_kittest::Harness<'_, career_explorer::App>| {
        harness
            .get_by_role_and_label(Role::ProgressIndicator, "Quiz progress")
            .accesskit_node()
            .value()
    };
    assert_eq!(progress(&harness), Some(format!("0 of {total} answered")));
    for index in 0..total {
        press(&mut harness, DIGITS[index % 5]);
    }
    assert_eq!(harness.state().answers().len(), total);
    assert_eq!(
        progress(&harness),
        Some(format!("{total} of {total} answered"))
    );
    harness.get_by_label("Review");
    // Enter on the review page submits.
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().screen(), Screen::Results);
    assert_eq!(harness.state().profile().results.len(), 1);
    harness.get_by_label("Your result");
    // Each fit bar is named, with its value in words and as a number.
    for role in ["Product Manager fit", "Product Owner fit"] {
        let bar = harness.get_by_role_and_label(Role::ProgressIndicator, role);
        let words = bar.accesskit_node().value().unwrap();
        assert!(words.contains(" of 100, "), "{words}");
        let number = bar.accesskit_node().numeric_value().unwrap();
        assert!(words.starts_with(&format!("{number} of 100")), "{words}");
    }
    // The chart is a named image whose description carries its data.
    let chart =
        harness.get_by_role_and_label(Role::Image, "Chart of skill and interest by responsibility");
    let description = chart.accesskit_node().description().unwrap();
    assert!(
        description.contains("Product vision (Product Manager): skill "),
        "{description}"
    );
}

#[test]
fn after_a_click_the_next_key_answers_the_next_item() {
    let mut harness = app_on(Screen::Quiz);
    let quiz = content().quiz;
    harness
        .get_all_by_label("2 Done it with help")
        .next()
        .unwrap()
        .click();
    harness.run();
    press(&mut harness, Key::Num5);
    let answers = harness.state().answers();
    assert_eq!(
        answers.get(&quiz.items()[0].id),
        Some(1),
        "the click is kept"
    );
    assert_eq!(
        answers.get(&quiz.items()[1].id),
        Some(4),
        "the key answered the next"
    );
}

#[test]
fn going_back_keeps_the_answers() {
    let mut harness = app_on(Screen::Quiz);
    // Answer the whole first page with "4 Do it well"; the keys move on to page 2.
    for _ in 0..5 {
        press(&mut harness, Key::Num4);
    }
    harness.get_by_label_contains("Page 2 of");
    harness.get_by_label("Back").click();
    harness.run();
    harness.get_by_label_contains("Page 1 of");
    let answers = harness.state().answers().clone();
    assert_eq!(answers.len(), 5);
    assert!(answers.iter().all(|(_, v)| v == 3));
    // The radio buttons show the kept answers as selected.
    let selected = harness
        .get_all_by_label("4 Do it well")
        .filter(|node| node.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True))
        .count();
    assert_eq!(selected, 5);
    // Switching tabs and back keeps them too.
    harness.get_by_label("Compare").click();
    harness.run();
    harness.get_by_label("Quiz").click();
    harness.run();
    assert_eq!(harness.state().answers(), &answers);
}

#[test]
fn clicking_a_point_answers_that_item_and_the_review_lists_what_is_missing() {
    let mut harness = app_on(Screen::Quiz);
    harness
        .get_all_by_label("5 Could teach it")
        .next()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(harness.state().answers().len(), 1);
    let total = item_count();
    let pages = total.div_ceil(5);
    for _ in 0..pages - 1 {
        harness.get_by_label("Next").click();
        harness.run();
    }
    harness.get_by_label("Review").click();
    harness.run();
    harness.get_by_label(&format!(
        "{} of {total} items are not answered yet:",
        total - 1
    ));
    assert!(
        harness
            .get_by_label("Submit")
            .accesskit_node()
            .is_disabled(),
        "Submit waits until every item is answered"
    );
    // Jump back to an unanswered item from the review page.
    harness.get_by_label("Answer item 2").click();
    harness.run();
    harness.get_by_label_contains("Page 1 of");
}

#[test]
fn retake_keeps_the_earlier_result_beside_the_new_one() {
    let mut harness = app_on(Screen::Quiz);
    let total = item_count();
    for _ in 0..total {
        press(&mut harness, Key::Num5);
    }
    press(&mut harness, Key::Enter);
    harness.get_by_label("Retake").click();
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Quiz);
    assert!(harness.state().answers().is_empty());
    for index in 0..total {
        press(&mut harness, DIGITS[index % 3]);
    }
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().profile().results.len(), 2);
    harness.get_by_label("Earlier attempts");
    harness.get_by_label_contains("This attempt");
}

#[test]
fn the_same_answer_everywhere_trips_the_same_answer_check() {
    let mut harness = app_on(Screen::Quiz);
    for _ in 0..item_count() {
        press(&mut harness, Key::Num3);
    }
    press(&mut harness, Key::Enter);
    harness.get_by_label("How much to trust this result");
    harness.get_by_label_contains("40 of your 40 answers are the same point of the scale");
}

#[test]
fn results_without_a_quiz_point_to_the_quiz() {
    let mut harness = app_on(Screen::Results);
    harness.get_by_label("No result yet");
    harness.get_by_label("Go to the quiz").click();
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Quiz);
}

#[test]
fn each_item_is_a_radio_group_named_by_its_statement() {
    let harness = app_on(Screen::Quiz);
    let quiz = content().quiz;
    let first = &quiz.items()[0];
    let name = format!("1. {}", first.text);
    let group = harness.get_by_role_and_label(egui::accesskit::Role::RadioGroup, &name);
    let points: Vec<_> = group
        .children()
        .filter(|n| n.accesskit_node().role() == egui::accesskit::Role::RadioButton)
        .collect();
    assert_eq!(points.len(), 5, "five points in the group");
}

#[test]
fn ctrl_and_a_digit_switch_screens_without_answering() {
    let mut harness = app_on(Screen::Quiz);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Num2);
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Advisor);
    assert!(harness.state().answers().is_empty());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Num1);
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Compare);
}
