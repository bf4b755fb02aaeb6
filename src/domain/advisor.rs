//! The team advisor: should one person be both Product Manager and Product Owner, or should
//! two people hold the roles?
//!
//! [`advise`] is a pure function of a [`TeamProfile`] and the [`AdvisorRules`] shipped in
//! `data/advisor.ron`. Every input (a [`Factor`]) adds points to a score; every number and
//! sentence involved lives in the data file, none in code.
//!
//! Score convention: **positive points lean toward [`Verdict::Split`], negative toward
//! [`Verdict::Combine`]**. A score more than `margin` above `threshold` is Split, more than
//! `margin` below it is Combine, and anything within `margin` of it (inclusive) is
//! [`Verdict::NoClearWinner`].
//!
//! Loading validates that the point tables are monotone, so for any rules that load, more
//! engineers, more teams, more market research or a more complex backlog never move the score
//! toward Combine, and better switching or a higher priority on speed never move it toward
//! Split. That is what makes the "what would change the answer" flips exact and cheap: points
//! only change at a table's breakpoints, so only the values next to them need checking.

use std::borrow::Cow;
use std::fmt;
use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};

use super::data_file::{RonError, first_duplicate, parse_ron};
use super::template::{self, TemplateError};

/// File name of the shipped advisor rules, as it appears in error messages.
pub const ADVISOR_FILE: &str = "data/advisor.ron";

/// The shipped advisor rules' text, embedded at build time.
pub const ADVISOR_RON: &str = include_str!("../../data/advisor.ron");

/// A team with fewer engineers than this per product team gets a warning. Two is the smallest
/// group that can be called a team; this is a sanity check on the input, not a scoring rule.
const MIN_ENGINEERS_PER_TEAM: u32 = 2;

/// Placeholders a flip sentence may use.
const FLIP_PLACEHOLDERS: [&str; 3] = ["from", "to", "verdict"];

/// One input of the team profile that the advice weighs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Factor {
    /// Engineers in the product group.
    Engineers,
    /// Product teams working on different areas.
    Teams,
    /// Market research the strategy needs.
    Research,
    /// How much managing the backlog takes (1-5).
    BacklogComplexity,
    /// How well one person can switch between strategy and execution (1-5).
    Switching,
    /// Speed (5) or specialisation (1) first.
    SpeedPriority,
}

impl Factor {
    /// Every factor, in the order the form and the advice list them.
    pub const ALL: [Self; 6] = [
        Self::Engineers,
        Self::Teams,
        Self::Research,
        Self::BacklogComplexity,
        Self::Switching,
        Self::SpeedPriority,
    ];

    /// Stable kebab-case id, as serialised.
    pub const fn id(self) -> &'static str {
        match self {
            Self::Engineers => "engineers",
            Self::Teams => "teams",
            Self::Research => "research",
            Self::BacklogComplexity => "backlog-complexity",
            Self::Switching => "switching",
            Self::SpeedPriority => "speed-priority",
        }
    }

    /// The factor with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.id() == id)
    }

    /// The field that holds this input in a profile and its rules in `advisor.ron`; also the
    /// placeholder name in reason and warning templates.
    pub const fn field(self) -> &'static str {
        match self {
            Self::Engineers => "engineers",
            Self::Teams => "teams",
            Self::Research => "research",
            Self::BacklogComplexity => "backlog_complexity",
            Self::Switching => "switching",
            Self::SpeedPriority => "speed_priority",
        }
    }

    /// Whether raising this input must never lower the score (toward Split). For the others,
    /// raising it must never raise the score.
    const fn rises_toward_split(self) -> bool {
        match self {
            Self::Engineers | Self::Teams | Self::Research | Self::BacklogComplexity => true,
            Self::Switching | Self::SpeedPriority => false,
        }
    }

    /// What loading demands of this factor's points, in words.
    const fn monotone_rule(self) -> &'static str {
        if self.rises_toward_split() {
            "never fall"
        } else {
            "never rise"
        }
    }
}

impl fmt::Display for Factor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// How much market research the product strategy needs.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Research {
    /// No dedicated research.
    None,
    /// Part of someone's week.
    #[default]
    PartTime,
    /// A full-time job.
    FullTime,
}

impl Research {
    /// Every level, from least to most research.
    pub const ALL: [Self; 3] = [Self::None, Self::PartTime, Self::FullTime];

    /// Stable snake-case id, as serialised (`none`, `part_time`, `full_time`).
    pub const fn id(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::PartTime => "part_time",
            Self::FullTime => "full_time",
        }
    }

    /// Position on the scale: 0 for none, 2 for full-time.
    const fn ordinal(self) -> u32 {
        match self {
            Self::None => 0,
            Self::PartTime => 1,
            Self::FullTime => 2,
        }
    }

    /// The level at `ordinal`; past the end gives full-time.
    const fn from_ordinal(ordinal: u32) -> Self {
        match ordinal {
            0 => Self::None,
            1 => Self::PartTime,
            _ => Self::FullTime,
        }
    }
}

/// The value of one input: a number, or a research level. Serialises as a JSON number or as
/// the research id string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum InputValue {
    /// Engineers, teams, or a 1-5 scale.
    Number(u32),
    /// Market research.
    Research(Research),
}

impl InputValue {
    /// The value as a position on its input's range (research: 0, 1, 2).
    const fn ordinal(self) -> u32 {
        match self {
            Self::Number(n) => n,
            Self::Research(r) => r.ordinal(),
        }
    }

    /// `ordinal` as a value of `factor`.
    const fn of(factor: Factor, ordinal: u32) -> Self {
        match factor {
            Factor::Research => Self::Research(Research::from_ordinal(ordinal)),
            Factor::Engineers
            | Factor::Teams
            | Factor::BacklogComplexity
            | Factor::Switching
            | Factor::SpeedPriority => Self::Number(ordinal),
        }
    }
}

/// What the user tells the advisor about their team. Missing fields take their default, so a
/// profile file may list only some of them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TeamProfile {
    /// Engineers in the product group, across all its teams ([`TeamProfile::ENGINEERS_RANGE`]).
    pub engineers: u32,
    /// Product teams working on different areas ([`TeamProfile::TEAMS_RANGE`]).
    pub teams: u32,
    /// Market research the strategy needs.
    pub research: Research,
    /// 1 = a simple backlog, 5 = complex enough to need someone managing it full-time.
    pub backlog_complexity: u32,
    /// 1 = one person would struggle to switch between strategy and execution, 5 = switches
    /// easily.
    pub switching: u32,
    /// 1 = specialisation matters more, 5 = speed matters more.
    pub speed_priority: u32,
}

impl Default for TeamProfile {
    /// A small startup: one team of eight engineers.
    fn default() -> Self {
        Self {
            engineers: 8,
            teams: 1,
            research: Research::PartTime,
            backlog_complexity: 2,
            switching: 4,
            speed_priority: 4,
        }
    }
}

impl TeamProfile {
    /// Valid numbers of engineers.
    pub const ENGINEERS_RANGE: RangeInclusive<u32> = 1..=100_000;
    /// Valid numbers of product teams.
    pub const TEAMS_RANGE: RangeInclusive<u32> = 1..=1000;
    /// Valid values of the 1-5 scales (backlog complexity, switching, speed priority).
    pub const SCALE_RANGE: RangeInclusive<u32> = 1..=5;

    /// The valid range of a numeric input; `None` for research, which is a choice.
    pub const fn range(factor: Factor) -> Option<RangeInclusive<u32>> {
        match factor {
            Factor::Research => None,
            Factor::Engineers | Factor::Teams => Some(ordinal_range(factor)),
            Factor::BacklogComplexity | Factor::Switching | Factor::SpeedPriority => {
                Some(Self::SCALE_RANGE)
            }
        }
    }

    /// The current value of one input.
    pub const fn value(&self, factor: Factor) -> InputValue {
        InputValue::of(factor, self.ordinal(factor))
    }

    /// Checks every number is in its range. A profile file may hold any number, so this runs
    /// on load; the advice for an invalid profile is computed on the nearest valid values.
    pub fn validate(&self) -> Result<(), AdvisorError> {
        for factor in Factor::ALL {
            let value = self.ordinal(factor);
            let range = ordinal_range(factor);
            if !range.contains(&value) {
                return Err(AdvisorError::OutOfRange {
                    factor,
                    value,
                    min: *range.start(),
                    max: *range.end(),
                });
            }
        }
        Ok(())
    }

