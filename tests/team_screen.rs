//! The Team screen driven by label, as a lead would: add members by typed paths, read the
//! coverage and gaps, pin a seat and see its cost, sort and filter, remove, save and export.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::fs;
use std::path::{Path, PathBuf};

use career_explorer::domain::team::{Pin, Seat, staff};
use career_explorer::i18n::{Language, Translator};
use career_explorer::{App, Screen, StartOptions, storage};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

mod support;
use support::{
    app_on, content, fixture, four_people, in_language, on, settle, shows, texts, type_path_and,
};

/// The four people saved as profiles in `folder`, and a file that is not a profile.
fn write_people(folder: &Path) -> (Vec<PathBuf>, PathBuf) {
    let paths = four_people()
        .iter()
        .map(|profile| {
            let path = folder.join(format!("{}.ron", profile.name.to_lowercase()));
            storage::save_profile(&path, profile).unwrap();
            path
        })
        .collect();
    let bad = folder.join("bad.ron");
    fs::write(
        &bad,
        "(\n    format: \"career-explorer-profile\",\n    version: nope,\n)\n",
    )
    .unwrap();
    (paths, bad)
}

/// Opens "Add members...", types `paths` one a line, and presses Add.
fn add_members(harness: &mut Harness<'_, App>, paths: &[PathBuf]) {
    harness.get_by_label("Add members...").click();
    harness.run();
    harness.get_by_label("Add members from their profiles");
    let text: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let field = "Paths (one profile or folder a line)";
    harness.get_by_label(field).focus();
    harness.run();
    harness.get_by_label(field).type_text(&text.join("\n"));
    harness.run();
    harness.get_by_label("Add").click();
    settle(harness);
}

/// The Team screen with the four people and the bad file added.
fn team_of_four(folder: &Path) -> Harness<'static, App> {
    let (mut paths, bad) = write_people(folder);
    paths.push(bad);
    let mut harness = app_on(Screen::Team);
    add_members(&mut harness, &paths);
    harness
}

#[test]
fn typed_paths_add_members_and_say_what_happened() {
    let folder = tempfile::tempdir().unwrap();
    let bad = folder.path().join("bad.ron");
    let mut harness = team_of_four(folder.path());
    let team = harness.state().workspace().team();
    let names: Vec<&str> = team
        .team()
        .members
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(names, ["Ana", "Bo", "Cy", "Di"]);
    assert!(team.is_dirty());
    // On the screen and in the status bar.
    let summary = "Added 4, updated 0; 1 file could not be read; 1 person has no result yet";
    assert_eq!(harness.get_all_by_label(summary).count(), 2);
    // The unreadable file, with its line and column.
    let position = format!("{}:3:", bad.display());
    harness.get_by_label_contains(&position);
    harness.get_by_label("Di: no result yet; they count once they take the quiz.");
    assert_eq!(
        harness.state().window_title(),
        "*Untitled team - Career Explorer"
    );

    // Adding the same people again updates them in place.
    let again: Vec<PathBuf> = ["ana.ron", "bo.ron"]
        .iter()
        .map(|n| folder.path().join(n))
        .collect();
    add_members(&mut harness, &again);
    let summary = "Added 0, updated 2 (already on the team: Ana, Bo)";
    assert_eq!(harness.get_all_by_label(summary).count(), 2);
    assert_eq!(harness.state().workspace().team().team().members.len(), 4);
}

#[test]
fn coverage_names_the_strongest_and_the_gaps() {
    let folder = tempfile::tempdir().unwrap();
    let harness = team_of_four(folder.path());
    // Ana could teach every product manager responsibility.
    let strongest = harness.get_all_by_label_contains("Strongest: Ana (skill 100, high)");
    assert!(strongest.count() >= 1);
    // With Bo's 100 on product owner work nothing is a gap.
    harness.get_by_label("No gaps: someone is at least moderate at every responsibility.");
}

#[test]
fn a_team_without_product_owners_shows_its_gaps_and_what_to_learn() {
    let folder = tempfile::tempdir().unwrap();
    let (paths, _) = write_people(folder.path());
    let mut harness = app_on(Screen::Team);
    // Only Ana, a product manager with little product owner skill.
    add_members(&mut harness, &paths[..1]);
    let gaps = harness.get_all_by_label_contains("Gap: the strongest is Ana");
    assert!(gaps.count() >= 1);
    let content = content();
    let po = content.catalog.roles.iter().find(|r| r.id == "po").unwrap();
    let first = &po.responsibilities[0];
    let learn = content.quiz.learn_next(&first.id).unwrap();
    harness.get_by_label(&format!("Learn next: {learn}"));
}

