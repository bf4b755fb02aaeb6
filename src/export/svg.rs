//! The report's charts as inline SVG, for the HTML page.
//!
//! Each chart is a self-contained `<svg>` element with a `viewBox`, so the page's CSS scales
//! it to the paper width, and with `<title>` and `<desc>` so a screen reader reads a summary
//! instead of shapes. Values are printed beside every bar, so no reading depends on colour.
//! All text goes through [`escape`]. Coordinates are whole or tenths of units, so the output
//! is the same on every machine and golden files stay stable.

use std::fmt::Write as _;

use super::text::{NO_SCORE, band, banded, escape, not_scored, signed};
use crate::domain::quiz::{Band, RoleScore, ScoreRange};
use crate::domain::report::{FactorLine, ResponsibilityLine};
use crate::i18n::Translator;

/// Width of every chart in SVG units; the page scales it.
const WIDTH: u32 = 640;

/// Characters of a label per line before it wraps, and lines before it is cut.
const LABEL_CHARS: usize = 30;
const LABEL_LINES: usize = 2;

/// Fill colours, chosen to stay apart for the common colour-vision deficiencies and in grey.
const SKILL_FILL: &str = "#2b5d9e";
const INTEREST_FILL: &str = "#e08a2c";
const SPLIT_FILL: &str = "#6a4c9c";
const COMBINE_FILL: &str = "#2f8a7e";
const TRACK_FILL: &str = "#eef1f4";
const ZONE_FILLS: [&str; 3] = ["#f6f7f9", "#eef2f7", "#e3ebf5"];
const GRID: &str = "#b8c0ca";
const INK: &str = "#1f2328";
const MUTED: &str = "#57606a";

/// A horizontal bar per role showing its fit, over the low, moderate and high zones.
///
/// `id` must be unique in the page; it prefixes the ids of `<title>` and `<desc>`.
pub fn fit_chart(
    id: &str,
    roles: &[RoleScore],
    moderate_from: u8,
    high_from: u8,
    tr: &Translator,
) -> String {
    const LABEL_W: f64 = 130.0;
    const PLOT_X: f64 = 140.0;
    const PLOT_W: f64 = 420.0;
    const TOP: f64 = 24.0;
    const ROW: f64 = 32.0;
    const BAR: f64 = 18.0;
    let x = |score: u8| PLOT_X + PLOT_W * f64::from(score) / 100.0;
    let height = TOP + ROW * count(roles.len()) + 22.0;

    let mut svg = open(
        id,
        height,
        &tr.tr("export-chart-fit-title"),
        &tr.tr_args(
            "export-chart-fit-desc",
            &[
                ("summary", fit_summary(roles, tr).into()),
                ("moderate", moderate_from.into()),
                ("high", high_from.into()),
            ],
        ),
    );

    // Band zones behind the bars, named along the top.
    let plot_h = ROW * count(roles.len());
    let zones = [
        (Band::Low, 0, moderate_from),
        (Band::Moderate, moderate_from, high_from),
        (Band::High, high_from, 100),
    ];
    for ((zone, from, to), fill) in zones.into_iter().zip(ZONE_FILLS) {
        rect(&mut svg, x(from), TOP, x(to) - x(from), plot_h, fill);
        text(
            &mut svg,
            (x(from) + x(to)) / 2.0,
            TOP - 8.0,
            "middle",
            11,
            MUTED,
            &band(tr, zone),
        );
    }
    for tick in [0, moderate_from, high_from, 100] {
        line(&mut svg, x(tick), TOP, x(tick), TOP + plot_h, GRID, true);
        text(
            &mut svg,
            x(tick),
            TOP + plot_h + 14.0,
            "middle",
            11,
            MUTED,
            &tick.to_string(),
        );
    }

    for (i, role) in roles.iter().enumerate() {
        let top = TOP + ROW * count(i);
        let mid = top + ROW / 2.0;
        label(
            &mut svg,
            LABEL_W,
            mid,
            &tr.tr_args(
                "export-role-fit",
                &[("role", role.short_name.as_str().into())],
            ),
            "end",
            13,
        );
        match &role.fit {
            Some(fit) => {
                let w = x(fit.value) - PLOT_X;
                rect(&mut svg, PLOT_X, mid - BAR / 2.0, w, BAR, SKILL_FILL);
                let end = fit.range.map_or(w, |r| {
                    whisker(&mut svg, x(r.low), x(r.high), mid, BAR);
                    x(r.high) - PLOT_X
                });
                text(
                    &mut svg,
                    PLOT_X + end.max(w) + 6.0,
                    mid + 4.5,
                    "start",
                    12,
                    INK,
                    &format!("{} {}", fit.value, band(tr, fit.band)),
                );
            }
            None => text(
                &mut svg,
                PLOT_X + 6.0,
                mid + 4.5,
                "start",
                12,
                MUTED,
                &not_scored(tr),
            ),
        }
    }
    close(svg)
}

