//! Checks that advisor rules are complete, monotone and that their sentences are sound
//! templates, so [`advise`](super::advise) can rely on them.

use super::inputs::ordinal_range;
use super::rules::{Rule, verdict_field};
use super::{
    AdvisorDataError, AdvisorRules, Factor, Research, ResearchRule, ScaleRule, StepRule,
    TeamProfile, Verdict,
};
use crate::domain::data_file::first_duplicate;
use crate::domain::template::{self, TemplateError};

/// Placeholders a flip sentence may use.
const FLIP_PLACEHOLDERS: [&str; 3] = ["from", "to", "verdict"];

impl AdvisorRules {
    /// Checks the rules are complete, monotone and their templates sound. `file` names them in
    /// errors.
    pub fn validate(&self, file: &str) -> Result<(), AdvisorDataError> {
        if self.margin < 0 {
            return Err(AdvisorDataError::NegativeMargin {
                file: file.to_owned(),
                margin: self.margin,
            });
        }
        let check = Checker { file };
        for factor in Factor::ALL {
            let name = factor.field();
            check.text(&format!("the label of `{name}`"), self.label(factor))?;
            check.text(&format!("the help of `{name}`"), self.help(factor))?;
            check.template(
                &format!("the flip sentence of `{name}`"),
                self.flip_template(factor),
                &FLIP_PLACEHOLDERS,
            )?;
            match self.rule(factor) {
                Rule::Steps(rule) => check.steps(factor, rule)?,
                Rule::Research(rule) => check.research(rule)?,
                Rule::Scale(rule) => check.scale(factor, rule)?,
            }
        }
        if let Some(label) = first_duplicate(Factor::ALL.map(|f| self.label(f))) {
            return Err(AdvisorDataError::DuplicateLabel {
                file: file.to_owned(),
                label: label.to_owned(),
            });
        }
        check.profile_template(
            "the warning `more_teams_than_engineers`",
            &self.warnings.more_teams_than_engineers,
        )?;
        check.profile_template(
            "the warning `few_engineers_per_team`",
            &self.warnings.few_engineers_per_team,
        )?;
        check.template("the sentence `no_flip`", &self.no_flip, &[])?;
        check.template(
            "the words `scale_value`",
            &self.scale_value,
            &["value", "max"],
        )?;
        for verdict in [Verdict::Combine, Verdict::Split, Verdict::NoClearWinner] {
            check.template(
                &format!("the name of verdict `{}`", verdict_field(verdict)),
                self.verdict_name(verdict),
                &[],
            )?;
        }
        self.validate_staffing(file)
    }
}

/// Validation helpers that know the file name.
pub(super) struct Checker<'a> {
    pub(super) file: &'a str,
}

