//! Team files on disk, and reading many profiles at once as team members.
//!
//! A team file is read like a profile (a regular file under a size limit, UTF-8 with an
//! optional byte-order mark, errors with `path:line:col`) and saved the same way: atomically,
//! never over a file from a newer build, a read-only file, something that is not a regular
//! file, or a file that holds another kind of document (such as someone's profile).
//!
//! Members come from profile files. [`read_members`] reads a batch in parallel and keeps only
//! each profile's [`Member`]: the profile, with its notes and answers, is dropped as soon as the
//! member is taken, so memory does not grow with the size of the profiles read.

use std::fs::{self, File};
use std::io::{Read, Write as _};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Deserialize;

use super::read::decode_text;
use super::write::{check_replaceable, follow_link, write_atomically};
use super::{FileKind, MAX_PROFILE_BYTES, StorageError, decode_profile, load_profile};
use crate::domain::Content;
use crate::domain::profile::Profile;
use crate::domain::team::{CURRENT_VERSION, FORMAT, Member, Team};

/// Team files larger than this are refused before they are read: 64 MiB holds tens of
/// thousands of members, far beyond any real team (1,000 members are about 7 MiB).
pub const MAX_TEAM_BYTES: u64 = 64 * 1024 * 1024;

/// A path that could not be read as a profile (or a folder that could not be listed), with why.
#[derive(Debug)]
pub struct Skipped {
    /// The path as given, or the file found in a given folder.
    pub path: PathBuf,
    /// Why it was skipped.
    pub error: StorageError,
}

/// The members read from a batch of profile paths, and the paths skipped.
#[derive(Debug, Default)]
pub struct MemberBatch {
    /// Each member with the profile file it came from, in the order of the paths given
    /// (a folder's files sorted by name).
    pub members: Vec<(PathBuf, Member)>,
    /// The paths that could not be read, in the same order.
    pub skipped: Vec<Skipped>,
}

/// Loads and validates the team file at `path`.
///
/// The size is checked before reading; a folder, a pipe, a device or a socket is refused
/// without reading it. Errors name `path`, with `line:col` where there is a position.
pub fn load_team(path: &Path, content: &Content) -> Result<Team, StorageError> {
    let bytes = read_team_bytes(path)?;
    decode_team(path, &bytes, content)
}

/// Turns the bytes of a team file into a [`Team`]: checks they are UTF-8 (a leading
/// byte-order mark is allowed), then parses and validates. `path` names the file in errors;
/// nothing is read from it.
pub fn decode_team(path: &Path, bytes: &[u8], content: &Content) -> Result<Team, StorageError> {
    let text = decode_text(path, bytes)?;
    Ok(Team::from_ron(
        &path.display().to_string(),
        text,
        &content.advisor,
    )?)
}

/// Saves `team` to `path` atomically, like a profile.
///
/// Refuses to replace a team file written by a newer Career Explorer, a read-only file,
/// anything that is not a regular file, and a file that holds another kind of document (a
/// profile, say), so a mistyped output path cannot destroy someone's profile.
pub fn save_team(path: &Path, team: &Team) -> Result<(), StorageError> {
    let text = team.to_ron()?;
    let target = follow_link(path);
    check_replaceable(path, &target)?;
    if fs::metadata(&target).is_ok_and(|m| m.is_file() && m.permissions().readonly()) {
        return Err(StorageError::ReadOnly {
            path: path.to_owned(),
        });
    }
    match document_on_disk(&target) {
        OnDisk::Team(Some(version)) if version > CURRENT_VERSION => {
            return Err(StorageError::NewerTeamOnDisk {
                path: path.to_owned(),
                version,
            });
        }
        OnDisk::Other(format) => {
            return Err(StorageError::OtherDocument {
                path: path.to_owned(),
                format,
            });
        }
        OnDisk::Nothing | OnDisk::Team(_) => {}
    }
    write_atomically(
        path,
        &target,
        text.as_bytes(),
        &mut |file: &mut File, bytes| file.write_all(bytes),
    )
}

/// Loads the profile at `path` and takes its [`Member`]: its name and latest result.
///
/// The member is recognised by the profile's stable id; a profile without one (an older
/// format, never saved since) by `file:<canonical path>`, so the same file is the same person.
pub fn read_member(path: &Path, content: &Content) -> Result<Member, StorageError> {
    let profile = load_profile(path, content)?;
    let id = profile.id.as_ref().map_or_else(
        || {
            let canonical = fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
            format!("file:{}", canonical.display())
        },
        |id| id.as_str().to_owned(),
    );
    let member = Member::from_profile(&profile, id);
    member.validate().map_err(|source| StorageError::Member {
        path: path.to_owned(),
        source,
    })?;
    Ok(member)
}

