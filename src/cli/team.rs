//! The team commands: `team summarize` and `team new` from profiles, and a team file's export.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{CliError, printable};
use crate::domain::Content;
use crate::domain::advisor::{Research, TeamProfile, Verdict};
use crate::domain::team::Member;
use crate::domain::team::{Added, Team};
use crate::domain::team_report::{PersonFit, TeamReport};
use crate::export::text::{NO_SCORE, cell_text, names_text, person_fit_text, verdict_name};
use crate::export::{self, Format};
use crate::i18n::Translator;
use crate::storage::{
    MemberBatch, Skipped, profile_paths, read_members, save_team, write_file_atomically,
};

/// How many profiles `team summarize` reads at a time: enough to keep both cores busy, few
/// enough that only this many full result snapshots are ever held at once.
const SUMMARY_CHUNK: usize = 256;

/// A team command.
#[derive(Debug, Clone, PartialEq, Eq, clap::Subcommand)]
pub enum TeamCommand {
    /// Print who covers each responsibility and who should hold which seat, for the people in
    /// the given profiles. Files that cannot be read are skipped and listed.
    Summarize {
        /// Profiles, or folders of them (their `*.ron` files, not recursively).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The team's inputs and framework.
        #[command(flatten)]
        team: TeamArgs,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Write a team file with the people in the given profiles: their names and latest quiz
    /// results, never their notes or answers.
    New {
        /// Profiles, or folders of them (their `*.ron` files, not recursively).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The team's inputs and framework.
        #[command(flatten)]
        team: TeamArgs,
        /// The team's name.
        #[arg(long, default_value = "")]
        name: String,
        /// The team file to write, atomically. A team file from a newer Career Explorer, or a
        /// file holding another kind of document, is never overwritten.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
}

/// The Team advisor's inputs and the staffing framework, as flags; each left out takes the
/// Team advisor form's default.
#[derive(Debug, Clone, Default, PartialEq, Eq, clap::Args)]
pub struct TeamArgs {
    /// Engineers, 1-100000 [default: the form's, 8].
    #[arg(long)]
    pub engineers: Option<u32>,
    /// Product teams, 1-1000 [default: the form's, 1].
    #[arg(long)]
    pub teams: Option<u32>,
    /// Market research: none, part-time or full-time [default: the form's, part-time].
    #[arg(long, value_parser = parse_research)]
    pub research: Option<Research>,
    /// Backlog complexity, 1-5 [default: the form's, 2].
    #[arg(long)]
    pub backlog_complexity: Option<u32>,
    /// Switching between strategy and execution, 1 (costly) to 5 (easy) [default: the form's,
    /// 4].
    #[arg(long)]
    pub switching: Option<u32>,
    /// Speed or specialisation, 1 (specialisation) to 5 (speed) [default: the form's, 4].
    #[arg(long)]
    pub speed_priority: Option<u32>,
    /// How many product owners a split needs: scrum, safe or less (from the advisor data)
    /// [default: the first, scrum].
    #[arg(long)]
    pub framework: Option<String>,
}

fn parse_research(text: &str) -> Result<Research, String> {
    let id = text.replace('-', "_");
    Research::ALL
        .into_iter()
        .find(|r| r.id() == id)
        .ok_or_else(|| format!("`{text}` is not one of none, part-time, full-time"))
}

impl TeamArgs {
    /// An empty team with these inputs and framework, checked against `content`.
    fn team(&self, name: &str, content: &Content) -> Result<Team, CliError> {
        let defaults = TeamProfile::default();
        let inputs = TeamProfile {
            engineers: self.engineers.unwrap_or(defaults.engineers),
            teams: self.teams.unwrap_or(defaults.teams),
            research: self.research.unwrap_or(defaults.research),
            backlog_complexity: self
                .backlog_complexity
                .unwrap_or(defaults.backlog_complexity),
            switching: self.switching.unwrap_or(defaults.switching),
            speed_priority: self.speed_priority.unwrap_or(defaults.speed_priority),
        };
        inputs.validate().map_err(CliError::TeamInputs)?;
        let rules = &content.advisor;
        let framework = match &self.framework {
            Some(id) => rules
                .framework(id)
                .ok_or_else(|| CliError::UnknownFramework {
                    framework: id.clone(),
                    known: rules
                        .frameworks
                        .iter()
                        .map(|f| f.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                })?,
            None => rules.default_framework().ok_or(CliError::NoFramework)?,
        };
        let mut team = Team::new(name, framework.id.clone());
        team.inputs = inputs;
        Ok(team)
    }
}

/// What a command printed and what it has to say on stderr even when it works.
pub(super) struct Output {
    /// For stdout.
    pub(super) text: String,
    /// Lines for stderr: the files skipped, people given twice.
    pub(super) notes: Vec<String>,
}

/// Runs a team command.
pub(super) fn run(
    command: TeamCommand,
    content: &Content,
    tr: &Translator,
) -> Result<Output, CliError> {
    match command {
        TeamCommand::Summarize { paths, team, json } => {
            let (team, notes, skipped) = gather(&paths, &team, "", true, content, tr)?;
            let report = TeamReport::new(&team, content, &[], false).map_err(CliError::Staffing)?;
            if json {
                Ok(Output {
                    text: summary_json(&report, &skipped)?,
                    notes: Vec::new(),
                })
            } else {
                Ok(Output {
                    text: summary_text(&report, tr),
                    notes,
                })
            }
        }
        TeamCommand::New {
            paths,
            team,
            name,
            output,
        } => {
            let (team, mut notes, _) = gather(&paths, &team, &name, false, content, tr)?;
            save_team(&output, &team)?;
            notes.push(tr.tr_args(
                "cli-wrote-team",
                &[
                    ("path", output.display().to_string().into()),
                    ("count", team.members.len().into()),
                ],
            ));
            Ok(Output {
                text: String::new(),
                notes,
            })
        }
    }
}

/// A skipped file as JSON shows it.
#[derive(Serialize)]
struct SkippedJson {
    path: String,
    error: String,
}

/// Reads the members behind `paths` into a team with `args`' inputs. Fails with every
/// skipped file listed when nobody could be read.
///
/// With `compact`, for a summary that is printed and not saved, the files are read a chunk at
/// a time and each member keeps only the numbers of their snapshot (see [`compact`]), so
/// memory grows by a few hundred bytes a person rather than by a whole result.
fn gather(
    paths: &[PathBuf],
    args: &TeamArgs,
    name: &str,
    compact_members: bool,
    content: &Content,
    tr: &Translator,
) -> Result<(Team, Vec<String>, Vec<SkippedJson>), CliError> {
    let mut team = args.team(name, content)?;
    let MemberBatch { members, skipped } = if compact_members {
        let (files, mut skipped) = profile_paths(paths);
        let mut members = Vec::with_capacity(files.len());
        for chunk in files.chunks(SUMMARY_CHUNK) {
            let batch = read_members(chunk, content);
            members.extend(batch.members.into_iter().map(|(p, m)| (p, compact(m))));
            skipped.extend(batch.skipped);
        }
        MemberBatch { members, skipped }
    } else {
        read_members(paths, content)
    };
    let mut notes: Vec<String> = skipped.iter().map(|s| skipped_line(s, tr)).collect();
    let skipped_json: Vec<SkippedJson> = skipped
        .iter()
        .map(|s| SkippedJson {
            path: s.path.display().to_string(),
            error: printable(&s.error.to_string()),
        })
        .collect();
    for (path, member) in members {
        match team.add_or_update(member) {
            Ok(Added::New) => {}
            Ok(Added::Updated) => notes.push(tr.tr_args(
                "cli-same-person",
                &[("path", path.display().to_string().into())],
            )),
            Err(err) => notes.push(tr.tr_args(
                "cli-skipped",
                &[(
                    "why",
                    format!("{}: {}", path.display(), err.message(tr)).into(),
                )],
            )),
        }
    }
    if team.members.is_empty() {
        return Err(CliError::NoMembers { lines: notes });
    }
    Ok((team, notes, skipped_json))
}

/// `member` with only what coverage and staffing read from their snapshot: the scores and
/// the ids that find them. The texts (every score's meaning, the explanations, titles and
/// what to learn) are the content's, the same for everyone, and the report takes them from
/// the content.
fn compact(mut member: Member) -> Member {
    if let Some(past) = &mut member.latest_result {
        let result = &mut past.result;
        for r in &mut result.responsibilities {
            r.title = String::new();
            r.role_name = String::new();
            r.learn_next = String::new();
        }
        for role in &mut result.roles {
            role.name = String::new();
            role.short_name = String::new();
            for score in [&mut role.skill, &mut role.interest, &mut role.fit]
                .into_iter()
                .flatten()
            {
                score.meaning = String::new();
            }
        }
        result.fit_explanation = String::new();
        result.lean_summary = String::new();
        result.combined.sentence = String::new();
        result.combined.explanation = String::new();
        result.strengths = Vec::new();
        result.growth_areas = Vec::new();
        result.skilled_not_drawn = Vec::new();
        result.notes = Vec::new();
    }
    member
}

fn skipped_line(skipped: &Skipped, tr: &Translator) -> String {
    tr.tr_args("cli-skipped", &[("why", skipped.error.message(tr).into())])
}

/// Exports the team file `team`, to `output` or (for `-`) back to the caller for stdout.
pub(super) fn export_team(
    team: &Team,
    format: Format,
    output: &Path,
    anonymise: bool,
    content: &Content,
    tr: &Translator,
) -> Result<String, CliError> {
    let report = TeamReport::new(team, content, &[], anonymise).map_err(CliError::Staffing)?;
    let text = export::render_team(&report, format, tr);
    if output == Path::new("-") {
        return Ok(text);
    }
    write_file_atomically(output, text.as_bytes())?;
    Ok(String::new())
}

fn name(text: &str) -> String {
    printable(text).replace(['\n', '\t'], " ")
}

fn summary_text(report: &TeamReport, tr: &Translator) -> String {
    let mut out = String::new();
    let advice = &report.advice;
    // Writing to a String cannot fail.
    let _ = writeln!(
        out,
        "{}",
        tr.tr_args("cli-team-of", &[("count", report.members.len().into())])
    );
    let without: Vec<String> = report
        .members
        .iter()
        .filter(|m| m.taken.is_none())
        .map(|m| name(&m.name))
        .collect();
    if !without.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            tr.tr_args("cli-no-result-yet", &[("names", without.join(", ").into())])
        );
    }
    let _ = writeln!(
        out,
        "{}",
        tr.tr_args(
            "cli-team-verdict",
            &[
                ("verdict", verdict_name(tr, advice.verdict).into()),
                ("score", advice.score.into()),
                ("threshold", advice.threshold.into()),
                ("margin", advice.margin.into()),
            ]
        )
    );
    let _ = writeln!(out, "\n{}", tr.tr("cli-why"));
    for f in &advice.factors {
        let _ = writeln!(out, "  {:>+4}  {}: {}", f.points, f.label, f.reason);
    }
    let _ = writeln!(
        out,
        "\n{}",
        tr.tr_args(
            "cli-staffing",
            &[
                ("framework", report.framework.name.as_str().into()),
                ("rule", report.framework.rule.as_str().into()),
            ]
        )
    );
    seats_text(&mut out, report, tr);
    let _ = writeln!(out, "\n{}", tr.tr("cli-coverage"));
    let gap_flag = tr.tr("cli-gap-flag");
    for line in &report.coverage {
        let gap = if line.gap {
            format!("  {gap_flag}")
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "  {} {}: {} {}{gap}",
            line.role_short_name,
            line.title,
            name(&names_text(tr, &line.strongest)),
            cell_text(tr, line.skill),
        );
        if let Some(next) = &line.learn_next {
            let _ = writeln!(
                out,
                "    {}",
                tr.tr_args("cli-next", &[("next", next.as_str().into())])
            );
        }
    }
    out
}

/// Each seat with its holder and runner-up.
fn seats_text(out: &mut String, report: &TeamReport, tr: &Translator) {
    let unfilled = tr.tr("export-unfilled");
    if let Some(note) = &report.staffing_note {
        let _ = writeln!(out, "  {note}");
    }
    for seat in &report.seats {
        let _ = writeln!(
            out,
            "  {}",
            tr.tr_args(
                "cli-seat",
                &[
                    ("seat", seat.title.as_str().into()),
                    (
                        "holder",
                        name(&person_fit_text(
                            tr,
                            seat.holder.as_ref(),
                            seat.pinned,
                            &unfilled
                        ))
                        .into()
                    ),
                    (
                        "runner",
                        name(&person_fit_text(
                            tr,
                            seat.runner_up.as_ref(),
                            false,
                            NO_SCORE
                        ))
                        .into()
                    ),
                ]
            )
        );
    }
}

#[derive(Serialize)]
struct SummaryJson<'a> {
    members: usize,
    skipped: &'a [SkippedJson],
    framework: &'a str,
    coverage: Vec<CoverageJson<'a>>,
    staffing: StaffingJson<'a>,
}

