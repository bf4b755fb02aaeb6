//! Team files on disk, and reading many profiles at once to make a team's members.
//!
//! A team file gets what a profile gets: a size limit checked before reading, UTF-8 errors
//! with `line:col`, the same never-hanging reads of pipes and special files, atomic saving,
//! and a file from a newer Career Explorer refused rather than overwritten.
//!
//! Members come from profile files, often many at a time (a folder of a whole department).
//! [`read_members`] reads and parses them in parallel and keeps only each person's
//! [`Member`] snapshot: the profile, with its notes and answers, is dropped as soon as the
//! snapshot is taken, so memory does not grow with the profiles' size.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::read::{decode_text, over_limit, read_limited};
use super::write::{check_replaceable, follow_link, write_atomically};
use super::{DocumentKind, StorageError, decode_profile, load_profile};
use crate::domain::Content;
use crate::domain::data_file::skip_comments;
use crate::domain::profile::Profile;
use crate::domain::team::{self, CURRENT_VERSION, FORMAT, Member, Team};

/// Team files larger than this are refused before they are read. A member's snapshot is
/// about 3 KiB, so 64 MiB holds some 20,000 members.
pub const MAX_TEAM_BYTES: u64 = 64 * 1024 * 1024;

/// Loads and validates the team file at `path`.
///
/// Reading never hangs (see [`crate::storage`]); errors name `path`, with `line:col` where
/// there is a position.
pub fn load_team(path: &Path, content: &Content) -> Result<Team, StorageError> {
    let bytes = read_limited(path, DocumentKind::Team)?;
    decode_team(path, &bytes, content)
}

/// Turns the bytes of a team file into a [`Team`].
///
/// Checks they are UTF-8 (a leading byte-order mark is allowed), then parses and validates
/// against the shipped advisor rules. `path` names the file in errors; nothing is read from
/// it.
pub fn decode_team(path: &Path, bytes: &[u8], content: &Content) -> Result<Team, StorageError> {
    let text = decode_text(path, bytes)?;
    Ok(Team::from_ron(
        &path.display().to_string(),
        text,
        &content.advisor,
    )?)
}

/// Saves `team` to `path` atomically, as profiles are saved.
///
/// Refuses to overwrite a team file from a newer Career Explorer, a file marked read-only,
/// anything that is not a regular file, and a file that declares another kind of document
/// (a profile, say), so a mistyped output path cannot destroy someone's profile. A symbolic link is followed. On failure the file
/// on disk is as it was (unless the error is [`StorageError::SyncFolder`]).
pub fn save_team(path: &Path, team: &Team) -> Result<(), StorageError> {
    let text = team.to_ron()?;
    let target = follow_link(path);
    check_replaceable(path, &target)?;
    if fs::metadata(&target).is_ok_and(|m| m.is_file() && m.permissions().readonly()) {
        return Err(StorageError::ReadOnly {
            path: path.to_owned(),
        });
    }
    if let Some(version) = team_version_on_disk(&target)
        && version > CURRENT_VERSION
    {
        return Err(StorageError::NewerTeamOnDisk {
            path: path.to_owned(),
            version,
        });
    }
    if let Some(format) = other_format_on_disk(&target) {
        return Err(StorageError::OtherDocument {
            path: path.to_owned(),
            format,
        });
    }
    write_atomically(path, &target, text.as_bytes(), &mut |file, bytes| {
        use std::io::Write as _;
        file.write_all(bytes)
    })
}

/// The team format version of the file at `path`, if it is a readable team file.
fn team_version_on_disk(path: &Path) -> Option<u32> {
    let bytes = read_limited(path, DocumentKind::Team).ok()?;
    team::peek_version(decode_text(path, &bytes).ok()?)
}

