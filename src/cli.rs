//! The headless commands: `advise FILE` and `quiz score FILE`, as text or as JSON, `export`,
//! the team commands, and the rating loop (`quiz rating-request`, `quiz add-rating`).
//!
//! They use the same loading, validation and scoring as the window, and print only once
//! everything has worked, so bad input gives a message on stderr, exit code 2, and nothing
//! on stdout.
//!
//! A profile path of `-` means standard input (named `standard input` in messages). Any other
//! path may be a regular file or a pipe, such as `<(command)`; a folder, a device, or a named
//! pipe that nothing writes to is bad input, reported within about a second.
//!
//! JSON output is one object on one line:
//!
//! - `advise --json`: `verdict` (`"combine"`, `"split"` or `"no_clear_winner"`),
//!   `verdict_name`, `score`, `threshold`, `margin`, `distance`, `contributions` (each
//!   `factor`, `label`, `value`, `points`, `reason`), `flips` (each `factor`, `from`, `to`,
//!   `verdict`, `sentence`), `warnings`, plus `file` and `name`. Factors are kebab-case ids
//!   (`"backlog-complexity"`).
//! - `quiz score --json`: `partial`, `answered`, `total`, one `<role>_fit` per role (`pm_fit`,
//!   `po_fit` for the shipped roles; `null` when not known yet), `lean` (a role id,
//!   `"combined"` or `"neither_yet"`), `lean_summary`, `no_preference`, `roles` (each `id`,
//!   `name`, `short_name`, `skill`, `interest`, `fit`, `fit_band`), `combined`,
//!   `responsibilities` (each `id`, `title`, `role`, `skill`, `interest`, `learn_next`),
//!   `strengths`, `growth_areas`, `skilled_not_drawn`, `notes`, plus `file` and `name`; and
//!   `raters`, how many ratings of the person's skills the profile holds. When it holds any,
//!   also `anonymous` (whether there are enough raters for their answers to stay anonymous)
//!   and `others_skill`: an object keyed by responsibility id, each `average`, `low`, `high`
//!   (the others' skill scores, 0-100), `raters` (how many answered its items) and `gap`
//!   (`"blind_spot"`, `"hidden_strength"` or `null`); a responsibility no rater answered is
//!   left out.
//!
//! `quiz rating-request` and `quiz add-rating` change files: the first writes a request (and
//! gives a profile saved before ids existed its id, saving it back), the second reads every
//! rating first and saves the profile once, only if all of them can be added.

pub mod help;
mod rating;
mod team;

pub use team::{TeamArgs, TeamCommand};

use std::fmt::Write as _;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::domain::Content;
use crate::domain::advisor::{
    Advice, Factor, InputValue, StaffingTexts, TeamProfileError, Verdict, advise,
};
use crate::domain::profile::Profile;
use crate::domain::quiz::{
    AnswerError, BandedScore, Lean, Quiz, QuizResult, ResponsibilityScore, ScoreRange,
    score_partial_with_times, score_with_times,
};
use crate::domain::rating::OthersView;
use crate::domain::report::{Report, quality_lines, score_words};
use crate::domain::team::StaffingError;
use crate::domain::template::render_named;
use crate::export::text::{not_scored, verdict_name};
use crate::export::{self, Format};
use crate::i18n::{FluentValue, Language, Translator};
use crate::storage::{
    Document, StorageError, load_document, load_document_from, load_profile, load_profile_from,
    write_file_atomically,
};

/// The profile path that means standard input.
pub const STDIN_PATH: &str = "-";

/// What standard input is called in messages and output when it is read as `-`.
pub const STDIN_NAME: &str = "standard input";

/// Exit code for success.
pub const EXIT_OK: u8 = 0;
/// Exit code when the output could not be written (e.g. a closed pipe).
pub const EXIT_OUTPUT_FAILED: u8 = 1;
/// Exit code for bad input: a file that cannot be read, parsed or validated, or that lacks
/// what the command needs. The same code clap uses for bad arguments.
pub const EXIT_BAD_INPUT: u8 = 2;

/// The whole command line: with no subcommand it opens the window (on `file`, at `screen`,
/// at `zoom`); with one it runs headless.
///
/// It lives in the library so that the man pages (`tests/man_page.rs`, `clap_mangen`) are written
/// from the same definitions the binary parses.
#[derive(Debug, clap::Parser)]
#[command(
    name = "career-explorer",
    version,
    about,
    long_about = "Compare the Product Manager and Product Owner roles, decide whether a team \
                  needs one person or two, and take a career-fit quiz.\n\n\
                  With no command it opens the window, on FILE when one is given. With a \
                  command it runs without a window and prints its answer; bad input gives a \
                  message on standard error and exit code 2.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Run a command without opening the window.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A profile or a team (.ron) to open in the window.
    pub file: Option<PathBuf>,
    /// Open the window on this screen.
    #[arg(long, value_enum)]
    pub screen: Option<crate::ui::Screen>,
    /// Start at this zoom, in percent (as Ctrl + and Ctrl - set it), e.g. 200 for large text.
    #[arg(long, value_name = "PERCENT", value_parser = clap::value_parser!(u16).range(50..=300))]
    pub zoom: Option<u16>,
    /// Language of the window, the reports, the messages and this help: en or de (by default
    /// the system's).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<crate::i18n::Language>,
}

