//! The advisor's rules as read from `data/advisor.ron`: the point tables, the sentences, and
//! how a profile's points add up to a score and a verdict.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::{
    ADVISOR_FILE, ADVISOR_RON, AdvisorDataError, Factor, Framework, InputValue, Research,
    StaffingTexts, TeamProfile, Verdict,
};
use crate::domain::data_file::parse_ron;
use crate::domain::template;

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
    /// Said under "What would change the answer" when no input, changed alone, flips the
    /// verdict (see [`AdvisorRules::no_flip_sentence`]).
    pub no_flip: String,
    /// A 1-5 input's value in reports, with what it is out of: "{value} of {max}".
    pub scale_value: String,
    /// The roles and titles of the seats the team view fills.
    pub staffing: StaffingTexts,
    /// The staffing frameworks a lead can pick from; the first is the default.
    pub frameworks: Vec<Framework>,
    /// The verdicts' names as the flip sentences' `{verdict}` says them.
    pub verdicts: VerdictNames,
}

/// The name of each verdict, in the file's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerdictNames {
    /// One person in both roles.
    pub combine: String,
    /// A Product Manager and a separate Product Owner.
    pub split: String,
    /// Too close to call.
    pub no_clear_winner: String,
}

/// The field of [`VerdictNames`] that names `verdict`, as written in the file.
pub(super) const fn verdict_field(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Combine => "combine",
        Verdict::Split => "split",
        Verdict::NoClearWinner => "no_clear_winner",
    }
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
pub(super) enum Rule<'a> {
    /// A step table.
    Steps(&'a StepRule),
    /// The research levels.
    Research(&'a ResearchRule),
    /// A 1-5 scale.
    Scale(&'a ScaleRule),
}

impl AdvisorRules {
    /// The rules shipped with the app.
    pub fn shipped() -> Result<Self, AdvisorDataError> {
        Self::from_ron(ADVISOR_FILE, ADVISOR_RON)
    }

    /// Parses and validates rules; `file` names them in errors.
    pub fn from_ron(file: &str, text: &str) -> Result<Self, AdvisorDataError> {
        let rules: Self = parse_ron(file, text)?;
        rules.validate(file)?;
        Ok(rules)
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

    /// The sentence every view shows instead of a list of flips when [`Advice::flips`] is
    /// empty, so the screen, the CLI and the exports say it the same way.
    ///
    /// [`Advice::flips`]: super::Advice::flips
    pub fn no_flip_sentence(&self) -> &str {
        &self.no_flip
    }

    /// A verdict's name as the file says it, e.g. "Split"; the flip sentences use it.
    pub fn verdict_name(&self, verdict: Verdict) -> &str {
        let names = &self.verdicts;
        match verdict {
            Verdict::Combine => &names.combine,
            Verdict::Split => &names.split,
            Verdict::NoClearWinner => &names.no_clear_winner,
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

    pub(super) fn rule(&self, factor: Factor) -> Rule<'_> {
        match factor {
            Factor::Engineers => Rule::Steps(&self.engineers),
            Factor::Teams => Rule::Steps(&self.teams),
            Factor::Research => Rule::Research(&self.research),
            Factor::BacklogComplexity => Rule::Scale(&self.backlog_complexity),
            Factor::Switching => Rule::Scale(&self.switching),
            Factor::SpeedPriority => Rule::Scale(&self.speed_priority),
        }
    }

    pub(super) fn flip_template(&self, factor: Factor) -> &str {
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
    pub(super) fn entry(&self, factor: Factor, ordinal: u32) -> (i32, &str) {
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

    /// Fills a template's profile placeholders from `profile`.
    pub(super) fn render_for_profile(&self, text: &str, profile: &TeamProfile) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::advisor::inputs::ordinal_range;
    use crate::domain::advisor::testing::*;
    use crate::domain::advisor::*;
    use proptest::prelude::*;

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
        let AdvisorDataError::Parse(parse) = &err else {
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
        assert!(matches!(err, AdvisorDataError::Parse(_)), "{err}");
        assert!(err.to_string().contains("bias"), "{err}");
    }

    proptest! {
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
    }
}
