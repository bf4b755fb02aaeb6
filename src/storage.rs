//! Profiles on disk: bounded loading, atomic saving, the crash-recovery file and the recent
//! files list.
//!
//! The document format itself (parsing, validation, migration) is pure and lives in
//! [`crate::domain::profile`]; this module adds what files bring: size limits, encodings,
//! partial writes, folders that cannot be written and versions newer than this build.
//!
//! Saving never leaves a half-written profile behind: the new text goes to a temporary file
//! in the same folder, is flushed and synced to disk, then renamed over the old file, and the
//! folder is synced so the rename itself survives a power cut. Until the rename, the old file
//! is untouched; if anything fails on the way, it is still whole and the error says so.

use std::ffi::OsString;
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::domain::Content;
use crate::domain::data_file::parse_ron;
use crate::domain::profile::{CURRENT_VERSION, Profile, ProfileError, peek_version};

/// Profiles larger than this are refused before they are read: 16 MiB is far beyond any real
/// profile (a complete one with a hundred past results is well under 1 MiB).
pub const MAX_PROFILE_BYTES: u64 = 16 * 1024 * 1024;

/// Environment variable that replaces the user's data folder, so tests and scripts never
/// touch the real one.
pub const DATA_DIR_ENV: &str = "CAREER_EXPLORER_DATA_DIR";

/// File name of the crash-recovery file inside the data folder.
pub const RECOVERY_FILE: &str = "recovery.ron";

/// How many recent files the app remembers.
pub const MAX_RECENT: usize = 10;

/// The value of the `format` field of a recovery file.
const RECOVERY_FORMAT: &str = "career-explorer-recovery";

/// The recovery file version this build writes and reads.
const RECOVERY_VERSION: u32 = 1;

/// Why a profile (or the recovery file) could not be loaded or saved. Every message names
/// the file.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The file is over [`MAX_PROFILE_BYTES`]; it was not read.
    #[error("{}: {}", .path.display(), too_large_message(*.size))]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size when the file system reports one; `None` for a stream that kept going.
        size: Option<u64>,
    },
    /// The file could not be opened or read.
    #[error("{}: could not read the file: {source}", .path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What the operating system reported.
        source: io::Error,
    },
    /// The file is not UTF-8 text; `line` and `col` point at the first bad byte.
    #[error(
        "{}:{line}:{col}: the file is not UTF-8 text (byte 0x{byte:02x} cannot start or continue a character); profiles are saved as UTF-8",
        .path.display()
    )]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// 1-based line of the first bad byte.
        line: usize,
        /// 1-based column (in characters) of the first bad byte.
        col: usize,
        /// The first bad byte.
        byte: u8,
    },
    /// The text is not a valid profile.
    #[error(transparent)]
    Profile(#[from] ProfileError),
    /// The file on disk was written by a newer Career Explorer, so it is not overwritten.
    #[error(
        "{}: this file is in profile format version {version}, from a newer Career Explorer (this one writes version {CURRENT_VERSION}); it was not overwritten. Save under another name",
        .path.display()
    )]
    NewerOnDisk {
        /// The file.
        path: PathBuf,
        /// The version it declares.
        version: u32,
    },
    /// The file on disk is marked read-only, so it is not replaced.
    #[error(
        "{}: the file is read-only, so it was not overwritten; save under another name or make it writable",
        .path.display()
    )]
    ReadOnly {
        /// The file.
        path: PathBuf,
    },
    /// Saving failed before the new file replaced the old one, so the old one is intact.
    #[error(
        "{}: could not save: {source}. The file on disk was not changed",
        .path.display()
    )]
    Write {
        /// The file that was being saved.
        path: PathBuf,
        /// What the operating system reported.
        source: io::Error,
    },
    /// The new file replaced the old one, but its folder could not be synced, so a power cut
    /// right now might undo the save.
    #[error(
        "{}: saved, but the folder could not be flushed to disk ({source}); the save may not survive a power cut",
        .path.display()
    )]
    SyncFolder {
        /// The file that was saved.
        path: PathBuf,
        /// What the operating system reported.
        source: io::Error,
    },
    /// The recovery file exists but is not one this build can read.
    #[error("{}: not a usable recovery file: {problem}", .path.display())]
    BadRecovery {
        /// The recovery file.
        path: PathBuf,
        /// What is wrong.
        problem: String,
    },
    /// Neither [`DATA_DIR_ENV`] nor the operating system names a folder for app data.
    #[error("no folder for app data was found; set {DATA_DIR_ENV} to choose one")]
    NoDataDir,
}

