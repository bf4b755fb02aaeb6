//! A person's [`Answers`] to the quiz and when they gave them ([`AnswerTimes`]), as a profile
//! stores them.

use std::collections::BTreeMap;

use std::fmt;

use serde::de::{Error as _, MapAccess, Visitor};
use serde::ser::{Error as _, SerializeMap as _};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::format_description::well_known::Rfc3339;
use time::{OffsetDateTime, UtcOffset};

use super::{AnswerError, MAX_ANSWER, Quiz};
use crate::domain::profile::rfc3339_date;

/// A person's answers: item id -> value from 0 to [`MAX_ANSWER`]. May be incomplete.
///
/// Stored in profiles as a plain map, e.g. `{"vision-write": 3}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(BTreeMap<String, u8>);

impl Answers {
    /// No answers yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Answers `item` with `value`, returning the earlier answer. Values are checked by
    /// [`Answers::validate`] and when scoring.
    pub fn set(&mut self, item: impl Into<String>, value: u8) -> Option<u8> {
        self.0.insert(item.into(), value)
    }

    /// The answer to `item`.
    pub fn get(&self, item: &str) -> Option<u8> {
        self.0.get(item).copied()
    }

    /// Removes the answer to `item`, returning it.
    pub fn clear(&mut self, item: &str) -> Option<u8> {
        self.0.remove(item)
    }

    /// How many items are answered.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether nothing is answered.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every answer, by item id.
    pub fn iter(&self) -> impl Iterator<Item = (&str, u8)> {
        self.0.iter().map(|(id, value)| (id.as_str(), *value))
    }

    /// Whether every item of `quiz` is answered.
    pub fn is_complete(&self, quiz: &Quiz) -> bool {
        quiz.items()
            .iter()
            .all(|item| self.0.contains_key(&item.id))
    }

    /// Ids of the items of `quiz` not answered yet, in the order they are asked.
    pub fn missing<'q>(&self, quiz: &'q Quiz) -> Vec<&'q str> {
        quiz.items()
            .iter()
            .filter(|item| !self.0.contains_key(&item.id))
            .map(|item| item.id.as_str())
            .collect()
    }

    /// Checks that every answer names an item of `quiz` and is on the scale.
    pub fn validate(&self, quiz: &Quiz) -> Result<(), AnswerError> {
        for (id, &value) in &self.0 {
            if quiz.item(id).is_none() {
                return Err(AnswerError::UnknownItem { item: id.clone() });
            }
            if value > MAX_ANSWER {
                return Err(AnswerError::OutOfRange {
                    item: id.clone(),
                    value,
                });
            }
        }
        Ok(())
    }
}

impl FromIterator<(String, u8)> for Answers {
    fn from_iter<T: IntoIterator<Item = (String, u8)>>(iter: T) -> Self {
        Self(iter.into_iter().collect())
    }
}

/// When each answer was last given: item id -> date and time. May hold fewer items than the
/// [`Answers`] (a profile from before times were kept has none).
///
/// The quiz uses the gaps between answers to see whether they came faster than the items can
/// be read. Stored in profiles as a map of RFC 3339 texts, e.g.
/// `{"vision-write": "2026-11-28T10:00:03.25Z"}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnswerTimes(BTreeMap<String, OffsetDateTime>);

impl AnswerTimes {
    /// No times yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records that `item` was answered at `at`.
    ///
    /// An offset with seconds cannot be written in RFC 3339, so such a time is kept in UTC;
    /// the moment is the same.
    pub fn set(&mut self, item: impl Into<String>, at: OffsetDateTime) {
        let at = if at.offset().seconds_past_minute() == 0 {
            at
        } else {
            at.checked_to_offset(UtcOffset::UTC).unwrap_or(at)
        };
        self.0.insert(item.into(), at);
    }

    /// When `item` was last answered.
    pub fn get(&self, item: &str) -> Option<OffsetDateTime> {
        self.0.get(item).copied()
    }

