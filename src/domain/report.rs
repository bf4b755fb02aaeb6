//! What a shared report says: the person, the advisor's answer for their team, their quiz
//! result, their earlier attempts and the caveat on what the scores mean.
//!
//! [`Report::new`] works out everything a report shows, once, from the profile's parts and the
//! shipped [`Content`]; the renderers in `crate::export` only lay it out, so the Markdown, HTML
//! and CSV of one report can never disagree about a number.

use super::Content;
use super::advisor::{AdvisorRules, Factor, InputValue, TeamProfile, Verdict, advise};
use super::profile::Profile;
use super::quiz::{Band, BandedScore, QualityCheck, Quiz, QuizResult, ScoreRange};
use super::rating::{OthersView, others_view};
use super::template::render_named;
use crate::i18n::Translator;

/// What the scores are and are not, in `tr`'s language. Every format prints it, and the About
/// box shows the same message.
pub fn disclaimer(tr: &Translator) -> String {
    tr.tr("about-disclaimer")
}

/// A band's display name; the same as [`Band::label`], kept for callers of this path.
pub const fn band_name(band: Band) -> &'static str {
    band.label()
}

/// Everything a report shows, ready to lay out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The person's name as written in the profile; may be empty.
    pub name: String,
    /// The date the report was made, already formatted (e.g. "2026-11-27").
    pub date: String,
    /// The advisor's answer, when the profile describes a team.
    pub team: Option<TeamSection>,
    /// The latest quiz result, when there is one.
    pub result: Option<ResultSection>,
    /// Earlier attempts, in the order the profile keeps them.
    pub history: History,
    /// The person's own notes, as written; may be empty or span several lines.
    pub notes: String,
    /// What others said, when the profile holds ratings and has a result to set them beside.
    pub others: Option<OthersSection>,
}

/// The ratings of the person's skills beside the result the report shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OthersSection {
    /// Per responsibility: the person's skill score, the others' average, spread and raters.
    pub view: OthersView,
    /// The blind spots and hidden strengths (or that there are none), then the warning that
    /// the raters cannot be anonymous when there are too few of them.
    pub sentences: Vec<String>,
}

/// The advisor's verdict for the profile's team, with its inputs, reasons and flips.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamSection {
    /// Combine, Split or no clear winner.
    pub verdict: Verdict,
    /// Sum of the points; positive leans toward Split.
    pub score: i64,
    /// The score that separates Combine from Split.
    pub threshold: i32,
    /// How far from the threshold a score must be for a clear verdict.
    pub margin: i32,
    /// How far the score is from the threshold.
    pub distance: i64,
    /// One line per input, in [`Factor::ALL`] order.
    pub factors: Vec<FactorLine>,
    /// "What would change the answer": one sentence per input that can flip the verdict alone.
    pub flips: Vec<String>,
    /// What to say there instead when `flips` is empty.
    pub no_flip: String,
    /// Sentences about inputs that contradict each other.
    pub warnings: Vec<String>,
}

/// One input of the team profile: what was entered, and what it added to the score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactorLine {
    /// The input.
    pub factor: Factor,
    /// Its form label, e.g. "Engineers".
    pub label: String,
    /// The value as entered, in words, e.g. "40", "part-time" or "4 of 5".
    pub value: String,
    /// Points added; positive toward Split, negative toward Combine.
    pub points: i32,
    /// Why, in a sentence.
    pub reason: String,
}

/// A quiz result with the bands of its per-responsibility scores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultSection {
    /// The result as scored.
    pub result: QuizResult,
    /// One line per responsibility, in the result's (catalog) order.
    pub responsibilities: Vec<ResponsibilityLine>,
    /// The lowest score in the moderate band.
    pub moderate_from: u8,
    /// The lowest score in the high band.
    pub high_from: u8,
    /// Said when there are no strengths (from `data/quiz.ron`).
    pub no_strengths: String,
    /// Said when there are no growth areas (from `data/quiz.ron`).
    pub no_growth_areas: String,
    /// "How much to trust this result": what the answer-quality checks saw, or that they saw
    /// nothing, or that the result was kept before they existed.
    pub quality: Vec<QualityLine>,
    /// How the ranges are worked out, in a sentence (from `data/quiz.ron`).
    pub range_explanation: String,
    /// Each role's fit since the attempt before this one; empty for a first attempt.
    pub since_last: Vec<FitChange>,
    /// Per role (in the result's order): its scores in words with their ranges.
    pub role_words: Vec<RoleWords>,
}