/// The `format` of the document at `path` when it is readable and declares one other than a
/// team's. A file without a readable header holds nothing the app could read, so replacing it
/// loses nothing.
fn other_format_on_disk(path: &Path) -> Option<String> {
    let bytes = read_limited(path, DocumentKind::Team).ok()?;
    let format = peek_header(decode_text(path, &bytes).ok()?)?.format?;
    (format != FORMAT).then_some(format)
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
    let bytes = read_limited(path, DocumentKind::Team)?;
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
    if over_limit(bytes.len(), DocumentKind::Team) {
        return Err(StorageError::TooLarge {
            path: name.to_owned(),
            size: None,
            kind: DocumentKind::Team,
        });
    }
    decode_document(name, &bytes, content)
}

fn decode_document(path: &Path, bytes: &[u8], content: &Content) -> Result<Document, StorageError> {
    if decode_text(path, bytes).is_ok_and(declares_team_format) {
        return Ok(Document::Team(decode_team(path, bytes, content)?));
    }
    if over_limit(bytes.len(), DocumentKind::Profile) {
        return Err(StorageError::TooLarge {
            path: path.to_owned(),
            size: u64::try_from(bytes.len()).ok(),
            kind: DocumentKind::Profile,
        });
    }
    Ok(Document::Profile(Box::new(decode_profile(
        path, bytes, content,
    )?)))
}

/// Whether `text` says it is a team: its header reads as one, or, when the document is broken
/// further on so the header cannot be read, a `format: "career-explorer-team"` field can be
/// seen in it. Either way the team loader then reports what is wrong, where.
fn declares_team_format(text: &str) -> bool {
    if team::is_team_document(text) {
        return true;
    }
    if peek_header(text).is_some() {
        // A readable header with another format (or none): not a team.
        return false;
    }
    let quoted = format!("\"{FORMAT}\"");
    text.match_indices("format").any(|(at, word)| {
        let rest = text.get(at + word.len()..).unwrap_or_default().trim_start();
        rest.strip_prefix(':')
            .is_some_and(|value| value.trim_start().starts_with(&quoted))
    })
}

/// The `format` a document declares in a readable header, whatever else it holds.
pub(super) fn declared_format(text: &str) -> Option<String> {
    peek_header(text)?.format
}

/// The `format` of a document, whatever else it holds.
#[derive(serde::Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<String>,
}

