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
//!
//! Any path a user gives may be something other than a regular file, and reading must never
//! hang on one: a folder, a device or a socket is refused by its kind without being opened; a
//! pipe (a named one, or `/dev/fd/N` from a shell's `<(command)`) is read without blocking,
//! with a deadline for the first byte and a limit on silence after it (see
//! [`PIPE_FIRST_BYTE_WAIT`] and [`PIPE_IDLE_LIMIT`]). Saving only ever replaces a regular
//! file (or creates a new one).

mod message;
mod rating;
mod read;
mod recovery;
mod team;
mod write;

pub use rating::{
    MAX_RATING_BYTES, decode_rating, decode_rating_request, load_rating, load_rating_request,
    save_rating, save_rating_request,
};
pub use recovery::{
    DATA_DIR_ENV, RECOVERY_FILE, Recovery, clear_recovery_at, read_recovery_from, recovery_path,
    write_recovery_to,
};
pub use team::{
    Document, MAX_TEAM_BYTES, MemberBatch, Skipped, decode_team, load_document, load_document_from,
    load_team, profile_paths, read_member, read_members, save_team,
};
pub use write::{simulate_slow_sync, write_file_atomically};

#[cfg(test)]
use read::{PipeWaits, read_limited_with};
use read::{decode_text, over_limit, read_limited, too_large_message};
use write::{check_replaceable, follow_link, write_atomically};

use std::fs::{self, File};
use std::io::{self, Read, Write as _};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::domain::Content;
use crate::domain::profile::{CURRENT_VERSION, Profile, ProfileError, peek_version};
use crate::domain::rating::RatingError;
use crate::domain::team::{CURRENT_VERSION as TEAM_VERSION, TeamError};

/// Profiles larger than this are refused before they are read: 16 MiB is far beyond any real
/// profile (a complete one with a hundred past results is well under 1 MiB).
pub const MAX_PROFILE_BYTES: u64 = 16 * 1024 * 1024;

/// How long a pipe that no program has open for writing is given to start sending: a named
/// pipe nobody writes to is reported after this long instead of hanging.
pub const PIPE_FIRST_BYTE_WAIT: Duration = Duration::from_secs(1);

/// How long a pipe whose writer is connected may stay silent before reading gives up.
///
/// This holds before its first byte or between two. Generous, because a command behind `<(...)` may
/// take a while (decrypting a profile can wait for a passphrase), yet finite, so a writer that
/// stalls cannot hang the reader for ever.
pub const PIPE_IDLE_LIMIT: Duration = Duration::from_secs(60);

/// How often a silent pipe is asked again. Reading a pipe without blocking means polling; a
/// hundred looks a second costs nothing and keeps the wait short.
pub(super) const PIPE_POLL: Duration = Duration::from_millis(10);

/// How many recent files the app remembers.
pub const MAX_RECENT: usize = 10;

