//! The career-fit quiz: its items, the person's answers, and how they are scored.
//!
//! The quiz rates **skill** (what the person has done) and, separately, **interest** (what they
//! would enjoy) against every responsibility of every role in the [`Catalog`]. Items, scale
//! labels, weights, band thresholds and every sentence shown with a result live in
//! `data/quiz.ron`; this module validates that file against the catalog and turns [`Answers`]
//! into a self-contained [`QuizResult`] that a profile can store.
//!
//! Scores are whole numbers from 0 to 100, rounded half up at each step so a person can check
//! them by hand: a responsibility's score is the mean of its answers over the scale's top
//! point, a role's score is the mean of its responsibilities' scores, and a role's fit weighs
//! its skill and interest scores by the weights in the file. Every step only ever adds or
//! averages, so raising an answer never lowers a score.

use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::catalog::Catalog;
use super::data_file::{RonError, first_duplicate, is_valid_id, parse_ron};
use super::template::{self, TemplateError, render_named};

/// File name of the shipped quiz, as it appears in error messages.
pub const QUIZ_FILE: &str = "data/quiz.ron";

/// The shipped quiz's text, embedded at build time.
pub const QUIZ_RON: &str = include_str!("../../data/quiz.ron");

/// The highest answer on either scale; answers go from 0 to this.
pub const MAX_ANSWER: u8 = 4;

/// How many points each scale has.
pub const SCALE_POINTS: usize = MAX_ANSWER as usize + 1;

/// The quiz file as written: items, scales, scoring rules and texts.
///
/// Load it through [`Quiz::from_ron`] or [`Quiz::from_data`], which check it against the
/// catalog; only a [`Quiz`] can be scored.
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

/// How the result picks a [`Lean`] and the sentences that describe it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeanRules {
    /// Points between two fits that make one clearly ahead.
    pub margin: u8,
    /// A lean towards one role; placeholders `{role}`, `{fit}`.
    pub role: String,
    /// Two roles equally strong; placeholders `{role}`, `{fit}`, `{other}`, `{other_fit}`.
    pub combined: String,
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
}

/// A validated quiz, ready to be answered and scored.
///
/// It keeps the names and titles it needs from the catalog it was checked against, so scoring
/// needs no catalog and results are self-contained.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quiz {
    data: QuizData,
    roles: Vec<RoleInfo>,
    /// Item id -> position in `data.items`, so answers are checked in one pass.
    index: HashMap<String, usize>,
}

/// The catalog facts a result quotes.
#[derive(Clone, Debug, PartialEq, Eq)]
struct RoleInfo {
    id: String,
    name: String,
    short_name: String,
    /// Responsibility id and title, in catalog order.
    responsibilities: Vec<(String, String)>,
}

/// Why a quiz could not be loaded, or answers could not be scored.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum QuizError {
    /// The text is not valid RON for a quiz.
    #[error(transparent)]
    Parse(#[from] RonError),
    /// Two items share an id.
    #[error("{file}: the item id `{id}` is used more than once")]
    DuplicateId {
        /// File name.
        file: String,
        /// The repeated id.
        id: String,
    },
    /// An item id is not short kebab-case.
    #[error("{file}: the item id `{id}` must be short kebab-case (a-z, 0-9 and single hyphens)")]
    BadId {
        /// File name.
        file: String,
        /// The id.
        id: String,
    },
    /// An item or a learning text names a responsibility the catalog does not have.
    #[error("{file}: {source_of} names responsibility `{responsibility}`, which does not exist")]
    UnknownResponsibility {
        /// File name.
        file: String,
        /// What names it, e.g. "item `vision-write`".
        source_of: String,
        /// The unknown responsibility id.
        responsibility: String,
    },
    /// A responsibility has fewer than two skill items.
    #[error(
        "{file}: responsibility `{responsibility}` has {found} skill item(s); it needs at least 2"
    )]
    TooFewSkillItems {
        /// File name.
        file: String,
        /// Responsibility id.
        responsibility: String,
        /// How many it has.
        found: usize,
    },
    /// A responsibility has no interest item.
    #[error("{file}: responsibility `{responsibility}` has no interest item")]
    NoInterestItem {
        /// File name.
        file: String,
        /// Responsibility id.
        responsibility: String,
    },
    /// A responsibility has no text on what to learn next.
    #[error("{file}: responsibility `{responsibility}` has no text in `learn_next`")]
    MissingLearning {
        /// File name.
        file: String,
        /// Responsibility id.
        responsibility: String,
    },
    /// A scale does not have exactly five points.
    #[error("{file}: the {scale} scale has {found} point(s); it needs exactly 5")]
    ScaleSize {
        /// File name.
        file: String,
        /// "skill" or "interest".
        scale: &'static str,
        /// How many points it has.
        found: usize,
    },
    /// The combined role names a role the catalog does not have.
    #[error("{file}: `combined_role` names role `{role}`, which does not exist")]
    UnknownRole {
        /// File name.
        file: String,
        /// The unknown role id.
        role: String,
    },
    /// Weights, thresholds or the lean margin do not make sense together.
    #[error("{file}: {problem}")]
    BadScoring {
        /// File name.
        file: String,
        /// What is wrong, in words.
        problem: String,
    },
    /// A text uses a placeholder it cannot have.
    #[error("{file}: {what} uses `{{{placeholder}}}`; it may use {allowed}")]
    BadPlaceholder {
        /// File name.
        file: String,
        /// Which text.
        what: String,
        /// The placeholder's name, without braces.
        placeholder: String,
        /// The placeholders it may use, e.g. "only {role}, {fit}" or "no placeholders".
        allowed: String,
    },
    /// A text opens a placeholder with `{` and never closes it.
    #[error("{file}: {what} opens a placeholder with `{{` and never closes it")]
    UnclosedPlaceholder {
        /// File name.
        file: String,
        /// Which text.
        what: String,
    },
    /// A text has a `}` that closes no placeholder (braces only ever delimit placeholders).
    #[error("{file}: {what} has a `}}` that closes no placeholder")]
    StrayBrace {
        /// File name.
        file: String,
        /// Which text.
        what: String,
    },
    /// A text that must be written is blank, or a list that must have entries is empty.
    #[error("{file}: {what} is empty")]
    Empty {
        /// File name.
        file: String,
        /// What is empty.
        what: String,
    },
    /// Answers name an item the quiz does not have.
    #[error("the answers name quiz item `{item}`, which does not exist")]
    UnknownItem {
        /// The unknown item id.
        item: String,
    },
    /// An answer is above the top of the scale.
    #[error("the answer to quiz item `{item}` is {value}; answers go from 0 to 4")]
    OutOfRange {
        /// Item id.
        item: String,
        /// The stored value.
        value: u8,
    },
    /// Not every item is answered, so no full result can be given.
    #[error("{missing} of {total} quiz items are not answered yet")]
    Incomplete {
        /// Unanswered items.
        missing: usize,
        /// All items.
        total: usize,
    },
}

impl Quiz {
    /// The quiz shipped with the app, checked against `catalog`.
    pub fn shipped(catalog: &Catalog) -> Result<Self, QuizError> {
        Self::from_ron(QUIZ_FILE, QUIZ_RON, catalog)
    }

    /// Parses a quiz and checks it against `catalog`; `file` names it in errors.
    pub fn from_ron(file: &str, text: &str, catalog: &Catalog) -> Result<Self, QuizError> {
        let data: QuizData = parse_ron(file, text)?;
        Self::from_data(file, data, catalog)
    }

