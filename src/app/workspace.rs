//! The app without its window.
//!
//! The open document, the screen shown, the file prompt, the unsaved-changes flow, file
//! operations and autosave, and [`Workspace::handle`], the one place a [`Command`] changes any
//! of them.
//!
//! Nothing here draws or needs a window, so every file flow (save, discard, cancel, a failed
//! save, closing while a save fails) is unit-tested below with real files in a temporary
//! folder. Work that touches the disk runs on worker threads ([`FileJobs`], [`Autosave`]) and
//! comes back through [`Workspace::poll`].

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::autosave::{Autosave, AutosaveStatus, OffReason};
use super::clock::Clock;
use super::command::{Command, UnsavedChoice};
use super::document::Document;
use super::file_error::{self, Failed};
use super::file_jobs::{Done, FileJobs, Job, Opened, Waker};
use super::native_dialog::FileDialogs;
use super::prompt::{DocKind, FileAction, FilePrompt, Then};
use super::rater::RaterSession;
use super::settings::Settings;
use super::team_document::{AddReport, TeamDocument};
use crate::domain::Content;
use crate::domain::advisor::advise;
use crate::domain::profile::ProfileId;
use crate::domain::quiz::{self, AnswerTimes, Answers};
use crate::domain::rating::{self, RatingFile, RatingRequest};
use crate::domain::report::{Report, day};
use crate::domain::team::{Added, seats};
use crate::domain::team_report::TeamReport;
use crate::export;
use crate::i18n::{Language, Translator};
use crate::storage::{self, MAX_RECENT, Recovery};
use crate::ui::Screen;

/// How long a burst of edits (dragging a number, typing notes) may wait before it is
/// autosaved; quiz answers are autosaved at once.
pub const AUTOSAVE_DELAY: Duration = Duration::from_secs(1);

/// Something the window has to do after a command: the workspace cannot do it itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Close the window: the person confirmed it.
    Close,
    /// A different profile (or none) is open, or the quiz is retaken: start the quiz again.
    RestartQuiz,
}

/// Where the unsaved-changes flow stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
enum Flow {
    /// Nothing waits.
    #[default]
    Idle,
    /// "Save your changes?" is shown for this document; this comes after it.
    Asking(Then, DocKind),
    /// A save is running; this comes after it succeeds.
    Saving(Then),
}

/// How the workspace starts.
pub struct WorkspaceOptions {
    /// The first screen.
    pub screen: Screen,
    /// Offer the system's file dialogs.
    pub native_dialogs: bool,
    /// Where to autosave; `Err` says why autosave is off.
    pub recovery_file: Result<PathBuf, String>,
    /// Recent files and the export format from the last run.
    pub settings: Settings,
    /// The language to show, when the settings name none.
    pub language: Language,
    /// Tells the time of each answer and result.
    pub clock: Clock,
}

/// The document and everything that changes it.
pub struct Workspace {
    content: Arc<Content>,
    doc: Document,
    team: TeamDocument,
    /// What the last "Add members" did, shown on the Team screen.
    add_report: Option<AddReport>,
    /// Whether team reports replace names.
    anonymise: bool,
    /// The documents whose changes the person chose to discard in the step being asked about
    /// (closing asks about both).
    discarded: Vec<DocKind>,
    screen: Screen,
    settings: Settings,
    /// The app's text in the language shown; shared with whatever draws it.
    tr: Arc<Translator>,
    flow: Flow,
    prompt: Option<FilePrompt>,
    jobs: FileJobs,
    dialogs: FileDialogs,
    native_dialogs: bool,
    autosave: Autosave,
    autosave_due: Option<Instant>,
    recovery_offer: Option<Recovery>,
    /// A command that waits for the running file operation (quitting while a save runs).
    after_job: Option<Command>,
    /// The person chose to close (after saving or discarding): the window may close even
    /// with changes unsaved.
    close_confirmed: bool,
    error: Option<String>,
    notice: Option<String>,
    effects: Vec<Effect>,
    waker: Waker,
    clock: Clock,
    /// The rating request being answered, if any.
    rater: Option<RaterSession>,
    /// How many rater sessions have started, so each starts at its first item.
    rater_sessions: u64,
    /// The person was told once that their rating is unsaved; doing it again goes ahead.
    rater_warned: bool,
}

impl Workspace {
    /// An empty, untitled document. Autosave starts looking for a crashed session's work at
    /// once; [`Self::poll`] brings the answer.
    pub fn new(content: Arc<Content>, options: WorkspaceOptions, waker: Waker) -> Self {
        let autosave = match options.recovery_file {
            Ok(file) => Autosave::start(file, Arc::clone(&content), Arc::clone(&waker)),
            Err(reason) => Autosave::off(OffReason::Given(reason)),
        };
        let team = TeamDocument::new(&default_framework(&content));
        let jobs = FileJobs::new(Arc::clone(&content), Arc::clone(&waker));
        // `content` is in English; the screens show it in the language chosen.
        let shown = if options.language == Language::English {
            content
        } else {
            content_in(&content, options.language)
        };
        Self {
            team,
            jobs,
            content: shown,
            doc: Document::default(),
            add_report: None,
            anonymise: false,
            discarded: Vec::new(),
            screen: options.screen,
            tr: Arc::new(Translator::new(options.language)),
            settings: options.settings,
            flow: Flow::Idle,
            prompt: None,
            dialogs: FileDialogs::default(),
            native_dialogs: options.native_dialogs,
            autosave,
            autosave_due: None,
            recovery_offer: None,
            after_job: None,
            close_confirmed: false,
            error: None,
            notice: None,
            effects: Vec::new(),
            waker,
            clock: options.clock,
            rater: None,
            rater_sessions: 0,
            rater_warned: false,
        }
    }

    // ---- Reading ------------------------------------------------------------------------

    /// The shipped content.
    pub fn content(&self) -> &Content {
        &self.content
    }

    /// The open document.
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The open team.
    pub fn team(&self) -> &TeamDocument {
        &self.team
    }

    /// What the last "Add members" did.
    pub fn add_report(&self) -> Option<&AddReport> {
        self.add_report.as_ref()
    }

    /// Whether team reports replace names with "Member 1", "Member 2", ...
    pub fn anonymise(&self) -> bool {
        self.anonymise
    }

    /// The screen shown.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// The document the screen shown works on: the team on the Team screen, else the profile.
    pub fn screen_document(&self) -> DocKind {
        if self.screen == Screen::Team {
            DocKind::Team
        } else {
            DocKind::Profile
        }
    }

    /// Whether `kind`'s document has unsaved changes.
    pub fn is_dirty(&self, kind: DocKind) -> bool {
        match kind {
            DocKind::Profile => self.doc.is_dirty(),
            DocKind::Team => self.team.is_dirty(),
        }
    }

    /// The window title: the team's file on the Team screen, else the profile's.
    pub fn window_title(&self) -> String {
        match self.screen_document() {
            DocKind::Profile => self.doc.window_title(&self.tr),
            DocKind::Team => self.team.window_title(&self.tr),
        }
    }

    /// The name of the document "Save your changes?" is about.
    pub fn unsaved_name(&self) -> Option<String> {
        let Flow::Asking(_, kind) = &self.flow else {
            return None;
        };
        Some(match kind {
            DocKind::Profile if self.doc.path().is_some() => self.doc.display_name(&self.tr),
            DocKind::Profile => self.tr.tr("unsaved-this-profile"),
            DocKind::Team if self.team.path().is_some() => self.team.display_name(&self.tr),
            DocKind::Team => self.tr.tr("unsaved-this-team"),
        })
    }

    /// Settings to keep for the next run.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The app's text in the language shown.
    pub fn translator(&self) -> &Arc<Translator> {
        &self.tr
    }

    /// The open file prompt, if any; its path field is edited in place as the person types.
    pub fn prompt_mut(&mut self) -> Option<&mut FilePrompt> {
        self.prompt.as_mut()
    }

    /// Whether the file prompt is open.
    pub fn prompt_open(&self) -> bool {
        self.prompt.is_some()
    }

    /// Whether "Save your changes?" is shown.
    pub fn asking_unsaved(&self) -> bool {
        matches!(self.flow, Flow::Asking(..))
    }

    /// The crashed session's work on offer, if any.
    pub fn recovery_offer(&self) -> Option<&Recovery> {
        self.recovery_offer.as_ref()
    }

    /// Whether the system's file dialog is open.
    pub fn dialog_open(&self) -> bool {
        self.dialogs.is_open()
    }

    /// Whether the system's file dialogs are offered.
    pub fn native_dialogs(&self) -> bool {
        self.native_dialogs
    }

    /// What file operation is running ("Saving me.ron...") and since when.
    pub fn running(&self) -> Option<(&str, Instant)> {
        self.jobs.running()
    }

    /// Whether the running file operation is a read that may be given up on.
    pub fn may_stop_waiting(&self) -> bool {
        self.jobs.may_stop_waiting()
    }

    /// Whether a file operation or an autosave has not finished.
    pub fn is_busy(&self) -> bool {
        self.jobs.is_busy() || self.autosave.is_busy()
    }

    /// Autosave's state for the status bar.
    pub fn autosave_status(&self) -> &AutosaveStatus {
        self.autosave.status()
    }

    /// The error shown to the person, if any.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// The last thing that happened ("Saved me.ron"), for the status bar.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// When the next delayed autosave is due.
    pub fn autosave_due(&self) -> Option<Instant> {
        self.autosave_due
    }

    /// What the window must do, once each.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    // ---- Applying commands --------------------------------------------------------------

