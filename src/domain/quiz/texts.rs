//! The quiz's texts by key, for translations (see [`crate::domain::translation`]).

use super::data::{QualityRules, RangeRules, RatingRules, Scale, ScalePoint};
use super::{Band, QuizData};
use crate::domain::translation::Translatable;

impl Translatable for QuizData {
    /// Keys: `intro`; `scale.skill|interest.prompt`, `scale.<scale>.point.<n>.label|meaning`
    /// (`<n>` the answer value, 0 to 4); `item.<id>.text|rater_text`; `learn_next.<
    /// responsibility id>`; `scoring.explanation`, `scoring.bands.skill|interest|fit.low|
    /// moderate|high`; `lean.<field>`; `combined_role.<field>`; `notes.<field>`;
    /// `quality.<check>.<field>` and `quality.nothing_seen|not_checked`; `ranges.<field>`;
    /// `rating.<field>` and `rating.point_meaning.<n>`; `words.<field>`. Fields are named as in the file.
    fn texts_mut(&mut self) -> Vec<(String, &mut String)> {
        let mut texts = vec![("intro".to_owned(), &mut self.intro)];
        scale("skill", &mut self.scales.skill, &mut texts);
        scale("interest", &mut self.scales.interest, &mut texts);
        for item in &mut self.items {
            let id = &item.id;
            texts.push((format!("item.{id}.text"), &mut item.text));
            if let Some(rater_text) = &mut item.rater_text {
                texts.push((format!("item.{id}.rater_text"), rater_text));
            }
        }
        for (responsibility, text) in &mut self.learn_next {
            texts.push((format!("learn_next.{responsibility}"), text));
        }
        let scoring = &mut self.scoring;
        texts.push(("scoring.explanation".to_owned(), &mut scoring.explanation));
        let bands = &mut scoring.bands;
        for (score, meanings) in [
            ("skill", &mut bands.skill),
            ("interest", &mut bands.interest),
            ("fit", &mut bands.fit),
        ] {
            for (band, text) in [
                (Band::Low, &mut meanings.low),
                (Band::Moderate, &mut meanings.moderate),
                (Band::High, &mut meanings.high),
            ] {
                texts.push((format!("scoring.bands.{score}.{}", band.key()), text));
            }
        }
        let lean = &mut self.lean;
        named(
            "lean",
            [
                ("role", &mut lean.role),
                ("too_close", &mut lean.too_close),
                ("neither_yet", &mut lean.neither_yet),
            ],
            &mut texts,
        );
        let combined = &mut self.combined_role;
        named(
            "combined_role",
            [
                ("explanation", &mut combined.explanation),
                ("low", &mut combined.low),
                ("moderate", &mut combined.moderate),
                ("high", &mut combined.high),
                ("incomplete", &mut combined.incomplete),
            ],
            &mut texts,
        );
        let notes = &mut self.notes;
        named(
            "notes",
            [
                ("no_preference", &mut notes.no_preference),
                ("partial", &mut notes.partial),
                ("no_strengths", &mut notes.no_strengths),
                ("no_growth_areas", &mut notes.no_growth_areas),
                ("no_skilled_not_drawn", &mut notes.no_skilled_not_drawn),
            ],
            &mut texts,
        );
        let words = &mut self.words;
        named(
            "words",
            [
                ("and", &mut words.and),
                ("skill", &mut words.skill),
                ("interest", &mut words.interest),
                ("low", &mut words.low),
                ("moderate", &mut words.moderate),
                ("high", &mut words.high),
                ("range", &mut words.range),
                ("change_for", &mut words.change_for),
                ("someone", &mut words.someone),
            ],
            &mut texts,
        );
        trust(
            &mut self.quality,
            &mut self.ranges,
            &mut self.rating,
            &mut texts,
        );
        texts
    }
}

/// The texts of the answer-quality checks, the score ranges and the second opinion.
fn trust<'a>(
    quality: &'a mut QualityRules,
    ranges: &'a mut RangeRules,
    rating: &'a mut RatingRules,
    texts: &mut Vec<(String, &'a mut String)>,
) {
    named(
        "quality",
        [
            ("same_answer.sentence", &mut quality.same_answer.sentence),
            ("acquiescence.high", &mut quality.acquiescence.high),
            ("acquiescence.low", &mut quality.acquiescence.low),
            ("inconsistent.sentence", &mut quality.inconsistent.sentence),
            ("rushed.sentence", &mut quality.rushed.sentence),
            ("nothing_seen", &mut quality.nothing_seen),
            ("not_checked", &mut quality.not_checked),
        ],
        texts,
    );
    named(
        "ranges",
        [
            ("explanation", &mut ranges.explanation),
            ("spans_bands", &mut ranges.spans_bands),
            ("real_change", &mut ranges.real_change),
            ("within_last", &mut ranges.within_last),
        ],
        texts,
    );
    texts.push(("rating.prompt".to_owned(), &mut rating.prompt));
    texts.push(("rating.intro".to_owned(), &mut rating.intro));
    for (n, text) in rating.point_meanings.iter_mut().enumerate() {
        texts.push((format!("rating.point_meaning.{n}"), text));
    }
    named(
        "rating",
        [
            ("blind_spot", &mut rating.blind_spot),
            ("hidden_strength", &mut rating.hidden_strength),
            ("no_gaps", &mut rating.no_gaps),
            ("not_anonymous", &mut rating.not_anonymous),
            ("none_yet", &mut rating.none_yet),
        ],
        texts,
    );
}

/// A scale's prompt and its points' labels and meanings.
fn scale<'a>(name: &str, scale: &'a mut Scale, texts: &mut Vec<(String, &'a mut String)>) {
    texts.push((format!("scale.{name}.prompt"), &mut scale.prompt));
    for (n, ScalePoint { label, meaning }) in scale.points.iter_mut().enumerate() {
        texts.push((format!("scale.{name}.point.{n}.label"), label));
        texts.push((format!("scale.{name}.point.{n}.meaning"), meaning));
    }
}

/// Texts of one section, keyed `<section>.<field>`.
fn named<'a, const N: usize>(
    section: &str,
    fields: [(&str, &'a mut String); N],
    texts: &mut Vec<(String, &'a mut String)>,
) {
    for (field, text) in fields {
        texts.push((format!("{section}.{field}"), text));
    }
}