/// Expands `paths` into profile files: a folder becomes its `*.ron` files, sorted by name and
/// not recursively; anything else is kept as given. A folder that cannot be listed is skipped.
pub fn profile_paths(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Skipped>) {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for path in paths {
        if !fs::metadata(path).is_ok_and(|m| m.is_dir()) {
            files.push(path.clone());
            continue;
        }
        match fs::read_dir(path) {
            Ok(entries) => {
                let mut found: Vec<PathBuf> = entries
                    .filter_map(Result::ok)
                    .map(|entry| entry.path())
                    .filter(|p| {
                        p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron"))
                            && !fs::metadata(p).is_ok_and(|m| m.is_dir())
                    })
                    .collect();
                found.sort();
                files.extend(found);
            }
            Err(source) => skipped.push(Skipped {
                path: path.clone(),
                error: StorageError::Read {
                    path: path.clone(),
                    source,
                },
            }),
        }
    }
    (files, skipped)
}

/// Reads the members behind `paths` (profiles, or folders of them) in parallel, keeping the
/// order of the paths; the files that cannot be read are skipped with their error.
pub fn read_members(paths: &[PathBuf], content: &Content) -> MemberBatch {
    let (files, mut skipped) = profile_paths(paths);
    let read: Vec<(PathBuf, Result<Member, StorageError>)> = files
        .into_par_iter()
        .map(|path| {
            let member = read_member(&path, content);
            (path, member)
        })
        .collect();
    let mut members = Vec::with_capacity(read.len());
    for (path, member) in read {
        match member {
            Ok(member) => members.push((path, member)),
            Err(error) => skipped.push(Skipped { path, error }),
        }
    }
    MemberBatch { members, skipped }
}

/// Reads at most [`MAX_TEAM_BYTES`] from the regular file at `path`.
fn read_team_bytes(path: &Path) -> Result<Vec<u8>, StorageError> {
    let read_error = |source| StorageError::Read {
        path: path.to_owned(),
        source,
    };
    let not_a_file = |file_type| {
        FileKind::of(file_type).map_or(Ok(()), |kind| {
            Err(StorageError::NotAFile {
                path: path.to_owned(),
                kind,
            })
        })
    };
    // Looked at before opening: opening a device or a named pipe can block.
    not_a_file(fs::metadata(path).map_err(read_error)?.file_type())?;
    let file = File::open(path).map_err(read_error)?;
    let metadata = file.metadata().map_err(read_error)?;
    not_a_file(metadata.file_type())?;
    if metadata.len() > MAX_TEAM_BYTES {
        return Err(StorageError::TeamTooLarge {
            path: path.to_owned(),
            size: Some(metadata.len()),
        });
    }
    let mut bytes = Vec::new();
    file.take(MAX_TEAM_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    // The file may have grown since it was measured.
    if u64::try_from(bytes.len()).map_or(true, |n| n > MAX_TEAM_BYTES) {
        return Err(StorageError::TeamTooLarge {
            path: path.to_owned(),
            size: None,
        });
    }
    Ok(bytes)
}

/// What a file about to be replaced holds.
enum OnDisk {
    /// Nothing readable as a document: missing, empty, not RON. Replacing it loses nothing
    /// the app could have read.
    Nothing,
    /// A team file, with its version when it has one.
    Team(Option<u32>),
    /// Another kind of document, by its `format`.
    Other(String),
}

/// The `format` and `version` of a document, whatever else it holds.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    version: Option<u32>,
}

fn document_on_disk(path: &Path) -> OnDisk {
    let Ok(bytes) = read_team_bytes(path) else {
        return OnDisk::Nothing;
    };
    let Ok(text) = decode_text(path, &bytes) else {
        return OnDisk::Nothing;
    };
    let header: Header = match peek_header(text) {
        Some(header) => header,
        None => return OnDisk::Nothing,
    };
    match header.format {
        Some(format) if format == FORMAT => OnDisk::Team(header.version),
        Some(format) => OnDisk::Other(format),
        None => OnDisk::Nothing,
    }
}

/// A document read by a command that takes either kind: a profile or a team.
#[derive(Debug)]
pub enum Document {
    /// A profile (boxed: it is much larger than a team's header).
    Profile(Box<Profile>),
    /// A team.
    Team(Team),
}