/// Why a profile (or the recovery file) could not be loaded or saved. Every message names
/// the file.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The file is over the size limit of its kind ([`MAX_PROFILE_BYTES`],
    /// [`MAX_TEAM_BYTES`]); it was not read.
    #[error("{}: {}", .path.display(), too_large_message(*.size, *.kind))]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size when the file system reports one; `None` for a stream that kept going.
        size: Option<u64>,
        /// What it was read as.
        kind: DocumentKind,
    },
    /// The file could not be opened or read.
    #[error("{}: could not read the file: {source}", .path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What the operating system reported.
        source: io::Error,
    },
    /// The path is a folder, a device or a socket, so it was not read (not even opened).
    #[error("{}: this is {}, not a file that can be read", .path.display(), .kind.noun())]
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What it is instead.
        kind: FileKind,
    },
    /// A pipe that no program had open for writing stayed empty for [`PIPE_FIRST_BYTE_WAIT`]:
    /// most likely a named pipe nobody writes to.
    #[error(
        "{}: nothing was written to it within {} s; is it a pipe nobody writes to?",
        .path.display(),
        .waited.as_secs_f64()
    )]
    NothingWritten {
        /// The pipe.
        path: PathBuf,
        /// How long reading waited.
        waited: Duration,
    },
    /// A pipe's writer stayed connected but sent nothing for [`PIPE_IDLE_LIMIT`].
    #[error(
        "{}: the pipe sent {received} bytes and then nothing more for {} s; reading stopped",
        .path.display(),
        .waited.as_secs_f64()
    )]
    Stalled {
        /// The pipe.
        path: PathBuf,
        /// How many bytes had arrived.
        received: usize,
        /// How long it was silent.
        waited: Duration,
    },
    /// Saving would replace a folder, a pipe, a device or a socket; nothing was written.
    #[error(
        "{}: could not save: this is {}, not a regular file; nothing was written",
        .path.display(),
        .kind.noun()
    )]
    NotReplaceable {
        /// The path.
        path: PathBuf,
        /// What it is.
        kind: FileKind,
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
    /// The text is not a valid team document.
    #[error(transparent)]
    Team(#[from] TeamError),
    /// The text is not a valid rating request or rating.
    #[error(transparent)]
    Rating(#[from] RatingError),
    /// The team file on disk was written by a newer Career Explorer, so it is not overwritten.
    #[error(
        "{}: this file is in team format version {version}, from a newer Career Explorer (this one writes version {TEAM_VERSION}); it was not overwritten. Save under another name",
        .path.display()
    )]
    NewerTeamOnDisk {
        /// The file.
        path: PathBuf,
        /// The version it declares.
        version: u32,
    },
    /// The file on disk holds another kind of document, so a team is not saved over it.
    #[error(
        "{}: this file holds a `{format}` document, not a team, so it was not overwritten; save the team under another name",
        .path.display()
    )]
    OtherDocument {
        /// The file.
        path: PathBuf,
        /// The document's `format`.
        format: String,
    },
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

/// What a file is read as, which sets its size limit and how messages name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentKind {
    /// A profile (or the recovery file, which holds one).
    Profile,
    /// A team document.
    Team,
    /// A rating request or a rating.
    Rating,
}

impl DocumentKind {
    /// The most bytes a file of this kind may have.
    pub const fn max_bytes(self) -> u64 {
        match self {
            Self::Profile => MAX_PROFILE_BYTES,
            Self::Team => MAX_TEAM_BYTES,
            Self::Rating => MAX_RATING_BYTES,
        }
    }

    /// "profile" or "team file", as messages name it.
    pub const fn noun(self) -> &'static str {
        match self {
            Self::Profile => "profile",
            Self::Team => "team file",
            Self::Rating => "rating file",
        }
    }
}

/// What a path is when it is not a regular file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A folder (directory).
    Folder,
    /// A character or block device, such as `/dev/zero` or a disk.
    Device,
    /// A named or anonymous pipe (FIFO).
    Pipe,
    /// A Unix domain socket.
    Socket,
    /// Anything else this platform has that is not a regular file.
    Other,
}

impl FileKind {
    /// The kind of `file_type`, or `None` for a regular file. Symbolic links are expected to
    /// have been followed already.
    #[cfg(unix)]
    fn of(file_type: fs::FileType) -> Option<Self> {
        use std::os::unix::fs::FileTypeExt as _;
        if file_type.is_file() {
            None
        } else if file_type.is_dir() {
            Some(Self::Folder)
        } else if file_type.is_char_device() || file_type.is_block_device() {
            Some(Self::Device)
        } else if file_type.is_fifo() {
            Some(Self::Pipe)
        } else if file_type.is_socket() {
            Some(Self::Socket)
        } else {
            Some(Self::Other)
        }
    }