impl Checker<'_> {
    fn text(&self, what: &str, text: &str) -> Result<(), AdvisorDataError> {
        if text.trim().is_empty() {
            return Err(AdvisorDataError::Empty {
                file: self.file.to_owned(),
                what: what.to_owned(),
            });
        }
        Ok(())
    }

    pub(super) fn template(
        &self,
        what: &str,
        text: &str,
        allowed: &[&str],
    ) -> Result<(), AdvisorDataError> {
        self.text(what, text)?;
        let file = self.file.to_owned();
        let entry = what.to_owned();
        template::check(text, allowed).map_err(|problem| match problem {
            TemplateError::UnknownPlaceholder(placeholder) => {
                AdvisorDataError::UnknownPlaceholder {
                    file,
                    entry,
                    placeholder,
                    allowed: template::placeholder_list(allowed),
                }
            }
            TemplateError::Unclosed => AdvisorDataError::UnclosedPlaceholder { file, entry },
            TemplateError::StrayClose => AdvisorDataError::StrayBrace { file, entry },
        })
    }

    fn profile_template(&self, what: &str, template: &str) -> Result<(), AdvisorDataError> {
        self.template(what, template, &Factor::ALL.map(Factor::field))
    }

    /// Points must never move against the factor's direction, entry by entry in input order.
    fn monotone(
        &self,
        factor: Factor,
        entries: impl IntoIterator<Item = (String, i32)>,
    ) -> Result<(), AdvisorDataError> {
        let mut previous: Option<i32> = None;
        for (entry, points) in entries {
            if let Some(before) = previous {
                let wrong = if factor.rises_toward_split() {
                    points < before
                } else {
                    points > before
                };
                if wrong {
                    return Err(AdvisorDataError::NotMonotone {
                        file: self.file.to_owned(),
                        factor,
                        entry,
                        points,
                        previous: before,
                    });
                }
            }
            previous = Some(points);
        }
        Ok(())
    }

    fn steps(&self, factor: Factor, rule: &StepRule) -> Result<(), AdvisorDataError> {
        let name = factor.field();
        let Some(first) = rule.steps.first() else {
            return Err(AdvisorDataError::Empty {
                file: self.file.to_owned(),
                what: format!("the steps of `{name}`"),
            });
        };
        let range = ordinal_range(factor);
        if first.from != *range.start() {
            return Err(AdvisorDataError::StepStart {
                file: self.file.to_owned(),
                factor,
                from: first.from,
                min: *range.start(),
            });
        }
        for pair in rule.steps.windows(2) {
            if let [before, step] = pair
                && step.from <= before.from
            {
                return Err(AdvisorDataError::StepOrder {
                    file: self.file.to_owned(),
                    factor,
                    from: step.from,
                    previous: before.from,
                });
            }
        }
        if let Some(step) = rule.steps.iter().find(|s| s.from > *range.end()) {
            return Err(AdvisorDataError::StepOutOfRange {
                file: self.file.to_owned(),
                factor,
                from: step.from,
                max: *range.end(),
            });
        }
        self.monotone(
            factor,
            rule.steps
                .iter()
                .map(|s| (format!("`{name}` step from {}", s.from), s.points)),
        )?;
        for step in &rule.steps {
            self.profile_template(
                &format!("the reason of `{name}` step from {}", step.from),
                &step.reason,
            )?;
        }
        Ok(())
    }

    fn research(&self, rule: &ResearchRule) -> Result<(), AdvisorDataError> {
        let factor = Factor::Research;
        if let Some(level) = first_duplicate(rule.levels.iter().map(|l| l.level.id())) {
            return Err(AdvisorDataError::DuplicateLevel {
                file: self.file.to_owned(),
                factor,
                level: level.to_owned(),
            });
        }
        let mut ordered = Vec::with_capacity(Research::ALL.len());
        for level in Research::ALL {
            let Some(entry) = rule.levels.iter().find(|l| l.level == level) else {
                return Err(AdvisorDataError::MissingLevel {
                    file: self.file.to_owned(),
                    factor,
                    level: level.id().to_owned(),
                });
            };
            ordered.push(entry);
        }
        self.monotone(
            factor,
            ordered
                .iter()
                .map(|l| (format!("`research` level {}", l.level.id()), l.points)),
        )?;
        for level in ordered {
            let entry = format!("`research` level {}", level.level.id());
            self.text(&format!("the name of {entry}"), &level.name)?;
            self.text(&format!("the phrase of {entry}"), &level.phrase)?;
            self.profile_template(&format!("the reason of {entry}"), &level.reason)?;
        }
        Ok(())
    }

    fn scale(&self, factor: Factor, rule: &ScaleRule) -> Result<(), AdvisorDataError> {
        let name = factor.field();
        self.text(&format!("the meaning of 1 (`low`) in `{name}`"), &rule.low)?;
        self.text(
            &format!("the meaning of 5 (`high`) in `{name}`"),
            &rule.high,
        )?;
        let range = TeamProfile::SCALE_RANGE;
        if let Some(level) = rule.levels.iter().find(|l| !range.contains(&l.level)) {
            return Err(AdvisorDataError::UnknownLevel {
                file: self.file.to_owned(),
                factor,
                level: level.level,
            });
        }
        let ids: Vec<String> = rule.levels.iter().map(|l| l.level.to_string()).collect();
        if let Some(level) = first_duplicate(ids.iter().map(String::as_str)) {
            return Err(AdvisorDataError::DuplicateLevel {
                file: self.file.to_owned(),
                factor,
                level: level.to_owned(),
            });
        }
        let mut ordered = Vec::with_capacity(5);
        for level in range {
            let Some(entry) = rule.levels.iter().find(|l| l.level == level) else {
                return Err(AdvisorDataError::MissingLevel {
                    file: self.file.to_owned(),
                    factor,
                    level: level.to_string(),
                });
            };
            ordered.push(entry);
        }
        self.monotone(
            factor,
            ordered
                .iter()
                .map(|l| (format!("`{name}` level {}", l.level), l.points)),
        )?;
        for level in ordered {
            self.profile_template(
                &format!("the reason of `{name}` level {}", level.level),
                &level.reason,
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::advisor::testing::*;
    use crate::domain::advisor::*;
    use proptest::prelude::*;

    #[test]
    fn negative_margin() {
        let err = edited(|r| r.margin = -1).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the margin is -1; it must be zero or more"
        );
    }

    #[test]
    fn blank_texts() {
        let err = edited(|r| r.teams.label = " ".into()).unwrap_err();
        assert_eq!(err.to_string(), "edited.ron: the label of `teams` is empty");
        let err = edited(|r| r.switching.help.clear()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the help of `switching` is empty"
        );
        let err = edited(|r| r.engineers.steps[3].reason.clear()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the reason of `engineers` step from 200 is empty"
        );
        let err = edited(|r| r.research.levels[2].phrase.clear()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the phrase of `research` level full_time is empty"
        );
        let err = edited(|r| r.backlog_complexity.high.clear()).unwrap_err();
        assert!(err.to_string().contains("`high`"), "{err}");
        let err = edited(|r| r.speed_priority.flip.clear()).unwrap_err();
        assert!(
            err.to_string()
                .contains("flip sentence of `speed_priority`"),
            "{err}"
        );
        let err = edited(|r| r.warnings.few_engineers_per_team.clear()).unwrap_err();
        assert!(matches!(err, AdvisorDataError::Empty { .. }), "{err}");
        let err = edited(|r| r.teams.steps.clear()).unwrap_err();
        assert_eq!(err.to_string(), "edited.ron: the steps of `teams` is empty");
    }

    #[test]
    fn duplicate_label() {
        let err = edited(|r| r.teams.label = "Engineers".into()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the label `Engineers` is used by more than one input"
        );
    }

    #[test]
    fn step_tables() {
        let err = edited(|r| r.engineers.steps[0].from = 2).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the first step of `engineers` starts at 2; it must start at 1, the smallest value the input can take"
        );
        let err = edited(|r| r.engineers.steps[2].from = 11).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: in `engineers`, the step from 11 comes after the step from 11; steps must be in strictly ascending order"
        );
        let err = edited(|r| r.teams.steps[2].from = 1001).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: in `teams`, the step from 1001 starts past 1000, the largest value the input can take"
        );
    }

    #[test]
    fn non_monotone_tables() {
        let err = edited(|r| r.engineers.steps[3].points = -5).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: `engineers` step from 200 gives -5 points after 0 for the level below; as `engineers` goes up its points must never fall"
        );
        let err = edited(|r| r.teams.steps[1].points = -3).unwrap_err();
        assert!(
            matches!(
                &err,
                AdvisorDataError::NotMonotone {
                    factor: Factor::Teams,
                    ..
                }
            ),
            "{err}"
        );
        let err = edited(|r| r.research.levels[2].points = -1).unwrap_err();
        assert!(
            err.to_string()
                .contains("`research` level full_time gives -1 points"),
            "{err}"
        );
        let err = edited(|r| r.backlog_complexity.levels[4].points = 0).unwrap_err();
        assert!(
            err.to_string()
                .contains("`backlog_complexity` level 5 gives 0 points after 1"),
            "{err}"
        );
        let err = edited(|r| r.switching.levels[1].points = 3).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: `switching` level 2 gives 3 points after 2 for the level below; as `switching` goes up its points must never rise"
        );
        let err = edited(|r| r.speed_priority.levels[4].points = 0).unwrap_err();
        assert!(
            matches!(
                &err,
                AdvisorDataError::NotMonotone {
                    factor: Factor::SpeedPriority,
                    ..
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn levels() {
        let err = edited(|r| {
            r.switching.levels.remove(2);
        })
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: `switching` has no entry for level 3"
        );
        let err = edited(|r| {
            r.research.levels.remove(1);
        })
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: `research` has no entry for level part_time"
        );
        let err = edited(|r| r.backlog_complexity.levels[1].level = 1).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: `backlog_complexity` lists level 1 more than once"
        );
        let err = edited(|r| r.research.levels[0].level = Research::FullTime).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: `research` lists level full_time more than once"
        );
        let err = edited(|r| r.speed_priority.levels[4].level = 6).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: `speed_priority` has level 6, which is not on the 1 to 5 scale"
        );
    }

    #[test]
    fn levels_may_be_listed_in_any_order() {
        let rules = edited(|r| r.switching.levels.reverse()).unwrap();
        assert_eq!(
            advise(&TeamProfile::default(), &rules),
            advise(&TeamProfile::default(), &shipped())
        );
    }

    #[test]
    fn placeholders() {
        let err = edited(|r| r.teams.steps[1].reason = "With {squads} squads.".into()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the reason of `teams` step from 2 uses the placeholder `{squads}`; it may only use {engineers}, {teams}, {research}, {backlog_complexity}, {switching}, {speed_priority}"
        );
        let err = edited(|r| r.engineers.flip = "From {from} to {engineers}.".into()).unwrap_err();
        assert!(
            matches!(&err, AdvisorDataError::UnknownPlaceholder { placeholder, .. } if placeholder == "engineers"),
            "{err}"
        );
        let err = edited(|r| r.warnings.more_teams_than_engineers = "Too many {teams.".into())
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the warning `more_teams_than_engineers` opens a placeholder with `{` and never closes it"
        );
        let err = edited(|r| r.no_flip = "No {verdict} change.".into()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the sentence `no_flip` uses the placeholder `{verdict}`; it may use no placeholders"
        );
        let err = edited(|r| r.no_flip = " ".into()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the sentence `no_flip` is empty"
        );
        let err =
            edited(|r| r.research.levels[0].reason = "{research} research}.".into()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: the reason of `research` level none has a `}` that closes no placeholder"
        );
    }

    proptest! {
        #[test]
        fn random_rules_are_valid(rules in arb_rules()) {
            prop_assert_eq!(rules.validate("random.ron"), Ok(()));
        }
    }
}