    /// Checks quiz data against `catalog`; `file` names it in errors.
    pub fn from_data(file: &str, data: QuizData, catalog: &Catalog) -> Result<Self, QuizError> {
        validate(file, &data, catalog)?;
        let roles = catalog
            .roles
            .iter()
            .map(|role| RoleInfo {
                id: role.id.clone(),
                name: role.name.clone(),
                short_name: role.short_name.clone(),
                responsibilities: role
                    .responsibilities
                    .iter()
                    .map(|r| (r.id.clone(), r.title.clone()))
                    .collect(),
            })
            .collect();
        let index = data
            .items
            .iter()
            .enumerate()
            .map(|(position, item)| (item.id.clone(), position))
            .collect();
        Ok(Self { data, roles, index })
    }

    /// The quiz as written in its file.
    pub fn data(&self) -> &QuizData {
        &self.data
    }

    /// Shown before the first item.
    pub fn intro(&self) -> &str {
        &self.data.intro
    }

    /// The items, in the order they are asked.
    pub fn items(&self) -> &[Item] {
        &self.data.items
    }

    /// How many items there are.
    pub fn item_count(&self) -> usize {
        self.data.items.len()
    }

    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.index
            .get(id)
            .and_then(|&position| self.data.items.get(position))
    }

    /// The scale items of `kind` are answered on.
    pub fn scale(&self, kind: ItemKind) -> &Scale {
        match kind {
            ItemKind::Skill => &self.data.scales.skill,
            ItemKind::Interest => &self.data.scales.interest,
        }
    }

    /// What to learn or practise next for a responsibility.
    pub fn learn_next(&self, responsibility: &str) -> Option<&str> {
        self.data.learn_next.get(responsibility).map(String::as_str)
    }

    /// Weights, thresholds and band meanings.
    pub fn scoring(&self) -> &Scoring {
        &self.data.scoring
    }

    /// How fit combines skill and interest, in a sentence for the UI.
    pub fn fit_explanation(&self) -> String {
        let scoring = &self.data.scoring;
        render_named(
            &scoring.explanation,
            &[
                ("skill_weight", &scoring.skill_weight.to_string()),
                ("interest_weight", &scoring.interest_weight.to_string()),
            ],
        )
    }

    /// The band a 0-100 score falls in.
    pub fn band(&self, score: u8) -> Band {
        let scoring = &self.data.scoring;
        if score >= scoring.high_from {
            Band::High
        } else if score >= scoring.moderate_from {
            Band::Moderate
        } else {
            Band::Low
        }
    }
}

/// Placeholders each text may use.
const BAND_PLACEHOLDERS: &[&str] = &["role"];
const EXPLANATION_PLACEHOLDERS: &[&str] = &["skill_weight", "interest_weight"];
const LEAN_ROLE_PLACEHOLDERS: &[&str] = &["role", "fit"];
const LEAN_COMBINED_PLACEHOLDERS: &[&str] = &["role", "fit", "other", "other_fit"];
const COMBINED_ROLE_PLACEHOLDERS: &[&str] = &["roles", "stronger", "weaker", "fit"];
const PARTIAL_PLACEHOLDERS: &[&str] = &["answered", "total"];

fn validate(file: &str, data: &QuizData, catalog: &Catalog) -> Result<(), QuizError> {
    let empty = |what: String| QuizError::Empty {
        file: file.to_owned(),
        what,
    };
    if data.intro.trim().is_empty() {
        return Err(empty("the intro".to_owned()));
    }
    for (name, scale) in [
        ("skill", &data.scales.skill),
        ("interest", &data.scales.interest),
    ] {
        if scale.points.len() != SCALE_POINTS {
            return Err(QuizError::ScaleSize {
                file: file.to_owned(),
                scale: name,
                found: scale.points.len(),
            });
        }
        if scale.prompt.trim().is_empty() {
            return Err(empty(format!("the prompt of the {name} scale")));
        }
        if let Some(i) = scale.points.iter().position(|p| p.label.trim().is_empty()) {
            return Err(empty(format!("the label of point {i} on the {name} scale")));
        }
    }

    if data.items.is_empty() {
        return Err(empty("the item list".to_owned()));
    }
    if let Some(bad) = data.items.iter().find(|item| !is_valid_id(&item.id)) {
        return Err(QuizError::BadId {
            file: file.to_owned(),
            id: bad.id.clone(),
        });
    }
    if let Some(dup) = first_duplicate(data.items.iter().map(|item| item.id.as_str())) {
        return Err(QuizError::DuplicateId {
            file: file.to_owned(),
            id: dup.to_owned(),
        });
    }
    // Sets and counts first, so a quiz of any size is checked in one pass over its items.
    let known: HashSet<&str> = catalog
        .responsibilities()
        .map(|(_, r)| r.id.as_str())
        .collect();
    let mut counts: HashMap<(&str, ItemKind), usize> = HashMap::new();
    for item in &data.items {
        *counts
            .entry((item.responsibility.as_str(), item.kind))
            .or_default() += 1;
    }
    for item in &data.items {
        if item.text.trim().is_empty() {
            return Err(empty(format!("the text of item `{}`", item.id)));
        }
        if !known.contains(item.responsibility.as_str()) {
            return Err(QuizError::UnknownResponsibility {
                file: file.to_owned(),
                source_of: format!("item `{}`", item.id),
                responsibility: item.responsibility.clone(),
            });
        }
    }
    if let Some(unknown) = data
        .learn_next
        .keys()
        .find(|id| !known.contains(id.as_str()))
    {
        return Err(QuizError::UnknownResponsibility {
            file: file.to_owned(),
            source_of: "`learn_next`".to_owned(),
            responsibility: unknown.clone(),
        });
    }
    for (_, responsibility) in catalog.responsibilities() {
        let id = responsibility.id.as_str();
        let count = |kind| counts.get(&(id, kind)).copied().unwrap_or(0);
        let skill = count(ItemKind::Skill);
        if skill < 2 {
            return Err(QuizError::TooFewSkillItems {
                file: file.to_owned(),
                responsibility: id.to_owned(),
                found: skill,
            });
        }
        if count(ItemKind::Interest) == 0 {
            return Err(QuizError::NoInterestItem {
                file: file.to_owned(),
                responsibility: id.to_owned(),
            });
        }
        if data.learn_next.get(id).is_none_or(|t| t.trim().is_empty()) {
            return Err(QuizError::MissingLearning {
                file: file.to_owned(),
                responsibility: id.to_owned(),
            });
        }
    }

    validate_scoring(file, data)?;

    let combined = &data.combined_role;
    if combined.roles.len() < 2 {
        return Err(QuizError::BadScoring {
            file: file.to_owned(),
            problem: "`combined_role` must name at least two roles".to_owned(),
        });
    }
    if let Some(unknown) = combined.roles.iter().find(|r| catalog.role(r).is_none()) {
        return Err(QuizError::UnknownRole {
            file: file.to_owned(),
            role: unknown.clone(),
        });
    }
    if let Some(dup) = first_duplicate(combined.roles.iter().map(String::as_str)) {
        return Err(QuizError::BadScoring {
            file: file.to_owned(),
            problem: format!("`combined_role` names role `{dup}` twice"),
        });
    }

    let bands = &data.scoring.bands;
    let mut templates: Vec<(String, &str, &[&str])> = vec![
        (
            "`scoring.explanation`".to_owned(),
            &data.scoring.explanation,
            EXPLANATION_PLACEHOLDERS,
        ),
        (
            "`lean.role`".to_owned(),
            &data.lean.role,
            LEAN_ROLE_PLACEHOLDERS,
        ),
        (
            "`lean.combined`".to_owned(),
            &data.lean.combined,
            LEAN_COMBINED_PLACEHOLDERS,
        ),
        ("`lean.neither_yet`".to_owned(), &data.lean.neither_yet, &[]),
        (
            "`notes.no_preference`".to_owned(),
            &data.notes.no_preference,
            &[],
        ),
        (
            "`notes.partial`".to_owned(),
            &data.notes.partial,
            PARTIAL_PLACEHOLDERS,
        ),
    ];
    for (score, meanings) in [
        ("skill", &bands.skill),
        ("interest", &bands.interest),
        ("fit", &bands.fit),
    ] {
        for band in Band::ALL {
            templates.push((
                format!("`scoring.bands.{score}.{}`", band.key()),
                meanings.get(band),
                BAND_PLACEHOLDERS,
            ));
        }
    }
    for (key, text) in [
        ("explanation", &combined.explanation),
        ("low", &combined.low),
        ("moderate", &combined.moderate),
        ("high", &combined.high),
        ("incomplete", &combined.incomplete),
    ] {
        templates.push((
            format!("`combined_role.{key}`"),
            text,
            COMBINED_ROLE_PLACEHOLDERS,
        ));
    }
    for (what, text, allowed) in templates {
        if text.trim().is_empty() {
            return Err(empty(what));
        }
        let problem = match template::check(text, allowed) {
            Ok(()) => continue,
            Err(problem) => problem,
        };
        let file = file.to_owned();
        return Err(match problem {
            TemplateError::UnknownPlaceholder(placeholder) => QuizError::BadPlaceholder {
                file,
                what,
                placeholder,
                allowed: if allowed.is_empty() {
                    "no placeholders".to_owned()
                } else {
                    format!("only {}", template::placeholder_list(allowed))
                },
            },
            TemplateError::Unclosed => QuizError::UnclosedPlaceholder { file, what },
            TemplateError::StrayClose => QuizError::StrayBrace { file, what },
        });
    }
    Ok(())
}