/// A command that runs without a window.
#[derive(Debug, Clone, PartialEq, Eq, clap::Subcommand)]
pub enum Command {
    /// Print whether the team in a profile needs one person or two for the PM and PO roles,
    /// and why.
    Advise {
        /// The profile to read; `-` reads it from standard input.
        file: PathBuf,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Work with the career-fit quiz.
    Quiz {
        /// What to do.
        #[command(subcommand)]
        command: QuizCommand,
    },
    /// Write a report of a profile (its advice, quiz result, earlier attempts and notes) or of
    /// a team file (its people, coverage and seats).
    Export {
        /// The profile or team file to read; `-` reads it from standard input.
        file: PathBuf,
        /// The report's format.
        #[arg(long, value_enum)]
        format: Format,
        /// Where to write it; `-` writes to standard output. Written atomically: on any error
        /// nothing is written.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Name the people "Member 1", "Member 2", ... in a team report (team files only).
        #[arg(long)]
        anonymise: bool,
    },
    /// Work with teams: summarize profiles as a team, or write a team file.
    Team {
        /// What to do.
        #[command(subcommand)]
        command: TeamCommand,
    },
}

/// A quiz command.
#[derive(Debug, Clone, PartialEq, Eq, clap::Subcommand)]
pub enum QuizCommand {
    /// Print the quiz result for the answers in a profile.
    Score {
        /// The profile to read; `-` reads it from standard input.
        file: PathBuf,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
        /// Score an unfinished quiz on the items answered so far.
        #[arg(long)]
        partial: bool,
    },
    /// Write a request someone who knows your work can answer with a rating of your skills.
    /// A profile saved before profiles had ids is given one and saved back first.
    RatingRequest {
        /// The profile; `-` reads it from standard input (it must then have an id).
        file: PathBuf,
        /// The request to write, atomically; `-` writes it to standard output.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// Add ratings to a profile. Every rating is read first: if any cannot be read or is for
    /// another profile, nothing is added and the profile is left as it was.
    AddRating {
        /// The profile to add them to; it is saved back atomically.
        file: PathBuf,
        /// The rating files, as raters sent them back.
        #[arg(required = true)]
        ratings: Vec<PathBuf>,
    },
}

/// Why a command failed.
#[derive(Debug)]
enum CliError {
    /// The file could not be loaded.
    Storage(StorageError),
    /// `advise` on a profile without a team.
    NoTeam(PathBuf),
    /// `quiz score` on a profile without answers.
    NoAnswers(PathBuf),
    /// `quiz score` without `--partial` on an unfinished quiz.
    Incomplete {
        path: PathBuf,
        missing: usize,
        total: usize,
    },
    /// Scoring refused the answers.
    Quiz {
        path: PathBuf,
        source: Box<AnswerError>,
    },
    /// The JSON could not be produced.
    Json(serde_json::Error),
    /// `--anonymise` on a profile.
    AnonymiseProfile(PathBuf),
    /// A team flag is out of range.
    TeamInputs(TeamProfileError),
    /// `--framework` names no framework.
    UnknownFramework { framework: String, known: String },
    /// The advisor data has no framework at all (the shipped data always has).
    NoFramework,
    /// The built-in content in another language does not load (tests keep it loading).
    Content(String),
    /// The seats could not be filled.
    Staffing(StaffingError),
    /// A rating request or a rating that cannot be made or added.
    Rating {
        path: PathBuf,
        source: crate::domain::rating::RatingError,
    },
    /// `add-rating` found bad ratings; `lines` says why for each file.
    BadRatings {
        profile: PathBuf,
        lines: Vec<String>,
    },
    /// `add-rating` on a profile without an id.
    NoProfileId(PathBuf),
    /// `rating-request` on a profile from standard input that has no id to give the request.
    NoIdOnStdin,
    /// `add-rating` with `-` as the profile: it has to be saved back.
    AddToStdin,
    /// A team command could read nobody; `lines` says why for each file.
    NoMembers { lines: Vec<String> },
}

impl From<StorageError> for CliError {
    fn from(err: StorageError) -> Self {
        Self::Storage(err)
    }
}

impl From<serde_json::Error> for CliError {
    fn from(err: serde_json::Error) -> Self {
        Self::Json(err)
    }
}

impl CliError {
    /// What went wrong, in `tr`'s language; seats are named from the advisor rules' `texts`.
    /// A file that does not parse keeps ron's words after its place, and the operating
    /// system's words stay as it gave them.
    fn message(&self, tr: &Translator, texts: &StaffingTexts) -> String {
        let path = |p: &Path| -> FluentValue<'static> { p.display().to_string().into() };
        match self {
            Self::Storage(err) => err.message(tr),
            Self::NoTeam(p) => tr.tr_args("cli-error-no-team", &[("path", path(p))]),
            Self::NoAnswers(p) => tr.tr_args("cli-error-no-answers", &[("path", path(p))]),
            Self::Incomplete {
                path: p,
                missing,
                total,
            } => tr.tr_args(
                "cli-error-incomplete",
                &[
                    ("path", path(p)),
                    ("missing", (*missing).into()),
                    ("total", (*total).into()),
                ],
            ),
            Self::Quiz { path: p, source } => format!("{}: {}", p.display(), source.message(tr)),
            Self::Json(err) => tr.tr_args("cli-error-json", &[("error", err.to_string().into())]),
            Self::AnonymiseProfile(p) => {
                tr.tr_args("cli-error-anonymise-profile", &[("path", path(p))])
            }
            Self::TeamInputs(err) => err.message(tr),
            Self::UnknownFramework { framework, known } => tr.tr_args(
                "cli-error-unknown-framework",
                &[
                    ("framework", framework.as_str().into()),
                    ("known", known.as_str().into()),
                ],
            ),
            Self::NoFramework => tr.tr("cli-error-no-framework"),
            Self::Content(err) => {
                tr.tr_args("cli-error-content", &[("error", err.as_str().into())])
            }
            Self::Staffing(err) => err.message(texts, tr),
            Self::Rating { path: p, source } => format!("{}: {}", p.display(), source.message(tr)),
            Self::BadRatings { profile, lines } => format!(
                "{}{}",
                lines.iter().map(|l| format!("{l}\n")).collect::<String>(),
                tr.tr_args("cli-error-no-rating-added", &[("path", path(profile))])
            ),
            Self::NoProfileId(p) => tr.tr_args("cli-error-no-profile-id", &[("path", path(p))]),
            Self::NoIdOnStdin => tr.tr("cli-error-no-id-on-stdin"),
            Self::AddToStdin => tr.tr("cli-error-add-to-stdin"),
            Self::NoMembers { lines } => format!(
                "{}{}",
                lines.iter().map(|l| format!("{l}\n")).collect::<String>(),
                tr.tr("cli-error-no-members")
            ),
        }
    }

