//! A [`Quiz`]: quiz data checked against the catalog, with the catalog facts a result quotes.

use std::collections::HashMap;

use super::validation::validate;
use super::{
    Band, Item, ItemKind, QUIZ_FILE, QUIZ_RON, QuizData, QuizDataError, RangeMethod, ResultNotes,
    Scale, ScoreRange, Scoring, z_for,
};
use crate::domain::catalog::Catalog;
use crate::domain::data_file::parse_ron;
use crate::domain::template::render_named;

/// A validated quiz, ready to be answered and scored.
///
/// It keeps the names and titles it needs from the catalog it was checked against, so scoring
/// needs no catalog and results are self-contained.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quiz {
    pub(super) data: QuizData,
    pub(super) roles: Vec<RoleInfo>,
    /// Item id -> position in `data.items`, so answers are checked in one pass.
    index: HashMap<String, usize>,
}

/// The catalog facts a result quotes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct RoleInfo {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) short_name: String,
    /// Responsibility id and title, in catalog order.
    pub(super) responsibilities: Vec<(String, String)>,
}

impl Quiz {
    /// The quiz shipped with the app, checked against `catalog`.
    pub fn shipped(catalog: &Catalog) -> Result<Self, QuizDataError> {
        Self::from_ron(QUIZ_FILE, QUIZ_RON, catalog)
    }

    /// Parses a quiz and checks it against `catalog`; `file` names it in errors.
    pub fn from_ron(file: &str, text: &str, catalog: &Catalog) -> Result<Self, QuizDataError> {
        let data: QuizData = parse_ron(file, text)?;
        Self::from_data(file, data, catalog)
    }

    /// Checks quiz data against `catalog`; `file` names it in errors.
    pub fn from_data(file: &str, data: QuizData, catalog: &Catalog) -> Result<Self, QuizDataError> {
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

    /// The quiz a rater answers for `request`: only the requested skill items, in the
    /// request's order, each in its rater wording with the person's name, under the rater's
    /// prompt and intro. Meant to be answered, not scored: a rating is compared item by item.
    #[must_use]
    pub fn for_rater(&self, request: &crate::domain::rating::RatingRequest) -> Self {
        let mut data = self.data.clone();
        let name = request.name.as_str();
        let fill = |template: &str| render_named(template, &[("name", name)]);
        data.items = request
            .items
            .iter()
            .filter_map(|wanted| {
                let mut item = self.item(&wanted.id)?.clone();
                let rater_text = item.rater_text.as_deref()?;
                item.text = fill(rater_text);
                Some(item)
            })
            .collect();
        data.intro = fill(&data.rating.intro);
        data.scales.skill.prompt = fill(&data.rating.prompt);
        for (point, meaning) in data
            .scales
            .skill
            .points
            .iter_mut()
            .zip(&self.data.rating.point_meanings)
        {
            point.meaning.clone_from(meaning);
        }
        let index = data
            .items
            .iter()
            .enumerate()
            .map(|(position, item)| (item.id.clone(), position))
            .collect();
        Self {
            data,
            roles: self.roles.clone(),
            index,
        }
    }

    /// The quiz as written in its file.
    pub fn data(&self) -> &QuizData {
        &self.data
    }

    /// The notes and fixed sentences a result is shown with.
    pub fn notes(&self) -> &ResultNotes {
        &self.data.notes
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

    /// How ranges around scores are worked out, from the `ranges` section of the quiz file.
    pub fn range_method(&self) -> RangeMethod {
        let rules = &self.data.ranges;
        RangeMethod {
            answer_error: f64::from(rules.answer_error) / 100.0,
            // Validation accepts only confidences with a known z; 90% is the fallback that
            // can never be reached in a checked quiz.
            z: z_for(rules.confidence).unwrap_or(1.6449),
        }
    }

    /// What a range that crosses bands says, e.g. "the range 62 to 78 spans moderate and
    /// high"; `None` when the range stays in one band.
    pub fn range_spans(&self, range: ScoreRange) -> Option<String> {
        let (from, to) = (self.band(range.low), self.band(range.high));
        (from != to).then(|| {
            render_named(
                &self.data.ranges.spans_bands,
                &[
                    ("low", &range.low.to_string()),
                    ("high", &range.high.to_string()),
                    ("from", self.data.words.band(from)),
                    ("to", self.data.words.band(to)),
                ],
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::catalog::{Catalog, ROLES_RON};
    use crate::domain::quiz::testing::*;
    use crate::domain::quiz::*;

    #[test]
    fn shipped_quiz_loads_and_covers_every_responsibility() {
        let catalog = catalog();
        let quiz = Quiz::shipped(&catalog).unwrap();
        assert_eq!(quiz.item_count(), 40);
        for (_, r) in catalog.responsibilities() {
            let of = |kind| {
                quiz.items()
                    .iter()
                    .filter(|i| i.responsibility == r.id && i.kind == kind)
                    .count()
            };
            assert_eq!(of(ItemKind::Skill), 2, "{}", r.id);
            assert_eq!(of(ItemKind::Interest), 2, "{}", r.id);
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
            ("apis-enjoy", ItemKind::Interest),
        ] {
            data.items.push(Item {
                id: id.into(),
                responsibility: "tpm-apis".into(),
                kind,
                text: "Design an API.".into(),
                rater_text: (kind == ItemKind::Skill).then(|| "{name} designed an API.".into()),
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
}
