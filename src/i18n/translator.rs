//! One language's messages, formatted on request.

use std::collections::HashSet;
use std::sync::Mutex;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{Language, number, pseudo, sources};

/// Turns message ids into text in one language.
///
/// Shared by reference (it is `Sync`); switching language builds a new one.
pub struct Translator {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    /// Ids already reported missing, so a frame drawn 60 times a second logs each once.
    reported: Mutex<HashSet<String>>,
}

impl std::fmt::Debug for Translator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translator")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

impl Default for Translator {
    fn default() -> Self {
        Self::new(Language::default())
    }
}

impl Translator {
    /// The translator for `language`. A file that does not parse is logged and what parsed
    /// of it is used; tests keep the shipped files clean (see [`Self::problems`]).
    pub fn new(language: Language) -> Self {
        let (translator, problems) = Self::build(language);
        for problem in problems {
            log::error!("{problem}");
        }
        translator
    }

    /// What is wrong with `language`'s files: syntax errors and ids defined twice.
    pub fn problems(language: Language) -> Vec<String> {
        Self::build(language).1
    }

    fn build(language: Language) -> (Self, Vec<String>) {
        let mut problems = Vec::new();
        let mut bundle = FluentBundle::new_concurrent(vec![language.identifier()]);
        // egui draws the Unicode isolation marks Fluent puts around arguments as boxes.
        bundle.set_use_isolating(false);
        match language {
            Language::English => bundle.set_formatter(Some(number::english)),
            Language::German => bundle.set_formatter(Some(number::german)),
            Language::Pseudo => {
                bundle.set_formatter(Some(number::english));
                bundle.set_transform(Some(pseudo::transform));
            }
        }
        if let Err(err) = bundle.add_function("NUMBER", number::function) {
            problems.push(format!("NUMBER could not be added: {err}"));
        }
        for source in sources::of(language) {
            let tag = language.tag();
            let resource = match FluentResource::try_new(source.text.to_owned()) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    problems.extend(
                        errors
                            .iter()
                            .map(|e| format!("locales/{tag}/{}: {e:?}", source.name)),
                    );
                    resource
                }
            };
            if let Err(errors) = bundle.add_resource(resource) {
                problems.extend(
                    errors
                        .iter()
                        .map(|e| format!("locales/{tag}/{}: {e}", source.name)),
                );
            }
        }
        let translator = Self {
            language,
            bundle,
            reported: Mutex::new(HashSet::new()),
        };
        (translator, problems)
    }

    /// The language it speaks.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The text of message `id`, or of its attribute with `id.attribute`.
    ///
    /// A missing id never panics: it is logged once and the id itself is shown, so it is
    /// seen and reported rather than silently blank.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// [`Self::tr`] with arguments: `tr_args("answers", &[("count", 3.into())])`. Numbers
    /// are formatted in the language, and pick the plural form.
    pub fn tr_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    /// Whether message `id` (or `id.attribute`) exists.
    pub fn has(&self, id: &str) -> bool {
        let (message, attribute) = split(id);
        self.bundle
            .get_message(message)
            .is_some_and(|m| match attribute {
                Some(name) => m.get_attribute(name).is_some(),
                None => m.value().is_some(),
            })
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let (message, attribute) = split(id);
        let pattern = self
            .bundle
            .get_message(message)
            .and_then(|m| match attribute {
                Some(name) => m.get_attribute(name).map(|a| a.value()),
                None => m.value(),
            });
        let Some(pattern) = pattern else {
            self.report(id, "is missing");
            return id.to_owned();
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            self.report(id, &format!("could not be formatted: {errors:?}"));
        }
        match self.language {
            Language::Pseudo => pseudo::bracket(&text),
            Language::English | Language::German => text.into_owned(),
        }
    }

    fn report(&self, id: &str, what: &str) {
        let first = self
            .reported
            .lock()
            .map_or(true, |mut reported| reported.insert(id.to_owned()));
        if first {
            log::warn!("message {id} {what} in {}", self.language.tag());
        }
    }
}

/// `message.attribute` into its parts; Fluent ids have no dots, so the first one splits.
fn split(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_id_shows_itself_and_does_not_panic() {
        // Ids in variables: tests/i18n.rs checks every literal id in src/ exists.
        let (message, attribute) = ("no-such-message", "menu-file.no-such");
        let tr = Translator::new(Language::German);
        assert_eq!(tr.tr(message), message, "message");
        assert_eq!(tr.tr(attribute), attribute, "attribute");
        assert_eq!(tr.tr(message), message, "asked twice");
        assert!(!tr.has(message), "has");
    }

    #[test]
    fn each_language_speaks_its_own() {
        assert_eq!(
            Translator::new(Language::English).tr("menu-file"),
            "File",
            "en"
        );
        assert_eq!(
            Translator::new(Language::German).tr("menu-file"),
            "Datei",
            "de"
        );
    }

    #[test]
    fn plurals_and_numbers_follow_the_language() {
        let en = Translator::new(Language::English);
        let de = Translator::new(Language::German);
        let answers =
            |tr: &Translator, n: u32| tr.tr_args("recovery-answers", &[("count", n.into())]);
        assert_eq!(answers(&en, 1), "1 quiz answer was autosaved.", "en one");
        assert_eq!(
            answers(&en, 1234),
            "1,234 quiz answers were autosaved.",
            "en other"
        );
        assert_eq!(
            answers(&de, 1),
            "1 Quizantwort wurde automatisch gespeichert.",
            "de one"
        );
        assert_eq!(
            answers(&de, 1234),
            "1.234 Quizantworten wurden automatisch gespeichert.",
            "de other"
        );
    }

    #[test]
    fn the_pseudo_language_is_accented_bracketed_and_longer() {
        let english = Translator::new(Language::English).tr("menu-open-recent");
        let pseudo = Translator::new(Language::Pseudo).tr("menu-open-recent");
        assert!(pseudo.starts_with("[Öpéñ Réçéñt"), "{pseudo}");
        assert!(pseudo.ends_with(']'), "{pseudo}");
        let (long, short) = (pseudo.chars().count(), english.chars().count());
        assert!(
            long * 100 >= short * 130,
            "{pseudo} is not 30% longer than {english}"
        );
    }

    #[test]
    fn arguments_are_not_accented() {
        let pseudo = Translator::new(Language::Pseudo);
        let text = pseudo.tr_args("about-version", &[("version", "1.2.3-rc".into())]);
        assert!(text.contains("1.2.3-rc"), "{text}");
    }

    #[test]
    fn the_shipped_files_have_no_problems() {
        for language in [Language::English, Language::German, Language::Pseudo] {
            assert_eq!(
                Translator::problems(language),
                Vec::<String>::new(),
                "{language:?}"
            );
        }
    }
}
