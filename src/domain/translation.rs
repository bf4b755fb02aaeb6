//! The shipped content in other languages than English.
//!
//! English lives in `data/*.ron` with everything else: ids, numbers, weights and structure.
//! Another language only has texts: one file per data file, `data/<tag>/roles.ron` and so on,
//! each a RON map from a text's key to its translation:
//!
//! ```ron
//! {
//!     "dimension.focus.name": "Fokus",
//!     "item.vision-write.rater_text": "{name} hat eine Produktvision ... geschrieben.",
//! }
//! ```
//!
//! A key is built from the ids of the file (`role.pm.value.focus`, `item.vision-write.text`) and
//! from field names where there is no id; list entries without an id are numbered from 0 in
//! the order of the English file (`split_or_combine.split.signal.0`). Each content type lists
//! its texts with their keys through [`Translatable`]; [`translated`] puts an overlay over
//! them and checks it: every English key must have a text, no other key may appear, no text
//! may be empty, and each text must use exactly the placeholders its English text uses. The
//! content's usual validation then runs on the translated content, so numbers and ids can
//! never differ between languages.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};

use super::data_file::{RonError, parse_ron};
use super::template::{self, TemplateError};
use crate::i18n::Language;

/// Content whose texts can be listed and replaced by key.
pub trait Translatable {
    /// Every translatable text with its key, in the order of the English file.
    fn texts_mut(&mut self) -> Vec<(String, &mut String)>;

    /// Every translatable text with its key, in the order of the English file.
    fn texts(&self) -> Vec<(String, String)>
    where
        Self: Clone,
    {
        let mut copy = self.clone();
        copy.texts_mut()
            .into_iter()
            .map(|(key, text)| (key, text.clone()))
            .collect()
    }
}

/// One language's texts for one data file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OverlaySource<'a> {
    /// The file as errors name it, e.g. `data/de/quiz.ron`.
    pub file: &'a str,
    /// Its text.
    pub text: &'a str,
}

/// One language's texts for all three data files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Overlays {
    /// Texts of `data/roles.ron`.
    pub roles: OverlaySource<'static>,
    /// Texts of `data/advisor.ron`.
    pub advisor: OverlaySource<'static>,
    /// Texts of `data/quiz.ron`.
    pub quiz: OverlaySource<'static>,
}

/// The German texts, embedded at build time.
pub const GERMAN: Overlays = Overlays {
    roles: OverlaySource {
        file: "data/de/roles.ron",
        text: include_str!("../../data/de/roles.ron"),
    },
    advisor: OverlaySource {
        file: "data/de/advisor.ron",
        text: include_str!("../../data/de/advisor.ron"),
    },
    quiz: OverlaySource {
        file: "data/de/quiz.ron",
        text: include_str!("../../data/de/quiz.ron"),
    },
};

/// How the English content becomes the content of a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Localisation {
    /// English: the content as written in `data/`.
    English,
    /// Another language: English with these texts put over it.
    Overlays(&'static Overlays),
    /// The pseudo-language: every English text through [`pseudo_text`].
    Pseudo,
}

impl Localisation {
    /// How `language`'s content is made.
    pub fn of(language: Language) -> Self {
        match language {
            Language::English => Self::English,
            Language::German => Self::Overlays(&GERMAN),
            Language::Pseudo => Self::Pseudo,
        }
    }
}

/// Why a language's texts could not be put over the English content.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TranslationError {
    /// The file is not a RON map of texts, or has a key twice.
    #[error(transparent)]
    Parse(#[from] RonError),
    /// The English content has a text the file does not.
    #[error("{file}: no text for \"{key}\"")]
    Missing {
        /// The language's file.
        file: String,
        /// The key with no text.
        key: String,
    },
    /// The file has a key the English content does not have: a typo, or a stale text.
    #[error(
        "{file}: \"{key}\" is not a text of the English content (a typo, or a text it no longer has)"
    )]
    Unknown {
        /// The language's file.
        file: String,
        /// The unknown key.
        key: String,
    },
    /// A text is empty or only spaces.
    #[error("{file}: the text for \"{key}\" is empty")]
    Empty {
        /// The language's file.
        file: String,
        /// The key.
        key: String,
    },
    /// A text lacks a placeholder its English text has.
    #[error(
        "{file}: the text for \"{key}\" lacks the placeholder `{{{placeholder}}}` that the English text has"
    )]
    MissingPlaceholder {
        /// The language's file.
        file: String,
        /// The key.
        key: String,
        /// The placeholder's name, without braces.
        placeholder: String,
    },
    /// A text has a placeholder its English text does not have.
    #[error(
        "{file}: the text for \"{key}\" has the placeholder `{{{placeholder}}}`, which the English text does not have"
    )]
    ExtraPlaceholder {
        /// The language's file.
        file: String,
        /// The key.
        key: String,
        /// The placeholder's name, without braces.
        placeholder: String,
    },
    /// A text has a brace that is not part of a placeholder.
    #[error("{file}: the text for \"{key}\" {problem}")]
    Brace {
        /// The language's file.
        file: String,
        /// The key.
        key: String,
        /// What is wrong with the brace.
        problem: &'static str,
    },
}