/// A role's three scores in words, each with its band and range, e.g. "72 (high), range 64
/// to 80", or "not scored yet".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleWords {
    /// The fit.
    pub fit: String,
    /// The skill score.
    pub skill: String,
    /// The interest score.
    pub interest: String,
}

/// One line of "How much to trust this result".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QualityLine {
    /// The check that spoke up; `None` for "nothing seen" and "not checked".
    pub check: Option<QualityCheck>,
    /// What it saw and what to do.
    pub sentence: String,
}

/// How a role's fit moved between two attempts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FitChange {
    /// The role's abbreviation.
    pub role: String,
    /// Later fit minus earlier fit.
    pub change: i16,
    /// Whether the change is larger than the ranges; `None` when neither attempt has one.
    pub real: Option<bool>,
    /// The change in words: "+12 for PM, more than the ranges of both attempts", or "PM:
    /// within the range of the last attempt".
    pub sentence: String,
}

/// Whether `later` moved beyond the ranges from `earlier`: each score lies outside the other
/// attempt's range. With one range, the other score must lie outside it; with none, nothing
/// can be said.
pub fn is_real_change(
    earlier: u8,
    earlier_range: Option<ScoreRange>,
    later: u8,
    later_range: Option<ScoreRange>,
) -> Option<bool> {
    match (earlier_range, later_range) {
        (None, None) => None,
        (old, new) => {
            Some(old.is_none_or(|r| !r.contains(later)) && new.is_none_or(|r| !r.contains(earlier)))
        }
    }
}

/// How each role's fit moved from `earlier` to `later`, for the roles both attempts scored.
pub fn fit_changes(earlier: &QuizResult, later: &QuizResult, quiz: &Quiz) -> Vec<FitChange> {
    let rules = &quiz.data().ranges;
    later
        .roles
        .iter()
        .filter_map(|role| {
            let new = role.fit.as_ref()?;
            let old = earlier.role(&role.id)?.fit.as_ref()?;
            let change = i16::from(new.value) - i16::from(old.value);
            let real = is_real_change(old.value, old.range, new.value, new.range);
            // A real minus sign, as the exports write it.
            let signed = match change {
                c if c > 0 => format!("+{c}"),
                c if c < 0 => format!("−{}", c.unsigned_abs()),
                _ => "0".to_owned(),
            };
            let sentence = match real {
                Some(true) => render_named(
                    &rules.real_change,
                    &[("change", &signed), ("role", &role.short_name)],
                ),
                Some(false) => format!("{}: {}", role.short_name, rules.within_last),
                None => render_named(
                    &quiz.data().words.change_for,
                    &[("change", &signed), ("role", &role.short_name)],
                ),
            };
            Some(FitChange {
                role: role.short_name.clone(),
                change,
                real,
                sentence,
            })
        })
        .collect()
}

/// A score in words with its band and range: "72 (high), range 64 to 80", or, when the
/// range crosses a band boundary, "72 (high); the range 64 to 80 spans moderate and high".
pub fn score_words(score: &BandedScore, quiz: &Quiz) -> String {
    let words = &quiz.data().words;
    let base = format!("{} ({})", score.value, words.band(score.band));
    match score.range {
        None => base,
        Some(range) => {
            if let Some(spans) = quiz.range_spans(range) {
                format!("{base}; {spans}")
            } else {
                let (low, high) = (range.low.to_string(), range.high.to_string());
                let range = render_named(&words.range, &[("low", &low), ("high", &high)]);
                format!("{base}, {range}")
            }
        }
    }
}

/// What "How much to trust this result" says for `result`.
pub fn quality_lines(result: &QuizResult, quiz: &Quiz) -> Vec<QualityLine> {
    let rules = &quiz.data().quality;
    match &result.quality {
        None => vec![QualityLine {
            check: None,
            sentence: rules.not_checked.clone(),
        }],
        Some(flags) if flags.is_empty() => vec![QualityLine {
            check: None,
            sentence: rules.nothing_seen.clone(),
        }],
        Some(flags) => flags
            .iter()
            .map(|flag| QualityLine {
                check: Some(flag.id),
                sentence: flag.sentence.clone(),
            })
            .collect(),
    }
}

