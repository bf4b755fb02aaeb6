//! What the advisor weighs: the [`Factor`]s, their values, and the [`TeamProfile`] a user
//! describes, with its ranges and the warnings about contradictory input.

use std::fmt;
use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};

use super::{AdvisorRules, TeamProfileError};

/// A team with fewer engineers than this per product team gets a warning. Two is the smallest
/// group that can be called a team; this is a sanity check on the input, not a scoring rule.
const MIN_ENGINEERS_PER_TEAM: u32 = 2;

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
    pub(super) const fn rises_toward_split(self) -> bool {
        match self {
            Self::Engineers | Self::Teams | Self::Research | Self::BacklogComplexity => true,
            Self::Switching | Self::SpeedPriority => false,
        }
    }

    /// What loading demands of this factor's points, in words.
    pub(super) const fn monotone_rule(self) -> &'static str {
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
    pub(super) const fn ordinal(self) -> u32 {
        match self {
            Self::None => 0,
            Self::PartTime => 1,
            Self::FullTime => 2,
        }
    }

    /// The level at `ordinal`; past the end gives full-time.
    pub(super) const fn from_ordinal(ordinal: u32) -> Self {
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
    pub(super) const fn ordinal(self) -> u32 {
        match self {
            Self::Number(n) => n,
            Self::Research(r) => r.ordinal(),
        }
    }

    /// `ordinal` as a value of `factor`.
    pub(super) const fn of(factor: Factor, ordinal: u32) -> Self {
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
    pub fn validate(&self) -> Result<(), TeamProfileError> {
        for factor in Factor::ALL {
            let value = self.ordinal(factor);
            let range = ordinal_range(factor);
            if !range.contains(&value) {
                return Err(TeamProfileError::OutOfRange {
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
    pub(super) const fn ordinal(&self, factor: Factor) -> u32 {
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
    pub(super) fn with_ordinal(&self, factor: Factor, ordinal: u32) -> Self {
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
    pub(super) fn clamped(&self) -> Self {
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
pub(super) const fn ordinal_range(factor: Factor) -> RangeInclusive<u32> {
    match factor {
        Factor::Engineers => TeamProfile::ENGINEERS_RANGE,
        Factor::Teams => TeamProfile::TEAMS_RANGE,
        Factor::Research => 0..=2,
        Factor::BacklogComplexity | Factor::Switching | Factor::SpeedPriority => {
            TeamProfile::SCALE_RANGE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::advisor::testing::*;
    use crate::domain::advisor::*;
    use crate::domain::data_file::{is_valid_id, parse_ron};

    #[test]
    fn default_profile_is_a_valid_startup_that_combines() {
        let p = TeamProfile::default();
        assert_eq!(p.validate(), Ok(()));
        assert_eq!((p.engineers, p.teams), (8, 1));
        assert_eq!(advise(&p, &shipped()).verdict, Verdict::Combine);
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
            assert!(matches!(err, TeamProfileError::OutOfRange { .. }), "{err}");
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
}
