//! Reading any path a person gives without ever hanging: regular files with a size limit,
//! pipes without blocking, and folders, devices and sockets refused by their kind.

use std::fs::{self, File};
use std::io::{self, Read as _};
use std::path::Path;
use std::time::{Duration, Instant};

use super::{
    DocumentKind, FileKind, PIPE_FIRST_BYTE_WAIT, PIPE_IDLE_LIMIT, PIPE_POLL, StorageError,
};

pub(super) fn too_large_message(size: Option<u64>, kind: DocumentKind) -> String {
    let limit = kind.max_bytes();
    let mib = limit / (1024 * 1024);
    let noun = kind.noun();
    match size {
        Some(size) => format!(
            "the file is {size} bytes, over the {limit}-byte ({mib} MiB) limit for a {noun}; it was not read"
        ),
        None => {
            format!("the file holds more than the {limit}-byte ({mib} MiB) limit for a {noun}")
        }
    }
}

/// Reads at most `kind`'s size limit from `path`, refusing larger files before reading,
/// with the pipe waits of [`PIPE_FIRST_BYTE_WAIT`] and [`PIPE_IDLE_LIMIT`].
pub(super) fn read_limited(path: &Path, kind: DocumentKind) -> Result<Vec<u8>, StorageError> {
    read_limited_with(
        path,
        kind,
        PipeWaits {
            first_byte: PIPE_FIRST_BYTE_WAIT,
            idle: PIPE_IDLE_LIMIT,
        },
    )
}

/// How long reading a pipe waits; a parameter so tests can use short waits.
#[derive(Clone, Copy, Debug)]
pub(super) struct PipeWaits {
    /// See [`PIPE_FIRST_BYTE_WAIT`].
    pub(super) first_byte: Duration,
    /// See [`PIPE_IDLE_LIMIT`].
    pub(super) idle: Duration,
}

/// [`read_limited`] with the given pipe waits.
///
/// The path is looked at before it is opened, so a folder, device or socket is refused
/// without opening it (opening a device can block or have side effects). What was opened is
/// looked at again, in case the path was replaced in between.
pub(super) fn read_limited_with(
    path: &Path,
    kind: DocumentKind,
    waits: PipeWaits,
) -> Result<Vec<u8>, StorageError> {
    let read_error = |source| StorageError::Read {
        path: path.to_owned(),
        source,
    };
    refuse_unreadable_kind(path, fs::metadata(path).map_err(read_error)?.file_type())?;
    let file = open_for_reading(path).map_err(read_error)?;
    let metadata = file.metadata().map_err(read_error)?;
    refuse_unreadable_kind(path, metadata.file_type())?;
    if !metadata.is_file() {
        return read_pipe(path, kind, file, waits);
    }
    let size = metadata.len();
    if size > kind.max_bytes() {
        return Err(StorageError::TooLarge {
            path: path.to_owned(),
            size: Some(size),
            kind,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // Some regular files report a size of 0 and then have content (those in /proc); the limit
    // holds for them too.
    file.take(kind.max_bytes() + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if over_limit(bytes.len(), kind) {
        return Err(StorageError::TooLarge {
            path: path.to_owned(),
            size: None,
            kind,
        });
    }
    Ok(bytes)
}

/// Whether `len` bytes are more than a document of `kind` may have.
pub(super) fn over_limit(len: usize, kind: DocumentKind) -> bool {
    u64::try_from(len).map_or(true, |n| n > kind.max_bytes())
}

/// An error for a folder, device, socket or other special file; regular files and pipes
/// may be read.
pub(super) fn refuse_unreadable_kind(
    path: &Path,
    file_type: fs::FileType,
) -> Result<(), StorageError> {
    match FileKind::of(file_type) {
        None | Some(FileKind::Pipe) => Ok(()),
        Some(kind) => Err(StorageError::NotAFile {
            path: path.to_owned(),
            kind,
        }),
    }
}

/// Opens `path` for reading without ever blocking in `open`.
///
/// A named pipe opened the ordinary way blocks in `open` until some program opens it for
/// writing, which may be never. With `O_NONBLOCK` the open returns at once, and reads return
/// `WouldBlock` instead of waiting, which [`read_pipe`] turns into bounded waits. Regular
/// files ignore the flag. `O_NOCTTY` keeps a terminal swapped in after the kind check from
/// becoming this process's controlling terminal.
#[cfg(unix)]
pub(super) fn open_for_reading(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
}

/// Opens `path` for reading; other platforms have no named pipes in the file system.
#[cfg(not(unix))]
pub(super) fn open_for_reading(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// Reads a pipe opened with [`open_for_reading`] to its end, at most `kind`'s size limit.
///
/// Linux semantics, for a pipe opened without blocking:
/// - `Ok(0)` while no program has the pipe open for writing. Before any byte has arrived and
///   before a writer was ever seen, that is a pipe nobody writes to (yet): look again until
///   `waits.first_byte` has passed, then give up with [`StorageError::NothingWritten`].
///   Otherwise it is the end of the input (an empty one if the writer sent nothing).
/// - `WouldBlock` while a writer is connected but has sent nothing new: wait, at most
///   `waits.idle` since the last byte (or since the start), then give up with
///   [`StorageError::Stalled`]. A connected writer gets this longer wait even before its first
///   byte, because `<(command)` connects at once and may need time to produce anything.
pub(super) fn read_pipe(
    path: &Path,
    kind: DocumentKind,
    mut file: File,
    waits: PipeWaits,
) -> Result<Vec<u8>, StorageError> {
    let start = Instant::now();
    let mut last_byte = start;
    let mut writer_seen = false;
    let mut bytes = Vec::new();
    let mut chunk = vec![0; 64 * 1024];
    loop {
        match file.read(&mut chunk) {
            Ok(0) if writer_seen || !bytes.is_empty() => return Ok(bytes),
            Ok(0) => {
                if start.elapsed() >= waits.first_byte {
                    return Err(StorageError::NothingWritten {
                        path: path.to_owned(),
                        waited: waits.first_byte,
                    });
                }
            }
            Ok(n) => {
                bytes.extend_from_slice(chunk.get(..n).unwrap_or_default());
                if over_limit(bytes.len(), kind) {
                    return Err(StorageError::TooLarge {
                        path: path.to_owned(),
                        size: None,
                        kind,
                    });
                }
                last_byte = Instant::now();
                continue;
            }
            Err(err) if err.kind() == io::ErrorKind::WouldBlock => {
                writer_seen = true;
                if last_byte.elapsed() >= waits.idle {
                    return Err(StorageError::Stalled {
                        path: path.to_owned(),
                        received: bytes.len(),
                        waited: waits.idle,
                    });
                }
            }
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(source) => {
                return Err(StorageError::Read {
                    path: path.to_owned(),
                    source,
                });
            }
        }
        std::thread::sleep(PIPE_POLL);
    }
}

/// `bytes` as UTF-8 text without a leading byte-order mark, or where the first bad byte is.
pub(super) fn decode_text<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a str, StorageError> {
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
