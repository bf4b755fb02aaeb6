//! The Team advisor screen: the team-profile form on the left; on the right, live, the verdict
//! with its margin, each factor's contribution as a bar chart, the reasons, and what would
//! change the answer.

use egui::{RichText, Slider};
use egui_plot::{Bar, BarChart, Plot};

use crate::domain::advisor::TeamProfileError;
use crate::domain::advisor::{
    Advice, AdvisorRules, Factor, Research, TeamProfile, Verdict, advise,
};
use crate::domain::catalog::Catalog;
use crate::i18n::{Language, Translator};
use crate::ui::{Command, theme};

/// State of the Team advisor screen: the advice for the last profile seen, so it is computed
/// once per change rather than every frame.
#[derive(Default)]
pub struct AdvisorScreen {
    /// The advice for a team, in the language its reasons were written in (the rules'
    /// sentences change with the language shown).
    cached: Option<(TeamProfile, Language, Advice)>,
}

impl AdvisorScreen {
    /// Draws the screen for `team` (the open profile's team, or the default team when the
    /// profile has none yet), its own text in `tr`'s language. Returns the edited team when
    /// the user changed an input.
    #[must_use]
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        rules: &AdvisorRules,
        catalog: &Catalog,
        team: &TeamProfile,
        tr: &Translator,
    ) -> Option<Command> {
        let mut edited = team.clone();
        if ui.available_width() < theme::NARROW_WIDTH {
            // Too narrow for two columns (a small window, or large text): the form, then
            // the advice, in one scrolling column.
            let mut command = None;
            egui::CentralPanel::default().show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("advisor-narrow-scroll")
                    .show(ui, |ui| {
                        form_ui(ui, rules, &mut edited, tr);
                        ui.add_space(theme::SECTION_SPACING);
                        let advice = self.advice(team, rules, tr.language());
                        command = advice_ui(ui, rules, catalog, team, advice, tr);
                    });
            });
            if command.is_none() && edited != *team {
                command = Some(Command::SetTeam(edited));
            }
            return command;
        }
        egui::Panel::left("advisor-form")
            .resizable(true)
            .default_size(400.0)
            .min_size(320.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("advisor-form-scroll")
                    .show(ui, |ui| form_ui(ui, rules, &mut edited, tr));
            });
        let advice = self.advice(team, rules, tr.language());
        let mut command = None;
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("advisor-advice-scroll")
                .show(ui, |ui| {
                    command = advice_ui(ui, rules, catalog, team, advice, tr);
                });
        });
        if command.is_none() && edited != *team {
            command = Some(Command::SetTeam(edited));
        }
        command
    }

    fn advice(&mut self, team: &TeamProfile, rules: &AdvisorRules, language: Language) -> &Advice {
        if self
            .cached
            .as_ref()
            .is_some_and(|(seen, said_in, _)| seen != team || *said_in != language)
        {
            self.cached = None;
        }
        let (_, _, advice) = self
            .cached
            .get_or_insert_with(|| (team.clone(), language, advise(team, rules)));
        advice
    }
}

/// The team-profile form, editing `team` in place (also used by the Team screen); its own
/// text in `tr`'s language.
pub fn form_ui(ui: &mut egui::Ui, rules: &AdvisorRules, team: &mut TeamProfile, tr: &Translator) {
    ui.heading(tr.tr("advisor-form-heading"));
    ui.label(RichText::new(tr.tr("advisor-form-intro")).color(theme::weak_text(ui.visuals())));
    ui.add_space(theme::SECTION_SPACING);

    number_ui(ui, rules, Factor::Engineers, &mut team.engineers, tr);
    number_ui(ui, rules, Factor::Teams, &mut team.teams, tr);

    input_label_ui(ui, rules, Factor::Research);
    ui.horizontal_wrapped(|ui| {
        for level in Research::ALL {
            ui.radio_value(&mut team.research, level, rules.research_name(level));
        }
    });
    ui.add_space(theme::SECTION_SPACING);

    scale_ui(
        ui,
        rules,
        Factor::BacklogComplexity,
        &mut team.backlog_complexity,
    );
    scale_ui(ui, rules, Factor::Switching, &mut team.switching);
    scale_ui(ui, rules, Factor::SpeedPriority, &mut team.speed_priority);

    for warning in team.warnings(rules) {
        ui.label(
            RichText::new(tr.tr_args("advisor-check", &[("warning", warning.into())]))
                .color(theme::warning_text(ui.visuals())),
        );
    }
    if let Err(err) = team.validate() {
        let text = out_of_range_sentence(&err, rules, tr);
        ui.label(RichText::new(text).color(theme::error_text(ui.visuals())));
    }
}