#[test]
fn pinning_a_seat_shows_what_it_costs() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = team_of_four(folder.path());
    // The default team is small: one person in both roles, and Cy fits that best.
    let seat_title = "Product Manager and Product Owner";
    harness.get_by_label("Pin Product Manager and Product Owner");
    harness.get_by_label(seat_title);
    let work = harness.state().workspace();
    let content = content();
    let auto = staff(work.team().team(), &content, &[]).unwrap();
    let holder = auto.seats[0].holder.as_ref().unwrap();
    assert_eq!(holder.member.name, "Cy");
    let pinned = staff(
        work.team().team(),
        &content,
        &[Pin {
            seat: Seat::Combined,
            profile_id: "id-ana".into(),
        }],
    )
    .unwrap();
    let cost = auto.total_fit - pinned.total_fit;
    assert!(cost > 0, "Ana fits the combined seat worse than Cy");
    let ana_fit = pinned.seats[0].holder.as_ref().unwrap().fit;

    harness
        .get_by_label("Pin Product Manager and Product Owner")
        .click();
    harness.run();
    harness.get_by_label(&format!("Ana ({ana_fit})")).click();
    harness.run();
    assert_eq!(
        harness.state().workspace().team().pins(),
        [Pin {
            seat: Seat::Combined,
            profile_id: "id-ana".into()
        }]
    );
    harness.get_by_label(&format!("This pin costs {cost} fit points"));
    harness.get_by_label("Why: you pinned them here.");
    harness.get_by_label(&format!("Next: Cy (fit {})", holder.fit));
    // Pins are not edits of the team file.
    harness.get_by_label("Clear pins").click();
    harness.run();
    assert!(harness.state().workspace().team().pins().is_empty());
}

/// The top of the row whose name button says `name`.
fn row_top(harness: &Harness<'_, App>, name: &str) -> f32 {
    harness.get_by_label(name).rect().top()
}

#[test]
fn rows_sort_and_filter() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = team_of_four(folder.path());
    harness.get_by_label("4 of 4 shown");
    assert!(
        row_top(&harness, "Ana") < row_top(&harness, "Bo"),
        "by name"
    );
    harness.get_by_label("PO fit").click();
    harness.run();
    assert!(row_top(&harness, "Bo") < row_top(&harness, "Cy"));
    assert!(row_top(&harness, "Cy") < row_top(&harness, "Ana"));
    assert!(
        row_top(&harness, "Ana") < row_top(&harness, "Di"),
        "no result last"
    );
    harness.get_by_label("Filter").focus();
    harness.run();
    harness.get_by_label("Filter").type_text("B");
    harness.run();
    harness.get_by_label("1 of 4 shown");
    assert!(harness.query_by_label("Ana").is_none());
    harness.get_by_label("Bo");
}

#[test]
fn a_selected_member_can_be_removed() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = team_of_four(folder.path());
    harness.get_by_label("Ana").click();
    harness.run();
    harness.get_by_label("Remove Ana").click();
    harness.run();
    let team = harness.state().workspace().team().team();
    assert!(team.member("id-ana").is_none());
    assert_eq!(team.members.len(), 3);
    assert!(harness.query_by_label("Ana").is_none());
}

#[test]
fn the_team_saves_and_opens_again_through_file_open() {
    let folder = tempfile::tempdir().unwrap();
    let target = folder.path().join("payments.ron");
    let mut harness = team_of_four(folder.path());
    harness.get_by_label("Team name").focus();
    harness.run();
    harness.get_by_label("Team name").type_text("Payments");
    harness.run();
    harness.get_by_label("Save team").click();
    settle(&mut harness);
    harness.get_by_label("Save the team as");
    type_path_and(&mut harness, &target, "Save");
    assert_eq!(harness.state().error(), None);
    assert_eq!(
        harness.state().window_title(),
        "payments.ron - Career Explorer"
    );
    let saved = storage::load_team(&target, &content()).unwrap();
    assert_eq!(saved.name, "Payments");
    assert_eq!(saved.members.len(), 4);

    harness.get_by_label("New team").click();
    settle(&mut harness);
    assert!(harness.state().workspace().team().team().members.is_empty());
    // File > Open tells a team from a profile by its format.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    settle(&mut harness);
    type_path_and(&mut harness, &target, "Open");
    assert_eq!(harness.state().error(), None);
    assert_eq!(harness.state().workspace().team().team(), &saved);
    assert_eq!(harness.state().screen(), Screen::Team);
}