    /// Applies `command`. The only place the document, the prompt or the flow changes.
    pub fn handle(&mut self, command: Command) {
        if self.jobs.is_busy() && touches_files(&command) {
            self.wait_for_job(command);
            return;
        }
        match command {
            Command::Show(screen) => self.screen = screen,
            Command::SetTeam(team) => {
                self.doc.edit(|p| p.team = Some(team));
                self.autosave_later();
            }
            Command::SetAnswer { item, value } => {
                let now = self.clock.now();
                self.doc.edit(|p| {
                    p.answer_times.set(item.as_str(), now);
                    p.answers.set(item, value);
                });
                self.autosave_now();
            }
            Command::SubmitQuiz => self.submit_quiz(),
            Command::Retake => {
                self.doc.edit(|p| {
                    p.answers = Answers::default();
                    p.answer_times = AnswerTimes::default();
                });
                self.effects.push(Effect::RestartQuiz);
                self.screen = Screen::Quiz;
                self.autosave_now();
            }
            Command::SetDetails { name, notes } => {
                self.doc.edit(|p| {
                    p.name = name;
                    p.notes = notes;
                });
                self.autosave_later();
            }
            command @ (Command::SetTeamName(_)
            | Command::SetTeamInputs(_)
            | Command::SetFramework(_)
            | Command::RemoveMember(_)
            | Command::PinSeat { .. }
            | Command::ClearPins
            | Command::AddMembers
            | Command::AddMemberPaths(_)
            | Command::NewTeam
            | Command::SaveTeam
            | Command::SetAnonymise(_)) => self.handle_team(command),
            Command::New => self.after_unsaved_check(Then::New(self.screen_document())),
            // The file is read first: unsaved changes are asked about only when it turns out to
            // replace the document that has them (a rating or a request replaces nothing).
            Command::Open => self.show_prompt(FileAction::Open, None),
            Command::OpenPath(path) => self.start_open(path, self.screen_document(), false),
            Command::OpenDropped(path) => self.open_dropped(path),
            Command::Quit => self.quit(),
            command @ (Command::AskForRating
            | Command::AddRating
            | Command::RaterAnswer { .. }
            | Command::SetRater { .. }
            | Command::SaveRating
            | Command::StopRating) => self.handle_rating(command),
            // While a rating request is answered on the Quiz screen, Save saves the rating.
            Command::Save if self.rater.is_some() && self.screen == Screen::Quiz => {
                self.handle_rating(Command::SaveRating);
            }
            Command::Save => self.save(self.screen_document(), None),
            Command::SaveAs => {
                let action = match self.screen_document() {
                    DocKind::Profile => FileAction::SaveAs,
                    DocKind::Team => FileAction::SaveTeamAs,
                };
                self.show_prompt(action, None);
            }
            Command::Export => {
                let action = match self.screen_document() {
                    DocKind::Profile => FileAction::Export,
                    DocKind::Team => FileAction::ExportTeam,
                };
                self.show_prompt(action, None);
            }
            Command::SetExportFormat(format) => {
                self.settings.export_format = format;
                if let Some(prompt) = &mut self.prompt
                    && matches!(prompt.action, FileAction::Export | FileAction::ExportTeam)
                {
                    prompt.set_extension(format);
                }
            }
            Command::ClearRecent => self.settings.recent_files.clear(),
            Command::SetLanguage(language) => self.set_language(language),
            Command::PromptSubmit(path) => self.submit_prompt(path),
            Command::PromptBrowse => self.browse(),
            Command::PromptCancel => {
                self.prompt = None;
                self.discarded.clear();
            }
            Command::Unsaved(choice) => self.answer_unsaved(choice),
            Command::Restore(restore) => self.answer_recovery(restore),
            Command::StopWaiting => self.stop_waiting(),
            Command::ShowProblem(detail) => self.error = Some(detail),
            Command::DismissError => self.error = None,
            // Window-only commands are the window's; nothing to do here.
            Command::ShowDetails(_) | Command::ShowAbout(_) | Command::SetTheme(_) => {}
        }
    }

    /// Shows `language` from now on and remembers the choice. The status bar says so in it,
    /// in place of a notice written in the language before.
    fn set_language(&mut self, language: Language) {
        self.settings.language = Some(language);
        if self.tr.language() != language {
            self.tr = Arc::new(Translator::new(language));
            self.content = content_in(&self.content, language);
            self.notice = Some(self.tr.tr_args(
                "notice-language",
                &[("language", language.native_name().into())],
            ));
        }
    }

    /// Closes the window once unsaved work is dealt with (a rater's answers are warned about
    /// once).
    fn quit(&mut self) {
        if !self.rating_unsaved_warning("closing") {
            self.after_unsaved_check(Then::Close);
        }
    }

    /// Gives up on a read that does not answer (a silent pipe).
    fn stop_waiting(&mut self) {
        if let Some(activity) = self.jobs.stop_waiting() {
            self.notice = Some(activity.stopped(&self.tr));
        }
    }

    /// The Team screen's commands.
    fn handle_team(&mut self, command: Command) {
        match command {
            Command::SetTeamName(name) => self.team.edit(|t| t.name = name),
            Command::SetTeamInputs(inputs) => {
                self.team.edit(|t| t.inputs = inputs);
                self.drop_stale_pins();
            }
            Command::SetFramework(framework)
                if self.content.advisor.framework(&framework).is_some() =>
            {
                self.team.edit(|t| t.framework = framework);
                self.drop_stale_pins();
            }
            Command::RemoveMember(profile_id) => {
                let name = self.team.team().member(&profile_id).map(|m| m.name.clone());
                if self.team.remove_member(&profile_id) {
                    self.notice = name.map(|name| {
                        self.tr
                            .tr_args("notice-member-removed", &[("name", name.into())])
                    });
                }
            }
            Command::PinSeat { seat, profile_id } => self.team.pin(seat, profile_id),
            Command::ClearPins => self.team.clear_pins(),
            Command::AddMembers => self.show_prompt(FileAction::AddMembers, None),
            Command::AddMemberPaths(paths) if !paths.is_empty() => {
                self.start(Job::ReadMembers { paths });
            }
            Command::NewTeam => self.after_unsaved_check(Then::New(DocKind::Team)),
            Command::SaveTeam => self.save(DocKind::Team, None),
            Command::SetAnonymise(anonymise) => self.anonymise = anonymise,
            // An unknown framework, no paths, and the rest (`handle` sends only the team's
            // commands here) do nothing.
            _ => {}
        }
    }

    /// Takes in what the workers finished: file operations, autosave, the system dialog; and
    /// autosaves a burst of edits once it is due. Called once a frame.
    pub fn poll(&mut self, now: Instant) {
        if let Some(done) = self.jobs.poll() {
            self.finish(done);
        }
        if let Some(found) = self.autosave.poll() {
            self.found_recovery(found);
        }
        if let Some(chosen) = self.dialogs.poll() {
            self.dialog_answered(chosen);
        }
        if self.autosave_due.is_some_and(|due| now >= due) {
            self.autosave_now();
        }
    }

