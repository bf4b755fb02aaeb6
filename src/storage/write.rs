//! Atomic writes: a temporary file in the same folder, synced, renamed over the target, and
//! the folder synced; and the slow-disk hook the benchmarks use.

use std::fs::{self, File};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use super::{FileKind, StorageError};

/// An error unless `target` (what saving to `path` replaces) is a regular file or does not
/// exist yet. Renaming over a pipe, device or socket would swap it for a regular file, and
/// reading it first (for its version) could wait on a pipe.
pub(super) fn check_replaceable(path: &Path, target: &Path) -> Result<(), StorageError> {
    match fs::metadata(target).map(|m| FileKind::of(m.file_type())) {
        Ok(Some(kind)) => Err(StorageError::NotReplaceable {
            path: path.to_owned(),
            kind,
        }),
        // Missing, or not looked at: the save itself reports any real problem.
        Ok(None) | Err(_) => Ok(()),
    }
}

/// Where saving to `path` really writes: the file a symbolic link points at, so the link
/// survives. A dangling link, or anything that is not a link, is written as it is.
pub(super) fn follow_link(path: &Path) -> PathBuf {
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if is_link && let Ok(target) = fs::canonicalize(path) {
        return target;
    }
    path.to_owned()
}

/// Writes `bytes` to `path` atomically, the same way profiles are saved.
///
/// A temporary file in the same folder, synced, renamed over the target, then the folder synced. Used for exported
/// reports. On failure the file at `path`, if any, is left as it was. Only a regular file is
/// replaced: a folder, pipe, device or socket at `path` is an error.
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    let target = follow_link(path);
    write_atomically(path, &target, bytes, &mut |file, bytes| {
        file.write_all(bytes)
    })
}

/// Extra time every fsync takes, in milliseconds: see [`simulate_slow_sync`].
pub(super) static SIMULATED_SYNC_DELAY_MS: AtomicU64 = AtomicU64::new(0);

/// Test hook: from now on every fsync of a save, export or autosave takes `delay` longer.
///
/// That is a sleeping disk or a network share. The benchmarks use it to show that a slow disk never
/// slows a frame; normal runs never call it (the cost is one atomic load per fsync).
pub fn simulate_slow_sync(delay: Duration) {
    let millis = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX);
    SIMULATED_SYNC_DELAY_MS.store(millis, Ordering::Relaxed);
}

/// `file.sync_all()`, after the delay [`simulate_slow_sync`] asked for, if any.
pub(super) fn sync(file: &File) -> io::Result<()> {
    let delay = SIMULATED_SYNC_DELAY_MS.load(Ordering::Relaxed);
    if delay > 0 {
        std::thread::sleep(Duration::from_millis(delay));
    }
    file.sync_all()
}

/// Replaces `target` with `bytes`: temporary file in the same folder, `write`, sync,
/// rename, sync the folder. `path` is the name the user knows, for errors. A `target` that
/// exists and is not a regular file is refused.
pub(super) fn write_atomically(
    path: &Path,
    target: &Path,
    bytes: &[u8],
    write: &mut dyn FnMut(&mut File, &[u8]) -> io::Result<()>,
) -> Result<(), StorageError> {
    let write_error = |source| StorageError::Write {
        path: path.to_owned(),
        source,
    };
    check_replaceable(path, target)?;
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
    sync(temp.as_file()).map_err(write_error)?;
    // On failure the temporary file is dropped, which deletes it.
    temp.persist(target).map_err(|err| write_error(err.error))?;
    sync_folder(folder).map_err(|source| StorageError::SyncFolder {
        path: path.to_owned(),
        source,
    })
}

/// Makes a rename in `folder` durable.
#[cfg(unix)]
pub(super) fn sync_folder(folder: &Path) -> io::Result<()> {
    sync(&File::open(folder)?)
}

/// Windows makes renames durable without syncing the folder (and cannot open one as a file).
#[cfg(not(unix))]
pub(super) fn sync_folder(_folder: &Path) -> io::Result<()> {
    Ok(())
}
