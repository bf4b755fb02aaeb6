//! A file that could not be opened or saved, said in the person's language.
//!
//! The storage layer's errors are English sentences meant for logs and the command line. The
//! window puts a translated first line before them ("Could not open `<path>`.") and, for the
//! kinds a person can act on (no such file, no permission, a folder, a newer version, a
//! read-only file, a full disk...), replaces the English reason with a translated one. The
//! rest (a syntax error in the file with its line and column, a value out of range) keeps the
//! storage layer's English text, which names the file and the place.

use std::io::ErrorKind;
use std::path::Path;

use crate::domain::profile::ProfileError;
use crate::domain::rating::RatingError;
use crate::domain::team::TeamError;
use crate::i18n::Translator;
use crate::storage::{DATA_DIR_ENV, FileKind, StorageError};

/// What failed, for the first line of the message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failed {
    /// Opening (reading) a file.
    Open,
    /// Saving the profile.
    SaveProfile,
    /// Saving the team.
    SaveTeam,
    /// Writing a rating request.
    SaveRequest,
    /// Writing the rater's rating.
    SaveRating,
    /// Writing a report.
    Export,
}

/// The whole message: what failed with `path`, then why.
pub fn message(tr: &Translator, failed: Failed, path: &Path, err: &StorageError) -> String {
    let args = [("path", path.display().to_string().into())];
    let headline = match failed {
        Failed::Open => tr.tr_args("error-open", &args),
        Failed::SaveProfile => tr.tr_args("error-save-profile", &args),
        Failed::SaveTeam => tr.tr_args("error-save-team", &args),
        Failed::SaveRequest => tr.tr_args("error-save-request", &args),
        Failed::SaveRating => tr.tr_args("error-save-rating", &args),
        Failed::Export => tr.tr_args("error-export", &args),
    };
    format!("{headline}\n{}", reason(tr, err))
}

/// One line of a list of files that could not be read (Add members): `path: why`, translated
/// where [`reason`] is, else the storage layer's own text, which names the file itself.
pub fn in_list(tr: &Translator, path: &Path, err: &StorageError) -> String {
    translated(tr, err).map_or_else(
        || err.to_string(),
        |why| format!("{}: {why}", path.display()),
    )
}

/// Why: translated for the kinds a person can act on, else the storage layer's own text.
pub fn reason(tr: &Translator, err: &StorageError) -> String {
    translated(tr, err).unwrap_or_else(|| err.to_string())
}

fn translated(tr: &Translator, err: &StorageError) -> Option<String> {
    let text = match err {
        StorageError::TooLarge { kind, .. } => tr.tr_args(
            "file-too-large",
            &[("limit", (kind.max_bytes() / (1024 * 1024)).into())],
        ),
        StorageError::Read { source, .. } => match source.kind() {
            ErrorKind::NotFound => tr.tr("file-not-found"),
            ErrorKind::PermissionDenied => tr.tr("file-no-permission"),
            _ => tr.tr_args("file-read-failed", &[("detail", source.to_string().into())]),
        },
        StorageError::NotAFile { kind, .. } => {
            tr.tr_args("file-not-a-file", &[("kind", kind_name(*kind).into())])
        }
        StorageError::NothingWritten { waited, .. } => tr.tr_args(
            "file-nothing-written",
            &[("seconds", waited.as_secs_f64().into())],
        ),
        StorageError::Stalled {
            received, waited, ..
        } => tr.tr_args(
            "file-stalled",
            &[
                ("bytes", (*received).into()),
                ("seconds", waited.as_secs_f64().into()),
            ],
        ),
        StorageError::NotUtf8 { line, col, .. } => tr.tr_args(
            "file-not-utf8",
            &[("line", (*line).into()), ("column", (*col).into())],
        ),
        StorageError::Profile(err) => return profile(tr, err),
        StorageError::Team(err) => return team(tr, err),
        StorageError::Rating(err) => return rating(tr, err),
        StorageError::NewerOnDisk { version, .. }
        | StorageError::NewerTeamOnDisk { version, .. } => {
            tr.tr_args("file-newer-on-disk", &[("version", (*version).into())])
        }
        StorageError::OtherDocument { .. } => tr.tr("file-other-document"),
        StorageError::ReadOnly { .. } => tr.tr("file-read-only"),
        StorageError::Write { source, .. } => match source.kind() {
            ErrorKind::PermissionDenied => tr.tr("file-no-write-permission"),
            ErrorKind::NotFound => tr.tr("file-no-folder"),
            ErrorKind::StorageFull => tr.tr("file-disk-full"),
            _ => tr.tr_args(
                "file-write-failed",
                &[("detail", source.to_string().into())],
            ),
        },
        StorageError::SyncFolder { source, .. } => {
            tr.tr_args("file-sync-failed", &[("detail", source.to_string().into())])
        }
        StorageError::NotReplaceable { kind, .. } => {
            tr.tr_args("file-not-replaceable", &[("kind", kind_name(*kind).into())])
        }
        StorageError::NoDataDir => {
            tr.tr_args("file-no-data-folder", &[("variable", DATA_DIR_ENV.into())])
        }
        // What is wrong with the recovery file is the checker's own detail.
        StorageError::BadRecovery { .. } => return None,
    };
    Some(text)
}

