//! The report's per-responsibility scores as CSV, for a spreadsheet.
//!
//! RFC 4180: a header row, records ending in CRLF, and a field quoted (its quotes doubled)
//! when it holds a comma, a quote, a CR or an LF. One row per responsibility; a report without
//! a quiz result has only the header. The person's name and the date are on every row, so
//! exports from several people can be pasted into one sheet. When the profile holds ratings,
//! each row also has what others said ([`OTHERS_HEADER`]).
//!
//! Spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as
//! a formula. As OWASP's "CSV Injection" page advises, such a field gets a leading `'` (so it is
//! shown as text) and is always quoted.

pub mod team;

use crate::domain::quiz::{Band, ScoreRange};
use crate::domain::rating::others_by_id;
use crate::domain::report::Report;
use crate::i18n::Translator;

/// The header row's fields.
///
/// `*_low` and `*_high` are the ends of a score's range (empty in a
/// result kept before ranges); `quality` holds the ids of the answer-quality checks that spoke
/// up, separated by `;` (empty when none did, `not_checked` for a result kept before them).
pub const HEADER: [&str; 14] = [
    "name",
    "date",
    "role",
    "responsibility_id",
    "responsibility",
    "skill",
    "skill_band",
    "skill_low",
    "skill_high",
    "interest",
    "interest_band",
    "interest_low",
    "interest_high",
    "quality",
];

/// The columns added after [`HEADER`] when the profile holds ratings.
///
/// Per responsibility: the others' average skill score, the lowest and highest rater's, and
/// how many raters answered its items (the three scores empty when none did). A profile
/// without ratings has only [`HEADER`]'s columns.
pub const OTHERS_HEADER: [&str; 4] = ["others_skill", "others_low", "others_high", "raters"];

/// The header row in `tr`'s language.
///
/// Each of `columns` (from [`HEADER`], [`OTHERS_HEADER`] or the team's header) by its message `export-csv-<column>`, except the id columns, which keep
/// their name in every language so a script can find them. In English the header is `columns`.
pub fn header(tr: &Translator, columns: &[&str]) -> Vec<String> {
    columns
        .iter()
        .map(|column| {
            if column.ends_with("_id") {
                (*column).to_owned()
            } else {
                tr.tr(&format!("export-csv-{}", column.replace('_', "-")))
            }
        })
        .collect()
}

/// Characters that make a spreadsheet read a cell as a formula when they start it.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One field, ready to put between commas: guarded against formulas and quoted when needed.
pub fn field(text: &str) -> String {
    let guarded = text.starts_with(FORMULA_STARTS);
    let needs_quotes = guarded || text.contains([',', '"', '\r', '\n']);
    if !needs_quotes {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 4);
    out.push('"');
    if guarded {
        out.push('\'');
    }
    out.push_str(&text.replace('"', "\"\""));
    out.push('"');
    out
}

