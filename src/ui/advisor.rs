//! The Team advisor screen: the team-profile form on the left; on the right, live, the verdict
//! with its margin, each factor's contribution as a bar chart, the reasons, and what would
//! change the answer.

use egui::{RichText, Slider};
use egui_plot::{Bar, BarChart, Plot};

use crate::domain::advisor::{
    Advice, AdvisorRules, Factor, Research, TeamProfile, Verdict, advise,
};
use crate::domain::catalog::Catalog;
use crate::ui::{Command, theme};

/// State of the Team advisor screen: the advice for the last profile seen, so it is computed
/// once per change rather than every frame.
#[derive(Default)]
pub struct AdvisorScreen {
    cached: Option<(TeamProfile, Advice)>,
}

impl AdvisorScreen {
    /// Draws the screen for `team` (the open profile's team, or the default team when the
    /// profile has none yet). Returns the edited team when the user changed an input.
    #[must_use]
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        rules: &AdvisorRules,
        catalog: &Catalog,
        team: &TeamProfile,
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
                        form_ui(ui, rules, &mut edited);
                        ui.add_space(theme::SECTION_SPACING);
                        let advice = self.advice(team, rules);
                        command = advice_ui(ui, rules, catalog, team, advice);
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
                    .show(ui, |ui| form_ui(ui, rules, &mut edited));
            });
        let advice = self.advice(team, rules);
        let mut command = None;
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("advisor-advice-scroll")
                .show(ui, |ui| {
                    command = advice_ui(ui, rules, catalog, team, advice);
                });
        });
        if command.is_none() && edited != *team {
            command = Some(Command::SetTeam(edited));
        }
        command
    }

    fn advice(&mut self, team: &TeamProfile, rules: &AdvisorRules) -> &Advice {
        if self.cached.as_ref().is_some_and(|(seen, _)| seen != team) {
            self.cached = None;
        }
        let (_, advice) = self
            .cached
            .get_or_insert_with(|| (team.clone(), advise(team, rules)));
        advice
    }
}

/// The team-profile form, editing `team` in place (also used by the Team screen).
pub fn form_ui(ui: &mut egui::Ui, rules: &AdvisorRules, team: &mut TeamProfile) {
    ui.heading("Your team");
    ui.label(
        RichText::new("Describe the product group; the advice updates as you type.")
            .color(theme::weak_text(ui.visuals())),
    );
    ui.add_space(theme::SECTION_SPACING);

    number_ui(ui, rules, Factor::Engineers, &mut team.engineers);
    number_ui(ui, rules, Factor::Teams, &mut team.teams);

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
            RichText::new(format!("Check: {warning}")).color(theme::warning_text(ui.visuals())),
        );
    }
    if let Err(err) = team.validate() {
        ui.label(RichText::new(err.to_string()).color(theme::error_text(ui.visuals())));
    }
}

fn input_label_ui(ui: &mut egui::Ui, rules: &AdvisorRules, factor: Factor) -> egui::Response {
    let label = ui.strong(rules.label(factor));
    ui.label(RichText::new(rules.help(factor)).color(theme::weak_text(ui.visuals())));
    label
}

