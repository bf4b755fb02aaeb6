//! The Results screen.
//!
//! PM and PO fit with their bands and ranges, how much to trust the result (the answer-quality
//! checks), skill against interest per responsibility with ranges, strengths and growth areas
//! with what to learn, the combined-role fit, notes, and earlier attempts beside this one with
//! how far each moved.

use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, Legend, Line, MarkerShape, Plot, PlotPoints, Points};

use crate::domain::quiz::{
    Band, BandedScore, Lean, Quiz, QuizResult, ResponsibilityScore, ResultNotes, ScoreRange,
};
use crate::domain::rating::{Gap, OthersView, Rating, others_view};
use crate::domain::report::{change_words, day, fit_changes, quality_lines};
use crate::domain::template::render_named;
use crate::i18n::{FluentValue, Translator};
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
    /// Draws the newest attempt and, beside it, the earlier ones (newest first), the screen's
    /// own text in `tr`'s language. `quiz` gives the fixed sentences (what an empty list says,
    /// what the checks and ranges mean).
    #[must_use]
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        latest: Option<Attempt<'_>>,
        earlier: &[Attempt<'_>],
        quiz: &Quiz,
        tr: &Translator,
    ) -> Option<Command> {
        self.ui_with_ratings(ui, latest, earlier, quiz, &[], tr)
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
        tr: &Translator,
    ) -> Option<Command> {
        let Some(latest) = latest else {
            ui.heading(tr.tr("results-none"));
            ui.label(tr.tr("results-none-hint"));
            return ui
                .button(tr.tr("results-go-to-quiz"))
                .clicked()
                .then_some(Command::Show(crate::ui::Screen::Quiz));
        };
        let mut command = None;
        egui::ScrollArea::vertical()
            .id_salt("results-scroll")
            .show(ui, |ui| {
                command = result_ui(ui, &latest, earlier, quiz, ratings, tr);
            });
        command
    }
}