    /// Waits up to `timeout` for every file operation and autosave to finish, taking in their
    /// answers (for tests, and for quitting).
    pub fn settle(&mut self, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if let Some(done) = self.jobs.wait(left) {
                self.finish(done);
            }
            if let Some(found) = self.autosave.flush(left) {
                self.found_recovery(found);
            }
            if !self.is_busy() || Instant::now() >= deadline {
                return;
            }
        }
    }

    /// The window was asked to close (its close button, the window manager). Returns whether
    /// it may close now; otherwise the workspace asks first or waits for a save.
    pub fn close_requested(&mut self) -> bool {
        if !self.close_confirmed && self.rating_unsaved_warning("closing") {
            return false;
        }
        if self.close_confirmed
            || (!self.doc.is_dirty() && !self.team.is_dirty() && !self.jobs.is_busy())
        {
            return true;
        }
        if !matches!(
            self.flow,
            Flow::Asking(Then::Close, _) | Flow::Saving(Then::Close)
        ) {
            self.handle(Command::Quit);
        }
        false
    }

    // ---- The document -------------------------------------------------------------------

    fn submit_quiz(&mut self) {
        let profile = self.doc.profile();
        match quiz::score_with_times(&self.content.quiz, &profile.answers, &profile.answer_times) {
            Ok(result) => {
                let now = self.clock.now();
                let language = self.tr.language();
                self.doc.edit(|p| p.record_result(result, now, language));
                self.screen = Screen::Results;
                self.autosave_now();
            }
            Err(err) => {
                let message = self.tr.tr_args(
                    "error-quiz-not-scored",
                    &[("detail", err.message(&self.tr).into())],
                );
                self.report_error(message);
            }
        }
    }

    fn autosave_now(&mut self) {
        self.autosave_due = None;
        let path = self.doc.path().map(Path::to_path_buf);
        self.autosave.write(self.doc.profile(), path);
    }

    fn autosave_later(&mut self) {
        if self.autosave_due.is_none() {
            self.autosave_due = Some(Instant::now() + AUTOSAVE_DELAY);
            (self.waker)();
        }
    }

    /// The recovery file is not needed any more: the work is on disk or was discarded.
    fn clear_autosave(&mut self) {
        self.autosave_due = None;
        self.autosave.clear();
    }

    fn replace_document(&mut self, doc: Document) {
        self.doc = doc;
        self.effects.push(Effect::RestartQuiz);
    }

    // ---- The unsaved-changes flow -------------------------------------------------------

    /// Runs `then` now, or first asks what to do with the unsaved changes it would lose: the
    /// profile's, then the team's, leaving out those already discarded for this step.
    fn after_unsaved_check(&mut self, then: Then) {
        let dirty = then
            .replaces()
            .iter()
            .copied()
            .find(|&kind| self.is_dirty(kind) && !self.discarded.contains(&kind));
        if let Some(kind) = dirty {
            self.flow = Flow::Asking(then, kind);
        } else {
            let discarding = std::mem::take(&mut self.discarded);
            self.proceed(then, discarding.contains(&DocKind::Profile));
        }
    }

    /// After a change to the team's inputs or framework: pins on seats the advice no longer
    /// has are dropped (a pinned product owner 3 when only two are needed).
    fn drop_stale_pins(&mut self) {
        let team = self.team.team();
        let Some(framework) = self.content.advisor.framework(&team.framework) else {
            return;
        };
        let verdict = advise(&team.inputs, &self.content.advisor).verdict;
        let seats = seats(verdict, framework, &team.inputs);
        for pin in self.team.pins().to_vec() {
            if !seats.contains(&pin.seat) {
                self.team.pin(pin.seat, None);
            }
        }
    }

    /// A file dropped on the window: profiles and teams are opened, anything else is
    /// explained (a dropped picture or report is far more likely a slip than a profile with an
    /// odd name).
    fn open_dropped(&mut self, path: PathBuf) {
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
        {
            self.start_open(path, self.screen_document(), false);
        } else {
            let message = self.tr.tr_args(
                "error-not-ron",
                &[("path", path.display().to_string().into())],
            );
            self.report_error(message);
        }
    }

    fn answer_unsaved(&mut self, choice: UnsavedChoice) {
        let Flow::Asking(then, kind) = std::mem::take(&mut self.flow) else {
            return;
        };
        match choice {
            // Ask where first when it has no file; the step waits for the save.
            UnsavedChoice::Save => self.save(kind, Some(then)),
            UnsavedChoice::Discard => {
                self.discarded.push(kind);
                self.after_unsaved_check(then);
            }
            UnsavedChoice::Cancel => self.discarded.clear(),
        }
    }

    /// Saves `kind`'s document to its file, or asks where; `then` waits for the save.
    fn save(&mut self, kind: DocKind, then: Option<Then>) {
        let path = match kind {
            DocKind::Profile => self.doc.path(),
            DocKind::Team => self.team.path(),
        };
        match (path.map(Path::to_path_buf), kind) {
            (Some(path), _) => self.start_save(kind, path, then),
            (None, DocKind::Profile) => self.show_prompt(FileAction::SaveAs, then),
            (None, DocKind::Team) => self.show_prompt(FileAction::SaveTeamAs, then),
        }
    }

    /// Carries out `then`. `discarding` says the person chose to drop unsaved changes.
    fn proceed(&mut self, then: Then, discarding: bool) {
        match then {
            Then::Close => {
                if discarding {
                    self.clear_autosave();
                }
                self.close_confirmed = true;
                self.effects.push(Effect::Close);
            }
            Then::New(DocKind::Profile) => {
                self.replace_document(Document::default());
                self.clear_autosave();
                self.notice = Some(self.tr.tr("notice-new-profile"));
            }
            Then::New(DocKind::Team) => {
                self.replace_team(TeamDocument::new(&default_framework(&self.content)));
                self.notice = Some(self.tr.tr("notice-new-team"));
            }
            // The open document stays, unsaved changes and all, until the new one is read:
            // if it cannot be, nothing is lost.
            Then::Open(path, expect) => self.start_open(path, expect, true),
        }
    }

    // ---- File prompts -------------------------------------------------------------------

    fn show_prompt(&mut self, action: FileAction, then: Option<Then>) {
        let export = self.settings.export_format.extension();
        let suggested = match action {
            FileAction::Open | FileAction::AddMembers | FileAction::AddRating => String::new(),
            FileAction::SaveRequest => {
                self.suggested_sibling(DocKind::Profile, "rating-request.ron")
            }
            FileAction::SaveRating => self.suggested_rating_path(),
            FileAction::SaveAs => self.suggested_path(DocKind::Profile, "ron"),
            FileAction::SaveTeamAs => self.suggested_path(DocKind::Team, "ron"),
            FileAction::Export => self.suggested_path(DocKind::Profile, export),
            FileAction::ExportTeam => self.suggested_path(DocKind::Team, export),
        };
        self.prompt = Some(FilePrompt::new(action, suggested, then));
        if self.native_dialogs {
            self.browse();
        }
    }

    /// A path next to `kind`'s open file (or in the current folder) with the given extension.
    fn suggested_path(&self, kind: DocKind, extension: &str) -> String {
        let (path, fallback) = match kind {
            DocKind::Profile => (self.doc.path(), "profile"),
            DocKind::Team => (self.team.path(), "team"),
        };
        let stem = path
            .and_then(Path::file_stem)
            .map_or_else(|| fallback.to_owned(), |s| s.to_string_lossy().into_owned());
        let folder = path
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        folder
            .join(format!("{stem}.{extension}"))
            .display()
            .to_string()
    }

    fn browse(&mut self) {
        let Some(prompt) = &mut self.prompt else {
            return;
        };
        let request = prompt.dialog_request(self.settings.export_format, &self.tr);
        if !self.dialogs.start(request, &self.waker) {
            prompt.note = Some(self.tr.tr("prompt-dialog-open"));
        }
    }

    fn dialog_answered(&mut self, chosen: Option<Vec<PathBuf>>) {
        let Some(prompt) = &mut self.prompt else {
            return;
        };
        if prompt.action == FileAction::AddMembers
            && let Some(paths) = chosen
        {
            prompt.path = paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join("\n");
            self.handle(Command::AddMemberPaths(paths));
            return;
        }
        match chosen.and_then(|paths| paths.into_iter().next()) {
            Some(path) => {
                prompt.path = path.display().to_string();
                // The system dialog already asked before replacing a file.
                prompt.overwrite_asked = Some(path.clone());
                self.submit_prompt(path);
            }
            None => {
                prompt.note = Some(self.tr.tr("prompt-nothing-chosen"));
            }
        }
    }

    fn submit_prompt(&mut self, path: PathBuf) {
        let Some(action) = self.prompt.as_ref().map(|p| p.action) else {
            return;
        };
        if self.would_replace_unasked(action, &path) {
            if let Some(prompt) = &mut self.prompt {
                prompt.note = Some(self.tr.tr_args(
                    "prompt-replace",
                    &[
                        ("path", path.display().to_string().into()),
                        ("button", action.button(&self.tr).into()),
                    ],
                ));
                prompt.overwrite_asked = Some(path);
            }
            return;
        }
        match action {
            FileAction::Open => self.start_open(path, self.screen_document(), false),
            FileAction::SaveAs | FileAction::SaveTeamAs => {
                let kind = if action == FileAction::SaveAs {
                    DocKind::Profile
                } else {
                    DocKind::Team
                };
                let then = self.prompt.as_mut().and_then(|p| p.then.take());
                self.start_save(kind, path, then);
            }
            FileAction::Export => self.start_export(path),
            FileAction::ExportTeam => self.start_team_export(path),
            FileAction::AddMembers => self.handle(Command::AddMemberPaths(vec![path])),
            FileAction::AddRating => {
                self.start(Job::ReadRating { path });
            }
            FileAction::SaveRequest => {
                match RatingRequest::for_profile(self.doc.profile(), &self.content.quiz) {
                    Ok(request) => {
                        self.start(Job::SaveRequest {
                            path,
                            request: Box::new(request),
                        });
                    }
                    Err(err) => {
                        let headline = self.tr.tr("error-request-not-written");
                        self.report_error(format!("{headline}\n{}", err.message(&self.tr)));
                    }
                }
            }
            FileAction::SaveRating => {
                if let Some(session) = &self.rater {
                    let rating = session.rating(self.clock.now());
                    self.start(Job::SaveRating {
                        path,
                        rating: Box::new(rating),
                    });
                }
            }
        }
    }

    /// Whether writing `path` would replace a file the person has not agreed to replace: an
    /// existing file other than the open profile's own, not asked about yet.
    fn would_replace_unasked(&self, action: FileAction, path: &Path) -> bool {
        let own = |file: Option<&Path>| file == Some(absolute(path).as_path());
        let own_file = (action == FileAction::SaveAs && own(self.doc.path()))
            || (action == FileAction::SaveTeamAs && own(self.team.path()));
        let asked = self
            .prompt
            .as_ref()
            .is_some_and(|p| p.overwrite_asked.as_deref() == Some(path));
        action.writes() && path.exists() && !own_file && !asked
    }

    // ---- File operations ----------------------------------------------------------------

    /// Reads `path` (taken for `expect` when its kind cannot be seen first); `asked` says the
    /// unsaved changes it would replace were asked about already.
    fn start_open(&mut self, path: PathBuf, expect: DocKind, asked: bool) {
        self.start(Job::Open {
            path,
            expect,
            asked,
        });
    }

    fn start_save(&mut self, kind: DocKind, path: PathBuf, then: Option<Then>) {
        let job = match kind {
            DocKind::Profile => {
                // The first save gives the profile its id; Save As keeps it, as it is the same
                // person.
                self.doc.ensure_id();
                Job::Save {
                    path,
                    profile: Box::new(self.doc.profile().clone()),
                    revision: self.doc.revision(),
                }
            }
            DocKind::Team => Job::SaveTeam {
                path,
                team: Box::new(self.team.team().clone()),
                revision: self.team.revision(),
            },
        };
        if self.start(job) {
            self.flow = then.map_or(Flow::Idle, Flow::Saving);
        }
    }

    fn start_export(&mut self, path: PathBuf) {
        let format = self.settings.export_format;
        let today = day(time::OffsetDateTime::now_utc());
        let (content, tr) = self.in_profile_language();
        let report = Report::from_profile(&content, self.doc.profile(), today);
        let text = export::render(&report, format, &tr);
        self.start(Job::Export { path, text, format });
    }

    /// The content and text in the language the profile's newest result was written in, so a
    /// report never mixes that result's sentences with headings in another language; the
    /// language shown when the profile has no result yet.
    fn in_profile_language(&self) -> (Arc<Content>, Arc<Translator>) {
        match self.doc.profile().language {
            Some(language) if language != self.tr.language() => (
                content_in(&self.content, language),
                Arc::new(Translator::new(language)),
            ),
            _ => (Arc::clone(&self.content), Arc::clone(&self.tr)),
        }
    }

    /// Exports the team report, with names replaced when the person asked for it. The report
    /// is made here, from the team as it is now; writing it runs on a worker.
    fn start_team_export(&mut self, path: PathBuf) {
        let format = self.settings.export_format;
        let report = TeamReport::new(
            self.team.team(),
            &self.content,
            self.team.pins(),
            self.anonymise,
        );
        match report {
            Ok(report) => {
                let text = export::render_team(&report, format, self.translator());
                self.start(Job::Export { path, text, format });
            }
            Err(err) => {
                let headline = self.tr.tr("error-team-report");
                let why = err.message(&self.content.advisor.staffing, &self.tr);
                self.report_error(format!("{headline}\n{why}"));
            }
        }
    }

    /// Starts `job`; says why on the screen when it cannot start.
    fn start(&mut self, job: Job) -> bool {
        match self.jobs.start(job, &self.tr) {
            Ok(()) => true,
            Err(why) => {
                self.report_error(why);
                false
            }
        }
    }

    /// A command that needs the disk while another operation runs: quitting waits for it;
    /// anything else is refused with a reason, so nothing happens behind the person's back.
    fn wait_for_job(&mut self, command: Command) {
        let Some(running) = self.jobs.activity().cloned() else {
            return;
        };
        if command == Command::Quit && self.jobs.may_stop_waiting() {
            // Reading can be given up on safely: quitting does not wait for a silent pipe.
            self.jobs.stop_waiting();
            self.handle(command);
        } else if command == Command::Quit {
            self.notice = Some(running.closing(&self.tr));
            self.after_job = Some(command);
        } else {
            self.notice = Some(running.wait(&self.tr));
        }
    }

    /// Takes in a finished file operation.
    fn finish(&mut self, done: Done) {
        match done {
            Done::Opened {
                path,
                asked,
                result,
                ..
            } => self.opened(&path, asked, result),
            Done::Saved {
                path,
                revision,
                result,
            } => self.saved(DocKind::Profile, &path, revision, result),
            Done::TeamSaved {
                path,
                revision,
                result,
            } => self.saved(DocKind::Team, &path, revision, result),
            Done::MembersRead { batch } => self.members_read(batch),
            Done::RatingFileSaved {
                path,
                request,
                result,
            } => self.rating_file_saved(&path, request, result),
            Done::Exported {
                path,
                format,
                result,
            } => match result {
                Ok(()) => {
                    self.prompt = None;
                    self.notice = Some(self.tr.tr_args(
                        "notice-exported",
                        &[
                            ("format", format.label(&self.tr).into()),
                            ("path", path.display().to_string().into()),
                        ],
                    ));
                }
                Err(err) => {
                    let message = file_error::message(&self.tr, Failed::Export, &path, &err);
                    self.report_error(message);
                }
            },
        }
        if let Some(command) = self.after_job.take() {
            self.handle(command);
        }
    }

    /// Takes in a document read from `path`. A file of the other kind
    /// replaces that kind's document only if it has no unsaved changes: those were not asked
    /// about.
    fn opened(&mut self, path: &Path, asked: bool, result: Result<Opened, storage::StorageError>) {
        let opened = match result {
            Ok(Opened::RatingRequest(request)) => return self.start_rating(*request),
            Ok(Opened::Rating(rating)) => return self.add_rating(*rating),
            Ok(opened) => opened,
            // The open documents are kept as they were.
            Err(err) => {
                let message = file_error::message(&self.tr, Failed::Open, path, &err);
                self.report_error(message);
                return;
            }
        };
        let path = absolute(path);
        let kind = match &opened {
            Opened::Team(_) => DocKind::Team,
            _ => DocKind::Profile,
        };
        if !asked && self.is_dirty(kind) {
            // Asked now that it is known what the file replaces; it is read again afterwards.
            self.prompt = None;
            self.after_unsaved_check(Then::Open(path, kind));
            return;
        }
        self.notice = Some(self.tr.tr_args(
            "notice-opened",
            &[("path", path.display().to_string().into())],
        ));
        self.remember_recent(&path);
        self.prompt = None;
        match opened {
            Opened::Profile(profile) => {
                self.replace_document(Document::opened(*profile, path));
                self.clear_autosave();
                if self.screen == Screen::Team {
                    self.screen = Screen::Results;
                }
            }
            Opened::Team(team) => {
                self.replace_team(TeamDocument::opened(*team, path));
                self.screen = Screen::Team;
            }
            // Taken in above.
            Opened::RatingRequest(_) | Opened::Rating(_) => {}
        }
    }

    fn replace_team(&mut self, team: TeamDocument) {
        self.team = team;
        self.add_report = None;
    }

    /// Adds the members read, in order, and says what happened.
    fn members_read(&mut self, batch: storage::MemberBatch) {
        let mut report = AddReport::default();
        for skipped in batch.skipped {
            report
                .unreadable
                .push(file_error::in_list(&self.tr, &skipped.path, &skipped.error));
        }
        for (path, member) in batch.members {
            let name = member.name.clone();
            let no_result = member.latest_result.is_none();
            match self.team.edit(|t| t.add_or_update(member)) {
                Ok(Added::New) => report.added += 1,
                Ok(Added::Updated) => report.updated.push(name.clone()),
                Err(err) => {
                    let why = err.message(&self.tr);
                    report.unreadable.push(format!("{}: {why}", path.display()));
                    continue;
                }
            }
            if no_result {
                report.no_result.push(name);
            }
        }
        if self
            .prompt
            .as_ref()
            .is_some_and(|p| p.action == FileAction::AddMembers)
        {
            self.prompt = None;
        }
        self.notice = Some(report.summary_in(&self.tr));
        self.add_report = Some(report);
    }

    fn saved(
        &mut self,
        kind: DocKind,
        path: &Path,
        revision: u64,
        result: Result<(), storage::StorageError>,
    ) {
        let then = match std::mem::take(&mut self.flow) {
            Flow::Saving(then) => Some(then),
            other => {
                self.flow = other;
                None
            }
        };
        match result {
            Ok(()) => {
                let path = absolute(path);
                self.notice = Some(self.tr.tr_args(
                    "notice-saved",
                    &[("path", path.display().to_string().into())],
                ));
                self.remember_recent(&path);
                match kind {
                    DocKind::Profile => self.doc.saved(path, revision),
                    DocKind::Team => self.team.saved(path, revision),
                }
                if self.prompt.as_ref().is_some_and(|p| {
                    matches!(p.action, FileAction::SaveAs | FileAction::SaveTeamAs)
                }) {
                    self.prompt = None;
                }
                if kind == DocKind::Profile && !self.doc.is_dirty() {
                    self.clear_autosave();
                }
                // Closing asks about the other document next.
                if let Some(then) = then {
                    self.after_unsaved_check(then);
                }
            }
            // The document and the file on disk are as they were; a step that waited for the
            // save (closing the window) does not happen.
            Err(err) => {
                self.discarded.clear();
                let failed = match kind {
                    DocKind::Profile => Failed::SaveProfile,
                    DocKind::Team => Failed::SaveTeam,
                };
                let message = file_error::message(&self.tr, failed, &absolute(path), &err);
                self.report_error(message);
            }
        }
    }

    fn remember_recent(&mut self, path: &Path) {
        storage::push_recent(&mut self.settings.recent_files, path.to_owned(), MAX_RECENT);
    }

    // ---- Autosaved work from a crash ----------------------------------------------------

    fn found_recovery(&mut self, found: Result<Option<Recovery>, storage::StorageError>) {
        match found {
            Ok(Some(offer)) => self.recovery_offer = Some(offer),
            Ok(None) => self.resume_autosave(),
            Err(err) => {
                let headline = self.tr.tr("error-recovery");
                let reason = file_error::reason(&self.tr, &err);
                self.report_error(format!("{headline}\n{reason}"));
                self.resume_autosave();
            }
        }
    }

    fn answer_recovery(&mut self, restore: bool) {
        let Some(offer) = self.recovery_offer.take() else {
            return;
        };
        if restore {
            self.replace_document(Document::restored(offer.profile, offer.original_path));
            self.notice = Some(self.tr.tr("notice-restored"));
        } else {
            self.autosave.clear();
        }
        self.resume_autosave();
    }

    /// Autosave may write again: the offer to restore has been answered (or there was none).
    /// Work done while it waited is written now.
    fn resume_autosave(&mut self) {
        self.autosave.release();
        if self.doc.is_dirty() {
            self.autosave_now();
        }
    }

    /// Shows an error to the person and logs it, once.
    fn report_error(&mut self, message: String) {
        log::error!("{message}");
        self.error = Some(message);
    }
}