fn too_large_message(size: Option<u64>) -> String {
    let limit = MAX_PROFILE_BYTES;
    match size {
        Some(size) => format!(
            "the file is {size} bytes, over the {limit}-byte (16 MiB) limit for a profile; it was not read"
        ),
        None => {
            format!("the file holds more than the {limit}-byte (16 MiB) limit for a profile")
        }
    }
}

/// Loads, migrates and validates the profile at `path`.
///
/// The size is checked before reading, and reading stops at the limit even if the file grows
/// or is a stream. Errors name `path`, with `line:col` where there is a position.
pub fn load_profile(path: &Path, content: &Content) -> Result<Profile, StorageError> {
    let bytes = read_limited(path)?;
    decode_profile(path, &bytes, content)
}

/// Turns the bytes of a profile file into a [`Profile`]: checks they are UTF-8 (a leading
/// byte-order mark is allowed), then parses, migrates and validates. `path` names the file in
/// errors; nothing is read from it.
pub fn decode_profile(
    path: &Path,
    bytes: &[u8],
    content: &Content,
) -> Result<Profile, StorageError> {
    let text = decode_text(path, bytes)?;
    Ok(Profile::from_ron(
        &path.display().to_string(),
        text,
        content,
    )?)
}

/// Saves `profile` to `path` atomically (see the module docs).
///
/// Refuses to overwrite a file written by a newer Career Explorer, or one marked read-only
/// (renaming over it would succeed, but the mark says the user wants it kept). A symbolic link is
/// followed, so the file it points at is replaced and the link kept. On failure `profile` is
/// untouched (it is only borrowed) and so, unless the error is
/// [`StorageError::SyncFolder`], is the file on disk.
pub fn save_profile(path: &Path, profile: &Profile) -> Result<(), StorageError> {
    save_profile_with(path, profile, &mut |file, bytes| file.write_all(bytes))
}

/// [`save_profile`], with the step that writes the bytes into the temporary file passed in,
/// so tests can make it fail the way a full disk does.
fn save_profile_with(
    path: &Path,
    profile: &Profile,
    write: &mut dyn FnMut(&mut File, &[u8]) -> io::Result<()>,
) -> Result<(), StorageError> {
    let text = profile.to_ron()?;
    let target = follow_link(path);
    if fs::metadata(&target).is_ok_and(|m| m.is_file() && m.permissions().readonly()) {
        return Err(StorageError::ReadOnly {
            path: path.to_owned(),
        });
    }
    if let Some(version) = version_on_disk(&target)
        && version > CURRENT_VERSION
    {
        return Err(StorageError::NewerOnDisk {
            path: path.to_owned(),
            version,
        });
    }
    write_atomically(path, &target, text.as_bytes(), write)
}

/// The recovery file's path: `recovery.ron` in [`DATA_DIR_ENV`] if set, else in the user's
/// data folder (`~/.local/share/career-explorer` on Linux, the same folder eframe keeps its
/// settings in). `None` when neither exists.
pub fn recovery_path() -> Option<PathBuf> {
    data_dir(std::env::var_os(DATA_DIR_ENV)).map(|dir| dir.join(RECOVERY_FILE))
}

/// The data folder: `override_dir` when set and not empty, else the platform's.
fn data_dir(override_dir: Option<OsString>) -> Option<PathBuf> {
    match override_dir {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => directories::ProjectDirs::from("", "", "career-explorer")
            .map(|dirs| dirs.data_dir().to_owned()),
    }
}

