//! A storage error in the person's language, for the window and the command line.
//!
//! [`StorageError`]'s [`std::fmt::Display`] is English, for logs. [`StorageError::message`]
//! says the same in a [`Translator`]'s language for the command line, with every detail;
//! [`StorageError::reason`] is the window's: the kinds a person can act on (no such file, no
//! permission, a folder, a newer version, a read-only file, a full disk...) in a sentence of
//! their own. What is wrong inside a file (a member without a name, an answer off the scale)
//! comes from the domain errors' own `message` in both. A syntax error keeps ron's words
//! after its place (`file:line:col`), and the operating system's words stay as it gave them.

use std::io::ErrorKind;
use std::path::Path;

use super::{DATA_DIR_ENV, DocumentKind, FileKind, StorageError};
use crate::domain::profile::{CURRENT_VERSION, ProfileError};
use crate::domain::rating::RatingError;
use crate::domain::team::{CURRENT_VERSION as TEAM_VERSION, TeamError};
use crate::i18n::{FluentValue, Translator};

impl StorageError {
    /// The whole message in `tr`'s language, as [`std::fmt::Display`] words it in English:
    /// the file's path, the place in it when there is one, and every detail. This is the
    /// command line's form; the window has a first line of its own and [`Self::reason`].
    pub fn message(&self, tr: &Translator) -> String {
        let Some(path) = self.path() else {
            return match self {
                Self::NoDataDir => {
                    tr.tr_args("storage-no-data-dir", &[("variable", DATA_DIR_ENV.into())])
                }
                _ => detail(tr, self),
            };
        };
        let path = path.display();
        let text = match self {
            Self::TooLarge { size, kind, .. } => {
                let limit = kind.max_bytes();
                let mut args: Vec<(&str, FluentValue<'_>)> = vec![
                    ("limit", limit.into()),
                    ("mib", (limit / (1024 * 1024)).into()),
                    ("kind", document_kind(*kind).into()),
                ];
                match size {
                    Some(size) => {
                        args.push(("size", (*size).into()));
                        tr.tr_args("storage-too-large", &args)
                    }
                    None => tr.tr_args("storage-too-large-stream", &args),
                }
            }
            Self::Read { source, .. } => {
                tr.tr_args("storage-read", &[("detail", source.to_string().into())])
            }
            Self::NotAFile { kind, .. } => tr.tr_args(
                "storage-not-a-file",
                &[("file-kind", kind_name(*kind).into())],
            ),
            Self::NothingWritten { waited, .. } => tr.tr_args(
                "storage-nothing-written",
                &[("seconds", waited.as_secs_f64().into())],
            ),
            Self::Stalled {
                received, waited, ..
            } => tr.tr_args(
                "storage-stalled",
                &[
                    ("bytes", (*received).into()),
                    ("seconds", waited.as_secs_f64().into()),
                ],
            ),
            Self::NotReplaceable { kind, .. } => tr.tr_args(
                "storage-not-replaceable",
                &[("file-kind", kind_name(*kind).into())],
            ),
            Self::NotUtf8 {
                line, col, byte, ..
            } => {
                let why = tr.tr_args(
                    "storage-not-utf8",
                    &[("byte", format!("0x{byte:02x}").into())],
                );
                return format!("{path}:{line}:{col}: {why}");
            }
            Self::NewerTeamOnDisk { version, .. } => tr.tr_args(
                "storage-newer-team-on-disk",
                &[
                    ("version", (*version).into()),
                    ("current", TEAM_VERSION.into()),
                ],
            ),
            Self::OtherDocument { format, .. } => tr.tr_args(
                "storage-other-document",
                &[("format", format.as_str().into())],
            ),
            Self::NewerOnDisk { version, .. } => tr.tr_args(
                "storage-newer-on-disk",
                &[
                    ("version", (*version).into()),
                    ("current", CURRENT_VERSION.into()),
                ],
            ),
            Self::ReadOnly { .. } => tr.tr("storage-read-only"),
            Self::Write { source, .. } => {
                tr.tr_args("storage-write", &[("detail", source.to_string().into())])
            }
            Self::SyncFolder { source, .. } => tr.tr_args(
                "storage-sync-folder",
                &[("detail", source.to_string().into())],
            ),
            Self::BadRecovery { problem, .. } => tr.tr_args(
                "storage-bad-recovery",
                &[("problem", problem.as_str().into())],
            ),
            Self::Profile(_) | Self::Team(_) | Self::Rating(_) | Self::NoDataDir => {
                return detail(tr, self);
            }
        };
        format!("{path}: {text}")
    }

    /// [`Self::message`] naming the file as `path` (as the person chose it) when the reason
    /// is one of the sentences of their own; the detail inside a document names the file the
    /// way it was read.
    pub fn message_at(&self, tr: &Translator, path: &Path) -> String {
        translated(tr, self).map_or_else(
            || detail(tr, self),
            |why| format!("{}: {why}", path.display()),
        )
    }

    /// Why, in `tr`'s language, for a message whose first line already names the file: a
    /// sentence of its own for the kinds a person can act on, else the detail with its place.
    pub fn reason(&self, tr: &Translator) -> String {
        translated(tr, self).unwrap_or_else(|| detail(tr, self))
    }

    /// The file the error is about, when the storage layer knows its path (errors inside a
    /// document name the file themselves).
    fn path(&self) -> Option<&Path> {
        match self {
            Self::TooLarge { path, .. }
            | Self::Read { path, .. }
            | Self::NotAFile { path, .. }
            | Self::NothingWritten { path, .. }
            | Self::Stalled { path, .. }
            | Self::NotReplaceable { path, .. }
            | Self::NotUtf8 { path, .. }
            | Self::NewerTeamOnDisk { path, .. }
            | Self::OtherDocument { path, .. }
            | Self::NewerOnDisk { path, .. }
            | Self::ReadOnly { path, .. }
            | Self::Write { path, .. }
            | Self::SyncFolder { path, .. }
            | Self::BadRecovery { path, .. } => Some(path),
            Self::Profile(_) | Self::Team(_) | Self::Rating(_) | Self::NoDataDir => None,
        }
    }
}

/// What is wrong inside a document, translated by the domain, with the file's name; the
/// English text for the rest (a damaged recovery file: the checker's own detail).
fn detail(tr: &Translator, err: &StorageError) -> String {
    match err {
        StorageError::Profile(err) => err.message(tr),
        StorageError::Team(err) => err.message(tr),
        StorageError::Rating(err) => err.message(tr),
        _ => err.to_string(),
    }
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

/// The selector value the `storage-too-large` messages pick the document's name by.
fn document_kind(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Profile => "profile",
        DocumentKind::Team => "team",
        DocumentKind::Rating => "rating",
    }
}
