//! The team report as Markdown, with the same escaping as the personal report.

use std::fmt::Write as _;

use super::{escape_inline, team_md};
use crate::domain::team_report::{TeamReport, team_disclaimer};
use crate::export::text::{NO_SCORE, cell_text, names_text, person_fit_text, total_fit_text};
use crate::i18n::Translator;

/// Renders `report` as a Markdown document in `tr`'s language.
pub fn render(report: &TeamReport, tr: &Translator) -> String {
    let mut out = String::with_capacity(16 * 1024);
    let _ = writeln!(out, "# {}\n", escape_inline(&report.title(tr)));
    let _ = writeln!(
        out,
        "{}\n",
        tr.tr_args(
            "export-team-people-framework",
            &[
                ("count", report.members.len().into()),
                ("framework", escape_inline(&report.framework.name).into()),
                ("rule", escape_inline(&report.framework.rule).into()),
                ("source", escape_inline(&report.framework.source).into()),
            ]
        )
    );
    let _ = writeln!(
        out,
        "> **{}** {}\n",
        tr.tr("export-about-scores"),
        escape_inline(&team_disclaimer(tr))
    );
    if report.anonymised {
        let _ = writeln!(
            out,
            "> {}\n",
            escape_inline(&tr.tr("export-anonymised-note"))
        );
    }
    team_md(&mut out, &report.advice, tr);
    staffing_md(&mut out, report, tr);
    people_md(&mut out, report, tr);
    coverage_md(&mut out, report, tr);
    let _ = writeln!(out, "---\n\n{}", tr.tr("export-made-with"));
    out
}

fn staffing_md(out: &mut String, report: &TeamReport, tr: &Translator) {
    let _ = writeln!(out, "## {}\n", tr.tr("export-staffing-heading"));
    if let Some(note) = &report.staffing_note {
        let _ = writeln!(
            out,
            "> **{}** {}\n",
            tr.tr("export-note-label"),
            escape_inline(note)
        );
    }
    let _ = writeln!(out, "{}\n", escape_inline(&tr.tr("export-seats-explained")));
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n|---|---|---|",
        tr.tr("export-col-seat"),
        tr.tr("export-col-person-fit"),
        tr.tr("export-col-runner-up")
    );
    let unfilled = tr.tr("export-unfilled");
    for seat in &report.seats {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            escape_inline(&seat.title),
            escape_inline(&person_fit_text(
                tr,
                seat.holder.as_ref(),
                seat.pinned,
                &unfilled
            )),
            escape_inline(&person_fit_text(
                tr,
                seat.runner_up.as_ref(),
                false,
                NO_SCORE
            ))
        );
    }
    let _ = writeln!(
        out,
        "\n{}\n",
        escape_inline(&total_fit_text(tr, report.total_fit, report.pin_cost))
    );
}

fn people_md(out: &mut String, report: &TeamReport, tr: &Translator) {
    let _ = writeln!(out, "## {}\n", tr.tr("export-people-heading"));
    let roles: Vec<String> = report
        .members
        .first()
        .map(|m| {
            m.fits
                .iter()
                .map(|(role, _)| {
                    tr.tr_args("export-role-fit", &[("role", escape_inline(role).into())])
                })
                .collect()
        })
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |",
        tr.tr("export-col-person"),
        tr.tr("export-col-result-taken"),
        roles.join(" | "),
        tr.tr("export-col-combined-fit")
    );
    let _ = writeln!(out, "|---|---|{}--:|", "--:|".repeat(roles.len()));
    for member in &report.members {
        let fits: Vec<String> = member
            .fits
            .iter()
            .map(|(_, fit)| cell_text(tr, *fit))
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            escape_inline(&member.name),
            member
                .taken
                .as_deref()
                .map_or_else(|| tr.tr("export-no-result-yet"), escape_inline),
            fits.join(" | "),
            cell_text(tr, member.combined)
        );
    }
    let _ = writeln!(out, "\n### {}\n", tr.tr("export-skill-heading"));
    let _ = write!(out, "| {} |", tr.tr("export-col-person"));
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
            let _ = write!(out, " {} |", cell_text(tr, *skill));
        }
        out.push('\n');
    }
    out.push('\n');
}

fn coverage_md(out: &mut String, report: &TeamReport, tr: &Translator) {
    let _ = writeln!(out, "## {}\n", tr.tr("export-coverage-heading"));
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} |\n|---|---|---|--:|---|",
        tr.tr("export-col-role"),
        tr.tr("export-col-responsibility"),
        tr.tr("export-col-strongest"),
        tr.tr("export-col-skill"),
        tr.tr("export-col-gap")
    );
    let gap = tr.tr("export-gap");
    for line in &report.coverage {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            escape_inline(&line.role_short_name),
            escape_inline(&line.title),
            escape_inline(&names_text(tr, &line.strongest)),
            cell_text(tr, line.skill),
            if line.gap { gap.as_str() } else { "" }
        );
    }
    out.push('\n');
    let gaps: Vec<_> = report.coverage.iter().filter(|l| l.gap).collect();
    if gaps.is_empty() {
        let _ = writeln!(out, "{}\n", tr.tr("export-no-gaps"));
        return;
    }
    let _ = writeln!(out, "### {}\n", tr.tr("export-gaps-heading"));
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