/// The newest attempt, top to bottom, with the earlier ones at the end.
fn result_ui(
    ui: &mut Ui,
    latest: &Attempt<'_>,
    earlier: &[Attempt<'_>],
    quiz: &Quiz,
    ratings: &[Rating],
    tr: &Translator,
) -> Option<Command> {
    let mut command = None;
    let result = latest.result;
    ui.horizontal(|ui| {
        ui.heading(tr.tr("results-heading"));
        ui.label(RichText::new(day(latest.taken)).color(theme::weak_text(ui.visuals())));
        if ui
            .button(tr.tr("results-retake"))
            .on_hover_text(tr.tr("results-retake.hover"))
            .clicked()
        {
            command = Some(Command::Retake);
        }
    });
    for note in &result.notes {
        ui.label(RichText::new(note).color(theme::warning_text(ui.visuals())));
    }
    ui.add_space(theme::SECTION_SPACING);

    fits_ui(ui, result, quiz, tr);
    ui.label(RichText::new(&result.fit_explanation).color(theme::weak_text(ui.visuals())));
    ui.add_space(theme::SECTION_SPACING);
    ui.strong(&result.lean_summary);
    if let Some(previous) = earlier.first() {
        let changes = fit_changes(previous.result, result, quiz);
        if !changes.is_empty() {
            ui.label(tr.tr_args(
                "results-since-last",
                &[("changes", change_words(&changes).into())],
            ));
        }
    }
    ui.label(&result.combined.sentence);
    ui.label(RichText::new(&result.combined.explanation).color(theme::weak_text(ui.visuals())));
    ui.add_space(theme::SECTION_SPACING);

    trust_ui(ui, result, quiz, tr);
    ui.add_space(theme::SECTION_SPACING);

    let others = others_view(quiz, result, ratings);
    ui.heading(tr.tr("results-by-responsibility"));
    skill_interest_chart_ui(ui, result, &others, tr);
    scores_table_ui(ui, result, tr);
    ui.add_space(theme::SECTION_SPACING);

    others_ui(ui, &others, quiz, tr);
    ui.add_space(theme::SECTION_SPACING);

    highlights_ui(ui, result, quiz.notes(), tr);
    ui.add_space(theme::SECTION_SPACING);

    ui.heading(tr.tr("results-earlier"));
    history_ui(ui, latest, earlier, tr);
    command
}

/// A band as a word: "high".
fn band_word(tr: &Translator, band: Band) -> String {
    tr.tr_args("results-band", &[("band", band.key().into())])
}

/// What `quiz` says of a range that crosses bands ("the range 62 to 78 spans moderate and
/// high"), with the bands named in `tr`'s language; `None` when it stays in one band.
fn range_spans(quiz: &Quiz, range: ScoreRange, tr: &Translator) -> Option<String> {
    let (from, to) = (quiz.band(range.low), quiz.band(range.high));
    (from != to).then(|| {
        render_named(
            &quiz.data().ranges.spans_bands,
            &[
                ("low", &range.low.to_string()),
                ("high", &range.high.to_string()),
                ("from", &band_word(tr, from)),
                ("to", &band_word(tr, to)),
            ],
        )
    })
}

/// A score in words with its band and range: "72 (high), range 64 to 80", or, when the
/// range crosses a band boundary, "72 (high); the range 64 to 80 spans moderate and high".
fn score_words(score: &BandedScore, quiz: &Quiz, tr: &Translator) -> String {
    let value = ("value", score.value.into());
    let band = ("band", band_word(tr, score.band).into());
    match score.range {
        None => tr.tr_args("results-score", &[value, band]),
        Some(range) => match range_spans(quiz, range, tr) {
            Some(spans) => tr.tr_args(
                "results-score-spans",
                &[value, band, ("spans", spans.into())],
            ),
            None => tr.tr_args(
                "results-score-range",
                &[
                    value,
                    band,
                    ("low", range.low.into()),
                    ("high", range.high.into()),
                ],
            ),
        },
    }
}

/// How wide a fit bar is drawn.
const FIT_BAR_WIDTH: f32 = 260.0;

fn fits_ui(ui: &mut Ui, result: &QuizResult, quiz: &Quiz, tr: &Translator) {
    for role in &result.roles {
        let name = tr.tr_args("results-fit", &[("role", role.name.as_str().into())]);
        // Wraps rather than runs off the edge in a narrow window or with large text.
        ui.horizontal_wrapped(|ui| {
            let label = ui.strong(&name);
            ui.add_space((theme::FIT_LABEL_WIDTH - label.rect.width()).max(0.0));
            match &role.fit {
                Some(fit) => fit_bar_ui(ui, fit, &name, tr),
                None => {
                    ui.label(tr.tr("results-not-scored"));
                }
            }
        });
        if let Some(fit) = &role.fit {
            ui.label(&fit.meaning);
            if let Some(spans) = fit.range.and_then(|r| range_spans(quiz, r, tr)) {
                ui.label(
                    RichText::new(tr.tr_args("results-either-band", &[("spans", spans.into())]))
                        .color(theme::weak_text(ui.visuals())),
                );
            }
        }
        let part = |score: &Option<BandedScore>| {
            score
                .as_ref()
                .map_or("-".to_owned(), |s| score_words(s, quiz, tr))
        };
        let words = tr.tr_args(
            "results-skill-interest",
            &[
                ("skill", part(&role.skill).into()),
                ("interest", part(&role.interest).into()),
            ],
        );
        ui.label(RichText::new(words).color(theme::weak_text(ui.visuals())));
        ui.add_space(theme::SECTION_SPACING / 2.0);
    }
}

/// A fit as a bar in its band's colour, named `name` for a screen reader, with its range
/// across it and its value and range in words beside it.
fn fit_bar_ui(ui: &mut Ui, fit: &BandedScore, name: &str, tr: &Translator) {
    let bar = ui.add(
        egui::ProgressBar::new(f32::from(fit.value) / 100.0)
            .desired_width(FIT_BAR_WIDTH)
            .fill(band_colour(fit.band)),
    );
    let value = ("value", fit.value.into());
    let band = ("band", band_word(tr, fit.band).into());
    let words = tr.tr_args("results-fit-value", &[value.clone(), band.clone()]);
    let spoken = match fit.range {
        Some(range) => tr.tr_args(
            "results-fit-value-range",
            &[
                value,
                band,
                ("low", range.low.into()),
                ("high", range.high.into()),
            ],
        ),
        None => words.clone(),
    };
    a11y::progress(ui, &bar, name, f64::from(fit.value), 100.0, &spoken);
    if let Some(range) = fit.range {
        range_whisker(ui, bar.rect, range);
    }
    // Beside the bar rather than on it, so it reads on both themes.
    // Whole, never split across lines: a narrow row moves them below.
    ui.add(egui::Label::new(RichText::new(words).strong()).extend());
    if let Some(range) = fit.range {
        ui.add(
            egui::Label::new(tr.tr_args(
                "results-range",
                &[("low", range.low.into()), ("high", range.high.into())],
            ))
            .extend(),
        );
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
fn trust_ui(ui: &mut Ui, result: &QuizResult, quiz: &Quiz, tr: &Translator) {
    ui.heading(tr.tr("results-trust"));
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
        RichText::new(render_named(
            &ranges.explanation,
            &[("confidence", &ranges.confidence.to_string())],
        ))
        .color(theme::weak_text(ui.visuals())),
    );
}

/// The chart's numbers as text: every responsibility's skill and interest with their ranges,
/// folded away until asked for.
fn scores_table_ui(ui: &mut Ui, result: &QuizResult, tr: &Translator) {
    egui::CollapsingHeader::new(tr.tr("results-table"))
        .id_salt("scores-table")
        .show(ui, |ui| {
            let (skill, interest) = (tr.tr("results-skill"), tr.tr("results-interest"));
            egui::Grid::new("scores-grid")
                .striped(true)
                .num_columns(3)
                .show(ui, |ui| {
                    ui.strong(tr.tr("results-responsibility"));
                    ui.strong(&skill);
                    ui.strong(&interest);
                    ui.end_row();
                    for r in &result.responsibilities {
                        let row = responsibility_of(tr, r);
                        ui.label(&row);
                        for (column, text) in [
                            (&skill, score_and_range(tr, r.skill, r.skill_range)),
                            (&interest, score_and_range(tr, r.interest, r.interest_range)),
                        ] {
                            let label = ui.label(&text);
                            a11y::cell(ui, &label, &row, column, &text);
                        }
                        ui.end_row();
                    }
                });
        });
}

/// "Product vision (Product Manager)".
fn responsibility_of(tr: &Translator, score: &ResponsibilityScore) -> String {
    tr.tr_args(
        "results-responsibility-of",
        &[
            ("responsibility", score.title.as_str().into()),
            ("role", score.role_name.as_str().into()),
        ],
    )
}

/// "75 (range 58 to 92)", "75" without a range, or "-" without a score.
fn score_and_range(tr: &Translator, score: Option<u8>, range: Option<ScoreRange>) -> String {
    match (score, range) {
        (None, _) => "-".to_owned(),
        (Some(v), None) => v.to_string(),
        (Some(v), Some(r)) => tr.tr_args(
            "results-score-in-range",
            &[
                ("value", v.into()),
                ("low", r.low.into()),
                ("high", r.high.into()),
            ],
        ),
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
fn others_ui(ui: &mut Ui, view: &OthersView, quiz: &Quiz, tr: &Translator) {
    ui.heading(tr.tr("results-others"));
    if view.raters == 0 {
        ui.label(&quiz.data().rating.none_yet);
        return;
    }
    ui.label(tr.tr_args("results-others-intro", &[("raters", view.raters.into())]));
    for (index, sentence) in view.sentences(quiz).into_iter().enumerate() {
        let is_warning = !view.anonymous && index + 1 == view.sentences(quiz).len();
        let colour = if is_warning {
            theme::warning_text(ui.visuals())
        } else {
            ui.visuals().text_color()
        };
        ui.label(RichText::new(sentence).color(colour));
    }
    egui::CollapsingHeader::new(tr.tr("results-others-table"))
        .id_salt("others-table")
        .show(ui, |ui| {
            let columns = [
                tr.tr("results-you"),
                tr.tr("results-others-column"),
                tr.tr("results-spread"),
                tr.tr("results-note"),
            ];
            egui::Grid::new("others-grid")
                .striped(true)
                .num_columns(5)
                .show(ui, |ui| {
                    ui.strong(tr.tr("results-responsibility"));
                    for heading in &columns {
                        ui.strong(heading);
                    }
                    ui.end_row();
                    for row in &view.rows {
                        ui.label(&row.title);
                        for (column, text) in columns.iter().zip(others_cells(row, tr)) {
                            let label = ui.label(&text);
                            a11y::cell(ui, &label, &row.title, column, &text);
                        }
                        ui.end_row();
                    }
                });
        });
}

/// One row of "What others said, as a table" after its title: the person's own score, the
/// others' average, their spread, and the note.
fn others_cells(row: &crate::domain::rating::OthersRow, tr: &Translator) -> [String; 4] {
    let (others, spread) = match (row.others, row.spread) {
        (Some(others), Some((low, high))) => (
            tr.tr_args(
                "results-others-rated",
                &[("average", others.into()), ("raters", row.raters.into())],
            ),
            tr.tr_args(
                "results-spread-value",
                &[("low", low.into()), ("high", high.into())],
            ),
        ),
        _ => (tr.tr("results-not-rated"), "-".to_owned()),
    };
    let note = match row.gap {
        Some(Gap::BlindSpot) => tr.tr("results-blind-spot"),
        Some(Gap::HiddenStrength) => tr.tr("results-hidden-strength"),
        None => String::new(),
    };
    let own = row.own.map_or("-".to_owned(), |s| s.to_string());
    [own, others, spread, note]
}

fn skill_interest_chart_ui(ui: &mut Ui, result: &QuizResult, others: &OthersView, tr: &Translator) {
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
                    .name(responsibility_of(tr, r))
                    .width(0.36)
                    .fill(colour)
            })
            .collect()
    };
    let names: Vec<String> = rows
        .iter()
        .map(|r| {
            tr.tr_args(
                "results-responsibility-of",
                &[
                    ("responsibility", r.title.as_str().into()),
                    ("role", short_role(r).into()),
                ],
            )
        })
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
        .x_axis_label(tr.tr("results-axis"))
        .show(ui, |plot| {
            plot.bar_chart(
                BarChart::new(tr.tr("results-skill"), bars(|r| r.skill, 0.2, theme::SKILL))
                    .horizontal()
                    .color(theme::SKILL),
            );
            plot.bar_chart(
                BarChart::new(
                    tr.tr("results-interest"),
                    bars(|r| r.interest, -0.2, theme::INTEREST),
                )
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
                    Points::new(
                        tr.tr("results-others-average"),
                        PlotPoints::from(others_points),
                    )
                    .shape(MarkerShape::Diamond)
                    .radius(6.0)
                    .filled(true)
                    .color(range_colour),
                );
            }
            range_lines(plot, &rows, &tr.tr("results-likely-range"), range_colour);
        });
    a11y::chart(
        ui,
        &plot.response,
        &tr.tr("results-chart"),
        &chart_words(result, others, tr),
    );
}

