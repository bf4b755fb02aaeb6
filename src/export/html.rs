//! The report as one self-contained HTML page.
//!
//! Everything is in the file: the CSS is inline, the charts are inline SVG, and nothing refers
//! to another URL, so the page opens offline and a mail client or browser fetches nothing. A
//! Content-Security-Policy that allows no sources at all backs that up and stops any script.
//! The print styles fit A4 and Letter: the page box is the printer's, the content has no fixed
//! width, long words wrap, and rows, charts and cards are never split across pages.
//!
//! The page is a `maud` template, so every piece of text, from the profile or from the shipped
//! content, is escaped unless the template inserts it raw with `PreEscaped`. Only two things
//! are: the fixed CSS below and the charts from [`svg`] (through `chart`), which escapes its
//! own text. The `"\n"` literals put one block a line, so the page's source stays readable and
//! a change to it shows as a line in the golden file's diff.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::svg;

pub mod team;
use super::text::{
    NO_SCORE, cell_text, gap_text, raters_sentence, score_cell, signed, verdict_name,
};
use crate::domain::advisor::Verdict;
use crate::domain::quiz::ScoreRange;
use crate::domain::report::{
    History, OthersSection, Report, ResultSection, TeamSection, change_words, disclaimer,
};
use crate::i18n::Translator;

/// The escaping every piece of text gets: the same rule as the page's template, for the tests
/// and callers that look for a text in the page.
pub use super::text::escape;

