//! Reading RON text into typed values, with errors that point at `file:line:col`.
//!
//! Every data file the app ships (`data/*.ron`) and every profile a user opens goes through
//! [`parse_ron`], so a mistake anywhere is reported the same way: the file, the position, and
//! what is wrong there.

use std::collections::HashSet;

use serde::de::DeserializeOwned;

use crate::i18n::Translator;

/// A RON document that could not be read, with the position ron reported.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}:{col}: {message}")]
pub struct RonError {
    /// File name or path as the user knows it.
    pub file: String,
    /// 1-based line of the error.
    pub line: usize,
    /// 1-based column of the error.
    pub col: usize,
    /// What ron found wrong there.
    pub message: String,
}

/// What is wrong with the `format` and `version` fields of a file the app writes (a profile, a
/// team, a rating request or a rating): the file is some other document, or is missing one.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FormatProblem {
    /// The file names another format.
    #[error("its format is `{found}`, not `{expected}`")]
    Other {
        /// The format it names.
        found: String,
        /// The one it should name.
        expected: &'static str,
    },
    /// The file has no `format` field.
    #[error("it has no `format: \"{expected}\"` field")]
    NoFormat {
        /// The format it should name.
        expected: &'static str,
    },
    /// The file has no `version` field.
    #[error("it has no `version` field; add `version: {version}` after `format`")]
    NoVersion {
        /// The version to add.
        version: u32,
    },
}

impl FormatProblem {
    /// The problem for a file whose `format` is `found` (or missing) but must be `expected`;
    /// `None` when it is right.
    pub fn of(found: Option<&str>, expected: &'static str) -> Option<Self> {
        match found {
            Some(found) if found == expected => None,
            Some(other) => Some(Self::Other {
                found: other.to_owned(),
                expected,
            }),
            None => Some(Self::NoFormat { expected }),
        }
    }

    /// The problem in `tr`'s language.
    pub fn message(&self, tr: &Translator) -> String {
        match self {
            Self::Other { found, expected } => tr.tr_args(
                "format-other",
                &[
                    ("found", found.as_str().into()),
                    ("expected", (*expected).into()),
                ],
            ),
            Self::NoFormat { expected } => {
                tr.tr_args("format-missing", &[("expected", (*expected).into())])
            }
            Self::NoVersion { version } => {
                tr.tr_args("format-no-version", &[("version", (*version).into())])
            }
        }
    }
}

/// Parses `text` (the contents of `file`) as RON.
///
/// Unknown fields are errors (every shipped type uses `deny_unknown_fields`), so a typo in a
/// field name is reported at its position instead of being silently ignored. An optional
/// field may be written plainly (`rater_text: "..."` as well as `rater_text: Some("...")`).
pub fn parse_ron<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, RonError> {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .map_err(|err| spanned_to_error(file, &err))
}

/// `text` from its first character that is not whitespace or inside a leading comment.
pub fn skip_comments(mut text: &str) -> &str {
    loop {
        text = text.trim_start();
        if let Some(rest) = text.strip_prefix("//") {
            text = rest.find('\n').and_then(|i| rest.get(i..)).unwrap_or("");
        } else if let Some(rest) = text.strip_prefix("/*") {
            text = rest
                .find("*/")
                .and_then(|i| rest.get(i + 2..))
                .unwrap_or("");
        } else {
            return text;
        }
    }
}

/// Turns ron's error into ours, keeping its position.
pub fn spanned_to_error(file: &str, err: &ron::error::SpannedError) -> RonError {
    RonError {
        file: file.to_owned(),
        line: err.span.start.line.max(1),
        col: err.span.start.col.max(1),
        message: err.code.to_string(),
    }
}

/// An id is short kebab-case: lowercase ASCII letters and digits in words joined by single
/// hyphens, at most 40 characters. Ids are stored in users' profiles, so they must stay stable
/// and readable.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Returns the first id that occurs twice in `ids`, if any.
pub fn first_duplicate<'a>(ids: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let mut seen = HashSet::new();
    ids.into_iter().find(|id| !seen.insert(*id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Point {
        #[expect(dead_code, reason = "only deserialized: the test is about the error")]
        x: i32,
    }

    #[test]
    fn parse_error_names_file_line_and_column() {
        let err = parse_ron::<Point>("points.ron", "(\n  x: 1,\n  y: 2,\n)").unwrap_err();
        assert_eq!(err.file, "points.ron");
        assert_eq!(err.line, 3, "{err}");
        assert!(err.to_string().starts_with("points.ron:3:"), "{err}");
        assert!(err.message.contains('y'), "{err}");
    }

    #[test]
    fn syntax_error_position() {
        let err = parse_ron::<Point>("p.ron", "(x: )").unwrap_err();
        assert_eq!((err.line, err.col), (1, 4), "{err}");
    }

    #[test]
    fn ids() {
        for good in ["pm", "po-backlog", "a1-b2"] {
            assert!(is_valid_id(good), "{good}");
        }
        for bad in [
            "",
            "PM",
            "po_backlog",
            "-a",
            "a-",
            "a--b",
            "a b",
            &"x".repeat(41),
        ] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn duplicates() {
        assert_eq!(first_duplicate(["a", "b", "a"]), Some("a"));
        assert_eq!(first_duplicate(["a", "b"]), None);
    }
}
