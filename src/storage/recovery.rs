//! The crash-recovery file: where it lives, and writing, reading and removing it.

use std::ffi::OsString;
use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::DocumentKind;
use super::StorageError;
use super::read::{decode_text, read_limited};
use super::write::write_atomically;
use crate::domain::Content;
use crate::domain::data_file::parse_ron;
use crate::domain::profile::{Profile, ProfileError};

/// Environment variable that replaces the user's data folder, so tests and scripts never
/// touch the real one.
pub const DATA_DIR_ENV: &str = "CAREER_EXPLORER_DATA_DIR";

/// File name of the crash-recovery file inside the data folder.
pub const RECOVERY_FILE: &str = "recovery.ron";

/// The value of the `format` field of a recovery file.
pub(super) const RECOVERY_FORMAT: &str = "career-explorer-recovery";

/// The recovery file version this build writes and reads.
pub(super) const RECOVERY_VERSION: u32 = 1;

/// The recovery file's path.
///
/// `recovery.ron` in [`DATA_DIR_ENV`] if set, else in the user's data folder (`~/.local/share/career-explorer` on Linux, the same folder eframe keeps its
/// settings in). `None` when neither exists.
pub fn recovery_path() -> Option<PathBuf> {
    data_dir(std::env::var_os(DATA_DIR_ENV)).map(|dir| dir.join(RECOVERY_FILE))
}

/// The data folder: `override_dir` when set and not empty, else the platform's.
pub(super) fn data_dir(override_dir: Option<OsString>) -> Option<PathBuf> {
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
pub(super) struct RecoveryDocument {
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

/// Reads `recovery_file` (normally [`recovery_path`]), if there is one.
///
/// Its profile is
/// validated against `content` like any profile; an unreadable recovery file is an error (the
/// app can offer to discard it with [`clear_recovery_at`]).
pub fn read_recovery_from(
    recovery_file: &Path,
    content: &Content,
) -> Result<Option<Recovery>, StorageError> {
    let bytes = match read_limited(recovery_file, DocumentKind::Profile) {
        Ok(bytes) => bytes,
        // No file, or no folder for it (a file where the folder should be): nothing was
        // autosaved there. Writing will fail and say so.
        Err(StorageError::Read { source, .. })
            if matches!(
                source.kind(),
                io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
            ) =>
        {
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