fn profile(tr: &Translator, err: &ProfileError) -> Option<String> {
    match err {
        ProfileError::Empty { .. } => Some(tr.tr("file-empty")),
        ProfileError::NotAProfile { .. } => Some(tr.tr("file-not-ours")),
        ProfileError::NewerVersion { version, .. } => {
            Some(tr.tr_args("file-newer", &[("version", (*version).into())]))
        }
        _ => None,
    }
}

fn team(tr: &Translator, err: &TeamError) -> Option<String> {
    match err {
        TeamError::Empty { .. } => Some(tr.tr("file-empty")),
        TeamError::NotATeam { .. } => Some(tr.tr("file-not-ours")),
        TeamError::NewerVersion { version, .. } => {
            Some(tr.tr_args("file-newer", &[("version", (*version).into())]))
        }
        _ => None,
    }
}

fn rating(tr: &Translator, err: &RatingError) -> Option<String> {
    match err {
        RatingError::Empty { .. } => Some(tr.tr("file-empty")),
        RatingError::WrongFormat { .. } => Some(tr.tr("file-not-ours")),
        _ => None,
    }
}

/// The selector value `file-not-a-file` picks its sentence by.
fn kind_name(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Folder => "folder",
        FileKind::Device => "device",
        FileKind::Pipe => "pipe",
        FileKind::Socket => "socket",
        FileKind::Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    fn not_found() -> StorageError {
        StorageError::Read {
            path: "/nowhere/me.ron".into(),
            source: std::io::Error::from(ErrorKind::NotFound),
        }
    }

    #[test]
    fn the_kinds_a_person_can_act_on_are_said_in_their_language() {
        let de = Translator::new(Language::German);
        let text = message(
            &de,
            Failed::Open,
            Path::new("/nowhere/me.ron"),
            &not_found(),
        );
        assert_eq!(
            text,
            "/nowhere/me.ron konnte nicht geöffnet werden.\nDiese Datei oder diesen Ordner gibt es nicht.",
            "de"
        );
        let folder = StorageError::NotAFile {
            path: "/tmp".into(),
            kind: FileKind::Folder,
        };
        assert_eq!(
            reason(&de, &folder),
            "Das ist ein Ordner, keine Datei, die sich lesen lässt.",
            "folder"
        );
        let en = Translator::new(Language::English);
        assert_eq!(
            message(
                &en,
                Failed::SaveTeam,
                Path::new("/t/a.ron"),
                &StorageError::ReadOnly {
                    path: "/t/a.ron".into()
                }
            ),
            "Could not save the team to /t/a.ron.\nThe file is read-only, so it was not overwritten. Save under another name or make it writable.",
            "en"
        );
    }

    #[test]
    fn a_list_line_names_the_file_once() {
        let de = Translator::new(Language::German);
        let path = Path::new("/nowhere/me.ron");
        assert_eq!(
            in_list(&de, path, &not_found()),
            "/nowhere/me.ron: Diese Datei oder diesen Ordner gibt es nicht.",
            "translated"
        );
        let err = StorageError::BadRecovery {
            path: path.to_owned(),
            problem: "broken".into(),
        };
        assert_eq!(in_list(&de, path, &err), err.to_string(), "as it was");
    }

    #[test]
    fn other_problems_keep_the_storage_layers_words_with_the_place() {
        let de = Translator::new(Language::German);
        let err = StorageError::BadRecovery {
            path: "/d/recovery.ron".into(),
            problem: "broken".into(),
        };
        assert_eq!(reason(&de, &err), err.to_string(), "untranslated detail");
    }
}
