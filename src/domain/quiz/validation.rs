//! Checks quiz data against the catalog: ids, coverage of every responsibility, scales,
//! scoring rules, and that every sentence is a sound template.

use std::collections::{HashMap, HashSet};

use super::{Band, ItemKind, QuizData, QuizDataError, SCALE_POINTS};
use crate::domain::catalog::Catalog;
use crate::domain::data_file::{first_duplicate, is_valid_id};
use crate::domain::template::{self, TemplateError};

/// Placeholders each text may use.
const BAND_PLACEHOLDERS: &[&str] = &["role"];
const EXPLANATION_PLACEHOLDERS: &[&str] = &["skill_weight", "interest_weight"];
const LEAN_ROLE_PLACEHOLDERS: &[&str] = &["role", "fit"];
const LEAN_TOO_CLOSE_PLACEHOLDERS: &[&str] = &[
    "role",
    "fit",
    "low",
    "high",
    "other",
    "other_fit",
    "other_low",
    "other_high",
];
const COUNT_PLACEHOLDERS: &[&str] = &["count", "answered"];
const SHARE_PLACEHOLDERS: &[&str] = &["skill_share", "interest_share"];
const TIMED_PLACEHOLDERS: &[&str] = &["count", "timed"];
const SPANS_PLACEHOLDERS: &[&str] = &["low", "high", "from", "to"];
const CHANGE_PLACEHOLDERS: &[&str] = &["change", "role"];
const COMBINED_ROLE_PLACEHOLDERS: &[&str] = &["roles", "stronger", "weaker", "fit"];
const PARTIAL_PLACEHOLDERS: &[&str] = &["answered", "total"];
const NAME_PLACEHOLDERS: &[&str] = &["name"];
const GAP_PLACEHOLDERS: &[&str] = &["responsibility", "self", "others"];

/// Checks the quiz data against itself and the catalog: scales, items, scoring, the combined
/// role and every sentence template.
pub(super) fn validate(
    file: &str,
    data: &QuizData,
    catalog: &Catalog,
) -> Result<(), QuizDataError> {
    if data.intro.trim().is_empty() {
        return Err(empty(file, "the intro".to_owned()));
    }
    validate_scales(file, data)?;
    validate_items(file, data, catalog)?;
    validate_scoring(file, data)?;
    validate_combined_role(file, data, catalog)?;
    validate_templates(file, data)
}

/// A part of the file that must not be empty is.
fn empty(file: &str, what: String) -> QuizDataError {
    QuizDataError::Empty {
        file: file.to_owned(),
        what,
    }
}

/// Five points on each scale, each with a label, and a prompt.
fn validate_scales(file: &str, data: &QuizData) -> Result<(), QuizDataError> {
    for (name, scale) in [
        ("skill", &data.scales.skill),
        ("interest", &data.scales.interest),
    ] {
        if scale.points.len() != SCALE_POINTS {
            return Err(QuizDataError::ScaleSize {
                file: file.to_owned(),
                scale: name,
                found: scale.points.len(),
            });
        }
        if scale.prompt.trim().is_empty() {
            return Err(empty(file, format!("the prompt of the {name} scale")));
        }
        if let Some(i) = scale.points.iter().position(|p| p.label.trim().is_empty()) {
            return Err(empty(
                file,
                format!("the label of point {i} on the {name} scale"),
            ));
        }
    }

    Ok(())
}

