//! Fixtures shared by the team view's unit tests: the shipped content, members with results
//! made by answering the real quiz or with chosen fits, and proptest strategies for teams.

use std::sync::OnceLock;

use proptest::prelude::*;
use time::macros::datetime;

use super::{Member, MemberRef, Team};
use crate::domain::Content;
use crate::domain::profile::PastResult;
pub(super) use crate::domain::quiz::ItemKind as Kind;
use crate::domain::quiz::{Answers, BandedScore, QuizResult, score_partial};

pub(super) fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| Content::shipped().expect("the shipped content is valid"))
}

/// The role id of a quiz item: its responsibility's prefix (`pm-vision` -> `pm`).
fn role_of(responsibility: &str) -> &str {
    responsibility.split('-').next().unwrap_or_default()
}

/// A member holding `result`, taken on a fixed date.
pub(super) fn member_with_result(name: &str, id: &str, result: QuizResult) -> Member {
    Member {
        name: name.to_owned(),
        profile_id: id.to_owned(),
        latest_result: Some(PastResult {
            taken_at: datetime!(2025-03-14 09:30:00 +01:00),
            result,
        }),
    }
}

/// A member who answered every item: `f` gives the answer from the item's role and kind.
pub(super) fn member_answering(name: &str, id: &str, f: impl Fn(&str, Kind) -> u8) -> Member {
    let quiz = &content().quiz;
    let answers: Answers = quiz
        .items()
        .iter()
        .map(|i| (i.id.clone(), f(role_of(&i.responsibility), i.kind)))
        .collect();
    let result = score_partial(quiz, &answers).expect("answers are on the scale");
    member_with_result(name, id, result)
}

/// A member who answered only `answers`.
pub(super) fn member_with_answers(name: &str, id: &str, answers: &[(&str, u8)]) -> Member {
    let answers: Answers = answers.iter().map(|&(i, v)| (i.to_owned(), v)).collect();
    let result = score_partial(&content().quiz, &answers).expect("answers are valid");
    member_with_result(name, id, result)
}

/// A member whose result gives these PM and PO fits (and the lower as the combined fit); a
/// `None` fit is one a partial result does not have yet.
pub(super) fn member_with_fits(name: &str, id: &str, pm: Option<u8>, po: Option<u8>) -> Member {
    let quiz = &content().quiz;
    let mut result = score_partial(quiz, &Answers::new()).expect("no answers is valid");
    for role in &mut result.roles {
        let fit = match role.id.as_str() {
            "pm" => pm,
            _ => po,
        };
        role.fit = fit.map(|value| BandedScore {
            value,
            band: quiz.band(value),
            meaning: String::new(),
            range: None,
        });
    }
    result.combined.fit = pm.zip(po).map(|(a, b)| a.min(b));
    result.combined.band = result.combined.fit.map(|f| quiz.band(f));
    member_with_result(name, id, result)
}

pub(super) fn no_result(name: &str, id: &str) -> Member {
    Member {
        name: name.to_owned(),
        profile_id: id.to_owned(),
        latest_result: None,
    }
}

pub(super) fn team_of(members: Vec<Member>) -> Team {
    Team {
        members,
        ..Team::new("Payments", "scrum")
    }
}

pub(super) fn names(members: &[MemberRef]) -> Vec<&str> {
    members.iter().map(|m| m.name.as_str()).collect()
}

/// A member with random answers (some unanswered), or with no result.
fn arb_member(index: usize) -> impl Strategy<Value = Member> {
    let items = content().quiz.item_count();
    prop::option::weighted(
        0.85,
        prop::collection::vec(prop::option::weighted(0.9, 0..=4u8), items),
    )
    .prop_map(move |answers| {
        let name = format!("Member {index}");
        let id = format!("id-{index}");
        let Some(answers) = answers else {
            return no_result(&name, &id);
        };
        let quiz = &content().quiz;
        let answers: Answers = quiz
            .items()
            .iter()
            .zip(answers)
            .filter_map(|(item, value)| value.map(|v| (item.id.clone(), v)))
            .collect();
        let result = score_partial(quiz, &answers).expect("answers are on the scale");
        member_with_result(&name, &id, result)
    })
}

/// A team of up to `max` members with random results.
pub(super) fn arb_team(max: usize) -> impl Strategy<Value = Team> {
    (0..=max).prop_flat_map(|n| (0..n).map(arb_member).collect::<Vec<_>>().prop_map(team_of))
}
