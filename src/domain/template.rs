//! The one `{placeholder}` template engine of the data files' sentences.
//!
//! Every sentence in `data/advisor.ron` and `data/quiz.ron` that quotes a value (a team
//! profile's number, a role's name, a score) is a template such as
//! `"With {engineers} engineers ..."`. Both files are validated with [`check`] when they load
//! and filled in with [`render`] or [`render_named`], so the two files follow the same rules:
//!
//! - `{name}` is a placeholder; `name` is everything up to the next `}` and must be one of the
//!   names the sentence allows.
//! - Braces are only ever placeholder delimiters; there is no escape for a literal brace. A
//!   `{` with no `}` after it (or with another `{` before its `}`) is an unclosed placeholder,
//!   and a `}` that closes no placeholder is a stray brace. [`check`] rejects both, so a data
//!   file with a half-typed placeholder never loads.
//! - Rendering is total: it never fails and never panics. A placeholder with no value, an
//!   unclosed `{` and a stray `}` are copied as written, so a template that skipped validation
//!   still shows every character it has. Values are inserted as they are and never scanned for
//!   placeholders themselves.

use std::borrow::Cow;

/// What is wrong with a template, as found by [`check`]. The advisor's and the quiz's errors
/// say it in their own words, with the file and the sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplateError {
    /// `{name}` where `name` is not one of the allowed placeholders.
    UnknownPlaceholder(String),
    /// A `{` that no `}` closes before the text ends or another `{` starts.
    Unclosed,
    /// A `}` that closes no placeholder.
    StrayClose,
}

/// One piece of a template, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part<'a> {
    /// Text to copy as it is.
    Text(&'a str),
    /// `{name}`; holds `name`.
    Placeholder(&'a str),
    /// A `{` with the text after it up to the next `{` or the end, none of it closed.
    Unclosed(&'a str),
    /// A `}` that closes nothing.
    StrayClose,
}

/// Splits a template into its parts. Rendering and checking both read templates through this,
/// so they can never disagree on what a placeholder is.
struct Parts<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Parts<'a> {
    type Item = Part<'a>;

    fn next(&mut self) -> Option<Part<'a>> {
        let rest = self.rest;
        let first = rest.chars().next()?;
        let (part, len) = match first {
            '{' => {
                let after = &rest[1..];
                match after.find(['{', '}']) {
                    Some(end) if after[end..].starts_with('}') => {
                        (Part::Placeholder(&after[..end]), end + 2)
                    }
                    // Another `{` first: this one is unclosed up to there.
                    Some(end) => (Part::Unclosed(&after[..end]), end + 1),
                    None => (Part::Unclosed(after), rest.len()),
                }
            }
            '}' => (Part::StrayClose, 1),
            _ => {
                let end = rest.find(['{', '}']).unwrap_or(rest.len());
                (Part::Text(&rest[..end]), end)
            }
        };
        self.rest = &rest[len..];
        Some(part)
    }
}

fn parts(template: &str) -> Parts<'_> {
    Parts { rest: template }
}

/// Checks that every placeholder of `template` is in `allowed` and every brace is part of a
/// placeholder. Reports the first problem, reading from the start.
pub fn check(template: &str, allowed: &[&str]) -> Result<(), TemplateError> {
    for part in parts(template) {
        match part {
            Part::Text(_) => {}
            Part::Placeholder(name) if allowed.contains(&name) => {}
            Part::Placeholder(name) => {
                return Err(TemplateError::UnknownPlaceholder(name.to_owned()));
            }
            Part::Unclosed(_) => return Err(TemplateError::Unclosed),
            Part::StrayClose => return Err(TemplateError::StrayClose),
        }
    }
    Ok(())
}

/// The names of `template`'s placeholders, in order (repeats included), or the first brace
/// problem; a name is not checked against any list.
pub fn placeholders(template: &str) -> Result<Vec<&str>, TemplateError> {
    let mut names = Vec::new();
    for part in parts(template) {
        match part {
            Part::Text(_) => {}
            Part::Placeholder(name) => names.push(name),
            Part::Unclosed(_) => return Err(TemplateError::Unclosed),
            Part::StrayClose => return Err(TemplateError::StrayClose),
        }
    }
    Ok(names)
}

/// `template` with each piece of text between placeholders passed through `f`; placeholders
/// and malformed braces are kept as written, so the result has the same placeholders.
pub fn map_text(template: &str, mut f: impl FnMut(&str) -> String) -> String {
    let mut out = String::with_capacity(template.len() * 2);
    for part in parts(template) {
        match part {
            Part::Text(text) => out.push_str(&f(text)),
            Part::Placeholder(name) => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
            Part::Unclosed(text) => {
                out.push('{');
                out.push_str(&f(text));
            }
            Part::StrayClose => out.push('}'),
        }
    }
    out
}

/// Fills each `{name}` of `template` with `value(name)`. Names without a value, an unclosed
/// `{` and a stray `}` are kept as written (see the module doc).
pub fn render<'v>(template: &str, mut value: impl FnMut(&str) -> Option<Cow<'v, str>>) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    for part in parts(template) {
        match part {
            Part::Text(text) => out.push_str(text),
            Part::Placeholder(name) => {
                if let Some(text) = value(name) {
                    out.push_str(&text);
                } else {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            }
            Part::Unclosed(text) => {
                out.push('{');
                out.push_str(text);
            }
            Part::StrayClose => out.push('}'),
        }
    }
    out
}

