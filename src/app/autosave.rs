//! Autosave for crash recovery, on its own worker thread.
//!
//! Every quiz answer is autosaved, and an atomic write ends in an fsync that can take hundreds
//! of milliseconds on a slow disk, so the writes happen off the UI thread. The worker first
//! reads the recovery file left by a crash (so the offer to restore it is made before anything
//! overwrites it), then writes or clears the recovery file as asked, in order. When answers
//! come faster than the disk, only the newest copy is written: older ones are already out of
//! date. Problems reach the status bar, not only the log.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, TryRecvError, channel};
use std::time::{Duration, Instant};

use super::file_jobs::Waker;
use crate::domain::Content;
use crate::domain::profile::Profile;
use crate::i18n::Translator;
use crate::storage::{self, Recovery, StorageError};

/// What the worker is asked to do.
enum Request {
    /// Keep this copy of the open profile.
    Write {
        profile: Box<Profile>,
        original_path: Option<PathBuf>,
    },
    /// Remove the recovery file: the work was saved or discarded.
    Clear,
}

/// What the worker says back.
enum Report {
    /// The recovery file found at start-up, if any.
    Found(Box<Result<Option<Recovery>, StorageError>>),
    /// A write or clear worked.
    Done,
    /// A write or clear failed.
    Failed(Arc<StorageError>),
}

/// Why autosave is off: what follows "Autosave is off because".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OffReason {
    /// The reason the app was started with (no folder for app data).
    Given(String),
    /// The worker thread could not start; what the system said.
    NoThread(String),
    /// The worker thread stopped.
    Stopped,
}

impl OffReason {
    /// The reason in the language shown (the system's own words stay as they are).
    pub fn text(&self, tr: &Translator) -> String {
        match self {
            Self::Given(reason) => reason.clone(),
            Self::NoThread(detail) => {
                tr.tr_args("autosave-no-thread", &[("detail", detail.as_str().into())])
            }
            Self::Stopped => tr.tr("autosave-stopped"),
        }
    }
}

/// Whether autosave is working, for the status bar.
#[derive(Clone, Debug)]
pub enum AutosaveStatus {
    /// Autosave is off, and why.
    Off(OffReason),
    /// The last autosave worked (or nothing needed saving yet).
    Working,
    /// The last autosave failed, and why (shared, since the status is cloned for the status
    /// bar and an I/O error cannot be).
    Failed(Arc<StorageError>),
}

/// The autosave worker and what it last said.
pub struct Autosave {
    requests: Option<Sender<Request>>,
    reports: Option<Receiver<Report>>,
    status: AutosaveStatus,
    /// Writes held back until the person has answered the offer to restore a crashed
    /// session's work, so they cannot overwrite it first.
    held: Option<Request>,
    holding: bool,
    /// Requests sent and not yet answered.
    in_flight: usize,
}

impl Autosave {
    /// Autosave turned off, with the reason the status bar gives.
    pub fn off(reason: OffReason) -> Self {
        Self {
            requests: None,
            reports: None,
            status: AutosaveStatus::Off(reason),
            held: None,
            holding: false,
            in_flight: 0,
        }
    }

    /// Starts the worker for `recovery_file`; it first looks for work left by a crash (see
    /// [`Self::poll`]) and holds writes until that is answered.
    pub fn start(recovery_file: PathBuf, content: Arc<Content>, waker: Waker) -> Self {
        let (requests, inbox) = channel::<Request>();
        let (outbox, reports) = channel::<Report>();
        let spawned = std::thread::Builder::new()
            .name("autosave".to_owned())
            .spawn(move || worker(&recovery_file, &content, &inbox, &outbox, &waker));
        match spawned {
            Ok(_) => Self {
                requests: Some(requests),
                reports: Some(reports),
                status: AutosaveStatus::Working,
                held: None,
                holding: true,
                in_flight: 1,
            },
            Err(err) => Self::off(OffReason::NoThread(err.to_string())),
        }
    }

    /// Whether autosave is on, working, or failing.
    pub fn status(&self) -> &AutosaveStatus {
        &self.status
    }

    /// Whether the worker has requests it has not answered yet.
    pub fn is_busy(&self) -> bool {
        self.in_flight > 0
    }

    /// Autosaves a copy of `profile`, which belongs to `original_path`.
    pub fn write(&mut self, profile: &Profile, original_path: Option<PathBuf>) {
        self.send(Request::Write {
            profile: Box::new(profile.clone()),
            original_path,
        });
    }

    /// Removes the recovery file.
    pub fn clear(&mut self) {
        self.send(Request::Clear);
    }

    /// Lets held writes through: the offer to restore has been answered (or there was none).
    pub fn release(&mut self) {
        self.holding = false;
        if let Some(request) = self.held.take() {
            self.send(request);
        }
    }

    fn send(&mut self, request: Request) {
        if self.holding {
            // A newer copy replaces an older one; a clear replaces a write.
            self.held = Some(request);
            return;
        }
        let Some(requests) = &self.requests else {
            return;
        };
        if requests.send(request).is_ok() {
            self.in_flight += 1;
        } else {
            self.stopped();
        }
    }

    /// Reads what the worker said. Returns the start-up search for a crashed session's work
    /// when it arrives (once).
    pub fn poll(&mut self) -> Option<Result<Option<Recovery>, StorageError>> {
        let mut found = None;
        loop {
            let Some(reports) = &self.reports else {
                return found;
            };
            match reports.try_recv() {
                Ok(report) => {
                    if let Some(f) = self.take(report) {
                        found = Some(f);
                    }
                }
                Err(TryRecvError::Empty) => return found,
                Err(TryRecvError::Disconnected) => {
                    self.stopped();
                    return found;
                }
            }
        }
    }