/// One responsibility's scores with their bands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponsibilityLine {
    /// Responsibility id, e.g. "pm-vision".
    pub id: String,
    /// Its title.
    pub title: String,
    /// Id of its role.
    pub role: String,
    /// The role's abbreviation, e.g. "PM".
    pub role_short_name: String,
    /// Skill score and band; `None` when none of its skill items is answered.
    pub skill: Option<(u8, Band)>,
    /// Interest score and band; `None` when its interest items are unanswered.
    pub interest: Option<(u8, Band)>,
    /// The range around the skill score; `None` in results kept before ranges.
    pub skill_range: Option<ScoreRange>,
    /// The range around the interest score.
    pub interest_range: Option<ScoreRange>,
}

/// Earlier attempts as a table: one column per role any of them scored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    /// Role abbreviations heading the columns, in the order they first appear.
    pub roles: Vec<String>,
    /// One row per attempt.
    pub attempts: Vec<Attempt>,
}

/// One earlier attempt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempt {
    /// When it was taken, as stored.
    pub date: String,
    /// Fit and band per column of [`History::roles`]; `None` where that attempt has none.
    pub fits: Vec<Option<(u8, Band)>>,
    /// Items answered.
    pub answered: usize,
    /// Items in the quiz then.
    pub total: usize,
    /// The lean in a sentence, as scored then.
    pub lean_summary: String,
    /// How its fits moved since the attempt before it, in words; empty for the oldest.
    pub change: String,
}

impl Report {
    /// Builds a report, running the advisor on `team` and banding `result` with the shipped
    /// quiz's thresholds. `history` holds earlier attempts as (date, result).
    pub fn new(
        content: &Content,
        name: impl Into<String>,
        date: impl Into<String>,
        team: Option<&TeamProfile>,
        result: Option<QuizResult>,
        history: &[(String, QuizResult)],
        notes: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            date: date.into(),
            team: team.map(|profile| TeamSection::new(profile, &content.advisor)),
            result: result.map(|result| {
                let mut section = ResultSection::new(result, &content.quiz);
                if let Some((_, previous)) = history.first() {
                    section.since_last = fit_changes(previous, &section.result, &content.quiz);
                }
                section
            }),
            history: History::new(history, &content.quiz),
            notes: notes.into(),
            others: None,
        }
    }

    /// The report of a profile, dated `date`: its newest quiz result as the result, the
    /// results before it (newest first) as the history, and its ratings beside the result.
    pub fn from_profile(content: &Content, profile: &Profile, date: impl Into<String>) -> Self {
        let mut past = profile.results.iter().rev();
        let latest = past.next().map(|p| p.result.clone());
        let history: Vec<(String, QuizResult)> =
            past.map(|p| (day(p.taken_at), p.result.clone())).collect();
        let mut report = Self::new(
            content,
            profile.name.clone(),
            date,
            profile.team.as_ref(),
            latest,
            &history,
            profile.notes.clone(),
        );
        if let Some(section) = &report.result
            && !profile.ratings.is_empty()
        {
            let view = others_view(&content.quiz, &section.result, &profile.ratings);
            let sentences = view.sentences(&content.quiz);
            report.others = Some(OthersSection { view, sentences });
        }
        report
    }

    /// The report's heading in `tr`'s language: the title, and the name when there is one.
    pub fn title(&self, tr: &Translator) -> String {
        let name = self.name.trim();
        let title = tr.tr("export-title");
        if name.is_empty() {
            title
        } else {
            format!("{title}: {name}")
        }
    }
}

impl TeamSection {
    /// The advisor's answer for `profile`, with its sentences rendered.
    pub fn new(profile: &TeamProfile, rules: &AdvisorRules) -> Self {
        let advice = advise(profile, rules);
        let factors = advice
            .contributions
            .iter()
            .map(|c| FactorLine {
                factor: c.factor,
                label: rules.label(c.factor).to_owned(),
                value: value_text(rules, c.factor, profile.value(c.factor)),
                points: c.points,
                reason: c.reason.clone(),
            })
            .collect();
        Self {
            verdict: advice.verdict,
            score: advice.score,
            threshold: advice.threshold,
            margin: advice.margin,
            distance: advice.distance,
            factors,
            flips: advice.flip_sentences(rules),
            no_flip: rules.no_flip_sentence().to_owned(),
            warnings: profile.warnings(rules),
        }
    }
}

