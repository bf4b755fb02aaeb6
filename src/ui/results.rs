//! The Results screen.
//!
//! PM and PO fit with their bands and ranges, how much to trust the result (the answer-quality
//! checks), skill against interest per responsibility with ranges, strengths and growth areas
//! with what to learn, the combined-role fit, notes, and earlier attempts beside this one with
//! how far each moved.

use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, Legend, Line, MarkerShape, Plot, PlotPoints, Points};

use crate::domain::quiz::{
    Band, BandedScore, Lean, NOT_SCORED, Quiz, QuizResult, ResponsibilityScore, ResultNotes,
    ScoreRange,
};
use crate::domain::rating::{Gap, OthersView, Rating, others_view};
use crate::domain::report::{change_words, day, fit_changes, quality_lines, score_words};
use crate::ui::{Command, a11y, theme};

/// One scored attempt as the Results screen shows it.
pub struct Attempt<'a> {
    /// When it was taken. Formatted only when its row is drawn, so a long history costs
    /// nothing for the rows out of view.
    pub taken: time::OffsetDateTime,
    /// The scores.
    pub result: &'a QuizResult,
}

/// The Results screen. It keeps no state: everything comes from the document.
#[derive(Default)]
pub struct ResultsScreen;

impl ResultsScreen {
    /// Draws the newest attempt and, beside it, the earlier ones (newest first). `quiz` gives
    /// the fixed sentences (what an empty list says, what the checks and ranges mean).
    #[must_use]
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        latest: Option<Attempt<'_>>,
        earlier: &[Attempt<'_>],
        quiz: &Quiz,
    ) -> Option<Command> {
        self.ui_with_ratings(ui, latest, earlier, quiz, &[])
    }

