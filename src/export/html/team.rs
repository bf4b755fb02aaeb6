//! The team report as one self-contained HTML page, with the personal report's styles, policy
//! and escaping, and the skill heat map as a plain table coloured by band.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::{STYLE, team_html};
use crate::domain::quiz::Band;
use crate::domain::team_report::{TEAM_DISCLAIMER, TeamReport};
use crate::export::text::{
    ANONYMISED_NOTE, NO_SCORE, SEATS_EXPLAINED, UNFILLED, cell_text, names_text, person_fit_text,
    total_fit_text,
};

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
pub fn render(report: &TeamReport) -> String {
    let title = report.title();
    let page = html! {
        (DOCTYPE) "\n"
        html lang="en" {
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
                            (report.members.len()) " people · framework: "
                            strong { (report.framework.name) }
                        }
                        "\n"
                    }
                    "\n"
                    p.disclaimer { strong { "About these scores." } " " (TEAM_DISCLAIMER) } "\n"
                    @if report.anonymised {
                        p.note { (ANONYMISED_NOTE) } "\n"
                    }
                    (team_html(&report.advice))
                    (staffing_html(report))
                    (people_html(report))
                    (coverage_html(report))
                    footer { "Made with Career Explorer." } "\n"
                }
                "\n"
            }
            "\n"
        }
        "\n"
    };
    page.into_string()
}

fn staffing_html(report: &TeamReport) -> Markup {
    html! {
        section #staffing {
            "\n"
            h2 { "Staffing" } "\n"
            p.muted {
                (report.framework.name) ": " (report.framework.rule)
                " (" (report.framework.source) ")"
            }
            "\n"
            @if let Some(note) = &report.staffing_note {
                p.note { (note) } "\n"
            }
            p { (SEATS_EXPLAINED) } "\n"
            table {
                "\n"
                thead { tr { th { "Seat" } th { "Person and fit" } th { "Runner-up" } } }
                "\n"
                tbody {
                    "\n"
                    @for seat in &report.seats {
                        tr {
                            td { (seat.title) }
                            td { (person_fit_text(seat.holder.as_ref(), seat.pinned, UNFILLED)) }
                            td { (person_fit_text(seat.runner_up.as_ref(), false, NO_SCORE)) }
                        }
                        "\n"
                    }
                }
                "\n"
            }
            "\n"
            p { (total_fit_text(report.total_fit, report.pin_cost)) } "\n"
        }
        "\n"
    }
}

/// The class that colours a heat map cell by its band.
fn band_class(score: Option<(u8, Band)>) -> &'static str {
    match score.map(|(_, band)| band) {
        Some(Band::Low) => "band-low",
        Some(Band::Moderate) => "band-moderate",
        Some(Band::High) => "band-high",
        None => "",
    }
}

fn people_html(report: &TeamReport) -> Markup {
    let roles: Vec<&str> = report
        .members
        .first()
        .map(|m| m.fits.iter().map(|(role, _)| role.as_str()).collect())
        .unwrap_or_default();
    html! {
        section #people {
            "\n"
            h2 { "People" } "\n"
            table {
                "\n"
                thead {
                    tr {
                        th { "Person" }
                        th.date { "Result taken" }
                        @for role in &roles {
                            th.num { (role) " fit" }
                        }
                        th.num { "Combined fit" }
                    }
                }
                "\n"
                tbody {
                    "\n"
                    @for member in &report.members {
                        tr {
                            td { (member.name) }
                            td { (member.taken.as_deref().unwrap_or("no result yet")) }
                            @for (_, fit) in &member.fits {
                                td.num { (cell_text(*fit)) }
                            }
                            td.num { (cell_text(member.combined)) }
                        }
                        "\n"
                    }
                }
                "\n"
            }
            "\n"
            h3 { "Skill by responsibility" } "\n"
            table.heat {
                "\n"
                thead {
                    tr {
                        th.person { "Person" }
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
                                td class=(band_class(*skill)) { (cell_text(*skill)) }
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

fn coverage_html(report: &TeamReport) -> Markup {
    let gaps: Vec<_> = report.coverage.iter().filter(|l| l.gap).collect();
    html! {
        section #coverage {
            "\n"
            h2 { "Coverage" } "\n"
            table {
                "\n"
                thead {
                    tr {
                        th.role { "Role" }
                        th { "Responsibility" }
                        th { "Strongest" }
                        th.num.score { "Skill" }
                        th.role { "Gap" }
                    }
                }
                "\n"
                tbody {
                    "\n"
                    @for line in &report.coverage {
                        tr {
                            td { (line.role_short_name) }
                            td { (line.title) }
                            td { (names_text(&line.strongest)) }
                            td.num class=(band_class(line.skill)) { (cell_text(line.skill)) }
                            @if line.gap { td.gap { "gap" } } @else { td {} }
                        }
                        "\n"
                    }
                }
                "\n"
            }
            "\n"
            @if gaps.is_empty() {
                p { "Somebody is at least moderate at every responsibility." } "\n"
            } @else {
                h3 { "Gaps: what to learn" } "\n"
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