/// The header of a RON document written with or without a struct name (`Team(...)`,
/// `Profile(...)` or `(...)`), or `None` when the document cannot be read.
fn peek_header(text: &str) -> Option<Header> {
    let trimmed = skip_comments(text);
    let body = trimmed
        .find('(')
        .filter(|&i| {
            trimmed
                .get(..i)
                .is_some_and(|name| name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        })
        .and_then(|i| trimmed.get(i..))?;
    // `implicit_some` reads the plain `format: "..."` into the `Option`.
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str::<Header>(body)
        .ok()
}

/// The member that the profile at `path` makes: its name and latest result, nothing else.
///
/// The profile's stable id recognises the person when they are added again. A profile saved
/// before ids existed (and not saved since) has none; its file is its identity then, as
/// `file:` and the canonical path, so adding the same file again still updates the member.
/// A profile with a blank name is named after its file (`sam.ron` is "sam"), since a member
/// must have a name to be shown.
pub fn read_member(path: &Path, content: &Content) -> Result<Member, StorageError> {
    let profile = load_profile(path, content)?;
    let id = profile.id.as_ref().map_or_else(
        || {
            let canonical = fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
            format!("file:{}", canonical.display())
        },
        |id| id.as_str().to_owned(),
    );
    let mut member = Member::from_profile(&profile, id);
    if member.name.trim().is_empty() {
        member.name = path.file_stem().map_or_else(
            || path.display().to_string(),
            |s| s.to_string_lossy().into_owned(),
        );
    }
    Ok(member)
}

/// A path that could not be used, with why.
#[derive(Debug)]
pub struct Skipped {
    /// The file or folder.
    pub path: PathBuf,
    /// What went wrong; its message names the path.
    pub error: StorageError,
}

/// The members read from a set of profile files, and the files that could not be read.
#[derive(Debug, Default)]
pub struct MemberBatch {
    /// Each readable profile's path and member, in the order the paths were given (a
    /// folder's files in name order).
    pub members: Vec<(PathBuf, Member)>,
    /// The paths that could not be read, in the same order.
    pub skipped: Vec<Skipped>,
}

/// The profile files `paths` name: files as given, and for each folder its `.ron` files
/// (not its subfolders), sorted by name. A folder that cannot be listed is skipped.
pub fn profile_paths(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Skipped>) {
    let mut files = Vec::with_capacity(paths.len());
    let mut skipped = Vec::new();
    for path in paths {
        if !fs::metadata(path).is_ok_and(|m| m.is_dir()) {
            files.push(path.clone());
            continue;
        }
        match ron_files_in(path) {
            Ok(found) => files.extend(found),
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

/// The `.ron` files directly in `folder`, sorted. Entries that vanish while listing are
/// left out; subfolders and special files are not profiles.
fn ron_files_in(folder: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    for entry in fs::read_dir(folder)? {
        let entry = entry?;
        let path = entry.path();
        let is_ron = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
        // `metadata` follows links, so a link to a profile counts and a link to a folder not.
        if is_ron && fs::metadata(&path).is_ok_and(|m| m.is_file()) {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}

/// Reads the members that `paths` (files and folders, see [`profile_paths`]) make.
///
/// Files are read and parsed in parallel on rayon's pool; each profile is dropped once its
/// member is taken. Files that cannot be read, or are not valid profiles, are skipped with
/// their error; the rest are returned in order.
pub fn read_members(paths: &[PathBuf], content: &Content) -> MemberBatch {
    let (files, mut skipped) = profile_paths(paths);
    let results: Vec<(PathBuf, Result<Member, StorageError>)> = files
        .into_par_iter()
        .map(|path| {
            let member = read_member(&path, content);
            (path, member)
        })
        .collect();
    let mut members = Vec::with_capacity(results.len());
    for (path, result) in results {
        match result {
            Ok(member) => members.push((path, member)),
            Err(error) => skipped.push(Skipped { path, error }),
        }
    }
    MemberBatch { members, skipped }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::profile::{Profile, ProfileId};
    use crate::storage::save_profile;

    fn content() -> Content {
        Content::shipped().unwrap()
    }

    fn profile(name: &str, id: Option<&str>) -> Profile {
        let mut profile = Profile::new(name);
        profile.id = id.map(|id| ProfileId::new(id).unwrap());
        profile.notes = "private notes".to_owned();
        profile
    }

    #[test]
    fn team_round_trip_and_newer_version_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("team.ron");
        let mut team = Team::new("Payments", "scrum");
        team.add_or_update(Member::from_profile(&profile("Ana", None), "a-1"))
            .unwrap();
        save_team(&path, &team).unwrap();
        assert_eq!(load_team(&path, &content()).unwrap(), team);

        let newer = "(format: \"career-explorer-team\", version: 99, future: true)\n";
        fs::write(&path, newer).unwrap();
        let err = save_team(&path, &team).unwrap_err();
        assert!(
            matches!(err, StorageError::NewerTeamOnDisk { version: 99, .. }),
            "{err}"
        );
        assert!(err.to_string().contains("not overwritten"), "{err}");
        assert_eq!(fs::read_to_string(&path).unwrap(), newer);
        let err = load_team(&path, &content()).unwrap_err();
        assert!(err.to_string().contains("version 99"), "{err}");
    }

    #[test]
    fn headers_are_peeked_whatever_else_the_document_holds() {
        let header = |text| peek_header(text).map(|h| h.format);
        assert_eq!(
            header("(format: \"career-explorer-team\", version: 9, future_field: 1)\n"),
            Some(Some(FORMAT.to_owned()))
        );
        assert_eq!(
            header("// a comment\nProfile(version: 3, answers: {\"a\": 1}, format: \"x\")"),
            Some(Some("x".to_owned()))
        );
        assert_eq!(header("(version: 3)"), Some(None));
        assert_eq!(header("not ron"), None);
        assert!(declares_team_format(
            "(format : \"career-explorer-team\", version: 1, broken"
        ));
        assert!(!declares_team_format("[\"career-explorer-team\"]"));
        assert!(!declares_team_format(
            "(format: \"career-explorer-profile\", note: \"career-explorer-team\")"
        ));
    }

    #[test]
    fn a_team_is_not_saved_over_a_profile() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("me.ron");
        save_profile(&path, &profile("Me", Some("me-1"))).unwrap();
        let before = fs::read(&path).unwrap();
        let err = save_team(&path, &Team::new("T", "scrum")).unwrap_err();
        assert!(matches!(err, StorageError::OtherDocument { .. }), "{err}");
        assert_eq!(fs::read(&path).unwrap(), before);
        // Text that is not a document at all is replaced.
        fs::write(&path, "scratch").unwrap();
        save_team(&path, &Team::new("T", "scrum")).unwrap();
    }

    #[test]
    fn too_large_team_is_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.ron");
        fs::File::create(&path)
            .unwrap()
            .set_len(MAX_TEAM_BYTES + 1)
            .unwrap();
        let err = load_team(&path, &content()).unwrap_err();
        assert!(
            matches!(
                err,
                StorageError::TooLarge {
                    kind: DocumentKind::Team,
                    ..
                }
            ),
            "{err}"
        );
        assert!(
            err.to_string().contains("64 MiB) limit for a team file"),
            "{err}"
        );
    }

    #[test]
    fn bad_team_text_gives_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.ron");
        fs::write(
            &path,
            "(format: \"career-explorer-team\", version: 1,\n  name: 7)\n",
        )
        .unwrap();
        let err = load_team(&path, &content()).unwrap_err().to_string();
        assert!(err.starts_with(&format!("{}:2:", path.display())), "{err}");
    }

    #[test]
    fn members_come_from_files_and_folders_in_order_with_failures_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("people");
        fs::create_dir(&folder).unwrap();
        save_profile(&folder.join("b.ron"), &profile("Bea", Some("id-b"))).unwrap();
        save_profile(&folder.join("a.ron"), &profile("", Some("id-a"))).unwrap();
        fs::write(folder.join("broken.ron"), "(format: ").unwrap();
        fs::write(folder.join("readme.txt"), "not a profile").unwrap();
        fs::create_dir(folder.join("sub.ron")).unwrap();
        let old = dir.path().join("old.ron");
        save_profile(&old, &profile("Old", None)).unwrap();
        let missing = dir.path().join("missing.ron");

        let batch = read_members(&[old.clone(), folder.clone(), missing.clone()], &content());
        let names: Vec<&str> = batch.members.iter().map(|(_, m)| m.name.as_str()).collect();
        assert_eq!(
            names,
            ["Old", "a", "Bea"],
            "blank name becomes the file's stem"
        );
        let ids: Vec<&str> = batch
            .members
            .iter()
            .map(|(_, m)| m.profile_id.as_str())
            .collect();
        let canonical = fs::canonicalize(&old).unwrap();
        assert_eq!(ids[0], format!("file:{}", canonical.display()));
        assert_eq!(&ids[1..], ["id-a", "id-b"]);
        let skipped: Vec<&Path> = batch.skipped.iter().map(|s| s.path.as_path()).collect();
        assert_eq!(
            skipped,
            [folder.join("broken.ron").as_path(), missing.as_path()]
        );
        let broken = batch.skipped[0].error.to_string();
        assert!(
            broken.starts_with(&format!("{}:1:", folder.join("broken.ron").display())),
            "{broken}"
        );
        for (_, member) in &batch.members {
            assert!(!format!("{member:?}").contains("private notes"));
        }
    }
}
