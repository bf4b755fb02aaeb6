//! The report as one self-contained HTML page.
//!
//! Everything is in the file: the CSS is inline, the charts are inline SVG, and nothing refers
//! to another URL, so the page opens offline and a mail client or browser fetches nothing. A
//! Content-Security-Policy that allows no sources at all backs that up and stops any script.
//! The print styles fit A4 and Letter: the page box is the printer's, the content has no fixed
//! width, long words wrap, and rows, charts and cards are never split across pages.
//!
//! Every piece of text, from the profile or from the shipped content, is escaped.

use std::fmt::Write as _;

use super::svg;
use super::text::{cell_text, score_text, signed};
use crate::domain::advisor::Verdict;
use crate::domain::quiz::QuizResult;
use crate::domain::report::{DISCLAIMER, History, Report, ResultSection, TITLE, TeamSection};

/// The escaping every piece of text gets, here for the tests and callers that check the page.
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
pub fn render(report: &Report) -> String {
    let mut out = String::with_capacity(48 * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // No source is allowed for anything but the inline styles: nothing loads, no script runs.
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
    );
    let _ = writeln!(out, "<title>{}</title>", escape(&report.title()));
    let _ = writeln!(out, "<style>{STYLE}</style>\n</head>\n<body>\n<main>");

    out.push_str("<header>\n");
    let _ = writeln!(out, "<h1>{}</h1>", escape(TITLE));
    let name = report.name.trim();
    if name.is_empty() {
        let _ = writeln!(out, "<p class=\"who\">{}</p>", escape(&report.date));
    } else {
        let _ = writeln!(
            out,
            "<p class=\"who\"><strong>{}</strong> · {}</p>",
            escape(name),
            escape(&report.date)
        );
    }
    out.push_str("</header>\n");
    let _ = writeln!(
        out,
        "<p class=\"disclaimer\"><strong>About these scores.</strong> {}</p>",
        escape(DISCLAIMER)
    );

    if let Some(team) = &report.team {
        team_html(&mut out, team);
    }
    match &report.result {
        Some(section) => result_html(&mut out, section),
        None => out.push_str(
            "<section id=\"quiz\">\n<h2>Career-fit quiz</h2>\n<p>The quiz has not been taken yet.</p>\n</section>\n",
        ),
    }
    history_html(&mut out, &report.history);
    if !report.notes.trim().is_empty() {
        let _ = writeln!(
            out,
            "<section id=\"notes\">\n<h2>Notes</h2>\n<div class=\"notes\">{}</div>\n</section>",
            escape(report.notes.trim())
        );
    }
    let _ = writeln!(
        out,
        "<footer>Made with Career Explorer on {}.</footer>",
        escape(&report.date)
    );
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn team_html(out: &mut String, team: &TeamSection) {
    out.push_str("<section id=\"team\">\n<h2>Team advisor: one person or two?</h2>\n");
    let class = match team.verdict {
        Verdict::Split => "split",
        Verdict::Combine => "combine",
        Verdict::NoClearWinner => "none",
    };
    let _ = writeln!(
        out,
        "<p class=\"verdict\">Verdict: <span class=\"badge {class}\">{}</span> with a score of {} \
         against a threshold of {} (a score within {} of it is no clear winner).</p>",
        escape(team.verdict.name()),
        signed(team.score),
        team.threshold,
        team.margin
    );
    for warning in &team.warnings {
        let _ = writeln!(out, "<p class=\"warning\">{}</p>", escape(warning));
    }
    let _ = writeln!(
        out,
        "<figure>\n{}\n<figcaption>Points from each input. Negative points lean toward one person \
         in both roles, positive toward a separate Product Manager and Product Owner.</figcaption>\n</figure>",
        svg::contributions_chart("advisor-chart", &team.factors)
    );
    out.push_str("<h3>Inputs and reasons</h3>\n<table>\n<thead><tr><th class=\"input\">Input</th><th class=\"value\">Value</th><th class=\"num points\">Points</th><th>Why</th></tr></thead>\n<tbody>\n");
    for f in &team.factors {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            escape(&f.label),
            escape(&f.value),
            signed(i64::from(f.points)),
            escape(&f.reason)
        );
    }
    out.push_str("</tbody>\n</table>\n<h3>What would change the answer</h3>\n");
    if team.flips.is_empty() {
        out.push_str("<p>No change to a single input would change the answer.</p>\n");
    } else {
        out.push_str("<ul>\n");
        for flip in &team.flips {
            let _ = writeln!(out, "<li>{}</li>", escape(flip));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

fn result_html(out: &mut String, section: &ResultSection) {
    let result = &section.result;
    out.push_str("<section id=\"quiz\">\n<h2>Career-fit quiz</h2>\n");
    for note in &result.notes {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(note));
    }
    let _ = writeln!(
        out,
        "<p><strong>{}</strong></p>",
        escape(&result.lean_summary)
    );
    let _ = writeln!(
        out,
        "<figure>\n{}\n<figcaption>{}</figcaption>\n</figure>",
        svg::fit_chart(
            "fit-chart",
            &result.roles,
            section.moderate_from,
            section.high_from
        ),
        escape(&result.fit_explanation)
    );

    out.push_str("<div class=\"cards\">\n");
    for role in &result.roles {
        out.push_str("<div class=\"card\">\n");
        let _ = writeln!(
            out,
            "<h3>{} fit: {}</h3>",
            escape(&role.short_name),
            score_text(role.fit.as_ref())
        );
        let _ = writeln!(out, "<p class=\"muted\">{}</p>", escape(&role.name));
        if let Some(fit) = &role.fit {
            let _ = writeln!(out, "<p>{}</p>", escape(&fit.meaning));
        }
        out.push_str("<dl>\n");
        for (what, score) in [("Skill", &role.skill), ("Interest", &role.interest)] {
            let _ = writeln!(
                out,
                "<dt>{what}: {}</dt><dd>{}</dd>",
                score_text(score.as_ref()),
                escape(score.as_ref().map_or("", |s| s.meaning.as_str()))
            );
        }
        out.push_str("</dl>\n</div>\n");
    }
    out.push_str("</div>\n");

    out.push_str("<h3>A job that combines the roles</h3>\n");
    let _ = writeln!(out, "<p>{}</p>", escape(&result.combined.sentence));
    let _ = writeln!(
        out,
        "<p class=\"muted\">{}</p>",
        escape(&result.combined.explanation)
    );

    out.push_str("<h3>Skill and interest by responsibility</h3>\n");
    let _ = writeln!(
        out,
        "<figure>\n{}\n<figcaption>Each responsibility's skill and interest scores out of 100; the dashed lines mark the moderate ({}) and high ({}) bands.</figcaption>\n</figure>",
        svg::skill_interest_chart(
            "responsibility-chart",
            &section.responsibilities,
            section.moderate_from,
            section.high_from
        ),
        section.moderate_from,
        section.high_from
    );
    out.push_str("<table>\n<thead><tr><th class=\"role\">Role</th><th>Responsibility</th><th class=\"num score\">Skill</th><th class=\"num score\">Interest</th></tr></thead>\n<tbody>\n");
    for line in &section.responsibilities {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            escape(&line.role_short_name),
            escape(&line.title),
            cell_text(line.skill),
            cell_text(line.interest)
        );
    }
    out.push_str("</tbody>\n</table>\n");

    highlights_html(out, section);
    out.push_str("</section>\n");
}

fn highlights_html(out: &mut String, section: &ResultSection) {
    let result: &QuizResult = &section.result;
    let title = |id: &str| {
        section.responsibility(id).map_or_else(
            || escape(id),
            |l| format!("{} ({})", escape(&l.title), escape(&l.role_short_name)),
        )
    };

    out.push_str("<h3>Strengths</h3>\n");
    if result.strengths.is_empty() {
        out.push_str(
            "<p>None yet: no responsibility has both a high skill and a high interest score.</p>\n",
        );
    } else {
        out.push_str("<ul>\n");
        for id in &result.strengths {
            let _ = writeln!(out, "<li>{}</li>", title(id));
        }
        out.push_str("</ul>\n");
    }

    out.push_str("<h3>Growth areas and what to learn</h3>\n");
    if result.growth_areas.is_empty() {
        out.push_str("<p>None: no responsibility has a high interest score without a high skill score.</p>\n");
    } else {
        out.push_str("<ul>\n");
        for score in result.scores_of(&result.growth_areas) {
            let _ = writeln!(
                out,
                "<li><strong>{}</strong>: {}</li>",
                title(&score.id),
                escape(&score.learn_next)
            );
        }
        out.push_str("</ul>\n");
    }

    if !result.skilled_not_drawn.is_empty() {
        out.push_str("<h3>Skilled, but less drawn to</h3>\n<ul>\n");
        for id in &result.skilled_not_drawn {
            let _ = writeln!(out, "<li>{}</li>", title(id));
        }
        out.push_str("</ul>\n");
    }
}

fn history_html(out: &mut String, history: &History) {
    out.push_str("<section id=\"history\">\n<h2>Earlier attempts</h2>\n");
    if history.is_empty() {
        out.push_str("<p>No earlier attempts.</p>\n</section>\n");
        return;
    }
    out.push_str("<table>\n<thead><tr><th class=\"date\">Date</th>");
    for role in &history.roles {
        let _ = write!(out, "<th class=\"num fit\">{} fit</th>", escape(role));
    }
    out.push_str("<th class=\"num count\">Answered</th><th>Lean</th></tr></thead>\n<tbody>\n");
    for attempt in &history.attempts {
        let _ = write!(out, "<tr><td>{}</td>", escape(&attempt.date));
        for fit in &attempt.fits {
            let _ = write!(out, "<td class=\"num\">{}</td>", cell_text(*fit));
        }
        let _ = writeln!(
            out,
            "<td class=\"num\">{} of {}</td><td>{}</td></tr>",
            attempt.answered,
            attempt.total,
            escape(&attempt.lean_summary)
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}
