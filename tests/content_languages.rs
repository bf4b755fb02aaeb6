//! The shipped content in every language: German is complete and loads, a language's texts
//! are checked key by key against English, the pseudo-language keeps every placeholder, and
//! ids, numbers and results are the same in every language.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::collections::BTreeSet;

use career_explorer::domain::Content;
use career_explorer::domain::advisor::{AdvisorRules, Research, TeamProfile, advise};
use career_explorer::domain::catalog::Catalog;
use career_explorer::domain::quiz::{Answers, QuizData, ScoreRange, score, score_partial};
use career_explorer::domain::template::placeholders;
use career_explorer::domain::translation::{
    GERMAN, OverlaySource, Translatable, TranslationError, translated,
};
use career_explorer::domain::{ContentError, data_file::parse_ron};
use career_explorer::i18n::Language;

fn english() -> Content {
    Content::shipped().expect("the English content loads")
}

fn content(language: Language) -> Content {
    Content::shipped_in(language).expect("the content loads")
}

/// Every text of the content, with its key: roles, then advisor, then quiz.
fn all_texts(content: &Content) -> Vec<(String, String)> {
    let mut texts = content.catalog.texts();
    texts.extend(content.advisor.texts());
    texts.extend(content.quiz.data().texts());
    texts
}

/// The keys of a language file, as written.
fn file_keys(source: OverlaySource<'_>) -> BTreeSet<String> {
    let map: std::collections::BTreeMap<String, String> =
        parse_ron(source.file, source.text).expect("the file is a RON map");
    map.into_keys().collect()
}

fn keys<T: Translatable + Clone>(content: &T) -> BTreeSet<String> {
    content.texts().into_iter().map(|(key, _)| key).collect()
}

#[test]
fn german_content_loads_and_validates() {
    let german = content(Language::German);
    assert_eq!(
        german.catalog.dimension("focus").map(|d| d.name.as_str()),
        Some("Fokus"),
        "the dimension's German name"
    );
    assert_eq!(german.quiz.item_count(), 40, "the same items");
    let item = german.quiz.item("vision-write").expect("the item is there");
    assert!(item.text.starts_with("Ich habe"), "{}", item.text);
    assert!(
        item.rater_text
            .as_deref()
            .is_some_and(|t| t.starts_with("{name} hat")),
        "{:?}",
        item.rater_text
    );
    assert_eq!(
        german
            .advisor
            .label(career_explorer::domain::advisor::Factor::Teams),
        "Produktteams",
        "label"
    );
}

#[test]
fn every_english_text_has_a_german_text_and_no_other_key_exists() {
    let english = english();
    let pairs = [
        (keys(&english.catalog), GERMAN.roles),
        (keys(&english.advisor), GERMAN.advisor),
        (keys(english.quiz.data()), GERMAN.quiz),
    ];
    for (english_keys, source) in pairs {
        let german_keys = file_keys(source);
        let missing: Vec<_> = english_keys.difference(&german_keys).collect();
        let extra: Vec<_> = german_keys.difference(&english_keys).collect();
        assert!(missing.is_empty(), "{}: missing {missing:?}", source.file);
        assert!(extra.is_empty(), "{}: extra {extra:?}", source.file);
    }
}

#[test]
fn keys_are_unique_and_built_from_ids() {
    let english = english();
    let texts = all_texts(&english);
    for (name, list) in [
        ("roles", english.catalog.texts()),
        ("advisor", english.advisor.texts()),
        ("quiz", english.quiz.data().texts()),
    ] {
        let unique: BTreeSet<_> = list.iter().map(|(key, _)| key).collect();
        assert_eq!(unique.len(), list.len(), "{name}: a key twice");
    }
    let has = |key: &str| texts.iter().any(|(k, _)| k == key);
    for key in [
        "dimension.focus.name",
        "role.pm.value.focus",
        "responsibility.pm-vision.title",
        "certification.cspo.leaves_out.0",
        "split_or_combine.combine.signal.2",
        "engineers.step.200.reason",
        "research.level.part_time.phrase",
        "speed_priority.level.5.reason",
        "framework.less.rule",
        "item.vision-write.text",
        "item.vision-write.rater_text",
        "scale.skill.point.0.label",
        "scale.interest.point.4.meaning",
        "learn_next.po-acceptance",
        "scoring.bands.fit.high",
        "rating.point_meaning.4",
    ] {
        assert!(has(key), "no key {key}");
    }
    assert!(
        !has("item.vision-interest.rater_text"),
        "interest items have no rater text"
    );
}