impl Workspace {
    // ---- A second opinion -------------------------------------------------------------

    /// The rating request being answered, if any.
    pub fn rater(&self) -> Option<&RaterSession> {
        self.rater.as_ref()
    }

    fn handle_rating(&mut self, command: Command) {
        match command {
            Command::AskForRating => {
                // A request names the profile by its id: one it has kept since its first
                // save, or one given now (saving keeps it).
                if self.doc.profile().id.is_none() {
                    self.doc.edit(|p| {
                        p.ensure_id(|| ProfileId::from(uuid::Uuid::new_v4()));
                    });
                    self.autosave_now();
                }
                self.show_prompt(FileAction::SaveRequest, None);
            }
            Command::AddRating => self.show_prompt(FileAction::AddRating, None),
            Command::RaterAnswer { item, value } => {
                if let Some(session) = &mut self.rater {
                    session.answers.set(item, value);
                    session.dirty = true;
                    self.rater_warned = false;
                }
            }
            Command::SetRater { name, anonymous } => {
                if let Some(session) = &mut self.rater {
                    session.rater = name;
                    session.anonymous = anonymous;
                    session.dirty |= !session.answers.is_empty();
                    self.rater_warned = false;
                }
            }
            Command::SaveRating => match &self.rater {
                Some(session) if session.answers.is_empty() => {
                    self.notice = Some(self.tr.tr("notice-rating-empty"));
                }
                Some(_) => self.show_prompt(FileAction::SaveRating, None),
                None => {}
            },
            Command::StopRating if !self.rating_unsaved_warning("stopping") => {
                if let Some(session) = self.rater.take() {
                    let name = self.person(&session.request.name);
                    self.notice = Some(
                        self.tr
                            .tr_args("notice-rating-stopped", &[("name", name.into())]),
                    );
                }
                self.rater_warned = false;
            }
            // `handle` sends only these commands here.
            _ => {}
        }
    }