    /// Sentences about inputs that contradict each other, such as more teams than engineers.
    /// The inputs are never changed: the advice uses them as entered.
    pub fn warnings(&self, rules: &AdvisorRules) -> Vec<String> {
        let texts = &rules.warnings;
        let template = if self.teams > self.engineers {
            Some(&texts.more_teams_than_engineers)
        } else if self.teams >= 2
            && self.teams.saturating_mul(MIN_ENGINEERS_PER_TEAM) > self.engineers
        {
            Some(&texts.few_engineers_per_team)
        } else {
            None
        };
        template
            .map(|t| rules.render_for_profile(t, self))
            .into_iter()
            .collect()
    }

    /// The input as a position on its range (research: 0, 1, 2).
    const fn ordinal(&self, factor: Factor) -> u32 {
        match factor {
            Factor::Engineers => self.engineers,
            Factor::Teams => self.teams,
            Factor::Research => self.research.ordinal(),
            Factor::BacklogComplexity => self.backlog_complexity,
            Factor::Switching => self.switching,
            Factor::SpeedPriority => self.speed_priority,
        }
    }

    /// This profile with one input set to `ordinal`.
    fn with_ordinal(&self, factor: Factor, ordinal: u32) -> Self {
        let mut profile = self.clone();
        match factor {
            Factor::Engineers => profile.engineers = ordinal,
            Factor::Teams => profile.teams = ordinal,
            Factor::Research => profile.research = Research::from_ordinal(ordinal),
            Factor::BacklogComplexity => profile.backlog_complexity = ordinal,
            Factor::Switching => profile.switching = ordinal,
            Factor::SpeedPriority => profile.speed_priority = ordinal,
        }
        profile
    }

    /// This profile with every number moved into its range.
    fn clamped(&self) -> Self {
        Factor::ALL
            .into_iter()
            .fold(self.clone(), |profile, factor| {
                let range = ordinal_range(factor);
                let value = profile.ordinal(factor).clamp(*range.start(), *range.end());
                profile.with_ordinal(factor, value)
            })
    }
}

/// The valid positions of an input (research: 0..=2).
const fn ordinal_range(factor: Factor) -> RangeInclusive<u32> {
    match factor {
        Factor::Engineers => TeamProfile::ENGINEERS_RANGE,
        Factor::Teams => TeamProfile::TEAMS_RANGE,
        Factor::Research => 0..=2,
        Factor::BacklogComplexity | Factor::Switching | Factor::SpeedPriority => {
            TeamProfile::SCALE_RANGE
        }
    }
}

/// The advisor's weights, thresholds and sentences, as read from `advisor.ron`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdvisorRules {
    /// The score that separates Combine (below) from Split (above).
    pub threshold: i32,
    /// How far from the threshold a score must be for a clear verdict; zero or more.
    pub margin: i32,
    /// Points by number of engineers.
    pub engineers: StepRule,
    /// Points by number of product teams.
    pub teams: StepRule,
    /// Points by research level.
    pub research: ResearchRule,
    /// Points by backlog complexity.
    pub backlog_complexity: ScaleRule,
    /// Points by switching ability.
    pub switching: ScaleRule,
    /// Points by speed priority.
    pub speed_priority: ScaleRule,
    /// Sentences for contradictory input.
    pub warnings: Warnings,
}

/// Points for a numeric input, as a step table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepRule {
    /// Form label, unique among the inputs.
    pub label: String,
    /// One line of help for the form.
    pub help: String,
    /// Flip sentence template ({from}, {to}, {verdict}).
    pub flip: String,
    /// Steps in strictly ascending `from`; the first starts at the input's minimum.
    pub steps: Vec<Step>,
}

/// Points for every value from `from` up to the next step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// First value this step covers.
    pub from: u32,
    /// Points for these values.
    pub points: i32,
    /// Why, as a sentence template with profile placeholders.
    pub reason: String,
}

/// Points for the research input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResearchRule {
    /// Form label, unique among the inputs.
    pub label: String,
    /// One line of help for the form.
    pub help: String,
    /// Flip sentence template ({from}, {to}, {verdict}).
    pub flip: String,
    /// One entry per research level.
    pub levels: Vec<ResearchLevel>,
}

/// One research level's name and points.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResearchLevel {
    /// The level.
    pub level: Research,
    /// Display name for the form, e.g. "Part-time".
    pub name: String,
    /// The level inside a sentence, e.g. "part-time".
    pub phrase: String,
    /// Points for this level.
    pub points: i32,
    /// Why, as a sentence template with profile placeholders.
    pub reason: String,
}

/// Points for a 1-5 scale input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleRule {
    /// Form label, unique among the inputs.
    pub label: String,
    /// One line of help for the form.
    pub help: String,
    /// Flip sentence template ({from}, {to}, {verdict}).
    pub flip: String,
    /// What 1 means.
    pub low: String,
    /// What 5 means.
    pub high: String,
    /// One entry per level, 1 to 5.
    pub levels: Vec<ScaleLevel>,
}

/// One level of a 1-5 scale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleLevel {
    /// The level, 1 to 5.
    pub level: u32,
    /// Points for this level.
    pub points: i32,
    /// Why, as a sentence template with profile placeholders.
    pub reason: String,
}

/// Sentence templates for contradictory input (profile placeholders).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Warnings {
    /// More product teams than engineers.
    pub more_teams_than_engineers: String,
    /// Fewer than two engineers per product team.
    pub few_engineers_per_team: String,
}