/// An overlay as read: its keys and texts in file order, no key twice.
struct Overlay(Vec<(String, String)>);

impl<'de> Deserialize<'de> for Overlay {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(OverlayVisitor)
    }
}

struct OverlayVisitor;

impl<'de> Visitor<'de> for OverlayVisitor {
    type Value = Overlay;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map from text keys to texts")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Overlay, A::Error> {
        let mut entries: Vec<(String, String)> = Vec::new();
        let mut seen = BTreeSet::new();
        while let Some((key, text)) = map.next_entry::<String, String>()? {
            if !seen.insert(key.clone()) {
                return Err(serde::de::Error::custom(format!(
                    "the key \"{key}\" is there twice"
                )));
            }
            entries.push((key, text));
        }
        Ok(Overlay(entries))
    }
}

/// `content` with every text replaced by its translation from `source`.
///
/// Errors name `source.file` and the key: a key of the English content with no text, a key
/// the English content does not have, an empty text, a placeholder set that differs from the
/// English text's, a brace that is no placeholder. Syntax errors keep `file:line:col`. The
/// content's own validation is not run here; run it on the result.
pub fn translated<T: Translatable>(
    mut content: T,
    source: OverlaySource<'_>,
) -> Result<T, TranslationError> {
    let file = source.file;
    let Overlay(entries) = parse_ron(file, source.text)?;
    let mut texts: BTreeMap<&str, &str> = entries
        .iter()
        .map(|(key, text)| (key.as_str(), text.as_str()))
        .collect();
    let english = content.texts_mut();
    let keys: BTreeSet<&str> = english.iter().map(|(key, _)| key.as_str()).collect();
    if let Some((key, _)) = entries.iter().find(|(key, _)| !keys.contains(key.as_str())) {
        return Err(TranslationError::Unknown {
            file: file.to_owned(),
            key: key.clone(),
        });
    }
    for (key, target) in english {
        let Some(text) = texts.remove(key.as_str()) else {
            return Err(TranslationError::Missing {
                file: file.to_owned(),
                key,
            });
        };
        check_text(file, &key, target, text)?;
        text.clone_into(target);
    }
    Ok(content)
}

/// A translation is written and has the English text's placeholders, no more and no fewer.
fn check_text(file: &str, key: &str, english: &str, text: &str) -> Result<(), TranslationError> {
    if text.trim().is_empty() {
        return Err(TranslationError::Empty {
            file: file.to_owned(),
            key: key.to_owned(),
        });
    }
    let theirs: BTreeSet<&str> = match template::placeholders(text) {
        Ok(names) => names.into_iter().collect(),
        Err(problem) => {
            return Err(TranslationError::Brace {
                file: file.to_owned(),
                key: key.to_owned(),
                problem: match problem {
                    TemplateError::StrayClose => "has a `}` that closes no placeholder",
                    TemplateError::Unclosed | TemplateError::UnknownPlaceholder(_) => {
                        "opens a placeholder with `{` and never closes it"
                    }
                },
            });
        }
    };
    // The English text has passed its own validation, so its braces are sound.
    let ours: BTreeSet<&str> = template::placeholders(english)
        .unwrap_or_default()
        .into_iter()
        .collect();
    if let Some(missing) = ours.difference(&theirs).next() {
        return Err(TranslationError::MissingPlaceholder {
            file: file.to_owned(),
            key: key.to_owned(),
            placeholder: (*missing).to_owned(),
        });
    }
    if let Some(extra) = theirs.difference(&ours).next() {
        return Err(TranslationError::ExtraPlaceholder {
            file: file.to_owned(),
            key: key.to_owned(),
            placeholder: (*extra).to_owned(),
        });
    }
    Ok(())
}

/// `content` with every text in the pseudo-language: the text between placeholders accented
/// and padded, the placeholders as they are.
pub fn pseudo<T: Translatable>(mut content: T) -> T {
    for (_, text) in content.texts_mut() {
        *text = pseudo_text(text);
    }
    content
}

