//! Fixtures shared by the quiz's unit tests: the shipped catalog and quiz, edited copies of
//! the quiz, and helpers to answer it and read results.

use super::*;
use crate::domain::catalog::Catalog;

pub(super) fn catalog() -> Catalog {
    Catalog::shipped().expect("the shipped catalog is valid")
}

pub(super) fn quiz() -> Quiz {
    Quiz::shipped(&catalog()).expect("the shipped quiz is valid")
}

/// The shipped quiz data, edited by `f`, written out as RON, parsed and validated.
pub(super) fn edited(f: impl FnOnce(&mut QuizData)) -> Result<Quiz, QuizDataError> {
    let mut data = quiz().data().clone();
    f(&mut data);
    let text =
        ron::ser::to_string_pretty(&data, ron::ser::PrettyConfig::default()).expect("writes");
    Quiz::from_ron("edited.ron", &text, &catalog())
}

/// Answers every item: `f` gives the value from the item.
pub(super) fn answer_all(quiz: &Quiz, f: impl Fn(&Item) -> u8) -> Answers {
    quiz.items().iter().map(|i| (i.id.clone(), f(i))).collect()
}

pub(super) fn role_of(item: &Item) -> &str {
    item.responsibility.split('-').next().expect("has a prefix")
}

pub(super) fn value(score: Option<&BandedScore>) -> Option<u8> {
    score.map(|s| s.value)
}

pub(super) fn fit(result: &QuizResult, role: &str) -> u8 {
    value(result.role(role).and_then(|r| r.fit.as_ref())).expect("fit is known")
}
