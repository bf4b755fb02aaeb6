//! The open team, the app's second document.
//!
//! Where it lives on disk, its unsaved changes and the lead's pins. It counts edits the way [`super::document::Document`] does, so a save running on a worker
//! thread while the lead goes on editing leaves the team dirty. Pins are the lead's working
//! choices, not part of the team format: they live here, and go when the team is replaced.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::document::window_title;
use crate::domain::team::{Pin, Seat, Team};
use crate::i18n::Translator;

/// The open team, its file, and the pins on its seats.
#[derive(Clone, Debug)]
pub struct TeamDocument {
    /// Tells this document from every other one made in this run (see [`Self::version`]).
    generation: u64,
    team: Team,
    path: Option<PathBuf>,
    revision: u64,
    saved_revision: u64,
    pins: Vec<Pin>,
}

impl TeamDocument {
    /// A new, empty team using `framework`: clean and untitled.
    pub fn new(framework: &str) -> Self {
        Self::with(Team::new("", framework), None)
    }

    /// A team read from `path`: clean.
    pub fn opened(team: Team, path: PathBuf) -> Self {
        Self::with(team, Some(path))
    }

    fn with(team: Team, path: Option<PathBuf>) -> Self {
        /// Counts the documents made, so two never share a [`TeamDocument::version`].
        static MADE: AtomicU64 = AtomicU64::new(0);
        Self {
            generation: MADE.fetch_add(1, Ordering::Relaxed),
            team,
            path,
            revision: 0,
            saved_revision: 0,
            pins: Vec::new(),
        }
    }

    /// The team.
    pub fn team(&self) -> &Team {
        &self.team
    }

    /// The file the team was opened from or last saved to.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether there are changes that are not on disk.
    pub fn is_dirty(&self) -> bool {
        self.revision != self.saved_revision
    }

    /// The current revision, to hand to a save so [`Self::saved`] knows what it wrote.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Which document and which revision of it: different whenever the team is edited or
    /// replaced, so screens can cache what they derive from it.
    pub fn version(&self) -> (u64, u64) {
        (self.generation, self.revision)
    }

    /// Changes the team and counts the edit.
    pub fn edit<R>(&mut self, change: impl FnOnce(&mut Team) -> R) -> R {
        self.revision += 1;
        change(&mut self.team)
    }

    /// Records that `revision` was written to `path`.
    pub fn saved(&mut self, path: PathBuf, revision: u64) {
        self.path = Some(path);
        self.saved_revision = revision;
    }

    /// The lead's pins, one per seat at most.
    pub fn pins(&self) -> &[Pin] {
        &self.pins
    }

    /// Pins `profile_id` to `seat`, replacing the seat's pin and any other pin of that person
    /// (nobody holds two seats); `None` lets the assignment choose the seat's holder again.
    pub fn pin(&mut self, seat: Seat, profile_id: Option<String>) {
        self.pins
            .retain(|p| p.seat != seat && Some(&p.profile_id) != profile_id.as_ref());
        if let Some(profile_id) = profile_id {
            self.pins.push(Pin { seat, profile_id });
        }
        self.pins.sort_by_key(|p| p.seat);
    }

    /// Forgets every pin.
    pub fn clear_pins(&mut self) {
        self.pins.clear();
    }

    /// Removes the member with this profile id, and their pin.
    pub fn remove_member(&mut self, profile_id: &str) -> bool {
        self.pins.retain(|p| p.profile_id != profile_id);
        if self.team.member(profile_id).is_none() {
            return false;
        }
        self.edit(|team| team.remove(profile_id).is_some())
    }

    /// The file's name for the title and dialogs: the team's name before the first save, or
    /// "Untitled team".
    pub fn display_name(&self, tr: &Translator) -> String {
        match self.path.as_deref().and_then(Path::file_name) {
            Some(name) => name.to_string_lossy().into_owned(),
            None if !self.team.name.trim().is_empty() => self.team.name.trim().to_owned(),
            None => tr.tr("untitled-team"),
        }
    }

    /// The window title on the Team screen: a `*` while changes are unsaved, the team's file.
    pub fn window_title(&self, tr: &Translator) -> String {
        window_title(tr, &self.display_name(tr), self.is_dirty())
    }
}

/// What one "Add members" did: how many people were added or updated, which files could not
/// be read, and who has no quiz result yet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AddReport {
    /// New members.
    pub added: usize,
    /// Names of members who were on the team already; their snapshot was replaced.
    pub updated: Vec<String>,
    /// Files that could not be read or added, each as `path:line:col: message` (or
    /// `path: message` where there is no position).
    pub unreadable: Vec<String>,
    /// Names of the people added or updated who have no quiz result yet.
    pub no_result: Vec<String>,
}