/// [`render`] with the values given as `(name, value)` pairs.
pub fn render_named(template: &str, values: &[(&str, &str)]) -> String {
    render(template, |name| {
        values
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| Cow::Borrowed(*value))
    })
}

/// The placeholders `allowed` lists, as a reader would write them: `{a}, {b}, {c}`.
pub fn placeholder_list(allowed: &[&str]) -> String {
    allowed
        .iter()
        .map(|name| format!("{{{name}}}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn render_fills_known_placeholders_once() {
        assert_eq!(
            render_named("{a} and {b}", &[("a", "{b}"), ("b", "x")]),
            "{b} and x"
        );
        assert_eq!(
            render_named("keep {c} and {", &[("a", "1")]),
            "keep {c} and {"
        );
    }

    #[test]
    fn rendering() {
        let value = |name: &str| (name == "x").then_some(Cow::Borrowed("1"));
        assert_eq!(render("a {x} b {x}", value), "a 1 b 1");
        assert_eq!(render("{y} {x}", value), "{y} 1");
        assert_eq!(render("open { x", value), "open { x");
        assert_eq!(render("no braces }", value), "no braces }");
    }

    #[test]
    fn rendering_keeps_malformed_braces_as_written() {
        let value = |name: &str| (name == "x").then_some(Cow::Borrowed("1"));
        assert_eq!(render("a {b {x} c", value), "a {b 1 c");
        assert_eq!(render("}{x}}", value), "}1}");
        assert_eq!(render("{}", value), "{}");
        assert_eq!(render("{{x}", value), "{1");
        assert_eq!(render("", value), "");
        assert_eq!(render("é {x} ü", value), "é 1 ü");
    }

    #[test]
    fn check_accepts_allowed_placeholders_and_plain_text() {
        assert_eq!(check("With {a} and {b}, {a}.", &["a", "b"]), Ok(()));
        assert_eq!(check("No placeholders at all.", &[]), Ok(()));
        assert_eq!(check("", &[]), Ok(()));
    }

    #[test]
    fn check_reports_unknown_placeholders() {
        assert_eq!(
            check("Go {rol}!", &["role"]),
            Err(TemplateError::UnknownPlaceholder("rol".to_owned()))
        );
        assert_eq!(
            check("Not {role} yet", &[]),
            Err(TemplateError::UnknownPlaceholder("role".to_owned()))
        );
        assert_eq!(
            check("Empty {} braces", &["a"]),
            Err(TemplateError::UnknownPlaceholder(String::new()))
        );
    }

    #[test]
    fn check_reports_an_unclosed_brace() {
        // At the end of the text, and before another placeholder: either way it is unclosed,
        // not a placeholder whose name runs on.
        assert_eq!(
            check("Unclosed {role", &["role"]),
            Err(TemplateError::Unclosed)
        );
        assert_eq!(
            check("Too many {teams.", &["teams"]),
            Err(TemplateError::Unclosed)
        );
        assert_eq!(
            check("A {role and {role}", &["role"]),
            Err(TemplateError::Unclosed)
        );
        assert_eq!(check("{", &[]), Err(TemplateError::Unclosed));
    }

    #[test]
    fn check_reports_a_stray_closing_brace() {
        assert_eq!(check("no braces }", &[]), Err(TemplateError::StrayClose));
        assert_eq!(check("{a}}", &["a"]), Err(TemplateError::StrayClose));
        assert_eq!(check("} {a}", &["a"]), Err(TemplateError::StrayClose));
    }

    #[test]
    fn check_reports_the_first_problem() {
        assert_eq!(
            check("{b} then {", &["a"]),
            Err(TemplateError::UnknownPlaceholder("b".to_owned()))
        );
        assert_eq!(check("} then {b}", &["a"]), Err(TemplateError::StrayClose));
    }

    #[test]
    fn placeholders_in_order() {
        assert_eq!(placeholders("{a} and {b}, {a}."), Ok(vec!["a", "b", "a"]));
        assert_eq!(placeholders("none"), Ok(vec![]));
        assert_eq!(placeholders("open {a"), Err(TemplateError::Unclosed));
        assert_eq!(placeholders("a} b"), Err(TemplateError::StrayClose));
    }

    #[test]
    fn map_text_keeps_placeholders() {
        let upper = |text: &str| text.to_uppercase();
        assert_eq!(map_text("with {name} here", upper), "WITH {name} HERE");
        assert_eq!(map_text("{a}{b}", upper), "{a}{b}");
        assert_eq!(map_text("x } {y", upper), "X } {Y");
    }

    #[test]
    fn placeholder_lists() {
        assert_eq!(placeholder_list(&["role", "fit"]), "{role}, {fit}");
        assert_eq!(placeholder_list(&[]), "");
    }

    proptest! {
        /// Rendering with no values copies any text exactly, whatever its braces.
        #[test]
        fn render_without_values_is_the_identity(text in "[a-z{} é]{0,40}") {
            prop_assert_eq!(render(&text, |_| None), text);
        }

        /// A template that checks renders with no brace left when every name has a value.
        #[test]
        fn checked_templates_render_without_braces(text in "[a-c{} ]{0,30}") {
            if check(&text, &["a", "b", "c", ""]).is_ok() {
                let out = render(&text, |_| Some(Cow::Borrowed("v")));
                prop_assert!(!out.contains(['{', '}']), "{} -> {}", text, out);
            }
        }
    }
}
