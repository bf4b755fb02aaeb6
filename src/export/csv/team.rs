//! The team report's skill grid as CSV: one row per person and responsibility.
//!
//! The same RFC 4180 quoting and formula guard as the personal report's CSV (see the parent
//! module). Each row carries the team, the person, the day of their result and the seat they
//! hold, so the sheet can be pivoted into a heat map or filtered by seat.

use super::{field, split};
use crate::domain::team_report::TeamReport;

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

/// Renders the team's skill grid as CSV. A person without a result gets their rows with empty
/// scores, so every person is in the sheet.
pub fn render(report: &TeamReport) -> String {
    let mut out = String::with_capacity(128 * (report.members.len() + 1) * 10);
    push_record(&mut out, &TEAM_HEADER);
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
