//! Scoring: [`score`] and [`score_partial`] turn answers into a [`QuizResult`], with the
//! lean, the combined-role fit and the highlights.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use super::load::RoleInfo;
use super::{
    AnswerError, AnswerTimes, Answers, Band, BandMeanings, BandedScore, CombinedFit, ItemKind,
    Lean, MAX_ANSWER, Quiz, QuizResult, ResponsibilityScore, RoleScore, ScoreRange, check_quality,
    error_of_average, error_of_weighted,
};
use crate::domain::template::render_named;

/// Scores a finished quiz whose answer times are not known: the rushed-answers check says
/// nothing. See [`score_with_times`].
///
/// Fails when an answer names an unknown item or is off the scale, and when any item is
/// unanswered ([`AnswerError::Incomplete`] says how many).
pub fn score(quiz: &Quiz, answers: &Answers) -> Result<QuizResult, AnswerError> {
    score_checked(quiz, answers, None)
}

/// Scores a finished quiz, checking the answer times for rushing too.
///
/// Fails as [`score`] does.
pub fn score_with_times(
    quiz: &Quiz,
    answers: &Answers,
    times: &AnswerTimes,
) -> Result<QuizResult, AnswerError> {
    score_checked(quiz, answers, Some(times))
}

fn score_checked(
    quiz: &Quiz,
    answers: &Answers,
    times: Option<&AnswerTimes>,
) -> Result<QuizResult, AnswerError> {
    answers.validate(quiz)?;
    let missing = answers.missing(quiz).len();
    if missing > 0 {
        return Err(AnswerError::Incomplete {
            missing,
            total: quiz.item_count(),
        });
    }
    Ok(compute(quiz, answers, times))
}

/// Scores whatever is answered so far, for a preview.
///
/// Scores cover answered items only; a responsibility or role with nothing answered on one
/// scale has `None` there. `partial` is set unless every item is answered, in which case the
/// result equals [`score`]'s. Still fails on unknown items and off-scale answers.
pub fn score_partial(quiz: &Quiz, answers: &Answers) -> Result<QuizResult, AnswerError> {
    answers.validate(quiz)?;
    Ok(compute(quiz, answers, None))
}