    /// The name of the person a rating is about, or "this person" when their profile has none.
    fn person(&self, name: &str) -> String {
        let name = name.trim();
        if name.is_empty() {
            self.tr.tr("rating-unnamed")
        } else {
            name.to_owned()
        }
    }

    /// Whether unsaved rater answers hold up `doing` ("closing", "stopping"): the first time,
    /// the person is told and nothing happens; asked again, it goes ahead.
    fn rating_unsaved_warning(&mut self, doing: &str) -> bool {
        let unsaved = self.rater.as_ref().is_some_and(|s| s.dirty);
        if !unsaved || self.rater_warned {
            return false;
        }
        self.rater_warned = true;
        let name = self
            .rater
            .as_ref()
            .map(|s| self.person(&s.request.name))
            .unwrap_or_default();
        self.screen = Screen::Quiz;
        let message = self.tr.tr_args(
            "error-rating-unsaved",
            &[("name", name.into()), ("doing", doing.into())],
        );
        self.report_error(message);
        true
    }

    /// A rating request was opened: the Quiz screen asks its items until the rater saves.
    fn start_rating(&mut self, request: RatingRequest) {
        if let Some(session) = &self.rater
            && session.dirty
            && session.request != request
        {
            let name = self.person(&session.request.name);
            let message = self
                .tr
                .tr_args("error-rating-busy", &[("name", name.into())]);
            self.report_error(message);
            return;
        }
        self.prompt = None;
        self.rater_sessions += 1;
        let name = self.person(&request.name);
        self.rater = Some(RaterSession::new(
            request,
            &self.content.quiz,
            self.rater_sessions,
        ));
        self.screen = Screen::Quiz;
        self.notice = Some(
            self.tr
                .tr_args("notice-rating-request", &[("name", name.into())]),
        );
    }

    /// A rating was opened or dropped: it is added to the open profile if it is for it.
    fn add_rating(&mut self, file: RatingFile) {
        let rater = file
            .rating
            .rater
            .clone()
            .unwrap_or_else(|| self.tr.tr("rating-anonymous-rater"));
        let whose = self.person(&file.name);
        if self.doc.profile().id.is_none() {
            let message = self
                .tr
                .tr_args("error-rating-no-profile", &[("name", whose.into())]);
            self.report_error(message);
            return;
        }
        let mut updated = self.doc.profile().clone();
        match updated.add_rating(file) {
            Ok(rating::Added::New) => {
                self.doc.edit(|p| *p = updated);
                self.autosave_now();
                self.prompt = None;
                self.screen = Screen::Results;
                let count = self.doc.profile().ratings.len();
                self.notice = Some(self.tr.tr_args(
                    "notice-rating-added",
                    &[("rater", rater.into()), ("count", count.into())],
                ));
            }
            Ok(rating::Added::AlreadyThere) => {
                self.prompt = None;
                self.notice = Some(
                    self.tr
                        .tr_args("notice-rating-already-there", &[("rater", rater.into())]),
                );
            }
            Err(err) => {
                let headline = self.tr.tr("error-add-rating");
                self.report_error(format!("{headline}\n{}", err.message(&self.tr)));
            }
        }
    }

    fn rating_file_saved(
        &mut self,
        path: &Path,
        request: bool,
        result: Result<(), storage::StorageError>,
    ) {
        let path = absolute(path);
        match result {
            Ok(()) if request => {
                self.prompt = None;
                self.notice = Some(self.tr.tr_args(
                    "notice-request-written",
                    &[("path", path.display().to_string().into())],
                ));
            }
            Ok(()) => {
                self.prompt = None;
                let name = self
                    .rater
                    .as_mut()
                    .map(|session| {
                        session.dirty = false;
                        session.saved_to = Some(path.clone());
                        session.request.name.clone()
                    })
                    .unwrap_or_default();
                let name = self.person(&name);
                self.notice = Some(self.tr.tr_args(
                    "notice-rating-saved",
                    &[
                        ("path", path.display().to_string().into()),
                        ("name", name.into()),
                    ],
                ));
            }
            Err(err) => {
                let failed = if request {
                    Failed::SaveRequest
                } else {
                    Failed::SaveRating
                };
                let message = file_error::message(&self.tr, failed, &path, &err);
                self.report_error(message);
            }
        }
    }

    /// `<profile file's stem>-<suffix>` next to `kind`'s file (or in the current folder).
    fn suggested_sibling(&self, kind: DocKind, suffix: &str) -> String {
        let suggested = PathBuf::from(self.suggested_path(kind, "ron"));
        let stem = suggested
            .file_stem()
            .map_or_else(|| "profile".into(), |s| s.to_string_lossy().into_owned());
        suggested
            .with_file_name(format!("{stem}-{suffix}"))
            .display()
            .to_string()
    }

