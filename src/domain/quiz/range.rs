//! The range around a score: where it would probably land if the person answered again.
//!
//! `docs/scoring.md` explains the method and its limits. In short: each answer is taken as the
//! person's true level plus an error; the error of one answer is at least the `answer_error` of
//! `data/quiz.ron`, and more when the answers behind a score disagree with each other. A
//! score's standard error is that error over the square root of the number of answers, and the
//! range is the score plus and minus `z` standard errors, `z` set by the confidence. Role
//! scores and fits add up the errors of the scores they are made of, so every range comes
//! from the very answers behind its score.

use serde::{Deserialize, Serialize};

use super::MAX_ANSWER;

/// A score's range, on the same 0-100 scale as the score; it always holds the score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreRange {
    /// Lowest likely score.
    pub low: u8,
    /// Highest likely score.
    pub high: u8,
}

impl ScoreRange {
    /// Whether the two ranges share at least one score.
    pub fn overlaps(self, other: Self) -> bool {
        self.low <= other.high && other.low <= self.high
    }

    /// Whether `score` lies inside the range, ends included.
    pub fn contains(self, score: u8) -> bool {
        (self.low..=self.high).contains(&score)
    }
}

/// The `z` of a two-sided normal range holding `confidence` percent; `None` for a confidence
/// the quiz file may not use (validation refuses it).
pub fn z_for(confidence: u8) -> Option<f64> {
    match confidence {
        80 => Some(1.2816),
        90 => Some(1.6449),
        95 => Some(1.9600),
        _ => None,
    }
}

/// The parameters of the method, read from the quiz file.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RangeMethod {
    /// Error of a single answer, in answer points.
    pub answer_error: f64,
    /// Standard errors on each side of the score.
    pub z: f64,
}

impl RangeMethod {
    /// The squared standard error of the mean of `answers`, in answer points squared; `None`
    /// when there are no answers.
    ///
    /// `(answer_error² + spread²) / n`, where `spread²` is how far the answers stray from
    /// their own mean (the mean of their squared distances to it). More answers, or answers
    /// that agree more, never make it larger.
    pub fn error_of_mean(self, answers: &[u8]) -> Option<f64> {
        if answers.is_empty() {
            return None;
        }
        let n = answers.len() as f64;
        let mean = answers.iter().map(|&a| f64::from(a)).sum::<f64>() / n;
        let spread = answers
            .iter()
            .map(|&a| (f64::from(a) - mean).powi(2))
            .sum::<f64>()
            / n;
        Some((self.answer_error.powi(2) + spread) / n)
    }

    /// Half the width of the range of the mean of `answers`, on the 0-100 scale.
    pub fn half_width(self, answers: &[u8]) -> Option<f64> {
        self.error_of_mean(answers).map(|e| self.to_points(e))
    }

    /// A squared standard error in answer points as a half-width on the 0-100 scale.
    pub fn to_points(self, error: f64) -> f64 {
        self.z * error.sqrt() * 100.0 / f64::from(MAX_ANSWER)
    }

    /// The range around `score` for a squared standard error `error` in answer points.
    pub fn range(self, score: u8, error: f64) -> ScoreRange {
        let half = self.to_points(error);
        let centre = f64::from(score);
        ScoreRange {
            low: to_score((centre - half).round()),
            high: to_score((centre + half).round()),
        }
    }
}

/// The squared error of the mean of several scores, each with its own squared error: the
/// errors are taken as independent, so they add, divided by the count squared.
pub fn error_of_average(errors: &[f64]) -> Option<f64> {
    if errors.is_empty() {
        return None;
    }
    let k = errors.len() as f64;
    Some(errors.iter().sum::<f64>() / (k * k))
}

/// The squared error of `a * x + b * y` for independent `x` and `y` (weights in percent).
pub fn error_of_weighted(a: u8, error_a: f64, b: u8, error_b: f64) -> f64 {
    let total = f64::from(a) + f64::from(b);
    let (wa, wb) = (f64::from(a) / total, f64::from(b) / total);
    wa * wa * error_a + wb * wb * error_b
}

