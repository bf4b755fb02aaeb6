//! The team report as Markdown, with the same escaping as the personal report.

use std::fmt::Write as _;

use super::{escape_inline, team_md};
use crate::domain::team_report::{TEAM_DISCLAIMER, TeamReport};
use crate::export::text::{
    ANONYMISED_NOTE, NO_SCORE, SEATS_EXPLAINED, UNFILLED, cell_text, names_text, person_fit_text,
    total_fit_text,
};

/// Renders `report` as a Markdown document.
pub fn render(report: &TeamReport) -> String {
    let mut out = String::with_capacity(16 * 1024);
    let _ = writeln!(out, "# {}\n", escape_inline(&report.title()));
    let _ = writeln!(
        out,
        "**People:** {}. **Framework:** {}: {} ({})\n",
        report.members.len(),
        escape_inline(&report.framework.name),
        escape_inline(&report.framework.rule),
        escape_inline(&report.framework.source)
    );
    let _ = writeln!(
        out,
        "> **About these scores.** {}\n",
        escape_inline(TEAM_DISCLAIMER)
    );
    if report.anonymised {
        let _ = writeln!(out, "> {}\n", escape_inline(ANONYMISED_NOTE));
    }
    team_md(&mut out, &report.advice);
    staffing_md(&mut out, report);
    people_md(&mut out, report);
    coverage_md(&mut out, report);
    out.push_str("---\n\nMade with Career Explorer.\n");
    out
}

fn staffing_md(out: &mut String, report: &TeamReport) {
    out.push_str("## Staffing\n\n");
    if let Some(note) = &report.staffing_note {
        let _ = writeln!(out, "> **Note:** {}\n", escape_inline(note));
    }
    let _ = writeln!(out, "{}\n", escape_inline(SEATS_EXPLAINED));
    out.push_str("| Seat | Person and fit | Runner-up |\n|---|---|---|\n");
    for seat in &report.seats {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            escape_inline(&seat.title),
            escape_inline(&person_fit_text(
                seat.holder.as_ref(),
                seat.pinned,
                UNFILLED
            )),
            escape_inline(&person_fit_text(seat.runner_up.as_ref(), false, NO_SCORE))
        );
    }
    let _ = writeln!(
        out,
        "\n{}\n",
        escape_inline(&total_fit_text(report.total_fit, report.pin_cost))
    );
}

fn people_md(out: &mut String, report: &TeamReport) {
    out.push_str("## People\n\n");
    let roles: Vec<String> = report
        .members
        .first()
        .map(|m| {
            m.fits
                .iter()
                .map(|(role, _)| format!("{} fit", escape_inline(role)))
                .collect()
        })
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "| Person | Result taken | {} | Combined fit |",
        roles.join(" | ")
    );
    let _ = writeln!(out, "|---|---|{}--:|", "--:|".repeat(roles.len()));
    for member in &report.members {
        let fits: Vec<String> = member.fits.iter().map(|(_, fit)| cell_text(*fit)).collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            escape_inline(&member.name),
            member
                .taken
                .as_deref()
                .map_or_else(|| "no result yet".to_owned(), escape_inline),
            fits.join(" | "),
            cell_text(member.combined)
        );
    }
    out.push_str("\n### Skill by responsibility\n\n");
    out.push_str("| Person |");
    for heading in &report.responsibilities {
        let _ = write!(
            out,
            " {}: {} |",
            escape_inline(&heading.role_short_name),
            escape_inline(&heading.title)
        );
    }
    let _ = writeln!(
        out,
        "\n|---|{}",
        "--:|".repeat(report.responsibilities.len())
    );
    for member in &report.members {
        let _ = write!(out, "| {} |", escape_inline(&member.name));
        for skill in &member.skills {
            let _ = write!(out, " {} |", cell_text(*skill));
        }
        out.push('\n');
    }
    out.push('\n');
}

fn coverage_md(out: &mut String, report: &TeamReport) {
    out.push_str("## Coverage\n\n");
    out.push_str("| Role | Responsibility | Strongest | Skill | Gap |\n|---|---|---|--:|---|\n");
    for line in &report.coverage {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            escape_inline(&line.role_short_name),
            escape_inline(&line.title),
            escape_inline(&names_text(&line.strongest)),
            cell_text(line.skill),
            if line.gap { "gap" } else { "" }
        );
    }
    out.push('\n');
    let gaps: Vec<_> = report.coverage.iter().filter(|l| l.gap).collect();
    if gaps.is_empty() {
        out.push_str("Somebody is at least moderate at every responsibility.\n\n");
        return;
    }
    out.push_str("### Gaps: what to learn\n\n");
    for line in gaps {
        let _ = writeln!(
            out,
            "- **{}:** {}",
            escape_inline(&line.title),
            escape_inline(line.learn_next.as_deref().unwrap_or(""))
        );
    }
    out.push('\n');
}
