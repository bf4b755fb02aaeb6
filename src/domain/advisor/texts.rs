//! The advisor's texts by key, for translations (see [`crate::domain::translation`]).

use super::{AdvisorRules, ScaleRule, StepRule};
use crate::domain::translation::Translatable;

impl Translatable for AdvisorRules {
    /// Keys, `<input>` being the input's field (`engineers`, `teams`, `research`,
    /// `backlog_complexity`, `switching`, `speed_priority`): `<input>.label|help|flip`;
    /// `<input>.step.<from>.reason` for engineers and teams; `research.level.<level>.name|
    /// phrase|reason`; `<input>.low|high` and `<input>.level.<level>.reason` for the 1-5
    /// scales; `warnings.<field>`; `no_flip`; `staffing.<field>` for the seat titles and
    /// `no_clear_winner`; `verdict.combine|split|no_clear_winner`; `framework.<id>.name|rule|source`.
    fn texts_mut(&mut self) -> Vec<(String, &mut String)> {
        let mut texts = Vec::new();
        steps("engineers", &mut self.engineers, &mut texts);
        steps("teams", &mut self.teams, &mut texts);
        let research = &mut self.research;
        for (field, text) in [
            ("label", &mut research.label),
            ("help", &mut research.help),
            ("flip", &mut research.flip),
        ] {
            texts.push((format!("research.{field}"), text));
        }
        for level in &mut research.levels {
            let id = level.level.id();
            for (field, text) in [
                ("name", &mut level.name),
                ("phrase", &mut level.phrase),
                ("reason", &mut level.reason),
            ] {
                texts.push((format!("research.level.{id}.{field}"), text));
            }
        }
        scale(
            "backlog_complexity",
            &mut self.backlog_complexity,
            &mut texts,
        );
        scale("switching", &mut self.switching, &mut texts);
        scale("speed_priority", &mut self.speed_priority, &mut texts);
        let warnings = &mut self.warnings;
        for (field, text) in [
            (
                "more_teams_than_engineers",
                &mut warnings.more_teams_than_engineers,
            ),
            (
                "few_engineers_per_team",
                &mut warnings.few_engineers_per_team,
            ),
        ] {
            texts.push((format!("warnings.{field}"), text));
        }
        texts.push(("no_flip".to_owned(), &mut self.no_flip));
        texts.push(("scale_value".to_owned(), &mut self.scale_value));
        let staffing = &mut self.staffing;
        for (field, text) in [
            ("combined_seat", &mut staffing.combined_seat),
            ("manager_seat", &mut staffing.manager_seat),
            ("owner_seat", &mut staffing.owner_seat),
            ("no_clear_winner", &mut staffing.no_clear_winner),
        ] {
            texts.push((format!("staffing.{field}"), text));
        }
        let verdicts = &mut self.verdicts;
        for (field, text) in [
            ("combine", &mut verdicts.combine),
            ("split", &mut verdicts.split),
            ("no_clear_winner", &mut verdicts.no_clear_winner),
        ] {
            texts.push((format!("verdict.{field}"), text));
        }
        for framework in &mut self.frameworks {
            let id = &framework.id;
            for (field, text) in [
                ("name", &mut framework.name),
                ("rule", &mut framework.rule),
                ("source", &mut framework.source),
            ] {
                texts.push((format!("framework.{id}.{field}"), text));
            }
        }
        texts
    }
}

/// The texts of a step table, its steps keyed by their `from`.
fn steps<'a>(input: &str, rule: &'a mut StepRule, texts: &mut Vec<(String, &'a mut String)>) {
    for (field, text) in [
        ("label", &mut rule.label),
        ("help", &mut rule.help),
        ("flip", &mut rule.flip),
    ] {
        texts.push((format!("{input}.{field}"), text));
    }
    for step in &mut rule.steps {
        texts.push((
            format!("{input}.step.{}.reason", step.from),
            &mut step.reason,
        ));
    }
}

/// The texts of a 1-5 scale, its levels keyed by their number.
fn scale<'a>(input: &str, rule: &'a mut ScaleRule, texts: &mut Vec<(String, &'a mut String)>) {
    for (field, text) in [
        ("label", &mut rule.label),
        ("help", &mut rule.help),
        ("flip", &mut rule.flip),
        ("low", &mut rule.low),
        ("high", &mut rule.high),
    ] {
        texts.push((format!("{input}.{field}"), text));
    }
    for level in &mut rule.levels {
        texts.push((
            format!("{input}.level.{}.reason", level.level),
            &mut level.reason,
        ));
    }
}