fn validate_scoring(file: &str, data: &QuizData) -> Result<(), QuizError> {
    let scoring = &data.scoring;
    let bad = |problem: String| QuizError::BadScoring {
        file: file.to_owned(),
        problem,
    };
    let weights = u16::from(scoring.skill_weight) + u16::from(scoring.interest_weight);
    if weights != 100 {
        return Err(bad(format!(
            "`skill_weight` and `interest_weight` add up to {weights}; they must add up to 100"
        )));
    }
    if !(0 < scoring.moderate_from
        && scoring.moderate_from < scoring.high_from
        && scoring.high_from <= 100)
    {
        return Err(bad(format!(
            "the bands need 0 < `moderate_from` < `high_from` <= 100, but they are {} and {}",
            scoring.moderate_from, scoring.high_from
        )));
    }
    if data.lean.margin > 100 {
        return Err(bad(format!(
            "`lean.margin` is {}; it must be 100 or less",
            data.lean.margin
        )));
    }
    Ok(())
}

/// A person's answers: item id -> value from 0 to [`MAX_ANSWER`]. May be incomplete.
///
/// Stored in profiles as a plain map, e.g. `{"vision-write": 3}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(BTreeMap<String, u8>);

impl Answers {
    /// No answers yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Answers `item` with `value`, returning the earlier answer. Values are checked by
    /// [`Answers::validate`] and when scoring.
    pub fn set(&mut self, item: impl Into<String>, value: u8) -> Option<u8> {
        self.0.insert(item.into(), value)
    }

    /// The answer to `item`.
    pub fn get(&self, item: &str) -> Option<u8> {
        self.0.get(item).copied()
    }

    /// Removes the answer to `item`, returning it.
    pub fn clear(&mut self, item: &str) -> Option<u8> {
        self.0.remove(item)
    }

    /// How many items are answered.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether nothing is answered.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every answer, by item id.
    pub fn iter(&self) -> impl Iterator<Item = (&str, u8)> {
        self.0.iter().map(|(id, value)| (id.as_str(), *value))
    }

    /// Whether every item of `quiz` is answered.
    pub fn is_complete(&self, quiz: &Quiz) -> bool {
        quiz.items()
            .iter()
            .all(|item| self.0.contains_key(&item.id))
    }

    /// Ids of the items of `quiz` not answered yet, in the order they are asked.
    pub fn missing<'q>(&self, quiz: &'q Quiz) -> Vec<&'q str> {
        quiz.items()
            .iter()
            .filter(|item| !self.0.contains_key(&item.id))
            .map(|item| item.id.as_str())
            .collect()
    }

    /// Checks that every answer names an item of `quiz` and is on the scale.
    pub fn validate(&self, quiz: &Quiz) -> Result<(), QuizError> {
        for (id, &value) in &self.0 {
            if quiz.item(id).is_none() {
                return Err(QuizError::UnknownItem { item: id.clone() });
            }
            if value > MAX_ANSWER {
                return Err(QuizError::OutOfRange {
                    item: id.clone(),
                    value,
                });
            }
        }
        Ok(())
    }
}

impl FromIterator<(String, u8)> for Answers {
    fn from_iter<T: IntoIterator<Item = (String, u8)>>(iter: T) -> Self {
        Self(iter.into_iter().collect())
    }
}

/// Where a 0-100 score falls.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Band {
    /// Below `moderate_from`.
    Low,
    /// From `moderate_from` up to below `high_from`.
    Moderate,
    /// From `high_from` up.
    High,
}

impl Band {
    /// Every band, lowest first.
    pub const ALL: [Self; 3] = [Self::Low, Self::Moderate, Self::High];

    /// The band's name as written in the quiz file.
    pub fn key(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Moderate => "moderate",
            Self::High => "high",
        }
    }

    /// The band's name as people read it, on screen, in the CLI and in every export: the one
    /// spelling. The same words as [`Band::key`] today, but `key` names data (the quiz file,
    /// CSV and JSON columns) and must not change when the wording does.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Moderate => "moderate",
            Self::High => "high",
        }
    }
}

/// Where the person's answers point.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lean {
    /// Towards the role with this id: its fit is high, or moderate and at least the lean
    /// margin ahead of the next role's.
    Role(String),
    /// Towards a job combining the two best-fitting roles: both fits are high and less than the
    /// lean margin apart.
    Combined,
    /// No role stands out: the best fit is low, or moderate and too close to the next, or (in a
    /// partial result) no fit can be worked out yet.
    NeitherYet,
}

/// A 0-100 score with its band and what that band means for this role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BandedScore {
    /// From 0 to 100.
    pub value: u8,
    /// Low, moderate or high.
    pub band: Band,
    /// One sentence on what the band means for this role.
    pub meaning: String,
}

/// Scores for one responsibility.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResponsibilityScore {
    /// Responsibility id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Id of the role it belongs to.
    pub role: String,
    /// Name of that role.
    pub role_name: String,
    /// Skill score, 0-100; `None` only in a partial result with none of its skill items
    /// answered.
    pub skill: Option<u8>,
    /// Interest score, 0-100; `None` only in a partial result with its interest items
    /// unanswered.
    pub interest: Option<u8>,
    /// What to learn or practise next.
    pub learn_next: String,
}

/// Scores for one role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleScore {
    /// Role id.
    pub id: String,
    /// Full name.
    pub name: String,
    /// Abbreviation.
    pub short_name: String,
    /// Mean of its responsibilities' skill scores; `None` only in a partial result with none
    /// of them scored.
    pub skill: Option<BandedScore>,
    /// Mean of its responsibilities' interest scores; `None` as for `skill`.
    pub interest: Option<BandedScore>,
    /// Skill and interest weighted as the quiz file says; `None` when either is.
    pub fit: Option<BandedScore>,
}

/// How the person would fit a job that merges several roles.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CombinedFit {
    /// Ids of the merged roles.
    pub roles: Vec<String>,
    /// The lowest of their fits (a combined job needs every half); `None` when one is unknown.
    pub fit: Option<u8>,
    /// Band of `fit`.
    pub band: Option<Band>,
    /// One or two sentences on the fit.
    pub sentence: String,
    /// How the combined fit is worked out.
    pub explanation: String,
}

