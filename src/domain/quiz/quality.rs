//! Answer-quality checks: signs that answers were given carelessly, each with what to do.
//!
//! The checks never change or hide a result; they say how far to trust it. Thresholds and
//! sentences come from the `quality` section of `data/quiz.ron`, and `docs/scoring.md` says
//! why each check is there.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{AnswerTimes, Answers, ItemKind, MAX_ANSWER, Quiz, SCALE_POINTS};
use crate::domain::template::render_named;

/// Which check spoke up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QualityCheck {
    /// The same point for (nearly) every item.
    SameAnswer,
    /// Most answers at the top end of both scales, or at the bottom end of both.
    Acquiescence,
    /// The two items of one responsibility on one scale three or more points apart.
    Inconsistent,
    /// Answers given faster than the items can be read.
    Rushed,
}

impl QualityCheck {
    /// Every check, in the order they are shown.
    pub const ALL: [Self; 4] = [
        Self::SameAnswer,
        Self::Acquiescence,
        Self::Inconsistent,
        Self::Rushed,
    ];

    /// The id used in `--json` and in exports' machine columns.
    pub const fn key(self) -> &'static str {
        match self {
            Self::SameAnswer => "same_answer",
            Self::Acquiescence => "acquiescence",
            Self::Inconsistent => "inconsistent",
            Self::Rushed => "rushed",
        }
    }
}

/// What one check saw, in a sentence that also says what to do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QualityFlag {
    /// The check.
    pub id: QualityCheck,
    /// What it saw and what to do.
    pub sentence: String,
}

/// Runs every check on `answers`; `times` (when each answer was given) feeds the rushed check,
/// which says nothing without them.
pub fn check(quiz: &Quiz, answers: &Answers, times: Option<&AnswerTimes>) -> Vec<QualityFlag> {
    let mut flags = Vec::new();
    flags.extend(same_answer(quiz, answers));
    flags.extend(acquiescence(quiz, answers));
    flags.extend(inconsistent(quiz, answers));
    if let Some(times) = times {
        flags.extend(rushed(quiz, answers, times));
    }
    flags
}

/// A share as a whole percent, rounded half up.
fn percent(part: usize, whole: usize) -> usize {
    (200 * part + whole) / (2 * whole.max(1))
}

fn same_answer(quiz: &Quiz, answers: &Answers) -> Option<QualityFlag> {
    let rule = &quiz.data.quality.same_answer;
    let mut counts = [0_usize; SCALE_POINTS];
    let mut answered = 0;
    for item in quiz.items() {
        if let Some(value) = answers.get(&item.id) {
            counts[usize::from(value.min(MAX_ANSWER))] += 1;
            answered += 1;
        }
    }
    let most = counts.iter().copied().max().unwrap_or(0);
    (answered >= rule.min_answers.max(1) && percent(most, answered) >= usize::from(rule.share))
        .then(|| QualityFlag {
            id: QualityCheck::SameAnswer,
            sentence: render_named(
                &rule.sentence,
                &[
                    ("count", &most.to_string()),
                    ("answered", &answered.to_string()),
                ],
            ),
        })
}

fn acquiescence(quiz: &Quiz, answers: &Answers) -> Option<QualityFlag> {
    let rule = &quiz.data.quality.acquiescence;
    // (answered, at the top two points, at the bottom two) per scale.
    let mut tally = BTreeMap::<ItemKind, (usize, usize, usize)>::new();
    for item in quiz.items() {
        if let Some(value) = answers.get(&item.id) {
            let entry = tally.entry(item.kind).or_default();
            entry.0 += 1;
            entry.1 += usize::from(value + 1 >= MAX_ANSWER);
            entry.2 += usize::from(value <= 1);
        }
    }
    let (skill, interest) = (
        tally.get(&ItemKind::Skill).copied().unwrap_or_default(),
        tally.get(&ItemKind::Interest).copied().unwrap_or_default(),
    );
    if skill.0 < rule.min_per_scale.max(1) || interest.0 < rule.min_per_scale.max(1) {
        return None;
    }
    let share = usize::from(rule.share);
    let flag = |template: &str, skill_part: usize, interest_part: usize| QualityFlag {
        id: QualityCheck::Acquiescence,
        sentence: render_named(
            template,
            &[
                ("skill_share", &percent(skill_part, skill.0).to_string()),
                (
                    "interest_share",
                    &percent(interest_part, interest.0).to_string(),
                ),
            ],
        ),
    };
    if percent(skill.1, skill.0) >= share && percent(interest.1, interest.0) >= share {
        Some(flag(&rule.high, skill.1, interest.1))
    } else if percent(skill.2, skill.0) >= share && percent(interest.2, interest.0) >= share {
        Some(flag(&rule.low, skill.2, interest.2))
    } else {
        None
    }
}