/// Skill and interest for every responsibility: two bars a row.
///
/// `id` must be unique in the page; it prefixes the ids of `<title>` and `<desc>`.
pub fn skill_interest_chart(
    id: &str,
    lines: &[ResponsibilityLine],
    moderate_from: u8,
    high_from: u8,
    tr: &Translator,
) -> String {
    const LABEL_W: f64 = 220.0;
    const PLOT_X: f64 = 232.0;
    const PLOT_W: f64 = 360.0;
    const TOP: f64 = 34.0;
    const ROW: f64 = 34.0;
    const BAR: f64 = 11.0;
    let x = |score: u8| PLOT_X + PLOT_W * f64::from(score) / 100.0;
    let plot_h = ROW * count(lines.len());
    let height = TOP + plot_h + 22.0;

    let mut svg = open(
        id,
        height,
        &tr.tr("export-by-responsibility-heading"),
        &responsibility_summary(lines, tr),
    );

    // Legend.
    rect(&mut svg, PLOT_X, 6.0, 12.0, 12.0, SKILL_FILL);
    text(
        &mut svg,
        PLOT_X + 17.0,
        16.0,
        "start",
        12,
        INK,
        &tr.tr("export-skill"),
    );
    rect(&mut svg, PLOT_X + 70.0, 6.0, 12.0, 12.0, INTEREST_FILL);
    text(
        &mut svg,
        PLOT_X + 87.0,
        16.0,
        "start",
        12,
        INK,
        &tr.tr("export-interest"),
    );

    for tick in [0, 25, 50, 75, 100] {
        line(&mut svg, x(tick), TOP, x(tick), TOP + plot_h, GRID, false);
        text(
            &mut svg,
            x(tick),
            TOP + plot_h + 14.0,
            "middle",
            11,
            MUTED,
            &tick.to_string(),
        );
    }
    for threshold in [moderate_from, high_from] {
        line(
            &mut svg,
            x(threshold),
            TOP,
            x(threshold),
            TOP + plot_h,
            MUTED,
            true,
        );
    }

    for (i, l) in lines.iter().enumerate() {
        let top = TOP + ROW * count(i);
        let mid = top + ROW / 2.0;
        label(
            &mut svg,
            LABEL_W,
            mid,
            &format!("{} · {}", l.role_short_name, l.title),
            "end",
            12,
        );
        for (offset, score, range, fill) in [
            (-BAR - 1.0, l.skill, l.skill_range, SKILL_FILL),
            (1.0, l.interest, l.interest_range, INTEREST_FILL),
        ] {
            let y = mid + offset;
            rect(&mut svg, PLOT_X, y, PLOT_W, BAR, TRACK_FILL);
            let w = score.map_or(0.0, |(v, _)| x(v) - PLOT_X);
            if w > 0.0 {
                rect(&mut svg, PLOT_X, y, w, BAR, fill);
            }
            if let Some(r) = range {
                whisker(&mut svg, x(r.low), x(r.high), y + BAR / 2.0, BAR);
            }
            let value = score.map_or_else(|| NO_SCORE.to_owned(), |(v, _)| v.to_string());
            text(
                &mut svg,
                PLOT_X + PLOT_W + 6.0,
                y + 9.5,
                "start",
                11,
                INK,
                &value,
            );
        }
    }
    close(svg)
}

/// Each responsibility's scores in words, for the skill and interest chart's description.
fn responsibility_summary(lines: &[ResponsibilityLine], tr: &Translator) -> String {
    let summary: Vec<String> = lines
        .iter()
        .map(|l| {
            tr.tr_args(
                "export-chart-responsibility",
                &[
                    ("role", l.role_short_name.as_str().into()),
                    ("title", l.title.as_str().into()),
                    (
                        "skill",
                        format!(
                            "{}{}",
                            score_words(l.skill, tr),
                            range_words(l.skill_range, tr)
                        )
                        .into(),
                    ),
                    (
                        "interest",
                        format!(
                            "{}{}",
                            score_words(l.interest, tr),
                            range_words(l.interest_range, tr)
                        )
                        .into(),
                    ),
                ],
            )
        })
        .collect();
    format!("{}.", summary.join("; "))
}

