//! The languages the app speaks, and which one the system asks for.

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A language the app's text can be shown in.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum,
)]
pub enum Language {
    /// English, the language the app is written in.
    #[default]
    #[serde(rename = "en")]
    #[value(name = "en")]
    English,
    /// German.
    #[serde(rename = "de")]
    #[value(name = "de")]
    German,
    /// English with accented letters and padded about 35% longer, bracketed: text that did not
    /// go through Fluent stands out as plain ASCII, and layouts meet longer translations. For
    /// tests and screenshots, so not offered in the menu.
    #[serde(rename = "pseudo")]
    #[value(name = "pseudo", hide = true)]
    Pseudo,
}

impl Language {
    /// The languages a person can choose in View > Language.
    pub const CHOOSABLE: [Self; 2] = [Self::English, Self::German];

    /// The language the system's locale asks for (`LANG`, `LC_MESSAGES`, ... on Linux);
    /// English when there is none or it is one the app does not speak.
    pub fn system() -> Self {
        sys_locale::get_locale().map_or(Self::English, |locale| Self::from_locale(&locale))
    }

    /// The language for a locale name as systems write it: `de`, `de-DE`, `de_AT.UTF-8`,
    /// `de_DE@euro` are German; anything else (including `C` and `POSIX`) is English.
    pub fn from_locale(locale: &str) -> Self {
        let primary = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default();
        if primary.eq_ignore_ascii_case("de") {
            Self::German
        } else {
            Self::English
        }
    }

    /// The BCP 47 tag: `en`, `de`, and `en-XA` (the tag reserved for pseudo-locales).
    pub fn tag(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::German => "de",
            Self::Pseudo => "en-XA",
        }
    }

    /// The language identifier Fluent picks plural rules by.
    pub fn identifier(self) -> LanguageIdentifier {
        // The tags above are valid (a unit test parses each); "und" would only lose plural rules.
        self.tag().parse().unwrap_or_default()
    }

    /// The language's name in that language, as a language menu shows it: a German speaker
    /// in an English window still looks for "Deutsch". Not translated, on purpose.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::German => "Deutsch",
            Self::Pseudo => "Pseudo",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_locales_in_every_spelling_are_german() {
        for locale in [
            "de",
            "de-DE",
            "de_DE",
            "de_DE.UTF-8",
            "de-AT",
            "de_CH",
            "DE",
            "de_DE@euro",
        ] {
            assert_eq!(Language::from_locale(locale), Language::German, "{locale}");
        }
    }

    #[test]
    fn everything_else_is_english() {
        for locale in [
            "en",
            "en_US.UTF-8",
            "fr-FR",
            "C",
            "POSIX",
            "",
            "deu",
            "dk",
            "es_DE",
        ] {
            assert_eq!(Language::from_locale(locale), Language::English, "{locale}");
        }
    }

    #[test]
    fn every_tag_parses() {
        for language in [Language::English, Language::German, Language::Pseudo] {
            let parsed: Result<LanguageIdentifier, _> = language.tag().parse();
            assert!(parsed.is_ok(), "{} does not parse", language.tag());
            assert_eq!(
                language.identifier().to_string(),
                language.tag(),
                "{language:?}"
            );
        }
    }

    #[test]
    fn settings_and_the_command_line_use_the_short_tags() {
        assert_eq!(
            ron::to_string(&Language::German).ok().as_deref(),
            Some("de"),
            "serde"
        );
        let value = clap::ValueEnum::to_possible_value(&Language::German);
        assert_eq!(
            value.as_ref().map(clap::builder::PossibleValue::get_name),
            Some("de"),
            "clap"
        );
    }
}