/// The rules for one factor, whatever its kind.
#[derive(Clone, Copy)]
enum Rule<'a> {
    Steps(&'a StepRule),
    Research(&'a ResearchRule),
    Scale(&'a ScaleRule),
}

impl AdvisorRules {
    /// The rules shipped with the app.
    pub fn shipped() -> Result<Self, AdvisorError> {
        Self::from_ron(ADVISOR_FILE, ADVISOR_RON)
    }

    /// Parses and validates rules; `file` names them in errors.
    pub fn from_ron(file: &str, text: &str) -> Result<Self, AdvisorError> {
        let rules: Self = parse_ron(file, text)?;
        rules.validate(file)?;
        Ok(rules)
    }

    /// Checks the rules are complete, monotone and their templates sound. `file` names them in
    /// errors.
    pub fn validate(&self, file: &str) -> Result<(), AdvisorError> {
        if self.margin < 0 {
            return Err(AdvisorError::NegativeMargin {
                file: file.to_owned(),
                margin: self.margin,
            });
        }
        let check = Checker { file };
        for factor in Factor::ALL {
            let name = factor.field();
            check.text(&format!("the label of `{name}`"), self.label(factor))?;
            check.text(&format!("the help of `{name}`"), self.help(factor))?;
            check.template(
                &format!("the flip sentence of `{name}`"),
                self.flip_template(factor),
                &FLIP_PLACEHOLDERS,
            )?;
            match self.rule(factor) {
                Rule::Steps(rule) => check.steps(factor, rule)?,
                Rule::Research(rule) => check.research(rule)?,
                Rule::Scale(rule) => check.scale(factor, rule)?,
            }
        }
        if let Some(label) = first_duplicate(Factor::ALL.map(|f| self.label(f))) {
            return Err(AdvisorError::DuplicateLabel {
                file: file.to_owned(),
                label: label.to_owned(),
            });
        }
        check.profile_template(
            "the warning `more_teams_than_engineers`",
            &self.warnings.more_teams_than_engineers,
        )?;
        check.profile_template(
            "the warning `few_engineers_per_team`",
            &self.warnings.few_engineers_per_team,
        )
    }

    /// The form label of an input, e.g. "Engineers".
    pub fn label(&self, factor: Factor) -> &str {
        match self.rule(factor) {
            Rule::Steps(r) => &r.label,
            Rule::Research(r) => &r.label,
            Rule::Scale(r) => &r.label,
        }
    }

    /// One line of help for an input.
    pub fn help(&self, factor: Factor) -> &str {
        match self.rule(factor) {
            Rule::Steps(r) => &r.help,
            Rule::Research(r) => &r.help,
            Rule::Scale(r) => &r.help,
        }
    }

    /// For a 1-5 scale, what 1 and what 5 mean; `None` for the other inputs.
    pub fn scale_ends(&self, factor: Factor) -> Option<(&str, &str)> {
        match self.rule(factor) {
            Rule::Scale(r) => Some((&r.low, &r.high)),
            Rule::Steps(_) | Rule::Research(_) => None,
        }
    }

    /// Display name of a research level for the form, e.g. "Part-time".
    pub fn research_name(&self, level: Research) -> &str {
        self.research_level(level).map_or(level.id(), |l| &l.name)
    }

    /// The score of a profile: the sum of every factor's points.
    pub fn score(&self, profile: &TeamProfile) -> i64 {
        Factor::ALL
            .into_iter()
            .map(|f| i64::from(self.entry(f, profile.ordinal(f)).0))
            .sum()
    }

    /// The verdict for a score: Split above `threshold + margin`, Combine below
    /// `threshold - margin`, no clear winner in between (ends included).
    pub fn verdict(&self, score: i64) -> Verdict {
        let distance = score - i64::from(self.threshold);
        let margin = i64::from(self.margin);
        if distance > margin {
            Verdict::Split
        } else if distance < -margin {
            Verdict::Combine
        } else {
            Verdict::NoClearWinner
        }
    }

    /// A value of an input in words: the number, or the research level's phrase.
    pub fn value_text(&self, value: InputValue) -> String {
        match value {
            InputValue::Number(n) => n.to_string(),
            InputValue::Research(level) => self
                .research_level(level)
                .map_or(level.id(), |l| &l.phrase)
                .to_owned(),
        }
    }

    fn rule(&self, factor: Factor) -> Rule<'_> {
        match factor {
            Factor::Engineers => Rule::Steps(&self.engineers),
            Factor::Teams => Rule::Steps(&self.teams),
            Factor::Research => Rule::Research(&self.research),
            Factor::BacklogComplexity => Rule::Scale(&self.backlog_complexity),
            Factor::Switching => Rule::Scale(&self.switching),
            Factor::SpeedPriority => Rule::Scale(&self.speed_priority),
        }
    }

    fn flip_template(&self, factor: Factor) -> &str {
        match self.rule(factor) {
            Rule::Steps(r) => &r.flip,
            Rule::Research(r) => &r.flip,
            Rule::Scale(r) => &r.flip,
        }
    }

    fn research_level(&self, level: Research) -> Option<&ResearchLevel> {
        self.research.levels.iter().find(|l| l.level == level)
    }

    /// Points and reason template for one input at `ordinal`. Validated rules always have an
    /// entry; unvalidated ones without one give no points and no reason.
    fn entry(&self, factor: Factor, ordinal: u32) -> (i32, &str) {
        let found = match self.rule(factor) {
            Rule::Steps(rule) => step_at(&rule.steps, ordinal).map(|s| (s.points, &s.reason)),
            Rule::Research(_) => self
                .research_level(Research::from_ordinal(ordinal))
                .map(|l| (l.points, &l.reason)),
            Rule::Scale(rule) => rule
                .levels
                .iter()
                .find(|l| l.level == ordinal)
                .map(|l| (l.points, &l.reason)),
        };
        found.map_or((0, ""), |(points, reason)| (points, reason.as_str()))
    }

    /// Values of `factor` at which the closest differing verdict can lie. Points are constant
    /// between a step table's breakpoints, so the nearest value of any other segment is one of
    /// its ends: a breakpoint, the value just below one, or an end of the range.
    fn candidates(&self, factor: Factor) -> Vec<u32> {
        let range = ordinal_range(factor);
        match self.rule(factor) {
            Rule::Steps(rule) => {
                let mut values = vec![*range.start(), *range.end()];
                for step in &rule.steps {
                    for value in [step.from, step.from.saturating_sub(1)] {
                        if range.contains(&value) {
                            values.push(value);
                        }
                    }
                }
                values
            }
            Rule::Research(_) | Rule::Scale(_) => range.collect(),
        }
    }

    /// The smallest change to `factor` alone that changes `verdict`; on a tie between a lower
    /// and a higher value, the lower one.
    fn flip(
        &self,
        profile: &TeamProfile,
        factor: Factor,
        score: i64,
        verdict: Verdict,
    ) -> Option<Flip> {
        let current = profile.ordinal(factor);
        let others = score - i64::from(self.entry(factor, current).0);
        self.candidates(factor)
            .into_iter()
            .filter(|&value| value != current)
            .filter_map(|value| {
                let new = self.verdict(others + i64::from(self.entry(factor, value).0));
                (new != verdict).then_some((value, new))
            })
            .min_by_key(|&(value, _)| (value.abs_diff(current), value))
            .map(|(value, new)| Flip {
                factor,
                from: InputValue::of(factor, current),
                to: InputValue::of(factor, value),
                verdict: new,
            })
    }

    /// Fills a template's profile placeholders from `profile`.
    fn render_for_profile(&self, text: &str, profile: &TeamProfile) -> String {
        template::render(text, |name| {
            let factor = Factor::ALL.into_iter().find(|f| f.field() == name)?;
            Some(Cow::Owned(self.value_text(profile.value(factor))))
        })
    }
}

/// The step covering `value`: the one with the greatest `from` not above it, or the lowest
/// step when `value` is below them all.
fn step_at(steps: &[Step], value: u32) -> Option<&Step> {
    steps
        .iter()
        .filter(|s| s.from <= value)
        .max_by_key(|s| s.from)
        .or_else(|| steps.iter().min_by_key(|s| s.from))
}

/// Validation helpers that know the file name.
struct Checker<'a> {
    file: &'a str,
}

