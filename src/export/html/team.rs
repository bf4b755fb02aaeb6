//! The team report as one self-contained HTML page, with the personal report's styles, policy
//! and escaping, and the skill heat map as a plain table coloured by band.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::{STYLE, team_html};
use crate::domain::quiz::Band;
use crate::domain::team_report::{TeamReport, team_disclaimer};
use crate::export::text::{NO_SCORE, cell_text, names_text, person_fit_text, total_fit_text};
use crate::i18n::Translator;

/// The team page's additions to [`STYLE`]: a wider page for the heat map, and its colours.
/// Every cell also says its band in words, so the colours are never the only cue.
const TEAM_STYLE: &str = r"
body.team { max-width: 72rem; }
table.heat { table-layout: auto; font-size: 0.82rem; }
table.heat th.responsibility { font-weight: normal; vertical-align: bottom; }
table.heat td { text-align: right; white-space: nowrap; }
table.heat td.person, table.heat th.person { text-align: left; white-space: normal; }
td.band-low { background: #fbe3e4; }
td.band-moderate { background: #fff3c4; }
td.band-high { background: #d5f0dd; }
td.gap { font-weight: bold; color: #a40e26; }
@media print { body.team { max-width: none; } table.heat { font-size: 7.5pt; } }
";

/// Renders `report` as a complete HTML document.
pub fn render(report: &TeamReport, tr: &Translator) -> String {
    let title = report.title(tr);
    let page = html! {
        (DOCTYPE) "\n"
        html lang=(tr.language().tag()) {
            "\n"
            head {
                "\n"
                meta charset="utf-8"; "\n"
                meta name="viewport" content="width=device-width, initial-scale=1"; "\n"
                // As in the personal report: nothing loads and no script runs.
                meta http-equiv="Content-Security-Policy"
                    content="default-src 'none'; style-src 'unsafe-inline'"; "\n"
                title { (title) } "\n"
                // Raw on purpose: fixed CSS from this crate that no report text reaches.
                style { (PreEscaped(STYLE)) (PreEscaped(TEAM_STYLE)) } "\n"
            }
            "\n"
            body.team {
                "\n"
                main {
                    "\n"
                    header {
                        "\n"
                        h1 { (title) } "\n"
                        p.who {
                            (tr.tr_args("export-team-people-count", &[("count", report.members.len().into())]))
                            " · " (tr.tr("export-team-framework")) " "
                            strong { (report.framework.name) }
                        }
                        "\n"
                    }
                    "\n"
                    p.disclaimer { strong { (tr.tr("export-about-scores")) } " " (team_disclaimer(tr)) } "\n"
                    @if report.anonymised {
                        p.note { (tr.tr("export-anonymised-note")) } "\n"
                    }
                    (team_html(&report.advice, tr))
                    (staffing_html(report, tr))
                    (people_html(report, tr))
                    (coverage_html(report, tr))
                    footer { (tr.tr("export-made-with")) } "\n"
                }
                "\n"
            }
            "\n"
        }
        "\n"
    };
    page.into_string()
}

fn staffing_html(report: &TeamReport, tr: &Translator) -> Markup {
    let unfilled = tr.tr("export-unfilled");
    html! {
        section #staffing {
            "\n"
            h2 { (tr.tr("export-staffing-heading")) } "\n"
            p.muted {
                (report.framework.name) ": " (report.framework.rule)
                " (" (report.framework.source) ")"
            }
            "\n"
            @if let Some(note) = &report.staffing_note {
                p.note { (note) } "\n"
            }
            p { (tr.tr("export-seats-explained")) } "\n"
            table {
                "\n"
                thead { tr { th { (tr.tr("export-col-seat")) } th { (tr.tr("export-col-person-fit")) } th { (tr.tr("export-col-runner-up")) } } }
                "\n"
                tbody {
                    "\n"
                    @for seat in &report.seats {
                        tr {
                            td { (seat.title) }
                            td { (person_fit_text(tr, seat.holder.as_ref(), seat.pinned, &unfilled)) }
                            td { (person_fit_text(tr, seat.runner_up.as_ref(), false, NO_SCORE)) }
                        }
                        "\n"
                    }
                }
                "\n"
            }
            "\n"
            p { (total_fit_text(tr, report.total_fit, report.pin_cost)) } "\n"
        }
        "\n"
    }
}

/// The class that colours a heat map cell by its band; none for a cell without a score.
fn band_class(score: Option<(u8, Band)>) -> Option<&'static str> {
    score.map(|(_, band)| match band {
        Band::Low => "band-low",
        Band::Moderate => "band-moderate",
        Band::High => "band-high",
    })
}

fn people_html(report: &TeamReport, tr: &Translator) -> Markup {
    let no_result = tr.tr("export-no-result-yet");
    let roles: Vec<&str> = report
        .members
        .first()
        .map(|m| m.fits.iter().map(|(role, _)| role.as_str()).collect())
        .unwrap_or_default();
    html! {
        section #people {
            "\n"
            h2 { (tr.tr("export-people-heading")) } "\n"
            table {
                "\n"
                thead {
                    tr {
                        th { (tr.tr("export-col-person")) }
                        th.date { (tr.tr("export-col-result-taken")) }
                        @for role in &roles {
                            th.num { (tr.tr_args("export-role-fit", &[("role", (*role).into())])) }
                        }
                        th.num { (tr.tr("export-col-combined-fit")) }
                    }
                }
                "\n"
                tbody {
                    "\n"
                    @for member in &report.members {
                        tr {
                            td { (member.name) }
                            td { (member.taken.as_deref().unwrap_or(&no_result)) }
                            @for (_, fit) in &member.fits {
                                td.num { (cell_text(tr, *fit)) }
                            }
                            td.num { (cell_text(tr, member.combined)) }
                        }
                        "\n"
                    }
                }
                "\n"
            }
            "\n"
            h3 { (tr.tr("export-skill-heading")) } "\n"
            table.heat {
                "\n"
                thead {
                    tr {
                        th.person { (tr.tr("export-col-person")) }
                        @for heading in &report.responsibilities {
                            th.responsibility { (heading.role_short_name) ": " (heading.title) }
                        }
                    }
                }
                "\n"
                tbody {
                    "\n"
                    @for member in &report.members {
                        tr {
                            td.person { (member.name) }
                            @for skill in &member.skills {
                                td class=[band_class(*skill)] { (cell_text(tr, *skill)) }
                            }
                        }
                        "\n"
                    }
                }
                "\n"
            }
            "\n"
        }
        "\n"
    }
}

fn coverage_html(report: &TeamReport, tr: &Translator) -> Markup {
    let gaps: Vec<_> = report.coverage.iter().filter(|l| l.gap).collect();
    html! {
        section #coverage {
            "\n"
            h2 { (tr.tr("export-coverage-heading")) } "\n"
            table {
                "\n"
                thead {
                    tr {
                        th.role { (tr.tr("export-col-role")) }
                        th { (tr.tr("export-col-responsibility")) }
                        th { (tr.tr("export-col-strongest")) }
                        th.num.score { (tr.tr("export-col-skill")) }
                        th.role { (tr.tr("export-col-gap")) }
                    }
                }
                "\n"
                tbody {
                    "\n"
                    @for line in &report.coverage {
                        tr {
                            td { (line.role_short_name) }
                            td { (line.title) }
                            td { (names_text(tr, &line.strongest)) }
                            td.num class=[band_class(line.skill)] { (cell_text(tr, line.skill)) }
                            @if line.gap { td.gap { (tr.tr("export-gap")) } } @else { td {} }
                        }
                        "\n"
                    }
                }
                "\n"
            }
            "\n"
            @if gaps.is_empty() {
                p { (tr.tr("export-no-gaps")) } "\n"
            } @else {
                h3 { (tr.tr("export-gaps-heading")) } "\n"
                ul {
                    "\n"
                    @for line in &gaps {
                        li { strong { (line.title) } ": " (line.learn_next.as_deref().unwrap_or("")) } "\n"
                    }
                }
                "\n"
            }
        }
        "\n"
    }
}
