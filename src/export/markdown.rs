//! The report as Markdown: `CommonMark` with GitHub-style tables.
//!
//! Text from the profile and the content is escaped so that it reads as written wherever the
//! file is rendered: `<`, `>` and an `&` that could start an entity become entities (so
//! `<script>` stays text), characters
//! that start emphasis, links, code or table cells are backslash-escaped, and a line may not
//! start a heading, list, quote or rule. The charts become tables with a text bar.

pub mod team;

use std::fmt::Write as _;

use super::text::{
    NO_SCORE, band, cell_text, gap_text, not_scored, raters_sentence, score_cell, signed,
    verdict_name,
};
use crate::domain::quiz::{Band, RoleScore, ScoreRange};
use crate::domain::report::{
    History, OthersSection, Report, ResultSection, TeamSection, change_words, disclaimer,
};
use crate::i18n::Translator;

/// Cells of the text bar in the fit table; each stands for 5 points.
const BAR_CELLS: u8 = 20;

/// `text` on one line, escaped for Markdown: whitespace runs (newlines included) become one
/// space, and nothing in it can start markup. Safe in paragraphs, list items, headings and
/// table cells.
pub fn escape_inline(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    escape_line(&words.join(" "))
}

/// Several lines of `text`, escaped: blank lines separate paragraphs and single line breaks are
/// kept as hard breaks.
pub fn escape_block(text: &str) -> String {
    let mut paragraphs: Vec<Vec<String>> = vec![Vec::new()];
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            if paragraphs.last().is_some_and(|p| !p.is_empty()) {
                paragraphs.push(Vec::new());
            }
        } else if let Some(paragraph) = paragraphs.last_mut() {
            paragraph.push(escape_line(&line));
        }
    }
    paragraphs
        .iter()
        .filter(|p| !p.is_empty())
        // A backslash at the end of a line is a hard line break.
        .map(|p| p.join("\\\n"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Escapes one line that has no line breaks and no leading or trailing whitespace.
fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // Only an `&` that could begin an entity reference ("&lt;", "&#60;") needs it.
            '&' if chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#') =>
            {
                out.push_str("&amp;");
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    // What would start a block at the beginning of a line: a heading, a list item, a setext
    // underline or rule, or an ordered list item ("1." or "1)").
    if out.starts_with(['#', '-', '+', '=']) {
        out.insert(0, '\\');
    } else {
        let digits = out.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && out[digits..].starts_with(['.', ')']) {
            out.insert(digits, '\\');
        }
    }
    out
}

/// Renders `report` as a Markdown document.
pub fn render(report: &Report, tr: &Translator) -> String {
    let mut out = String::with_capacity(16 * 1024);
    let name = escape_inline(&report.name);
    let title = tr.tr("export-title");
    if name.is_empty() {
        let _ = writeln!(out, "# {title}\n");
    } else {
        let _ = writeln!(out, "# {title}: {name}\n");
    }
    let _ = writeln!(
        out,
        "**{}** {}\n",
        tr.tr("export-date"),
        escape_inline(&report.date)
    );
    let _ = writeln!(
        out,
        "> **{}** {}\n",
        tr.tr("export-about-scores"),
        escape_inline(&disclaimer(tr))
    );

    if let Some(team) = &report.team {
        team_md(&mut out, team, tr);
    }
    match &report.result {
        Some(section) => result_md(&mut out, section, tr),
        None => {
            let _ = writeln!(
                out,
                "## {}\n\n{}\n",
                tr.tr("export-quiz-heading"),
                tr.tr("export-quiz-not-taken")
            );
        }
    }
    if let Some(others) = &report.others {
        others_md(&mut out, others, tr);
    }
    history_md(&mut out, &report.history, tr);
    let notes = escape_block(&report.notes);
    if !notes.is_empty() {
        let _ = writeln!(out, "## {}\n\n{notes}\n", tr.tr("export-notes-heading"));
    }
    let _ = writeln!(
        out,
        "---\n\n{}",
        tr.tr_args(
            "export-made-on",
            &[("date", escape_inline(&report.date).into())]
        )
    );
    out
}

/// "What others said": per responsibility the person's skill score beside the raters'.
fn others_md(out: &mut String, others: &OthersSection, tr: &Translator) {
    let _ = writeln!(
        out,
        "## {}\n\n{} {}\n",
        tr.tr("export-others-heading"),
        raters_sentence(tr, others.view.raters),
        tr.tr("export-others-explained")
    );
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} |\n|---|--:|--:|--:|--:|---|",
        tr.tr("export-col-responsibility"),
        tr.tr("export-col-you"),
        tr.tr("export-col-others"),
        tr.tr("export-col-spread"),
        tr.tr("export-col-raters"),
        tr.tr("export-col-note"),
    );
    for row in &others.view.rows {
        let spread = row.spread.map_or_else(
            || NO_SCORE.to_owned(),
            |(low, high)| format!("{low}–{high}"),
        );
        let _ = writeln!(
            out,
            "| {} | {} | {} | {spread} | {} | {} |",
            escape_inline(&row.title),
            score_cell(row.own),
            score_cell(row.others),
            row.raters,
            gap_text(tr, row.gap)
        );
    }
    out.push('\n');
    for sentence in &others.sentences {
        let _ = writeln!(out, "- {}", escape_inline(sentence));
    }
    out.push('\n');
}

