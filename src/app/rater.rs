//! Answering someone's rating request: the rater's own small quiz, kept apart from the open
//! profile so a rater's answers never mix with the person's own.

use std::path::PathBuf;

use time::OffsetDateTime;

use crate::domain::quiz::{Answers, Quiz};
use crate::domain::rating::{Rating, RatingFile, RatingRequest};

/// A rating request being answered.
#[derive(Clone, Debug)]
pub struct RaterSession {
    /// The request, as read.
    pub request: RatingRequest,
    /// The quiz as the rater sees it: the requested skill items, worded about the person.
    pub quiz: Quiz,
    /// The rater's answers so far.
    pub answers: Answers,
    /// The rater's name, as typed; blank or `anonymous` leaves it out of the rating.
    pub rater: String,
    /// Whether the rater stays anonymous.
    pub anonymous: bool,
    /// Where the rating was last saved; answers changed since are unsaved.
    pub saved_to: Option<PathBuf>,
    /// Whether there are answers not yet saved in a rating.
    pub dirty: bool,
    /// Tells one session from the next, so the screen starts each at its first item.
    pub generation: u64,
}

impl RaterSession {
    /// A new session for `request`, its items taken from `quiz` in the request's order.
    pub fn new(request: RatingRequest, quiz: &Quiz, generation: u64) -> Self {
        Self {
            quiz: quiz.for_rater(&request),
            request,
            answers: Answers::default(),
            rater: String::new(),
            anonymous: false,
            saved_to: None,
            dirty: false,
            generation,
        }
    }

    /// The rating as it would be saved now.
    pub fn rating(&self, now: OffsetDateTime) -> RatingFile {
        let name = self.rater.trim();
        RatingFile {
            profile_id: self.request.profile_id.clone(),
            name: self.request.name.clone(),
            rating: Rating {
                rater: (!self.anonymous && !name.is_empty()).then(|| name.to_owned()),
                rated_at: now,
                answers: self.answers.clone(),
            },
        }
    }
}