/// Renders the report's per-responsibility scores as CSV, its header row in `tr`'s language.
///
/// Only the header is translated: the values stay machine-readable in every language (numbers
/// as `75`, never `75,0`; bands and quality checks by their stable keys), so a sheet made in
/// German sorts and sums like one made in English.
pub fn render(report: &Report, tr: &Translator) -> String {
    let mut out = String::with_capacity(2048);
    let others = report.others.as_ref().map(|o| others_by_id(&o.view));
    let columns = if others.is_some() {
        [&HEADER[..], &OTHERS_HEADER[..]].concat()
    } else {
        HEADER.to_vec()
    };
    let header = header(tr, &columns);
    push_record(
        &mut out,
        &header.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    let Some(section) = &report.result else {
        return out;
    };
    let quality = section.result.quality.as_ref().map_or_else(
        || "not_checked".to_owned(),
        |flags| {
            flags
                .iter()
                .map(|f| f.id.key())
                .collect::<Vec<_>>()
                .join(";")
        },
    );
    for line in &section.responsibilities {
        let (skill, skill_band) = split(line.skill);
        let (interest, interest_band) = split(line.interest);
        let (skill_low, skill_high) = ends(line.skill_range);
        let (interest_low, interest_high) = ends(line.interest_range);
        let rated = others.as_ref().map(|by_id| {
            by_id.get(line.id.as_str()).map_or_else(
                || [String::new(), String::new(), String::new(), "0".to_owned()],
                |(average, low, high, raters)| {
                    [
                        average.to_string(),
                        low.to_string(),
                        high.to_string(),
                        raters.to_string(),
                    ]
                },
            )
        });
        let mut fields: Vec<&str> = vec![
            &report.name,
            &report.date,
            &line.role_short_name,
            &line.id,
            &line.title,
            &skill,
            &skill_band,
            &skill_low,
            &skill_high,
            &interest,
            &interest_band,
            &interest_low,
            &interest_high,
            &quality,
        ];
        if let Some(rated) = &rated {
            fields.extend(rated.iter().map(String::as_str));
        }
        push_record(&mut out, &fields);
    }
    out
}

/// A range's two ends, or two empty fields.
fn ends(range: Option<ScoreRange>) -> (String, String) {
    range.map_or_else(
        || (String::new(), String::new()),
        |r| (r.low.to_string(), r.high.to_string()),
    )
}

fn push_record(out: &mut String, fields: &[&str]) {
    let fields: Vec<String> = fields.iter().map(|f| field(f)).collect();
    out.push_str(&fields.join(","));
    out.push_str("\r\n");
}

/// A score and its band's key ("high"), or two empty fields when there is no score.
///
/// The key, not [`Band::label`]: a band column is data a spreadsheet filters and sorts on, so it
/// keeps the quiz file's stable key even if the label people read is reworded.
fn split(score: Option<(u8, Band)>) -> (String, String) {
    score.map_or_else(
        || (String::new(), String::new()),
        |(v, band)| (v.to_string(), band.key().to_owned()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn every_column_has_a_name_in_every_language() {
        let columns = [&HEADER[..], &OTHERS_HEADER[..], &team::TEAM_HEADER[..]].concat();
        for language in [Language::English, Language::German] {
            let tr = Translator::new(language);
            for column in &columns {
                let id = format!("export-csv-{}", column.replace('_', "-"));
                assert!(
                    column.ends_with("_id") || tr.has(&id),
                    "{id} in {language:?}"
                );
            }
        }
        // English keeps the header scripts already read.
        let english = Translator::new(Language::English);
        assert_eq!(header(&english, &columns), columns, "English header");
        let german = header(&Translator::new(Language::German), &HEADER);
        assert_eq!(
            german[3], "responsibility_id",
            "an id column keeps its name"
        );
        assert_eq!(german[1], "datum", "a column people read is translated");
    }

    #[test]
    fn plain_fields_are_left_alone() {
        assert_eq!(field("Product vision"), "Product vision");
        assert_eq!(field("75"), "75");
        assert_eq!(field(""), "");
        assert_eq!(field("2026-11-27"), "2026-11-27");
    }

    #[test]
    fn rfc_4180_quoting() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("cr\rhere"), "\"cr\rhere\"");
    }

    #[test]
    fn formulas_are_guarded() {
        assert_eq!(field("=cmd|' /C calc'!A0"), "\"'=cmd|' /C calc'!A0\"");
        assert_eq!(field("+1"), "\"'+1\"");
        assert_eq!(field("-1"), "\"'-1\"");
        assert_eq!(field("@SUM(A1)"), "\"'@SUM(A1)\"");
        assert_eq!(field("\tx"), "\"'\tx\"");
        assert_eq!(field("\rx"), "\"'\rx\"");
        assert_eq!(field("=\"a\",b"), "\"'=\"\"a\"\",b\"");
        // Only the first character counts.
        assert_eq!(field("a=b"), "a=b");
    }
}