/// A profile saved by autosave, and the file it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovery {
    /// The profile as it was at the last autosave.
    pub profile: Profile,
    /// The file the profile was opened from or last saved to; `None` for a profile never
    /// saved.
    pub original_path: Option<PathBuf>,
}

/// What the recovery file holds. The profile is kept as its own profile document (a string),
/// so it goes through the same version checks and migrations as any profile file.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RecoveryDocument {
    format: String,
    version: u32,
    original_path: Option<PathBuf>,
    profile: String,
}

/// Autosaves `profile` to `recovery_file` (normally [`recovery_path`]), atomically, creating
/// the folder if needed. `original_path` is the file the profile belongs to, if any.
pub fn write_recovery_to(
    recovery_file: &Path,
    profile: &Profile,
    original_path: Option<&Path>,
) -> Result<(), StorageError> {
    let write_error = |source| StorageError::Write {
        path: recovery_file.to_owned(),
        source,
    };
    let document = RecoveryDocument {
        format: RECOVERY_FORMAT.to_owned(),
        version: RECOVERY_VERSION,
        original_path: original_path.map(Path::to_owned),
        profile: profile.to_ron()?,
    };
    let text = ron::ser::to_string_pretty(&document, ron::ser::PrettyConfig::new())
        .map_err(|err| write_error(io::Error::new(io::ErrorKind::InvalidData, err)))?;
    if let Some(dir) = recovery_file.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(write_error)?;
    }
    write_atomically(
        recovery_file,
        recovery_file,
        text.as_bytes(),
        &mut |file, bytes| file.write_all(bytes),
    )
}

/// Reads `recovery_file` (normally [`recovery_path`]), if there is one. Its profile is
/// validated against `content` like any profile; an unreadable recovery file is an error (the
/// app can offer to discard it with [`clear_recovery_at`]).
pub fn read_recovery_from(
    recovery_file: &Path,
    content: &Content,
) -> Result<Option<Recovery>, StorageError> {
    let bytes = match read_limited(recovery_file) {
        Ok(bytes) => bytes,
        Err(StorageError::Read { source, .. }) if source.kind() == io::ErrorKind::NotFound => {
            return Ok(None);
        }
        Err(err) => return Err(err),
    };
    let text = decode_text(recovery_file, &bytes)?;
    let name = recovery_file.display().to_string();
    let document: RecoveryDocument = parse_ron(&name, text).map_err(ProfileError::from)?;
    let bad = |problem: String| StorageError::BadRecovery {
        path: recovery_file.to_owned(),
        problem,
    };
    if document.format != RECOVERY_FORMAT {
        return Err(bad(format!(
            "its format is `{}`, not `{RECOVERY_FORMAT}`",
            document.format
        )));
    }
    if document.version != RECOVERY_VERSION {
        return Err(bad(format!(
            "it is version {}; this Career Explorer reads version {RECOVERY_VERSION}",
            document.version
        )));
    }
    let profile = Profile::from_ron(&format!("{name} (profile)"), &document.profile, content)?;
    Ok(Some(Recovery {
        profile,
        original_path: document.original_path,
    }))
}

/// Deletes `recovery_file` (normally [`recovery_path`]), after a save or when the user
/// declines to restore it. No recovery file is not an error.
pub fn clear_recovery_at(recovery_file: &Path) -> Result<(), StorageError> {
    match fs::remove_file(recovery_file) {
        Ok(()) => Ok(()),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(StorageError::Write {
            path: recovery_file.to_owned(),
            source,
        }),
    }
}

/// Puts `path` at the front of the recent files `list`, removing an earlier entry for it and
/// keeping at most `max` entries. Paths are compared as given, so pass absolute ones.
pub fn push_recent(list: &mut Vec<PathBuf>, path: PathBuf, max: usize) {
    list.retain(|p| *p != path);
    list.insert(0, path);
    list.truncate(max);
}