// The value is clamped to 0..=100 first, so the cast cannot truncate or wrap.
#[expect(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn to_score(value: f64) -> u8 {
    value.clamp(0.0, 100.0) as u8
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const METHOD: RangeMethod = RangeMethod {
        answer_error: 0.6,
        z: 1.6449,
    };

    #[test]
    fn two_agreeing_answers_give_a_range_of_about_seventeen_points_each_side() {
        let half = METHOD.half_width(&[3, 3]).unwrap();
        assert!((half - 17.4).abs() < 0.1, "{half}");
        // Answers one point apart widen it.
        assert!(METHOD.half_width(&[2, 3]).unwrap() > half);
        assert_eq!(METHOD.half_width(&[]), None);
        let range = METHOD.range(75, METHOD.error_of_mean(&[3, 3]).unwrap());
        assert_eq!(range, ScoreRange { low: 58, high: 92 });
        // Clamped to the scale.
        let top = METHOD.range(100, METHOD.error_of_mean(&[4, 4]).unwrap());
        assert_eq!(top.high, 100);
        assert!(top.contains(100) && !top.contains(50));
    }

    #[test]
    fn overlap_is_symmetric_and_includes_touching_ends() {
        let a = ScoreRange { low: 40, high: 60 };
        let b = ScoreRange { low: 60, high: 80 };
        let c = ScoreRange { low: 61, high: 80 };
        assert!(a.overlaps(b) && b.overlaps(a));
        assert!(!a.overlaps(c) && !c.overlaps(a));
    }

    #[test]
    fn averages_and_weights_shrink_errors() {
        let e = METHOD.error_of_mean(&[2, 2]).unwrap();
        let five = error_of_average(&[e; 5]).unwrap();
        assert!((five - e / 5.0).abs() < 1e-12);
        assert!((error_of_weighted(50, e, 50, e) - e / 2.0).abs() < 1e-12);
        assert_eq!(error_of_average(&[]), None);
    }

    fn answers() -> impl Strategy<Value = Vec<u8>> {
        prop::collection::vec(0..=MAX_ANSWER, 1..12)
    }

    proptest! {
        /// More items with the same spread: the answers given twice over.
        #[test]
        fn more_items_never_widen_the_range(answers in answers()) {
            let twice: Vec<u8> = answers.iter().chain(&answers).copied().collect();
            prop_assert!(METHOD.half_width(&twice) <= METHOD.half_width(&answers));
        }

        /// More items: one more answer at the answers' own mean (rounded, when the mean is a
        /// whole number of points) never widens the range.
        #[test]
        fn an_answer_at_the_mean_never_widens_the_range(answers in answers()) {
            let sum: u32 = answers.iter().map(|&a| u32::from(a)).sum();
            let n = u32::try_from(answers.len()).unwrap();
            prop_assume!(sum.is_multiple_of(n));
            let mut more = answers.clone();
            more.push(u8::try_from(sum / n).unwrap());
            prop_assert!(METHOD.half_width(&more) <= METHOD.half_width(&answers));
        }

        /// More agreement: one answer moved a point towards the others' mean.
        #[test]
        fn more_agreement_never_widens_the_range(answers in answers(), pick in any::<prop::sample::Index>()) {
            let i = pick.index(answers.len());
            let mean = answers.iter().map(|&a| f64::from(a)).sum::<f64>() / answers.len() as f64;
            let a = f64::from(answers[i]);
            prop_assume!((a - mean).abs() >= 1.0);
            let mut closer = answers.clone();
            closer[i] = if a > mean { answers[i] - 1 } else { answers[i] + 1 };
            prop_assert!(METHOD.half_width(&closer).unwrap() <= METHOD.half_width(&answers).unwrap() + 1e-12);
        }

        /// Every range holds its score and stays on the scale.
        #[test]
        fn a_range_holds_its_score(score in 0..=100u8, answers in answers()) {
            let range = METHOD.range(score, METHOD.error_of_mean(&answers).unwrap());
            prop_assert!(range.contains(score));
            prop_assert!(range.high <= 100);
        }
    }
}
