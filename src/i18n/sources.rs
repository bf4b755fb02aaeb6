//! The `.ftl` files of each language, embedded in the binary: `locales/<tag>/<file>.ftl`.
//! Every language has the same files with the same message ids (tests/i18n.rs checks both).

use super::Language;

/// One `.ftl` file.
#[derive(Clone, Copy, Debug)]
pub struct Source {
    /// Its file name in the language's folder.
    pub name: &'static str,
    /// Its text.
    pub text: &'static str,
}

macro_rules! ftl {
    ($folder:literal, $name:literal) => {
        Source {
            name: $name,
            text: include_str!(concat!("../../locales/", $folder, "/", $name)),
        }
    };
}

const ENGLISH: &[Source] = &[
    ftl!("en", "app.ftl"),
    ftl!("en", "menu.ftl"),
    ftl!("en", "dialogs.ftl"),
    ftl!("en", "status.ftl"),
    ftl!("en", "compare.ftl"),
    ftl!("en", "quiz.ftl"),
    ftl!("en", "results.ftl"),
    ftl!("en", "advisor.ftl"),
    ftl!("en", "team.ftl"),
    ftl!("en", "workspace.ftl"),
    ftl!("en", "export.ftl"),
    ftl!("en", "help.ftl"),
    ftl!("en", "errors.ftl"),
];

const GERMAN: &[Source] = &[
    ftl!("de", "app.ftl"),
    ftl!("de", "menu.ftl"),
    ftl!("de", "dialogs.ftl"),
    ftl!("de", "status.ftl"),
    ftl!("de", "compare.ftl"),
    ftl!("de", "quiz.ftl"),
    ftl!("de", "results.ftl"),
    ftl!("de", "advisor.ftl"),
    ftl!("de", "team.ftl"),
    ftl!("de", "workspace.ftl"),
    ftl!("de", "export.ftl"),
    ftl!("de", "help.ftl"),
    ftl!("de", "errors.ftl"),
];

/// The languages that have their own folder under `locales/`, with it. The pseudo-language
/// has none: it is made from English.
pub const FOLDERS: [(Language, &str); 2] = [(Language::English, "en"), (Language::German, "de")];

/// The files a language's bundle is built from.
pub fn of(language: Language) -> &'static [Source] {
    match language {
        Language::English | Language::Pseudo => ENGLISH,
        Language::German => GERMAN,
    }
}