/// Each advisor input's points as a bar from zero: left toward Combine, right toward Split.
///
/// `id` must be unique in the page; it prefixes the ids of `<title>` and `<desc>`.
pub fn contributions_chart(id: &str, factors: &[FactorLine], tr: &Translator) -> String {
    const LABEL_W: f64 = 220.0;
    const PLOT_X: f64 = 232.0;
    const PLOT_W: f64 = 360.0;
    const TOP: f64 = 28.0;
    const ROW: f64 = 34.0;
    const BAR: f64 = 16.0;
    let reach = factors
        .iter()
        .map(|f| f.points.unsigned_abs())
        .max()
        .unwrap_or(0)
        .max(1);
    // Room at each end for the value printed beyond the longest bar.
    const VALUE_ROOM: f64 = 36.0;
    let centre = PLOT_X + PLOT_W / 2.0;
    let unit = (PLOT_W / 2.0 - VALUE_ROOM) / f64::from(reach);
    let plot_h = ROW * count(factors.len());
    let height = TOP + plot_h + 8.0;

    let summary: Vec<String> = factors
        .iter()
        .map(|f| format!("{} {}", f.label, signed(i64::from(f.points))))
        .collect();
    let mut svg = open(
        id,
        height,
        &tr.tr("export-chart-points-title"),
        &tr.tr_args(
            "export-chart-points-desc",
            &[("summary", summary.join("; ").into())],
        ),
    );
    text(
        &mut svg,
        centre - 8.0,
        16.0,
        "end",
        12,
        COMBINE_FILL,
        &tr.tr("export-chart-combine"),
    );
    text(
        &mut svg,
        centre + 8.0,
        16.0,
        "start",
        12,
        SPLIT_FILL,
        &tr.tr("export-chart-split"),
    );
    line(
        &mut svg,
        centre,
        TOP - 4.0,
        centre,
        TOP + plot_h,
        INK,
        false,
    );

    for (i, f) in factors.iter().enumerate() {
        let top = TOP + ROW * count(i);
        let mid = top + ROW / 2.0;
        label(&mut svg, LABEL_W, mid, &f.label, "end", 12);
        let w = unit * f64::from(f.points.unsigned_abs());
        let (bar_x, fill, text_x, anchor) = if f.points < 0 {
            (centre - w, COMBINE_FILL, centre - w - 6.0, "end")
        } else {
            (centre, SPLIT_FILL, centre + w + 6.0, "start")
        };
        if w > 0.0 {
            rect(&mut svg, bar_x, mid - BAR / 2.0, w, BAR, fill);
        }
        text(
            &mut svg,
            text_x,
            mid + 4.5,
            anchor,
            12,
            INK,
            &signed(i64::from(f.points)),
        );
    }
    close(svg)
}

/// Each role's fit in words, for the fit chart's description.
fn fit_summary(roles: &[RoleScore], tr: &Translator) -> String {
    let parts: Vec<String> = roles
        .iter()
        .map(|role| match &role.fit {
            Some(fit) => tr.tr_args(
                "export-chart-fit-of",
                &[
                    ("role", role.short_name.as_str().into()),
                    ("score", fit.value.into()),
                    ("band", band(tr, fit.band).into()),
                    ("range", range_words(fit.range, tr).into()),
                ],
            ),
            None => tr.tr_args(
                "export-chart-fit-none",
                &[
                    ("role", role.short_name.as_str().into()),
                    ("missing", not_scored(tr).into()),
                ],
            ),
        })
        .collect();
    parts.join("; ")
}

/// ", range 64 to 80" for a description, or nothing without a range.
fn range_words(range: Option<ScoreRange>, tr: &Translator) -> String {
    range.map_or_else(String::new, |r| {
        tr.tr_args(
            "export-chart-range",
            &[("low", r.low.into()), ("high", r.high.into())],
        )
    })
}

/// A range drawn as a line from `x1` to `x2` at height `y`, with end ticks `h` tall.
fn whisker(svg: &mut String, x1: f64, x2: f64, y: f64, h: f64) {
    line(svg, x1, y, x2, y, INK, false);
    for x in [x1, x2] {
        line(svg, x, y - h / 3.0, x, y + h / 3.0, INK, false);
    }
}

