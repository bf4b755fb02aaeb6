//! The quiz file as written in `data/quiz.ron`: items, scales, scoring rules and the sentences
//! shown with a result. [`Quiz`](super::Quiz) checks it before anything is scored.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Band;

/// The quiz file as written: items, scales, scoring rules and texts.
///
/// Load it through [`Quiz::from_ron`](super::Quiz::from_ron) or
/// [`Quiz::from_data`](super::Quiz::from_data), which check it against the catalog; only a
/// [`Quiz`](super::Quiz) can be scored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizData {
    /// Shown before the first item.
    pub intro: String,
    /// The two answer scales.
    pub scales: Scales,
    /// The items, in the order they are asked.
    pub items: Vec<Item>,
    /// Responsibility id -> what to learn or practise next (one to three sentences).
    pub learn_next: BTreeMap<String, String>,
    /// Weights, band thresholds and band meanings.
    pub scoring: Scoring,
    /// How the result picks a lean, and how it describes it.
    pub lean: LeanRules,
    /// The roles one person holds in a combined job, and what to say about fitting it.
    pub combined_role: CombinedRole,
    /// Notes added to a result in special cases.
    pub notes: ResultNotes,
    /// The answer-quality checks: their thresholds and what each says.
    pub quality: QualityRules,
    /// How wide the range around each score is, and how ranges are described.
    pub ranges: RangeRules,
    /// What raters are asked, and how their answers are set beside the person's own.
    pub rating: RatingRules,
    /// Words the app puts into the sentences: list endings, scale and band names.
    pub words: Words,
}

/// Words the app puts into the file's sentences, in the file's language; no placeholders.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Words {
    /// Joins the last two entries of a list: "A, B and C".
    pub and: String,
    /// The skill scale's name, as in "Pricing and positioning (skill)".
    pub skill: String,
    /// The interest scale's name.
    pub interest: String,
    /// The low band's name, for `ranges.spans_bands`.
    pub low: String,
    /// The moderate band's name.
    pub moderate: String,
    /// The high band's name.
    pub high: String,
    /// A score's range in reports: "range {low} to {high}".
    pub range: String,
    /// A change of fit between attempts that may be noise: "{change} for {role}".
    pub change_for: String,
    /// Who a rater is asked about when the profile has no name: "this person". It starts the
    /// rater's sentences, which capitalise it there.
    pub someone: String,
}

impl Words {
    /// A band's name.
    pub fn band(&self, band: Band) -> &str {
        match band {
            Band::Low => &self.low,
            Band::Moderate => &self.moderate,
            Band::High => &self.high,
        }
    }

    /// A scale's name.
    pub fn scale(&self, kind: ItemKind) -> &str {
        match kind {
            ItemKind::Skill => &self.skill,
            ItemKind::Interest => &self.interest,
        }
    }

    /// "A", "A and B", "A, B and C".
    pub fn join<S: AsRef<str>>(&self, parts: &[S]) -> String {
        match parts {
            [] => String::new(),
            [only] => only.as_ref().to_owned(),
            [init @ .., last] => {
                let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
                format!("{} {} {}", init.join(", "), self.and, last.as_ref())
            }
        }
    }
}

/// The skill scale and the interest scale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scales {
    /// Proficiency, from "never done it" to "could teach it".
    pub skill: Scale,
    /// Like or dislike, on the O*NET Interest Profiler's five points.
    pub interest: Scale,
}

/// A five-point answer scale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// The question every item on this scale answers.
    pub prompt: String,
    /// Exactly five points; the answer value is the index.
    pub points: Vec<ScalePoint>,
}

/// One point of a scale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScalePoint {
    /// Short label on the answer button.
    pub label: String,
    /// One sentence saying what choosing it means.
    pub meaning: String,
}

/// Which scale an item is answered on, and which score it feeds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ItemKind {
    /// A first-person statement about something the person has done.
    Skill,
    /// An activity the person would like or dislike doing.
    Interest,
}