impl Checker<'_> {
    fn text(&self, what: &str, text: &str) -> Result<(), AdvisorError> {
        if text.trim().is_empty() {
            return Err(AdvisorError::Empty {
                file: self.file.to_owned(),
                what: what.to_owned(),
            });
        }
        Ok(())
    }

    fn template(&self, what: &str, text: &str, allowed: &[&str]) -> Result<(), AdvisorError> {
        self.text(what, text)?;
        let file = self.file.to_owned();
        let entry = what.to_owned();
        template::check(text, allowed).map_err(|problem| match problem {
            TemplateError::UnknownPlaceholder(placeholder) => AdvisorError::UnknownPlaceholder {
                file,
                entry,
                placeholder,
                allowed: template::placeholder_list(allowed),
            },
            TemplateError::Unclosed => AdvisorError::UnclosedPlaceholder { file, entry },
            TemplateError::StrayClose => AdvisorError::StrayBrace { file, entry },
        })
    }

    fn profile_template(&self, what: &str, template: &str) -> Result<(), AdvisorError> {
        self.template(what, template, &Factor::ALL.map(Factor::field))
    }

    /// Points must never move against the factor's direction, entry by entry in input order.
    fn monotone(
        &self,
        factor: Factor,
        entries: impl IntoIterator<Item = (String, i32)>,
    ) -> Result<(), AdvisorError> {
        let mut previous: Option<i32> = None;
        for (entry, points) in entries {
            if let Some(before) = previous {
                let wrong = if factor.rises_toward_split() {
                    points < before
                } else {
                    points > before
                };
                if wrong {
                    return Err(AdvisorError::NotMonotone {
                        file: self.file.to_owned(),
                        factor,
                        entry,
                        points,
                        previous: before,
                    });
                }
            }
            previous = Some(points);
        }
        Ok(())
    }

    fn steps(&self, factor: Factor, rule: &StepRule) -> Result<(), AdvisorError> {
        let name = factor.field();
        let Some(first) = rule.steps.first() else {
            return Err(AdvisorError::Empty {
                file: self.file.to_owned(),
                what: format!("the steps of `{name}`"),
            });
        };
        let range = ordinal_range(factor);
        if first.from != *range.start() {
            return Err(AdvisorError::StepStart {
                file: self.file.to_owned(),
                factor,
                from: first.from,
                min: *range.start(),
            });
        }
        for pair in rule.steps.windows(2) {
            if let [before, step] = pair
                && step.from <= before.from
            {
                return Err(AdvisorError::StepOrder {
                    file: self.file.to_owned(),
                    factor,
                    from: step.from,
                    previous: before.from,
                });
            }
        }
        if let Some(step) = rule.steps.iter().find(|s| s.from > *range.end()) {
            return Err(AdvisorError::StepOutOfRange {
                file: self.file.to_owned(),
                factor,
                from: step.from,
                max: *range.end(),
            });
        }
        self.monotone(
            factor,
            rule.steps
                .iter()
                .map(|s| (format!("`{name}` step from {}", s.from), s.points)),
        )?;
        for step in &rule.steps {
            self.profile_template(
                &format!("the reason of `{name}` step from {}", step.from),
                &step.reason,
            )?;
        }
        Ok(())
    }

    fn research(&self, rule: &ResearchRule) -> Result<(), AdvisorError> {
        let factor = Factor::Research;
        if let Some(level) = first_duplicate(rule.levels.iter().map(|l| l.level.id())) {
            return Err(AdvisorError::DuplicateLevel {
                file: self.file.to_owned(),
                factor,
                level: level.to_owned(),
            });
        }
        let mut ordered = Vec::with_capacity(Research::ALL.len());
        for level in Research::ALL {
            let Some(entry) = rule.levels.iter().find(|l| l.level == level) else {
                return Err(AdvisorError::MissingLevel {
                    file: self.file.to_owned(),
                    factor,
                    level: level.id().to_owned(),
                });
            };
            ordered.push(entry);
        }
        self.monotone(
            factor,
            ordered
                .iter()
                .map(|l| (format!("`research` level {}", l.level.id()), l.points)),
        )?;
        for level in ordered {
            let entry = format!("`research` level {}", level.level.id());
            self.text(&format!("the name of {entry}"), &level.name)?;
            self.text(&format!("the phrase of {entry}"), &level.phrase)?;
            self.profile_template(&format!("the reason of {entry}"), &level.reason)?;
        }
        Ok(())
    }

    fn scale(&self, factor: Factor, rule: &ScaleRule) -> Result<(), AdvisorError> {
        let name = factor.field();
        self.text(&format!("the meaning of 1 (`low`) in `{name}`"), &rule.low)?;
        self.text(
            &format!("the meaning of 5 (`high`) in `{name}`"),
            &rule.high,
        )?;
        let range = TeamProfile::SCALE_RANGE;
        if let Some(level) = rule.levels.iter().find(|l| !range.contains(&l.level)) {
            return Err(AdvisorError::UnknownLevel {
                file: self.file.to_owned(),
                factor,
                level: level.level,
            });
        }
        let ids: Vec<String> = rule.levels.iter().map(|l| l.level.to_string()).collect();
        if let Some(level) = first_duplicate(ids.iter().map(String::as_str)) {
            return Err(AdvisorError::DuplicateLevel {
                file: self.file.to_owned(),
                factor,
                level: level.to_owned(),
            });
        }
        let mut ordered = Vec::with_capacity(5);
        for level in range {
            let Some(entry) = rule.levels.iter().find(|l| l.level == level) else {
                return Err(AdvisorError::MissingLevel {
                    file: self.file.to_owned(),
                    factor,
                    level: level.to_string(),
                });
            };
            ordered.push(entry);
        }
        self.monotone(
            factor,
            ordered
                .iter()
                .map(|l| (format!("`{name}` level {}", l.level), l.points)),
        )?;
        for level in ordered {
            self.profile_template(
                &format!("the reason of `{name}` level {}", level.level),
                &level.reason,
            )?;
        }
        Ok(())
    }
}

/// What the advisor recommends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// One person holds both roles.
    Combine,
    /// A Product Manager and a separate Product Owner.
    Split,
    /// The score is within the margin of the threshold.
    NoClearWinner,
}

impl Verdict {
    /// Display name, e.g. "No clear winner".
    pub const fn name(self) -> &'static str {
        match self {
            Self::Combine => "Combine",
            Self::Split => "Split",
            Self::NoClearWinner => "No clear winner",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What one input added to the score, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Contribution {
    /// The input.
    pub factor: Factor,
    /// Points added; positive toward Split, negative toward Combine.
    pub points: i32,
    /// A full sentence saying why, with the profile's values.
    pub reason: String,
}

/// The smallest change to one input that changes the verdict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Flip {
    /// The input to change.
    pub factor: Factor,
    /// Its current value.
    pub from: InputValue,
    /// The closest value that gives a different verdict.
    pub to: InputValue,
    /// The verdict at `to`.
    pub verdict: Verdict,
}

impl Flip {
    /// `profile` with this change made.
    pub fn apply(&self, profile: &TeamProfile) -> TeamProfile {
        profile.with_ordinal(self.factor, self.to.ordinal())
    }

    /// The change in words, e.g. "Change the number of engineers from 40 to 200 and the advice
    /// becomes Split."
    pub fn sentence(&self, rules: &AdvisorRules) -> String {
        template::render(rules.flip_template(self.factor), |name| match name {
            "from" => Some(Cow::Owned(rules.value_text(self.from))),
            "to" => Some(Cow::Owned(rules.value_text(self.to))),
            "verdict" => Some(Cow::Borrowed(self.verdict.name())),
            _ => None,
        })
    }
}

/// The advisor's answer for one profile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Advice {
    /// Combine, Split, or no clear winner.
    pub verdict: Verdict,
    /// Sum of the contributions; positive toward Split, negative toward Combine.
    pub score: i64,
    /// The threshold the score was compared with.
    pub threshold: i32,
    /// The no-clear-winner margin used.
    pub margin: i32,
    /// How far the score is from the threshold (never negative).
    pub distance: i64,
    /// One per factor, in [`Factor::ALL`] order.
    pub contributions: Vec<Contribution>,
    /// For each factor whose range holds a value that changes the verdict, the closest such
    /// value; factors that cannot change it are left out.
    pub flips: Vec<Flip>,
}

impl Advice {
    /// The contribution of one factor.
    pub fn contribution(&self, factor: Factor) -> Option<&Contribution> {
        self.contributions.iter().find(|c| c.factor == factor)
    }

    /// The flip for one factor, if changing it alone can change the verdict.
    pub fn flip(&self, factor: Factor) -> Option<&Flip> {
        self.flips.iter().find(|f| f.factor == factor)
    }

    /// One sentence per flip, in [`Factor::ALL`] order.
    pub fn flip_sentences(&self, rules: &AdvisorRules) -> Vec<String> {
        self.flips.iter().map(|f| f.sentence(rules)).collect()
    }
}

/// Weighs `profile` with `rules`.
///
/// Pure and cheap: it can run every frame. Out-of-range inputs (see
/// [`TeamProfile::validate`]) are weighed at the nearest end of their range. For each factor
/// the flip is exact over the input's whole range; when a lower and a higher value are equally
/// close, the lower one is reported.
pub fn advise(profile: &TeamProfile, rules: &AdvisorRules) -> Advice {
    let profile = profile.clamped();
    let contributions: Vec<Contribution> = Factor::ALL
        .into_iter()
        .map(|factor| {
            let (points, reason) = rules.entry(factor, profile.ordinal(factor));
            Contribution {
                factor,
                points,
                reason: rules.render_for_profile(reason, &profile),
            }
        })
        .collect();
    let score: i64 = contributions.iter().map(|c| i64::from(c.points)).sum();
    let verdict = rules.verdict(score);
    let flips = Factor::ALL
        .into_iter()
        .filter_map(|factor| rules.flip(&profile, factor, score, verdict))
        .collect();
    Advice {
        verdict,
        score,
        threshold: rules.threshold,
        margin: rules.margin,
        distance: (score - i64::from(rules.threshold)).abs(),
        contributions,
        flips,
    }
}

