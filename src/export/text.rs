//! Text that every export format writes the same way: escaping for HTML and SVG, signed
//! points, a score with its band, and the team report's fixed wording.
//!
//! A leaf module: it imports no other export module, so every format can use it and the
//! formats never need each other for a helper (html uses svg for its charts, and that is the
//! only edge between formats).

use crate::domain::quiz::{Band, BandedScore, NOT_SCORED};
use crate::domain::team_report::PersonFit;

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

/// The team report's note when names are anonymised.
pub const ANONYMISED_NOTE: &str = "Names are anonymised: people are called Member 1, Member 2, \
    and so on, in the order they were added to the team.";

/// What a coverage line says when nobody has a skill score for a responsibility.
pub const NOBODY_YET: &str = "nobody yet";

/// What a seat says when there are fewer candidates than seats.
pub const UNFILLED: &str = "unfilled: nobody left with a result for it";

/// The staffing section's explanation of how the seats are filled.
pub const SEATS_EXPLAINED: &str = "Seats are filled so that the total fit is as high as it \
    can be and nobody holds two seats; the runner-up is the fittest person who holds no seat.";

/// "Ana, Bo", or [`NOBODY_YET`] for an empty list.
pub fn names_text(names: &[String]) -> String {
    if names.is_empty() {
        NOBODY_YET.to_owned()
    } else {
        names.join(", ")
    }
}

/// "Ana, 80 (high)", "Ana, 80 (high), pinned", or `empty` when there is nobody.
pub fn person_fit_text(person: Option<&PersonFit>, pinned: bool, empty: &str) -> String {
    person.map_or_else(
        || empty.to_owned(),
        |p| {
            let pin = if pinned { ", pinned" } else { "" };
            format!("{}, {}{pin}", p.name, banded(p.fit, p.band))
        },
    )
}

/// "Total fit 150." and, when pins cost something, what they cost.
pub fn total_fit_text(total_fit: u32, pin_cost: u32) -> String {
    if pin_cost == 0 {
        format!("Total fit of the seats: {total_fit}.")
    } else {
        format!(
            "Total fit of the seats: {total_fit}; the pinned choices cost {pin_cost} points of fit \
             against the best assignment without them."
        )
    }
}

/// A blind spot or a hidden strength in words, or nothing.
pub const fn gap_text(gap: Option<crate::domain::rating::Gap>) -> &'static str {
    match gap {
        Some(crate::domain::rating::Gap::BlindSpot) => "possible blind spot",
        Some(crate::domain::rating::Gap::HiddenStrength) => "possible hidden strength",
        None => "",
    }
}

/// "1 person has rated your skills." or "3 people have rated your skills."
pub fn raters_sentence(raters: usize) -> String {
    if raters == 1 {
        "1 person has rated your skills.".to_owned()
    } else {
        format!("{raters} people have rated your skills.")
    }
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
        assert_eq!(score_text(Some(&score)), "72 (high)");
        assert_eq!(score_text(None), "not scored yet");
        assert_eq!(cell_text(Some((38, Band::Low))), "38 (low)");
        assert_eq!(cell_text(None), NO_SCORE);
    }
}