/// The German quiz texts with `edit` applied, put over the English quiz.
fn german_quiz_edited(edit: impl FnOnce(String) -> String) -> Result<QuizData, TranslationError> {
    let text = edit(GERMAN.quiz.text.to_owned());
    translated(
        english().quiz.data().clone(),
        OverlaySource {
            file: GERMAN.quiz.file,
            text: &text,
        },
    )
}

/// The line of the German quiz file that holds `key`.
fn line_of(key: &str) -> String {
    GERMAN
        .quiz
        .text
        .lines()
        .find(|line| line.trim_start().starts_with(&format!("\"{key}\":")))
        .expect("the key has a line")
        .to_owned()
}

#[test]
fn the_german_quiz_as_shipped_translates() {
    let german = german_quiz_edited(|text| text).expect("translates");
    assert_ne!(&german, english().quiz.data(), "the texts changed");
}

#[test]
fn a_missing_text_names_the_file_and_the_key() {
    let line = line_of("item.vision-write.text");
    let err = german_quiz_edited(|text| text.replacen(&line, "", 1)).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"data/de/quiz.ron: no text for "item.vision-write.text""#,
        "missing"
    );
}

#[test]
fn an_unknown_key_names_the_file_and_the_key() {
    let line = line_of("item.vision-write.text");
    let typo = line.replacen("vision-write", "vision-wirte", 1);
    let err =
        german_quiz_edited(|text| text.replacen(&line, &format!("{line}\n{typo}"), 1)).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"data/de/quiz.ron: "item.vision-wirte.text" is not a text of the English content (a typo, or a text it no longer has)"#,
        "extra"
    );
}

#[test]
fn an_empty_text_names_the_file_and_the_key() {
    let line = line_of("notes.partial");
    let err = german_quiz_edited(|text| text.replacen(&line, r#""notes.partial": "  ","#, 1))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"data/de/quiz.ron: the text for "notes.partial" is empty"#,
        "empty"
    );
}

#[test]
fn a_changed_placeholder_names_the_file_the_key_and_the_placeholder() {
    let line = line_of("item.vision-write.rater_text");
    let renamed = line.replacen("{name}", "{person}", 1);
    let err = german_quiz_edited(|text| text.replacen(&line, &renamed, 1)).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"data/de/quiz.ron: the text for "item.vision-write.rater_text" lacks the placeholder `{name}` that the English text has"#,
        "renamed"
    );
    let line = line_of("notes.partial");
    let added = line.replacen("Items", "Items ({name})", 1);
    assert_ne!(added, line, "the line changed");
    let err = german_quiz_edited(|text| text.replacen(&line, &added, 1)).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"data/de/quiz.ron: the text for "notes.partial" has the placeholder `{name}`, which the English text does not have"#,
        "added"
    );
}

