//! A file that could not be opened or saved, said in the person's language.
//!
//! The window puts a translated first line ("Could not open `<path>`.") before the reason
//! [`StorageError::reason`] gives in the same language.

use std::path::Path;

use crate::i18n::Translator;
use crate::storage::StorageError;

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

/// One line of a list of files that could not be read (Add members): `path: why`.
pub fn in_list(tr: &Translator, path: &Path, err: &StorageError) -> String {
    err.message_at(tr, path)
}

/// Why: [`StorageError::reason`].
pub fn reason(tr: &Translator, err: &StorageError) -> String {
    err.reason(tr)
}

#[cfg(test)]
mod tests {
    use std::io::ErrorKind;

    use super::*;
    use crate::i18n::Language;
    use crate::storage::FileKind;

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