/// Reads at most [`MAX_PROFILE_BYTES`] from `path`, refusing larger files before reading.
fn read_limited(path: &Path) -> Result<Vec<u8>, StorageError> {
    let read_error = |source| StorageError::Read {
        path: path.to_owned(),
        source,
    };
    let file = File::open(path).map_err(read_error)?;
    let size = file.metadata().map_err(read_error)?.len();
    if size > MAX_PROFILE_BYTES {
        return Err(StorageError::TooLarge {
            path: path.to_owned(),
            size: Some(size),
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // Special files report a size of 0 and may never end; the limit holds for them too.
    file.take(MAX_PROFILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if u64::try_from(bytes.len()).map_or(true, |n| n > MAX_PROFILE_BYTES) {
        return Err(StorageError::TooLarge {
            path: path.to_owned(),
            size: None,
        });
    }
    Ok(bytes)
}

/// `bytes` as UTF-8 text without a leading byte-order mark, or where the first bad byte is.
fn decode_text<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a str, StorageError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|err| {
        let (valid, rest) = bytes.split_at(err.valid_up_to());
        // The prefix is valid UTF-8 by definition of `valid_up_to`.
        let before = std::str::from_utf8(valid).unwrap_or_default();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        StorageError::NotUtf8 {
            path: path.to_owned(),
            line: before.matches('\n').count() + 1,
            col: before.get(line_start..).unwrap_or_default().chars().count() + 1,
            byte: rest.first().copied().unwrap_or_default(),
        }
    })
}

/// Where saving to `path` really writes: the file a symbolic link points at, so the link
/// survives. A dangling link, or anything that is not a link, is written as it is.
fn follow_link(path: &Path) -> PathBuf {
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if is_link && let Ok(target) = fs::canonicalize(path) {
        return target;
    }
    path.to_owned()
}

/// Writes `bytes` to `path` atomically, the same way profiles are saved: a temporary file in
/// the same folder, synced, renamed over the target, then the folder synced. Used for exported
/// reports. On failure the file at `path`, if any, is left as it was.
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    let target = follow_link(path);
    write_atomically(path, &target, bytes, &mut |file, bytes| {
        file.write_all(bytes)
    })
}

/// The profile format version of the file at `path`, if it is a readable profile.
fn version_on_disk(path: &Path) -> Option<u32> {
    let bytes = read_limited(path).ok()?;
    peek_version(decode_text(path, &bytes).ok()?)
}

/// Replaces `target` with `bytes`: temporary file in the same folder, `write`, sync,
/// rename, sync the folder. `path` is the name the user knows, for errors.
fn write_atomically(
    path: &Path,
    target: &Path,
    bytes: &[u8],
    write: &mut dyn FnMut(&mut File, &[u8]) -> io::Result<()>,
) -> Result<(), StorageError> {
    let write_error = |source| StorageError::Write {
        path: path.to_owned(),
        source,
    };
    let folder = target
        .parent()
        .filter(|dir| !dir.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let mut temp = tempfile::Builder::new()
        .prefix(".career-explorer-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(write_error)?;
    // Keep the old file's permissions; a new file gets the temporary file's private ones.
    if let Ok(old) = fs::metadata(target) {
        temp.as_file()
            .set_permissions(old.permissions())
            .map_err(write_error)?;
    }
    write(temp.as_file_mut(), bytes).map_err(write_error)?;
    temp.as_file_mut().flush().map_err(write_error)?;
    temp.as_file().sync_all().map_err(write_error)?;
    // On failure the temporary file is dropped, which deletes it.
    temp.persist(target).map_err(|err| write_error(err.error))?;
    sync_folder(folder).map_err(|source| StorageError::SyncFolder {
        path: path.to_owned(),
        source,
    })
}

/// Makes a rename in `folder` durable.
#[cfg(unix)]
fn sync_folder(folder: &Path) -> io::Result<()> {
    File::open(folder)?.sync_all()
}

/// Windows makes renames durable without syncing the folder (and cannot open one as a file).
#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;
    use crate::domain::advisor::TeamProfile;

    fn content() -> Content {
        Content::shipped().unwrap()
    }

    fn sample() -> Profile {
        let mut profile = Profile::new("Sam");
        profile.team = Some(TeamProfile::default());
        profile.answers.set("vision-write", 2);
        profile.notes = "notes".to_owned();
        profile
    }

    /// The names in `dir`, sorted.
    fn listing(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn save_then_load() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("me.ron");
        let profile = sample();
        save_profile(&path, &profile).unwrap();
        assert_eq!(load_profile(&path, &content()).unwrap(), profile);
        // Saving again replaces the file and leaves no temporary files behind.
        let mut changed = profile.clone();
        changed.notes = "more".to_owned();
        save_profile(&path, &changed).unwrap();
        assert_eq!(load_profile(&path, &content()).unwrap(), changed);
        assert_eq!(listing(dir.path()), ["me.ron"]);
    }

    #[test]
    fn saving_keeps_permissions_and_links() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.ron");
        let link = dir.path().join("link.ron");
        save_profile(&real, &sample()).unwrap();
        fs::set_permissions(&real, fs::Permissions::from_mode(0o640)).unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let mut changed = sample();
        changed.name = "via link".to_owned();
        save_profile(&link, &changed).unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(load_profile(&real, &content()).unwrap(), changed);
        let mode = fs::metadata(&real).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
    }

    /// A full disk: the bytes go to `/dev/full`, which fails every write with ENOSPC.
    #[test]
    fn full_disk_leaves_the_old_file_and_the_profile_intact() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("me.ron");
        let old = sample();
        save_profile(&path, &old).unwrap();
        let old_bytes = fs::read(&path).unwrap();

        let mut new = old.clone();
        new.notes = "x".repeat(100_000);
        let before = new.clone();
        let err = save_profile_with(&path, &new, &mut |_temp, bytes| {
            fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")?
                .write_all(bytes)
        })
        .unwrap_err();
        let StorageError::Write { source, .. } = &err else {
            panic!("{err}");
        };
        assert_eq!(source.raw_os_error(), Some(28), "ENOSPC: {err}");
        let message = err.to_string();
        assert!(
            message.starts_with(&path.display().to_string()),
            "{message}"
        );
        assert!(message.contains("was not changed"), "{message}");
        assert_eq!(fs::read(&path).unwrap(), old_bytes);
        assert_eq!(new, before);
        assert_eq!(listing(dir.path()), ["me.ron"], "temporary file removed");
    }

    /// A write that stops halfway (a crash or a full disk mid-file) never reaches the target.
    #[test]
    fn half_written_temp_file_is_never_renamed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("me.ron");
        save_profile(&path, &sample()).unwrap();
        let old_bytes = fs::read(&path).unwrap();
        let err = save_profile_with(&path, &sample(), &mut |temp, bytes| {
            temp.write_all(&bytes[..bytes.len() / 2])?;
            Err(io::Error::from_raw_os_error(28))
        })
        .unwrap_err();
        assert!(matches!(err, StorageError::Write { .. }), "{err}");
        assert_eq!(fs::read(&path).unwrap(), old_bytes);
        assert_eq!(listing(dir.path()), ["me.ron"]);
    }

    /// Root ignores permission bits, so these use places no one can create files in.
    #[test]
    fn unwritable_folders_report_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plain.txt");
        fs::write(&file, "not a folder").unwrap();
        let profile = sample();
        for path in [
            file.join("me.ron"),                // parent is a regular file
            PathBuf::from("/proc/self/me.ron"), // procfs refuses new files
            PathBuf::from("/dev/null/me.ron"),  // parent is a device
            dir.path().join("missing/me.ron"),  // parent does not exist
        ] {
            let before = profile.clone();
            let err = save_profile(&path, &profile).unwrap_err();
            assert!(matches!(err, StorageError::Write { .. }), "{err}");
            assert!(
                err.to_string().starts_with(&path.display().to_string()),
                "{err}"
            );
            assert_eq!(profile, before);
            assert!(!path.exists());
        }
        assert_eq!(fs::read_to_string(&file).unwrap(), "not a folder");
    }

    /// A read-only folder. Only meaningful when not running as root (root bypasses the mode
    /// bits); as root the save succeeds and this test checks nothing more.
    #[test]
    fn read_only_folder_when_not_root() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("me.ron");
        save_profile(&path, &sample()).unwrap();
        let old_bytes = fs::read(&path).unwrap();
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).unwrap();
        let probe = tempfile::tempfile_in(dir.path());
        let root = probe.is_ok();
        drop(probe);
        let mut changed = sample();
        changed.notes = "changed".to_owned();
        let result = save_profile(&path, &changed);
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
        if !root {
            let err = result.unwrap_err();
            assert!(matches!(err, StorageError::Write { .. }), "{err}");
            assert_eq!(fs::read(&path).unwrap(), old_bytes);
        }
    }

    /// The read-only mark is honoured even by root, for whom writing would succeed.
    #[test]
    fn read_only_file_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("me.ron");
        save_profile(&path, &sample()).unwrap();
        let old_bytes = fs::read(&path).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
        let mut changed = sample();
        changed.notes = "changed".to_owned();
        let before = changed.clone();
        let err = save_profile(&path, &changed).unwrap_err();
        assert!(matches!(err, StorageError::ReadOnly { .. }), "{err}");
        assert!(err.to_string().contains("read-only"), "{err}");
        assert_eq!(fs::read(&path).unwrap(), old_bytes);
        assert_eq!(changed, before);
        assert_eq!(listing(dir.path()), ["me.ron"]);
    }

    #[test]
    fn newer_file_on_disk_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("future.ron");
        let future = "(format: \"career-explorer-profile\", version: 9, hologram: true)\n";
        fs::write(&path, future).unwrap();
        let err = save_profile(&path, &sample()).unwrap_err();
        assert!(
            matches!(err, StorageError::NewerOnDisk { version: 9, .. }),
            "{err}"
        );
        assert!(err.to_string().contains("not overwritten"), "{err}");
        assert_eq!(fs::read_to_string(&path).unwrap(), future);
        // Loading it is refused too.
        let err = load_profile(&path, &content()).unwrap_err();
        assert!(err.to_string().contains("format version 9"), "{err}");
        // A broken or foreign file may be overwritten (the save dialog asked).
        fs::write(&path, "garbage").unwrap();
        save_profile(&path, &sample()).unwrap();
    }

    #[test]
    fn too_large_is_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("huge.ron");
        // Sparse: the size is reported without 17 MiB being written.
        File::create(&path)
            .unwrap()
            .set_len(MAX_PROFILE_BYTES + 1)
            .unwrap();
        let err = load_profile(&path, &content()).unwrap_err();
        assert!(
            matches!(err, StorageError::TooLarge { size: Some(n), .. } if n == MAX_PROFILE_BYTES + 1),
            "{err}"
        );
        assert!(err.to_string().contains("16 MiB"), "{err}");
    }

    #[test]
    fn endless_streams_stop_at_the_limit() {
        let err = load_profile(Path::new("/dev/zero"), &content()).unwrap_err();
        assert!(
            matches!(err, StorageError::TooLarge { size: None, .. }),
            "{err}"
        );
    }

    #[test]
    fn read_errors_name_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nope.ron");
        let err = load_profile(&missing, &content()).unwrap_err();
        assert!(matches!(err, StorageError::Read { .. }), "{err}");
        assert!(
            err.to_string()
                .starts_with(&format!("{}: could not read", missing.display())),
            "{err}"
        );
        let err = load_profile(dir.path(), &content()).unwrap_err();
        assert!(matches!(err, StorageError::Read { .. }), "{err}");
    }

    #[test]
    fn invalid_utf8_points_at_the_byte() {
        let bytes = b"(\n  name: \"caf\xe9\",\n)";
        let err = decode_profile(Path::new("x.ron"), bytes, &content()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "x.ron:2:13: the file is not UTF-8 text (byte 0xe9 cannot start or continue a \
             character); profiles are saved as UTF-8"
        );
    }

    #[test]
    fn byte_order_mark_is_allowed() {
        let text = sample().to_ron().unwrap();
        let bytes = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        let profile = decode_profile(Path::new("x.ron"), &bytes, &content()).unwrap();
        assert_eq!(profile, sample());
    }

    #[test]
    fn recovery_round_trip_records_the_original_file() {
        let dir = tempfile::tempdir().unwrap();
        let recovery = dir.path().join("data/recovery.ron");
        let content = content();
        assert_eq!(read_recovery_from(&recovery, &content).unwrap(), None);

        let original = dir.path().join("me.ron");
        write_recovery_to(&recovery, &sample(), Some(&original)).unwrap();
        let found = read_recovery_from(&recovery, &content).unwrap().unwrap();
        assert_eq!(found.profile, sample());
        assert_eq!(found.original_path.as_deref(), Some(original.as_path()));

        write_recovery_to(&recovery, &Profile::new("unsaved"), None).unwrap();
        let found = read_recovery_from(&recovery, &content).unwrap().unwrap();
        assert_eq!(found.original_path, None);
        assert_eq!(found.profile.name, "unsaved");

        clear_recovery_at(&recovery).unwrap();
        assert_eq!(read_recovery_from(&recovery, &content).unwrap(), None);
        clear_recovery_at(&recovery).unwrap();
    }

    #[test]
    fn broken_recovery_files_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let recovery = dir.path().join("recovery.ron");
        let content = content();
        fs::write(&recovery, "(format: \"x\"").unwrap();
        let err = read_recovery_from(&recovery, &content).unwrap_err();
        assert!(err.to_string().contains("recovery.ron:1:"), "{err}");
        fs::write(
            &recovery,
            "(format: \"other\", version: 1, original_path: None, profile: \"\")",
        )
        .unwrap();
        let err = read_recovery_from(&recovery, &content).unwrap_err();
        assert!(matches!(err, StorageError::BadRecovery { .. }), "{err}");
        fs::write(
            &recovery,
            "(format: \"career-explorer-recovery\", version: 1, original_path: None, \
             profile: \"(format: \\\"career-explorer-profile\\\", version: 2, answers: {\\\"nope\\\": 1})\")",
        )
        .unwrap();
        let err = read_recovery_from(&recovery, &content).unwrap_err();
        assert!(err.to_string().contains("(profile): "), "{err}");
        assert!(err.to_string().contains("`nope`"), "{err}");
    }

    #[test]
    fn data_dir_override() {
        assert_eq!(
            data_dir(Some(OsString::from("/tmp/ce"))),
            Some(PathBuf::from("/tmp/ce"))
        );
        // Empty means unset.
        assert_eq!(data_dir(Some(OsString::new())), data_dir(None));
    }

    #[test]
    fn recent_files() {
        let mut list = Vec::new();
        for name in ["a", "b", "c", "b"] {
            push_recent(&mut list, PathBuf::from(name), 3);
        }
        assert_eq!(list, ["b", "c", "a"].map(PathBuf::from));
        push_recent(&mut list, PathBuf::from("d"), 3);
        assert_eq!(list, ["d", "b", "c"].map(PathBuf::from));
        push_recent(&mut list, PathBuf::from("d"), 3);
        assert_eq!(list, ["d", "b", "c"].map(PathBuf::from));
        let mut many: Vec<PathBuf> = (0..20).map(|i| PathBuf::from(i.to_string())).collect();
        push_recent(&mut many, PathBuf::from("new"), MAX_RECENT);
        assert_eq!(many.len(), MAX_RECENT);
        assert_eq!(many[0], PathBuf::from("new"));
    }
}
