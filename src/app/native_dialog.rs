//! Native file dialogs that never block the UI thread.
//!
//! rfd's dialog runs on a worker thread and reports back over a channel; the app polls once a
//! frame and is woken by a repaint request when the answer arrives. One dialog at a time. When
//! no desktop portal is available rfd answers "nothing chosen" at once, so every flow that uses
//! a dialog also offers a typed path (see `prompt.rs`).

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::file_jobs::Waker;

/// Whether the dialog picks an existing file or names a file to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogKind {
    /// Choose an existing file.
    Open,
    /// Choose one or more existing files.
    OpenMany,
    /// Choose where to write.
    Save,
}

/// What to show in the dialog.
#[derive(Clone, Debug)]
pub struct DialogRequest {
    /// Open or save.
    pub kind: DialogKind,
    /// Window title.
    pub title: String,
    /// Filter name and extensions, e.g. `("Career Explorer profile", ["ron"])`.
    pub filter: (String, Vec<String>),
    /// Folder to start in.
    pub directory: Option<PathBuf>,
    /// File name to suggest (save only).
    pub file_name: Option<String>,
}

/// At most one native dialog in flight.
#[derive(Default)]
pub struct FileDialogs {
    pending: Option<Receiver<Option<Vec<PathBuf>>>>,
}

impl FileDialogs {
    /// Whether a dialog is open now.
    pub fn is_open(&self) -> bool {
        self.pending.is_some()
    }

    /// Opens a native dialog on a worker thread. Returns false, and does nothing, when one is
    /// already open or the thread cannot be started.
    pub fn start(&mut self, request: DialogRequest, waker: &Waker) -> bool {
        if self.pending.is_some() {
            return false;
        }
        let (sender, receiver) = channel();
        let waker = Arc::clone(waker);
        let spawned = std::thread::Builder::new()
            .name("file-dialog".to_owned())
            .spawn(move || {
                let mut dialog = rfd::FileDialog::new()
                    .set_title(&request.title)
                    .add_filter(&request.filter.0, &request.filter.1);
                if let Some(directory) = &request.directory {
                    dialog = dialog.set_directory(directory);
                }
                if let Some(name) = &request.file_name {
                    dialog = dialog.set_file_name(name);
                }
                let chosen = match request.kind {
                    DialogKind::Open => dialog.pick_file().map(|p| vec![p]),
                    DialogKind::OpenMany => dialog.pick_files().filter(|p| !p.is_empty()),
                    DialogKind::Save => dialog.save_file().map(|p| vec![p]),
                };
                // The app may have gone; then nobody needs the answer.
                let _ = sender.send(chosen);
                waker();
            });
        match spawned {
            Ok(_) => {
                self.pending = Some(receiver);
                true
            }
            Err(err) => {
                log::warn!("could not start the file dialog thread: {err}");
                false
            }
        }
    }

    /// The dialog's answer, once it has one: `Some(None)` when nothing was chosen, else the
    /// chosen files (one, except for [`DialogKind::OpenMany`]).
    pub fn poll(&mut self) -> Option<Option<Vec<PathBuf>>> {
        let receiver = self.pending.as_ref()?;
        match receiver.try_recv() {
            Ok(chosen) => {
                self.pending = None;
                Some(chosen)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.pending = None;
                Some(None)
            }
        }
    }
}