/// The page's styles: screen first, then print.
const STYLE: &str = r#"
:root { color-scheme: light; }
* { box-sizing: border-box; }
/* Every size is in rem, so print scales the whole page from one number. */
html { font-size: 15px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0 auto; padding: 2rem 1.5rem; max-width: 52rem;
  font-family: "DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif;
  font-size: 1rem; line-height: 1.45; color: #1f2328; background: #fff;
  overflow-wrap: anywhere;
}
h1 { font-size: 1.7rem; margin: 0 0 0.2rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 2px solid #d0d7de; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 0.4rem; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
p, li { margin: 0.35rem 0; }
ul { padding-left: 1.3rem; }
.who { margin: 0; color: #57606a; }
.who strong { color: #1f2328; }
.disclaimer { margin: 1rem 0; padding: 0.6rem 0.8rem; border-left: 4px solid #8c959f; background: #f6f8fa; font-size: 0.92rem; }
.warning, .note { padding: 0.5rem 0.8rem; border-left: 4px solid #bf8700; background: #fff8e5; }
.muted { color: #57606a; font-size: 0.92rem; }
.verdict { font-size: 1.1rem; }
.badge { display: inline-block; padding: 0.1rem 0.6rem; border-radius: 0.3rem; font-weight: bold; color: #fff; background: #57606a; }
.badge.split { background: #6a4c9c; }
.badge.combine { background: #2f8a7e; }
figure { margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
figcaption { color: #57606a; font-size: 0.88rem; margin-top: 0.3rem; }
svg.chart { display: block; width: 100%; max-width: 640px; height: auto; font-family: inherit; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0.6rem 0; font-size: 0.92rem; }
th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
th { background: #f0f3f6; }
td.num, th.num { text-align: right; }
/* Column widths: the table never grows past the page, whatever the text in it. */
th.input { width: 24%; } th.value { width: 13%; } th.points { width: 10%; }
th.role { width: 10%; } th.score { width: 19%; }
th.date { width: 16%; } th.fit { width: 17%; } th.count { width: 15%; }
thead { display: table-header-group; }
tr, li, .card, .disclaimer, .note, .warning { break-inside: avoid; page-break-inside: avoid; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0.8rem; }
.card { border: 1px solid #d0d7de; border-radius: 0.4rem; padding: 0.6rem 0.8rem; }
.card h3 { margin-top: 0; }
.card dl { margin: 0.4rem 0 0; }
.card dt { font-weight: bold; margin-top: 0.4rem; }
.card dd { margin: 0; }
.notes { white-space: pre-wrap; border: 1px solid #d0d7de; border-radius: 0.4rem; padding: 0.6rem 0.8rem; }
footer { margin-top: 2rem; color: #57606a; font-size: 0.85rem; }
@page { size: auto; margin: 16mm 14mm; }
@media print {
  html { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  h2 { margin-top: 1.4rem; }
  .cards { grid-template-columns: 1fr 1fr; }
  svg.chart { max-width: 100%; }
}
"#;

/// Renders `report` as a complete HTML document.
pub fn render(report: &Report, tr: &Translator) -> String {
    let name = report.name.trim();
    let notes = report.notes.trim();
    let page = html! {
        (DOCTYPE) "\n"
        html lang=(tr.language().tag()) {
            "\n"
            head {
                "\n"
                meta charset="utf-8"; "\n"
                meta name="viewport" content="width=device-width, initial-scale=1"; "\n"
                // No source is allowed for anything but the inline styles: nothing loads, no
                // script runs.
                meta http-equiv="Content-Security-Policy"
                    content="default-src 'none'; style-src 'unsafe-inline'"; "\n"
                title { (report.title(tr)) } "\n"
                // Raw on purpose: fixed CSS from this file that no report text reaches, and
                // escaping would break its quoted font names.
                style { (PreEscaped(STYLE)) } "\n"
            }
            "\n"
            body {
                "\n"
                main {
                    "\n"
                    header {
                        "\n"
                        h1 { (tr.tr("export-title")) } "\n"
                        @if name.is_empty() {
                            p.who { (report.date) } "\n"
                        } @else {
                            p.who { strong { (name) } " · " (report.date) } "\n"
                        }
                    }
                    "\n"
                    p.disclaimer { strong { (tr.tr("export-about-scores")) } " " (disclaimer(tr)) } "\n"
                    @if let Some(team) = &report.team {
                        (team_html(team, tr))
                    }
                    @match &report.result {
                        Some(section) => (result_html(section, tr)),
                        None => {
                            section #quiz {
                                "\n"
                                h2 { (tr.tr("export-quiz-heading")) } "\n"
                                p { (tr.tr("export-quiz-not-taken")) } "\n"
                            }
                            "\n"
                        }
                    }
                    @if let Some(others) = &report.others {
                        (others_html(others, tr))
                    }
                    (history_html(&report.history, tr))
                    @if !notes.is_empty() {
                        section #notes {
                            "\n"
                            h2 { (tr.tr("export-notes-heading")) } "\n"
                            div.notes { (notes) } "\n"
                        }
                        "\n"
                    }
                    footer { (tr.tr_args("export-made-on", &[("date", report.date.as_str().into())])) } "\n"
                }
                "\n"
            }
            "\n"
        }
        "\n"
    };
    page.into_string()
}

/// A chart from [`svg`], inserted raw: the svg module escapes every text it writes into it, so
/// escaping it again would show its markup as text.
fn chart(svg: String) -> PreEscaped<String> {
    PreEscaped(svg)
}

fn team_html(team: &TeamSection, tr: &Translator) -> Markup {
    let class = match team.verdict {
        Verdict::Split => "split",
        Verdict::Combine => "combine",
        Verdict::NoClearWinner => "none",
    };
    html! {
        section #team {
            "\n"
            h2 { (tr.tr("export-team-heading")) } "\n"
            p.verdict {
                (tr.tr("export-verdict-prefix")) " " span class={ "badge " (class) } { (verdict_name(tr, team.verdict)) }
                " " (tr.tr_args(
                    "export-verdict-score",
                    &[
                        ("score", signed(team.score).into()),
                        ("threshold", team.threshold.into()),
                        ("margin", team.margin.into()),
                    ],
                ))
            }
            "\n"
            @for warning in &team.warnings {
                p.warning { (warning) } "\n"
            }
            figure {
                "\n"
                (chart(svg::contributions_chart("advisor-chart", &team.factors, tr))) "\n"
                figcaption {
                    (tr.tr("export-points-caption")) " " (tr.tr("export-points-explained"))
                }
                "\n"
            }
            "\n"
            h3 { (tr.tr("export-inputs-heading")) } "\n"
            table {
                "\n"
                thead {
                    tr {
                        th.input { (tr.tr("export-col-input")) }
                        th.value { (tr.tr("export-col-value")) }
                        th.num.points { (tr.tr("export-col-points")) }
                        th { (tr.tr("export-col-why")) }
                    }
                }
                "\n"
                tbody {
                    "\n"
                    @for f in &team.factors {
                        tr {
                            td { (f.label) }
                            td { (f.value) }
                            td.num { (signed(i64::from(f.points))) }
                            td { (f.reason) }
                        }
                        "\n"
                    }
                }
                "\n"
            }
            "\n"
            h3 { (tr.tr("export-flips-heading")) } "\n"
            @if team.flips.is_empty() {
                p { (team.no_flip) } "\n"
            } @else {
                ul {
                    "\n"
                    @for flip in &team.flips {
                        li { (flip) } "\n"
                    }
                }
                "\n"
            }
        }
        "\n"
    }
}

fn result_html(section: &ResultSection, tr: &Translator) -> Markup {
    let result = &section.result;
    html! {
        section #quiz {
            "\n"
            h2 { (tr.tr("export-quiz-heading")) } "\n"
            @for note in &result.notes {
                p.note { (note) } "\n"
            }
            p { strong { (result.lean_summary) } } "\n"
            @if !section.since_last.is_empty() {
                p { (tr.tr_args("export-since-last", &[("changes", change_words(&section.since_last).into())])) } "\n"
            }
            figure {
                "\n"
                (chart(svg::fit_chart(
                    "fit-chart",
                    &result.roles,
                    section.moderate_from,
                    section.high_from,
                    tr,
                )))
                "\n"
                figcaption { (result.fit_explanation) " " (section.range_explanation) } "\n"
            }
            "\n"
            h3 { (tr.tr("export-trust-heading")) } "\n"
            ul.quality {
                "\n"
                @for line in &section.quality {
                    li { (line.sentence) } "\n"
                }
            }
            "\n"
            (role_cards_html(section, tr))
            "\n"
            h3 { (tr.tr("export-combined-heading")) } "\n"
            p { (result.combined.sentence) } "\n"
            p.muted { (result.combined.explanation) } "\n"
            h3 { (tr.tr("export-by-responsibility-heading")) } "\n"
            figure {
                "\n"
                (chart(svg::skill_interest_chart(
                    "responsibility-chart",
                    &section.responsibilities,
                    section.moderate_from,
                    section.high_from,
                    tr,
                )))
                "\n"
                figcaption {
                    (tr.tr_args(
                        "export-responsibility-caption",
                        &[
                            ("moderate", section.moderate_from.into()),
                            ("high", section.high_from.into()),
                        ],
                    ))
                }
                "\n"
            }
            "\n"
            table {
                "\n"
                thead {
                    tr {
                        th.role { (tr.tr("export-col-role")) }
                        th { (tr.tr("export-col-responsibility")) }
                        th.num.score { (tr.tr("export-col-skill")) }
                        th.num.score { (tr.tr("export-col-skill-range")) }
                        th.num.score { (tr.tr("export-col-interest")) }
                        th.num.score { (tr.tr("export-col-interest-range")) }
                    }
                }
                "\n"
                tbody {
                    "\n"
                    @for line in &section.responsibilities {
                        tr {
                            td { (line.role_short_name) }
                            td { (line.title) }
                            td.num { (cell_text(tr, line.skill)) }
                            td.num { (range_cell(line.skill_range)) }
                            td.num { (cell_text(tr, line.interest)) }
                            td.num { (range_cell(line.interest_range)) }
                        }
                        "\n"
                    }
                }
                "\n"
            }
            "\n"
            (highlights_html(section, tr))
        }
        "\n"
    }
}

/// A range as "58–92", or a dash.
fn range_cell(range: Option<ScoreRange>) -> String {
    range.map_or_else(|| NO_SCORE.to_owned(), |r| format!("{}–{}", r.low, r.high))
}

/// One card per role: its fit, skill and interest with bands, ranges and meanings.
fn role_cards_html(section: &ResultSection, tr: &Translator) -> Markup {
    let result = &section.result;
    html! {
        div.cards {
            "\n"
            @for (role, words) in result.roles.iter().zip(&section.role_words) {
                div.card {
                    "\n"
                    h3 { (tr.tr_args("export-role-fit-words", &[("role", role.short_name.as_str().into()), ("words", words.fit.as_str().into())])) } "\n"
                    p.muted { (role.name) } "\n"
                    @if let Some(fit) = &role.fit {
                        p { (fit.meaning) } "\n"
                    }
                    dl {
                        "\n"
                        @for (what, score, text) in [(tr.tr("export-skill"), &role.skill, &words.skill), (tr.tr("export-interest"), &role.interest, &words.interest)] {
                            dt { (what) ": " (text) }
                            dd { (score.as_ref().map_or("", |s| s.meaning.as_str())) }
                            "\n"
                        }
                    }
                    "\n"
                }
                "\n"
            }
        }
    }
}

fn highlights_html(section: &ResultSection, tr: &Translator) -> Markup {
    let result = &section.result;
    // "Title (PM)", or the bare id when the report has no line for it.
    let title = |id: &str| {
        section.responsibility(id).map_or_else(
            || id.to_owned(),
            |l| format!("{} ({})", l.title, l.role_short_name),
        )
    };
    html! {
        h3 { (tr.tr("export-strengths-heading")) } "\n"
        @if result.strengths.is_empty() {
            p { (section.no_strengths) }
            "\n"
        } @else {
            ul {
                "\n"
                @for id in &result.strengths {
                    li { (title(id)) } "\n"
                }
            }
            "\n"
        }
        h3 { (tr.tr("export-growth-heading")) } "\n"
        @if result.growth_areas.is_empty() {
            p { (section.no_growth_areas) }
            "\n"
        } @else {
            ul {
                "\n"
                @for score in result.scores_of(&result.growth_areas) {
                    li { strong { (title(&score.id)) } ": " (score.learn_next) } "\n"
                }
            }
            "\n"
        }
        @if !result.skilled_not_drawn.is_empty() {
            h3 { (tr.tr("export-not-drawn-heading")) } "\n"
            ul {
                "\n"
                @for id in &result.skilled_not_drawn {
                    li { (title(id)) } "\n"
                }
            }
            "\n"
        }
    }
}

/// "What others said": per responsibility the person's skill score beside the raters'.
fn others_html(others: &OthersSection, tr: &Translator) -> Markup {
    html! {
        section #others {
            "\n"
            h2 { (tr.tr("export-others-heading")) } "\n"
            p {
                (raters_sentence(tr, others.view.raters))
                " " (tr.tr("export-others-explained"))
            } "\n"
            table {
                "\n"
                thead {
                    tr {
                        th { (tr.tr("export-col-responsibility")) }
                        th.num.score { (tr.tr("export-col-you")) }
                        th.num.score { (tr.tr("export-col-others")) }
                        th.num.score { (tr.tr("export-col-spread")) }
                        th.num.count { (tr.tr("export-col-raters")) }
                        th { (tr.tr("export-col-note")) }
                    }
                }
                "\n"
                tbody {
                    "\n"
                    @for row in &others.view.rows {
                        tr {
                            td { (row.title) }
                            td.num { (score_cell(row.own)) }
                            td.num { (score_cell(row.others)) }
                            td.num { (row.spread.map_or_else(|| NO_SCORE.to_owned(), |(low, high)| format!("{low}–{high}"))) }
                            td.num { (row.raters) }
                            td { (gap_text(tr, row.gap)) }
                        }
                        "\n"
                    }
                }
                "\n"
            }
            "\n"
            ul {
                "\n"
                @for sentence in &others.sentences {
                    li { (sentence) } "\n"
                }
            }
            "\n"
        }
        "\n"
    }
}

fn history_html(history: &History, tr: &Translator) -> Markup {
    html! {
        section #history {
            "\n"
            h2 { (tr.tr("export-history-heading")) } "\n"
            @if history.is_empty() {
                p { (tr.tr("export-history-none")) } "\n"
            } @else {
                table {
                    "\n"
                    thead {
                        tr {
                            th.date { (tr.tr("export-col-date")) }
                            @for role in &history.roles {
                                th.num.fit { (tr.tr_args("export-role-fit", &[("role", role.as_str().into())])) }
                            }
                            th.num.count { (tr.tr("export-col-answered")) }
                            th { (tr.tr("export-col-lean")) }
                            th { (tr.tr("export-col-change")) }
                        }
                    }
                    "\n"
                    tbody {
                        "\n"
                        @for attempt in &history.attempts {
                            tr {
                                td { (attempt.date) }
                                @for fit in &attempt.fits {
                                    td.num { (cell_text(tr, *fit)) }
                                }
                                td.num { (tr.tr_args("export-answered-of", &[("answered", attempt.answered.into()), ("total", attempt.total.into())])) }
                                td { (attempt.lean_summary) }
                                td { (if attempt.change.is_empty() { NO_SCORE } else { &attempt.change }) }
                            }
                            "\n"
                        }
                    }
                    "\n"
                }
                "\n"
            }
        }
        "\n"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_escapes_like_the_shared_helper() {
        // Tests and callers find text in the page with `escape`; it must match the template's
        // own escaping, or a search would miss text that is there.
        for text in [
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "O'Brien & co, 3 < 4 > 2",
            "plain é text · –",
        ] {
            assert_eq!(html! { (text) }.into_string(), escape(text), "{text:?}");
        }
    }
}