/// Several roles' changes in one line: "+12 for PM, more than the ranges of both attempts;
/// PO: within the range of the last attempt".
pub fn change_words(changes: &[FitChange]) -> String {
    changes
        .iter()
        .map(|c| c.sentence.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

/// A moment as reports and screens show it: its ISO 8601 day, e.g. `2026-11-27`.
pub fn day(at: time::OffsetDateTime) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        at.year(),
        u8::from(at.month()),
        at.day()
    )
}

/// An input's value in words; a 1-5 scale says what it is out of.
fn value_text(rules: &AdvisorRules, factor: Factor, value: InputValue) -> String {
    let text = rules.value_text(value);
    match TeamProfile::range(factor) {
        Some(range) if rules.scale_ends(factor).is_some() => {
            let max = range.end().to_string();
            render_named(&rules.scale_value, &[("value", &text), ("max", &max)])
        }
        _ => text,
    }
}

impl ResultSection {
    /// `result` with its per-responsibility scores banded by `quiz`'s thresholds.
    pub fn new(result: QuizResult, quiz: &Quiz) -> Self {
        let responsibilities = result
            .responsibilities
            .iter()
            .map(|r| ResponsibilityLine {
                id: r.id.clone(),
                title: r.title.clone(),
                role: r.role.clone(),
                role_short_name: result
                    .role(&r.role)
                    .map_or_else(|| r.role_name.clone(), |role| role.short_name.clone()),
                skill: r.skill.map(|v| (v, quiz.band(v))),
                interest: r.interest.map(|v| (v, quiz.band(v))),
                skill_range: r.skill_range,
                interest_range: r.interest_range,
            })
            .collect();
        let scoring = quiz.scoring();
        let notes = quiz.notes();
        let ranges = &quiz.data().ranges;
        Self {
            responsibilities,
            moderate_from: scoring.moderate_from,
            high_from: scoring.high_from,
            no_strengths: notes.no_strengths.clone(),
            no_growth_areas: notes.no_growth_areas.clone(),
            quality: quality_lines(&result, quiz),
            range_explanation: render_named(
                &ranges.explanation,
                &[("confidence", &ranges.confidence.to_string())],
            ),
            since_last: Vec::new(),
            role_words: result
                .roles
                .iter()
                .map(|r| {
                    let words = |score: Option<&BandedScore>| {
                        score.map_or_else(
                            || super::quiz::NOT_SCORED.to_owned(),
                            |s| score_words(s, quiz),
                        )
                    };
                    RoleWords {
                        fit: words(r.fit.as_ref()),
                        skill: words(r.skill.as_ref()),
                        interest: words(r.interest.as_ref()),
                    }
                })
                .collect(),
            result,
        }
    }

    /// The line for the responsibility with this id.
    pub fn responsibility(&self, id: &str) -> Option<&ResponsibilityLine> {
        self.responsibilities.iter().find(|r| r.id == id)
    }
}

impl History {
    /// The table of `attempts`, given as (date, result), newest first; each attempt's change
    /// is measured against the one after it in the list (the attempt before it in time).
    pub fn new(attempts: &[(String, QuizResult)], quiz: &Quiz) -> Self {
        let mut roles: Vec<(&str, &str)> = Vec::new();
        for (_, result) in attempts {
            for role in &result.roles {
                if !roles.iter().any(|(id, _)| *id == role.id) {
                    roles.push((&role.id, &role.short_name));
                }
            }
        }
        let rows = attempts
            .iter()
            .enumerate()
            .map(|(index, (date, result))| Attempt {
                date: date.clone(),
                fits: roles
                    .iter()
                    .map(|(id, _)| {
                        let fit = result.role(id)?.fit.as_ref()?;
                        Some((fit.value, fit.band))
                    })
                    .collect(),
                answered: result.answered,
                total: result.total,
                lean_summary: result.lean_summary.clone(),
                change: attempts
                    .get(index + 1)
                    .map_or_else(String::new, |(_, before)| {
                        change_words(&fit_changes(before, result, quiz))
                    }),
            })
            .collect();
        Self {
            roles: roles
                .into_iter()
                .map(|(_, short)| short.to_owned())
                .collect(),
            attempts: rows,
        }
    }