    /// `rating-for-<name>.ron` in the current folder, the name made safe for a file name.
    fn suggested_rating_path(&self) -> String {
        let name = self
            .rater
            .as_ref()
            .map(|s| self.person(&s.request.name))
            .unwrap_or_default();
        let slug: String = name
            .chars()
            .map(|c| {
                if c.is_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect::<String>()
            .split('-')
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        std::env::current_dir()
            .unwrap_or_default()
            .join(format!("rating-for-{slug}.ron"))
            .display()
            .to_string()
    }
}

/// Whether `command` reads or writes a file, or replaces the document (so it must wait for a
/// running file operation).
fn touches_files(command: &Command) -> bool {
    matches!(
        command,
        Command::New
            | Command::Open
            | Command::OpenPath(_)
            | Command::OpenDropped(_)
            | Command::Save
            | Command::SaveAs
            | Command::Export
            | Command::Quit
            | Command::PromptSubmit(_)
            | Command::PromptBrowse
            | Command::Unsaved(_)
            | Command::Restore(_)
            | Command::AddMembers
            | Command::AddMemberPaths(_)
            | Command::NewTeam
            | Command::SaveTeam
            | Command::AskForRating
            | Command::AddRating
            | Command::SaveRating
    )
}

/// The framework a new team starts with: the first in `data/advisor.ron` (loading checks
/// there is one).
/// The shipped content with its texts in `language`. Ids, numbers and weights are the same in
/// every language, so profiles and teams read against one read against all. The translations
/// are checked by tests; should one still fail to load, the error is logged and `current` (the
/// content shown so far) stays, so the app keeps working in the language it had.
fn content_in(current: &Arc<Content>, language: Language) -> Arc<Content> {
    match Content::shipped_in(language) {
        Ok(content) => Arc::new(content),
        Err(err) => {
            log::error!("the content in {language:?} could not be loaded: {err}");
            Arc::clone(current)
        }
    }
}

fn default_framework(content: &Content) -> String {
    content
        .advisor
        .default_framework()
        .map(|f| f.id.clone())
        .unwrap_or_default()
}

/// `path` made absolute against the current folder, so recent files work from anywhere.
pub fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::domain::profile::Profile;
    use crate::domain::team::{Seat, Team};

    const WAIT: Duration = Duration::from_secs(20);

    fn content() -> Arc<Content> {
        Arc::new(Content::shipped().unwrap())
    }

    /// A workspace with autosave to `recovery` (or off), as the window would make it.
    fn workspace(recovery: Option<PathBuf>) -> Workspace {
        let options = WorkspaceOptions {
            screen: Screen::Quiz,
            native_dialogs: false,
            recovery_file: recovery.ok_or_else(|| "it is off in this test".to_owned()),
            settings: Settings::default(),
            language: Language::English,
            clock: Clock::system(),
        };
        let mut work = Workspace::new(content(), options, Arc::new(|| {}));
        work.settle(WAIT);
        work
    }

    fn answer(work: &mut Workspace, item: &str, value: u8) {
        work.handle(Command::SetAnswer {
            item: item.to_owned(),
            value,
        });
    }

    fn first_item(work: &Workspace) -> String {
        work.content().quiz.items()[0].id.clone()
    }

    /// Handles `command`, waits for the disk, and returns what the window must do.
    fn run(work: &mut Workspace, command: Command) -> Vec<Effect> {
        work.handle(command);
        work.settle(WAIT);
        work.take_effects()
    }

    fn dirty_untitled() -> Workspace {
        let mut work = workspace(None);
        let item = first_item(&work);
        answer(&mut work, &item, 3);
        assert!(work.document().is_dirty());
        work
    }

    #[test]
    fn each_answer_is_timed_by_the_clock_and_a_retake_clears_the_times() {
        let ticks = Arc::new(std::sync::atomic::AtomicI64::new(0));
        let clock = {
            let ticks = Arc::clone(&ticks);
            Clock::new(move || {
                let n = ticks.fetch_add(5, std::sync::atomic::Ordering::SeqCst);
                time::macros::datetime!(2026-11-28 09:00 UTC)
                    + Duration::from_secs(n.unsigned_abs())
            })
        };
        let options = WorkspaceOptions {
            screen: Screen::Quiz,
            native_dialogs: false,
            recovery_file: Err("it is off in this test".to_owned()),
            settings: Settings::default(),
            language: Language::English,
            clock,
        };
        let mut work = Workspace::new(content(), options, Arc::new(|| {}));
        answer(&mut work, "vision-write", 3);
        answer(&mut work, "review-demo", 1);
        // Answering again moves the time on.
        answer(&mut work, "vision-write", 2);
        let times = &work.document().profile().answer_times;
        assert_eq!(
            times.get("review-demo"),
            Some(time::macros::datetime!(2026-11-28 09:00:05 UTC))
        );
        assert_eq!(
            times.get("vision-write"),
            Some(time::macros::datetime!(2026-11-28 09:00:10 UTC))
        );
        // The saved text keeps them.
        let text = work.document().profile().to_ron().unwrap();
        assert!(
            text.contains("\"review-demo\": \"2026-11-28T09:00:05Z\""),
            "{text}"
        );
        work.handle(Command::Retake);
        assert!(work.document().profile().answer_times.is_empty());
    }

    #[test]
    fn save_asks_where_the_first_time_then_writes_and_cleans() {
        let folder = tempfile::tempdir().unwrap();
        let target = folder.path().join("me.ron");
        let mut work = dirty_untitled();
        run(&mut work, Command::Save);
        assert_eq!(
            work.prompt_mut().map(|p| p.action),
            Some(FileAction::SaveAs)
        );
        run(&mut work, Command::PromptSubmit(target.clone()));
        assert_eq!(work.error(), None);
        assert!(!work.prompt_open(), "the prompt closes once saved");
        assert!(!work.document().is_dirty());
        assert_eq!(work.document().path(), Some(target.as_path()));
        assert_eq!(work.settings().recent_files, std::slice::from_ref(&target));
        let on_disk = storage::load_profile(&target, work.content()).unwrap();
        assert_eq!(&on_disk, work.document().profile());
        // Save again goes straight to the file.
        let item = first_item(&work);
        answer(&mut work, &item, 1);
        run(&mut work, Command::Save);
        assert!(!work.prompt_open());
        assert!(!work.document().is_dirty());
    }

    /// The id in the profile saved at `path`.
    fn id_on_disk(work: &Workspace, path: &Path) -> Option<String> {
        let profile = storage::load_profile(path, work.content()).unwrap();
        profile.id.map(|id| id.to_string())
    }

    #[test]
    fn the_first_save_gives_the_id_and_later_saves_keep_it() {
        let folder = tempfile::tempdir().unwrap();
        let first = folder.path().join("me.ron");
        let mut work = dirty_untitled();
        assert_eq!(work.document().profile().id, None, "never saved, no id");
        run(&mut work, Command::SaveAs);
        run(&mut work, Command::PromptSubmit(first.clone()));
        assert_eq!(work.error(), None);
        assert!(!work.document().is_dirty(), "the id is part of that save");
        let id = id_on_disk(&work, &first).unwrap();
        assert!(fs::read_to_string(&first).unwrap().contains("version: 5,"));
        assert_eq!(
            work.document()
                .profile()
                .id
                .as_ref()
                .map(ToString::to_string),
            Some(id.clone())
        );
        // Save again, after an edit and without one: the same id.
        let item = first_item(&work);
        answer(&mut work, &item, 1);
        run(&mut work, Command::Save);
        assert!(!work.document().is_dirty());
        assert_eq!(id_on_disk(&work, &first), Some(id.clone()));
        run(&mut work, Command::Save);
        assert_eq!(id_on_disk(&work, &first), Some(id.clone()));
        // Save As elsewhere: the same person, so the same id, in both files.
        let copy = folder.path().join("copy.ron");
        run(&mut work, Command::SaveAs);
        run(&mut work, Command::PromptSubmit(copy.clone()));
        assert_eq!(work.error(), None);
        assert_eq!(work.document().path(), Some(copy.as_path()));
        assert!(!work.document().is_dirty());
        assert_eq!(id_on_disk(&work, &copy), Some(id.clone()));
        assert_eq!(id_on_disk(&work, &first), Some(id));
    }

    #[test]
    fn a_version_2_file_gets_its_id_when_saved_not_when_opened() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("old.ron");
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/profiles/partial.ron");
        let before = fs::read_to_string(fixture).unwrap();
        assert!(before.contains("version: 2,"), "the fixture is version 2");
        fs::write(&path, &before).unwrap();
        let mut work = workspace(None);
        run(&mut work, Command::OpenPath(path.clone()));
        assert_eq!(work.error(), None);
        assert_eq!(work.document().profile().id, None);
        assert_eq!(
            fs::read_to_string(&path).unwrap(),
            before,
            "opening writes nothing"
        );
        // Saving a clean document writes version 4 with a new id and leaves it clean.
        run(&mut work, Command::Save);
        assert_eq!(work.error(), None);
        assert!(!work.document().is_dirty());
        let id = id_on_disk(&work, &path).unwrap();
        assert!(fs::read_to_string(&path).unwrap().contains("version: 5,"));
        assert_eq!(
            work.document()
                .profile()
                .id
                .as_ref()
                .map(ToString::to_string),
            Some(id)
        );
        // Everything else came through the migration unchanged.
        let mut on_disk = storage::load_profile(&path, work.content()).unwrap();
        on_disk.id = None;
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/profiles/partial.ron");
        assert_eq!(
            on_disk,
            storage::load_profile(&fixture, work.content()).unwrap()
        );
    }

    #[test]
    fn quit_with_unsaved_changes_asks_and_cancel_keeps_everything() {
        let mut work = dirty_untitled();
        let before = work.document().profile().clone();
        assert!(run(&mut work, Command::Quit).is_empty());
        assert!(work.asking_unsaved());
        assert!(run(&mut work, Command::Unsaved(UnsavedChoice::Cancel)).is_empty());
        assert!(!work.asking_unsaved());
        assert!(work.document().is_dirty());
        assert_eq!(work.document().profile(), &before);
    }

    #[test]
    fn discard_closes_and_removes_the_autosave() {
        let folder = tempfile::tempdir().unwrap();
        let recovery = folder.path().join("recovery.ron");
        let mut work = workspace(Some(recovery.clone()));
        let item = first_item(&work);
        answer(&mut work, &item, 2);
        work.settle(WAIT);
        assert!(recovery.is_file(), "answers are autosaved");
        run(&mut work, Command::Quit);
        let effects = run(&mut work, Command::Unsaved(UnsavedChoice::Discard));
        assert_eq!(effects, [Effect::Close]);
        assert!(
            !recovery.exists(),
            "a discarded session is not offered back"
        );
    }

    #[test]
    fn save_then_close_when_the_profile_has_a_file() {
        let folder = tempfile::tempdir().unwrap();
        let target = folder.path().join("me.ron");
        let mut work = dirty_untitled();
        run(&mut work, Command::SaveAs);
        run(&mut work, Command::PromptSubmit(target.clone()));
        let item = first_item(&work);
        answer(&mut work, &item, 4);
        run(&mut work, Command::Quit);
        assert!(work.asking_unsaved());
        let effects = run(&mut work, Command::Unsaved(UnsavedChoice::Save));
        assert_eq!(effects, [Effect::Close], "closes once the save worked");
        let on_disk = storage::load_profile(&target, work.content()).unwrap();
        assert_eq!(on_disk.answers.get(&item), Some(4));
    }

    #[test]
    fn save_then_close_asks_where_first_for_an_untitled_profile() {
        let folder = tempfile::tempdir().unwrap();
        let target = folder.path().join("new.ron");
        let mut work = dirty_untitled();
        run(&mut work, Command::Quit);
        assert!(run(&mut work, Command::Unsaved(UnsavedChoice::Save)).is_empty());
        assert_eq!(
            work.prompt_mut().map(|p| p.action),
            Some(FileAction::SaveAs)
        );
        let effects = run(&mut work, Command::PromptSubmit(target.clone()));
        assert_eq!(effects, [Effect::Close]);
        assert!(target.is_file());
    }

    #[test]
    fn cancelling_the_save_prompt_cancels_the_close() {
        let mut work = dirty_untitled();
        run(&mut work, Command::Quit);
        run(&mut work, Command::Unsaved(UnsavedChoice::Save));
        assert!(run(&mut work, Command::PromptCancel).is_empty());
        assert!(!work.prompt_open());
        assert!(work.document().is_dirty());
    }

    #[test]
    fn close_while_the_save_fails_keeps_the_window_and_the_work() {
        let folder = tempfile::tempdir().unwrap();
        let profiles = folder.path().join("profiles");
        fs::create_dir(&profiles).unwrap();
        let target = profiles.join("keep.ron");
        let mut original = Profile::new("Keep me");
        original.notes = "original".into();
        storage::save_profile(&target, &original).unwrap();
        let before = fs::read(&target).unwrap();
        let mut work = workspace(None);
        run(&mut work, Command::OpenPath(target.clone()));
        let item = first_item(&work);
        answer(&mut work, &item, 3);
        let edited = work.document().profile().clone();
        // The folder goes away behind the app's back (an unplugged drive): the save fails.
        let away = folder.path().join("away");
        fs::rename(&profiles, &away).unwrap();
        run(&mut work, Command::Quit);
        let effects = run(&mut work, Command::Unsaved(UnsavedChoice::Save));
        assert!(effects.is_empty(), "the window stays open: {effects:?}");
        let error = work.error().expect("the failure is shown");
        assert!(error.contains("Could not save the profile"), "{error}");
        assert!(work.document().is_dirty());
        // The work is kept; the failed save gave the profile its id, which the next save writes.
        let mut kept = work.document().profile().clone();
        assert!(
            kept.id.take().is_some(),
            "the id given before the save is kept"
        );
        assert_eq!(kept, edited);
        assert!(!work.asking_unsaved());
        // The drive comes back: the file on it is the old one, whole.
        fs::rename(&away, &profiles).unwrap();
        assert_eq!(fs::read(&target).unwrap(), before);
        // And now saving and closing works.
        run(&mut work, Command::DismissError);
        run(&mut work, Command::Quit);
        let effects = run(&mut work, Command::Unsaved(UnsavedChoice::Save));
        assert_eq!(effects, [Effect::Close]);
    }

