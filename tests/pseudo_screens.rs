//! Every screen in the pseudo-language, where the app's own words and the content are accented
//! and about 35% longer: a text a screen reader can reach that is still plain English bypassed
//! Fluent or the content's translation. (The Results screen shows a past result's sentences
//! as they were taken; `tests/quiz_results_german.rs` takes the quiz in the pseudo-language and
//! checks the result it shows.)
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use career_explorer::i18n::Language;
use career_explorer::{App, Screen, StartOptions};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable as _};

mod support;
use support::{fixture, in_language, on, texts};

/// What egui itself names, in English: the handle that resizes a side panel.
const EGUI_OWN: &[&str] = &["Resize panel"];

/// The app in the pseudo-language on `screen`, with `file` (under tests/data) open.
fn pseudo(screen: Screen, file: Option<&str>) -> Harness<'static, App> {
    in_language(
        Language::Pseudo,
        StartOptions {
            file: file.map(fixture),
            ..on(screen)
        },
    )
}

/// The texts a screen reader can reach that have English letters and no accent at all, but
/// those in `data` (what the open file holds: people's names) and paths.
fn plain_texts(harness: &Harness<'_, App>, data: &[String]) -> Vec<String> {
    let mut plain: Vec<String> = texts(harness)
        .into_iter()
        .filter(|text| {
            // A path the app suggests (`.../complete.html`) is the file's, not words.
            let path = text.starts_with(env!("CARGO_MANIFEST_DIR"));
            let ours = !EGUI_OWN.contains(&text.as_str()) && !data.contains(text) && !path;
            ours && text.is_ascii() && text.chars().any(|c| c.is_ascii_alphabetic())
        })
        .collect();
    plain.sort();
    plain.dedup();
    plain
}

#[test]
fn the_compare_grid_the_advisor_and_the_quiz_have_no_plain_english() {
    let complete = fixture("profiles/complete.ron").display().to_string();
    for (screen, file) in [
        (Screen::Compare, None),
        (Screen::Compare, Some("profiles/complete.ron")),
        (Screen::Advisor, Some("profiles/complete.ron")),
        (Screen::Quiz, None),
        (Screen::Quiz, Some("profiles/complete.ron")),
    ] {
        let harness = pseudo(screen, file);
        assert!(
            harness.query_all(By::new()).count() > 20,
            "{screen:?} shows too little to check"
        );
        assert_eq!(
            plain_texts(&harness, std::slice::from_ref(&complete)),
            Vec::<String>::new(),
            "{screen:?} with {file:?}"
        );
    }
}

#[test]
fn the_team_screen_has_no_plain_english_but_the_teams_names() {
    let harness = pseudo(Screen::Team, Some("teams/example.ron"));
    let team = harness.state().workspace().team().team();
    let mut data: Vec<String> = team.members.iter().map(|m| m.name.clone()).collect();
    data.push(team.name.clone());
    data.push(fixture("teams/example.ron").display().to_string());
    assert!(data.len() > 3, "the sample team has people");
    assert_eq!(plain_texts(&harness, &data), Vec::<String>::new());
}

/// Every text a screen reader can reach, sorted, but the status bar's notice of what was
/// opened and the pieces of wrapped text (a panel's width, and so where lines break, may
/// differ between two windows).
fn all_texts(harness: &Harness<'_, App>, file: Option<&str>) -> Vec<String> {
    let path = file.map(|f| fixture(f).display().to_string());
    let shown: Vec<String> = texts(harness)
        .into_iter()
        .filter(|t| path.as_ref().is_none_or(|p| !t.contains(p.as_str())))
        .collect();
    let mut whole: Vec<String> = shown
        .iter()
        .filter(|t| {
            !shown
                .iter()
                .any(|other| other.len() > t.len() && other.contains(t.trim()))
        })
        .cloned()
        .collect();
    whole.sort();
    whole.dedup();
    whole
}

#[test]
fn switching_the_language_shows_what_starting_in_it_shows() {
    for (screen, file) in [
        (Screen::Compare, None),
        (Screen::Advisor, Some("profiles/complete.ron")),
        (Screen::Quiz, Some("profiles/complete.ron")),
        (Screen::Results, Some("profiles/complete.ron")),
        (Screen::Team, Some("teams/example.ron")),
    ] {
        let start = |language| {
            in_language(
                language,
                StartOptions {
                    file: file.map(fixture),
                    ..on(screen)
                },
            )
        };
        let mut switched = start(Language::English);
        switched.get_by_label("View").click();
        support::settle(&mut switched);
        switched.get_by_label("Language").click();
        support::settle(&mut switched);
        switched.get_by_label("Deutsch").click();
        support::settle(&mut switched);
        support::press(&mut switched, egui::Key::Escape);
        let german = start(Language::German);
        // The status bar says the language changed, in place of the notice from before.
        let notice = "Sprache: Deutsch".to_owned();
        let mut after = all_texts(&switched, file);
        assert!(after.contains(&notice), "{screen:?}: {after:#?}");
        after.retain(|t| *t != notice);
        let fresh = all_texts(&german, file);
        assert!(fresh.len() > 20, "{screen:?} shows too little to compare");
        let only_after: Vec<&String> = after.iter().filter(|t| !fresh.contains(t)).collect();
        let only_fresh: Vec<&String> = fresh.iter().filter(|t| !after.contains(t)).collect();
        assert!(
            only_after.is_empty() && only_fresh.is_empty(),
            "{screen:?}: after switching only {only_after:#?}\nstarted in German only {only_fresh:#?}"
        );
    }
}

#[test]
fn the_dialogs_have_no_plain_english() {
    use career_explorer::Command;
    let complete = fixture("profiles/complete.ron").display().to_string();
    for command in [
        Command::Export,
        Command::SaveAs,
        Command::Open,
        Command::AskForRating,
        Command::AddRating,
        Command::AddMembers,
    ] {
        let name = format!("{command:?}");
        let mut harness = pseudo(Screen::Results, Some("profiles/complete.ron"));
        let before = harness.query_all(By::new()).count();
        harness.state_mut().handle(command);
        support::settle(&mut harness);
        assert!(
            harness.query_all(By::new()).count() > before,
            "{name} opened nothing to check"
        );
        let plain: Vec<String> = plain_texts(&harness, std::slice::from_ref(&complete))
            .into_iter()
            // The Results screen shows the sentences of a result taken in English.
            .filter(|t| {
                let results = &harness.state().workspace().document().profile().results;
                !results
                    .iter()
                    .any(|r| format!("{r:?}").contains(t.as_str()))
            })
            .collect();
        assert_eq!(plain, Vec::<String>::new(), "{name}");
    }
}
