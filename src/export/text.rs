//! Text that every export format writes the same way: escaping for HTML and SVG, signed
//! points, and a score with its band.
//!
//! A leaf module: it imports no other export module, so every format can use it and the
//! formats never need each other for a helper (html uses svg for its charts, and that is the
//! only edge between formats).

use crate::domain::quiz::{Band, BandedScore, NOT_SCORED};

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

/// A score with its band in brackets: "72 (high)".
pub fn banded(value: u8, band: Band) -> String {
    format!("{value} ({})", band.label())
}

/// "72 (high)", or [`NOT_SCORED`] when there is no score.
pub fn score_text(score: Option<&BandedScore>) -> String {
    score.map_or_else(|| NOT_SCORED.to_owned(), |s| banded(s.value, s.band))
}

/// "72 (high)" for a table cell, or [`NO_SCORE`] when there is no score.
pub fn cell_text(score: Option<(u8, Band)>) -> String {
    score.map_or_else(|| NO_SCORE.to_owned(), |(v, band)| banded(v, band))
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
        };
        assert_eq!(score_text(Some(&score)), "72 (high)");
        assert_eq!(score_text(None), "not scored yet");
        assert_eq!(cell_text(Some((38, Band::Low))), "38 (low)");
        assert_eq!(cell_text(None), NO_SCORE);
    }
}
