//! Fixtures shared by the advisor's unit tests: the shipped rules, edited copies of them,
//! profiles, and proptest strategies for profiles and for random valid rules.

use proptest::prelude::*;

use super::*;

pub(super) fn shipped() -> AdvisorRules {
    AdvisorRules::shipped().expect("the shipped rules are valid")
}

/// The shipped text, edited by `f`, serialised, parsed and validated.
pub(super) fn edited(f: impl FnOnce(&mut AdvisorRules)) -> Result<AdvisorRules, AdvisorDataError> {
    let mut rules = shipped();
    f(&mut rules);
    let text =
        ron::ser::to_string_pretty(&rules, ron::ser::PrettyConfig::default()).expect("serialises");
    AdvisorRules::from_ron("edited.ron", &text)
}

pub(super) fn profile(
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
pub(super) fn balanced() -> TeamProfile {
    profile(40, 2, Research::PartTime, 3, 3, 3)
}

pub(super) fn arb_profile() -> impl Strategy<Value = TeamProfile> {
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
pub(super) fn rising(start: i32, increments: &[i32]) -> Vec<i32> {
    increments
        .iter()
        .scan(start, |total, inc| {
            let now = *total;
            *total += inc;
            Some(now)
        })
        .collect()
}

pub(super) fn arb_steps(max: u32) -> impl Strategy<Value = Vec<Step>> {
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

pub(super) fn arb_scale(increments: &[i32], start: i32, rises: bool) -> Vec<ScaleLevel> {
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
    pub(super) fn arb_rules()(
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
pub(super) fn any_rules() -> impl Strategy<Value = AdvisorRules> {
    prop_oneof![Just(shipped()), arb_rules()]
}