/// One quiz item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable kebab-case id; answers are stored under it.
    pub id: String,
    /// Id of the catalog responsibility it measures.
    pub responsibility: String,
    /// Skill statement or interest activity.
    pub kind: ItemKind,
    /// The statement or activity, as shown.
    pub text: String,
    /// A skill item's statement about someone else, for raters; placeholder `{name}`. Every
    /// skill item has one; interest items have none (raters are asked about skills only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rater_text: Option<String>,
}

/// How answers become scores and bands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    /// Share of a role's fit that comes from its skill score, in percent.
    pub skill_weight: u8,
    /// Share of a role's fit that comes from its interest score, in percent. The two weights
    /// sum to 100.
    pub interest_weight: u8,
    /// How fit combines skill and interest, for the UI; placeholders `{skill_weight}` and
    /// `{interest_weight}`.
    pub explanation: String,
    /// Lowest score in the moderate band; anything below is low.
    pub moderate_from: u8,
    /// Lowest score in the high band.
    pub high_from: u8,
    /// What each band means, for each kind of role score.
    pub bands: BandTexts,
}

/// Band meanings for the three role scores.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BandTexts {
    /// For a role's skill score.
    pub skill: BandMeanings,
    /// For a role's interest score.
    pub interest: BandMeanings,
    /// For a role's fit.
    pub fit: BandMeanings,
}

/// One sentence per band; placeholder `{role}` (the role's name).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BandMeanings {
    /// Below `moderate_from`.
    pub low: String,
    /// From `moderate_from` up to below `high_from`.
    pub moderate: String,
    /// From `high_from` up.
    pub high: String,
}

impl BandMeanings {
    /// The sentence for `band`.
    pub fn get(&self, band: Band) -> &str {
        match band {
            Band::Low => &self.low,
            Band::Moderate => &self.moderate,
            Band::High => &self.high,
        }
    }
}

/// How the result picks a [`Lean`](super::Lean) and the sentences that describe it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeanRules {
    /// Points between two fits that make one clearly ahead.
    pub margin: u8,
    /// A lean towards one role; placeholders `{role}`, `{fit}`.
    pub role: String,
    /// The two best fits' ranges overlap; placeholders `{role}`, `{fit}`, `{low}`, `{high}`,
    /// `{other}`, `{other_fit}`, `{other_low}`, `{other_high}`.
    pub too_close: String,
    /// No lean yet; no placeholders.
    pub neither_yet: String,
}

/// A job that merges several roles, and what to say about fitting it.
///
/// Placeholders in the texts: `{roles}` (the names joined), `{stronger}` and `{weaker}` (the
/// names of the roles with the highest and lowest fit) and `{fit}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CombinedRole {
    /// Ids of the merged roles, at least two.
    pub roles: Vec<String>,
    /// How the combined fit is worked out.
    pub explanation: String,
    /// When the combined fit is low.
    pub low: String,
    /// When it is moderate.
    pub moderate: String,
    /// When it is high.
    pub high: String,
    /// When a partial result has no fit yet for one of the roles.
    pub incomplete: String,
}

impl CombinedRole {
    /// The sentence for `band`.
    pub fn sentence(&self, band: Band) -> &str {
        match band {
            Band::Low => &self.low,
            Band::Moderate => &self.moderate,
            Band::High => &self.high,
        }
    }
}

/// Notes added to a result in special cases.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultNotes {
    /// Every answer was the same; no placeholders.
    pub no_preference: String,
    /// Not every item is answered; placeholders `{answered}`, `{total}`.
    pub partial: String,
    /// No responsibility is a strength (high skill and high interest); no placeholders.
    pub no_strengths: String,
    /// No responsibility is a growth area (high interest, skill below high); no placeholders.
    pub no_growth_areas: String,
    /// No responsibility is skilled but less liked; no placeholders.
    pub no_skilled_not_drawn: String,
}