fn inconsistent(quiz: &Quiz, answers: &Answers) -> Option<QualityFlag> {
    let rule = &quiz.data.quality.inconsistent;
    // Lowest and highest answer per responsibility and scale, in catalog order.
    let mut ranges = BTreeMap::<(&str, ItemKind), (u8, u8)>::new();
    for item in quiz.items() {
        if let Some(value) = answers.get(&item.id) {
            let entry = ranges
                .entry((item.responsibility.as_str(), item.kind))
                .or_insert((value, value));
            entry.0 = entry.0.min(value);
            entry.1 = entry.1.max(value);
        }
    }
    let mut pairs = Vec::new();
    for role in &quiz.roles {
        for (id, title) in &role.responsibilities {
            for kind in [ItemKind::Skill, ItemKind::Interest] {
                if let Some(&(low, high)) = ranges.get(&(id.as_str(), kind))
                    && high - low >= rule.gap
                {
                    let scale = quiz.data.words.scale(kind);
                    pairs.push(format!("{title} ({scale})"));
                }
            }
        }
    }
    (!pairs.is_empty()).then(|| QualityFlag {
        id: QualityCheck::Inconsistent,
        sentence: render_named(&rule.sentence, &[("pairs", &quiz.data.words.join(&pairs))]),
    })
}

fn rushed(quiz: &Quiz, answers: &Answers, times: &AnswerTimes) -> Option<QualityFlag> {
    let rule = &quiz.data.quality.rushed;
    // Answered items with a time, in the order they were answered.
    let mut timed: Vec<_> = quiz
        .items()
        .iter()
        .filter(|item| answers.get(&item.id).is_some())
        .filter_map(|item| times.get(&item.id).map(|at| (at, item)))
        .collect();
    timed.sort_by_key(|&(at, _)| at);
    // The first answer has nothing before it to measure from.
    let gaps = timed.len().saturating_sub(1);
    if gaps < rule.min_timed.max(1) {
        return None;
    }
    let too_fast = timed
        .windows(2)
        .filter(|pair| {
            let (before, _) = pair[0];
            let (at, item) = pair[1];
            let words = u32::try_from(item.text.split_whitespace().count()).unwrap_or(u32::MAX);
            let needed = time::Duration::milliseconds(i64::from(
                words.saturating_mul(rule.milliseconds_per_word),
            ));
            at - before < needed
        })
        .count();
    (percent(too_fast, gaps) >= usize::from(rule.share)).then(|| QualityFlag {
        id: QualityCheck::Rushed,
        sentence: render_named(
            &rule.sentence,
            &[
                ("count", &too_fast.to_string()),
                ("timed", &gaps.to_string()),
            ],
        ),
    })
}

#[cfg(test)]
mod tests {
    use time::Duration;
    use time::macros::datetime;

    use crate::domain::quiz::testing::*;
    use crate::domain::quiz::*;

    /// A considered set of answers: varied, pairs agreeing, neither end of the scales.
    fn considered(item: &Item) -> u8 {
        match (role_of(item), item.kind) {
            ("pm", ItemKind::Skill) => 3,
            ("po", ItemKind::Skill) => 1,
            _ => 2,
        }
    }

    /// Answers given one after another in the order asked, `seconds` apart.
    fn paced(quiz: &Quiz, answers: &Answers, seconds: i64) -> AnswerTimes {
        let mut times = AnswerTimes::new();
        let mut at = datetime!(2026-11-28 10:00 UTC);
        for item in quiz.items() {
            if answers.get(&item.id).is_some() {
                times.set(item.id.clone(), at);
                at += Duration::seconds(seconds);
            }
        }
        times
    }

    fn ids(flags: &[QualityFlag]) -> Vec<QualityCheck> {
        flags.iter().map(|f| f.id).collect()
    }

    #[test]
    fn considered_answers_at_a_reading_pace_trip_nothing() {
        let quiz = quiz();
        let answers = answer_all(&quiz, considered);
        let times = paced(&quiz, &answers, 8);
        assert_eq!(check_quality(&quiz, &answers, Some(&times)), []);
        let result = score_with_times(&quiz, &answers, &times).unwrap();
        assert_eq!(result.quality, Some(Vec::new()));
    }