fn number_ui(ui: &mut egui::Ui, rules: &AdvisorRules, factor: Factor, value: &mut u32) {
    let label = input_label_ui(ui, rules, factor);
    let range = TeamProfile::range(factor).unwrap_or(1..=u32::MAX);
    ui.add(
        egui::DragValue::new(value)
            .range(range.clone())
            .speed(0.25)
            .update_while_editing(false),
    )
    .labelled_by(label.id)
    .on_hover_text(format!(
        "{} to {}; drag, type a number, or use the arrow keys",
        range.start(),
        range.end()
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
) -> Option<Command> {
    let mut command = None;
    let (headline, colour) = verdict_headline(advice.verdict, ui.visuals());
    ui.label(
        RichText::new(headline)
            .size(theme::VERDICT_SIZE)
            .strong()
            .color(colour),
    );
    ui.label(margin_sentence(advice));
    let guidance = match advice.verdict {
        Verdict::Combine => Some(&catalog.split_or_combine.combine.summary),
        Verdict::Split => Some(&catalog.split_or_combine.split.summary),
        Verdict::NoClearWinner => None,
    };
    if let Some(summary) = guidance {
        ui.label(RichText::new(summary).color(theme::weak_text(ui.visuals())));
    }
    ui.add_space(theme::SECTION_SPACING);

    ui.heading("What pushed the answer");
    contribution_chart_ui(ui, rules, advice);
    ui.add_space(theme::SECTION_SPACING / 2.0);
    for contribution in &advice.contributions {
        let direction = match contribution.points.signum() {
            1 => format!("+{} toward Split", contribution.points),
            -1 => format!("{} toward Combine", contribution.points),
            _ => "0, neutral".to_owned(),
        };
        ui.horizontal_wrapped(|ui| {
            ui.strong(format!(
                "{} ({direction}):",
                rules.label(contribution.factor)
            ));
            ui.label(&contribution.reason);
        });
    }
    ui.add_space(theme::SECTION_SPACING);

    ui.heading("What would change the answer");
    if advice.flips.is_empty() {
        ui.label(rules.no_flip_sentence());
    }
    for flip in &advice.flips {
        ui.horizontal_wrapped(|ui| {
            let sentence = flip.sentence(rules);
            ui.label(&sentence);
            let button = ui
                .small_button("Try it")
                .on_hover_text("Set this input to that value");
            // Six buttons all called "Try it" tell a listener nothing: each names its change.
            ui.ctx().accesskit_node_builder(button.id, |node| {
                node.set_label(format!("Try it: {sentence}"));
            });
            if button.clicked() {
                command = Some(Command::SetTeam(flip.apply(team)));
            }
        });
    }
    command
}

/// The verdict in a few words, and its colour (also used by the Team screen).
pub fn verdict_headline(
    verdict: Verdict,
    visuals: &egui::Visuals,
) -> (&'static str, egui::Color32) {
    match verdict {
        Verdict::Combine => (
            "Combine: one person holds both roles",
            theme::combine_text(visuals),
        ),
        Verdict::Split => ("Split: a PM and a separate PO", theme::split_text(visuals)),
        Verdict::NoClearWinner => ("No clear winner", theme::neutral(visuals)),
    }
}

/// The verdict's margin in words.
fn margin_sentence(advice: &Advice) -> String {
    let points = |n: i64| {
        if n == 1 {
            "1 point".to_owned()
        } else {
            format!("{n} points")
        }
    };
    match advice.verdict {
        Verdict::NoClearWinner => format!(
            "Score {}: within {} of the threshold ({}), too close to call.",
            advice.score,
            points(i64::from(advice.margin)),
            advice.threshold
        ),
        Verdict::Combine | Verdict::Split => format!(
            "Score {}: {} from the threshold ({}); a margin above {} is needed for a clear answer.",
            advice.score,
            points(advice.distance),
            advice.threshold,
            points(i64::from(advice.margin))
        ),
    }
}

fn contribution_chart_ui(ui: &mut egui::Ui, rules: &AdvisorRules, advice: &Advice) {
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
        .x_axis_label("toward Combine (left)  |  toward Split (right)")
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
            plot.bar_chart(BarChart::new("Contribution", bars).horizontal());
        });
    let words: Vec<String> = advice
        .contributions
        .iter()
        .map(|c| {
            let toward = match c.points {
                0 => "no push either way".to_owned(),
                p if p > 0 => format!("{p} points toward Split"),
                p => format!("{} points toward Combine", p.unsigned_abs()),
            };
            format!("{}: {toward}.", rules.label(c.factor))
        })
        .collect();
    crate::ui::a11y::chart(
        ui,
        &plot.response,
        "Chart of what pushed the answer",
        &words.join(" "),
    );
}