#[test]
fn export_with_anonymised_names_leaves_the_names_out() {
    let folder = tempfile::tempdir().unwrap();
    let target = folder.path().join("team.md");
    let mut harness = team_of_four(folder.path());
    // File > Export (Ctrl+E) on the Team screen exports the team report.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    settle(&mut harness);
    harness.get_by_label("Export the team report");
    harness.get_by_label("Markdown").click();
    harness.run();
    harness.get_by_label("Anonymise names").click();
    harness.run();
    assert!(harness.state().workspace().anonymise());
    type_path_and(&mut harness, &target, "Export");
    assert_eq!(harness.state().error(), None);
    let text = fs::read_to_string(&target).unwrap();
    assert!(text.contains("Member 1"), "{text}");
    for name in ["Ana", "Bo", "Cy", "Di"] {
        assert!(
            !text
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == name),
            "{name} is in the anonymised report:\n{text}"
        );
    }
}

/// A file or folder dropped on the window, as the windowing layer hands it to egui.
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
fn dropping_a_folder_and_a_file_on_the_team_screen_adds_everyone() {
    let folder = tempfile::tempdir().unwrap();
    let people = folder.path().join("people");
    fs::create_dir(&people).unwrap();
    let (paths, _bad) = write_people(&people);
    // The bad file stays in the folder: it is listed, the others are added.
    let extra = folder.path().join("eve.ron");
    storage::save_profile(&extra, &support::team_profile("Eve", "id-eve", None)).unwrap();
    let mut harness = app_on(Screen::Team);
    for path in [people.clone(), extra] {
        harness
            .input_mut()
            .dropped_files
            .push(std::sync::Arc::new(Dropped(path)));
    }
    settle(&mut harness);
    let team = harness.state().workspace().team().team();
    assert_eq!(team.members.len(), paths.len() + 1);
    assert!(team.member("id-eve").is_some());
    assert_eq!(harness.state().path(), None, "no profile was opened");
    let summary = "Added 5, updated 0; 1 file could not be read; 2 people have no result yet";
    assert_eq!(harness.get_all_by_label(summary).count(), 2);
}

fn team_in(language: Language) -> Harness<'static, App> {
    in_language(language, on(Screen::Team))
}

/// The example team (five people, SAFe, four teams: a product manager and numbered product
/// owner seats), opened in `language`.
fn example_team_in(language: Language) -> Harness<'static, App> {
    in_language(
        language,
        StartOptions {
            file: Some(fixture("teams/example.ron")),
            ..on(Screen::Team)
        },
    )
}

/// Drops the four people and the file that is not a profile on the window.
fn drop_four_and_a_bad_file(harness: &mut Harness<'_, App>, folder: &Path) {
    let (mut paths, bad) = write_people(folder);
    paths.push(bad);
    for path in paths {
        harness
            .input_mut()
            .dropped_files
            .push(std::sync::Arc::new(Dropped(path)));
    }
    settle(harness);
}

#[test]
fn in_german_members_are_added_by_dropping_and_the_table_is_headed_in_german() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = team_in(Language::German);
    for label in [
        "Neues Team",
        "Mitglieder hinzufügen …",
        "Team speichern",
        "Teamname",
        "Leute nach Aufgabe",
        "Sortieren nach",
        "Filter",
    ] {
        harness.get_by_label(label);
    }
    harness.get_by_label(
        "Noch keine Mitglieder. Nutze „Mitglieder hinzufügen …“ oder zieh Profile oder einen Ordner mit Profilen auf das Fenster.",
    );
    drop_four_and_a_bad_file(&mut harness, folder.path());
    assert_eq!(harness.state().workspace().team().team().members.len(), 4);
    harness.get_by_label("4 von 4 angezeigt");
    for heading in [
        "Person",
        "PM",
        "PO",
        "Beide",
        "Können",
        "Interesse",
        "Passung",
        "PM-Passung",
        "PO-Passung",
        "Passung für beide",
        "Besetzung",
        "Gründe",
        "Abdeckung",
        "Nicht lesbar (1)",
        "Noch kein Ergebnis (1)",
        "Di: noch kein Ergebnis; zählt mit, sobald das Quiz gemacht ist.",
        "Keine Lücken: Bei jeder Aufgabe ist jemand mindestens mittel.",
    ] {
        harness.get_by_label(heading);
    }
    assert!(
        harness
            .get_all_by_label_contains("Am stärksten: Ana (Können 100, hoch)")
            .count()
            >= 1
    );
    // A heat map cell, named for a screen reader in German.
    assert!(shows(&harness, "Ana, "), "a cell of Ana's row");
    assert!(harness.get_all_by_label_contains(": Können ").count() >= 1);
    for english in [
        "People by responsibility",
        "Add members...",
        "Staffing",
        "Coverage",
    ] {
        assert!(
            harness.query_by_label(english).is_none(),
            "{english} is English"
        );
    }

    // Sorting and removing in German.
    harness.get_by_label("PO-Passung").click();
    harness.run();
    let top = |h: &Harness<'_, App>, name: &str| h.get_by_label(name).rect().top();
    assert!(
        top(&harness, "Bo") < top(&harness, "Cy"),
        "highest PO fit first"
    );
    harness.get_by_label("Ana").click();
    harness.run();
    harness.get_by_label("Ana entfernen").click();
    harness.run();
    assert!(
        harness
            .state()
            .workspace()
            .team()
            .team()
            .member("id-ana")
            .is_none()
    );
    harness.get_by_label("3 von 3 angezeigt");
}

