//! Coverage: for every responsibility in the catalog, who on the team is strongest at it, and
//! the gaps nobody covers.

use serde::Serialize;

use super::{MemberRef, Team};
use crate::domain::catalog::Catalog;
use crate::domain::quiz::{Band, Quiz};

/// How well a team covers every responsibility, in catalog order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Coverage {
    /// One entry per responsibility of every role, in catalog order.
    pub responsibilities: Vec<ResponsibilityCoverage>,
}

/// Who covers one responsibility, and whether it is a gap.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ResponsibilityCoverage {
    /// The responsibility's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Id of the role it belongs to.
    pub role: String,
    /// That role's name.
    pub role_name: String,
    /// The members with the highest skill score for it, in team order (several when tied);
    /// empty when no member has a skill score for it.
    pub strongest: Vec<MemberRef>,
    /// Their skill score, 0-100; `None` when nobody has one.
    pub skill: Option<u8>,
    /// The band of `skill`.
    pub band: Option<Band>,
    /// Nobody is at least moderate on skill for it (including when nobody has a score).
    pub gap: bool,
    /// For a gap, what to learn or practise next (the quiz's text); `None` otherwise.
    pub learn_next: Option<String>,
}

impl Coverage {
    /// The responsibilities nobody covers, in catalog order.
    pub fn gaps(&self) -> impl Iterator<Item = &ResponsibilityCoverage> {
        self.responsibilities.iter().filter(|r| r.gap)
    }

    /// The coverage of the responsibility with this id.
    pub fn responsibility(&self, id: &str) -> Option<&ResponsibilityCoverage> {
        self.responsibilities.iter().find(|r| r.id == id)
    }
}