#[test]
fn a_syntax_error_keeps_the_position() {
    let line = line_of("notes.partial");
    let number = GERMAN
        .quiz
        .text
        .lines()
        .position(|l| l == line)
        .expect("the line")
        + 1;
    let err =
        german_quiz_edited(|text| text.replacen(&line, r#""notes.partial" "x","#, 1)).unwrap_err();
    assert!(
        err.to_string()
            .starts_with(&format!("data/de/quiz.ron:{number}:")),
        "{err}"
    );
}

#[test]
fn translated_content_is_validated_again_with_the_language_file_named() {
    // Two inputs with the same label pass the key checks but not the advisor's own rules.
    let line = GERMAN
        .advisor
        .text
        .lines()
        .find(|l| l.contains("\"teams.label\""))
        .expect("the line");
    let text = GERMAN
        .advisor
        .text
        .replacen(line, r#"    "teams.label": "Entwickler","#, 1);
    let rules = translated(
        AdvisorRules::shipped().expect("English"),
        OverlaySource {
            file: GERMAN.advisor.file,
            text: &text,
        },
    )
    .expect("the keys fit");
    let err = rules.validate(GERMAN.advisor.file).unwrap_err();
    assert!(
        err.to_string().starts_with("data/de/advisor.ron: "),
        "{err}"
    );
    assert!(err.to_string().contains("Entwickler"), "{err}");
}

#[test]
fn pseudo_content_changes_every_text_and_keeps_its_placeholders() {
    let english = all_texts(&english());
    let pseudo = all_texts(&content(Language::Pseudo));
    assert_eq!(english.len(), pseudo.len(), "the same texts");
    for ((key, en), (pseudo_key, ps)) in english.iter().zip(&pseudo) {
        assert_eq!(key, pseudo_key, "the same order");
        assert_ne!(en, ps, "{key} is unchanged");
        assert!(!ps.is_ascii(), "{key} is plain ASCII: {ps}");
        assert_eq!(placeholders(en), placeholders(ps), "{key}: {ps}");
    }
}

#[test]
fn german_texts_keep_the_english_placeholders() {
    let english = all_texts(&english());
    let german = all_texts(&content(Language::German));
    let set = |text: &str| -> BTreeSet<String> {
        placeholders(text)
            .expect("sound braces")
            .into_iter()
            .map(str::to_owned)
            .collect()
    };
    let mut changed = 0;
    for ((key, en), (_, de)) in english.iter().zip(&german) {
        assert_eq!(set(en), set(de), "{key}: {de}");
        changed += usize::from(en != de);
    }
    // Names such as "Product Manager", "PM", "Scrum" and "SAFe" stay as they are.
    assert!(
        changed * 100 / english.len() > 90,
        "only {changed} of {} translated",
        english.len()
    );
}

/// `content` with every text replaced by its key: what is left is ids, numbers and structure.
fn without_texts<T: Translatable>(mut content: T) -> T {
    for (key, text) in content.texts_mut() {
        *text = key;
    }
    content
}

#[test]
fn ids_and_numbers_are_the_same_in_every_language() {
    let english = english();
    for language in [Language::German, Language::Pseudo] {
        let other = content(language);
        assert_eq!(
            without_texts::<Catalog>(other.catalog.clone()),
            without_texts(english.catalog.clone()),
            "{language:?} catalog"
        );
        assert_eq!(
            without_texts::<AdvisorRules>(other.advisor.clone()),
            without_texts(english.advisor.clone()),
            "{language:?} advisor"
        );
        assert_eq!(
            without_texts::<QuizData>(other.quiz.data().clone()),
            without_texts(english.quiz.data().clone()),
            "{language:?} quiz"
        );
    }
}

#[test]
fn the_advice_is_the_same_in_english_and_german() {
    let english = english();
    let german = content(Language::German);
    let profiles = [
        TeamProfile::default(),
        TeamProfile {
            engineers: 250,
            teams: 6,
            research: Research::FullTime,
            backlog_complexity: 5,
            switching: 2,
            speed_priority: 1,
        },
        TeamProfile {
            engineers: 60,
            teams: 2,
            research: Research::PartTime,
            backlog_complexity: 3,
            switching: 3,
            speed_priority: 3,
        },
    ];
    for profile in profiles {
        let en = advise(&profile, &english.advisor);
        let de = advise(&profile, &german.advisor);
        assert_eq!(en.verdict, de.verdict, "{profile:?}");
        assert_eq!(en.score, de.score, "{profile:?}");
        let points = |a: &career_explorer::domain::advisor::Advice| {
            a.contributions.iter().map(|c| c.points).collect::<Vec<_>>()
        };
        assert_eq!(points(&en), points(&de), "{profile:?}");
        assert_eq!(en.flips.len(), de.flips.len(), "{profile:?}");
        for (flip_en, flip_de) in en.flips.iter().zip(&de.flips) {
            assert_eq!(
                (flip_en.to, flip_en.verdict),
                (flip_de.to, flip_de.verdict),
                "{profile:?}"
            );
            let sentence = flip_de.sentence(&german.advisor);
            assert!(!sentence.contains(['{', '}']), "{sentence}");
            let verdict = german.advisor.verdict_name(flip_de.verdict);
            assert!(
                sentence.ends_with(&format!("lautet: {verdict}.")),
                "{sentence}"
            );
            assert_ne!(verdict, flip_de.verdict.name(), "the verdict in German");
            assert_ne!(sentence, flip_en.sentence(&english.advisor), "German");
        }
        for contribution in &de.contributions {
            assert!(
                !contribution.reason.contains(['{', '}']),
                "{}",
                contribution.reason
            );
        }
    }
}

#[test]
fn the_quiz_scores_the_same_in_english_and_german() {
    let english = english();
    let german = content(Language::German);
    let mut answers = Answers::new();
    for (n, item) in english.quiz.items().iter().enumerate() {
        let value = u8::try_from(n % 5).expect("small");
        answers.set(item.id.clone(), value);
    }
    let en = score(&english.quiz, &answers).expect("scores");
    let de = score(&german.quiz, &answers).expect("scores");
    assert_eq!(en.lean, de.lean, "lean");
    assert_eq!(en.roles.len(), de.roles.len(), "roles");
    for (role_en, role_de) in en.roles.iter().zip(&de.roles) {
        assert_eq!(role_en.id, role_de.id, "role order");
        let values = |r: &career_explorer::domain::quiz::RoleScore| {
            [&r.skill, &r.interest, &r.fit].map(|s| s.as_ref().map(|b| (b.value, b.band, b.range)))
        };
        assert_eq!(values(role_en), values(role_de), "{}", role_en.id);
    }
    let german_pm = de.roles.iter().find(|r| r.id == "pm").expect("pm");
    let meaning = &german_pm.fit.as_ref().expect("a fit").meaning;
    assert!(meaning.contains("Product Manager"), "{meaning}");
    assert!(!meaning.contains('{'), "{meaning}");
}

#[test]
fn english_is_the_default_content() {
    let english = english();
    let shipped_in = content(Language::English);
    assert_eq!(english.catalog, shipped_in.catalog, "catalog");
    assert_eq!(english.advisor, shipped_in.advisor, "advisor");
    assert_eq!(english.quiz, shipped_in.quiz, "quiz");
    let _: fn(Language) -> Result<Content, ContentError> = Content::shipped_in;
}

#[test]
fn words_put_into_german_sentences_are_german() {
    let english = english();
    let german = content(Language::German);
    let range = ScoreRange { low: 30, high: 75 };
    assert_eq!(
        english.quiz.range_spans(range).as_deref(),
        Some("the range 30 to 75 spans low and high"),
        "English"
    );
    assert_eq!(
        german.quiz.range_spans(range).as_deref(),
        Some("der Bereich 30 bis 75 reicht von niedrig bis hoch"),
        "German"
    );
    let answers = Answers::new();
    let partial = score_partial(&german.quiz, &answers).expect("scores");
    assert_eq!(
        partial.combined.explanation,
        "Eine kombinierte Stelle braucht beide Hälften, deshalb ist deine Eignung dafür die \
         niedrigere deiner Eignungen als Product Manager und Product Owner.",
        "the role names joined in German"
    );
}