/// Item ids, texts and responsibilities; enough items and a learning text per responsibility.
fn validate_items(file: &str, data: &QuizData, catalog: &Catalog) -> Result<(), QuizDataError> {
    if data.items.is_empty() {
        return Err(empty(file, "the item list".to_owned()));
    }
    if let Some(bad) = data.items.iter().find(|item| !is_valid_id(&item.id)) {
        return Err(QuizDataError::BadId {
            file: file.to_owned(),
            id: bad.id.clone(),
        });
    }
    if let Some(dup) = first_duplicate(data.items.iter().map(|item| item.id.as_str())) {
        return Err(QuizDataError::DuplicateId {
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
            return Err(empty(file, format!("the text of item `{}`", item.id)));
        }
        match (item.kind, &item.rater_text) {
            (ItemKind::Skill, None) => {
                return Err(empty(
                    file,
                    format!("the `rater_text` of skill item `{}`", item.id),
                ));
            }
            (ItemKind::Interest, Some(_)) => {
                return Err(QuizDataError::RaterTextOnInterest {
                    file: file.to_owned(),
                    item: item.id.clone(),
                });
            }
            _ => {}
        }
        if !known.contains(item.responsibility.as_str()) {
            return Err(QuizDataError::UnknownResponsibility {
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
        return Err(QuizDataError::UnknownResponsibility {
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
            return Err(QuizDataError::TooFewSkillItems {
                file: file.to_owned(),
                responsibility: id.to_owned(),
                found: skill,
            });
        }
        let interest = count(ItemKind::Interest);
        if interest < 2 {
            return Err(QuizDataError::TooFewInterestItems {
                file: file.to_owned(),
                responsibility: id.to_owned(),
                found: interest,
            });
        }
        if data.learn_next.get(id).is_none_or(|t| t.trim().is_empty()) {
            return Err(QuizDataError::MissingLearning {
                file: file.to_owned(),
                responsibility: id.to_owned(),
            });
        }
    }

    Ok(())
}

/// The combined role names two or more known roles, each once.
fn validate_combined_role(
    file: &str,
    data: &QuizData,
    catalog: &Catalog,
) -> Result<(), QuizDataError> {
    let combined = &data.combined_role;
    if combined.roles.len() < 2 {
        return Err(QuizDataError::BadScoring {
            file: file.to_owned(),
            problem: "`combined_role` must name at least two roles".to_owned(),
        });
    }
    if let Some(unknown) = combined.roles.iter().find(|r| catalog.role(r).is_none()) {
        return Err(QuizDataError::UnknownRole {
            file: file.to_owned(),
            role: unknown.clone(),
        });
    }
    if let Some(dup) = first_duplicate(combined.roles.iter().map(String::as_str)) {
        return Err(QuizDataError::BadScoring {
            file: file.to_owned(),
            problem: format!("`combined_role` names role `{dup}` twice"),
        });
    }

    Ok(())
}

/// The templates of the answer-quality checks and of the score ranges.
fn trust_templates(data: &QuizData) -> Vec<(String, &str, &'static [&'static str])> {
    vec![
        (
            "`quality.same_answer.sentence`".to_owned(),
            &data.quality.same_answer.sentence,
            COUNT_PLACEHOLDERS,
        ),
        (
            "`quality.acquiescence.high`".to_owned(),
            &data.quality.acquiescence.high,
            SHARE_PLACEHOLDERS,
        ),
        (
            "`quality.acquiescence.low`".to_owned(),
            &data.quality.acquiescence.low,
            SHARE_PLACEHOLDERS,
        ),
        (
            "`quality.inconsistent.sentence`".to_owned(),
            &data.quality.inconsistent.sentence,
            &["pairs"],
        ),
        (
            "`quality.rushed.sentence`".to_owned(),
            &data.quality.rushed.sentence,
            TIMED_PLACEHOLDERS,
        ),
        (
            "`quality.nothing_seen`".to_owned(),
            &data.quality.nothing_seen,
            &[],
        ),
        (
            "`quality.not_checked`".to_owned(),
            &data.quality.not_checked,
            &[],
        ),
        (
            "`ranges.explanation`".to_owned(),
            &data.ranges.explanation,
            &["confidence"],
        ),
        (
            "`ranges.spans_bands`".to_owned(),
            &data.ranges.spans_bands,
            SPANS_PLACEHOLDERS,
        ),
        (
            "`ranges.real_change`".to_owned(),
            &data.ranges.real_change,
            CHANGE_PLACEHOLDERS,
        ),
        (
            "`ranges.within_last`".to_owned(),
            &data.ranges.within_last,
            &[],
        ),
        ("`lean.neither_yet`".to_owned(), &data.lean.neither_yet, &[]),
    ]
}

/// The rater texts of the skill items and the templates of the second opinion.
fn rating_templates(data: &QuizData) -> Vec<(String, &str, &'static [&'static str])> {
    let rating = &data.rating;
    let mut templates: Vec<(String, &str, &'static [&'static str])> = data
        .items
        .iter()
        .filter_map(|item| {
            let text = item.rater_text.as_deref()?;
            Some((
                format!("the `rater_text` of item `{}`", item.id),
                text,
                NAME_PLACEHOLDERS,
            ))
        })
        .collect();
    templates.extend([
        (
            "`rating.prompt`".to_owned(),
            rating.prompt.as_str(),
            NAME_PLACEHOLDERS,
        ),
        (
            "`rating.intro`".to_owned(),
            &rating.intro,
            NAME_PLACEHOLDERS,
        ),
        (
            "`rating.blind_spot`".to_owned(),
            &rating.blind_spot,
            GAP_PLACEHOLDERS,
        ),
        (
            "`rating.hidden_strength`".to_owned(),
            &rating.hidden_strength,
            GAP_PLACEHOLDERS,
        ),
        ("`rating.no_gaps`".to_owned(), &rating.no_gaps, &["gap"]),
        (
            "`rating.not_anonymous`".to_owned(),
            &rating.not_anonymous,
            &["needed"],
        ),
        ("`rating.none_yet`".to_owned(), &rating.none_yet, &[]),
    ]);
    let words = &data.words;
    for (field, text) in [
        ("and", &words.and),
        ("skill", &words.skill),
        ("interest", &words.interest),
        ("low", &words.low),
        ("moderate", &words.moderate),
        ("high", &words.high),
        ("someone", &words.someone),
    ] {
        templates.push((format!("`words.{field}`"), text, &[]));
    }
    templates.push(("`words.range`".to_owned(), &words.range, &["low", "high"]));
    templates.push((
        "`words.change_for`".to_owned(),
        &words.change_for,
        &["change", "role"],
    ));
    templates
}

/// Every sentence template is there and uses only the placeholders it may.
fn validate_templates(file: &str, data: &QuizData) -> Result<(), QuizDataError> {
    let combined = &data.combined_role;
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
            "`lean.too_close`".to_owned(),
            &data.lean.too_close,
            LEAN_TOO_CLOSE_PLACEHOLDERS,
        ),
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
        (
            "`notes.no_strengths`".to_owned(),
            &data.notes.no_strengths,
            &[],
        ),
        (
            "`notes.no_growth_areas`".to_owned(),
            &data.notes.no_growth_areas,
            &[],
        ),
        (
            "`notes.no_skilled_not_drawn`".to_owned(),
            &data.notes.no_skilled_not_drawn,
            &[],
        ),
    ];
    templates.extend(trust_templates(data));
    templates.extend(rating_templates(data));
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
            return Err(empty(file, what));
        }
        let problem = match template::check(text, allowed) {
            Ok(()) => continue,
            Err(problem) => problem,
        };
        let file = file.to_owned();
        return Err(match problem {
            TemplateError::UnknownPlaceholder(placeholder) => QuizDataError::BadPlaceholder {
                file,
                what,
                placeholder,
                allowed: if allowed.is_empty() {
                    "no placeholders".to_owned()
                } else {
                    format!("only {}", template::placeholder_list(allowed))
                },
            },
            TemplateError::Unclosed => QuizDataError::UnclosedPlaceholder { file, what },
            TemplateError::StrayClose => QuizDataError::StrayBrace { file, what },
        });
    }
    Ok(())
}