/// [`score_partial`] with the answer times, so the rushed-answers check runs too.
pub fn score_partial_with_times(
    quiz: &Quiz,
    answers: &Answers,
    times: &AnswerTimes,
) -> Result<QuizResult, AnswerError> {
    answers.validate(quiz)?;
    Ok(compute(quiz, answers, Some(times)))
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

    fn add_some(&mut self, value: Option<u8>) {
        if let Some(value) = value {
            self.add(value);
        }
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

/// The answers behind one responsibility: its skill answers and its interest answers.
#[derive(Default)]
struct Behind {
    skill: Vec<u8>,
    interest: Vec<u8>,
}

fn compute(quiz: &Quiz, answers: &Answers, times: Option<&AnswerTimes>) -> QuizResult {
    let data = &quiz.data;

    let mut behind: BTreeMap<&str, Behind> = BTreeMap::new();
    let mut given = Vec::new();
    for item in &data.items {
        let Some(value) = answers.get(&item.id) else {
            continue;
        };
        given.push(value);
        let answers_behind = behind.entry(item.responsibility.as_str()).or_default();
        match item.kind {
            ItemKind::Skill => answers_behind.skill.push(value),
            ItemKind::Interest => answers_behind.interest.push(value),
        }
    }

    let mut responsibilities = Vec::new();
    let mut roles = Vec::new();
    for role in &quiz.roles {
        let (mut scores, role_score) = score_role(quiz, role, &behind);
        responsibilities.append(&mut scores);
        roles.push(role_score);
    }

    let (lean, lean_summary) = lean(quiz, &roles);
    let combined = combined_fit(quiz, &roles);
    let (strengths, growth_areas, skilled_not_drawn) = highlights(quiz, &responsibilities);

    let answered = given.len();
    let total = quiz.item_count();
    let partial = answered < total;
    let no_preference = answered >= 2 && given.windows(2).all(|pair| pair[0] == pair[1]);
    let quality = check_quality(quiz, answers, times);
    let mut notes = Vec::new();
    // The same-answer check says this and what to do; the note is for too few answers for it.
    if no_preference
        && !quality
            .iter()
            .any(|flag| flag.id == super::QualityCheck::SameAnswer)
    {
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
        quality: Some(quality),
    }
}

/// Scores one role and its responsibilities, each with its range.
fn score_role(
    quiz: &Quiz,
    role: &RoleInfo,
    behind: &BTreeMap<&str, Behind>,
) -> (Vec<ResponsibilityScore>, RoleScore) {
    let scoring = &quiz.data.scoring;
    let method = quiz.range_method();
    let (sw, iw) = (scoring.skill_weight, scoring.interest_weight);
    let weighted = |s: u8, i: u8| {
        to_score(rounded_div(
            u32::from(sw) * u32::from(s) + u32::from(iw) * u32::from(i),
            u32::from(sw) + u32::from(iw),
        ))
    };
    let range = |score: Option<u8>, error: Option<f64>| -> Option<ScoreRange> {
        score.zip(error).map(|(v, e)| method.range(v, e))
    };
    let tally = |values: &[u8]| {
        let mut tally = Tally::default();
        for &v in values {
            tally.add(v);
        }
        tally
    };

    let mut responsibilities = Vec::new();
    let mut role_skill = Tally::default();
    let mut role_interest = Tally::default();
    // Squared standard errors of the responsibility scores that make up the role's.
    let mut skill_errors = Vec::new();
    let mut interest_errors = Vec::new();
    for (id, title) in &role.responsibilities {
        let (skill_answers, interest_answers) = behind
            .get(id.as_str())
            .map_or((&[][..], &[][..]), |b| (&b.skill[..], &b.interest[..]));
        let skill = tally(skill_answers).percent_of_max();
        let interest = tally(interest_answers).percent_of_max();
        role_skill.add_some(skill);
        role_interest.add_some(interest);
        let skill_error = method.error_of_mean(skill_answers);
        let interest_error = method.error_of_mean(interest_answers);
        skill_errors.extend(skill_error);
        interest_errors.extend(interest_error);
        let fit = skill.zip(interest).map(|(s, i)| weighted(s, i));
        let fit_error = skill_error
            .zip(interest_error)
            .map(|(s, i)| error_of_weighted(sw, s, iw, i));
        responsibilities.push(ResponsibilityScore {
            id: id.clone(),
            title: title.clone(),
            role: role.id.clone(),
            role_name: role.name.clone(),
            skill,
            interest,
            skill_range: range(skill, skill_error),
            interest_range: range(interest, interest_error),
            fit,
            fit_range: range(fit, fit_error),
            learn_next: quiz.learn_next(id).unwrap_or_default().to_owned(),
        });
    }

    let banded = |value: u8, meanings: &BandMeanings, error: Option<f64>| BandedScore {
        value,
        band: quiz.band(value),
        meaning: render_named(meanings.get(quiz.band(value)), &[("role", &role.name)]),
        range: error.map(|e| method.range(value, e)),
    };
    let skill = role_skill.mean();
    let interest = role_interest.mean();
    let fit = skill.zip(interest).map(|(s, i)| weighted(s, i));
    let skill_error = error_of_average(&skill_errors);
    let interest_error = error_of_average(&interest_errors);
    let fit_error = skill_error
        .zip(interest_error)
        .map(|(s, i)| error_of_weighted(sw, s, iw, i));
    let score = RoleScore {
        id: role.id.clone(),
        name: role.name.clone(),
        short_name: role.short_name.clone(),
        skill: skill.map(|v| banded(v, &scoring.bands.skill, skill_error)),
        interest: interest.map(|v| banded(v, &scoring.bands.interest, interest_error)),
        fit: fit.map(|v| banded(v, &scoring.bands.fit, fit_error)),
    };
    (responsibilities, score)
}

/// The lean and its summary, following the rules on [`Lean`].
fn lean(quiz: &Quiz, roles: &[RoleScore]) -> (Lean, String) {
    let rules = &quiz.data.lean;
    let mut ranked: Vec<(&RoleScore, &BandedScore)> = roles
        .iter()
        .filter_map(|role| role.fit.as_ref().map(|fit| (role, fit)))
        .collect();
    // Stable: on equal fits, catalog order decides.
    ranked.sort_by_key(|&(_, fit)| Reverse(fit.value));
    let neither = (Lean::NeitherYet, rules.neither_yet.clone());
    let Some(&(top, top_score)) = ranked.first() else {
        return neither;
    };
    let top_fit = top_score.value;
    let runner_up = ranked.get(1).copied();
    if quiz.band(top_fit) != Band::Low
        && let Some((other, other_score)) = runner_up
        && let (Some(range), Some(other_range)) = (top_score.range, other_score.range)
        && range.overlaps(other_range)
    {
        let summary = render_named(
            &rules.too_close,
            &[
                ("role", &top.name),
                ("fit", &top_fit.to_string()),
                ("low", &range.low.to_string()),
                ("high", &range.high.to_string()),
                ("other", &other.name),
                ("other_fit", &other_score.value.to_string()),
                ("other_low", &other_range.low.to_string()),
                ("other_high", &other_range.high.to_string()),
            ],
        );
        return (Lean::TooClose, summary);
    }
    let runner_up = runner_up.map(|(role, fit)| (role, fit.value));
    let lead = top_fit - runner_up.map_or(0, |(_, fit)| fit);
    let towards_top = || {
        let summary = render_named(
            &rules.role,
            &[("role", &top.name), ("fit", &top_fit.to_string())],
        );
        (Lean::Role(top.id.clone()), summary)
    };
    match quiz.band(top_fit) {
        Band::High => towards_top(),
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
    let joined = quiz.data.words.join(&names);
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
    use crate::domain::quiz::testing::*;
    use crate::domain::quiz::*;
    use proptest::prelude::*;

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
            // The same-answer check says it, with what to do, so the note is not repeated.
            let quality = result.quality.as_ref().unwrap();
            assert_eq!(quality[0].id, QualityCheck::SameAnswer, "{v}");
            assert!(result.notes.is_empty(), "{v}: {:?}", result.notes);
            assert_eq!(fit(&result, "pm"), fit(&result, "po"));
        }
        // Too few answers for the check: the note says it.
        let mut few = Answers::new();
        for item in &quiz.items()[..4] {
            few.set(item.id.clone(), 2);
        }
        let result = score_partial(&quiz, &few).unwrap();
        assert!(result.no_preference);
        assert_eq!(result.quality, Some(Vec::new()));
        assert_eq!(result.notes[0], quiz.data().notes.no_preference);
        let mut answers = answer_all(&quiz, |_| 2);
        answers.set("review-demo", 3);
        assert!(!score(&quiz, &answers).unwrap().no_preference);
    }

    #[test]
    fn overlapping_fit_ranges_are_too_close_to_call() {
        let quiz = quiz();
        let result = score(&quiz, &answer_all(&quiz, |_| 4)).unwrap();
        assert_eq!(result.lean, Lean::TooClose);
        assert!(
            result.lean_summary.starts_with(
                "Too close to call: your Product Manager fit (100, range 94 to 100) and your Product Owner fit (100, range 94 to 100) overlap"
            ),
            "{}",
            result.lean_summary
        );
        assert_eq!(result.combined.band, Some(Band::High));
        assert!(result.combined.sentence.contains("strong on both sides"));
        // PM 4s, PO skill 3s and interest 4s: PM 100, PO (75 + 100) / 2 = 88 (rounded up).
        // Twelve points apart, but the ranges (94 to 100, 82 to 94) still meet.
        let answers = answer_all(&quiz, |i| match (role_of(i), i.kind) {
            ("po", ItemKind::Skill) => 3,
            _ => 4,
        });
        let result = score(&quiz, &answers).unwrap();
        assert_eq!((fit(&result, "pm"), fit(&result, "po")), (100, 88));
        let po_range = result.role("po").unwrap().fit.as_ref().unwrap().range;
        assert_eq!(po_range, Some(ScoreRange { low: 82, high: 94 }));
        assert_eq!(result.lean, Lean::TooClose);
        // PO skill 2s: PO fit 75, whose range stops well short of PM's.
        let answers = answer_all(&quiz, |i| match (role_of(i), i.kind) {
            ("po", ItemKind::Skill) => 2,
            _ => 4,
        });
        let result = score(&quiz, &answers).unwrap();
        assert_eq!((fit(&result, "pm"), fit(&result, "po")), (100, 75));
        assert_eq!(result.lean, Lean::Role("pm".into()));
    }

    #[test]
    fn low_or_close_moderate_fits_lean_neither_yet() {
        let quiz = quiz();
        let result = score(&quiz, &answer_all(&quiz, |_| 1)).unwrap();
        assert_eq!(fit(&result, "pm"), 25);
        assert_eq!(result.lean, Lean::NeitherYet);
        assert_eq!(result.lean_summary, quiz.data().lean.neither_yet);
        // Moderate and equal: the ranges overlap.
        let result = score(&quiz, &answer_all(&quiz, |_| 2)).unwrap();
        assert_eq!(fit(&result, "pm"), 50);
        assert_eq!(result.lean, Lean::TooClose);
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
            AnswerError::Incomplete {
                missing: 3,
                total: 40
            }
        );
        assert_eq!(err.to_string(), "3 of 40 quiz items are not answered yet");
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
        assert_eq!((result.answered, result.total), (3, 40));
        assert_eq!(
            result.notes,
            ["This is a preview based on 3 of 40 items; finish the quiz for the full result."]
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
    fn names_are_joined_with_the_files_word() {
        let quiz = quiz();
        let words = &quiz.data().words;
        assert_eq!(words.join(&["A", "B", "C"]), "A, B and C");
        assert_eq!(words.join(&["A", "B"]), "A and B");
        assert_eq!(words.join(&["A"]), "A");
        assert_eq!(words.join::<&str>(&[]), "");
    }

    fn complete_answers() -> impl Strategy<Value = Vec<u8>> {
        proptest::collection::vec(0..=MAX_ANSWER, 40)
    }

    fn partial_answers() -> impl Strategy<Value = Vec<Option<u8>>> {
        proptest::collection::vec(proptest::option::of(0..=MAX_ANSWER), 40)
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
            index in 0..40usize,
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
            index in 0..40usize,
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
