//! The team report's skill grid as CSV: one row per person and responsibility.
//!
//! The same RFC 4180 quoting and formula guard as the personal report's CSV (see the parent
//! module). Each row carries the team, the person, the day of their result and the seat they
//! hold, so the sheet can be pivoted into a heat map or filtered by seat.

use super::{field, header, split};
use crate::domain::team_report::TeamReport;
use crate::i18n::Translator;

/// The header row's fields.
pub const TEAM_HEADER: [&str; 9] = [
    "team",
    "person",
    "result_taken",
    "seat",
    "role",
    "responsibility_id",
    "responsibility",
    "skill",
    "skill_band",
];

/// Renders the team's skill grid as CSV.
///
/// A person without a result gets their rows with empty
/// scores, so every person is in the sheet. The header row is in `tr`'s language; the values
/// stay machine-readable (see the parent module's `render`).
pub fn render(report: &TeamReport, tr: &Translator) -> String {
    let mut out = String::with_capacity(128 * (report.members.len() + 1) * 10);
    let header = header(tr, &TEAM_HEADER);
    push_record(
        &mut out,
        &header.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    for member in &report.members {
        let seat = member.seats.join("; ");
        let taken = member.taken.as_deref().unwrap_or("");
        for (heading, skill) in report.responsibilities.iter().zip(&member.skills) {
            let (value, band) = split(*skill);
            push_record(
                &mut out,
                &[
                    &report.name,
                    &member.name,
                    taken,
                    &seat,
                    &heading.role_short_name,
                    &heading.id,
                    &heading.title,
                    &value,
                    &band,
                ],
            );
        }
    }
    out
}

fn push_record(out: &mut String, fields: &[&str]) {
    let fields: Vec<String> = fields.iter().map(|f| field(f)).collect();
    out.push_str(&fields.join(","));
    out.push_str("\r\n");
}