    fn take(&mut self, report: Report) -> Option<Result<Option<Recovery>, StorageError>> {
        self.in_flight = self.in_flight.saturating_sub(1);
        match report {
            Report::Found(found) => return Some(*found),
            Report::Done => self.status = AutosaveStatus::Working,
            Report::Failed(why) => {
                log::warn!("could not autosave: {why}");
                self.status = AutosaveStatus::Failed(why);
            }
        }
        None
    }

    fn stopped(&mut self) {
        self.requests = None;
        self.reports = None;
        self.in_flight = 0;
        self.status = AutosaveStatus::Off(OffReason::Stopped);
    }

    /// Waits up to `timeout` for everything sent so far to be done (for quitting, so a
    /// discarded session is not offered back next time, and for tests). Returns a start-up
    /// search result if one arrives while waiting.
    pub fn flush(&mut self, timeout: Duration) -> Option<Result<Option<Recovery>, StorageError>> {
        let deadline = Instant::now() + timeout;
        let mut found = None;
        while self.in_flight > 0 {
            let Some(reports) = &self.reports else {
                break;
            };
            let left = deadline.saturating_duration_since(Instant::now());
            match reports.recv_timeout(left) {
                Ok(report) => {
                    if let Some(f) = self.take(report) {
                        found = Some(f);
                    }
                }
                Err(RecvTimeoutError::Timeout) => {
                    log::warn!("autosave had not finished when Career Explorer closed");
                    break;
                }
                Err(RecvTimeoutError::Disconnected) => {
                    self.stopped();
                    break;
                }
            }
        }
        found
    }
}

fn worker(
    recovery_file: &std::path::Path,
    content: &Content,
    inbox: &Receiver<Request>,
    outbox: &Sender<Report>,
    waker: &Waker,
) {
    let say = |report| {
        let _ = outbox.send(report);
        waker();
    };
    say(Report::Found(Box::new(storage::read_recovery_from(
        recovery_file,
        content,
    ))));
    while let Ok(mut request) = inbox.recv() {
        // Answer every request, but only act on the newest: the others are out of date.
        let mut skipped = 0;
        while let Ok(newer) = inbox.try_recv() {
            request = newer;
            skipped += 1;
        }
        let result = match request {
            Request::Write {
                profile,
                original_path,
            } => storage::write_recovery_to(recovery_file, &profile, original_path.as_deref()),
            Request::Clear => storage::clear_recovery_at(recovery_file),
        };
        for _ in 0..skipped {
            let _ = outbox.send(Report::Done);
        }
        say(match result {
            Ok(()) => Report::Done,
            Err(err) => Report::Failed(Arc::new(err)),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn waker() -> Waker {
        Arc::new(|| {})
    }

    fn content() -> Arc<Content> {
        Arc::new(Content::shipped().unwrap())
    }

    const WAIT: Duration = Duration::from_secs(10);

    #[test]
    fn writes_wait_for_the_restore_offer_then_land_newest_last() {
        let folder = tempfile::tempdir().unwrap();
        let file = folder.path().join("recovery.ron");
        let mut autosave = Autosave::start(file.clone(), content(), waker());
        let found = autosave.flush(WAIT).expect("the start-up search reports");
        assert_eq!(found.unwrap(), None, "no crashed session");
        autosave.write(&Profile::new("first"), None);
        assert!(!file.exists(), "held until the offer is answered");
        autosave.write(&Profile::new("second"), None);
        autosave.release();
        autosave.flush(WAIT);
        let kept = storage::read_recovery_from(&file, &content())
            .unwrap()
            .unwrap();
        assert_eq!(kept.profile.name, "second");
        autosave.clear();
        autosave.flush(WAIT);
        assert!(!file.exists());
        assert!(
            matches!(autosave.status(), AutosaveStatus::Working),
            "{:?}",
            autosave.status()
        );
    }

    #[test]
    fn a_failing_disk_is_reported() {
        // A regular file where the folder should be: nothing can be written below it.
        let folder = tempfile::tempdir().unwrap();
        let blocker = folder.path().join("not-a-folder");
        std::fs::write(&blocker, "x").unwrap();
        let mut autosave = Autosave::start(blocker.join("recovery.ron"), content(), waker());
        let found = autosave.flush(WAIT);
        assert!(
            matches!(found, Some(Ok(None))),
            "nothing was autosaved where no folder can be: {found:?}"
        );
        autosave.release();
        autosave.write(&Profile::new("lost?"), None);
        autosave.flush(WAIT);
        match autosave.status() {
            AutosaveStatus::Failed(why) => {
                let why = why.message(&Translator::new(crate::i18n::Language::German));
                assert!(why.contains("not-a-folder"), "names the file: {why}");
            }
            other => panic!("expected a failure, got {other:?}"),
        }
    }

    #[test]
    fn the_reasons_it_gives_itself_are_translated() {
        let de = Translator::new(crate::i18n::Language::German);
        assert_eq!(
            OffReason::Stopped.text(&de),
            "der Hintergrundprozess wurde beendet",
            "de"
        );
    }

    #[test]
    fn off_says_why_and_ignores_requests() {
        let mut autosave = Autosave::off(OffReason::Given("no data folder".to_owned()));
        autosave.release();
        autosave.write(&Profile::new("x"), None);
        assert!(!autosave.is_busy());
        assert!(
            matches!(autosave.status(), AutosaveStatus::Off(OffReason::Given(why)) if why == "no data folder"),
            "{:?}",
            autosave.status()
        );
    }
}