/// A scored quiz. Self-contained (names and titles included), so a profile can keep it as a
/// past result and show it after the quiz has changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizResult {
    /// Whether some items were unanswered; scores then cover answered items only.
    pub partial: bool,
    /// Items answered.
    pub answered: usize,
    /// Items in the quiz.
    pub total: usize,
    /// Every responsibility of every role, in catalog order.
    pub responsibilities: Vec<ResponsibilityScore>,
    /// Every role, in catalog order.
    pub roles: Vec<RoleScore>,
    /// How fit combines skill and interest.
    pub fit_explanation: String,
    /// Where the answers point.
    pub lean: Lean,
    /// The lean in a sentence or two.
    pub lean_summary: String,
    /// How the person would fit a job merging the roles.
    pub combined: CombinedFit,
    /// Responsibility ids with high skill and high interest, highest skill first.
    pub strengths: Vec<String>,
    /// Responsibility ids with high interest but skill below high, biggest gap first. Their
    /// `learn_next` says what to do about them.
    pub growth_areas: Vec<String>,
    /// Responsibility ids with high skill but interest below high, highest skill first.
    pub skilled_not_drawn: Vec<String>,
    /// Whether every answer given was the same value (at least two answers).
    pub no_preference: bool,
    /// Sentences to show with the result: the no-preference note, the partial note.
    pub notes: Vec<String>,
}

impl QuizResult {
    /// Scores for the role with this id.
    pub fn role(&self, id: &str) -> Option<&RoleScore> {
        self.roles.iter().find(|r| r.id == id)
    }

    /// Scores for the responsibility with this id.
    pub fn responsibility(&self, id: &str) -> Option<&ResponsibilityScore> {
        self.responsibilities.iter().find(|r| r.id == id)
    }

    /// The scores of the responsibilities in `ids`, e.g. `result.scores_of(&result.strengths)`.
    pub fn scores_of<'a>(
        &'a self,
        ids: &'a [String],
    ) -> impl Iterator<Item = &'a ResponsibilityScore> + 'a {
        ids.iter().filter_map(|id| self.responsibility(id))
    }
}

/// Scores a finished quiz.
///
/// Fails when an answer names an unknown item or is off the scale, and when any item is
/// unanswered ([`QuizError::Incomplete`] says how many).
pub fn score(quiz: &Quiz, answers: &Answers) -> Result<QuizResult, QuizError> {
    answers.validate(quiz)?;
    let missing = answers.missing(quiz).len();
    if missing > 0 {
        return Err(QuizError::Incomplete {
            missing,
            total: quiz.item_count(),
        });
    }
    Ok(compute(quiz, answers))
}

/// Scores whatever is answered so far, for a preview.
///
/// Scores cover answered items only; a responsibility or role with nothing answered on one
/// scale has `None` there. `partial` is set unless every item is answered, in which case the
/// result equals [`score`]'s. Still fails on unknown items and off-scale answers.
pub fn score_partial(quiz: &Quiz, answers: &Answers) -> Result<QuizResult, QuizError> {
    answers.validate(quiz)?;
    Ok(compute(quiz, answers))
}

/// Sum and count of answers, or of scores.
#[derive(Clone, Copy, Debug, Default)]
struct Tally {
    sum: u32,
    count: u32,
}

impl Tally {
    fn add(&mut self, value: u8) {
        self.sum += u32::from(value);
        self.count += 1;
    }

    /// The answers as a 0-100 score.
    fn percent_of_max(self) -> Option<u8> {
        (self.count > 0).then(|| {
            to_score(rounded_div(
                self.sum * 100,
                self.count * u32::from(MAX_ANSWER),
            ))
        })
    }

    /// The mean of the scores added.
    fn mean(self) -> Option<u8> {
        (self.count > 0).then(|| to_score(rounded_div(self.sum, self.count)))
    }
}

/// `num / den` rounded half up; `den` is never 0 here.
fn rounded_div(num: u32, den: u32) -> u32 {
    (2 * num + den) / (2 * den.max(1))
}

fn to_score(value: u32) -> u8 {
    u8::try_from(value.min(100)).unwrap_or(100)
}

fn compute(quiz: &Quiz, answers: &Answers) -> QuizResult {
    let data = &quiz.data;
    let scoring = &data.scoring;

    let mut tallies: BTreeMap<&str, (Tally, Tally)> = BTreeMap::new();
    let mut given = Vec::new();
    for item in &data.items {
        let Some(value) = answers.get(&item.id) else {
            continue;
        };
        given.push(value);
        let (skill, interest) = tallies.entry(item.responsibility.as_str()).or_default();
        match item.kind {
            ItemKind::Skill => skill.add(value),
            ItemKind::Interest => interest.add(value),
        }
    }

    let banded = |value: u8, meanings: &BandMeanings, role: &str| BandedScore {
        value,
        band: quiz.band(value),
        meaning: render_named(meanings.get(quiz.band(value)), &[("role", role)]),
    };

    let mut responsibilities = Vec::new();
    let mut roles = Vec::new();
    for role in &quiz.roles {
        let mut role_skill = Tally::default();
        let mut role_interest = Tally::default();
        for (id, title) in &role.responsibilities {
            let (skill, interest) = tallies.get(id.as_str()).copied().unwrap_or_default();
            let skill = skill.percent_of_max();
            let interest = interest.percent_of_max();
            if let Some(v) = skill {
                role_skill.add(v);
            }
            if let Some(v) = interest {
                role_interest.add(v);
            }
            responsibilities.push(ResponsibilityScore {
                id: id.clone(),
                title: title.clone(),
                role: role.id.clone(),
                role_name: role.name.clone(),
                skill,
                interest,
                learn_next: quiz.learn_next(id).unwrap_or_default().to_owned(),
            });
        }
        let skill = role_skill.mean();
        let interest = role_interest.mean();
        let fit = skill.zip(interest).map(|(s, i)| {
            to_score(rounded_div(
                u32::from(scoring.skill_weight) * u32::from(s)
                    + u32::from(scoring.interest_weight) * u32::from(i),
                u32::from(scoring.skill_weight) + u32::from(scoring.interest_weight),
            ))
        });
        roles.push(RoleScore {
            id: role.id.clone(),
            name: role.name.clone(),
            short_name: role.short_name.clone(),
            skill: skill.map(|v| banded(v, &scoring.bands.skill, &role.name)),
            interest: interest.map(|v| banded(v, &scoring.bands.interest, &role.name)),
            fit: fit.map(|v| banded(v, &scoring.bands.fit, &role.name)),
        });
    }

    let (lean, lean_summary) = lean(quiz, &roles);
    let combined = combined_fit(quiz, &roles);
    let (strengths, growth_areas, skilled_not_drawn) = highlights(quiz, &responsibilities);

    let answered = given.len();
    let total = quiz.item_count();
    let partial = answered < total;
    let no_preference = answered >= 2 && given.windows(2).all(|pair| pair[0] == pair[1]);
    let mut notes = Vec::new();
    if no_preference {
        notes.push(data.notes.no_preference.clone());
    }
    if partial {
        notes.push(render_named(
            &data.notes.partial,
            &[
                ("answered", &answered.to_string()),
                ("total", &total.to_string()),
            ],
        ));
    }

    QuizResult {
        partial,
        answered,
        total,
        responsibilities,
        roles,
        fit_explanation: quiz.fit_explanation(),
        lean,
        lean_summary,
        combined,
        strengths,
        growth_areas,
        skilled_not_drawn,
        no_preference,
        notes,
    }
}