/// The answer-quality checks: when each one speaks up, and what it says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QualityRules {
    /// The same point for (nearly) every item.
    pub same_answer: SameAnswerRule,
    /// Most answers at the top end of both scales, or at the bottom end of both.
    pub acquiescence: AcquiescenceRule,
    /// The two items of one responsibility on one scale far apart.
    pub inconsistent: InconsistentRule,
    /// Answers given faster than the items can be read.
    pub rushed: RushedRule,
    /// Said when no check found anything; no placeholders.
    pub nothing_seen: String,
    /// Said for a result kept before the checks existed; no placeholders.
    pub not_checked: String,
}

/// When nearly every answer is the same point.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SameAnswerRule {
    /// Fewest answers before the check speaks.
    pub min_answers: usize,
    /// Share of answers, in percent, on the most used point that trips the check.
    pub share: u8,
    /// Placeholders `{count}`, `{answered}`.
    pub sentence: String,
}

/// When the answers agree (or disagree) with nearly everything.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AcquiescenceRule {
    /// Fewest answers on each scale before the check speaks.
    pub min_per_scale: usize,
    /// Share of each scale's answers, in percent, at its top two points (or its bottom two)
    /// that trips the check.
    pub share: u8,
    /// Top end of both scales; placeholders `{skill_share}`, `{interest_share}`.
    pub high: String,
    /// Bottom end of both scales; same placeholders.
    pub low: String,
}

/// When the two items of a responsibility on one scale disagree.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InconsistentRule {
    /// Points apart, on the 0-4 scale, that trip the check.
    pub gap: u8,
    /// Placeholder `{pairs}`: the responsibilities and scales, e.g. "Pricing (interest)".
    pub sentence: String,
}

/// When answers come faster than the items can be read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RushedRule {
    /// Reading time allowed per word of an item, in milliseconds; an answer given sooner
    /// after the one before is too fast.
    pub milliseconds_per_word: u32,
    /// Fewest timed answers before the check speaks.
    pub min_timed: usize,
    /// Share of timed answers, in percent, that must be too fast to trip the check.
    pub share: u8,
    /// Placeholders `{count}`, `{timed}`.
    pub sentence: String,
}

/// How wide the range around a score is, and the words for ranges.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RangeRules {
    /// How far one answer may stray from the person's true level when they answer again, in
    /// hundredths of an answer point (the measurement error assumed for a single item).
    pub answer_error: u32,
    /// How sure the range is, in percent: 80, 90 or 95.
    pub confidence: u8,
    /// How ranges are worked out, in a sentence or two; placeholder `{confidence}`.
    pub explanation: String,
    /// A range that crosses a band boundary; placeholders `{low}`, `{high}`, `{from}`, `{to}`.
    pub spans_bands: String,
    /// A change between attempts larger than both ranges; placeholders `{change}`, `{role}`.
    pub real_change: String,
    /// A change that stays within the ranges; no placeholders.
    pub within_last: String,
}

/// A second opinion: what raters are asked, and the sentences that compare their answers with
/// the person's own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatingRules {
    /// The question every rater item answers; placeholder `{name}`.
    pub prompt: String,
    /// Shown to a rater before the first item; placeholder `{name}`.
    pub intro: String,
    /// What each skill point means said about someone else: one per point, in order.
    pub point_meanings: Vec<String>,
    /// Points on the 0-4 scale between the person's own average and the others' that make a
    /// blind spot or a hidden strength.
    pub gap: u8,
    /// The fewest raters whose answers can stay anonymous.
    pub anonymous_from: usize,
    /// Self well above others; placeholders `{responsibility}`, `{self}`, `{others}`.
    pub blind_spot: String,
    /// Others well above self; same placeholders.
    pub hidden_strength: String,
    /// No gap is large enough to mention; placeholder `{gap}`.
    pub no_gaps: String,
    /// Fewer raters than `anonymous_from`; placeholder `{needed}`.
    pub not_anonymous: String,
    /// No ratings yet; no placeholders.
    pub none_yet: String,
}