/// One text in the pseudo-language; its placeholders stay as written.
pub fn pseudo_text(text: &str) -> String {
    template::map_text(text, |piece| {
        crate::i18n::pseudo_transform(piece).into_owned()
    })
}

/// `content` in the language `how` describes, before the content's own validation.
pub fn localised<T: Translatable>(
    content: T,
    how: Localisation,
    pick: impl FnOnce(&Overlays) -> OverlaySource<'static>,
) -> Result<T, TranslationError> {
    match how {
        Localisation::English => Ok(content),
        Localisation::Overlays(overlays) => translated(content, pick(overlays)),
        Localisation::Pseudo => Ok(pseudo(content)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny content type: two texts.
    #[derive(Clone, Debug, PartialEq, Eq)]
    struct Pair {
        greeting: String,
        farewell: String,
    }

    impl Translatable for Pair {
        fn texts_mut(&mut self) -> Vec<(String, &mut String)> {
            vec![
                ("greeting".to_owned(), &mut self.greeting),
                ("farewell".to_owned(), &mut self.farewell),
            ]
        }
    }

    fn pair() -> Pair {
        Pair {
            greeting: "Hello {name}".to_owned(),
            farewell: "Bye".to_owned(),
        }
    }

    fn overlay(text: &'static str) -> Result<Pair, TranslationError> {
        translated(
            pair(),
            OverlaySource {
                file: "de.ron",
                text,
            },
        )
    }

    #[test]
    fn every_text_is_replaced() {
        let german = overlay(r#"{ "greeting": "Hallo {name}", "farewell": "Tschüss" }"#);
        assert_eq!(
            german,
            Ok(Pair {
                greeting: "Hallo {name}".to_owned(),
                farewell: "Tschüss".to_owned(),
            }),
            "both texts"
        );
    }

    #[test]
    fn each_problem_names_the_file_and_the_key() {
        let cases = [
            (
                r#"{ "greeting": "Hallo {name}" }"#,
                r#"de.ron: no text for "farewell""#,
            ),
            (
                r#"{ "greeting": "Hallo {name}", "farewell": "Tschüss", "farewel": "x" }"#,
                r#"de.ron: "farewel" is not a text of the English content (a typo, or a text it no longer has)"#,
            ),
            (
                r#"{ "greeting": "Hallo {name}", "farewell": " " }"#,
                r#"de.ron: the text for "farewell" is empty"#,
            ),
            (
                r#"{ "greeting": "Hallo", "farewell": "Tschüss" }"#,
                r#"de.ron: the text for "greeting" lacks the placeholder `{name}` that the English text has"#,
            ),
            (
                r#"{ "greeting": "Hallo {name}", "farewell": "Tschüss {name}" }"#,
                r#"de.ron: the text for "farewell" has the placeholder `{name}`, which the English text does not have"#,
            ),
            (
                r#"{ "greeting": "Hallo {name", "farewell": "Tschüss" }"#,
                r#"de.ron: the text for "greeting" opens a placeholder with `{` and never closes it"#,
            ),
        ];
        for (text, message) in cases {
            let err = overlay(text).unwrap_err();
            assert_eq!(err.to_string(), message, "{text}");
        }
    }

    #[test]
    fn a_key_twice_and_bad_syntax_are_errors_with_a_position() {
        let err = overlay("{\n  \"farewell\": \"a\",\n  \"farewell\": \"b\",\n}").unwrap_err();
        let TranslationError::Parse(parse) = &err else {
            panic!("expected a parse error, got {err}");
        };
        assert_eq!(parse.file, "de.ron", "{err}");
        assert!(
            parse.message.contains("\"farewell\" is there twice"),
            "{err}"
        );
        let err = overlay("{ \"greeting\" \"x\" }").unwrap_err();
        assert!(err.to_string().starts_with("de.ron:1:"), "{err}");
    }

    #[test]
    fn pseudo_changes_the_text_and_keeps_the_placeholders() {
        let pseudo = pseudo(pair());
        assert_eq!(
            pseudo.greeting, "Héllö ···{name}",
            "padded before the placeholder"
        );
        assert_ne!(pseudo.farewell, "Bye", "padded");
        assert_eq!(pseudo_text("{a}{b}"), "{a}{b}", "nothing else to change");
    }

    #[test]
    fn texts_lists_keys_and_english() {
        assert_eq!(
            pair().texts(),
            [
                ("greeting".to_owned(), "Hello {name}".to_owned()),
                ("farewell".to_owned(), "Bye".to_owned()),
            ],
            "in order"
        );
    }
}
