//! A scored quiz: [`QuizResult`] and its parts, self-contained so a profile can keep it.

use serde::{Deserialize, Serialize};

use super::{QualityFlag, ScoreRange};

/// What is said in place of a score that cannot be given yet (too few items answered): one
/// spelling on the screen, in the command line and in every export, like the band labels.
pub const NOT_SCORED: &str = "not scored yet";

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
    /// Towards a job combining the two best-fitting roles: both fits were high and less than
    /// the lean margin apart. Kept for past results; new results say [`Lean::TooClose`].
    Combined,
    /// No role stands out: the best fit is low, or moderate and too close to the next, or (in a
    /// partial result) no fit can be worked out yet.
    NeitherYet,
    /// The two best fits' ranges overlap, so which role suits the person better cannot be
    /// told from these answers.
    TooClose,
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
    /// Where the score would probably land if the person answered again; `None` in results
    /// kept before ranges were worked out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<ScoreRange>,
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
    /// The range around `skill`; `None` without a skill score and in older results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skill_range: Option<ScoreRange>,
    /// The range around `interest`; `None` as for `skill_range`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interest_range: Option<ScoreRange>,
    /// Skill and interest weighted as for a role's fit; `None` when either is unknown, and in
    /// older results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fit: Option<u8>,
    /// The range around `fit`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fit_range: Option<ScoreRange>,
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
    /// What the answer-quality checks saw (empty: nothing); `None` in results kept before the
    /// checks existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quality: Option<Vec<QualityFlag>>,
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

#[cfg(test)]
mod tests {
    use crate::domain::quiz::testing::*;
    use crate::domain::quiz::*;

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
}