/// A team profile's number outside its range, in `tr`'s language.
fn out_of_range_sentence(err: &TeamProfileError, rules: &AdvisorRules, tr: &Translator) -> String {
    match err {
        TeamProfileError::OutOfRange {
            factor,
            value,
            min,
            max,
        } => tr.tr_args(
            "advisor-out-of-range",
            &[
                ("input", rules.label(*factor).into()),
                ("value", (*value).into()),
                ("min", (*min).into()),
                ("max", (*max).into()),
            ],
        ),
    }
}

fn input_label_ui(ui: &mut egui::Ui, rules: &AdvisorRules, factor: Factor) -> egui::Response {
    let label = ui.strong(rules.label(factor));
    ui.label(RichText::new(rules.help(factor)).color(theme::weak_text(ui.visuals())));
    label
}

fn number_ui(
    ui: &mut egui::Ui,
    rules: &AdvisorRules,
    factor: Factor,
    value: &mut u32,
    tr: &Translator,
) {
    let label = input_label_ui(ui, rules, factor);
    let range = TeamProfile::range(factor).unwrap_or(1..=u32::MAX);
    ui.add(
        egui::DragValue::new(value)
            .range(range.clone())
            .speed(0.25)
            .update_while_editing(false),
    )
    .labelled_by(label.id)
    .on_hover_text(tr.tr_args(
        "advisor-number-hover",
        &[
            ("min", (*range.start()).into()),
            ("max", (*range.end()).into()),
        ],
    ));
    ui.add_space(theme::SECTION_SPACING);
}

fn scale_ui(ui: &mut egui::Ui, rules: &AdvisorRules, factor: Factor, value: &mut u32) {
    let label = input_label_ui(ui, rules, factor);
    ui.add(Slider::new(value, TeamProfile::SCALE_RANGE).step_by(1.0))
        .labelled_by(label.id);
    if let Some((low, high)) = rules.scale_ends(factor) {
        let weak = theme::weak_text(ui.visuals());
        ui.label(RichText::new(low).color(weak));
        ui.label(RichText::new(high).color(weak));
    }
    ui.add_space(theme::SECTION_SPACING);
}

fn advice_ui(
    ui: &mut egui::Ui,
    rules: &AdvisorRules,
    catalog: &Catalog,
    team: &TeamProfile,
    advice: &Advice,
    tr: &Translator,
) -> Option<Command> {
    let mut command = None;
    let (headline, colour) = verdict_headline(advice.verdict, ui.visuals(), tr);
    ui.label(
        RichText::new(headline)
            .size(theme::VERDICT_SIZE)
            .strong()
            .color(colour),
    );
    ui.label(margin_sentence(advice, tr));
    let guidance = match advice.verdict {
        Verdict::Combine => Some(&catalog.split_or_combine.combine.summary),
        Verdict::Split => Some(&catalog.split_or_combine.split.summary),
        Verdict::NoClearWinner => None,
    };
    if let Some(summary) = guidance {
        ui.label(RichText::new(summary).color(theme::weak_text(ui.visuals())));
    }
    ui.add_space(theme::SECTION_SPACING);

    ui.heading(tr.tr("advisor-pushed-heading"));
    contribution_chart_ui(ui, rules, advice, tr);
    ui.add_space(theme::SECTION_SPACING / 2.0);
    for contribution in &advice.contributions {
        let push = tr.tr_args(
            "advisor-contribution",
            &[
                ("input", rules.label(contribution.factor).into()),
                ("direction", direction(contribution.points).into()),
                ("points", contribution.points.into()),
            ],
        );
        ui.horizontal_wrapped(|ui| {
            ui.strong(push);
            ui.label(&contribution.reason);
        });
    }
    ui.add_space(theme::SECTION_SPACING);

    ui.heading(tr.tr("advisor-change-heading"));
    if advice.flips.is_empty() {
        ui.label(rules.no_flip_sentence());
    }
    for flip in &advice.flips {
        ui.horizontal_wrapped(|ui| {
            let sentence = flip.sentence(rules);
            ui.label(&sentence);
            let button = ui
                .small_button(tr.tr("advisor-try-it"))
                .on_hover_text(tr.tr("advisor-try-it.hover"));
            // Six buttons all called "Try it" tell a listener nothing: each names its change.
            let name = tr.tr_args(
                "advisor-try-it-name",
                &[("change", sentence.as_str().into())],
            );
            ui.ctx().accesskit_node_builder(button.id, |node| {
                node.set_label(name);
            });
            if button.clicked() {
                command = Some(Command::SetTeam(flip.apply(team)));
            }
        });
    }
    command
}

/// The verdict in a few words in `tr`'s language, and its colour (also used by the Team
/// screen).
pub fn verdict_headline(
    verdict: Verdict,
    visuals: &egui::Visuals,
    tr: &Translator,
) -> (String, egui::Color32) {
    match verdict {
        Verdict::Combine => (
            tr.tr("advisor-verdict-combine"),
            theme::combine_text(visuals),
        ),
        Verdict::Split => (tr.tr("advisor-verdict-split"), theme::split_text(visuals)),
        Verdict::NoClearWinner => (tr.tr("advisor-verdict-none"), theme::neutral(visuals)),
    }
}