fn team_md(out: &mut String, team: &TeamSection, tr: &Translator) {
    let _ = writeln!(out, "## {}\n", tr.tr("export-team-heading"));
    let _ = writeln!(
        out,
        "**{} {}** {}\n",
        tr.tr("export-verdict-prefix"),
        escape_inline(&verdict_name(tr, team.verdict)),
        tr.tr_args(
            "export-verdict-score",
            &[
                ("score", signed(team.score).into()),
                ("threshold", team.threshold.into()),
                ("margin", team.margin.into()),
            ]
        )
    );
    for warning in &team.warnings {
        let _ = writeln!(
            out,
            "> **{}** {}\n",
            tr.tr("export-note-label"),
            escape_inline(warning)
        );
    }
    let _ = writeln!(out, "{}\n", tr.tr("export-points-explained"));
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n|---|---|--:|---|",
        tr.tr("export-col-input"),
        tr.tr("export-col-value"),
        tr.tr("export-col-points"),
        tr.tr("export-col-why"),
    );
    for f in &team.factors {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            escape_inline(&f.label),
            escape_inline(&f.value),
            signed(i64::from(f.points)),
            escape_inline(&f.reason)
        );
    }
    let _ = writeln!(out, "\n### {}\n", tr.tr("export-flips-heading"));
    if team.flips.is_empty() {
        let _ = writeln!(out, "{}", escape_inline(&team.no_flip));
    } else {
        for flip in &team.flips {
            let _ = writeln!(out, "- {}", escape_inline(flip));
        }
    }
    out.push('\n');
}

fn result_md(out: &mut String, section: &ResultSection, tr: &Translator) {
    let result = &section.result;
    let _ = writeln!(out, "## {}\n", tr.tr("export-quiz-heading"));
    for note in &result.notes {
        let _ = writeln!(
            out,
            "> **{}** {}\n",
            tr.tr("export-note-label"),
            escape_inline(note)
        );
    }
    let _ = writeln!(out, "**{}**\n", escape_inline(&result.lean_summary));
    if !section.since_last.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            tr.tr_args(
                "export-since-last",
                &[(
                    "changes",
                    escape_inline(&change_words(&section.since_last)).into()
                )]
            )
        );
    }

    fit_table_md(out, &result.roles, tr);
    let _ = writeln!(
        out,
        "\n{} {} {}\n",
        tr.tr_args(
            "export-scores-run",
            &[
                ("moderate", section.moderate_from.into()),
                ("high", section.high_from.into())
            ]
        ),
        escape_inline(&result.fit_explanation),
        escape_inline(&section.range_explanation)
    );

    let _ = writeln!(out, "### {}\n", tr.tr("export-trust-heading"));
    for line in &section.quality {
        let _ = writeln!(out, "- {}", escape_inline(&line.sentence));
    }
    out.push('\n');

    for (role, words) in result.roles.iter().zip(&section.role_words) {
        let _ = writeln!(
            out,
            "### {}: {}\n",
            escape_inline(&role.short_name),
            escape_inline(&role.name)
        );
        for (what, score, text) in [
            (tr.tr("export-fit"), &role.fit, &words.fit),
            (tr.tr("export-skill"), &role.skill, &words.skill),
            (tr.tr("export-interest"), &role.interest, &words.interest),
        ] {
            let _ = writeln!(
                out,
                "- **{what}: {}.** {}",
                escape_inline(text),
                escape_inline(score.as_ref().map_or("", |s| s.meaning.as_str()))
            );
        }
        out.push('\n');
    }

    let _ = writeln!(
        out,
        "### {}\n\n{}\n\n{}\n",
        tr.tr("export-combined-heading"),
        escape_inline(&result.combined.sentence),
        escape_inline(&result.combined.explanation)
    );

    let _ = writeln!(out, "### {}\n", tr.tr("export-by-responsibility-heading"));
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} | {} | {} |\n|---|---|--:|--:|---|--:|--:|---|",
        tr.tr("export-col-role"),
        tr.tr("export-col-responsibility"),
        tr.tr("export-col-skill"),
        tr.tr("export-col-skill-range"),
        tr.tr("export-col-skill-band"),
        tr.tr("export-col-interest"),
        tr.tr("export-col-interest-range"),
        tr.tr("export-col-interest-band"),
    );
    for line in &section.responsibilities {
        let (skill, skill_band) = cells(tr, line.skill);
        let (interest, interest_band) = cells(tr, line.interest);
        let _ = writeln!(
            out,
            "| {} | {} | {skill} | {} | {skill_band} | {interest} | {} | {interest_band} |",
            escape_inline(&line.role_short_name),
            escape_inline(&line.title),
            range_cell(line.skill_range),
            range_cell(line.interest_range),
        );
    }
    out.push('\n');

    highlights_md(out, section, tr);
}