    /// The kind of `file_type`, or `None` for a regular file.
    #[cfg(not(unix))]
    fn of(file_type: fs::FileType) -> Option<Self> {
        if file_type.is_file() {
            None
        } else if file_type.is_dir() {
            Some(Self::Folder)
        } else {
            Some(Self::Other)
        }
    }

    /// "a folder", "a device"...: what follows "this is" in a message.
    fn noun(self) -> &'static str {
        match self {
            Self::Folder => "a folder",
            Self::Device => "a device",
            Self::Pipe => "a pipe",
            Self::Socket => "a socket",
            Self::Other => "a special file",
        }
    }
}

/// Loads, migrates and validates the profile at `path`.
///
/// The size is checked before reading, and reading stops at the limit even if the file grows
/// or is a stream. A pipe is read (see the module docs for how long it may take); a folder, a
/// device or a socket is an error at once. Errors name `path`, with `line:col` where there is
/// a position.
pub fn load_profile(path: &Path, content: &Content) -> Result<Profile, StorageError> {
    let bytes = read_limited(path, DocumentKind::Profile)?;
    decode_profile(path, &bytes, content)
}

/// Loads a profile from `reader`, such as standard input, to its end.
///
/// Refuses more than [`MAX_PROFILE_BYTES`]. `name` stands for the source in errors. Reading blocks for as long
/// as `reader` does: a terminal waits for the end of input (Ctrl+D).
pub fn load_profile_from(
    name: &Path,
    reader: &mut dyn Read,
    content: &Content,
) -> Result<Profile, StorageError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_PROFILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| StorageError::Read {
            path: name.to_owned(),
            source,
        })?;
    if over_limit(bytes.len(), DocumentKind::Profile) {
        return Err(StorageError::TooLarge {
            path: name.to_owned(),
            size: None,
            kind: DocumentKind::Profile,
        });
    }
    decode_profile(name, &bytes, content)
}

/// Turns the bytes of a profile file into a [`Profile`].
///
/// Checks they are UTF-8 (a leading byte-order mark is allowed), then parses, migrates and
/// validates. `path` names the file in
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
/// (renaming over it would succeed, but the mark says the user wants it kept), and anything
/// that is not a regular file: a folder, a pipe, a device or a socket. A symbolic link is
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
    // Before anything reads the target, which for a pipe could mean waiting.
    check_replaceable(path, &target)?;
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

/// Puts `path` at the front of the recent files `list`, removing an earlier entry for it and
/// keeping at most `max` entries. Paths are compared as given, so pass absolute ones.
pub fn push_recent(list: &mut Vec<PathBuf>, path: PathBuf, max: usize) {
    list.retain(|p| *p != path);
    list.insert(0, path);
    list.truncate(max);
}