/// Who on `team` is strongest at each responsibility of `catalog`, and the gaps.
///
/// Strength is the skill score in each member's result snapshot: interest does not cover a
/// responsibility. Members without a result, or whose partial result has no skill score for a
/// responsibility, are left out of it. Bands and the texts on what to learn come from `quiz`.
pub fn coverage(team: &Team, catalog: &Catalog, quiz: &Quiz) -> Coverage {
    let mut responsibilities = Vec::new();
    for role in &catalog.roles {
        for responsibility in &role.responsibilities {
            let scores = team.members.iter().filter_map(|member| {
                let skill = member.result()?.responsibility(&responsibility.id)?.skill?;
                Some((member, skill))
            });
            let mut best: Option<u8> = None;
            let mut strongest = Vec::new();
            for (member, skill) in scores {
                match best {
                    Some(top) if skill < top => continue,
                    Some(top) if skill == top => {}
                    _ => {
                        best = Some(skill);
                        strongest.clear();
                    }
                }
                strongest.push(member.to_ref());
            }
            let band = best.map(|skill| quiz.band(skill));
            let gap = band.is_none_or(|band| band < Band::Moderate);
            responsibilities.push(ResponsibilityCoverage {
                id: responsibility.id.clone(),
                title: responsibility.title.clone(),
                role: role.id.clone(),
                role_name: role.name.clone(),
                strongest,
                skill: best,
                band,
                gap,
                learn_next: gap
                    .then(|| quiz.learn_next(&responsibility.id).map(str::to_owned))
                    .flatten(),
            });
        }
    }
    Coverage { responsibilities }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::team::testing::*;
    use proptest::prelude::*;

    #[test]
    fn strongest_by_skill_with_ties_and_gaps() {
        let content = content();
        let quiz = &content.quiz;
        // Ana: PM items "could teach it", PO items "never done it". Bo: the reverse. Cy: PM
        // items "done it with help" (skill 25, low), PO items "do it well".
        let ana = member_answering("Ana", "id-ana", |role, _| if role == "pm" { 4 } else { 0 });
        let bo = member_answering("Bo", "id-bo", |role, _| if role == "pm" { 0 } else { 4 });
        let cy = member_answering("Cy", "id-cy", |role, _| if role == "pm" { 1 } else { 4 });
        let team = team_of(vec![ana, bo, cy, no_result("Di", "id-di")]);
        let cov = coverage(&team, &content.catalog, quiz);
        assert_eq!(cov.responsibilities.len(), 10);
        let vision = cov.responsibility("pm-vision").unwrap();
        assert_eq!(names(&vision.strongest), ["Ana"]);
        assert_eq!((vision.skill, vision.band), (Some(100), Some(Band::High)));
        assert!(!vision.gap && vision.learn_next.is_none());
        // Bo and Cy tie at 100 on every PO responsibility; team order is kept.
        let stories = cov.responsibility("po-user-stories").unwrap();
        assert_eq!(names(&stories.strongest), ["Bo", "Cy"]);
        assert_eq!(stories.role_name, "Product Owner");
        assert_eq!(cov.gaps().count(), 0);
    }

    #[test]
    fn a_gap_names_what_to_learn() {
        let content = content();
        // Everyone's PM skill is low (25); the PO side is covered.
        let low = |name: &str, id: &str| {
            member_answering(name, id, |role, kind| match (role, kind) {
                ("pm", Kind::Skill) => 1,
                _ => 3,
            })
        };
        let team = team_of(vec![low("Ana", "a"), low("Bo", "b")]);
        let cov = coverage(&team, &content.catalog, &content.quiz);
        let gaps: Vec<&str> = cov.gaps().map(|g| g.id.as_str()).collect();
        assert_eq!(
            gaps,
            [
                "pm-vision",
                "pm-market-research",
                "pm-priorities",
                "pm-pricing",
                "pm-planning"
            ]
        );
        let pricing = cov.responsibility("pm-pricing").unwrap();
        assert_eq!(pricing.skill, Some(25));
        assert_eq!(pricing.band, Some(Band::Low));
        // Both are equally (un)skilled, so both are listed as strongest even in a gap.
        assert_eq!(names(&pricing.strongest), ["Ana", "Bo"]);
        assert_eq!(
            pricing.learn_next.as_deref(),
            content.quiz.learn_next("pm-pricing")
        );
        assert!(pricing.learn_next.as_deref().is_some_and(|t| !t.is_empty()));
    }

    #[test]
    fn members_without_results_are_skipped_and_an_empty_team_is_all_gaps() {
        let content = content();
        let team = team_of(vec![no_result("Di", "id-di")]);
        let cov = coverage(&team, &content.catalog, &content.quiz);
        assert_eq!(cov.gaps().count(), 10);
        for r in &cov.responsibilities {
            assert!(r.strongest.is_empty() && r.skill.is_none() && r.band.is_none());
            assert!(r.learn_next.is_some(), "{}", r.id);
        }
        // A partial result counts only where it has a skill score.
        let partial = member_with_answers("Ed", "id-ed", &[("vision-write", 4)]);
        let cov = coverage(&team_of(vec![partial]), &content.catalog, &content.quiz);
        let vision = cov.responsibility("pm-vision").unwrap();
        assert_eq!(
            (names(&vision.strongest), vision.skill),
            (vec!["Ed"], Some(100))
        );
        assert!(
            cov.responsibility("pm-pricing")
                .unwrap()
                .strongest
                .is_empty()
        );
    }

    #[test]
    fn the_moderate_threshold_decides_a_gap() {
        let content = content();
        let from = content.quiz.scoring().moderate_from;
        // Skill 50 (all "can do it on my own") is moderate with the shipped thresholds.
        assert!(from <= 50, "the test assumes 50 is moderate");
        let team = team_of(vec![member_answering("Ana", "a", |_, _| 2)]);
        let cov = coverage(&team, &content.catalog, &content.quiz);
        assert_eq!(cov.gaps().count(), 0);
        assert!(
            cov.responsibilities
                .iter()
                .all(|r| r.band == Some(Band::Moderate))
        );
    }

    proptest! {
        #[test]
        fn strongest_have_the_highest_skill(team in arb_team(6)) {
            let content = content();
            let cov = coverage(&team, &content.catalog, &content.quiz);
            for r in &cov.responsibilities {
                let skills: Vec<(String, u8)> = team.members.iter().filter_map(|m| {
                    let skill = m.result()?.responsibility(&r.id)?.skill?;
                    Some((m.profile_id.clone(), skill))
                }).collect();
                let best = skills.iter().map(|(_, s)| *s).max();
                prop_assert_eq!(r.skill, best);
                let expected: Vec<String> = skills.iter().filter(|(_, s)| Some(*s) == best).map(|(id, _)| id.clone()).collect();
                let got: Vec<String> = r.strongest.iter().map(|m| m.profile_id.clone()).collect();
                prop_assert_eq!(got, expected);
                let moderate = content.quiz.scoring().moderate_from;
                prop_assert_eq!(r.gap, best.is_none_or(|s| s < moderate));
                prop_assert_eq!(r.learn_next.is_some(), r.gap);
            }
        }
    }
}