#[derive(Serialize)]
struct CoverageJson<'a> {
    responsibility: &'a str,
    title: &'a str,
    role: &'a str,
    strongest: &'a [String],
    skill: Option<u8>,
    gap: bool,
}

#[derive(Serialize)]
struct StaffingJson<'a> {
    verdict: Verdict,
    verdict_name: &'static str,
    score: i64,
    reasons: Vec<&'a str>,
    note: Option<&'a str>,
    total_fit: u32,
    seats: Vec<SeatJson<'a>>,
}

#[derive(Serialize)]
struct SeatJson<'a> {
    seat: &'a str,
    title: &'a str,
    person: Option<&'a str>,
    fit: Option<u8>,
    runner_up: Option<&'a str>,
    runner_up_fit: Option<u8>,
}

fn summary_json(report: &TeamReport, skipped: &[SkippedJson]) -> Result<String, CliError> {
    fn person(p: Option<&PersonFit>) -> Option<&str> {
        p.map(|p| p.name.as_str())
    }
    let fit = |p: Option<&PersonFit>| p.map(|p| p.fit);
    let document = SummaryJson {
        members: report.members.len(),
        skipped,
        framework: &report.framework.id,
        coverage: report
            .coverage
            .iter()
            .map(|line| CoverageJson {
                responsibility: &line.id,
                title: &line.title,
                role: &line.role_short_name,
                strongest: &line.strongest,
                skill: line.skill.map(|(value, _)| value),
                gap: line.gap,
            })
            .collect(),
        staffing: StaffingJson {
            verdict: report.advice.verdict,
            verdict_name: report.advice.verdict.name(),
            score: report.advice.score,
            reasons: report
                .advice
                .factors
                .iter()
                .map(|f| f.reason.as_str())
                .collect(),
            note: report.staffing_note.as_deref(),
            total_fit: report.total_fit,
            seats: report
                .seats
                .iter()
                .map(|s| SeatJson {
                    seat: &s.id,
                    title: &s.title,
                    person: person(s.holder.as_ref()),
                    fit: fit(s.holder.as_ref()),
                    runner_up: person(s.runner_up.as_ref()),
                    runner_up_fit: fit(s.runner_up.as_ref()),
                })
                .collect(),
        },
    };
    let mut text = serde_json::to_string(&document)?;
    text.push('\n');
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Args as _;

    /// The defaults the help names are the form's, so they cannot drift apart.
    #[test]
    fn help_names_the_forms_defaults() {
        let defaults = TeamProfile::default();
        let command = TeamArgs::augment_args(clap::Command::new("team"));
        let help = |id: &str| {
            command
                .get_arguments()
                .find(|a| a.get_id() == id)
                .and_then(|a| a.get_help())
                .map(ToString::to_string)
                .unwrap_or_default()
        };
        for (id, value) in [
            ("engineers", defaults.engineers.to_string()),
            ("teams", defaults.teams.to_string()),
            ("research", defaults.research.id().replace('_', "-")),
            (
                "backlog_complexity",
                defaults.backlog_complexity.to_string(),
            ),
            ("switching", defaults.switching.to_string()),
            ("speed_priority", defaults.speed_priority.to_string()),
        ] {
            let text = help(id);
            assert!(
                text.contains(&format!("[default: the form's, {value}]")),
                "{id}: {text}"
            );
        }
        let content = Content::shipped().unwrap();
        let first = content.advisor.default_framework().unwrap();
        assert!(help("framework").contains(&format!("[default: the first, {}]", first.id)));
        let team = TeamArgs::default().team("T", &content).unwrap();
        assert_eq!(team.inputs, defaults);
        assert_eq!(team.framework, first.id);
    }

    #[test]
    fn compact_members_make_the_same_report() {
        let content = Content::shipped().unwrap();
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/teams/payments.ron");
        let full = crate::storage::load_team(std::path::Path::new(path), &content).unwrap();
        let mut small = full.clone();
        small.members = small.members.into_iter().map(compact).collect();
        assert_ne!(small, full, "the texts are gone");
        for anonymise in [false, true] {
            assert_eq!(
                TeamReport::new(&small, &content, &[], anonymise).unwrap(),
                TeamReport::new(&full, &content, &[], anonymise).unwrap()
            );
        }
        let before = format!("{:?}", full.members[0]).len();
        let after = format!("{:?}", small.members[0]).len();
        assert!(after * 2 < before, "{after} of {before}");
    }

    #[test]
    fn research_takes_either_spelling() {
        assert_eq!(parse_research("full-time"), Ok(Research::FullTime));
        assert_eq!(parse_research("part_time"), Ok(Research::PartTime));
        assert_eq!(parse_research("none"), Ok(Research::None));
        assert!(parse_research("sometimes").is_err());
    }
}