    /// [`Self::ui`], with what others said about the person's skills set beside the newest
    /// attempt.
    #[must_use]
    pub fn ui_with_ratings(
        &mut self,
        ui: &mut Ui,
        latest: Option<Attempt<'_>>,
        earlier: &[Attempt<'_>],
        quiz: &Quiz,
        ratings: &[Rating],
    ) -> Option<Command> {
        let notes = quiz.notes();
        let Some(latest) = latest else {
            ui.heading("No result yet");
            ui.label("Take the career-fit quiz to see how your skills and interests fit the Product Manager and Product Owner roles.");
            return ui
                .button("Go to the quiz")
                .clicked()
                .then_some(Command::Show(crate::ui::Screen::Quiz));
        };
        let mut command = None;
        egui::ScrollArea::vertical()
            .id_salt("results-scroll")
            .show(ui, |ui| {
                let result = latest.result;
                ui.horizontal(|ui| {
                    ui.heading("Your result");
                    ui.label(
                        RichText::new(day(latest.taken)).color(theme::weak_text(ui.visuals())),
                    );
                    if ui
                        .button("Retake")
                        .on_hover_text("Start the quiz again; this result stays in your history")
                        .clicked()
                    {
                        command = Some(Command::Retake);
                    }
                });
                for note in &result.notes {
                    ui.label(RichText::new(note).color(theme::warning_text(ui.visuals())));
                }
                ui.add_space(theme::SECTION_SPACING);

                fits_ui(ui, result, quiz);
                ui.label(
                    RichText::new(&result.fit_explanation).color(theme::weak_text(ui.visuals())),
                );
                ui.add_space(theme::SECTION_SPACING);
                ui.strong(&result.lean_summary);
                if let Some(previous) = earlier.first() {
                    let changes = fit_changes(previous.result, result, quiz);
                    if !changes.is_empty() {
                        ui.label(format!(
                            "Since the last attempt: {}.",
                            change_words(&changes)
                        ));
                    }
                }
                ui.label(&result.combined.sentence);
                ui.label(
                    RichText::new(&result.combined.explanation)
                        .color(theme::weak_text(ui.visuals())),
                );
                ui.add_space(theme::SECTION_SPACING);

                trust_ui(ui, result, quiz);
                ui.add_space(theme::SECTION_SPACING);

                let others = others_view(quiz, result, ratings);
                ui.heading("Skill and interest by responsibility");
                skill_interest_chart_ui(ui, result, &others);
                scores_table_ui(ui, result);
                ui.add_space(theme::SECTION_SPACING);

                others_ui(ui, &others, quiz);
                ui.add_space(theme::SECTION_SPACING);

                highlights_ui(ui, result, notes);
                ui.add_space(theme::SECTION_SPACING);

                ui.heading("Earlier attempts");
                history_ui(ui, &latest, earlier);
            });
        command
    }
}

/// How wide a fit bar is drawn.
const FIT_BAR_WIDTH: f32 = 260.0;

fn fits_ui(ui: &mut Ui, result: &QuizResult, quiz: &Quiz) {
    for role in &result.roles {
        // Wraps rather than runs off the edge in a narrow window or with large text.
        ui.horizontal_wrapped(|ui| {
            let name = ui.strong(format!("{} fit", role.name));
            ui.add_space((theme::FIT_LABEL_WIDTH - name.rect.width()).max(0.0));
            match &role.fit {
                Some(fit) => {
                    let bar = ui.add(
                        egui::ProgressBar::new(f32::from(fit.value) / 100.0)
                            .desired_width(FIT_BAR_WIDTH)
                            .fill(band_colour(fit.band)),
                    );
                    let range = fit
                        .range
                        .map(|r| format!(", range {} to {}", r.low, r.high))
                        .unwrap_or_default();
                    a11y::progress(
                        ui,
                        &bar,
                        &format!("{} fit", role.name),
                        f64::from(fit.value),
                        100.0,
                        &format!("{} of 100, {}{range}", fit.value, fit.band.label()),
                    );
                    if let Some(range) = fit.range {
                        range_whisker(ui, bar.rect, range);
                    }
                    // Beside the bar rather than on it, so it reads on both themes.
                    // Whole, never split across lines: a narrow row moves them below.
                    ui.add(
                        egui::Label::new(
                            RichText::new(format!("{} of 100, {}", fit.value, fit.band.label()))
                                .strong(),
                        )
                        .extend(),
                    );
                    if let Some(range) = fit.range {
                        ui.add(
                            egui::Label::new(format!("range {} to {}", range.low, range.high))
                                .extend(),
                        );
                    }
                }
                None => {
                    ui.label(NOT_SCORED);
                }
            }
        });
        if let Some(fit) = &role.fit {
            ui.label(&fit.meaning);
            if let Some(spans) = fit.range.and_then(|r| quiz.range_spans(r)) {
                ui.label(
                    RichText::new(format!("The fit could be either band: {spans}."))
                        .color(theme::weak_text(ui.visuals())),
                );
            }
        }
        let part = |score: &Option<BandedScore>| {
            score
                .as_ref()
                .map_or("-".to_owned(), |s| score_words(s, quiz))
        };
        ui.label(
            RichText::new(format!(
                "Skill {}, interest {}",
                part(&role.skill),
                part(&role.interest)
            ))
            .color(theme::weak_text(ui.visuals())),
        );
        ui.add_space(theme::SECTION_SPACING / 2.0);
    }
}

/// The range drawn across a fit bar: a line from its low end to its high end with end ticks,
/// in the text colour so it shows on every band's fill and on both themes.
fn range_whisker(ui: &Ui, bar: egui::Rect, range: ScoreRange) {
    let x = |score: u8| bar.left() + bar.width() * f32::from(score) / 100.0;
    let y = bar.center().y;
    let stroke = egui::Stroke::new(2.0, ui.visuals().strong_text_color());
    let painter = ui.painter();
    painter.line_segment(
        [egui::pos2(x(range.low), y), egui::pos2(x(range.high), y)],
        stroke,
    );
    let tick = bar.height() * 0.35;
    for end in [range.low, range.high] {
        painter.line_segment(
            [egui::pos2(x(end), y - tick), egui::pos2(x(end), y + tick)],
            stroke,
        );
    }
}

/// "How much to trust this result": what the answer-quality checks saw, and what the ranges
/// mean.
fn trust_ui(ui: &mut Ui, result: &QuizResult, quiz: &Quiz) {
    ui.heading("How much to trust this result");
    for line in quality_lines(result, quiz) {
        let colour = if line.check.is_some() {
            theme::warning_text(ui.visuals())
        } else {
            ui.visuals().text_color()
        };
        ui.label(RichText::new(line.sentence).color(colour));
    }
    let ranges = &quiz.data().ranges;
    ui.label(
        RichText::new(crate::domain::template::render_named(
            &ranges.explanation,
            &[("confidence", &ranges.confidence.to_string())],
        ))
        .color(theme::weak_text(ui.visuals())),
    );
}

/// The chart's numbers as text: every responsibility's skill and interest with their ranges,
/// folded away until asked for.
fn scores_table_ui(ui: &mut Ui, result: &QuizResult) {
    egui::CollapsingHeader::new("Scores and ranges as a table")
        .id_salt("scores-table")
        .show(ui, |ui| {
            egui::Grid::new("scores-grid")
                .striped(true)
                .num_columns(3)
                .show(ui, |ui| {
                    ui.strong("Responsibility");
                    ui.strong("Skill");
                    ui.strong("Interest");
                    ui.end_row();
                    for r in &result.responsibilities {
                        let row = format!("{} ({})", r.title, r.role_name);
                        ui.label(&row);
                        for (column, text) in [
                            ("Skill", score_and_range(r.skill, r.skill_range)),
                            ("Interest", score_and_range(r.interest, r.interest_range)),
                        ] {
                            let label = ui.label(&text);
                            a11y::cell(ui, &label, &row, column, &text);
                        }
                        ui.end_row();
                    }
                });
        });
}

/// "75 (range 58 to 92)", "75" without a range, or "-" without a score.
fn score_and_range(score: Option<u8>, range: Option<ScoreRange>) -> String {
    match (score, range) {
        (None, _) => "-".to_owned(),
        (Some(v), None) => v.to_string(),
        (Some(v), Some(r)) => format!("{v} (range {} to {})", r.low, r.high),
    }
}

fn band_colour(band: Band) -> egui::Color32 {
    match band {
        Band::Low => theme::BAND_LOW,
        Band::Moderate => theme::BAND_MODERATE,
        Band::High => theme::BAND_HIGH,
    }
}

/// "What others said": the raters' average beside the person's own skill score for each
/// responsibility, how far the raters agree, and the blind spots and hidden strengths.
fn others_ui(ui: &mut Ui, view: &OthersView, quiz: &Quiz) {
    ui.heading("What others said");
    if view.raters == 0 {
        ui.label(&quiz.data().rating.none_yet);
        return;
    }
    let people = if view.raters == 1 {
        "1 person has".to_owned()
    } else {
        format!("{} people have", view.raters)
    };
    ui.label(format!(
        "{people} rated your skills. Their average is shown beside your own answers, on the same 0-100 scale; the chart above marks it with a diamond."
    ));
    for (index, sentence) in view.sentences(quiz).into_iter().enumerate() {
        let is_warning = !view.anonymous && index + 1 == view.sentences(quiz).len();
        let colour = if is_warning {
            theme::warning_text(ui.visuals())
        } else {
            ui.visuals().text_color()
        };
        ui.label(RichText::new(sentence).color(colour));
    }
    egui::CollapsingHeader::new("What others said, as a table")
        .id_salt("others-table")
        .show(ui, |ui| {
            egui::Grid::new("others-grid")
                .striped(true)
                .num_columns(5)
                .show(ui, |ui| {
                    for heading in ["Responsibility", "You", "Others", "Raters' spread", "Note"] {
                        ui.strong(heading);
                    }
                    ui.end_row();
                    for row in &view.rows {
                        ui.label(&row.title);
                        let (others, spread) = match (row.others, row.spread) {
                            (Some(others), Some((low, high))) => (
                                format!("{others} ({} rated)", row.raters),
                                format!("{low} to {high}"),
                            ),
                            _ => ("not rated".to_owned(), "-".to_owned()),
                        };
                        let note = match row.gap {
                            Some(Gap::BlindSpot) => "blind spot",
                            Some(Gap::HiddenStrength) => "hidden strength",
                            None => "",
                        };
                        for (column, text) in [
                            ("You", row.own.map_or("-".to_owned(), |s| s.to_string())),
                            ("Others", others),
                            ("Raters' spread", spread),
                            ("Note", note.to_owned()),
                        ] {
                            let label = ui.label(&text);
                            a11y::cell(ui, &label, &row.title, column, &text);
                        }
                        ui.end_row();
                    }
                });
        });
}

fn skill_interest_chart_ui(ui: &mut Ui, result: &QuizResult, others: &OthersView) {
    let rows: Vec<&ResponsibilityScore> = result.responsibilities.iter().collect();
    let count = rows.len();
    let position = |index: usize| (count - 1 - index) as f64;
    let bars = |pick: fn(&ResponsibilityScore) -> Option<u8>,
                offset: f64,
                colour: egui::Color32|
     -> Vec<Bar> {
        rows.iter()
            .enumerate()
            .map(|(index, r)| {
                Bar::new(position(index) + offset, f64::from(pick(r).unwrap_or(0)))
                    .name(format!("{} ({})", r.title, r.role_name))
                    .width(0.36)
                    .fill(colour)
            })
            .collect()
    };
    let names: Vec<String> = rows
        .iter()
        .map(|r| format!("{} ({})", r.title, short_role(r)))
        .collect();
    // The text colour: it shows on both bar colours and on the light and dark backgrounds.
    let range_colour = ui.visuals().strong_text_color();
    let plot = Plot::new("skill-interest")
        .height(theme::row_chart_height(count))
        .legend(Legend::default())
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .include_x(0.0)
        .include_x(100.0)
        .show_grid([true, false])
        .y_axis_min_width(220.0)
        .y_axis_formatter(move |mark, _| {
            let index = mark.value.round();
            if (mark.value - index).abs() > 0.01 || index < 0.0 {
                return String::new();
            }
            count
                .checked_sub(1 + index as usize)
                .and_then(|i| names.get(i))
                .cloned()
                .unwrap_or_default()
        })
        .x_axis_label("score, 0-100")
        .show(ui, |plot| {
            plot.bar_chart(
                BarChart::new("Skill", bars(|r| r.skill, 0.2, theme::SKILL))
                    .horizontal()
                    .color(theme::SKILL),
            );
            plot.bar_chart(
                BarChart::new("Interest", bars(|r| r.interest, -0.2, theme::INTEREST))
                    .horizontal()
                    .color(theme::INTEREST),
            );
            // Others' average skill, a diamond on each skill bar they rated.
            let others_points: Vec<[f64; 2]> = others
                .rows
                .iter()
                .enumerate()
                .filter_map(|(index, row)| Some([f64::from(row.others?), position(index) + 0.2]))
                .collect();
            if !others_points.is_empty() {
                plot.points(
                    Points::new("Others' average skill", PlotPoints::from(others_points))
                        .shape(MarkerShape::Diamond)
                        .radius(6.0)
                        .filled(true)
                        .color(range_colour),
                );
            }
            // Each score's range as a line across its bar; one legend entry for them all.
            for (index, r) in rows.iter().enumerate() {
                for (offset, range, kind) in [
                    (0.2, r.skill_range, "skill"),
                    (-0.2, r.interest_range, "interest"),
                ] {
                    let Some(range) = range else { continue };
                    let y = position(index) + offset;
                    plot.line(
                        Line::new(
                            "Likely range",
                            PlotPoints::from(vec![
                                [f64::from(range.low), y],
                                [f64::from(range.high), y],
                            ]),
                        )
                        .id(("range", index, kind))
                        .color(range_colour)
                        .width(2.5),
                    );
                }
            }
        });
    a11y::chart(
        ui,
        &plot.response,
        "Chart of skill and interest by responsibility",
        &chart_words(result, others),
    );
}

/// The Results chart in words, for its accessible description: each responsibility's skill
/// and interest with their ranges, and the others' average where there is one.
fn chart_words(result: &QuizResult, others: &OthersView) -> String {
    let mut lines = vec!["Scores from 0 to 100.".to_owned()];
    for (index, r) in result.responsibilities.iter().enumerate() {
        let mut line = format!(
            "{} ({}): skill {}, interest {}",
            r.title,
            r.role_name,
            score_and_range(r.skill, r.skill_range),
            score_and_range(r.interest, r.interest_range)
        );
        if let Some(average) = others.rows.get(index).and_then(|row| row.others) {
            line.push_str(&format!(", others' average skill {average}"));
        }
        line.push('.');
        lines.push(line);
    }
    lines.join(" ")
}

fn short_role(score: &ResponsibilityScore) -> String {
    score
        .role_name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .collect()
}

fn highlights_ui(ui: &mut Ui, result: &QuizResult, notes: &ResultNotes) {
    ui.heading("Strengths");
    list_ui(ui, result, &result.strengths, &notes.no_strengths, false);
    ui.add_space(theme::SECTION_SPACING / 2.0);
    ui.heading("Growth areas: drawn to it, not yet skilled");
    list_ui(
        ui,
        result,
        &result.growth_areas,
        &notes.no_growth_areas,
        true,
    );
    ui.add_space(theme::SECTION_SPACING / 2.0);
    ui.heading("Skilled, but less drawn to");
    list_ui(
        ui,
        result,
        &result.skilled_not_drawn,
        &notes.no_skilled_not_drawn,
        false,
    );
}

fn list_ui(ui: &mut Ui, result: &QuizResult, ids: &[String], empty: &str, learn: bool) {
    if ids.is_empty() {
        ui.label(RichText::new(empty).color(theme::weak_text(ui.visuals())));
    }
    for score in result.scores_of(ids) {
        let skill = score.skill.map_or("-".to_owned(), |v| v.to_string());
        let interest = score.interest.map_or("-".to_owned(), |v| v.to_string());
        ui.label(format!(
            "{} ({}): skill {skill}, interest {interest}",
            score.title, score.role_name
        ));
        if learn {
            ui.label(
                RichText::new(format!("Next: {}", score.learn_next))
                    .color(theme::weak_text(ui.visuals())),
            );
        }
    }
}

/// This attempt and the earlier ones, one row each (newest first), so they read side by side
/// down the columns. Only the rows in view are laid out, however long the history.
fn history_ui(ui: &mut Ui, latest: &Attempt<'_>, earlier: &[Attempt<'_>]) {
    if earlier.is_empty() {
        ui.label(
            RichText::new(
                "This is your first attempt. Retake the quiz later to see how you change.",
            )
            .color(theme::weak_text(ui.visuals())),
        );
        return;
    }
    let attempts: Vec<&Attempt<'_>> = std::iter::once(latest).chain(earlier.iter()).collect();
    let roles = &latest.result.roles;
    let row_height = ui.spacing().interact_size.y;
    let mut table = egui_extras::TableBuilder::new(ui)
        .id_salt("attempts")
        .striped(true)
        .vscroll(false)
        .column(egui_extras::Column::auto().at_least(170.0));
    for _ in roles {
        table = table.column(egui_extras::Column::auto().at_least(110.0));
    }
    table
        .column(egui_extras::Column::auto().at_least(120.0))
        .header(row_height, |mut header| {
            header.col(|ui| {
                ui.strong("Attempt");
            });
            for role in roles {
                header.col(|ui| {
                    ui.strong(format!("{} fit", role.short_name));
                });
            }
            header.col(|ui| {
                ui.strong("Lean");
            });
        })
        .body(|body| {
            body.rows(row_height, attempts.len(), |mut row| {
                let index = row.index();
                let attempt = attempts[index];
                row.col(|ui| {
                    if index == 0 {
                        ui.strong(format!("This attempt ({})", day(attempt.taken)));
                    } else {
                        ui.label(day(attempt.taken));
                    }
                });
                for role in roles {
                    row.col(|ui| {
                        let fit = attempt.result.role(&role.id).and_then(|r| r.fit.as_ref());
                        ui.label(fit.map_or("-".to_owned(), |f| {
                            format!("{} ({})", f.value, f.band.label())
                        }));
                    });
                }
                row.col(|ui| {
                    ui.label(lean_name(attempt.result));
                });
            });
        });
}

fn lean_name(result: &QuizResult) -> String {
    match &result.lean {
        Lean::Role(id) => result
            .role(id)
            .map_or_else(|| id.clone(), |r| r.short_name.clone()),
        Lean::Combined => "Combined role".to_owned(),
        Lean::NeitherYet => "Neither yet".to_owned(),
        Lean::TooClose => "Too close to call".to_owned(),
    }
}