/// The fit of each role as a table with a text bar.
fn fit_table_md(out: &mut String, roles: &[RoleScore], tr: &Translator) {
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} |\n|---|--:|--:|---|---|",
        tr.tr("export-col-role"),
        tr.tr("export-col-fit"),
        tr.tr("export-col-range"),
        tr.tr("export-col-band"),
        tr.tr("export-col-chart"),
    );
    for role in roles {
        let (value, band, bar) = role.fit.as_ref().map_or_else(
            || (NO_SCORE.to_owned(), not_scored(tr), String::new()),
            |fit| {
                (
                    fit.value.to_string(),
                    band(tr, fit.band),
                    format!("`{}`", bar(fit.value)),
                )
            },
        );
        let range = range_cell(role.fit.as_ref().and_then(|f| f.range));
        let _ = writeln!(
            out,
            "| {} | {value} | {range} | {band} | {bar} |",
            tr.tr_args(
                "export-role-fit",
                &[("role", escape_inline(&role.short_name).into())]
            )
        );
    }
}

/// Strengths, growth areas with what to learn, and skills the person is less drawn to.
fn highlights_md(out: &mut String, section: &ResultSection, tr: &Translator) {
    let result = &section.result;
    let title = |id: &str| {
        section.responsibility(id).map_or_else(
            || escape_inline(id),
            |l| {
                format!(
                    "{} ({})",
                    escape_inline(&l.title),
                    escape_inline(&l.role_short_name)
                )
            },
        )
    };
    let _ = writeln!(out, "### {}\n", tr.tr("export-strengths-heading"));
    if result.strengths.is_empty() {
        let _ = writeln!(out, "{}", escape_inline(&section.no_strengths));
    } else {
        for id in &result.strengths {
            let _ = writeln!(out, "- {}", title(id));
        }
    }
    let _ = writeln!(out, "\n### {}\n", tr.tr("export-growth-heading"));
    if result.growth_areas.is_empty() {
        let _ = writeln!(out, "{}", escape_inline(&section.no_growth_areas));
    } else {
        for score in result.scores_of(&result.growth_areas) {
            let _ = writeln!(
                out,
                "- **{}:** {}",
                title(&score.id),
                escape_inline(&score.learn_next)
            );
        }
    }
    if !result.skilled_not_drawn.is_empty() {
        let _ = writeln!(out, "\n### {}\n", tr.tr("export-not-drawn-heading"));
        for id in &result.skilled_not_drawn {
            let _ = writeln!(out, "- {}", title(id));
        }
    }
    out.push('\n');
}

