//! Text that every export format writes the same way: escaping for HTML and SVG, signed
//! points, a score with its band, and the team report's fixed wording.
//!
//! A leaf module: it imports no other export module, so every format can use it and the
//! formats never need each other for a helper (html uses svg for its charts, and that is the
//! only edge between formats).

use crate::domain::advisor::Verdict;
use crate::domain::quiz::{Band, BandedScore};
use crate::domain::team_report::PersonFit;
use crate::i18n::Translator;

/// What a table cell shows for a score that is not known.
pub const NO_SCORE: &str = "–";

/// Escapes `& < > "` so `text` is inert in element content and in double-quoted attributes.
///
/// The same rule as the `maud` templates of the HTML page, so a chart's text and the page's
/// text are escaped alike. Every attribute the exports write is double-quoted (maud's and the
/// svg module's), so `'` is inert and stays as it is.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// "+2", "0" or "−2" (with a real minus sign).
pub fn signed(points: i64) -> String {
    match points {
        p if p > 0 => format!("+{p}"),
        p if p < 0 => format!("−{}", p.unsigned_abs()),
        _ => "0".to_owned(),
    }
}

/// A band's name in `tr`'s language: "high", "hoch".
pub fn band(tr: &Translator, band: Band) -> String {
    tr.tr_args("export-band", &[("band", band.key().into())])
}

/// What is said of a score that is not there yet: "not scored yet".
pub fn not_scored(tr: &Translator) -> String {
    tr.tr("export-not-scored")
}

/// A score with its band in brackets: "72 (high)".
pub fn banded(tr: &Translator, value: u8, band: Band) -> String {
    // Digits and brackets read the same in every language; only the band is a word.
    format!("{value} ({})", self::band(tr, band))
}

/// "72 (high)", or "not scored yet" when there is no score.
pub fn score_text(tr: &Translator, score: Option<&BandedScore>) -> String {
    score.map_or_else(|| not_scored(tr), |s| banded(tr, s.value, s.band))
}

/// "72 (high)" for a table cell, or [`NO_SCORE`] when there is no score.
pub fn cell_text(tr: &Translator, score: Option<(u8, Band)>) -> String {
    score.map_or_else(|| NO_SCORE.to_owned(), |(v, band)| banded(tr, v, band))
}

/// "Ana, Bo", or "nobody yet" for an empty list.
pub fn names_text(tr: &Translator, names: &[String]) -> String {
    if names.is_empty() {
        tr.tr("export-nobody-yet")
    } else {
        names.join(", ")
    }
}

/// "Ana, 80 (high)", "Ana, 80 (high), pinned", or `empty` when there is nobody.
pub fn person_fit_text(
    tr: &Translator,
    person: Option<&PersonFit>,
    pinned: bool,
    empty: &str,
) -> String {
    person.map_or_else(
        || empty.to_owned(),
        |p| {
            let fit = banded(tr, p.fit, p.band);
            if pinned {
                format!("{}, {fit}, {}", p.name, tr.tr("export-pinned"))
            } else {
                format!("{}, {fit}", p.name)
            }
        },
    )
}

/// "Total fit 150." and, when pins cost something, what they cost.
pub fn total_fit_text(tr: &Translator, total_fit: u32, pin_cost: u32) -> String {
    if pin_cost == 0 {
        tr.tr_args("export-total-fit", &[("total", total_fit.into())])
    } else {
        tr.tr_args(
            "export-total-fit-pinned",
            &[("total", total_fit.into()), ("cost", pin_cost.into())],
        )
    }
}

/// A blind spot or a hidden strength in words, or nothing.
pub fn gap_text(tr: &Translator, gap: Option<crate::domain::rating::Gap>) -> String {
    match gap {
        Some(crate::domain::rating::Gap::BlindSpot) => tr.tr("export-gap-blind-spot"),
        Some(crate::domain::rating::Gap::HiddenStrength) => tr.tr("export-gap-hidden-strength"),
        None => String::new(),
    }
}

/// "1 person has rated your skills." or "3 people have rated your skills."
pub fn raters_sentence(tr: &Translator, raters: usize) -> String {
    tr.tr_args("export-raters", &[("count", raters.into())])
}

/// The verdict's name in `tr`'s language: "Split", "Aufteilen".
pub fn verdict_name(tr: &Translator, verdict: Verdict) -> String {
    let key = match verdict {
        Verdict::Combine => "combine",
        Verdict::Split => "split",
        Verdict::NoClearWinner => "none",
    };
    tr.tr_args("export-verdict", &[("verdict", key.into())])
}

/// An optional score as a cell, or a dash.
pub fn score_cell(score: Option<u8>) -> String {
    score.map_or_else(|| NO_SCORE.to_owned(), |s| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_characters() {
        assert_eq!(
            escape(r#"<a href="x" title='y'>&amp;</a>"#),
            "&lt;a href=&quot;x&quot; title='y'&gt;&amp;amp;&lt;/a&gt;"
        );
        assert_eq!(escape("plain é text"), "plain é text");
    }

    #[test]
    fn signed_points_use_a_real_minus() {
        assert_eq!(signed(2), "+2");
        assert_eq!(signed(-2), "−2");
        assert_eq!(signed(0), "0");
        assert_eq!(signed(i64::MIN), format!("−{}", i64::MIN.unsigned_abs()));
    }

    #[test]
    fn scores_with_and_without_a_value() {
        let score = BandedScore {
            value: 72,
            band: Band::High,
            meaning: String::new(),
            range: None,
        };
        let en = Translator::new(crate::i18n::Language::English);
        assert_eq!(score_text(&en, Some(&score)), "72 (high)");
        assert_eq!(score_text(&en, None), "not scored yet");
        assert_eq!(cell_text(&en, Some((38, Band::Low))), "38 (low)");
        assert_eq!(cell_text(&en, None), NO_SCORE);
        let de = Translator::new(crate::i18n::Language::German);
        assert_eq!(score_text(&de, Some(&score)), "72 (hoch)");
        assert_eq!(cell_text(&de, Some((38, Band::Low))), "38 (niedrig)");
    }
}