/// The profile format version of the file at `path`, if it is a readable profile.
fn version_on_disk(path: &Path) -> Option<u32> {
    let bytes = read_limited(path, DocumentKind::Profile).ok()?;
    peek_version(decode_text(path, &bytes).ok()?)
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use std::os::unix::fs::PermissionsExt as _;

    use super::recovery::data_dir;
    use super::*;
    use crate::domain::advisor::TeamProfile;
    use std::ffi::OsString;

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
    }

    /// Runs `f` on another thread and fails the test if it has not returned within 20 s, so a
    /// regression to blocking fails instead of hanging the test run. Not a timing assertion:
    /// the waits under test are a second or less.
    fn without_hanging<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
        let (send, receive) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = send.send(f());
        });
        receive
            .recv_timeout(std::time::Duration::from_secs(20))
            .expect("still blocked after 20 s")
    }

    /// A named pipe in a fresh folder.
    fn fifo(dir: &Path) -> PathBuf {
        let path = dir.join("pipe.ron");
        let status = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .unwrap();
        assert!(status.success());
        path
    }

    /// `/dev/fd/N` for an anonymous pipe, as a shell's `<(command)` passes it.
    fn fd_path(reader: &impl std::os::fd::AsRawFd) -> PathBuf {
        PathBuf::from(format!("/dev/fd/{}", reader.as_raw_fd()))
    }

    #[test]
    fn folders_devices_and_sockets_are_refused_by_kind() {
        let dir = tempfile::tempdir().unwrap();
        let socket = dir.path().join("socket");
        let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
        for (path, kind, noun) in [
            (dir.path().to_owned(), FileKind::Folder, "a folder"),
            // Would be read up to the size limit if it were opened.
            (PathBuf::from("/dev/zero"), FileKind::Device, "a device"),
            (PathBuf::from("/dev/null"), FileKind::Device, "a device"),
            (socket.clone(), FileKind::Socket, "a socket"),
        ] {
            let err = load_profile(&path, &content()).unwrap_err();
            assert!(
                matches!(&err, StorageError::NotAFile { kind: k, .. } if *k == kind),
                "{err}"
            );
            assert_eq!(
                err.to_string(),
                format!(
                    "{}: this is {noun}, not a file that can be read",
                    path.display()
                )
            );
        }
    }

    #[test]
    fn a_named_pipe_nobody_writes_to_is_an_error_not_a_hang() {
        let dir = tempfile::tempdir().unwrap();
        let path = fifo(dir.path());
        let result = without_hanging({
            let path = path.clone();
            move || load_profile(&path, &content())
        });
        let err = result.unwrap_err();
        assert!(
            matches!(err, StorageError::NothingWritten { waited, .. } if waited == PIPE_FIRST_BYTE_WAIT),
            "{err}"
        );
        assert_eq!(
            err.to_string(),
            format!(
                "{}: nothing was written to it within 1 s; is it a pipe nobody writes to?",
                path.display()
            )
        );
        // An anonymous pipe whose writer is gone without writing is the same.
        let (reader, writer) = io::pipe().unwrap();
        drop(writer);
        let err = without_hanging(move || load_profile(&fd_path(&reader), &content())).unwrap_err();
        assert!(matches!(err, StorageError::NothingWritten { .. }), "{err}");
    }

    #[test]
    fn a_named_pipe_with_a_writer_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = fifo(dir.path());
        let text = sample().to_ron().unwrap();
        // Opening for writing waits until the loader has opened the pipe for reading.
        let writer = std::thread::spawn({
            let path = path.clone();
            move || fs::write(path, text)
        });
        let loaded = without_hanging(move || load_profile(&path, &content()));
        assert_eq!(loaded.unwrap(), sample());
        writer.join().unwrap().unwrap();
    }

    /// `career-explorer advise <(command)`: the writer is connected from the start, waits
    /// longer than [`PIPE_FIRST_BYTE_WAIT`] before its first byte, then sends in small pieces.
    #[test]
    fn a_slow_writer_on_an_anonymous_pipe_is_read_to_the_end() {
        let (reader, mut writer) = io::pipe().unwrap();
        let text = sample().to_ron().unwrap();
        let feeder = std::thread::spawn(move || {
            std::thread::sleep(PIPE_FIRST_BYTE_WAIT + std::time::Duration::from_millis(300));
            for piece in text.as_bytes().chunks(text.len() / 5 + 1) {
                writer.write_all(piece)?;
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            Ok::<_, io::Error>(())
        });
        let loaded = without_hanging(move || load_profile(&fd_path(&reader), &content()));
        assert_eq!(loaded.unwrap(), sample());
        feeder.join().unwrap().unwrap();
    }

    #[test]
    fn endless_pipes_stop_at_the_limit() {
        let (reader, mut writer) = io::pipe().unwrap();
        let feeder = std::thread::spawn(move || {
            let block = vec![b' '; 1024 * 1024];
            // Ends with a broken pipe once the loader stops reading and the reader is dropped.
            while writer.write_all(&block).is_ok() {}
        });
        let path = fd_path(&reader);
        let err = without_hanging({
            let path = path.clone();
            move || load_profile(&path, &content())
        })
        .unwrap_err();
        assert!(
            matches!(err, StorageError::TooLarge { size: None, .. }),
            "{err}"
        );
        assert!(err.to_string().contains("16 MiB"), "{err}");
        drop(reader);
        feeder.join().unwrap();
    }

    /// A writer that stays connected and silent is given up on after the idle limit, before
    /// its first byte and after some. Short waits here; the real limit is a minute.
    #[test]
    fn a_stalled_writer_is_given_up_on() {
        let waits = PipeWaits {
            first_byte: std::time::Duration::from_millis(100),
            idle: std::time::Duration::from_millis(300),
        };
        let (reader, mut writer) = io::pipe().unwrap();
        let path = fd_path(&reader);
        let err = read_limited_with(&path, DocumentKind::Profile, waits).unwrap_err();
        assert!(
            matches!(err, StorageError::Stalled { received: 0, .. }),
            "{err}"
        );
        writer.write_all(b"(name: ").unwrap();
        let err = read_limited_with(&path, DocumentKind::Profile, waits).unwrap_err();
        assert!(
            matches!(err, StorageError::Stalled { received: 7, .. }),
            "{err}"
        );
        assert_eq!(
            err.to_string(),
            format!(
                "{}: the pipe sent 7 bytes and then nothing more for 0.3 s; reading stopped",
                path.display()
            )
        );
        // Once the writer closes, what is left in the pipe is the whole input (the first bytes
        // went to the reading that gave up).
        writer.write_all(b"\"x\")").unwrap();
        drop(writer);
        assert_eq!(
            read_limited_with(&path, DocumentKind::Profile, waits).unwrap(),
            b"\"x\")"
        );
    }

    #[test]
    fn saving_over_a_pipe_folder_or_device_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let pipe = fifo(dir.path());
        let folder = dir.path().join("folder");
        fs::create_dir(&folder).unwrap();
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink(&pipe, &link).unwrap();
        for (path, kind) in [
            (pipe.clone(), FileKind::Pipe),
            (link, FileKind::Pipe),
            (folder.clone(), FileKind::Folder),
            (PathBuf::from("/dev/null"), FileKind::Device),
        ] {
            let errors = without_hanging({
                let path = path.clone();
                move || {
                    [
                        save_profile(&path, &sample()).unwrap_err(),
                        write_file_atomically(&path, b"report").unwrap_err(),
                        write_recovery_to(&path, &sample(), None).unwrap_err(),
                    ]
                }
            });
            for err in errors {
                assert!(
                    matches!(&err, StorageError::NotReplaceable { kind: k, .. } if *k == kind),
                    "{err}"
                );
                let message = err.to_string();
                assert!(
                    message.starts_with(&format!("{}: could not save: this is a", path.display())),
                    "{message}"
                );
                assert!(message.ends_with("nothing was written"), "{message}");
            }
        }
        let pipe_type = fs::symlink_metadata(&pipe).unwrap().file_type();
        assert!(std::os::unix::fs::FileTypeExt::is_fifo(&pipe_type));
        assert!(fs::metadata(&folder).unwrap().is_dir());
        assert_eq!(listing(dir.path()), ["folder", "link.ron", "pipe.ron"]);
        assert_eq!(listing(&folder), Vec::<String>::new());
    }

    #[test]
    fn standard_input_is_read_with_the_limit() {
        let text = sample().to_ron().unwrap();
        let name = Path::new("standard input");
        let loaded = load_profile_from(name, &mut text.as_bytes(), &content()).unwrap();
        assert_eq!(loaded, sample());
        let err = load_profile_from(name, &mut io::repeat(b' '), &content()).unwrap_err();
        assert!(
            matches!(err, StorageError::TooLarge { size: None, .. }),
            "{err}"
        );
        let err = load_profile_from(name, &mut &b"(x"[..], &content()).unwrap_err();
        assert!(err.to_string().starts_with("standard input:1:"), "{err}");
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