fn history_md(out: &mut String, history: &History, tr: &Translator) {
    let _ = writeln!(out, "## {}\n", tr.tr("export-history-heading"));
    if history.is_empty() {
        let _ = writeln!(out, "{}\n", tr.tr("export-history-none"));
        return;
    }
    let _ = write!(out, "| {} |", tr.tr("export-col-date"));
    for role in &history.roles {
        let _ = write!(
            out,
            " {} |",
            tr.tr_args("export-role-fit", &[("role", escape_inline(role).into())])
        );
    }
    let _ = write!(
        out,
        " {} | {} | {} |\n|---|",
        tr.tr("export-col-answered"),
        tr.tr("export-col-lean"),
        tr.tr("export-col-change")
    );
    for _ in &history.roles {
        out.push_str("--:|");
    }
    out.push_str("--:|---|---|\n");
    for attempt in &history.attempts {
        let _ = write!(out, "| {} |", escape_inline(&attempt.date));
        for fit in &attempt.fits {
            let _ = write!(out, " {} |", cell_text(tr, *fit));
        }
        let _ = writeln!(
            out,
            " {} | {} | {} |",
            tr.tr_args(
                "export-answered-of",
                &[
                    ("answered", attempt.answered.into()),
                    ("total", attempt.total.into())
                ]
            ),
            escape_inline(&attempt.lean_summary),
            if attempt.change.is_empty() {
                NO_SCORE.to_owned()
            } else {
                escape_inline(&attempt.change)
            }
        );
    }
    out.push('\n');
}

/// A range as "58–92", or a dash when there is none.
fn range_cell(range: Option<ScoreRange>) -> String {
    range.map_or_else(|| NO_SCORE.to_owned(), |r| format!("{}–{}", r.low, r.high))
}

/// A score and its band as two cells; a dash and nothing when there is no score.
fn cells(tr: &Translator, score: Option<(u8, Band)>) -> (String, String) {
    score.map_or_else(
        || (NO_SCORE.to_owned(), String::new()),
        |(v, b)| (v.to_string(), band(tr, b)),
    )
}

/// A 0-100 score as a bar of [`BAR_CELLS`] cells, rounded to the nearest cell.
fn bar(score: u8) -> String {
    let filled = (u16::from(score.min(100)) * u16::from(BAR_CELLS) + 50) / 100;
    let filled = usize::from(filled);
    let cells = usize::from(BAR_CELLS);
    format!("{}{}", "█".repeat(filled), "░".repeat(cells - filled))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_text_cannot_start_markup() {
        assert_eq!(
            escape_inline("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(escape_inline("a | b"), "a \\| b");
        assert_eq!(
            escape_inline("*bold* _it_ `code`"),
            "\\*bold\\* \\_it\\_ \\`code\\`"
        );
        assert_eq!(escape_inline("[x](javascript:y)"), "\\[x\\](javascript:y)");
        assert_eq!(escape_inline("# Heading"), "\\# Heading");
        assert_eq!(escape_inline("- item"), "\\- item");
        assert_eq!(escape_inline("=cmd"), "\\=cmd");
        assert_eq!(escape_inline("1. first"), "1\\. first");
        assert_eq!(escape_inline("12) first"), "12\\) first");
        assert_eq!(escape_inline("2026-11-27"), "2026-11-27");
        assert_eq!(escape_inline("a\\b & c"), "a\\\\b & c");
        assert_eq!(escape_inline("&lt; &#60; &x"), "&amp;lt; &amp;#60; &amp;x");
        assert_eq!(escape_inline("  two\n lines\r\n"), "two lines");
        assert_eq!(escape_inline("Anne-Marie O'Neil"), "Anne-Marie O'Neil");
    }

    #[test]
    fn blocks_keep_paragraphs_and_line_breaks() {
        assert_eq!(escape_block(""), "");
        assert_eq!(escape_block("one\ntwo"), "one\\\ntwo");
        assert_eq!(escape_block("one\n\n\n  \ntwo"), "one\n\ntwo");
        assert_eq!(escape_block("    code?\n- list?"), "code?\\\n\\- list?");
        assert_eq!(escape_block("ends with \\\nnext"), "ends with \\\\\\\nnext");
    }

    #[test]
    fn bars_round_to_the_nearest_cell() {
        assert_eq!(bar(0), "░".repeat(20));
        assert_eq!(bar(100), "█".repeat(20));
        assert_eq!(bar(72), format!("{}{}", "█".repeat(14), "░".repeat(6)));
        assert_eq!(bar(73), format!("{}{}", "█".repeat(15), "░".repeat(5)));
    }
}