/// A score for the chart's description, which says what a missing one means.
fn score_words(score: Option<(u8, Band)>, tr: &Translator) -> String {
    score.map_or_else(
        || tr.tr("export-chart-not-answered"),
        |(v, b)| banded(tr, v, b),
    )
}

/// A count as a coordinate factor. Charts have a handful of rows, so the conversion is exact.
fn count(n: usize) -> f64 {
    f64::from(u32::try_from(n).unwrap_or(u32::MAX))
}

/// A coordinate with at most one decimal, without a trailing ".0".
fn num(value: f64) -> String {
    let text = format!("{value:.1}");
    match text.strip_suffix(".0") {
        Some(whole) => whole.to_owned(),
        None => text,
    }
}

fn open(id: &str, height: f64, title: &str, desc: &str) -> String {
    let id = escape(id);
    format!(
        "<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {h}\" width=\"{WIDTH}\" height=\"{h}\" role=\"img\" \
         aria-labelledby=\"{id}-title {id}-desc\" font-size=\"12\">\n\
         <title id=\"{id}-title\">{title}</title>\n<desc id=\"{id}-desc\">{desc}</desc>\n",
        h = num(height),
        title = escape(title),
        desc = escape(desc),
    )
}

fn close(mut svg: String) -> String {
    svg.push_str("</svg>");
    svg
}

fn rect(svg: &mut String, x: f64, y: f64, w: f64, h: f64, fill: &str) {
    let _ = writeln!(
        svg,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\"/>",
        num(x),
        num(y),
        num(w),
        num(h)
    );
}

fn line(svg: &mut String, x1: f64, y1: f64, x2: f64, y2: f64, stroke: &str, dashed: bool) {
    let dash = if dashed {
        " stroke-dasharray=\"3 3\""
    } else {
        ""
    };
    let _ = writeln!(
        svg,
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{stroke}\" stroke-width=\"1\"{dash}/>",
        num(x1),
        num(y1),
        num(x2),
        num(y2)
    );
}

fn text(svg: &mut String, x: f64, y: f64, anchor: &str, size: u32, fill: &str, content: &str) {
    let _ = writeln!(
        svg,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\" font-size=\"{size}\" fill=\"{fill}\">{}</text>",
        num(x),
        num(y),
        escape(content)
    );
}

/// A row label, wrapped onto up to two lines and centred on `mid`; a label that is cut keeps
/// its whole text in a `<title>` tooltip.
fn label(svg: &mut String, x: f64, mid: f64, content: &str, anchor: &str, size: u32) {
    let (lines, cut) = wrap(content, LABEL_CHARS, LABEL_LINES);
    let line_h = f64::from(size) + 2.0;
    let first = mid + f64::from(size) * 0.35 - line_h * (count(lines.len()) - 1.0) / 2.0;
    let _ = write!(
        svg,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\" font-size=\"{size}\" fill=\"{INK}\">",
        num(x),
        num(first)
    );
    if cut {
        let _ = write!(svg, "<title>{}</title>", escape(content));
    }
    for (i, text) in lines.iter().enumerate() {
        let dy = if i == 0 { 0.0 } else { line_h };
        let _ = write!(
            svg,
            "<tspan x=\"{}\" dy=\"{}\">{}</tspan>",
            num(x),
            num(dy),
            escape(text)
        );
    }
    svg.push_str("</text>\n");
}