    /// Whether there are no earlier attempts.
    pub fn is_empty(&self) -> bool {
        self.attempts.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::advisor::Research;
    use crate::domain::quiz::{Answers, ItemKind, score, score_partial};

    fn content() -> Content {
        Content::shipped().expect("shipped content is valid")
    }

    /// Answers every item: skill items with `skill`, interest items with `interest`.
    fn answers(content: &Content, skill: u8, interest: u8) -> Answers {
        content
            .quiz
            .items()
            .iter()
            .map(|item| {
                let value = match item.kind {
                    ItemKind::Skill => skill,
                    ItemKind::Interest => interest,
                };
                (item.id.clone(), value)
            })
            .collect()
    }

    #[test]
    fn team_section_follows_the_advisor() {
        let content = content();
        let team = TeamProfile {
            engineers: 300,
            teams: 6,
            research: Research::FullTime,
            backlog_complexity: 5,
            switching: 2,
            speed_priority: 2,
        };
        let report = Report::new(&content, "Ana", "2026-11-27", Some(&team), None, &[], "");
        let section = report.team.expect("a team was given");
        let advice = advise(&team, &content.advisor);
        assert_eq!(section.verdict, Verdict::Split);
        assert_eq!(section.verdict, advice.verdict);
        assert_eq!(section.score, advice.score);
        assert_eq!(section.factors.len(), Factor::ALL.len());
        let points: i64 = section.factors.iter().map(|f| i64::from(f.points)).sum();
        assert_eq!(points, section.score);
        assert_eq!(section.factors[0].label, "Engineers");
        assert_eq!(section.factors[0].value, "300");
        assert_eq!(section.factors[2].value, "full-time");
        assert_eq!(section.factors[3].value, "5 of 5");
        assert_eq!(section.flips, advice.flip_sentences(&content.advisor));
        assert_eq!(section.no_flip, content.advisor.no_flip_sentence());
        assert!(report.result.is_none());
        assert!(report.history.is_empty());
    }

    #[test]
    fn contradictory_team_keeps_its_warning() {
        let content = content();
        let team = TeamProfile {
            engineers: 3,
            teams: 5,
            ..TeamProfile::default()
        };
        let report = Report::new(&content, "", "d", Some(&team), None, &[], "");
        let section = report.team.expect("a team was given");
        assert_eq!(section.warnings, team.warnings(&content.advisor));
        assert_eq!(section.warnings.len(), 1);
    }

    #[test]
    fn responsibilities_are_banded_with_the_quiz_thresholds() {
        let content = content();
        let result = score(&content.quiz, &answers(&content, 3, 1)).expect("complete");
        let report = Report::new(&content, "Ana", "d", None, Some(result.clone()), &[], "");
        let section = report.result.expect("a result was given");
        assert_eq!(
            section.responsibilities.len(),
            result.responsibilities.len()
        );
        let first = &section.responsibilities[0];
        assert_eq!(first.role_short_name, "PM");
        assert_eq!(first.skill, Some((75, Band::High)));
        assert_eq!(first.interest, Some((25, Band::Low)));
        assert_eq!((section.moderate_from, section.high_from), (40, 70));
        assert_eq!(section.result, result);
    }

    #[test]
    fn partial_results_keep_missing_scores_empty() {
        let content = content();
        let mut partial = Answers::new();
        partial.set("vision-write", 4);
        let result = score_partial(&content.quiz, &partial).expect("valid answers");
        let section = ResultSection::new(result, &content.quiz);
        let vision = section.responsibility("pm-vision").expect("exists");
        assert_eq!(vision.skill, Some((100, Band::High)));
        assert_eq!(vision.interest, None);
        assert_eq!(section.responsibilities[1].skill, None);
    }

    #[test]
    fn history_has_a_column_per_role() {
        let content = content();
        let low = score(&content.quiz, &answers(&content, 0, 0)).expect("complete");
        let high = score(&content.quiz, &answers(&content, 4, 4)).expect("complete");
        let history = History::new(
            &[
                ("2026-01-02".to_owned(), low),
                ("2026-03-04".to_owned(), high),
            ],
            &content.quiz,
        );
        assert_eq!(history.roles, ["PM", "PO"]);
        assert_eq!(history.attempts.len(), 2);
        assert_eq!(history.attempts[0].date, "2026-01-02");
        assert_eq!(
            history.attempts[0].fits,
            [Some((0, Band::Low)), Some((0, Band::Low))]
        );
        assert_eq!(
            history.attempts[1].fits,
            [Some((100, Band::High)), Some((100, Band::High))]
        );
        assert_eq!(history.attempts[1].answered, 40);
        // Each row says how it moved from the attempt listed after it (the one before it).
        assert_eq!(
            history.attempts[0].change,
            "−100 for PM, more than the ranges of both attempts; −100 for PO, more than the ranges of both attempts"
        );
        assert_eq!(history.attempts[1].change, "");
    }

    #[test]
    fn a_change_is_real_only_beyond_both_ranges() {
        let range = |low, high| Some(ScoreRange { low, high });
        assert_eq!(
            is_real_change(50, range(40, 60), 70, range(62, 78)),
            Some(true)
        );
        // The new score is inside the old range.
        assert_eq!(
            is_real_change(50, range(40, 60), 58, range(50, 66)),
            Some(false)
        );
        // The old score is inside the new, wider range.
        assert_eq!(
            is_real_change(50, range(45, 55), 70, range(48, 92)),
            Some(false)
        );
        // An old result without a range: only the new range counts.
        assert_eq!(is_real_change(50, None, 70, range(62, 78)), Some(true));
        assert_eq!(is_real_change(50, None, 55, range(47, 63)), Some(false));
        assert_eq!(is_real_change(50, None, 70, None), None);
    }

    #[test]
    fn the_latest_result_says_how_it_moved_and_how_far_to_trust_it() {
        let content = content();
        let quiz = &content.quiz;
        let before = score(quiz, &answers(&content, 2, 2)).expect("complete");
        let slightly = score(quiz, &answers(&content, 2, 3)).expect("complete");
        let report = Report::new(
            &content,
            "A",
            "d",
            None,
            Some(slightly.clone()),
            &[("2026-01-02".to_owned(), before.clone())],
            "",
        );
        let section = report.result.expect("a result");
        // 50 -> 63 for both roles: the ranges (about 6 points each side) do not reach.
        assert_eq!(
            change_words(&section.since_last),
            "+13 for PM, more than the ranges of both attempts; +13 for PO, more than the ranges of both attempts"
        );
        assert_eq!(section.role_words[0].fit, "63 (moderate), range 57 to 69");
        // Considered answers: nothing seen.
        assert_eq!(section.quality.len(), 1);
        assert_eq!(section.quality[0].check, None);
        assert_eq!(
            section.quality[0].sentence,
            quiz.data().quality.nothing_seen
        );
        // A result kept before the checks and ranges existed says so.
        let mut old = before;
        old.quality = None;
        for role in &mut old.roles {
            if let Some(fit) = &mut role.fit {
                fit.range = None;
            }
        }
        let old_section = ResultSection::new(old.clone(), quiz);
        assert_eq!(
            old_section.quality[0].sentence,
            quiz.data().quality.not_checked
        );
        assert_eq!(old_section.role_words[0].fit, "50 (moderate)");
        // A small move within the new range is not a real change.
        let mut nudged = answers(&content, 2, 2);
        nudged.set("vision-write", 3);
        nudged.set("vision-share", 3);
        let nudged = score(quiz, &nudged).expect("complete");
        let changes = fit_changes(&old, &nudged, quiz);
        assert_eq!(changes[0].change, 3);
        assert_eq!(changes[0].real, Some(false));
        assert_eq!(
            changes[0].sentence,
            "PM: within the range of the last attempt"
        );
    }

    #[test]
    fn title_leaves_out_a_blank_name() {
        let content = content();
        let en = Translator::new(crate::i18n::Language::English);
        let de = Translator::new(crate::i18n::Language::German);
        let named = Report::new(&content, " Ana ", "d", None, None, &[], "");
        assert_eq!(named.title(&en), "Career Explorer report: Ana");
        assert_eq!(named.title(&de), "Career-Explorer-Bericht: Ana");
        let unnamed = Report::new(&content, "  ", "d", None, None, &[], "");
        assert_eq!(unnamed.title(&en), "Career Explorer report");
    }
}