/// Loads the document at `path` as a team when it declares the team format, and as a
/// profile otherwise, so each gets its own loader's errors (with `line:col`).
///
/// A regular file is read once, up to [`MAX_TEAM_BYTES`]; anything else (a pipe, a folder)
/// goes to the profile loader, which knows how to read or refuse it.
pub fn load_document(path: &Path, content: &Content) -> Result<Document, StorageError> {
    if !fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return Ok(Document::Profile(Box::new(load_profile(path, content)?)));
    }
    let bytes = read_team_bytes(path)?;
    decode_document(path, &bytes, content)
}

/// [`load_document`] from `reader`, such as standard input, to its end; `name` stands for it
/// in errors.
pub fn load_document_from(
    name: &Path,
    reader: &mut dyn Read,
    content: &Content,
) -> Result<Document, StorageError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_TEAM_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| StorageError::Read {
            path: name.to_owned(),
            source,
        })?;
    if u64::try_from(bytes.len()).map_or(true, |n| n > MAX_TEAM_BYTES) {
        return Err(StorageError::TeamTooLarge {
            path: name.to_owned(),
            size: None,
        });
    }
    decode_document(name, &bytes, content)
}

fn decode_document(path: &Path, bytes: &[u8], content: &Content) -> Result<Document, StorageError> {
    let is_team = decode_text(path, bytes).is_ok_and(declares_team_format);
    if is_team {
        return Ok(Document::Team(decode_team(path, bytes, content)?));
    }
    if u64::try_from(bytes.len()).map_or(true, |n| n > MAX_PROFILE_BYTES) {
        return Err(StorageError::TooLarge {
            path: path.to_owned(),
            size: u64::try_from(bytes.len()).ok(),
        });
    }
    Ok(Document::Profile(Box::new(decode_profile(
        path, bytes, content,
    )?)))
}

/// Whether `text` says it is a team: its header parses with the team format, or, when the
/// document is broken further on, a `format: "career-explorer-team"` field can be seen in
/// it. Either way the team loader then reports what is wrong, where.
fn declares_team_format(text: &str) -> bool {
    if let Some(header) = peek_header(text) {
        return header.format.as_deref() == Some(FORMAT);
    }
    let quoted = format!("\"{FORMAT}\"");
    text.match_indices("format").any(|(at, word)| {
        let rest = text.get(at + word.len()..).unwrap_or_default().trim_start();
        rest.strip_prefix(':')
            .is_some_and(|value| value.trim_start().starts_with(&quoted))
    })
}

fn peek_header(text: &str) -> Option<Header> {
    // A struct name, if any, is skipped so `Team(...)`, `Profile(...)` and `(...)` all read.
    let trimmed = skip_comments(text);
    let body = trimmed
        .find('(')
        .filter(|&i| {
            trimmed
                .get(..i)
                .is_some_and(|name| name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        })
        .and_then(|i| trimmed.get(i..))?;
    // `implicit_some` reads the plain `version: 1` into the `Option`.
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str::<Header>(body)
        .ok()
}

/// `text` from its first character that is not whitespace or inside a leading comment.
fn skip_comments(mut text: &str) -> &str {
    loop {
        text = text.trim_start();
        if let Some(rest) = text.strip_prefix("//") {
            text = rest.find('\n').and_then(|i| rest.get(i..)).unwrap_or("");
        } else if let Some(rest) = text.strip_prefix("/*") {
            text = rest
                .find("*/")
                .and_then(|i| rest.get(i + 2..))
                .unwrap_or("");
        } else {
            return text;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_peeked_whatever_else_the_document_holds() {
        let header = |text| peek_header(text).map(|h| (h.format, h.version));
        assert_eq!(
            header("(format: \"career-explorer-team\", version: 9, future_field: 1)\n"),
            Some((Some(FORMAT.to_owned()), Some(9)))
        );
        assert_eq!(
            header("// a comment\nProfile(version: 3, answers: {\"a\": 1}, format: \"x\")"),
            Some((Some("x".to_owned()), Some(3)))
        );
        assert_eq!(header("not ron"), None);
        assert!(declares_team_format(
            "(format : \"career-explorer-team\", version: 1, broken"
        ));
        assert!(!declares_team_format("[\"career-explorer-team\"]"));
        assert!(!declares_team_format(
            "(format: \"career-explorer-profile\", note: \"career-explorer-team\")"
        ));
    }
}
