//! Opening, saving and exporting off the UI thread.
//!
//! A slow disk, a network share or a path that is a pipe must never freeze the window, so each
//! file operation runs on a worker thread and reports back over a channel; the app polls once
//! a frame and is woken by the [`Waker`] when the answer arrives. One operation at a time: the
//! File menu waits while one runs, and the status bar says what is going on.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError, channel};
use std::time::{Duration, Instant};

use super::prompt::DocKind;
use crate::domain::Content;
use crate::domain::profile::Profile;
use crate::domain::rating::{RATING_FORMAT, REQUEST_FORMAT, RatingFile, RatingRequest};
use crate::domain::team::{FORMAT as TEAM_FORMAT, Team};
use crate::export::Format;
use crate::i18n::{FluentValue, Translator};
use crate::storage::{self, MemberBatch, StorageError};

/// Wakes the UI when a worker has an answer (a repaint request in the window, nothing in tests).
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// A file operation to run off the UI thread.
#[derive(Debug)]
pub enum Job {
    /// Read, migrate and validate a profile or a team.
    Open {
        /// The file.
        path: PathBuf,
        /// What it is taken for when its `format` cannot be peeked at (a pipe).
        expect: DocKind,
        /// Unsaved changes to the document it replaces were already asked about.
        asked: bool,
    },
    /// Write a team atomically.
    SaveTeam {
        /// Where.
        path: PathBuf,
        /// A copy of the team as it was when the save started.
        team: Box<Team>,
        /// The team document's revision that copy is.
        revision: u64,
    },
    /// Read profiles (and the profiles in folders) as team members.
    ReadMembers {
        /// The files and folders, in the order given.
        paths: Vec<PathBuf>,
    },
    /// Write a profile atomically.
    Save {
        /// Where.
        path: PathBuf,
        /// A copy of the profile as it was when the save started.
        profile: Box<Profile>,
        /// The document's revision that copy is.
        revision: u64,
    },
    /// Read a rating to add to the open profile.
    ReadRating {
        /// The file.
        path: PathBuf,
    },
    /// Write a rating request atomically.
    SaveRequest {
        /// Where.
        path: PathBuf,
        /// The request.
        request: Box<RatingRequest>,
    },
    /// Write a rater's rating atomically.
    SaveRating {
        /// Where.
        path: PathBuf,
        /// The rating.
        rating: Box<RatingFile>,
    },
    /// Write an already rendered report atomically.
    Export {
        /// Where.
        path: PathBuf,
        /// The report's text.
        text: String,
        /// Its format, for the confirmation.
        format: Format,
    },
}

/// What a running file operation does, and to which file: the status bar says it while it
/// runs, and notices say it when something has to wait for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Activity {
    kind: ActivityKind,
    /// The file's name (or, for several, how many files and folders).
    file: String,
    count: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ActivityKind {
    Open,
    Save,
    Export,
    ReadOne,
    ReadMany,
}

impl Activity {
    /// "Opening me.ron..." for the status bar and the prompt.
    pub fn running(&self, tr: &Translator) -> String {
        tr.tr_args("job-running", &self.args())
    }

    /// "Please wait: Opening me.ron has not finished", when another file operation is asked for.
    pub fn wait(&self, tr: &Translator) -> String {
        tr.tr_args("job-wait", &self.args())
    }

    /// "Closing once Opening me.ron has finished", when Quit has to wait.
    pub fn closing(&self, tr: &Translator) -> String {
        tr.tr_args("job-closing", &self.args())
    }

    /// "Stopped waiting: Opening me.ron; ...", when the person gave up on a read.
    pub fn stopped(&self, tr: &Translator) -> String {
        tr.tr_args("job-stopped", &self.args())
    }

    /// The messages' arguments: which activity (their selectors choose the sentence by it),
    /// the file and the count.
    fn args(&self) -> [(&'static str, FluentValue<'_>); 3] {
        let activity = match self.kind {
            ActivityKind::Open => "open",
            ActivityKind::Save => "save",
            ActivityKind::Export => "export",
            ActivityKind::ReadOne => "read-one",
            ActivityKind::ReadMany => "read-many",
        };
        [
            ("activity", activity.into()),
            ("file", self.file.as_str().into()),
            ("count", self.count.into()),
        ]
    }
}