impl AddReport {
    /// One line for the status bar: "Added 3, updated 1 (already on the team: Ana)", then
    /// how many files were skipped and how many people have no result.
    pub fn summary_in(&self, tr: &Translator) -> String {
        let mut text = tr.tr_args(
            "members-added",
            &[
                ("added", self.added.into()),
                ("updated", self.updated.len().into()),
            ],
        );
        if !self.updated.is_empty() {
            let names = self.updated.join(", ");
            text.push(' ');
            text.push_str(&tr.tr_args("members-already-there", &[("names", names.into())]));
        }
        let unreadable = self.unreadable.len();
        if unreadable > 0 {
            text.push_str("; ");
            text.push_str(&tr.tr_args("members-unreadable", &[("count", unreadable.into())]));
        }
        let no_result = self.no_result.len();
        if no_result > 0 {
            text.push_str("; ");
            text.push_str(&tr.tr_args("members-no-result", &[("count", no_result.into())]));
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    fn en() -> Translator {
        Translator::new(Language::English)
    }
    use crate::domain::team::Member;

    fn member(name: &str, id: &str) -> Member {
        Member {
            name: name.to_owned(),
            profile_id: id.to_owned(),
            latest_result: None,
        }
    }

    #[test]
    fn edits_dirty_and_saves_clean_the_team() {
        let mut doc = TeamDocument::new("scrum");
        assert!(!doc.is_dirty());
        assert_eq!(doc.window_title(&en()), "Untitled team - Career Explorer");
        doc.edit(|t| t.name = "Payments".into());
        assert_eq!(doc.window_title(&en()), "*Payments - Career Explorer");
        let writing = doc.revision();
        doc.edit(|t| t.name = "Payments squad".into());
        doc.saved(PathBuf::from("/tmp/payments.ron"), writing);
        assert!(doc.is_dirty(), "the second edit is not on disk");
        doc.saved(PathBuf::from("/tmp/payments.ron"), doc.revision());
        assert_eq!(doc.window_title(&en()), "payments.ron - Career Explorer");
    }

    #[test]
    fn a_person_holds_one_pin_and_a_seat_one_person() {
        let mut doc = TeamDocument::new("scrum");
        doc.pin(Seat::ProductManager, Some("a".into()));
        doc.pin(Seat::ProductOwner(1), Some("a".into()));
        assert_eq!(
            doc.pins(),
            [Pin {
                seat: Seat::ProductOwner(1),
                profile_id: "a".into()
            }]
        );
        doc.pin(Seat::ProductOwner(1), Some("b".into()));
        assert_eq!(doc.pins().len(), 1);
        assert_eq!(doc.pins()[0].profile_id, "b");
        doc.pin(Seat::ProductOwner(1), None);
        assert!(doc.pins().is_empty());
    }

    #[test]
    fn the_summary_names_who_was_updated_and_counts_the_rest() {
        let report = AddReport {
            added: 3,
            updated: vec!["Ana".into(), "Bo".into()],
            unreadable: vec!["/t/x.ron:2:5: expected a number".into()],
            no_result: vec!["Cy".into(), "Di".into()],
        };
        assert_eq!(
            report.summary_in(&en()),
            "Added 3, updated 2 (already on the team: Ana, Bo); 1 file could not be read; 2 people have no result yet"
        );
        let one = AddReport {
            added: 1,
            no_result: vec!["Cy".into()],
            ..AddReport::default()
        };
        assert_eq!(
            one.summary_in(&en()),
            "Added 1, updated 0; 1 person has no result yet"
        );
    }

    #[test]
    fn the_summary_counts_in_german() {
        let de = Translator::new(Language::German);
        let report = AddReport {
            added: 1,
            updated: vec!["Ana".into()],
            unreadable: vec!["a".into(), "b".into()],
            no_result: vec!["Cy".into()],
        };
        assert_eq!(
            report.summary_in(&de),
            "1 hinzugefügt, 1 aktualisiert (schon im Team: Ana); 2 Dateien konnten nicht gelesen werden; 1 Person hat noch kein Ergebnis"
        );
        assert_eq!(
            TeamDocument::new("scrum").window_title(&de),
            "Unbenanntes Team – Career Explorer"
        );
    }

    #[test]
    fn removing_a_member_drops_their_pin() {
        let mut doc = TeamDocument::new("scrum");
        doc.edit(|t| t.members = vec![member("Ana", "a"), member("Bo", "b")]);
        doc.pin(Seat::Combined, Some("a".into()));
        assert!(doc.remove_member("a"));
        assert!(doc.pins().is_empty());
        assert_eq!(doc.team().members.len(), 1);
        assert!(!doc.remove_member("nobody"));
    }
}