/// The lean and its summary, following the rules on [`Lean`].
fn lean(quiz: &Quiz, roles: &[RoleScore]) -> (Lean, String) {
    let rules = &quiz.data.lean;
    let mut ranked: Vec<(&RoleScore, u8)> = roles
        .iter()
        .filter_map(|role| role.fit.as_ref().map(|fit| (role, fit.value)))
        .collect();
    // Stable: on equal fits, catalog order decides.
    ranked.sort_by_key(|&(_, fit)| Reverse(fit));
    let neither = (Lean::NeitherYet, rules.neither_yet.clone());
    let Some(&(top, top_fit)) = ranked.first() else {
        return neither;
    };
    let runner_up = ranked.get(1).copied();
    let lead = top_fit - runner_up.map_or(0, |(_, fit)| fit);
    let towards_top = || {
        let summary = render_named(
            &rules.role,
            &[("role", &top.name), ("fit", &top_fit.to_string())],
        );
        (Lean::Role(top.id.clone()), summary)
    };
    match quiz.band(top_fit) {
        Band::High => match runner_up {
            Some((other, other_fit))
                if quiz.band(other_fit) == Band::High && lead < rules.margin =>
            {
                let summary = render_named(
                    &rules.combined,
                    &[
                        ("role", &top.name),
                        ("fit", &top_fit.to_string()),
                        ("other", &other.name),
                        ("other_fit", &other_fit.to_string()),
                    ],
                );
                (Lean::Combined, summary)
            }
            _ => towards_top(),
        },
        Band::Moderate if lead >= rules.margin => towards_top(),
        Band::Low | Band::Moderate => neither,
    }
}

/// How the person would fit the combined role: the lowest of its roles' fits.
fn combined_fit(quiz: &Quiz, roles: &[RoleScore]) -> CombinedFit {
    let spec = &quiz.data.combined_role;
    let members: Vec<&RoleScore> = spec
        .roles
        .iter()
        .filter_map(|id| roles.iter().find(|r| &r.id == id))
        .collect();
    let names: Vec<&str> = members.iter().map(|r| r.name.as_str()).collect();
    let joined = join_names(&names);
    let fits: Option<Vec<(&RoleScore, u8)>> = members
        .iter()
        .map(|r| r.fit.as_ref().map(|f| (*r, f.value)))
        .collect();
    let mut values = vec![("roles", joined)];
    let explanation = render_named(&spec.explanation, &as_pairs(&values));
    let mut fits = fits.unwrap_or_default();
    // Stable: on equal fits the first listed role is the stronger, the last the weaker.
    fits.sort_by_key(|&(_, fit)| Reverse(fit));
    let (fit, band, sentence) = match (fits.first(), fits.last()) {
        (Some(&(stronger, _)), Some(&(weaker, low))) => {
            let band = quiz.band(low);
            values.extend([
                ("stronger", stronger.name.clone()),
                ("weaker", weaker.name.clone()),
                ("fit", low.to_string()),
            ]);
            let sentence = render_named(spec.sentence(band), &as_pairs(&values));
            (Some(low), Some(band), sentence)
        }
        _ => (
            None,
            None,
            render_named(&spec.incomplete, &as_pairs(&values)),
        ),
    };
    CombinedFit {
        roles: spec.roles.clone(),
        fit,
        band,
        sentence,
        explanation,
    }
}

