//! The advice itself: [`advise`] weighs a profile with the rules and finds, for each input,
//! the smallest change that would flip the [`Verdict`].

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::inputs::ordinal_range;
use super::rules::Rule;
use super::{AdvisorRules, Factor, InputValue, TeamProfile};
use crate::domain::template;

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
            "verdict" => Some(Cow::Borrowed(rules.verdict_name(self.verdict))),
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

impl AdvisorRules {
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::advisor::testing::*;
    use crate::domain::advisor::*;
    use proptest::prelude::*;

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
        let sentence = shipped().no_flip_sentence().to_owned();
        assert!(
            sentence.ends_with('.') && !sentence.contains('{'),
            "{sentence}"
        );
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