    #[test]
    fn a_failed_save_as_keeps_the_prompt_open_for_another_path() {
        let mut work = dirty_untitled();
        run(&mut work, Command::SaveAs);
        run(
            &mut work,
            Command::PromptSubmit(PathBuf::from("/proc/self/nope.ron")),
        );
        let error = work.error().expect("the failure is shown").to_owned();
        assert!(error.contains("/proc/self/nope.ron"), "{error}");
        assert!(work.prompt_open());
        assert!(work.document().is_dirty());
        run(&mut work, Command::DismissError);
        assert_eq!(work.error(), None);
    }

    #[test]
    fn opening_a_bad_file_keeps_the_document() {
        let mut work = dirty_untitled();
        let before = work.document().profile().clone();
        let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/bad/engineers-float.ron");
        run(&mut work, Command::OpenPath(bad.clone()));
        run(&mut work, Command::Unsaved(UnsavedChoice::Discard));
        let error = work.error().expect("the failure is shown");
        assert!(error.contains(&format!("{}:", bad.display())), "{error}");
        assert_eq!(work.document().profile(), &before);
        assert!(
            work.document().is_dirty(),
            "discarding waits for the new file"
        );
    }

    #[test]
    fn opening_a_good_file_replaces_the_document_and_restarts_the_quiz() {
        let mut work = workspace(None);
        let good = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/profiles/complete.ron");
        let effects = run(&mut work, Command::OpenPath(good.clone()));
        assert_eq!(effects, [Effect::RestartQuiz]);
        assert_eq!(work.document().path(), Some(good.as_path()));
        assert!(!work.document().is_dirty());
        assert!(!work.document().profile().answers.is_empty());
    }

    #[test]
    fn only_career_explorer_files_can_be_dropped() {
        let mut work = workspace(None);
        run(&mut work, Command::OpenDropped(PathBuf::from("README.md")));
        let error = work.error().unwrap();
        assert!(error.contains("only Career Explorer files"), "{error}");
    }

    #[test]
    fn a_path_that_exists_is_replaced_only_when_asked_twice() {
        let folder = tempfile::tempdir().unwrap();
        let target = folder.path().join("taken.ron");
        fs::write(&target, "someone else's file").unwrap();
        let mut work = dirty_untitled();
        run(&mut work, Command::SaveAs);
        run(&mut work, Command::PromptSubmit(target.clone()));
        let note = work.prompt_mut().and_then(|p| p.note.clone()).unwrap();
        assert!(note.contains("Press Save again"), "{note}");
        assert_eq!(fs::read_to_string(&target).unwrap(), "someone else's file");
        run(&mut work, Command::PromptSubmit(target.clone()));
        assert!(!work.document().is_dirty());
    }

    #[test]
    fn export_writes_the_report_and_says_so() {
        let folder = tempfile::tempdir().unwrap();
        let target = folder.path().join("report.md");
        let mut work = dirty_untitled();
        run(&mut work, Command::Export);
        run(
            &mut work,
            Command::SetExportFormat(crate::export::Format::Markdown),
        );
        run(&mut work, Command::PromptSubmit(target.clone()));
        assert_eq!(work.error(), None);
        assert!(fs::read_to_string(&target).unwrap().starts_with('#'));
        assert!(
            work.notice()
                .unwrap()
                .starts_with("Exported the Markdown report")
        );
        assert!(work.document().is_dirty(), "an export is not a save");
    }

    #[test]
    fn autosaved_work_is_offered_back_and_restored_as_unsaved() {
        let folder = tempfile::tempdir().unwrap();
        let recovery = folder.path().join("recovery.ron");
        let mut crashed = workspace(Some(recovery.clone()));
        let item = first_item(&crashed);
        answer(&mut crashed, &item, 4);
        crashed.settle(WAIT);
        let answers = crashed.document().profile().answers.clone();
        drop(crashed);

        let mut work = workspace(Some(recovery.clone()));
        assert!(work.recovery_offer().is_some());
        run(&mut work, Command::Restore(true));
        assert_eq!(work.document().profile().answers, answers);
        assert!(work.document().is_dirty());
        assert!(work.recovery_offer().is_none());

        let mut declined = workspace(Some(recovery.clone()));
        assert!(declined.recovery_offer().is_some());
        run(&mut declined, Command::Restore(false));
        assert!(!recovery.exists(), "declining removes the autosave");
    }

    #[test]
    fn the_close_button_asks_only_when_there_is_something_to_lose() {
        let mut work = workspace(None);
        assert!(work.close_requested());
        let item = first_item(&work);
        answer(&mut work, &item, 0);
        assert!(!work.close_requested());
        assert!(work.asking_unsaved());
        assert!(!work.close_requested(), "asking twice shows one dialog");
    }

