//! The translations are complete and every string the code asks for exists: each language has
//! the same files and the same message ids (and attributes) as English, every file parses, and
//! every `tr("id")` in `src/` names a message.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use career_explorer::i18n::{FluentValue, Language, Translator, sources};
use fluent_syntax::ast;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The `.ftl` files in a language's folder on disk, by name.
fn files_on_disk(folder: &str) -> BTreeSet<String> {
    std::fs::read_dir(root().join("locales").join(folder))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".ftl"))
        .collect()
}

/// Every id a language defines: `message`, `message.attribute`, `-term`, `-term.attribute`.
fn ids(language: Language) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for source in sources::of(language) {
        let resource = fluent_syntax::parser::parse(source.text).unwrap_or_else(|(_, errors)| {
            panic!("{language:?} {} does not parse: {errors:?}", source.name)
        });
        for entry in resource.body {
            let (id, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_owned(), m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), t.attributes),
                _ => continue,
            };
            for attribute in attributes {
                ids.insert(format!("{id}.{}", attribute.id.name));
            }
            assert!(
                ids.insert(id.clone()),
                "{language:?}: {id} is defined twice"
            );
        }
    }
    ids
}

#[test]
fn every_language_has_the_same_files_as_on_disk() {
    let english: BTreeSet<&str> = sources::of(Language::English)
        .iter()
        .map(|s| s.name)
        .collect();
    for (language, folder) in sources::FOLDERS {
        let embedded: BTreeSet<String> = sources::of(language)
            .iter()
            .map(|s| s.name.to_owned())
            .collect();
        assert_eq!(
            embedded,
            files_on_disk(folder),
            "locales/{folder}: a file is not listed in src/i18n/sources.rs, or the reverse"
        );
        let names: BTreeSet<&str> = embedded.iter().map(String::as_str).collect();
        assert_eq!(names, english, "{language:?} has other files than English");
    }
}

#[test]
fn every_file_parses_without_errors() {
    for (language, folder) in sources::FOLDERS {
        for source in sources::of(language) {
            let parsed = fluent_syntax::parser::parse(source.text);
            assert!(
                parsed.is_ok(),
                "locales/{folder}/{}: {:?}",
                source.name,
                parsed.err().map(|(_, errors)| errors)
            );
        }
        assert_eq!(
            Translator::problems(language),
            Vec::<String>::new(),
            "{language:?}: the bundle refused something"
        );
    }
}

#[test]
fn every_language_has_exactly_the_english_ids() {
    let english = ids(Language::English);
    assert!(english.len() > 20, "too few ids found: {english:?}");
    for (language, _) in sources::FOLDERS {
        let theirs = ids(language);
        let missing: Vec<&String> = english.difference(&theirs).collect();
        let extra: Vec<&String> = theirs.difference(&english).collect();
        assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{language:?} has ids English lacks: {extra:?}"
        );
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The ids in `tr("id")` and `tr_args("id", ...)` calls, also when rustfmt put the id on the
/// next line; comment lines (examples in docs) are skipped.
fn ids_asked_for(code: &str) -> Vec<String> {
    let code: String = code
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = Vec::new();
    for call in ["tr(", "tr_args("] {
        for (at, _) in code.match_indices(call) {
            // `tr(`, not the end of `push_str(`.
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let after = code[at + call.len()..].trim_start();
            if let Some(rest) = after.strip_prefix('"')
                && let Some(end) = rest.find('"')
            {
                found.push(rest[..end].to_owned());
            }
        }
    }
    found
}

#[test]
fn the_scan_finds_calls_in_any_layout() {
    let code = "tr.tr(\"a-b\"); tr.tr_args(\n    \"c.d\",\n    &[]); tr(id); foo_tr(\"e\") tr(\"f\")\n/// tr(\"doc\")";
    assert_eq!(
        ids_asked_for(code),
        ["a-b", "f", "c.d"],
        "what the scan sees"
    );
}

#[test]
fn every_id_the_code_asks_for_exists_in_english() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let english = Translator::new(Language::English);
    let mut asked = 0;
    let mut unknown = Vec::new();
    for file in files {
        let code = std::fs::read_to_string(&file).unwrap();
        for id in ids_asked_for(&code) {
            asked += 1;
            if !english.has(&id) {
                unknown.push(format!("{}: {id}", file.display()));
            }
        }
    }
    assert!(asked > 0, "the scan found no tr(\"...\") calls at all");
    assert!(unknown.is_empty(), "not in locales/en: {unknown:#?}");
}

#[test]
fn the_pseudo_language_accents_and_lengthens_every_message() {
    let english = Translator::new(Language::English);
    let pseudo = Translator::new(Language::Pseudo);
    // Every variable set to one letter, so the length compared is the message's own text.
    let mut variables = BTreeSet::new();
    for source in sources::of(Language::English) {
        for (at, _) in source.text.match_indices('$') {
            let name: String = source.text[at + 1..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            variables.insert(name);
        }
    }
    let args: Vec<(&str, FluentValue<'_>)> =
        variables.iter().map(|v| (v.as_str(), "x".into())).collect();
    for id in ids(Language::English) {
        if id.starts_with('-') {
            continue; // Terms are only shown inside messages.
        }
        let (plain, accented) = (english.tr_args(&id, &args), pseudo.tr_args(&id, &args));
        assert!(!accented.is_ascii(), "{id}: {accented}");
        let (short, long) = (plain.chars().count(), accented.chars().count());
        assert!(
            long * 100 >= short * 130,
            "{id}: {accented} is not 30% longer than {plain}"
        );
    }
}

#[test]
fn the_about_box_and_the_exports_show_one_disclaimer_in_each_language() {
    // The reports print the About box's message: one text, so they cannot drift apart.
    let content = career_explorer::domain::Content::shipped().expect("shipped content");
    let report = career_explorer::domain::report::Report::new(
        &content,
        "",
        "2026-11-27",
        None,
        None,
        &[],
        "",
    );
    for language in [Language::English, Language::German] {
        let tr = Translator::new(language);
        let about = tr.tr("about-disclaimer");
        assert_eq!(
            career_explorer::domain::report::disclaimer(&tr),
            about,
            "{language:?}"
        );
        let markdown = career_explorer::export::render(
            &report,
            career_explorer::export::Format::Markdown,
            &tr,
        );
        assert!(markdown.contains(&about), "{language:?}: {markdown}");
    }
    assert_ne!(
        Translator::new(Language::German).tr("about-disclaimer"),
        Translator::new(Language::English).tr("about-disclaimer"),
        "German has its own"
    );
}