    /// Forgets when `item` was answered (its answer was cleared).
    pub fn clear(&mut self, item: &str) {
        self.0.remove(item);
    }

    /// How many items have a time.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no item has a time.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every time, by item id.
    pub fn iter(&self) -> impl Iterator<Item = (&str, OffsetDateTime)> {
        self.0.iter().map(|(id, at)| (id.as_str(), *at))
    }

    /// Checks that every time belongs to an answered item of `quiz`: a time without an answer
    /// is a mistake in a hand-edited file.
    pub fn validate(&self, quiz: &Quiz, answers: &Answers) -> Result<(), AnswerError> {
        for id in self.0.keys() {
            // Answers are checked against the quiz first, so an unknown item lands here too.
            if quiz.item(id).is_none() || answers.get(id).is_none() {
                return Err(AnswerError::TimeWithoutAnswer { item: id.clone() });
            }
        }
        Ok(())
    }
}

impl Serialize for AnswerTimes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (id, at) in &self.0 {
            let text = at.format(&Rfc3339).map_err(S::Error::custom)?;
            map.serialize_entry(id, &text)?;
        }
        map.end()
    }
}

/// Checked while parsing, so a bad date or an item timed twice is reported at its line and
/// column.
impl<'de> Deserialize<'de> for AnswerTimes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TimesVisitor;

        impl<'de> Visitor<'de> for TimesVisitor {
            type Value = AnswerTimes;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map from quiz item ids to RFC 3339 dates and times")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<AnswerTimes, A::Error> {
                let mut times = BTreeMap::new();
                while let Some((item, text)) = map.next_entry::<String, String>()? {
                    let at = rfc3339_date::parse(&text).map_err(A::Error::custom)?;
                    if times.insert(item.clone(), at).is_some() {
                        return Err(A::Error::custom(format!(
                            "quiz item `{item}` has more than one answer time"
                        )));
                    }
                }
                Ok(AnswerTimes(times))
            }
        }

        deserializer.deserialize_map(TimesVisitor)
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::quiz::testing::*;
    use crate::domain::quiz::*;

    #[test]
    fn answers_api_and_transparent_ron() {
        let mut answers = Answers::new();
        assert!(answers.is_empty());
        assert_eq!(answers.set("vision-write", 1), None);
        assert_eq!(answers.set("vision-write", 3), Some(1));
        answers.set("review-demo", 0);
        assert_eq!(answers.get("vision-write"), Some(3));
        assert_eq!(answers.len(), 2);
        assert_eq!(answers.clear("review-demo"), Some(0));
        assert_eq!(answers.get("review-demo"), None);
        assert_eq!(answers.iter().collect::<Vec<_>>(), [("vision-write", 3)]);
        let text = ron::to_string(&answers).unwrap();
        assert_eq!(text, "{\"vision-write\":3}");
        let back: Answers =
            crate::domain::data_file::parse_ron("profile.ron", "{ \"vision-write\": 3 }").unwrap();
        assert_eq!(back, answers);
    }

    #[test]
    fn answers_naming_unknown_items_or_off_the_scale_are_refused() {
        let quiz = quiz();
        let mut answers = answer_all(&quiz, |_| 2);
        answers.set("salary", 3);
        let err = score(&quiz, &answers).unwrap_err();
        assert_eq!(
            err,
            AnswerError::UnknownItem {
                item: "salary".into()
            }
        );
        assert!(err.to_string().contains("`salary`"), "{err}");
        assert_eq!(score_partial(&quiz, &answers).unwrap_err(), err);

        let mut answers = Answers::new();
        answers.set("vision-write", 5);
        let err = score_partial(&quiz, &answers).unwrap_err();
        assert_eq!(
            err.to_string(),
            "the answer to quiz item `vision-write` is 5; answers go from 0 to 4"
        );
        assert_eq!(answers.validate(&quiz), Err(err));
    }
}