    /// A named pipe in `folder` whose writer is connected but says nothing for 3 s: a read
    /// of it waits. Join the handle at the end of the test.
    #[cfg(unix)]
    fn silent_pipe(folder: &Path) -> (PathBuf, std::thread::JoinHandle<()>) {
        let fifo = folder.join("silent.ron");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success(), "mkfifo");
        let writer_path = fifo.clone();
        let writer = std::thread::spawn(move || {
            let file = fs::OpenOptions::new()
                .write(true)
                .open(writer_path)
                .unwrap();
            std::thread::sleep(Duration::from_secs(3));
            drop(file);
        });
        (fifo, writer)
    }

    #[test]
    #[cfg(unix)]
    fn a_read_that_does_not_answer_can_be_given_up_on() {
        let folder = tempfile::tempdir().unwrap();
        let (fifo, writer) = silent_pipe(folder.path());
        let mut work = dirty_untitled();
        let before = work.document().profile().clone();
        work.handle(Command::OpenPath(fifo));
        work.handle(Command::Unsaved(UnsavedChoice::Discard));
        assert!(work.may_stop_waiting());
        work.handle(Command::Save);
        assert!(
            work.notice().unwrap().starts_with("Please wait"),
            "one at a time"
        );
        work.handle(Command::StopWaiting);
        assert!(work.running().is_none());
        assert!(work.notice().unwrap().starts_with("Stopped waiting"));
        assert_eq!(work.document().profile(), &before);
        assert!(work.document().is_dirty());
        writer.join().unwrap();
    }

    #[test]
    fn a_profile_with_another_extension_opens_from_the_command_line() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("me.profile");
        storage::save_profile(&path, &Profile::new("Odd name")).unwrap();
        let mut work = workspace(None);
        run(&mut work, Command::OpenPath(path.clone()));
        assert_eq!(work.error(), None);
        assert_eq!(work.document().path(), Some(path.as_path()));
    }

    #[test]
    #[cfg(unix)]
    fn quitting_does_not_wait_for_a_silent_pipe() {
        let folder = tempfile::tempdir().unwrap();
        let (fifo, writer) = silent_pipe(folder.path());
        let mut work = workspace(None);
        work.handle(Command::OpenPath(fifo));
        assert!(work.running().is_some());
        work.handle(Command::Quit);
        assert_eq!(work.take_effects(), [Effect::Close]);
        assert!(work.running().is_none());
        writer.join().unwrap();
    }

    #[test]
    fn retake_clears_answers_and_keeps_results() {
        let mut work = workspace(None);
        let good = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/profiles/complete.ron");
        run(&mut work, Command::OpenPath(good));
        let results = work.document().profile().results.len();
        let effects = run(&mut work, Command::Retake);
        assert_eq!(effects, [Effect::RestartQuiz]);
        assert!(work.document().profile().answers.is_empty());
        assert_eq!(work.document().profile().results.len(), results);
        assert_eq!(work.screen(), Screen::Quiz);
    }

    // ---- In German -------------------------------------------------------------------

    fn german() -> Workspace {
        let mut work = workspace(None);
        run(&mut work, Command::SetLanguage(Language::German));
        work
    }

    #[test]
    fn a_german_workspace_says_what_it_opened_and_saved_in_german() {
        let mut work = german();
        assert_eq!(work.window_title(), "Unbenannt – Career Explorer");
        let good = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/profiles/complete.ron");
        run(&mut work, Command::OpenPath(good.clone()));
        assert_eq!(
            work.notice(),
            Some(format!("{} geöffnet", good.display()).as_str())
        );
        assert_eq!(work.window_title(), "complete.ron – Career Explorer");
        let folder = tempfile::tempdir().unwrap();
        let target = folder.path().join("ich.ron");
        run(&mut work, Command::SaveAs);
        run(&mut work, Command::PromptSubmit(target.clone()));
        assert_eq!(work.error(), None);
        assert_eq!(
            work.notice(),
            Some(format!("{} gespeichert", target.display()).as_str())
        );
        run(&mut work, Command::New);
        assert_eq!(work.notice(), Some("Neues Profil"));
    }

    #[test]
    fn a_failing_open_says_why_in_german_with_the_path() {
        let mut work = german();
        let folder = tempfile::tempdir().unwrap();
        let missing = folder.path().join("weg.ron");
        run(&mut work, Command::OpenPath(missing.clone()));
        assert_eq!(
            work.error(),
            Some(
                format!(
                    "{} konnte nicht geöffnet werden.\nDiese Datei oder diesen Ordner gibt es nicht.",
                    missing.display()
                )
                .as_str()
            )
        );
        run(&mut work, Command::DismissError);
        run(&mut work, Command::OpenPath(folder.path().to_owned()));
        let error = work.error().unwrap();
        assert!(
            error.ends_with("\nDas ist ein Ordner, keine Datei, die sich lesen lässt."),
            "{error}"
        );
        // A problem inside the file keeps its place (and the checker's English words).
        run(&mut work, Command::DismissError);
        let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/bad/engineers-float.ron");
        run(&mut work, Command::OpenPath(bad.clone()));
        let error = work.error().unwrap();
        assert!(
            error.starts_with(&format!(
                "{} konnte nicht geöffnet werden.\n{}:",
                bad.display(),
                bad.display()
            )),
            "{error}"
        );
    }

    #[test]
    fn a_failing_save_and_a_dropped_picture_are_explained_in_german() {
        let mut work = german();
        let item = first_item(&work);
        answer(&mut work, &item, 3);
        assert_eq!(work.window_title(), "*Unbenannt – Career Explorer");
        run(&mut work, Command::SaveAs);
        run(
            &mut work,
            Command::PromptSubmit(PathBuf::from("/proc/self/nope.ron")),
        );
        let error = work.error().unwrap();
        assert!(
            error.starts_with(
                "Das Profil konnte nicht in /proc/self/nope.ron gespeichert werden.\n"
            ),
            "{error}"
        );
        run(&mut work, Command::DismissError);
        run(&mut work, Command::PromptCancel);
        run(&mut work, Command::OpenDropped(PathBuf::from("bild.png")));
        let error = work.error().unwrap();
        assert!(
            error.starts_with("bild.png: Öffnen lassen sich nur Dateien von Career Explorer"),
            "{error}"
        );
    }

    #[test]
    fn the_prompt_note_and_the_unsaved_name_follow_the_language() {
        let folder = tempfile::tempdir().unwrap();
        let target = folder.path().join("belegt.ron");
        fs::write(&target, "jemand anderes").unwrap();
        let mut work = workspace(None);
        let item = first_item(&work);
        answer(&mut work, &item, 3);
        run(&mut work, Command::SetLanguage(Language::German));
        run(&mut work, Command::SaveAs);
        run(&mut work, Command::PromptSubmit(target.clone()));
        let note = work.prompt_mut().and_then(|p| p.note.clone()).unwrap();
        assert_eq!(
            note,
            format!(
                "{} gibt es schon. Drück noch einmal auf Speichern, um die Datei zu ersetzen.",
                target.display()
            )
        );
        run(&mut work, Command::PromptCancel);
        run(&mut work, Command::Quit);
        assert_eq!(work.unsaved_name().as_deref(), Some("Dieses Profil"));
    }

    // ---- The team document ----------------------------------------------------------

    /// Saves two profiles in `folder` and adds them to `work`'s team: the team is dirty.
    fn with_team_members(work: &mut Workspace, folder: &Path) {
        let mut paths = Vec::new();
        for name in ["Ana", "Bo"] {
            let path = folder.join(format!("{name}.ron"));
            storage::save_profile(&path, &Profile::new(name)).unwrap();
            paths.push(path);
        }
        run(work, Command::AddMemberPaths(paths));
        assert_eq!(work.error(), None);
        assert_eq!(work.team().team().members.len(), 2);
        assert!(work.team().is_dirty());
        let report = work.add_report().unwrap();
        assert_eq!(report.added, 2);
        assert_eq!(report.no_result, ["Ana", "Bo"]);
    }

    #[test]
    fn quit_asks_about_the_team_and_save_writes_it_then_closes() {
        let folder = tempfile::tempdir().unwrap();
        let target = folder.path().join("team.ron");
        let mut work = workspace(None);
        with_team_members(&mut work, folder.path());
        assert!(
            !work.close_requested(),
            "unsaved team changes are asked about"
        );
        assert_eq!(work.unsaved_name().as_deref(), Some("This team"));
        assert!(run(&mut work, Command::Unsaved(UnsavedChoice::Save)).is_empty());
        assert_eq!(
            work.prompt_mut().map(|p| p.action),
            Some(FileAction::SaveTeamAs)
        );
        let effects = run(&mut work, Command::PromptSubmit(target.clone()));
        assert_eq!(effects, [Effect::Close]);
        let on_disk = storage::load_team(&target, work.content()).unwrap();
        assert_eq!(&on_disk, work.team().team());
        assert!(!work.team().is_dirty());
    }

    #[test]
    fn quit_asks_about_the_profile_then_the_team() {
        let folder = tempfile::tempdir().unwrap();
        let recovery = folder.path().join("recovery.ron");
        let mut work = workspace(Some(recovery.clone()));
        let item = first_item(&work);
        answer(&mut work, &item, 2);
        with_team_members(&mut work, folder.path());
        work.settle(WAIT);
        run(&mut work, Command::Quit);
        assert_eq!(work.unsaved_name().as_deref(), Some("This profile"));
        assert!(run(&mut work, Command::Unsaved(UnsavedChoice::Discard)).is_empty());
        assert_eq!(work.unsaved_name().as_deref(), Some("This team"));
        let effects = run(&mut work, Command::Unsaved(UnsavedChoice::Discard));
        assert_eq!(effects, [Effect::Close]);
        assert!(!recovery.exists(), "the discarded profile's autosave goes");
    }

    #[test]
    fn cancel_keeps_the_team_and_the_next_quit_asks_again() {
        let folder = tempfile::tempdir().unwrap();
        let mut work = workspace(None);
        let item = first_item(&work);
        answer(&mut work, &item, 2);
        with_team_members(&mut work, folder.path());
        let before = work.team().team().clone();
        run(&mut work, Command::Quit);
        run(&mut work, Command::Unsaved(UnsavedChoice::Discard));
        assert!(run(&mut work, Command::Unsaved(UnsavedChoice::Cancel)).is_empty());
        assert!(!work.asking_unsaved());
        assert_eq!(work.team().team(), &before);
        assert!(work.team().is_dirty() && work.document().is_dirty());
        run(&mut work, Command::Quit);
        assert_eq!(
            work.unsaved_name().as_deref(),
            Some("This profile"),
            "cancel forgets the discard"
        );
    }

    #[test]
    fn a_failed_team_save_keeps_the_window_the_team_and_the_prompt() {
        let folder = tempfile::tempdir().unwrap();
        let mut work = workspace(None);
        with_team_members(&mut work, folder.path());
        let before = work.team().team().clone();
        run(&mut work, Command::Quit);
        run(&mut work, Command::Unsaved(UnsavedChoice::Save));
        let effects = run(
            &mut work,
            Command::PromptSubmit(PathBuf::from("/proc/self/nope.ron")),
        );
        assert!(effects.is_empty(), "the window stays: {effects:?}");
        let error = work.error().unwrap();
        assert!(error.contains("Could not save the team"), "{error}");
        assert!(work.prompt_open());
        assert!(work.team().is_dirty());
        assert_eq!(work.team().team(), &before);
        run(&mut work, Command::DismissError);
        run(&mut work, Command::PromptCancel);
        assert!(!work.close_requested(), "still asks");
    }

    #[test]
    fn the_file_menu_acts_on_the_team_on_the_team_screen() {
        let folder = tempfile::tempdir().unwrap();
        let target = folder.path().join("squad.ron");
        let mut work = workspace(None);
        with_team_members(&mut work, folder.path());
        run(&mut work, Command::Show(Screen::Team));
        assert_eq!(work.window_title(), "*Untitled team - Career Explorer");
        run(&mut work, Command::Save);
        run(&mut work, Command::PromptSubmit(target.clone()));
        assert_eq!(work.window_title(), "squad.ron - Career Explorer");
        assert!(!work.document().is_dirty(), "the profile was not touched");
        assert_eq!(work.document().path(), None);
        // New on the Team screen is a new team; the profile stays.
        run(&mut work, Command::New);
        assert!(work.team().team().members.is_empty());
        assert_eq!(work.team().path(), None);
        // Open from another screen recognises the team by its format.
        run(&mut work, Command::Show(Screen::Quiz));
        run(&mut work, Command::OpenPath(target.clone()));
        assert_eq!(work.error(), None);
        assert_eq!(work.screen(), Screen::Team);
        assert_eq!(work.team().path(), Some(target.as_path()));
        assert_eq!(work.team().team().members.len(), 2);
    }

    #[test]
    fn a_team_opened_over_unsaved_team_changes_asks_first() {
        let folder = tempfile::tempdir().unwrap();
        let other = folder.path().join("other.ron");
        let mut team = Team::new("Other", "scrum");
        team.name = "Other".into();
        storage::save_team(&other, &team).unwrap();
        let mut work = workspace(None);
        with_team_members(&mut work, folder.path());
        let before = work.team().team().clone();
        // Opened from the Quiz screen, the file turns out to be a team: the team's changes
        // are asked about then, and Cancel keeps them.
        run(&mut work, Command::OpenPath(other.clone()));
        assert_eq!(work.unsaved_name().as_deref(), Some("This team"));
        assert_eq!(work.team().team(), &before);
        run(&mut work, Command::Unsaved(UnsavedChoice::Cancel));
        assert_eq!(work.team().team(), &before);
        assert_eq!(work.error(), None);
        // Discard opens it.
        run(&mut work, Command::OpenPath(other.clone()));
        run(&mut work, Command::Unsaved(UnsavedChoice::Discard));
        assert_eq!(work.team().team().name, "Other");
        assert_eq!(work.team().path(), Some(other.as_path()));
    }

    #[test]
    fn pins_go_with_their_member_and_their_seat() {
        let folder = tempfile::tempdir().unwrap();
        let mut work = workspace(None);
        with_team_members(&mut work, folder.path());
        let ana = work.team().team().members[0].profile_id.clone();
        run(
            &mut work,
            Command::PinSeat {
                seat: Seat::Combined,
                profile_id: Some(ana.clone()),
            },
        );
        assert_eq!(work.team().pins().len(), 1);
        // A large organisation splits: the combined seat is gone, and so is its pin.
        let mut inputs = work.team().team().inputs.clone();
        inputs.engineers = 250;
        inputs.teams = 12;
        inputs.research = crate::domain::advisor::Research::FullTime;
        inputs.backlog_complexity = 5;
        inputs.switching = 1;
        inputs.speed_priority = 1;
        run(&mut work, Command::SetTeamInputs(inputs));
        assert!(work.team().pins().is_empty());
        run(
            &mut work,
            Command::PinSeat {
                seat: Seat::ProductManager,
                profile_id: Some(ana.clone()),
            },
        );
        run(&mut work, Command::RemoveMember(ana));
        assert!(work.team().pins().is_empty());
        assert_eq!(work.team().team().members.len(), 1);
        assert_eq!(work.notice(), Some("Removed Ana from the team"));
    }
}