/// Each score's range as a line across its bar, all under one legend entry, `name`.
fn range_lines(
    plot: &mut egui_plot::PlotUi<'_>,
    rows: &[&ResponsibilityScore],
    name: &str,
    colour: egui::Color32,
) {
    let count = rows.len();
    for (index, r) in rows.iter().enumerate() {
        for (offset, range, kind) in [
            (0.2, r.skill_range, "skill"),
            (-0.2, r.interest_range, "interest"),
        ] {
            let Some(range) = range else { continue };
            let y = (count - 1 - index) as f64 + offset;
            plot.line(
                Line::new(
                    name,
                    PlotPoints::from(vec![[f64::from(range.low), y], [f64::from(range.high), y]]),
                )
                .id(("range", index, kind))
                .color(colour)
                .width(2.5),
            );
        }
    }
}

/// The Results chart in words, for its accessible description: each responsibility's skill
/// and interest with their ranges, and the others' average where there is one.
fn chart_words(result: &QuizResult, others: &OthersView, tr: &Translator) -> String {
    let mut lines = vec![tr.tr("results-chart-scale")];
    for (index, r) in result.responsibilities.iter().enumerate() {
        let mut args = vec![
            ("responsibility", r.title.as_str().into()),
            ("role", r.role_name.as_str().into()),
            ("skill", score_and_range(tr, r.skill, r.skill_range).into()),
            (
                "interest",
                score_and_range(tr, r.interest, r.interest_range).into(),
            ),
        ];
        let line = match others.rows.get(index).and_then(|row| row.others) {
            Some(average) => {
                args.push(("others", average.into()));
                tr.tr_args("results-chart-row-others", &args)
            }
            None => tr.tr_args("results-chart-row", &args),
        };
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

fn highlights_ui(ui: &mut Ui, result: &QuizResult, notes: &ResultNotes, tr: &Translator) {
    ui.heading(tr.tr("results-strengths"));
    list_ui(
        ui,
        result,
        &result.strengths,
        &notes.no_strengths,
        false,
        tr,
    );
    ui.add_space(theme::SECTION_SPACING / 2.0);
    ui.heading(tr.tr("results-growth-areas"));
    list_ui(
        ui,
        result,
        &result.growth_areas,
        &notes.no_growth_areas,
        true,
        tr,
    );
    ui.add_space(theme::SECTION_SPACING / 2.0);
    ui.heading(tr.tr("results-skilled-not-drawn"));
    list_ui(
        ui,
        result,
        &result.skilled_not_drawn,
        &notes.no_skilled_not_drawn,
        false,
        tr,
    );
}

/// The responsibilities `ids` with their scores, or `empty` when there are none; with `learn`,
/// each says what to learn next.
fn list_ui(
    ui: &mut Ui,
    result: &QuizResult,
    ids: &[String],
    empty: &str,
    learn: bool,
    tr: &Translator,
) {
    if ids.is_empty() {
        ui.label(RichText::new(empty).color(theme::weak_text(ui.visuals())));
    }
    for score in result.scores_of(ids) {
        let number =
            |v: Option<u8>| -> FluentValue<'_> { v.map_or_else(|| "-".into(), Into::into) };
        ui.label(tr.tr_args(
            "results-highlight",
            &[
                ("responsibility", score.title.as_str().into()),
                ("role", score.role_name.as_str().into()),
                ("skill", number(score.skill)),
                ("interest", number(score.interest)),
            ],
        ));
        if learn {
            ui.label(
                RichText::new(tr.tr_args(
                    "results-learn-next",
                    &[("learn", score.learn_next.as_str().into())],
                ))
                .color(theme::weak_text(ui.visuals())),
            );
        }
    }
}

/// This attempt and the earlier ones, one row each (newest first), so they read side by side
/// down the columns. Only the rows in view are laid out, however long the history.
fn history_ui(ui: &mut Ui, latest: &Attempt<'_>, earlier: &[Attempt<'_>], tr: &Translator) {
    if earlier.is_empty() {
        ui.label(
            RichText::new(tr.tr("results-first-attempt")).color(theme::weak_text(ui.visuals())),
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
                ui.strong(tr.tr("results-attempt"));
            });
            for role in roles {
                header.col(|ui| {
                    ui.strong(
                        tr.tr_args("results-fit", &[("role", role.short_name.as_str().into())]),
                    );
                });
            }
            header.col(|ui| {
                ui.strong(tr.tr("results-lean"));
            });
        })
        .body(|body| {
            body.rows(row_height, attempts.len(), |mut row| {
                let index = row.index();
                let attempt = attempts[index];
                row.col(|ui| {
                    if index == 0 {
                        ui.strong(tr.tr_args(
                            "results-this-attempt",
                            &[("date", day(attempt.taken).into())],
                        ));
                    } else {
                        ui.label(day(attempt.taken));
                    }
                });
                for role in roles {
                    row.col(|ui| {
                        let fit = attempt.result.role(&role.id).and_then(|r| r.fit.as_ref());
                        ui.label(fit.map_or("-".to_owned(), |f| {
                            tr.tr_args(
                                "results-score",
                                &[
                                    ("value", f.value.into()),
                                    ("band", band_word(tr, f.band).into()),
                                ],
                            )
                        }));
                    });
                }
                row.col(|ui| {
                    ui.label(lean_name(attempt.result, tr));
                });
            });
        });
}

fn lean_name(result: &QuizResult, tr: &Translator) -> String {
    match &result.lean {
        Lean::Role(id) => result
            .role(id)
            .map_or_else(|| id.clone(), |r| r.short_name.clone()),
        Lean::Combined => tr.tr("results-lean-combined"),
        Lean::NeitherYet => tr.tr("results-lean-neither"),
        Lean::TooClose => tr.tr("results-lean-too-close"),
    }
}