/// Splits `text` at spaces into lines of at most `width` characters, at most `max_lines` of
/// them; a word longer than a line is broken. Returns the lines and whether text was cut (the
/// last line then ends in "…").
fn wrap(text: &str, width: usize, max_lines: usize) -> (Vec<String>, bool) {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut words = text.split_whitespace().flat_map(|word| chunks(word, width));
    for word in words.by_ref() {
        let needed =
            current.chars().count() + usize::from(!current.is_empty()) + word.chars().count();
        if !current.is_empty() && needed > width {
            lines.push(std::mem::take(&mut current));
            if lines.len() == max_lines {
                current = word;
                break;
            }
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(&word);
    }
    if lines.len() < max_lines {
        if !current.is_empty() {
            lines.push(current);
        }
        return (lines, false);
    }
    // Out of lines: the rest is cut and the last line ends in an ellipsis.
    if let Some(last) = lines.last_mut() {
        let kept: String = last.chars().take(width.saturating_sub(1)).collect();
        *last = format!("{}…", kept.trim_end());
    }
    (lines, true)
}

/// `word` in pieces of at most `width` characters.
fn chunks(word: &str, width: usize) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    chars
        .chunks(width.max(1))
        .map(|c| c.iter().collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::advisor::Factor;
    use crate::domain::quiz::BandedScore;

    fn role(short: &str, fit: Option<u8>) -> RoleScore {
        RoleScore {
            id: short.to_lowercase(),
            name: short.to_owned(),
            short_name: short.to_owned(),
            skill: None,
            interest: None,
            fit: fit.map(|value| BandedScore {
                value,
                band: if value >= 70 { Band::High } else { Band::Low },
                meaning: String::new(),
                range: None,
            }),
        }
    }

    #[test]
    fn wrapping() {
        assert_eq!(
            wrap("Product vision", 30, 2),
            (vec!["Product vision".to_owned()], false)
        );
        assert_eq!(
            wrap("Switching between strategy and execution", 30, 2),
            (
                vec![
                    "Switching between strategy and".to_owned(),
                    "execution".to_owned()
                ],
                false
            )
        );
        let (lines, cut) = wrap("one two three four five six seven", 9, 2);
        assert!(cut);
        assert_eq!(lines, ["one two", "three…"]);
        let (lines, cut) = wrap(&"x".repeat(25), 10, 2);
        assert!(cut);
        assert_eq!(lines, ["xxxxxxxxxx", "xxxxxxxxx…"]);
        assert_eq!(wrap("", 10, 2), (Vec::<String>::new(), false));
    }

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(num(140.0), "140");
        assert_eq!(num(142.25), "142.2");
        assert_eq!(num(-3.0), "-3");
    }

    #[test]
    fn fit_chart_scales_bars_and_describes_itself() {
        let en = Translator::new(crate::i18n::Language::English);
        let svg = fit_chart(
            "fit",
            &[role("PM", Some(100)), role("PO", None)],
            40,
            70,
            &en,
        );
        assert!(svg.starts_with("<svg "), "{svg}");
        assert!(svg.ends_with("</svg>"), "{svg}");
        assert!(
            svg.contains("aria-labelledby=\"fit-title fit-desc\""),
            "{svg}"
        );
        assert!(
            svg.contains("<title id=\"fit-title\">Fit for each role</title>"),
            "{svg}"
        );
        assert!(
            svg.contains("PM fit 100 out of 100 (high); PO fit not scored yet."),
            "{svg}"
        );
        // A full bar spans the whole plot: 420 units from x = 140.
        assert!(
            svg.contains(&format!(
                "width=\"420\" height=\"18\" fill=\"{SKILL_FILL}\""
            )),
            "{svg}"
        );
        assert!(svg.contains(">not scored yet</text>"), "{svg}");
    }

    #[test]
    fn chart_text_is_escaped() {
        let lines = [ResponsibilityLine {
            id: "x".into(),
            title: "<b>A & B</b>".into(),
            role: "pm".into(),
            role_short_name: "P\"M".into(),
            skill: Some((50, Band::Moderate)),
            interest: None,
            skill_range: None,
            interest_range: None,
        }];
        let en = Translator::new(crate::i18n::Language::English);
        let svg = skill_interest_chart("c\"x", &lines, 40, 70, &en);
        assert!(!svg.contains("<b>"), "{svg}");
        assert!(svg.contains("&lt;b&gt;A &amp; B&lt;/b&gt;"), "{svg}");
        assert!(svg.contains("id=\"c&quot;x-title\""), "{svg}");
        assert!(svg.contains("interest not answered"), "{svg}");
    }

    #[test]
    fn contributions_diverge_from_the_centre() {
        let factor = |points| FactorLine {
            factor: Factor::Engineers,
            label: "Engineers".into(),
            value: "8".into(),
            points,
            reason: String::new(),
        };
        let en = Translator::new(crate::i18n::Language::English);
        let svg = contributions_chart("adv", &[factor(-2), factor(1), factor(0)], &en);
        // Centre at 232 + 180 = 412; the widest bar (2 points) fills half the plot but for
        // the room its value needs (36), so a point is 72 units.
        assert!(
            svg.contains(&format!(
                "x=\"268\" y=\"37\" width=\"144\" height=\"16\" fill=\"{COMBINE_FILL}\""
            )),
            "{svg}"
        );
        assert!(
            svg.contains(&format!(
                "x=\"412\" y=\"71\" width=\"72\" height=\"16\" fill=\"{SPLIT_FILL}\""
            )),
            "{svg}"
        );
        assert!(
            svg.contains(">−2</text>") && svg.contains(">+1</text>") && svg.contains(">0</text>"),
            "{svg}"
        );
    }
}