    fn exit_code(&self) -> u8 {
        match self {
            Self::Json(_) => EXIT_OUTPUT_FAILED,
            Self::Storage(_)
            | Self::NoTeam(_)
            | Self::NoAnswers(_)
            | Self::Incomplete { .. }
            | Self::Quiz { .. }
            | Self::AnonymiseProfile(_)
            | Self::TeamInputs(_)
            | Self::UnknownFramework { .. }
            | Self::NoFramework
            | Self::Content(_)
            | Self::Staffing(_)
            | Self::NoMembers { .. }
            | Self::Rating { .. }
            | Self::BadRatings { .. }
            | Self::NoProfileId(_)
            | Self::NoIdOnStdin
            | Self::AddToStdin => EXIT_BAD_INPUT,
        }
    }
}

/// The language the commands speak: `--lang` when given, else the system's (English when the
/// system's is neither English nor German).
pub fn language(lang: Option<Language>) -> Language {
    lang.unwrap_or_else(Language::system)
}

/// Runs `command` and returns its exit code.
///
/// Output goes to `stdout` and any error to `stderr`, in `tr`'s language (the reports'
/// fixed wording and the messages; JSON keys and values stay as documented); the exit code is
/// [`EXIT_OK`], [`EXIT_BAD_INPUT`] or [`EXIT_OUTPUT_FAILED`]. Never panics on any input file;
/// on error nothing is written to `stdout`. A profile path of `-` reads this process's
/// standard input.
pub fn run(
    command: Command,
    content: &Content,
    lang: Option<Language>,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> u8 {
    run_with_input(
        command,
        content,
        lang,
        &mut std::io::stdin().lock(),
        stdout,
        stderr,
    )
}

/// [`run`], with `stdin` read when the profile path is `-`.
pub fn run_with_input(
    command: Command,
    content: &Content,
    lang: Option<Language>,
    stdin: &mut dyn Read,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> u8 {
    let tr = &Translator::new(language(lang));
    let mut notes: Vec<String> = Vec::new();
    let output = match command {
        Command::Advise { file, json } => load(&file, stdin, content)
            .and_then(|(name, profile)| advise_command(&name, &profile, json, content, tr)),
        Command::Quiz {
            command:
                QuizCommand::Score {
                    file,
                    json,
                    partial,
                },
        } => load(&file, stdin, content).and_then(|(name, profile)| {
            quiz_score_command(&name, &profile, json, partial, content, tr)
        }),
        Command::Quiz {
            command: QuizCommand::RatingRequest { file, output },
        } => rating::rating_request(&file, &output, stdin, content, tr, &mut notes),
        Command::Quiz {
            command: QuizCommand::AddRating { file, ratings },
        } => rating::add_ratings(&file, &ratings, content, tr, &mut notes),
        Command::Export {
            file,
            format,
            output,
            anonymise,
        } => load_any(&file, stdin, content).and_then(|(name, document)| match document {
            Document::Team(team) => {
                team::export_team(&team, format, &output, anonymise, content, tr)
            }
            Document::Profile(_) if anonymise => Err(CliError::AnonymiseProfile(name)),
            Document::Profile(profile) => {
                // Without --lang, a profile's report is written in the language of its newest
                // result, whose sentences are in it.
                let language = lang.or(profile.language).unwrap_or_else(|| tr.language());
                export_command(&profile, format, &output, content, tr, language)
            }
        }),
        Command::Team { command } => team::run(command, content, tr).map(|out| {
            notes = out.notes;
            out.text
        }),
    };
    for note in &notes {
        report(stderr, note);
    }
    match output {
        Ok(text) => match stdout
            .write_all(text.as_bytes())
            .and_then(|()| stdout.flush())
        {
            Ok(()) => EXIT_OK,
            Err(err) => {
                report(
                    stderr,
                    &tr.tr_args("cli-error-output", &[("error", err.to_string().into())]),
                );
                EXIT_OUTPUT_FAILED
            }
        },
        Err(err) => {
            report(stderr, &err.message(tr, &content.advisor.staffing));
            err.exit_code()
        }
    }
}

/// Loads the profile at `path`, or from `stdin` when `path` is `-`, and returns it with the
/// name to call its source by in messages and output.
fn load(
    path: &Path,
    stdin: &mut dyn Read,
    content: &Content,
) -> Result<(PathBuf, Profile), CliError> {
    if path == Path::new(STDIN_PATH) {
        let name = PathBuf::from(STDIN_NAME);
        let profile = load_profile_from(&name, stdin, content)?;
        Ok((name, profile))
    } else {
        Ok((path.to_owned(), load_profile(path, content)?))
    }
}

/// Loads the profile or team at `path`, or from `stdin` when `path` is `-`, with the name to
/// call its source by.
fn load_any(
    path: &Path,
    stdin: &mut dyn Read,
    content: &Content,
) -> Result<(PathBuf, Document), CliError> {
    if path == Path::new(STDIN_PATH) {
        let name = PathBuf::from(STDIN_NAME);
        let document = load_document_from(&name, stdin, content)?;
        Ok((name, document))
    } else {
        Ok((path.to_owned(), load_document(path, content)?))
    }
}

/// Writes one line to stderr. If stderr itself is gone there is nowhere left to report to,
/// and the exit code still says what happened.
fn report(stderr: &mut dyn Write, message: &str) {
    let _ = writeln!(stderr, "{}", printable(message)).and_then(|()| stderr.flush());
}

/// `text` with control characters other than newline and tab escaped (`\u{1b}`), so text
/// quoted from a hostile file cannot send escape sequences to the terminal.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\t' {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Renders the report; writes it to `output` itself unless that is `-`, in which case the text
/// goes back to [`run`] for stdout.
fn export_command(
    profile: &Profile,
    format: Format,
    output: &Path,
    content: &Content,
    tr: &Translator,
    language: Language,
) -> Result<String, CliError> {
    let today = crate::domain::report::day(time::OffsetDateTime::now_utc());
    let text = if language == tr.language() {
        export::render(&Report::from_profile(content, profile, today), format, tr)
    } else {
        let content =
            Content::shipped_in(language).map_err(|err| CliError::Content(err.to_string()))?;
        let tr = Translator::new(language);
        export::render(&Report::from_profile(&content, profile, today), format, &tr)
    };
    if output == Path::new("-") {
        return Ok(text);
    }
    write_file_atomically(output, text.as_bytes())?;
    Ok(String::new())
}

fn advise_command(
    path: &Path,
    profile: &Profile,
    json: bool,
    content: &Content,
    tr: &Translator,
) -> Result<String, CliError> {
    let team = profile
        .team
        .as_ref()
        .ok_or_else(|| CliError::NoTeam(path.to_owned()))?;
    let rules = &content.advisor;
    let advice = advise(team, rules);
    let warnings = team.warnings(rules);
    if json {
        advice_json(path, profile, &advice, &warnings, content)
    } else {
        Ok(advice_text(path, profile, &advice, &warnings, content, tr))
    }
}

fn quiz_score_command(
    path: &Path,
    profile: &Profile,
    json: bool,
    partial: bool,
    content: &Content,
    tr: &Translator,
) -> Result<String, CliError> {
    let quiz = &content.quiz;
    if profile.answers.is_empty() {
        return Err(CliError::NoAnswers(path.to_owned()));
    }
    let quiz_error = |source| CliError::Quiz {
        path: path.to_owned(),
        source: Box::new(source),
    };
    let result = if partial {
        score_partial_with_times(quiz, &profile.answers, &profile.answer_times)
            .map_err(quiz_error)?
    } else {
        match score_with_times(quiz, &profile.answers, &profile.answer_times) {
            Ok(result) => result,
            Err(AnswerError::Incomplete { missing, total }) => {
                return Err(CliError::Incomplete {
                    path: path.to_owned(),
                    missing,
                    total,
                });
            }
            Err(err) => return Err(quiz_error(err)),
        }
    };
    let others = rating::others(profile, &result, content);
    if json {
        quiz_json(path, profile, &result, others.as_ref())
    } else {
        let mut text = quiz_text(path, profile, &result, quiz, tr);
        rating::others_text(&mut text, others.as_ref(), content, tr);
        Ok(text)
    }
}

/// "Alex (team.ron)", or just the file when the profile has no name.
fn whose(path: &Path, profile: &Profile) -> String {
    let name = printable(profile.name.trim()).replace(['\n', '\t'], " ");
    if name.is_empty() {
        path.display().to_string()
    } else {
        format!("{name} ({})", path.display())
    }
}

fn advice_text(
    path: &Path,
    profile: &Profile,
    advice: &Advice,
    warnings: &[String],
    content: &Content,
    tr: &Translator,
) -> String {
    let rules = &content.advisor;
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(
        out,
        "{}",
        tr.tr_args("cli-advice-for", &[("who", whose(path, profile).into())])
    );
    let _ = writeln!(
        out,
        "{}",
        tr.tr_args(
            "cli-verdict",
            &[("verdict", verdict_name(tr, advice.verdict).into())]
        )
    );
    let _ = writeln!(
        out,
        "{}",
        tr.tr_args(
            "cli-advice-score",
            &[
                ("score", advice.score.into()),
                ("threshold", advice.threshold.into()),
                ("margin", advice.margin.into()),
            ]
        )
    );
    let _ = writeln!(out, "\n{}", tr.tr("cli-why"));
    for c in &advice.contributions {
        let _ = writeln!(
            out,
            "  {:>+4}  {}: {}",
            c.points,
            rules.label(c.factor),
            c.reason
        );
    }
    let _ = writeln!(out, "\n{}", tr.tr("cli-flips"));
    if advice.flips.is_empty() {
        let _ = writeln!(out, "  {}", rules.no_flip_sentence());
    }
    for sentence in advice.flip_sentences(rules) {
        let _ = writeln!(out, "  - {sentence}");
    }
    if !warnings.is_empty() {
        let _ = writeln!(out, "\n{}", tr.tr("cli-check-inputs"));
        for warning in warnings {
            let _ = writeln!(out, "  - {warning}");
        }
    }
    out
}

#[derive(Serialize)]
struct AdviceJson<'a> {
    file: String,
    name: &'a str,
    verdict: Verdict,
    verdict_name: &'static str,
    score: i64,
    threshold: i32,
    margin: i32,
    distance: i64,
    contributions: Vec<ContributionJson<'a>>,
    flips: Vec<FlipJson>,
    warnings: &'a [String],
}

#[derive(Serialize)]
struct ContributionJson<'a> {
    factor: Factor,
    label: &'a str,
    value: InputValue,
    points: i32,
    reason: &'a str,
}

#[derive(Serialize)]
struct FlipJson {
    factor: Factor,
    from: InputValue,
    to: InputValue,
    verdict: Verdict,
    sentence: String,
}

fn advice_json(
    path: &Path,
    profile: &Profile,
    advice: &Advice,
    warnings: &[String],
    content: &Content,
) -> Result<String, CliError> {
    let rules = &content.advisor;
    let value_of = |factor| {
        profile
            .team
            .as_ref()
            .map_or(InputValue::Number(0), |team| team.value(factor))
    };
    let document = AdviceJson {
        file: path.display().to_string(),
        name: &profile.name,
        verdict: advice.verdict,
        verdict_name: advice.verdict.name(),
        score: advice.score,
        threshold: advice.threshold,
        margin: advice.margin,
        distance: advice.distance,
        contributions: advice
            .contributions
            .iter()
            .map(|c| ContributionJson {
                factor: c.factor,
                label: rules.label(c.factor),
                value: value_of(c.factor),
                points: c.points,
                reason: &c.reason,
            })
            .collect(),
        flips: advice
            .flips
            .iter()
            .map(|f| FlipJson {
                factor: f.factor,
                from: f.from,
                to: f.to,
                verdict: f.verdict,
                sentence: f.sentence(rules),
            })
            .collect(),
        warnings,
    };
    let mut text = serde_json::to_string(&document)?;
    text.push('\n');
    Ok(text)
}

fn quiz_text(
    path: &Path,
    profile: &Profile,
    result: &QuizResult,
    quiz: &Quiz,
    tr: &Translator,
) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(
        out,
        "{}",
        tr.tr_args("cli-quiz-for", &[("who", whose(path, profile).into())])
    );
    let answered = [
        ("answered", result.answered.into()),
        ("total", result.total.into()),
    ];
    let _ = writeln!(
        out,
        "{}",
        if result.partial {
            tr.tr_args("cli-answered-partial", &answered)
        } else {
            tr.tr_args("cli-answered", &answered)
        }
    );
    let words = |score: Option<&BandedScore>| {
        score.map_or_else(|| not_scored(tr), |s| score_words(s, quiz))
    };
    for role in &result.roles {
        let _ = writeln!(
            out,
            "\n{}",
            tr.tr_args(
                "cli-role-fit",
                &[
                    ("role", role.name.as_str().into()),
                    ("fit", words(role.fit.as_ref()).into())
                ]
            )
        );
        let _ = writeln!(
            out,
            "  {}",
            tr.tr_args(
                "cli-skill-interest",
                &[
                    ("skill", words(role.skill.as_ref()).into()),
                    ("interest", words(role.interest.as_ref()).into())
                ]
            )
        );
        if let Some(fit) = &role.fit {
            let _ = writeln!(out, "  {}", fit.meaning);
        }
    }
    let _ = writeln!(out, "\n{}", result.fit_explanation);
    let ranges = &quiz.data().ranges;
    let _ = writeln!(
        out,
        "{}",
        render_named(
            &ranges.explanation,
            &[("confidence", &ranges.confidence.to_string())]
        )
    );
    let _ = writeln!(out, "\n{}", tr.tr("cli-trust"));
    for line in quality_lines(result, quiz) {
        let _ = writeln!(out, "  - {}", line.sentence);
    }
    let _ = writeln!(
        out,
        "\n{}",
        tr.tr_args("cli-lean", &[("lean", result.lean_summary.as_str().into())])
    );
    let _ = writeln!(
        out,
        "{}",
        tr.tr_args(
            "cli-combined",
            &[("sentence", result.combined.sentence.as_str().into())]
        )
    );
    highlights_text(&mut out, result, tr);
    if !result.notes.is_empty() {
        let _ = writeln!(out, "\n{}", tr.tr("cli-notes"));
        for note in &result.notes {
            let _ = writeln!(out, "  - {note}");
        }
    }
    out
}

/// Strengths, growth areas with what to learn next, and skills the person is less drawn to.
fn highlights_text(out: &mut String, result: &QuizResult, tr: &Translator) {
    let list = |out: &mut String, heading: String, ids: &[String], learn: bool| {
        if ids.is_empty() {
            return;
        }
        let _ = writeln!(out, "\n{heading}");
        for r in result.scores_of(ids) {
            let _ = writeln!(out, "  - {}", responsibility_line(r, tr));
            if learn && !r.learn_next.is_empty() {
                let _ = writeln!(
                    out,
                    "    {}",
                    tr.tr_args("cli-next", &[("next", r.learn_next.as_str().into())])
                );
            }
        }
    };
    list(out, tr.tr("cli-strengths"), &result.strengths, false);
    list(out, tr.tr("cli-growth"), &result.growth_areas, true);
    list(
        out,
        tr.tr("cli-not-drawn"),
        &result.skilled_not_drawn,
        false,
    );
}

/// A range as `[low, high]`, or `null`.
fn range_json(range: Option<ScoreRange>) -> Value {
    range.map_or(Value::Null, |r| json!([r.low, r.high]))
}

fn responsibility_line(r: &ResponsibilityScore, tr: &Translator) -> String {
    let score = |s: Option<u8>| s.map_or_else(|| "-".to_owned(), |v| v.to_string());
    tr.tr_args(
        "cli-responsibility-line",
        &[
            ("title", r.title.as_str().into()),
            ("role", r.role_name.as_str().into()),
            ("skill", score(r.skill).into()),
            ("interest", score(r.interest).into()),
        ],
    )
}

fn quiz_json(
    path: &Path,
    profile: &Profile,
    result: &QuizResult,
    others: Option<&OthersView>,
) -> Result<String, CliError> {
    let mut object = Map::new();
    object.insert("file".to_owned(), json!(path.display().to_string()));
    object.insert("name".to_owned(), json!(profile.name));
    object.insert("partial".to_owned(), json!(result.partial));
    object.insert("answered".to_owned(), json!(result.answered));
    object.insert("total".to_owned(), json!(result.total));
    for role in &result.roles {
        let key = role.id.replace('-', "_");
        object.insert(
            format!("{key}_fit"),
            json!(role.fit.as_ref().map(|f| f.value)),
        );
        object.insert(
            format!("{key}_fit_range"),
            range_json(role.fit.as_ref().and_then(|f| f.range)),
        );
    }
    let lean = match &result.lean {
        Lean::Role(id) => id.as_str(),
        Lean::Combined => "combined",
        Lean::NeitherYet => "neither_yet",
        Lean::TooClose => "too_close",
    };
    object.insert("lean".to_owned(), json!(lean));
    object.insert("lean_summary".to_owned(), json!(result.lean_summary));
    object.insert("no_preference".to_owned(), json!(result.no_preference));
    let value = |s: Option<&BandedScore>| s.map(|s| s.value);
    let roles: Vec<Value> = result
        .roles
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "name": r.name,
                "short_name": r.short_name,
                "skill": value(r.skill.as_ref()),
                "interest": value(r.interest.as_ref()),
                "fit": value(r.fit.as_ref()),
                "fit_band": r.fit.as_ref().map(|f| f.band.key()),
                "skill_range": range_json(r.skill.as_ref().and_then(|s| s.range)),
                "interest_range": range_json(r.interest.as_ref().and_then(|s| s.range)),
                "fit_range": range_json(r.fit.as_ref().and_then(|s| s.range)),
            })
        })
        .collect();
    object.insert("roles".to_owned(), Value::Array(roles));
    let combined = &result.combined;
    object.insert(
        "combined".to_owned(),
        json!({
            "roles": combined.roles,
            "fit": combined.fit,
            "band": combined.band.map(|b| b.key()),
            "sentence": combined.sentence,
        }),
    );
    let responsibilities: Vec<Value> = result
        .responsibilities
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "title": r.title,
                "role": r.role,
                "skill": r.skill,
                "interest": r.interest,
                "fit": r.fit,
                "skill_range": range_json(r.skill_range),
                "interest_range": range_json(r.interest_range),
                "fit_range": range_json(r.fit_range),
                "learn_next": r.learn_next,
            })
        })
        .collect();
    object.insert(
        "responsibilities".to_owned(),
        Value::Array(responsibilities),
    );
    object.insert("strengths".to_owned(), json!(result.strengths));
    object.insert("growth_areas".to_owned(), json!(result.growth_areas));
    object.insert(
        "skilled_not_drawn".to_owned(),
        json!(result.skilled_not_drawn),
    );
    object.insert("notes".to_owned(), json!(result.notes));
    // `null` for a result kept before the checks existed; the CLI always scores afresh, so
    // it is a list here.
    object.insert(
        "quality".to_owned(),
        json!(result.quality.as_ref().map(|flags| {
            flags
                .iter()
                .map(|f| json!({"id": f.id.key(), "sentence": f.sentence}))
                .collect::<Vec<_>>()
        })),
    );
    rating::others_json(&mut object, others);
    let mut text = serde_json::to_string(&Value::Object(object))?;
    text.push('\n');
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::advisor::TeamProfile;
    use crate::storage::save_profile;

    fn run_on(command: Command) -> (u8, String, String) {
        let content = Content::shipped().unwrap();
        let mut out = Vec::new();
        let mut err = Vec::new();
        let code = run(
            command,
            &content,
            Some(Language::English),
            &mut out,
            &mut err,
        );
        (
            code,
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
        )
    }

    fn saved(profile: &Profile) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        save_profile(&path, profile).unwrap();
        (dir, path)
    }

    fn complete_answers(value: u8) -> Profile {
        let content = Content::shipped().unwrap();
        let mut profile = Profile::new("Kim");
        for item in content.quiz.items() {
            profile.answers.set(item.id.clone(), value);
        }
        profile
    }

    #[test]
    fn advise_says_when_no_single_change_flips_the_answer() {
        let mut profile = Profile::new("Small");
        profile.team = Some(TeamProfile {
            engineers: 8,
            teams: 1,
            research: crate::domain::advisor::Research::PartTime,
            backlog_complexity: 1,
            switching: 5,
            speed_priority: 5,
        });
        let (_dir, path) = saved(&profile);
        let (code, out, err) = run_on(Command::Advise {
            file: path,
            json: false,
        });
        assert_eq!((code, err.as_str()), (EXIT_OK, ""));
        let rules = Content::shipped().unwrap().advisor;
        assert!(
            out.contains(&format!(
                "What would change the answer:\n  {}\n",
                rules.no_flip_sentence()
            )),
            "{out}"
        );
    }

    #[test]
    fn advise_big_org_splits() {
        let mut profile = Profile::new("Big");
        profile.team = Some(TeamProfile {
            engineers: 400,
            teams: 20,
            research: crate::domain::advisor::Research::FullTime,
            backlog_complexity: 5,
            switching: 1,
            speed_priority: 1,
        });
        let (_dir, path) = saved(&profile);
        let (code, out, err) = run_on(Command::Advise {
            file: path.clone(),
            json: true,
        });
        assert_eq!((code, err.as_str()), (EXIT_OK, ""));
        let value: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(value["verdict"], "split");
        assert_eq!(value["contributions"].as_array().unwrap().len(), 6);
        assert_eq!(value["contributions"][0]["factor"], "engineers");
        assert_eq!(value["contributions"][0]["value"], 400);
        assert!(value["score"].as_i64().unwrap() > 0);

        let (code, out, _) = run_on(Command::Advise {
            file: path,
            json: false,
        });
        assert_eq!(code, EXIT_OK);
        assert!(out.starts_with("Team advice for Big ("), "{out}");
        assert!(out.contains("Verdict: Split\n"), "{out}");
    }

    #[test]
    fn advise_without_team_says_so() {
        let (_dir, path) = saved(&Profile::new("No team"));
        let (code, out, err) = run_on(Command::Advise {
            file: path,
            json: false,
        });
        assert_eq!(code, EXIT_BAD_INPUT);
        assert_eq!(out, "");
        assert!(err.contains("has no team profile"), "{err}");
    }

    #[test]
    fn quiz_score_complete_and_partial() {
        let (_dir, path) = saved(&complete_answers(3));
        let (code, out, err) = run_on(Command::Quiz {
            command: QuizCommand::Score {
                file: path,
                json: true,
                partial: false,
            },
        });
        assert_eq!((code, err.as_str()), (EXIT_OK, ""));
        let value: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(value["partial"], false);
        assert_eq!(value["no_preference"], true);
        assert_eq!(value["pm_fit"], 75);
        assert_eq!(value["po_fit"], 75);
        assert_eq!(value["responsibilities"].as_array().unwrap().len(), 10);

        let mut unfinished = complete_answers(3);
        unfinished.answers.clear("vision-write");
        unfinished.answers.clear("review-interest");
        let (_dir, path) = saved(&unfinished);
        let score = |partial, json| {
            run_on(Command::Quiz {
                command: QuizCommand::Score {
                    file: path.clone(),
                    json,
                    partial,
                },
            })
        };
        let (code, out, err) = score(false, true);
        assert_eq!((code, out.as_str()), (EXIT_BAD_INPUT, ""));
        assert!(
            err.contains("2 of 40 quiz items are not answered yet"),
            "{err}"
        );
        let (code, out, _) = score(true, true);
        assert_eq!(code, EXIT_OK);
        let value: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(value["partial"], true);
        assert_eq!(value["answered"], 38);
        let (code, out, _) = score(true, false);
        assert_eq!(code, EXIT_OK);
        assert!(
            out.contains("Answered 38 of 40 items (a partial result)."),
            "{out}"
        );
    }

    #[test]
    fn quiz_score_without_answers_says_so() {
        let (_dir, path) = saved(&Profile::new("Fresh"));
        let (code, out, err) = run_on(Command::Quiz {
            command: QuizCommand::Score {
                file: path,
                json: false,
                partial: true,
            },
        });
        assert_eq!((code, out.as_str()), (EXIT_BAD_INPUT, ""));
        assert!(err.contains("no quiz answers"), "{err}");
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(
            printable("a\u{1b}[31mb\nc\td\u{7}"),
            "a\\u{1b}[31mb\nc\td\\u{7}"
        );
        let mut profile = Profile::new("Eve\u{1b}]0;pwned\u{7}\nNext");
        profile.team = Some(TeamProfile::default());
        profile.answers.set("no-such-item\u{1b}[2J", 1);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        std::fs::write(&path, profile.to_ron().unwrap()).unwrap();
        let (code, out, err) = run_on(Command::Advise {
            file: path.clone(),
            json: false,
        });
        assert_eq!((code, out.as_str()), (EXIT_BAD_INPUT, ""));
        assert!(!err.contains('\u{1b}'), "{err:?}");
        assert!(err.contains("no-such-item\\u{1b}[2J"), "{err}");
        profile.answers = crate::domain::quiz::Answers::new();
        std::fs::write(&path, profile.to_ron().unwrap()).unwrap();
        let (code, out, _) = run_on(Command::Advise {
            file: path,
            json: false,
        });
        assert_eq!(code, EXIT_OK);
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
        assert!(
            out.starts_with("Team advice for Eve\\u{1b}]0;pwned\\u{7} Next ("),
            "{out}"
        );
    }

    #[test]
    fn dash_reads_standard_input() {
        let content = Content::shipped().unwrap();
        let mut profile = complete_answers(3);
        profile.team = Some(TeamProfile::default());
        let text = profile.to_ron().unwrap();
        let run_stdin = |command, input: &[u8]| {
            let mut out = Vec::new();
            let mut err = Vec::new();
            let code = run_with_input(
                command,
                &content,
                Some(Language::English),
                &mut &input[..],
                &mut out,
                &mut err,
            );
            (
                code,
                String::from_utf8(out).unwrap(),
                String::from_utf8(err).unwrap(),
            )
        };
        let dash = PathBuf::from("-");
        let (code, out, err) = run_stdin(
            Command::Advise {
                file: dash.clone(),
                json: false,
            },
            text.as_bytes(),
        );
        assert_eq!((code, err.as_str()), (EXIT_OK, ""));
        assert!(
            out.starts_with("Team advice for Kim (standard input)\n"),
            "{out}"
        );
        let (code, out, _) = run_stdin(
            Command::Quiz {
                command: QuizCommand::Score {
                    file: dash.clone(),
                    json: true,
                    partial: false,
                },
            },
            text.as_bytes(),
        );
        assert_eq!(code, EXIT_OK);
        let value: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(value["file"], "standard input");
        assert_eq!(value["pm_fit"], 75);
        let (code, out, err) = run_stdin(
            Command::Export {
                file: dash.clone(),
                format: Format::Csv,
                output: dash.clone(),
                anonymise: false,
            },
            text.as_bytes(),
        );
        assert_eq!((code, err.as_str()), (EXIT_OK, ""));
        assert!(out.starts_with("name,date,role"), "{out}");
        let (code, out, err) = run_stdin(
            Command::Advise {
                file: dash,
                json: false,
            },
            b"(format: ",
        );
        assert_eq!((code, out.as_str()), (EXIT_BAD_INPUT, ""));
        assert!(err.starts_with("standard input:1:"), "{err}");
    }

    /// A writer that always fails, like a closed pipe.
    struct Closed;

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
    }

    #[test]
    fn closed_output_is_reported_not_a_panic() {
        let (_dir, path) = saved(&complete_answers(2));
        let content = Content::shipped().unwrap();
        let mut err = Vec::new();
        let code = run(
            Command::Quiz {
                command: QuizCommand::Score {
                    file: path,
                    json: false,
                    partial: false,
                },
            },
            &content,
            Some(Language::English),
            &mut Closed,
            &mut err,
        );
        assert_eq!(code, EXIT_OUTPUT_FAILED);
        assert!(String::from_utf8(err).unwrap().contains("could not write"));
    }
}