    #[test]
    fn the_same_point_nearly_everywhere() {
        let quiz = quiz();
        // 37 of 40 the same point is over 90%.
        let mut answers = answer_all(&quiz, |_| 2);
        for item in &quiz.items()[..3] {
            answers.set(item.id.clone(), 3);
        }
        let flags = check_quality(&quiz, &answers, None);
        assert_eq!(ids(&flags), [QualityCheck::SameAnswer]);
        assert!(
            flags[0]
                .sentence
                .starts_with("37 of your 40 answers are the same point"),
            "{}",
            flags[0].sentence
        );
        // 36 of 40 is exactly 90%: still tripped; 35 is not.
        answers.set(quiz.items()[3].id.clone(), 3);
        assert_eq!(
            ids(&check_quality(&quiz, &answers, None)),
            [QualityCheck::SameAnswer]
        );
        answers.set(quiz.items()[4].id.clone(), 3);
        assert_eq!(check_quality(&quiz, &answers, None), []);
    }

    #[test]
    fn agreeing_with_everything_and_the_mirror_case() {
        let quiz = quiz();
        // Top two points everywhere, but not one point: acquiescence alone.
        let answers = answer_all(&quiz, |i| if role_of(i) == "pm" { 4 } else { 3 });
        let flags = check_quality(&quiz, &answers, None);
        assert_eq!(ids(&flags), [QualityCheck::Acquiescence]);
        assert!(
            flags[0].sentence.contains("top two points for 100%"),
            "{}",
            flags[0].sentence
        );
        let answers = answer_all(&quiz, |i| u8::from(role_of(i) != "pm"));
        let flags = check_quality(&quiz, &answers, None);
        assert_eq!(ids(&flags), [QualityCheck::Acquiescence]);
        assert!(
            flags[0].sentence.contains("bottom two points"),
            "{}",
            flags[0].sentence
        );
        // High skill with low interest is a real pattern, not acquiescence.
        let answers = answer_all(&quiz, |i| if i.kind == ItemKind::Skill { 4 } else { 0 });
        assert!(!ids(&check_quality(&quiz, &answers, None)).contains(&QualityCheck::Acquiescence));
    }

    #[test]
    fn pairs_three_points_apart_are_named() {
        let quiz = quiz();
        let mut answers = answer_all(&quiz, considered);
        // Pricing's two interest items: 2 and 2 -> 0 and 3, three apart.
        answers.set("pricing-interest", 0);
        answers.set("pricing-test-interest", 3);
        // Vision's two skill items two apart: not enough.
        answers.set("vision-write", 1);
        let flags = check_quality(&quiz, &answers, None);
        assert_eq!(ids(&flags), [QualityCheck::Inconsistent]);
        assert!(
            flags[0]
                .sentence
                .starts_with("Your two answers about Pricing and positioning (interest) are three or more points apart"),
            "{}",
            flags[0].sentence
        );
        answers.set("acceptance-check", 4);
        answers.set("acceptance-done", 0);
        let flags = check_quality(&quiz, &answers, None);
        assert!(
            flags[0]
                .sentence
                .contains("Pricing and positioning (interest) and Accepting work (skill) are"),
            "{}",
            flags[0].sentence
        );
    }

    #[test]
    fn answers_faster_than_reading_are_rushed() {
        let quiz = quiz();
        let answers = answer_all(&quiz, considered);
        // A second apart: no item of the quiz can be read that fast.
        let flags = check_quality(&quiz, &answers, Some(&paced(&quiz, &answers, 1)));
        assert_eq!(ids(&flags), [QualityCheck::Rushed]);
        assert_eq!(
            flags[0].sentence,
            "39 of your 39 answers came faster than the items can be read. Answer again more slowly, reading each item to the end before you choose."
        );
        // Without times (a profile from before they were kept) the check says nothing.
        assert_eq!(check_quality(&quiz, &answers, None), []);
        assert_eq!(
            check_quality(&quiz, &answers, Some(&AnswerTimes::new())),
            []
        );
        // A few quick answers among considered ones are not rushing: 9 of 39 is 23%.
        let mut times = paced(&quiz, &answers, 8);
        let mut at = datetime!(2026-11-28 12:00 UTC);
        for item in &quiz.items()[30..] {
            times.set(item.id.clone(), at);
            at += Duration::seconds(1);
        }
        assert_eq!(check_quality(&quiz, &answers, Some(&times)), []);
    }

    #[test]
    fn check_ids_are_the_json_ids() {
        let keys: Vec<_> = QualityCheck::ALL.iter().map(|c| c.key()).collect();
        assert_eq!(
            keys,
            ["same_answer", "acquiescence", "inconsistent", "rushed"]
        );
        for check in QualityCheck::ALL {
            assert_eq!(
                serde_json::to_value(check).unwrap(),
                serde_json::json!(check.key())
            );
        }
    }
}