impl Job {
    /// What the job does, for the status bar and notices.
    pub fn activity(&self) -> Activity {
        let (kind, path) = match self {
            Self::Open { path, .. } | Self::ReadRating { path } => (ActivityKind::Open, path),
            Self::Save { path, .. }
            | Self::SaveTeam { path, .. }
            | Self::SaveRequest { path, .. }
            | Self::SaveRating { path, .. } => (ActivityKind::Save, path),
            Self::Export { path, .. } => (ActivityKind::Export, path),
            Self::ReadMembers { paths } => {
                return match paths.as_slice() {
                    [one] => Activity {
                        kind: ActivityKind::ReadOne,
                        file: file_name(one),
                        count: 1,
                    },
                    many => Activity {
                        kind: ActivityKind::ReadMany,
                        file: String::new(),
                        count: many.len(),
                    },
                };
            }
        };
        Activity {
            kind,
            file: file_name(path),
            count: 1,
        }
    }

    /// Whether the job only reads, so it may be given up on (a save given up on could still
    /// land later).
    pub fn only_reads(&self) -> bool {
        matches!(
            self,
            Self::Open { .. } | Self::ReadMembers { .. } | Self::ReadRating { .. }
        )
    }

    fn run(self, content: &Content) -> Done {
        match self {
            Self::Open {
                path,
                expect,
                asked,
            } => {
                let kind = peek_kind(&path).unwrap_or(match expect {
                    DocKind::Profile => HeadKind::Profile,
                    DocKind::Team => HeadKind::Team,
                });
                let result = match kind {
                    HeadKind::Profile => storage::load_profile(&path, content)
                        .map(|profile| Opened::Profile(Box::new(profile))),
                    HeadKind::Team => {
                        storage::load_team(&path, content).map(|team| Opened::Team(Box::new(team)))
                    }
                    HeadKind::RatingRequest => storage::load_rating_request(&path, content)
                        .map(|request| Opened::RatingRequest(Box::new(request))),
                    HeadKind::Rating => storage::load_rating(&path, content)
                        .map(|rating| Opened::Rating(Box::new(rating))),
                };
                Done::Opened {
                    path,
                    expect,
                    asked,
                    result,
                }
            }
            Self::SaveTeam {
                path,
                team,
                revision,
            } => {
                let result = storage::save_team(&path, &team);
                Done::TeamSaved {
                    path,
                    revision,
                    result,
                }
            }
            Self::ReadRating { path } => {
                let result = storage::load_rating(&path, content)
                    .map(|rating| Opened::Rating(Box::new(rating)));
                Done::Opened {
                    path,
                    expect: DocKind::Profile,
                    asked: false,
                    result,
                }
            }
            Self::SaveRequest { path, request } => {
                let result = storage::save_rating_request(&path, &request);
                Done::RatingFileSaved {
                    path,
                    request: true,
                    result,
                }
            }
            Self::SaveRating { path, rating } => {
                let result = storage::save_rating(&path, &rating);
                Done::RatingFileSaved {
                    path,
                    request: false,
                    result,
                }
            }
            Self::ReadMembers { paths } => Done::MembersRead {
                batch: storage::read_members(&paths, content),
            },
            Self::Save {
                path,
                profile,
                revision,
            } => {
                let result = storage::save_profile(&path, &profile);
                Done::Saved {
                    path,
                    revision,
                    result,
                }
            }
            Self::Export { path, text, format } => {
                let result = storage::write_file_atomically(&path, text.as_bytes());
                Done::Exported {
                    path,
                    format,
                    result,
                }
            }
        }
    }
}

/// How far into a file its `format` field is looked for. Both formats write it first.
const PEEK_BYTES: u64 = 4096;

/// What kind of document the start of a file declares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum HeadKind {
    Profile,
    Team,
    RatingRequest,
    Rating,
}

/// What a regular file holds, from the start of its text: a team, a rating request or a
/// rating when it names that format, else a profile. `None` for anything that cannot be read
/// twice (a pipe) or read at all: then the loader reports the problem.
fn peek_kind(path: &Path) -> Option<HeadKind> {
    if !std::fs::metadata(path).ok()?.is_file() {
        return None;
    }
    let mut head = Vec::new();
    std::fs::File::open(path)
        .ok()?
        .take(PEEK_BYTES)
        .read_to_end(&mut head)
        .ok()?;
    Some(kind_of_head(&String::from_utf8_lossy(&head)))
}