fn validate_scoring(file: &str, data: &QuizData) -> Result<(), QuizDataError> {
    let scoring = &data.scoring;
    let bad = |problem: String| QuizDataError::BadScoring {
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
    let ranges = &data.ranges;
    if super::z_for(ranges.confidence).is_none() {
        return Err(bad(format!(
            "`ranges.confidence` is {}; it must be 80, 90 or 95",
            ranges.confidence
        )));
    }
    if !(1..=400).contains(&ranges.answer_error) {
        return Err(bad(format!(
            "`ranges.answer_error` is {}; it must be from 1 to 400 hundredths of a point",
            ranges.answer_error
        )));
    }
    let quality = &data.quality;
    for (what, share) in [
        ("quality.same_answer.share", quality.same_answer.share),
        ("quality.acquiescence.share", quality.acquiescence.share),
        ("quality.rushed.share", quality.rushed.share),
    ] {
        if !(1..=100).contains(&share) {
            return Err(bad(format!(
                "`{what}` is {share}; it must be from 1 to 100 percent"
            )));
        }
    }
    if data.rating.point_meanings.len() != SCALE_POINTS
        || data
            .rating
            .point_meanings
            .iter()
            .any(|m| m.trim().is_empty())
    {
        return Err(bad(format!(
            "`rating.point_meanings` must give {SCALE_POINTS} meanings, none empty, one per point of the skill scale"
        )));
    }
    if !(1..=super::MAX_ANSWER).contains(&data.rating.gap) {
        return Err(bad(format!(
            "`rating.gap` is {}; it must be from 1 to {}",
            data.rating.gap,
            super::MAX_ANSWER
        )));
    }
    if !(1..=100).contains(&data.rating.anonymous_from) {
        return Err(bad(format!(
            "`rating.anonymous_from` is {}; it must be from 1 to 100",
            data.rating.anonymous_from
        )));
    }
    if !(1..=super::MAX_ANSWER).contains(&quality.inconsistent.gap) {
        return Err(bad(format!(
            "`quality.inconsistent.gap` is {}; it must be from 1 to {}",
            quality.inconsistent.gap,
            super::MAX_ANSWER
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::domain::quiz::QUIZ_RON;
    use crate::domain::quiz::testing::*;
    use crate::domain::quiz::*;

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
        assert!(matches!(err, QuizDataError::BadId { .. }), "{err}");
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
            matches!(&err, QuizDataError::UnknownResponsibility { responsibility, .. } if responsibility == "po-coffee"),
            "{err}"
        );
    }

    #[test]
    fn responsibility_with_one_skill_item() {
        let err = edited(|d| d.items.retain(|i| i.id != "review-demo")).unwrap_err();
        assert_eq!(
            err,
            QuizDataError::TooFewSkillItems {
                file: "edited.ron".into(),
                responsibility: "po-sprint-review".into(),
                found: 1,
            }
        );
        assert!(err.to_string().contains("has 1 skill item(s)"), "{err}");
    }

    #[test]
    fn responsibility_with_one_interest_item() {
        let err = edited(|d| d.items.retain(|i| i.id != "pricing-interest")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: responsibility `pm-pricing` has 1 interest item(s); it needs at least 2"
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
        assert!(
            matches!(err, QuizDataError::MissingLearning { .. }),
            "{err}"
        );
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
                QuizDataError::ScaleSize {
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
        let QuizDataError::Parse(parse) = &err else {
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
        assert!(matches!(err, QuizDataError::BadScoring { .. }), "{err}");
        let err = edited(|d| d.scoring.moderate_from = 0).unwrap_err();
        assert!(matches!(err, QuizDataError::BadScoring { .. }), "{err}");
        let err = edited(|d| d.lean.margin = 101).unwrap_err();
        assert!(matches!(err, QuizDataError::BadScoring { .. }), "{err}");
        let err = edited(|d| d.combined_role.roles = vec!["pm".into(), "cto".into()]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edited.ron: `combined_role` names role `cto`, which does not exist"
        );
        let err = edited(|d| d.combined_role.roles = vec!["pm".into()]).unwrap_err();
        assert!(matches!(err, QuizDataError::BadScoring { .. }), "{err}");
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
            matches!(err, QuizDataError::UnclosedPlaceholder { .. }),
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
        assert!(matches!(err, QuizDataError::Empty { .. }), "{err}");
    }
}