fn as_pairs<'a>(values: &'a [(&'a str, String)]) -> Vec<(&'a str, &'a str)> {
    values.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

/// "A", "A and B", "A, B and C".
fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [only] => (*only).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Strengths, growth areas and skilled-but-not-drawn, as responsibility ids.
///
/// A responsibility is placed only when both its scores are known: high skill and high
/// interest is a strength, high interest without high skill a growth area, high skill without
/// high interest "skilled but not drawn to it". The three lists never overlap.
fn highlights(
    quiz: &Quiz,
    responsibilities: &[ResponsibilityScore],
) -> (Vec<String>, Vec<String>, Vec<String>) {
    let mut strengths = Vec::new();
    let mut growth = Vec::new();
    let mut not_drawn = Vec::new();
    for r in responsibilities {
        let (Some(skill), Some(interest)) = (r.skill, r.interest) else {
            continue;
        };
        let skilled = quiz.band(skill) == Band::High;
        let drawn = quiz.band(interest) == Band::High;
        match (skilled, drawn) {
            (true, true) => strengths.push((r, skill)),
            (false, true) => growth.push((r, interest.saturating_sub(skill))),
            (true, false) => not_drawn.push((r, skill)),
            (false, false) => {}
        }
    }
    let ids = |mut list: Vec<(&ResponsibilityScore, u8)>| {
        list.sort_by_key(|&(_, key)| Reverse(key));
        list.into_iter().map(|(r, _)| r.id.clone()).collect()
    };
    (ids(strengths), ids(growth), ids(not_drawn))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::ROLES_RON;
    use proptest::prelude::*;

    fn catalog() -> Catalog {
        Catalog::shipped().expect("the shipped catalog is valid")
    }

    fn quiz() -> Quiz {
        Quiz::shipped(&catalog()).expect("the shipped quiz is valid")
    }

    /// The shipped quiz data, edited by `f`, written out as RON, parsed and validated.
    fn edited(f: impl FnOnce(&mut QuizData)) -> Result<Quiz, QuizError> {
        let mut data = quiz().data().clone();
        f(&mut data);
        let text =
            ron::ser::to_string_pretty(&data, ron::ser::PrettyConfig::default()).expect("writes");
        Quiz::from_ron("edited.ron", &text, &catalog())
    }

    /// Answers every item: `f` gives the value from the item.
    fn answer_all(quiz: &Quiz, f: impl Fn(&Item) -> u8) -> Answers {
        quiz.items().iter().map(|i| (i.id.clone(), f(i))).collect()
    }

    fn role_of(item: &Item) -> &str {
        item.responsibility.split('-').next().expect("has a prefix")
    }

    fn value(score: Option<&BandedScore>) -> Option<u8> {
        score.map(|s| s.value)
    }

    fn fit(result: &QuizResult, role: &str) -> u8 {
        value(result.role(role).and_then(|r| r.fit.as_ref())).expect("fit is known")
    }

    #[test]
    fn shipped_quiz_loads_and_covers_every_responsibility() {
        let catalog = catalog();
        let quiz = Quiz::shipped(&catalog).unwrap();
        assert_eq!(quiz.item_count(), 30);
        for (_, r) in catalog.responsibilities() {
            let of = |kind| {
                quiz.items()
                    .iter()
                    .filter(|i| i.responsibility == r.id && i.kind == kind)
                    .count()
            };
            assert_eq!(of(ItemKind::Skill), 2, "{}", r.id);
            assert_eq!(of(ItemKind::Interest), 1, "{}", r.id);
            assert!(quiz.learn_next(&r.id).is_some(), "{}", r.id);
        }
        assert_eq!(quiz.scale(ItemKind::Skill).points[0].label, "Never done it");
        assert_eq!(
            quiz.scale(ItemKind::Skill).points[4].label,
            "Could teach it"
        );
        assert_eq!(quiz.scale(ItemKind::Interest).points[2].label, "Unsure");
        assert_eq!(
            quiz.fit_explanation(),
            "Your fit for a role is 50% your skill score, which is how much of its work you have \
             done, plus 50% your interest score, which is how much you would enjoy doing it."
        );
        // All skill items come first, so the scale changes once.
        let first_interest = quiz
            .items()
            .iter()
            .position(|i| i.kind == ItemKind::Interest)
            .unwrap();
        assert!(
            quiz.items()[first_interest..]
                .iter()
                .all(|i| i.kind == ItemKind::Interest)
        );
    }

    #[test]
    fn top_pm_bottom_po_gives_pm_100_and_po_0() {
        let quiz = quiz();
        let answers = answer_all(&quiz, |i| if role_of(i) == "pm" { 4 } else { 0 });
        let result = score(&quiz, &answers).unwrap();
        assert_eq!(fit(&result, "pm"), 100);
        assert_eq!(fit(&result, "po"), 0);
        let pm = result.role("pm").unwrap();
        assert_eq!(value(pm.skill.as_ref()), Some(100));
        assert_eq!(value(pm.interest.as_ref()), Some(100));
        assert_eq!(pm.fit.as_ref().unwrap().band, Band::High);
        assert_eq!(
            pm.fit.as_ref().unwrap().meaning,
            "The Product Manager role is a strong match for what you have done and what you \
             would enjoy, taken together."
        );
        assert_eq!(
            result.role("po").unwrap().fit.as_ref().unwrap().band,
            Band::Low
        );
        assert_eq!(result.lean, Lean::Role("pm".into()));
        assert_eq!(
            result.lean_summary,
            "Your answers lean towards the Product Manager role, with a fit of 100 out of 100."
        );
        assert!(!result.no_preference);
        assert!(!result.partial);
        assert!(result.notes.is_empty());
        assert_eq!(result.strengths.len(), 5);
        assert!(result.growth_areas.is_empty());
        assert!(result.skilled_not_drawn.is_empty());
        assert_eq!(result.combined.fit, Some(0));
        assert_eq!(result.combined.band, Some(Band::Low));
        assert_eq!(
            result.combined.sentence,
            "A job that merges Product Manager and Product Owner would stretch you most on the \
             Product Owner side; build that up before taking one on."
        );
    }

    #[test]
    fn top_po_bottom_pm_gives_po_100_and_pm_0() {
        let quiz = quiz();
        let answers = answer_all(&quiz, |i| if role_of(i) == "po" { 4 } else { 0 });
        let result = score(&quiz, &answers).unwrap();
        assert_eq!(fit(&result, "po"), 100);
        assert_eq!(fit(&result, "pm"), 0);
        assert_eq!(result.lean, Lean::Role("po".into()));
        assert!(result.strengths.iter().all(|id| id.starts_with("po-")));
    }

    #[test]
    fn equal_answers_mean_no_preference() {
        let quiz = quiz();
        for v in 0..=MAX_ANSWER {
            let result = score(&quiz, &answer_all(&quiz, |_| v)).unwrap();
            assert!(result.no_preference, "{v}");
            assert_eq!(result.notes, [quiz.data().notes.no_preference.clone()]);
            assert_eq!(fit(&result, "pm"), fit(&result, "po"));
        }
        let mut answers = answer_all(&quiz, |_| 2);
        answers.set("review-demo", 3);
        assert!(!score(&quiz, &answers).unwrap().no_preference);
    }

    #[test]
    fn both_high_and_close_lean_combined() {
        let quiz = quiz();
        let result = score(&quiz, &answer_all(&quiz, |_| 4)).unwrap();
        assert_eq!(result.lean, Lean::Combined);
        assert!(
            result
                .lean_summary
                .contains("Product Manager and Product Owner roles")
        );
        assert_eq!(result.combined.band, Some(Band::High));
        assert!(result.combined.sentence.contains("strong on both sides"));
        // PM 4s, PO skill 3s and interest 4s: PM 100, PO (75 + 100) / 2 = 88 (rounded up).
        let answers = answer_all(&quiz, |i| match (role_of(i), i.kind) {
            ("po", ItemKind::Skill) => 3,
            _ => 4,
        });
        let result = score(&quiz, &answers).unwrap();
        assert_eq!((fit(&result, "pm"), fit(&result, "po")), (100, 88));
        assert_eq!(
            result.lean,
            Lean::Role("pm".into()),
            "12 points apart is not close"
        );
    }

    #[test]
    fn low_or_close_moderate_fits_lean_neither_yet() {
        let quiz = quiz();
        let result = score(&quiz, &answer_all(&quiz, |_| 1)).unwrap();
        assert_eq!(fit(&result, "pm"), 25);
        assert_eq!(result.lean, Lean::NeitherYet);
        assert_eq!(result.lean_summary, quiz.data().lean.neither_yet);
        let result = score(&quiz, &answer_all(&quiz, |_| 2)).unwrap();
        assert_eq!(fit(&result, "pm"), 50);
        assert_eq!(result.lean, Lean::NeitherYet);
        // Moderate but a clear lead is a lean.
        let answers = answer_all(&quiz, |i| if role_of(i) == "pm" { 2 } else { 1 });
        let result = score(&quiz, &answers).unwrap();
        assert_eq!((fit(&result, "pm"), fit(&result, "po")), (50, 25));
        assert_eq!(result.lean, Lean::Role("pm".into()));
    }

    #[test]
    fn growth_areas_and_skilled_not_drawn() {
        let quiz = quiz();
        // Drawn to PM work without the skill; skilled at PO work without the interest.
        let answers = answer_all(&quiz, |i| match (role_of(i), i.kind) {
            ("pm", ItemKind::Skill) | ("po", ItemKind::Interest) => 1,
            _ => 4,
        });
        let result = score(&quiz, &answers).unwrap();
        assert!(result.strengths.is_empty());
        assert_eq!(result.growth_areas.len(), 5);
        assert!(result.growth_areas.iter().all(|id| id.starts_with("pm-")));
        for area in result.scores_of(&result.growth_areas) {
            assert_eq!((area.skill, area.interest), (Some(25), Some(100)));
            assert_eq!(Some(area.learn_next.as_str()), quiz.learn_next(&area.id));
        }
        assert_eq!(result.skilled_not_drawn.len(), 5);
        assert!(
            result
                .skilled_not_drawn
                .iter()
                .all(|id| id.starts_with("po-"))
        );
        let vision = result.responsibility("pm-vision").unwrap();
        assert_eq!(vision.title, "Product vision");
        assert_eq!(vision.role_name, "Product Manager");
    }

    #[test]
    fn growth_areas_put_the_biggest_gap_first() {
        let quiz = quiz();
        let answers = answer_all(&quiz, |i| match (i.responsibility.as_str(), i.kind) {
            (_, ItemKind::Interest) => 4,
            ("pm-pricing", _) => 0,
            _ => 2,
        });
        let result = score(&quiz, &answers).unwrap();
        assert_eq!(result.growth_areas.len(), 10);
        assert_eq!(result.growth_areas[0], "pm-pricing");
        assert_eq!(
            result.growth_areas[1], "pm-vision",
            "ties keep catalog order"
        );
    }

    #[test]
    fn incomplete_answers_are_an_error_with_the_count() {
        let quiz = quiz();
        let mut answers = answer_all(&quiz, |_| 3);
        for id in ["vision-write", "review-demo", "pricing-interest"] {
            answers.clear(id);
        }
        assert!(!answers.is_complete(&quiz));
        assert_eq!(
            answers.missing(&quiz),
            ["vision-write", "review-demo", "pricing-interest"]
        );
        let err = score(&quiz, &answers).unwrap_err();
        assert_eq!(
            err,
            QuizError::Incomplete {
                missing: 3,
                total: 30
            }
        );
        assert_eq!(err.to_string(), "3 of 30 quiz items are not answered yet");
    }

    #[test]
    fn partial_result_says_partial_and_scores_answered_items_only() {
        let quiz = quiz();
        let mut answers = Answers::new();
        answers.set("vision-write", 4);
        answers.set("stories-criteria", 0);
        answers.set("vision-interest", 2);
        let result = score_partial(&quiz, &answers).unwrap();
        assert!(result.partial);
        assert_eq!((result.answered, result.total), (3, 30));
        assert_eq!(
            result.notes,
            ["This is a preview based on 3 of 30 items; finish the quiz for the full result."]
        );
        let vision = result.responsibility("pm-vision").unwrap();
        assert_eq!((vision.skill, vision.interest), (Some(100), Some(50)));
        let stories = result.responsibility("po-user-stories").unwrap();
        assert_eq!((stories.skill, stories.interest), (Some(0), None));
        assert_eq!(result.responsibility("pm-pricing").unwrap().skill, None);
        assert_eq!(fit(&result, "pm"), 75);
        let po = result.role("po").unwrap();
        assert_eq!(value(po.skill.as_ref()), Some(0));
        assert!(po.interest.is_none() && po.fit.is_none());
        assert_eq!(result.lean, Lean::Role("pm".into()));
        assert_eq!(result.combined.fit, None);
        assert_eq!(
            result.combined.sentence,
            "Answer the rest of the quiz to see how you would fit a job that merges Product \
             Manager and Product Owner."
        );

        let empty = score_partial(&quiz, &Answers::new()).unwrap();
        assert!(empty.partial && !empty.no_preference);
        assert_eq!(empty.lean, Lean::NeitherYet);
        assert!(empty.roles.iter().all(|r| r.fit.is_none()));

        let full = answer_all(&quiz, |i| u8::try_from(i.id.len() % 5).unwrap());
        let result = score_partial(&quiz, &full).unwrap();
        assert!(!result.partial);
        assert_eq!(result, score(&quiz, &full).unwrap());
    }

    #[test]
    fn answers_naming_unknown_items_or_off_the_scale_are_refused() {
        let quiz = quiz();
        let mut answers = answer_all(&quiz, |_| 2);
        answers.set("salary", 3);
        let err = score(&quiz, &answers).unwrap_err();
        assert_eq!(
            err,
            QuizError::UnknownItem {
                item: "salary".into()
            }
        );
        assert!(err.to_string().contains("`salary`"), "{err}");
        assert_eq!(score_partial(&quiz, &answers).unwrap_err(), err);

        let mut answers = Answers::new();
        answers.set("vision-write", 5);
        let err = score_partial(&quiz, &answers).unwrap_err();
        assert_eq!(
            err.to_string(),
            "the answer to quiz item `vision-write` is 5; answers go from 0 to 4"
        );
        assert_eq!(answers.validate(&quiz), Err(err));
    }

    #[test]
    fn answers_api_and_transparent_ron() {
        let mut answers = Answers::new();
        assert!(answers.is_empty());
        assert_eq!(answers.set("vision-write", 1), None);
        assert_eq!(answers.set("vision-write", 3), Some(1));
        answers.set("review-demo", 0);
        assert_eq!(answers.get("vision-write"), Some(3));
        assert_eq!(answers.len(), 2);
        assert_eq!(answers.clear("review-demo"), Some(0));
        assert_eq!(answers.get("review-demo"), None);
        assert_eq!(answers.iter().collect::<Vec<_>>(), [("vision-write", 3)]);
        let text = ron::to_string(&answers).unwrap();
        assert_eq!(text, "{\"vision-write\":3}");
        let back: Answers =
            crate::domain::data_file::parse_ron("profile.ron", "{ \"vision-write\": 3 }").unwrap();
        assert_eq!(back, answers);
    }

    #[test]
    fn result_json_has_per_responsibility_scores() {
        let quiz = quiz();
        let result = score(
            &quiz,
            &answer_all(&quiz, |i| if role_of(i) == "pm" { 3 } else { 1 }),
        )
        .unwrap();
        let json = serde_json::to_value(&result).unwrap();
        let list = json["responsibilities"].as_array().unwrap();
        assert_eq!(list.len(), 10);
        assert_eq!(list[0]["id"], "pm-vision");
        assert_eq!(list[0]["role"], "pm");
        assert_eq!(list[0]["skill"], 75);
        assert_eq!(list[0]["interest"], 75);
        assert_eq!(list[5]["id"], "po-user-stories");
        assert_eq!(list[5]["role"], "po");
        assert_eq!(list[5]["skill"], 25);
        assert_eq!(list[5]["title"], "User stories");
        assert_eq!(json["roles"][0]["fit"]["value"], 75);
        assert_eq!(json["lean"]["Role"], "pm");
        let back: QuizResult = serde_json::from_value(json).unwrap();
        assert_eq!(back, result);
        // A profile stores it as RON.
        let text = ron::to_string(&result).unwrap();
        let back: QuizResult = crate::domain::data_file::parse_ron("p.ron", &text).unwrap();
        assert_eq!(back, result);
    }

    #[test]
    fn a_third_role_needs_no_code_change() {
        let text = ROLES_RON.replacen(
            "    ],\n    certifications: [",
            r#"        (
            id: "tpm",
            name: "Technical Product Manager",
            short_name: "TPM",
            summary: "Owns a technical platform.",
            values: {
                "focus": "f", "time-horizon": "t", "stakeholders": "s",
                "key-artifact": "k", "success-metric": "m",
            },
            responsibilities: [(id: "tpm-apis", title: "APIs", description: "Design APIs.")],
            time_spent: "t",
            primary_output: "p",
            certification: "c",
        ),
    ],
    certifications: ["#,
            1,
        );
        let catalog = Catalog::from_ron("roles.ron", &text).unwrap();
        assert_eq!(catalog.roles.len(), 3);
        assert!(
            Quiz::shipped(&catalog).is_err(),
            "tpm-apis has no items yet"
        );
        let mut data = quiz().data().clone();
        for (id, kind) in [
            ("apis-one", ItemKind::Skill),
            ("apis-two", ItemKind::Skill),
            ("apis-like", ItemKind::Interest),
        ] {
            data.items.push(Item {
                id: id.into(),
                responsibility: "tpm-apis".into(),
                kind,
                text: "Design an API.".into(),
            });
        }
        data.learn_next
            .insert("tpm-apis".into(), "Read API guides.".into());
        let quiz = Quiz::from_data("quiz.ron", data, &catalog).unwrap();
        let answers = answer_all(&quiz, |i| if role_of(i) == "tpm" { 4 } else { 2 });
        let result = score(&quiz, &answers).unwrap();
        assert_eq!(result.roles.len(), 3);
        assert_eq!(fit(&result, "tpm"), 100);
        assert_eq!(result.lean, Lean::Role("tpm".into()));
        assert_eq!(result.responsibilities.len(), 11);
    }

    #[test]
    fn duplicate_item_id() {
        let err = edited(|d| d.items[1].id = "vision-write".into()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the item id `vision-write` is used more than once"
        );
    }

    #[test]
    fn bad_item_id() {
        let err = edited(|d| d.items[0].id = "Vision_Write".into()).unwrap_err();
        assert!(matches!(err, QuizError::BadId { .. }), "{err}");
    }

    #[test]
    fn item_for_unknown_responsibility() {
        let err = edited(|d| d.items[0].responsibility = "pm-salary".into()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: item `vision-write` names responsibility `pm-salary`, which does not exist"
        );
        let err = edited(|d| {
            d.learn_next.insert("po-coffee".into(), "Brew.".into());
        })
        .unwrap_err();
        assert!(
            matches!(&err, QuizError::UnknownResponsibility { responsibility, .. } if responsibility == "po-coffee"),
            "{err}"
        );
    }

    #[test]
    fn responsibility_with_one_skill_item() {
        let err = edited(|d| d.items.retain(|i| i.id != "review-demo")).unwrap_err();
        assert_eq!(
            err,
            QuizError::TooFewSkillItems {
                file: "edited.ron".into(),
                responsibility: "po-sprint-review".into(),
                found: 1,
            }
        );
        assert!(err.to_string().contains("has 1 skill item(s)"), "{err}");
    }

    #[test]
    fn responsibility_with_no_interest_item() {
        let err = edited(|d| d.items.retain(|i| i.id != "pricing-interest")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: responsibility `pm-pricing` has no interest item"
        );
    }

    #[test]
    fn missing_or_blank_learning_text() {
        let err = edited(|d| {
            d.learn_next.remove("po-acceptance");
        })
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: responsibility `po-acceptance` has no text in `learn_next`"
        );
        let err = edited(|d| {
            d.learn_next.insert("pm-vision".into(), " ".into());
        })
        .unwrap_err();
        assert!(matches!(err, QuizError::MissingLearning { .. }), "{err}");
    }

    #[test]
    fn scale_with_wrong_number_of_points() {
        let err = edited(|d| {
            d.scales.interest.points.pop();
        })
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the interest scale has 4 point(s); it needs exactly 5"
        );
        let err = edited(|d| {
            let extra = d.scales.skill.points[0].clone();
            d.scales.skill.points.push(extra);
        })
        .unwrap_err();
        assert!(
            matches!(
                err,
                QuizError::ScaleSize {
                    scale: "skill",
                    found: 6,
                    ..
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn parse_error_names_line_and_column() {
        let broken = QUIZ_RON.replacen("kind: Interest,", "kind: Intrest,", 1);
        let line = QUIZ_RON
            .lines()
            .position(|l| l.contains("kind: Interest,"))
            .unwrap()
            + 1;
        let err = Quiz::from_ron("quiz.ron", &broken, &catalog()).unwrap_err();
        let QuizError::Parse(parse) = &err else {
            panic!("expected a parse error, got {err}");
        };
        assert_eq!(parse.line, line, "{err}");
        assert!(parse.col > 1, "{err}");
        assert!(
            err.to_string()
                .starts_with(&format!("quiz.ron:{line}:{}: ", parse.col)),
            "{err}"
        );

        let broken = QUIZ_RON.replacen("intro:", "intro: \"x\", colour: 3, other:", 1);
        let err = Quiz::from_ron("quiz.ron", &broken, &catalog()).unwrap_err();
        assert!(err.to_string().contains("colour"), "{err}");
    }

    #[test]
    fn scoring_rules_are_checked() {
        let err = edited(|d| d.scoring.skill_weight = 60).unwrap_err();
        assert!(err.to_string().contains("add up to 110"), "{err}");
        let err = edited(|d| d.scoring.high_from = 30).unwrap_err();
        assert!(matches!(err, QuizError::BadScoring { .. }), "{err}");
        let err = edited(|d| d.scoring.moderate_from = 0).unwrap_err();
        assert!(matches!(err, QuizError::BadScoring { .. }), "{err}");
        let err = edited(|d| d.lean.margin = 101).unwrap_err();
        assert!(matches!(err, QuizError::BadScoring { .. }), "{err}");
        let err = edited(|d| d.combined_role.roles = vec!["pm".into(), "cto".into()]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: `combined_role` names role `cto`, which does not exist"
        );
        let err = edited(|d| d.combined_role.roles = vec!["pm".into()]).unwrap_err();
        assert!(matches!(err, QuizError::BadScoring { .. }), "{err}");
    }

    #[test]
    fn templates_are_checked() {
        let err = edited(|d| d.lean.role = "Go {rol}!".into()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: `lean.role` uses `{rol}`; it may use only {role}, {fit}"
        );
        let err = edited(|d| d.lean.neither_yet = "Not {role} yet".into()).unwrap_err();
        assert!(
            err.to_string().ends_with("it may use no placeholders"),
            "{err}"
        );
        let err = edited(|d| d.scoring.bands.fit.high = "Unclosed {role".into()).unwrap_err();
        assert!(
            matches!(err, QuizError::UnclosedPlaceholder { .. }),
            "{err}"
        );
        assert_eq!(
            err.to_string(),
            "edited.ron: `scoring.bands.fit.high` opens a placeholder with `{` and never closes it"
        );
        let err = edited(|d| d.combined_role.low = "Merge {roles}}.".into()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: `combined_role.low` has a `}` that closes no placeholder"
        );
        let err = edited(|d| d.notes.partial = "  ".into()).unwrap_err();
        assert_eq!(err.to_string(), "edited.ron: `notes.partial` is empty");
        let err = edited(|d| d.scales.skill.points[3].label = String::new()).unwrap_err();
        assert!(matches!(err, QuizError::Empty { .. }), "{err}");
    }

    #[test]
    fn join_names_reads_as_a_list() {
        assert_eq!(join_names(&["A", "B", "C"]), "A, B and C");
        assert_eq!(join_names(&["A"]), "A");
    }

    fn complete_answers() -> impl Strategy<Value = Vec<u8>> {
        proptest::collection::vec(0..=MAX_ANSWER, 30)
    }

    fn partial_answers() -> impl Strategy<Value = Vec<Option<u8>>> {
        proptest::collection::vec(proptest::option::of(0..=MAX_ANSWER), 30)
    }

    fn from_values(quiz: &Quiz, values: &[Option<u8>]) -> Answers {
        quiz.items()
            .iter()
            .zip(values)
            .filter_map(|(item, v)| v.map(|v| (item.id.clone(), v)))
            .collect()
    }

    fn all_scores(result: &QuizResult) -> Vec<u8> {
        let mut scores = Vec::new();
        for r in &result.responsibilities {
            scores.extend(r.skill);
            scores.extend(r.interest);
        }
        for r in &result.roles {
            for s in [&r.skill, &r.interest, &r.fit].into_iter().flatten() {
                scores.push(s.value);
            }
        }
        scores.extend(result.combined.fit);
        scores
    }

    /// Role scores as (skill, interest, fit) for the role owning `item`.
    fn role_scores(result: &QuizResult, role: &str) -> [Option<u8>; 3] {
        let r = result.role(role).expect("role exists");
        [
            value(r.skill.as_ref()),
            value(r.interest.as_ref()),
            value(r.fit.as_ref()),
        ]
    }

    proptest! {
        #[test]
        fn scores_stay_in_range_for_complete_answers(values in complete_answers()) {
            let quiz = quiz();
            let values: Vec<_> = values.into_iter().map(Some).collect();
            let result = score(&quiz, &from_values(&quiz, &values)).unwrap();
            prop_assert!(!result.partial);
            let scores = all_scores(&result);
            prop_assert_eq!(scores.len(), 10 * 2 + 2 * 3 + 1);
            prop_assert!(scores.iter().all(|&s| s <= 100));
        }

        #[test]
        fn scores_stay_in_range_for_partial_answers(values in partial_answers()) {
            let quiz = quiz();
            let result = score_partial(&quiz, &from_values(&quiz, &values)).unwrap();
            prop_assert_eq!(result.partial, values.iter().any(Option::is_none));
            prop_assert!(all_scores(&result).iter().all(|&s| s <= 100));
        }

        #[test]
        fn raising_an_answer_never_lowers_its_role_scores(
            values in partial_answers(),
            index in 0..30usize,
            from in 0..MAX_ANSWER,
            raise in 1..=MAX_ANSWER,
        ) {
            let quiz = quiz();
            let mut values = values;
            values[index] = Some(from);
            let before = score_partial(&quiz, &from_values(&quiz, &values)).unwrap();
            values[index] = Some((from + raise).min(MAX_ANSWER));
            let after = score_partial(&quiz, &from_values(&quiz, &values)).unwrap();
            let role = role_of(&quiz.items()[index]).to_owned();
            let (b, a) = (role_scores(&before, &role), role_scores(&after, &role));
            for (b, a) in b.iter().zip(&a) {
                prop_assert!(a >= b, "{role}: {b:?} -> {a:?}");
            }
            // Other roles do not move.
            for other in before.roles.iter().filter(|r| r.id != role) {
                prop_assert_eq!(role_scores(&before, &other.id), role_scores(&after, &other.id));
            }
            prop_assert!(after.combined.fit >= before.combined.fit);
        }

        #[test]
        fn raising_an_answer_in_a_complete_set_never_lowers_fit(
            values in complete_answers(),
            index in 0..30usize,
        ) {
            let quiz = quiz();
            let mut values: Vec<_> = values.into_iter().map(Some).collect();
            let before = score(&quiz, &from_values(&quiz, &values)).unwrap();
            values[index] = Some(MAX_ANSWER);
            let after = score(&quiz, &from_values(&quiz, &values)).unwrap();
            let role = role_of(&quiz.items()[index]);
            prop_assert!(fit(&after, role) >= fit(&before, role));
        }
    }
}