/// What the start of a document says it is: a team, a rating request or a rating when a
/// `format` field names that format (a profile's notes that merely mention one do not count),
/// else a profile.
fn kind_of_head(text: &str) -> HeadKind {
    let names = |format: &str| {
        text.match_indices("format").any(|(at, field)| {
            let rest = text[at + field.len()..].trim_start();
            rest.strip_prefix(':').is_some_and(|value| {
                value
                    .trim_start()
                    .strip_prefix('"')
                    .and_then(|v| v.strip_prefix(format))
                    .is_some_and(|v| v.starts_with('"'))
            })
        })
    };
    [
        (TEAM_FORMAT, HeadKind::Team),
        (REQUEST_FORMAT, HeadKind::RatingRequest),
        (RATING_FORMAT, HeadKind::Rating),
    ]
    .into_iter()
    .find(|(format, _)| names(format))
    .map_or(HeadKind::Profile, |(_, kind)| kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_runs_is_said_in_the_language_shown() {
        let de = Translator::new(crate::i18n::Language::German);
        let en = Translator::new(crate::i18n::Language::English);
        let open = Job::Open {
            path: PathBuf::from("/a/me.ron"),
            expect: DocKind::Profile,
            asked: false,
        }
        .activity();
        assert_eq!(open.running(&en), "Opening me.ron...", "en");
        assert_eq!(open.running(&de), "me.ron wird geöffnet …", "de");
        assert_eq!(
            open.wait(&de),
            "Bitte warte: me.ron wird noch geöffnet",
            "wait"
        );
        let many = Job::ReadMembers {
            paths: vec![PathBuf::from("a"), PathBuf::from("b"), PathBuf::from("c")],
        }
        .activity();
        assert_eq!(
            many.running(&de),
            "3 Profile und Ordner werden gelesen …",
            "many"
        );
        assert_eq!(
            many.stopped(&en),
            "Stopped waiting: Reading 3 profiles and folders; the open profile is as it was",
            "stopped"
        );
    }

    #[test]
    fn the_format_field_tells_a_team_from_a_profile() {
        let team = "(\n    format: \"career-explorer-team\",\n    version: 1,";
        assert_eq!(kind_of_head(team), HeadKind::Team);
        assert_eq!(
            kind_of_head("(format:\"career-explorer-team\", version: 1)"),
            HeadKind::Team
        );
        let profile = "(\n    format: \"career-explorer-profile\",\n    version: 3,\n    notes: \"see \\\"career-explorer-team\\\" files\",";
        assert_eq!(kind_of_head(profile), HeadKind::Profile);
        // A raw string in the notes may hold the team format's name, quotes and all.
        let raw =
            "(format: \"career-explorer-profile\", notes: r#\"a \"career-explorer-team\" file\"#,";
        assert_eq!(kind_of_head(raw), HeadKind::Profile);
        assert_eq!(kind_of_head(""), HeadKind::Profile);
        assert_eq!(
            kind_of_head("(format: \"career-explorer-rating-request\", version: 1,"),
            HeadKind::RatingRequest
        );
        assert_eq!(
            kind_of_head("(format: \"career-explorer-rating\", version: 1,"),
            HeadKind::Rating
        );
    }
}

/// A document read from disk.
#[derive(Debug)]
pub enum Opened {
    /// A profile.
    Profile(Box<Profile>),
    /// A team.
    Team(Box<Team>),
    /// A rating request, to answer as a rater.
    RatingRequest(Box<RatingRequest>),
    /// A rating, to add to the open profile.
    Rating(Box<RatingFile>),
}

/// A finished file operation.
#[derive(Debug)]
pub enum Done {
    /// A profile or a team was read, or could not be.
    Opened {
        /// The file.
        path: PathBuf,
        /// What the file was taken for when it was asked for.
        expect: DocKind,
        /// Unsaved changes were already asked about.
        asked: bool,
        /// The document, or why not.
        result: Result<Opened, StorageError>,
    },
    /// A team save ended.
    TeamSaved {
        /// Where.
        path: PathBuf,
        /// The team document's revision that was written.
        revision: u64,
        /// Whether it worked.
        result: Result<(), StorageError>,
    },
    /// Profiles were read as members.
    MembersRead {
        /// The members read and the files skipped.
        batch: MemberBatch,
    },
    /// A save ended.
    Saved {
        /// Where.
        path: PathBuf,
        /// The document revision that was written.
        revision: u64,
        /// Whether it worked.
        result: Result<(), StorageError>,
    },
    /// A rating request or a rating was written, or could not be.
    RatingFileSaved {
        /// Where.
        path: PathBuf,
        /// A request (else a rating).
        request: bool,
        /// Whether it worked.
        result: Result<(), StorageError>,
    },
    /// An export ended.
    Exported {
        /// Where.
        path: PathBuf,
        /// In which format.
        format: Format,
        /// Whether it worked.
        result: Result<(), StorageError>,
    },
}

/// The one file operation in flight, if any.
pub struct FileJobs {
    running: Option<Running>,
    content: Arc<Content>,
    waker: Waker,
}

struct Running {
    activity: Activity,
    /// What the status bar says, in the language shown when the job started.
    description: String,
    /// Only reading may be given up on: a save given up on could still land later.
    may_stop_waiting: bool,
    started: Instant,
    answer: Receiver<Done>,
}

impl FileJobs {
    /// No job running yet; jobs validate profiles against `content`.
    pub fn new(content: Arc<Content>, waker: Waker) -> Self {
        Self {
            running: None,
            content,
            waker,
        }
    }

    /// What is running ("Saving me.ron...") and since when, if anything is.
    pub fn running(&self) -> Option<(&str, Instant)> {
        self.running
            .as_ref()
            .map(|r| (r.description.as_str(), r.started))
    }

    /// Whether a job is running.
    pub fn is_busy(&self) -> bool {
        self.running.is_some()
    }

    /// Starts `job` on a worker thread; `tr` words what the status bar says while it runs.
    ///
    /// # Errors
    /// When a job is already running, or the thread cannot be started: a sentence for the user.
    pub fn start(&mut self, job: Job, tr: &Translator) -> Result<(), String> {
        if let Some(running) = &self.running {
            return Err(format!("{}.", running.activity.wait(tr)));
        }
        let activity = job.activity();
        let description = activity.running(tr);
        let may_stop_waiting = job.only_reads();
        let (sender, answer) = channel();
        let content = Arc::clone(&self.content);
        let waker = Arc::clone(&self.waker);
        std::thread::Builder::new()
            .name("file-job".to_owned())
            .spawn(move || {
                let done = job.run(&content);
                // The app may have gone; then nobody needs the answer.
                let _ = sender.send(done);
                waker();
            })
            .map_err(|err| tr.tr_args("job-not-started", &[("detail", err.to_string().into())]))?;
        self.running = Some(Running {
            activity,
            description,
            may_stop_waiting,
            started: Instant::now(),
            answer,
        });
        Ok(())
    }

    /// Whether the running job may be given up on (reading a file that does not answer).
    pub fn may_stop_waiting(&self) -> bool {
        self.running.as_ref().is_some_and(|r| r.may_stop_waiting)
    }

    /// What is running, if anything is.
    pub fn activity(&self) -> Option<&Activity> {
        self.running.as_ref().map(|r| &r.activity)
    }

    /// Stops waiting for a running read: its worker finishes on its own and its answer is
    /// dropped. Returns what was given up on, if anything was.
    pub fn stop_waiting(&mut self) -> Option<Activity> {
        if !self.may_stop_waiting() {
            return None;
        }
        self.running.take().map(|r| r.activity)
    }

    /// The finished job's answer, once there is one.
    pub fn poll(&mut self) -> Option<Done> {
        let running = self.running.as_ref()?;
        match running.answer.try_recv() {
            Ok(done) => {
                self.running = None;
                Some(done)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                // The worker panicked; say so rather than wait forever.
                self.running = None;
                log::error!("a file operation stopped without an answer");
                None
            }
        }
    }

    /// Waits up to `timeout` for the running job's answer (for tests and for quitting).
    pub fn wait(&mut self, timeout: Duration) -> Option<Done> {
        let running = self.running.as_ref()?;
        match running.answer.recv_timeout(timeout) {
            Ok(done) => {
                self.running = None;
                Some(done)
            }
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => {
                self.running = None;
                None
            }
        }
    }
}

/// The last part of `path`, or all of it when it has none (`/`).
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}