/// Which way `points` push, as the messages' `$direction` selector names it.
fn direction(points: i32) -> &'static str {
    match points.signum() {
        1 => "split",
        -1 => "combine",
        _ => "neutral",
    }
}

/// The verdict's margin in words.
fn margin_sentence(advice: &Advice, tr: &Translator) -> String {
    match advice.verdict {
        Verdict::NoClearWinner => tr.tr_args(
            "advisor-margin-close",
            &[
                ("score", advice.score.into()),
                ("margin", advice.margin.into()),
                ("threshold", advice.threshold.into()),
            ],
        ),
        Verdict::Combine | Verdict::Split => tr.tr_args(
            "advisor-margin-clear",
            &[
                ("score", advice.score.into()),
                ("distance", advice.distance.into()),
                ("threshold", advice.threshold.into()),
                ("margin", advice.margin.into()),
            ],
        ),
    }
}

fn contribution_chart_ui(
    ui: &mut egui::Ui,
    rules: &AdvisorRules,
    advice: &Advice,
    tr: &Translator,
) {
    let count = advice.contributions.len();
    let names: Vec<String> = advice
        .contributions
        .iter()
        .map(|c| rules.label(c.factor).to_owned())
        .collect();
    let bars: Vec<Bar> = advice
        .contributions
        .iter()
        .enumerate()
        .map(|(index, c)| {
            // First factor at the top.
            let position = (count - 1 - index) as f64;
            let colour = if c.points >= 0 {
                theme::SPLIT
            } else {
                theme::COMBINE
            };
            Bar::new(position, f64::from(c.points))
                .name(rules.label(c.factor))
                .fill(colour)
                .width(0.6)
        })
        .collect();
    let extent = advice
        .contributions
        .iter()
        .map(|c| c.points.unsigned_abs())
        .max()
        .unwrap_or(1)
        .max(1);
    let extent = f64::from(extent) + 0.5;
    let plot = Plot::new("advisor-contributions")
        .height(theme::CHART_HEIGHT)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_grid([true, false])
        .include_x(-extent)
        .include_x(extent)
        .x_axis_label(tr.tr("advisor-chart-axis"))
        .y_axis_min_width(150.0)
        .y_axis_formatter(move |mark, _range| {
            let index = mark.value.round();
            if (mark.value - index).abs() > 0.01 || index < 0.0 {
                return String::new();
            }
            let from_top = count.checked_sub(1 + index as usize);
            from_top
                .and_then(|i| names.get(i))
                .cloned()
                .unwrap_or_default()
        })
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new(tr.tr("advisor-chart-series"), bars).horizontal());
        });
    let words: Vec<String> = advice
        .contributions
        .iter()
        .map(|c| {
            tr.tr_args(
                "advisor-chart-bar",
                &[
                    ("input", rules.label(c.factor).into()),
                    ("direction", direction(c.points).into()),
                    ("points", c.points.unsigned_abs().into()),
                ],
            )
        })
        .collect();
    crate::ui::a11y::chart(
        ui,
        &plot.response,
        &tr.tr("advisor-chart-name"),
        &words.join(" "),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Content;
    use crate::i18n::Language;

    #[test]
    fn a_number_out_of_range_is_said_in_the_language_with_the_input_s_name() {
        let rules = Content::shipped().expect("shipped content").advisor;
        let err = TeamProfileError::OutOfRange {
            factor: Factor::Teams,
            value: 1200,
            min: 1,
            max: 1000,
        };
        let de = out_of_range_sentence(&err, &rules, &Translator::new(Language::German));
        let label = rules.label(Factor::Teams);
        assert_eq!(
            de,
            format!("{label} ist 1.200; erlaubt ist 1 bis 1.000"),
            "de"
        );
        let en = out_of_range_sentence(&err, &rules, &Translator::new(Language::English));
        assert_eq!(
            en,
            format!("{label} is 1,200; it must be from 1 to 1,000"),
            "en"
        );
    }

    #[test]
    fn the_margin_counts_points_in_the_language() {
        let rules = Content::shipped().expect("shipped content").advisor;
        let mut advice = advise(&TeamProfile::default(), &rules);
        advice.verdict = Verdict::Split;
        (
            advice.score,
            advice.distance,
            advice.threshold,
            advice.margin,
        ) = (1, 1, 0, 2);
        let de = margin_sentence(&advice, &Translator::new(Language::German));
        assert!(de.starts_with("Punktestand 1: 1 Punkt von"), "{de}");
        assert!(de.contains("mehr als 2 Punkte Abstand"), "{de}");
        let en = margin_sentence(&advice, &Translator::new(Language::English));
        assert!(en.starts_with("Score 1: 1 point from"), "{en}");
    }
}