#[test]
fn in_german_a_seat_is_pinned_and_its_cost_said_in_german() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = team_in(Language::German);
    drop_four_and_a_bad_file(&mut harness, folder.path());
    let seat = harness
        .state()
        .workspace()
        .content()
        .advisor
        .staffing
        .combined_seat
        .clone();
    let work = harness.state().workspace();
    let auto = staff(work.team().team(), work.content(), &[]).unwrap();
    let pin = [Pin {
        seat: Seat::Combined,
        profile_id: "id-ana".into(),
    }];
    let pinned = staff(work.team().team(), work.content(), &pin).unwrap();
    let cost = auto.total_fit - pinned.total_fit;
    let ana_fit = pinned.seats[0].holder.as_ref().unwrap().fit;
    harness.get_by_label("Warum: Niemand im Team passt besser auf diese Position.");
    harness.get_by_label(&format!("{seat} festlegen")).click();
    harness.run();
    harness.get_by_label("Automatisch");
    harness.get_by_label(&format!("Ana ({ana_fit})")).click();
    harness.run();
    assert_eq!(harness.state().workspace().team().pins(), pin);
    let points = if cost == 1 {
        "Passungspunkt"
    } else {
        "Passungspunkte"
    };
    harness.get_by_label(&format!("Diese Festlegung kostet {cost} {points}"));
    harness.get_by_label("Warum: Du hast die Person hier festgelegt.");
    harness.get_by_label("Festlegungen aufheben").click();
    harness.run();
    assert!(harness.state().workspace().team().pins().is_empty());
}

#[test]
fn in_german_product_owner_seats_are_numbered() {
    let harness = example_team_in(Language::German);
    let owner = harness
        .state()
        .workspace()
        .content()
        .advisor
        .staffing
        .owner_seat
        .clone();
    // A no-break space keeps the number with the seat's name.
    harness.get_by_label(&format!("{owner}\u{a0}2 festlegen"));
    assert!(
        harness.get_all_by_label_contains("Als Nächstes: ").count() >= 2,
        "who came next, per seat"
    );
    assert!(
        harness
            .query_by_label(&format!("Pin {owner}\u{a0}2"))
            .is_none()
    );
}

#[test]
fn in_the_pseudo_language_every_label_the_team_screen_draws_is_accented() {
    let pseudo = Translator::new(Language::Pseudo);
    let english = Translator::new(Language::English);
    let harness = example_team_in(Language::Pseudo);
    let plain = [
        "team-heading",
        "team-new",
        "team-add-members",
        "team-save",
        "team-form-hint",
        "team-name",
        "team-framework",
        "team-heat-heading",
        "team-show",
        "team-measure-skill",
        "team-measure-interest",
        "team-measure-fit",
        "team-sort-by",
        "team-sort-name",
        "team-sort-pm-fit",
        "team-sort-po-fit",
        "team-sort-combined-fit",
        "team-filter",
        "team-column-person",
        "team-column-pm",
        "team-column-po",
        "team-column-both",
        "team-staffing-heading",
        "team-reasons",
        "team-coverage-heading",
        "advisor-form-heading",
    ];
    let text = texts(&harness);
    for id in plain {
        let accented = pseudo.tr(id);
        assert!(!accented.is_ascii(), "{id}: {accented}");
        assert!(text.contains(&accented), "{id}: {accented} is not shown");
        let english = english.tr(id);
        assert!(!text.contains(&english), "{id}: {english} is shown");
    }
    // The messages with names and numbers: each one's own words are accented.
    let owner = &harness
        .state()
        .workspace()
        .content()
        .advisor
        .staffing
        .owner_seat;
    for (what, accented) in [
        ("shown", " öf "),
        ("seat number", &format!("[{owner}\u{a0}·2]")),
        ("pin", "[Píñ "),
        ("holder", ": fít "),
        ("why", "[Whý: "),
        ("next", "[Ñéxt: "),
        ("total", "[Tötál fít "),
        ("heat cell", "[Škíll"),
        ("coverage", "[Štröñgéšt: "),
    ] {
        assert!(
            text.iter().any(|t| t.contains(accented)),
            "{what}: {accented} is not shown"
        );
    }
    for english in [
        " shown",
        "Why: ",
        "Next: ",
        "fit points",
        "Strongest: ",
        "Gap: ",
        "Pin ",
        ": fit ",
    ] {
        assert!(
            !text.iter().any(|t| t.contains(english)),
            "{english} is shown in English"
        );
    }
}