/// Why advisor rules or a team profile could not be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AdvisorError {
    /// The text is not valid RON for advisor rules.
    #[error(transparent)]
    Parse(#[from] RonError),
    /// A text that must be written is blank, or a list that must have entries is empty.
    #[error("{file}: {what} is empty")]
    Empty {
        /// File name.
        file: String,
        /// What is empty.
        what: String,
    },
    /// Two inputs share a label.
    #[error("{file}: the label `{label}` is used by more than one input")]
    DuplicateLabel {
        /// File name.
        file: String,
        /// The repeated label.
        label: String,
    },
    /// A step table does not start at the input's smallest value.
    #[error(
        "{file}: the first step of `{field}` starts at {from}; it must start at {min}, the smallest value the input can take",
        field = .factor.field()
    )]
    StepStart {
        /// File name.
        file: String,
        /// The input.
        factor: Factor,
        /// Where the first step starts.
        from: u32,
        /// The input's smallest value.
        min: u32,
    },
    /// A step's `from` is not above the one before it.
    #[error(
        "{file}: in `{field}`, the step from {from} comes after the step from {previous}; steps must be in strictly ascending order",
        field = .factor.field()
    )]
    StepOrder {
        /// File name.
        file: String,
        /// The input.
        factor: Factor,
        /// The offending step's `from`.
        from: u32,
        /// The `from` of the step before it.
        previous: u32,
    },
    /// A step starts past the input's largest value.
    #[error(
        "{file}: in `{field}`, the step from {from} starts past {max}, the largest value the input can take",
        field = .factor.field()
    )]
    StepOutOfRange {
        /// File name.
        file: String,
        /// The input.
        factor: Factor,
        /// The offending step's `from`.
        from: u32,
        /// The input's largest value.
        max: u32,
    },
    /// A level of research or of a 1-5 scale has no entry.
    #[error("{file}: `{field}` has no entry for level {level}", field = .factor.field())]
    MissingLevel {
        /// File name.
        file: String,
        /// The input.
        factor: Factor,
        /// The missing level.
        level: String,
    },
    /// A level is listed twice.
    #[error("{file}: `{field}` lists level {level} more than once", field = .factor.field())]
    DuplicateLevel {
        /// File name.
        file: String,
        /// The input.
        factor: Factor,
        /// The repeated level.
        level: String,
    },
    /// A 1-5 scale lists a level outside 1 to 5.
    #[error("{file}: `{field}` has level {level}, which is not on the 1 to 5 scale", field = .factor.field())]
    UnknownLevel {
        /// File name.
        file: String,
        /// The input.
        factor: Factor,
        /// The offending level.
        level: u32,
    },
    /// Points move against the factor's direction, which would make the advice non-monotone.
    #[error(
        "{file}: {entry} gives {points} points after {previous} for the level below; as `{field}` goes up its points must {rule}",
        field = .factor.field(),
        rule = .factor.monotone_rule()
    )]
    NotMonotone {
        /// File name.
        file: String,
        /// The input.
        factor: Factor,
        /// The offending entry, e.g. "`engineers` step from 200".
        entry: String,
        /// Its points.
        points: i32,
        /// The points of the entry below it.
        previous: i32,
    },
    /// The no-clear-winner margin is negative.
    #[error("{file}: the margin is {margin}; it must be zero or more")]
    NegativeMargin {
        /// File name.
        file: String,
        /// The margin found.
        margin: i32,
    },
    /// A template uses a placeholder that does not exist in its context.
    #[error("{file}: {entry} uses the placeholder `{{{placeholder}}}`; it may only use {allowed}")]
    UnknownPlaceholder {
        /// File name.
        file: String,
        /// The template, e.g. "the reason of `teams` step from 2".
        entry: String,
        /// The unknown name, without braces.
        placeholder: String,
        /// The placeholders allowed there.
        allowed: String,
    },
    /// A template opens a placeholder with `{` and never closes it.
    #[error("{file}: {entry} opens a placeholder with `{{` and never closes it")]
    UnclosedPlaceholder {
        /// File name.
        file: String,
        /// The template.
        entry: String,
    },
    /// A template has a `}` that closes no placeholder (braces only ever delimit placeholders).
    #[error("{file}: {entry} has a `}}` that closes no placeholder")]
    StrayBrace {
        /// File name.
        file: String,
        /// The template.
        entry: String,
    },
    /// A team profile holds a number outside its input's range.
    #[error(
        "the team profile's `{field}` is {value}; it must be from {min} to {max}",
        field = .factor.field()
    )]
    OutOfRange {
        /// The input.
        factor: Factor,
        /// The value found.
        value: u32,
        /// Smallest valid value.
        min: u32,
        /// Largest valid value.
        max: u32,
    },
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::domain::data_file::is_valid_id;

    fn shipped() -> AdvisorRules {
        AdvisorRules::shipped().expect("the shipped rules are valid")
    }

    /// The shipped text, edited by `f`, serialised, parsed and validated.
    fn edited(f: impl FnOnce(&mut AdvisorRules)) -> Result<AdvisorRules, AdvisorError> {
        let mut rules = shipped();
        f(&mut rules);
        let text = ron::ser::to_string_pretty(&rules, ron::ser::PrettyConfig::default())
            .expect("serialises");
        AdvisorRules::from_ron("edited.ron", &text)
    }

    fn profile(
        engineers: u32,
        teams: u32,
        research: Research,
        backlog_complexity: u32,
        switching: u32,
        speed_priority: u32,
    ) -> TeamProfile {
        TeamProfile {
            engineers,
            teams,
            research,
            backlog_complexity,
            switching,
            speed_priority,
        }
    }

    /// 40 engineers in 2 teams, everything else in the middle: score 0, no clear winner.
    fn balanced() -> TeamProfile {
        profile(40, 2, Research::PartTime, 3, 3, 3)
    }

    #[test]
    fn startup_combines() {
        let rules = shipped();
        for backlog in [1, 2] {
            let advice = advise(&profile(8, 1, Research::PartTime, backlog, 5, 5), &rules);
            assert_eq!(advice.verdict, Verdict::Combine, "{advice:?}");
            assert!(advice.score < 0);
        }
    }

    #[test]
    fn large_organisation_splits() {
        let rules = shipped();
        let advice = advise(&profile(250, 12, Research::FullTime, 5, 1, 1), &rules);
        assert_eq!(advice.verdict, Verdict::Split, "{advice:?}");
        assert!(advice.score > 0);
    }

    #[test]
    fn each_source_signal_points_the_right_way() {
        let rules = shipped();
        let points = |p: &TeamProfile, f: Factor| {
            advise(p, &rules).contribution(f).map(|c| c.points).unwrap()
        };
        let base = balanced();
        let split_signals = [
            (
                Factor::Engineers,
                TeamProfile {
                    engineers: 200,
                    ..base.clone()
                },
            ),
            (
                Factor::Teams,
                TeamProfile {
                    teams: 4,
                    ..base.clone()
                },
            ),
            (
                Factor::Research,
                TeamProfile {
                    research: Research::FullTime,
                    ..base.clone()
                },
            ),
            (
                Factor::BacklogComplexity,
                TeamProfile {
                    backlog_complexity: 5,
                    ..base.clone()
                },
            ),
        ];
        for (factor, p) in split_signals {
            assert!(points(&p, factor) > 0, "{factor} should lean toward Split");
        }
        let combine_signals = [
            (
                Factor::Engineers,
                TeamProfile {
                    engineers: 5,
                    ..base.clone()
                },
            ),
            (
                Factor::Engineers,
                TeamProfile {
                    engineers: 10,
                    ..base.clone()
                },
            ),
            (
                Factor::Teams,
                TeamProfile {
                    teams: 1,
                    ..base.clone()
                },
            ),
            (
                Factor::Switching,
                TeamProfile {
                    switching: 5,
                    ..base.clone()
                },
            ),
            (
                Factor::SpeedPriority,
                TeamProfile {
                    speed_priority: 5,
                    ..base.clone()
                },
            ),
        ];
        for (factor, p) in combine_signals {
            assert!(
                points(&p, factor) < 0,
                "{factor} should lean toward Combine"
            );
        }
        // A large organisation with nothing else pointing either way still splits.
        let big = TeamProfile {
            engineers: 250,
            teams: 12,
            ..base
        };
        assert_eq!(advise(&big, &rules).verdict, Verdict::Split);
    }

    #[test]
    fn default_profile_is_a_valid_startup_that_combines() {
        let p = TeamProfile::default();
        assert_eq!(p.validate(), Ok(()));
        assert_eq!((p.engineers, p.teams), (8, 1));
        assert_eq!(advise(&p, &shipped()).verdict, Verdict::Combine);
    }

    #[test]
    fn reasons_name_the_actual_values() {
        let rules = shipped();
        let advice = advise(&profile(250, 12, Research::FullTime, 5, 1, 1), &rules);
        let reason = |f| advice.contribution(f).unwrap().reason.clone();
        assert!(
            reason(Factor::Engineers).contains("250 engineers"),
            "{}",
            reason(Factor::Engineers)
        );
        assert!(reason(Factor::Teams).contains("12 product teams"));
        assert!(reason(Factor::Research).contains("full-time"));
        assert!(reason(Factor::BacklogComplexity).contains("5 of 5"));
        assert!(reason(Factor::Switching).contains("1 of 5"));
        for c in &advice.contributions {
            assert!(
                !c.reason.contains('{'),
                "unfilled placeholder: {}",
                c.reason
            );
            assert!(c.reason.ends_with('.'), "not a sentence: {}", c.reason);
        }
    }

    #[test]
    fn flips_of_a_balanced_team() {
        let rules = shipped();
        let p = balanced();
        let advice = advise(&p, &rules);
        assert_eq!((advice.score, advice.verdict), (0, Verdict::NoClearWinner));
        let engineers = advice.flip(Factor::Engineers).unwrap();
        assert_eq!(engineers.from, InputValue::Number(40));
        assert_eq!(engineers.to, InputValue::Number(200));
        assert_eq!(engineers.verdict, Verdict::Split);
        assert_eq!(
            engineers.sentence(&rules),
            "Change the number of engineers from 40 to 200 and the advice becomes Split."
        );
        let teams = advice.flip(Factor::Teams).unwrap();
        assert_eq!(
            (teams.to, teams.verdict),
            (InputValue::Number(1), Verdict::Combine)
        );
        let research = advice.flip(Factor::Research).unwrap();
        assert_eq!(research.to, InputValue::Research(Research::FullTime));
        assert_eq!(
            research.sentence(&rules),
            "Change the market research the strategy needs from part-time to full-time and the advice becomes Split."
        );
        // Backlog 3 -> 1 or 5 moves the score by 1 or 2, which the margin of 1 absorbs one way.
        let backlog = advice.flip(Factor::BacklogComplexity).unwrap();
        assert_eq!(
            (backlog.to, backlog.verdict),
            (InputValue::Number(5), Verdict::Split)
        );
        assert_eq!(advice.flip_sentences(&rules).len(), advice.flips.len());
        for sentence in advice.flip_sentences(&rules) {
            assert!(!sentence.contains('{'), "{sentence}");
        }
    }

    #[test]
    fn no_flip_when_no_single_change_can_move_the_verdict() {
        let advice = advise(&profile(8, 1, Research::PartTime, 1, 5, 5), &shipped());
        assert_eq!(advice.verdict, Verdict::Combine);
        assert!(advice.flips.is_empty(), "{:?}", advice.flips);
    }

    #[test]
    fn equally_close_flips_pick_the_lower_value() {
        let mut rules = shipped();
        rules.margin = 0;
        let p = balanced();
        let advice = advise(&p, &rules);
        assert_eq!(advice.verdict, Verdict::NoClearWinner);
        // Backlog 2 (Combine) and 4 (Split) are both one step away; the lower one wins.
        let flip = advice.flip(Factor::BacklogComplexity).unwrap();
        assert_eq!(
            (flip.to, flip.verdict),
            (InputValue::Number(2), Verdict::Combine)
        );
        let flip = advice.flip(Factor::Research).unwrap();
        assert_eq!(flip.to, InputValue::Research(Research::None));
    }

    #[test]
    fn out_of_range_profile_is_weighed_at_the_nearest_end() {
        let rules = shipped();
        let wild = profile(0, 5000, Research::None, 9, 0, 6);
        assert!(wild.validate().is_err());
        let advice = advise(&wild, &rules);
        let clamped = advise(&profile(1, 1000, Research::None, 5, 1, 5), &rules);
        assert_eq!(advice, clamped);
    }

    #[test]
    fn advice_json_shape() {
        let rules = shipped();
        let advice = advise(&balanced(), &rules);
        let json = serde_json::to_value(&advice).unwrap();
        assert_eq!(json["verdict"], "no_clear_winner");
        assert_eq!(json["score"], 0);
        assert_eq!(json["threshold"], 0);
        assert_eq!(json["margin"], 1);
        assert_eq!(json["distance"], 0);
        let contributions = json["contributions"].as_array().unwrap();
        assert_eq!(contributions.len(), Factor::ALL.len());
        assert_eq!(contributions[0]["factor"], "engineers");
        assert_eq!(contributions[0]["points"], -1);
        assert!(
            contributions[0]["reason"]
                .as_str()
                .unwrap()
                .contains("40 engineers")
        );
        assert_eq!(contributions[3]["factor"], "backlog-complexity");
        let flips = json["flips"].as_array().unwrap();
        assert_eq!(flips[0]["factor"], "engineers");
        assert_eq!(flips[0]["from"], 40);
        assert_eq!(flips[0]["to"], 200);
        assert_eq!(flips[0]["verdict"], "split");
        let research = flips.iter().find(|f| f["factor"] == "research").unwrap();
        assert_eq!(research["from"], "part_time");
        assert_eq!(research["to"], "full_time");

        let startup = advise(&TeamProfile::default(), &rules);
        assert_eq!(
            serde_json::to_value(&startup).unwrap()["verdict"],
            "combine"
        );
        assert_eq!(serde_json::to_value(Verdict::Split).unwrap(), "split");
    }

    #[test]
    fn verdict_names() {
        assert_eq!(Verdict::Combine.name(), "Combine");
        assert_eq!(Verdict::Split.to_string(), "Split");
        assert_eq!(Verdict::NoClearWinner.name(), "No clear winner");
    }

    #[test]
    fn verdict_boundaries() {
        let mut rules = shipped();
        rules.threshold = 2;
        rules.margin = 1;
        let cases = [
            (0, Verdict::Combine),
            (1, Verdict::NoClearWinner),
            (3, Verdict::NoClearWinner),
            (4, Verdict::Split),
        ];
        for (score, verdict) in cases {
            assert_eq!(rules.verdict(score), verdict, "score {score}");
        }
        rules.margin = 0;
        assert_eq!(rules.verdict(2), Verdict::NoClearWinner);
        assert_eq!(rules.verdict(3), Verdict::Split);
    }

    #[test]
    fn factor_ids() {
        for factor in Factor::ALL {
            assert!(is_valid_id(factor.id()), "{factor}");
            assert_eq!(Factor::from_id(factor.id()), Some(factor));
            assert_eq!(serde_json::to_value(factor).unwrap(), factor.id());
        }
        assert_eq!(Factor::from_id("salary"), None);
    }

    #[test]
    fn form_texts() {
        let rules = shipped();
        let labels = Factor::ALL.map(|f| rules.label(f));
        assert_eq!(
            labels,
            [
                "Engineers",
                "Product teams",
                "Market research",
                "Backlog complexity",
                "Switching between strategy and execution",
                "Speed or specialisation",
            ]
        );
        for factor in Factor::ALL {
            assert!(!rules.help(factor).is_empty());
            let is_scale = TeamProfile::range(factor) == Some(TeamProfile::SCALE_RANGE);
            assert_eq!(rules.scale_ends(factor).is_some(), is_scale, "{factor}");
        }
        let (low, high) = rules.scale_ends(Factor::SpeedPriority).unwrap();
        assert!(low.contains("specialisation") && high.contains("speed"));
        assert_eq!(
            Research::ALL.map(|r| rules.research_name(r)),
            ["None", "Part-time", "Full-time"]
        );
        assert_eq!(TeamProfile::range(Factor::Engineers), Some(1..=100_000));
        assert_eq!(TeamProfile::range(Factor::Teams), Some(1..=1000));
        assert_eq!(TeamProfile::range(Factor::Research), None);
    }

    #[test]
    fn profile_ron_is_readable_and_defaults_missing_fields() {
        let text = ron::ser::to_string(&profile(40, 3, Research::FullTime, 4, 2, 3)).unwrap();
        assert!(text.contains("research:full_time"), "{text}");
        let back: TeamProfile = parse_ron("p.ron", &text).unwrap();
        assert_eq!(back, profile(40, 3, Research::FullTime, 4, 2, 3));
        let partial: TeamProfile = parse_ron("p.ron", "(engineers: 120, research: none)").unwrap();
        assert_eq!(
            partial,
            TeamProfile {
                engineers: 120,
                research: Research::None,
                ..TeamProfile::default()
            }
        );
        let err =
            parse_ron::<TeamProfile>("p.ron", "(\n  engineers: 3,\n  squads: 2,\n)").unwrap_err();
        assert_eq!(err.line, 3, "{err}");
    }

    #[test]
    fn profile_out_of_range() {
        let cases = [
            (
                TeamProfile {
                    engineers: 0,
                    ..TeamProfile::default()
                },
                "the team profile's `engineers` is 0; it must be from 1 to 100000",
            ),
            (
                TeamProfile {
                    engineers: 100_001,
                    ..TeamProfile::default()
                },
                "the team profile's `engineers` is 100001; it must be from 1 to 100000",
            ),
            (
                TeamProfile {
                    teams: 1001,
                    ..TeamProfile::default()
                },
                "the team profile's `teams` is 1001; it must be from 1 to 1000",
            ),
            (
                TeamProfile {
                    backlog_complexity: 6,
                    ..TeamProfile::default()
                },
                "the team profile's `backlog_complexity` is 6; it must be from 1 to 5",
            ),
            (
                TeamProfile {
                    switching: 0,
                    ..TeamProfile::default()
                },
                "the team profile's `switching` is 0; it must be from 1 to 5",
            ),
            (
                TeamProfile {
                    speed_priority: 7,
                    ..TeamProfile::default()
                },
                "the team profile's `speed_priority` is 7; it must be from 1 to 5",
            ),
        ];
        for (p, message) in cases {
            let err = p.validate().unwrap_err();
            assert!(matches!(err, AdvisorError::OutOfRange { .. }), "{err}");
            assert_eq!(err.to_string(), message);
        }
        let edge = profile(100_000, 1000, Research::FullTime, 5, 1, 5);
        assert_eq!(edge.validate(), Ok(()));
    }

    #[test]
    fn warnings_for_contradictory_input() {
        let rules = shipped();
        let w = TeamProfile {
            engineers: 3,
            teams: 5,
            ..TeamProfile::default()
        }
        .warnings(&rules);
        assert_eq!(w.len(), 1);
        assert!(
            w[0].contains("more product teams (5) than engineers (3)"),
            "{}",
            w[0]
        );
        let w = TeamProfile {
            engineers: 7,
            teams: 4,
            ..TeamProfile::default()
        }
        .warnings(&rules);
        assert_eq!(w.len(), 1);
        assert!(
            w[0].starts_with("4 product teams for 7 engineers"),
            "{}",
            w[0]
        );
        // The warning never changes the input: the advice uses it as entered.
        let odd = TeamProfile {
            engineers: 3,
            teams: 5,
            ..TeamProfile::default()
        };
        let advice = advise(&odd, &rules);
        let teams = advice.contribution(Factor::Teams).unwrap();
        assert!(teams.reason.contains("5 product teams"), "{}", teams.reason);
        for fine in [
            TeamProfile::default(),
            TeamProfile {
                engineers: 1,
                teams: 1,
                ..TeamProfile::default()
            },
            TeamProfile {
                engineers: 8,
                teams: 4,
                ..TeamProfile::default()
            },
        ] {
            assert!(fine.warnings(&rules).is_empty(), "{fine:?}");
        }
    }

    // ---- loading and validation ----

    #[test]
    fn shipped_rules_load() {
        let rules = shipped();
        assert!(rules.margin >= 0);
        assert_eq!(rules.engineers.steps[0].from, 1);
    }

    #[test]
    fn malformed_text_names_line_and_column() {
        let broken = ADVISOR_RON.replacen("margin: 1,", "margin: 1 oops,", 1);
        let err = AdvisorRules::from_ron("advisor.ron", &broken).unwrap_err();
        let line = ADVISOR_RON
            .lines()
            .position(|l| l.contains("margin: 1,"))
            .unwrap()
            + 1;
        let AdvisorError::Parse(parse) = &err else {
            panic!("expected a parse error, got {err}");
        };
        assert_eq!((parse.line, parse.col), (line, 15), "{err}");
        assert!(
            err.to_string()
                .starts_with(&format!("advisor.ron:{line}:15: ")),
            "{err}"
        );
    }

    #[test]
    fn unknown_field_is_an_error_with_position() {
        let broken = ADVISOR_RON.replacen("threshold: 0,", "threshold: 0, bias: 3,", 1);
        let err = AdvisorRules::from_ron("advisor.ron", &broken).unwrap_err();
        assert!(matches!(err, AdvisorError::Parse(_)), "{err}");
        assert!(err.to_string().contains("bias"), "{err}");
    }

    #[test]
    fn negative_margin() {
        let err = edited(|r| r.margin = -1).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the margin is -1; it must be zero or more"
        );
    }

    #[test]
    fn blank_texts() {
        let err = edited(|r| r.teams.label = " ".into()).unwrap_err();
        assert_eq!(err.to_string(), "edited.ron: the label of `teams` is empty");
        let err = edited(|r| r.switching.help.clear()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the help of `switching` is empty"
        );
        let err = edited(|r| r.engineers.steps[3].reason.clear()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the reason of `engineers` step from 200 is empty"
        );
        let err = edited(|r| r.research.levels[2].phrase.clear()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the phrase of `research` level full_time is empty"
        );
        let err = edited(|r| r.backlog_complexity.high.clear()).unwrap_err();
        assert!(err.to_string().contains("`high`"), "{err}");
        let err = edited(|r| r.speed_priority.flip.clear()).unwrap_err();
        assert!(
            err.to_string()
                .contains("flip sentence of `speed_priority`"),
            "{err}"
        );
        let err = edited(|r| r.warnings.few_engineers_per_team.clear()).unwrap_err();
        assert!(matches!(err, AdvisorError::Empty { .. }), "{err}");
        let err = edited(|r| r.teams.steps.clear()).unwrap_err();
        assert_eq!(err.to_string(), "edited.ron: the steps of `teams` is empty");
    }

    #[test]
    fn duplicate_label() {
        let err = edited(|r| r.teams.label = "Engineers".into()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the label `Engineers` is used by more than one input"
        );
    }

    #[test]
    fn step_tables() {
        let err = edited(|r| r.engineers.steps[0].from = 2).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the first step of `engineers` starts at 2; it must start at 1, the smallest value the input can take"
        );
        let err = edited(|r| r.engineers.steps[2].from = 11).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: in `engineers`, the step from 11 comes after the step from 11; steps must be in strictly ascending order"
        );
        let err = edited(|r| r.teams.steps[2].from = 1001).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: in `teams`, the step from 1001 starts past 1000, the largest value the input can take"
        );
    }

    #[test]
    fn non_monotone_tables() {
        let err = edited(|r| r.engineers.steps[3].points = -5).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: `engineers` step from 200 gives -5 points after 0 for the level below; as `engineers` goes up its points must never fall"
        );
        let err = edited(|r| r.teams.steps[1].points = -3).unwrap_err();
        assert!(
            matches!(
                &err,
                AdvisorError::NotMonotone {
                    factor: Factor::Teams,
                    ..
                }
            ),
            "{err}"
        );
        let err = edited(|r| r.research.levels[2].points = -1).unwrap_err();
        assert!(
            err.to_string()
                .contains("`research` level full_time gives -1 points"),
            "{err}"
        );
        let err = edited(|r| r.backlog_complexity.levels[4].points = 0).unwrap_err();
        assert!(
            err.to_string()
                .contains("`backlog_complexity` level 5 gives 0 points after 1"),
            "{err}"
        );
        let err = edited(|r| r.switching.levels[1].points = 3).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: `switching` level 2 gives 3 points after 2 for the level below; as `switching` goes up its points must never rise"
        );
        let err = edited(|r| r.speed_priority.levels[4].points = 0).unwrap_err();
        assert!(
            matches!(
                &err,
                AdvisorError::NotMonotone {
                    factor: Factor::SpeedPriority,
                    ..
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn levels() {
        let err = edited(|r| {
            r.switching.levels.remove(2);
        })
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: `switching` has no entry for level 3"
        );
        let err = edited(|r| {
            r.research.levels.remove(1);
        })
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: `research` has no entry for level part_time"
        );
        let err = edited(|r| r.backlog_complexity.levels[1].level = 1).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: `backlog_complexity` lists level 1 more than once"
        );
        let err = edited(|r| r.research.levels[0].level = Research::FullTime).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: `research` lists level full_time more than once"
        );
        let err = edited(|r| r.speed_priority.levels[4].level = 6).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: `speed_priority` has level 6, which is not on the 1 to 5 scale"
        );
    }

    #[test]
    fn levels_may_be_listed_in_any_order() {
        let rules = edited(|r| r.switching.levels.reverse()).unwrap();
        assert_eq!(
            advise(&TeamProfile::default(), &rules),
            advise(&TeamProfile::default(), &shipped())
        );
    }

    #[test]
    fn placeholders() {
        let err = edited(|r| r.teams.steps[1].reason = "With {squads} squads.".into()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the reason of `teams` step from 2 uses the placeholder `{squads}`; it may only use {engineers}, {teams}, {research}, {backlog_complexity}, {switching}, {speed_priority}"
        );
        let err = edited(|r| r.engineers.flip = "From {from} to {engineers}.".into()).unwrap_err();
        assert!(
            matches!(&err, AdvisorError::UnknownPlaceholder { placeholder, .. } if placeholder == "engineers"),
            "{err}"
        );
        let err = edited(|r| r.warnings.more_teams_than_engineers = "Too many {teams.".into())
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the warning `more_teams_than_engineers` opens a placeholder with `{` and never closes it"
        );
        let err =
            edited(|r| r.research.levels[0].reason = "{research} research}.".into()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the reason of `research` level none has a `}` that closes no placeholder"
        );
    }

    // ---- properties over the whole input space, for shipped and random valid rules ----

    fn arb_profile() -> impl Strategy<Value = TeamProfile> {
        (
            prop_oneof![1..=100_000u32, 1..=1200u32, 190..=210u32],
            prop_oneof![1..=1000u32, 1..=12u32],
            0..=2u32,
            1..=5u32,
            1..=5u32,
            1..=5u32,
        )
            .prop_map(|(engineers, teams, research, backlog, switching, speed)| {
                profile(
                    engineers,
                    teams,
                    Research::from_ordinal(research),
                    backlog,
                    switching,
                    speed,
                )
            })
    }

    /// Non-decreasing points from non-negative increments.
    fn rising(start: i32, increments: &[i32]) -> Vec<i32> {
        increments
            .iter()
            .scan(start, |total, inc| {
                let now = *total;
                *total += inc;
                Some(now)
            })
            .collect()
    }

    fn arb_steps(max: u32) -> impl Strategy<Value = Vec<Step>> {
        (
            prop::collection::btree_set(2..=max, 0..6),
            prop::collection::vec(0..=3i32, 7),
            -4..=1i32,
        )
            .prop_map(|(froms, increments, start)| {
                std::iter::once(1)
                    .chain(froms)
                    .zip(rising(start, &increments))
                    .map(|(from, points)| Step {
                        from,
                        points,
                        reason: "Step {engineers}.".to_owned(),
                    })
                    .collect()
            })
    }

    fn arb_scale(increments: &[i32], start: i32, rises: bool) -> Vec<ScaleLevel> {
        rising(start, increments)
            .into_iter()
            .zip(1..=5)
            .map(|(points, level)| ScaleLevel {
                level,
                points: if rises { points } else { -points },
                reason: "Level {switching}.".to_owned(),
            })
            .collect()
    }

    prop_compose! {
        fn arb_rules()(
            engineers in arb_steps(100_000),
            teams in arb_steps(1000),
            research in prop::collection::vec(0..=3i32, 3),
            scales in prop::collection::vec(prop::collection::vec(0..=3i32, 5), 3),
            starts in prop::collection::vec(-3..=1i32, 4),
            threshold in -6..=6i32,
            margin in 0..=3i32,
        ) -> AdvisorRules {
            let mut rules = shipped();
            rules.threshold = threshold;
            rules.margin = margin;
            rules.engineers.steps = engineers;
            rules.teams.steps = teams;
            for (level, points) in rules.research.levels.iter_mut().zip(rising(starts[0], &research)) {
                level.points = points;
            }
            rules.backlog_complexity.levels = arb_scale(&scales[0], starts[1], true);
            rules.switching.levels = arb_scale(&scales[1], starts[2], false);
            rules.speed_priority.levels = arb_scale(&scales[2], starts[3], false);
            rules
        }
    }

    fn any_rules() -> impl Strategy<Value = AdvisorRules> {
        prop_oneof![Just(shipped()), arb_rules()]
    }

    /// Checks one factor's flip against a scan of the input's whole range.
    fn check_flip(
        rules: &AdvisorRules,
        p: &TeamProfile,
        factor: Factor,
    ) -> Result<(), TestCaseError> {
        let advice = advise(p, rules);
        let current = p.ordinal(factor);
        let verdict_at = |value: u32| rules.verdict(rules.score(&p.with_ordinal(factor, value)));
        match advice.flip(factor) {
            Some(flip) => {
                prop_assert_eq!(flip.from, p.value(factor));
                let applied = advise(&flip.apply(p), rules);
                prop_assert_ne!(applied.verdict, advice.verdict);
                prop_assert_eq!(applied.verdict, flip.verdict);
                let to = flip.to.ordinal();
                let distance = to.abs_diff(current);
                for value in ordinal_range(factor) {
                    let closer = value.abs_diff(current) < distance
                        || (value.abs_diff(current) == distance && value < to);
                    if closer {
                        prop_assert_eq!(
                            verdict_at(value),
                            advice.verdict,
                            "{} = {} flips closer",
                            factor,
                            value
                        );
                    }
                }
            }
            None => {
                for value in ordinal_range(factor) {
                    prop_assert_eq!(
                        verdict_at(value),
                        advice.verdict,
                        "{} = {} flips, none reported",
                        factor,
                        value
                    );
                }
            }
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn random_rules_are_valid(rules in arb_rules()) {
            prop_assert_eq!(rules.validate("random.ron"), Ok(()));
        }

        #[test]
        fn monotone(rules in any_rules(), p in arb_profile(), factor_index in 0..6usize, other in 0..=100_000u32) {
            let factor = Factor::ALL[factor_index];
            let range = ordinal_range(factor);
            let other = other.clamp(*range.start(), *range.end());
            let current = p.ordinal(factor);
            let (low, high) = (current.min(other), current.max(other));
            let low_score = rules.score(&p.with_ordinal(factor, low));
            let high_score = rules.score(&p.with_ordinal(factor, high));
            if factor.rises_toward_split() {
                prop_assert!(low_score <= high_score, "{} {} -> {}: {} > {}", factor, low, high, low_score, high_score);
            } else {
                prop_assert!(low_score >= high_score, "{} {} -> {}: {} < {}", factor, low, high, low_score, high_score);
            }
        }

        #[test]
        fn contributions_sum_to_a_consistent_verdict(rules in any_rules(), p in arb_profile()) {
            let advice = advise(&p, &rules);
            let factors: Vec<_> = advice.contributions.iter().map(|c| c.factor).collect();
            prop_assert_eq!(factors, Factor::ALL.to_vec());
            let sum: i64 = advice.contributions.iter().map(|c| i64::from(c.points)).sum();
            prop_assert_eq!(sum, advice.score);
            prop_assert_eq!(advice.score, rules.score(&p));
            prop_assert_eq!((advice.threshold, advice.margin), (rules.threshold, rules.margin));
            let offset = advice.score - i64::from(advice.threshold);
            prop_assert_eq!(advice.distance, offset.abs());
            let margin = i64::from(advice.margin);
            let expected = if offset > margin {
                Verdict::Split
            } else if offset < -margin {
                Verdict::Combine
            } else {
                Verdict::NoClearWinner
            };
            prop_assert_eq!(advice.verdict, expected);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        #[test]
        fn flips_are_exact(rules in any_rules(), p in arb_profile()) {
            for factor in Factor::ALL {
                check_flip(&rules, &p, factor)?;
            }
        }
    }
}
