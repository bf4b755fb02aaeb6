//! The open profile (the document), where it lives on disk, and whether it has changes that
//! are not saved yet.
//!
//! Saving runs on a worker thread while the person may go on answering, so "saved" cannot be a
//! flag cleared when a save ends: the document counts its edits, a save remembers which edit it
//! wrote, and the document is clean only when that is still the latest.
//!
//! The profile's id is not an edit: it is given just before the first save and written by
//! that save, so the save leaves the document clean (see [`Document::ensure_id`]).

use std::path::{Path, PathBuf};

use crate::domain::profile::{Profile, ProfileId};
use crate::i18n::Translator;

/// The open profile and where it lives.
#[derive(Clone, Debug, Default)]
pub struct Document {
    profile: Profile,
    path: Option<PathBuf>,
    /// Counts edits since the document was made or opened.
    revision: u64,
    /// The revision that is on disk at `path` (0 for a new or just-opened document).
    saved_revision: u64,
}

impl Document {
    /// A document read from `path`: clean.
    pub fn opened(profile: Profile, path: PathBuf) -> Self {
        Self {
            profile,
            path: Some(path),
            revision: 0,
            saved_revision: 0,
        }
    }

    /// Work restored from an autosave: not on disk yet, so it has unsaved changes.
    pub fn restored(profile: Profile, path: Option<PathBuf>) -> Self {
        Self {
            profile,
            path,
            revision: 1,
            saved_revision: 0,
        }
    }

    /// The profile.
    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// The file the profile was opened from or last saved to.
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

    /// Changes the profile and counts the edit.
    pub fn edit(&mut self, change: impl FnOnce(&mut Profile)) {
        change(&mut self.profile);
        self.revision += 1;
    }

    /// The profile's id, giving it a new random one (a UUID v4) if it has none yet.
    ///
    /// Called by a save before it copies the profile, so the id is part of the revision the
    /// save writes. It does not count as an edit: nobody asked for it, and counting it would
    /// leave a document that was clean before the save dirty after it, or make a failed save
    /// of a clean document ask "Save your changes?". If the save fails, the next one writes
    /// the same id.
    pub fn ensure_id(&mut self) -> &ProfileId {
        self.profile
            .ensure_id(|| ProfileId::from(uuid::Uuid::new_v4()))
    }

    /// Records that `revision` was written to `path`. Edits made while the save ran keep the
    /// document dirty.
    pub fn saved(&mut self, path: PathBuf, revision: u64) {
        self.path = Some(path);
        self.saved_revision = revision;
    }

    /// The file's name for the title and dialogs: "Untitled" before the first save.
    pub fn display_name(&self, tr: &Translator) -> String {
        self.path.as_deref().and_then(Path::file_name).map_or_else(
            || tr.tr("untitled"),
            |name| name.to_string_lossy().into_owned(),
        )
    }

    /// The window title: a `*` while changes are unsaved, the file name, and the app.
    pub fn window_title(&self, tr: &Translator) -> String {
        window_title(tr, &self.display_name(tr), self.is_dirty())
    }
}

/// The window title for the document called `name`: "*name - Career Explorer" while it has
/// unsaved changes.
pub fn window_title(tr: &Translator, name: &str, dirty: bool) -> String {
    let args = [("name", name.into())];
    if dirty {
        tr.tr_args("window-title-unsaved", &args)
    } else {
        tr.tr_args("window-title", &args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    fn en() -> Translator {
        Translator::new(Language::English)
    }

    #[test]
    fn a_new_document_is_clean_and_untitled() {
        let doc = Document::default();
        assert!(!doc.is_dirty());
        assert_eq!(doc.window_title(&en()), "Untitled - Career Explorer");
    }

    #[test]
    fn edits_make_it_dirty_and_a_save_of_the_latest_cleans_it() {
        let mut doc = Document::default();
        doc.edit(|p| p.name = "Priya".into());
        assert!(doc.is_dirty());
        assert_eq!(doc.window_title(&en()), "*Untitled - Career Explorer");
        let revision = doc.revision();
        doc.saved(PathBuf::from("/tmp/priya.ron"), revision);
        assert!(!doc.is_dirty());
        assert_eq!(doc.window_title(&en()), "priya.ron - Career Explorer");
    }

    #[test]
    fn the_title_is_in_the_language_shown() {
        let de = Translator::new(Language::German);
        let mut doc = Document::default();
        assert_eq!(doc.window_title(&de), "Unbenannt – Career Explorer");
        doc.edit(|p| p.name = "Priya".into());
        assert_eq!(doc.window_title(&de), "*Unbenannt – Career Explorer");
    }

    #[test]
    fn an_edit_made_while_saving_stays_unsaved() {
        let mut doc = Document::default();
        doc.edit(|p| p.name = "Priya".into());
        let writing = doc.revision();
        doc.edit(|p| p.notes = "typed during the save".into());
        doc.saved(PathBuf::from("/tmp/priya.ron"), writing);
        assert!(doc.is_dirty(), "the second edit is not on disk");
    }

    #[test]
    fn the_id_is_not_an_edit_and_is_kept() {
        let mut doc = Document::opened(Profile::new("Sam"), PathBuf::from("sam.ron"));
        let id = doc.ensure_id().clone();
        assert!(!doc.is_dirty(), "giving the id is not an edit");
        assert_eq!(doc.profile().id.as_ref(), Some(&id));
        assert_eq!(id.as_str().len(), 36, "a UUID: {id}");
        assert_eq!(doc.ensure_id(), &id, "the same id every time");
        // Another document gets another id.
        let mut other = Document::default();
        assert_ne!(other.ensure_id(), &id);
    }

    #[test]
    fn restored_work_needs_saving() {
        let doc = Document::restored(Profile::new("Sam"), None);
        assert!(doc.is_dirty());
        let doc = Document::opened(Profile::new("Sam"), PathBuf::from("sam.ron"));
        assert!(!doc.is_dirty());
    }
}
