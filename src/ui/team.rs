//! The Team screen: the team's people, who covers what, and who should hold which seat.
//!
//! On the left the team's name, its staffing framework and the advisor's inputs; in the
//! middle a heat map of people by responsibility (virtualised rows, so a thousand members
//! scroll); on the right the staffing, with a pin per seat and its cost, and the coverage.
//! Everything shown is derived by domain functions ([`grid`], [`coverage`], [`staff`]) and
//! cached until the team or the pins change; the screen only returns commands.

use egui::{Align2, FontId, RichText, Sense, WidgetInfo};
use egui_extras::{Column, TableBuilder};

use crate::app::team_document::{AddReport, TeamDocument};
use crate::domain::Content;
use crate::domain::quiz::Band;
use crate::domain::team::{
    Coverage, Grid, Measure, Pin, Seat, SeatReason, SortBy, Staffing, StaffingError, coverage,
    grid, staff,
};
use crate::ui::{Command, advisor, theme};

/// Height of a heat map row.
const ROW_HEIGHT: f32 = 22.0;

/// Width of a heat map cell.
const CELL_WIDTH: f32 = 34.0;

/// How many of the strongest people a coverage line names before "and N more".
const STRONGEST_SHOWN: usize = 3;

/// State of the Team screen: the lead's view choices, and what was derived from the team.
#[derive(Default)]
pub struct TeamScreen {
    /// Which number the heat map shows.
    pub measure: Measure,
    /// How its rows are ordered.
    pub sort: SortBy,
    /// Text typed in the filter box: rows whose name contains it.
    pub filter: String,
    /// The member whose row was clicked (profile id): "Remove" acts on them.
    selected: Option<String>,
    derived: Option<Derived>,
    order: Option<OrderCache>,
}

/// What the screen shows, derived from one version of the team and its pins.
struct Derived {
    version: (u64, u64),
    pins: Vec<Pin>,
    grid: Grid,
    coverage: Coverage,
    staffing: Result<Staffing, StaffingError>,
    /// Per pinned seat, how much fit that pin alone costs.
    pin_costs: Vec<(Seat, u32)>,
    /// Per seat, the members with a fit for it (row index, fit), fittest first.
    candidates: Vec<(Seat, Vec<(usize, u8)>)>,
}

/// The heat map's visible rows for one version, order and filter.
struct OrderCache {
    key: ((u64, u64), SortBy, String),
    rows: Vec<usize>,
}

impl TeamScreen {
    /// Draws the screen for the open `team` and what the last "Add members" did.
    #[must_use]
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        content: &Content,
        team: &TeamDocument,
        report: Option<&AddReport>,
    ) -> Option<Command> {
        self.refresh(content, team);
        if ui.available_width() < theme::NARROW_WIDTH {
            return self.narrow_ui(ui, content, team, report);
        }
        let mut command = None;
        egui::Panel::left("team-form")
            .resizable(true)
            .default_size(260.0)
            .min_size(220.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("team-form-scroll")
                    .show(ui, |ui| command = form_ui(ui, content, team));
            });
        let Some(derived) = &self.derived else {
            return command;
        };
        egui::Panel::right("team-staffing")
            .resizable(true)
            .default_size(320.0)
            .min_size(260.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("team-staffing-scroll")
                    .show(ui, |ui| {
                        let staffing = staffing_ui(ui, content, derived);
                        ui.add_space(theme::SECTION_SPACING);
                        coverage_ui(ui, &derived.coverage);
                        command = command.take().or(staffing);
                    });
            });
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(report) = report {
                report_ui(ui, report);
                ui.add_space(theme::SECTION_SPACING / 2.0);
            }
            let heat_map = self.heat_map_ui(ui, content, team);
            command = command.take().or(heat_map);
        });
        command
    }

    /// A window too narrow for three columns (a small window, or large text): the form, the
    /// heat map, the staffing and the coverage one below the other, in one scrolling column.
    fn narrow_ui(
        &mut self,
        ui: &mut egui::Ui,
        content: &Content,
        team: &TeamDocument,
        report: Option<&AddReport>,
    ) -> Option<Command> {
        let mut command = None;
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("team-narrow-scroll")
                .show(ui, |ui| {
                    command = form_ui(ui, content, team);
                    if self.derived.is_none() {
                        return;
                    }
                    ui.add_space(theme::SECTION_SPACING);
                    if let Some(report) = report {
                        report_ui(ui, report);
                        ui.add_space(theme::SECTION_SPACING / 2.0);
                    }
                    let heat_map = self.heat_map_ui(ui, content, team);
                    command = command.take().or(heat_map);
                    if let Some(derived) = &self.derived {
                        ui.add_space(theme::SECTION_SPACING);
                        let staffing = staffing_ui(ui, content, derived);
                        ui.add_space(theme::SECTION_SPACING);
                        coverage_ui(ui, &derived.coverage);
                        command = command.take().or(staffing);
                    }
                });
        });
        command
    }

    /// Derives again what the team or the pins changed.
    fn refresh(&mut self, content: &Content, doc: &TeamDocument) {
        let version = doc.version();
        let fresh = self
            .derived
            .as_ref()
            .is_some_and(|d| d.version == version && d.pins == doc.pins());
        if fresh {
            return;
        }
        let team = doc.team();
        let (grid, coverage) = match self.derived.take() {
            Some(old) if old.version == version => (old.grid, old.coverage),
            _ => (
                grid(
                    team,
                    &content.catalog,
                    &content.quiz,
                    &content.advisor.staffing,
                ),
                coverage(team, &content.catalog, &content.quiz),
            ),
        };
        let staffing = staff(team, content, doc.pins());
        let pin_costs = match &staffing {
            Ok(staffing) => doc
                .pins()
                .iter()
                .map(|pin| {
                    let others: Vec<Pin> =
                        doc.pins().iter().filter(|p| *p != pin).cloned().collect();
                    let without = staff(team, content, &others).map_or(0, |s| s.total_fit);
                    (pin.seat, without.saturating_sub(staffing.total_fit))
                })
                .collect(),
            Err(_) => Vec::new(),
        };
        let candidates = match &staffing {
            Ok(staffing) => staffing
                .seats
                .iter()
                .map(|seat| {
                    let mut fits: Vec<(usize, u8)> = team
                        .members
                        .iter()
                        .enumerate()
                        .filter_map(|(i, m)| {
                            Some((i, seat.seat.fit_of(m, &content.advisor.staffing)?))
                        })
                        .collect();
                    fits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                    (seat.seat, fits)
                })
                .collect(),
            Err(_) => Vec::new(),
        };
        self.derived = Some(Derived {
            version,
            pins: doc.pins().to_vec(),
            grid,
            coverage,
            staffing,
            pin_costs,
            candidates,
        });
    }

    /// The rows to show, sorted and filtered, cached for this version, order and filter.
    fn shown_rows(&mut self, version: (u64, u64)) -> Vec<usize> {
        let key = (version, self.sort, self.filter.clone());
        if self.order.as_ref().is_none_or(|o| o.key != key)
            && let Some(derived) = &self.derived
        {
            let rows = derived.grid.order(self.sort, &self.filter);
            self.order = Some(OrderCache { key, rows });
        }
        self.order
            .as_ref()
            .map(|o| o.rows.clone())
            .unwrap_or_default()
    }

    fn heat_map_ui(
        &mut self,
        ui: &mut egui::Ui,
        content: &Content,
        doc: &TeamDocument,
    ) -> Option<Command> {
        let mut command = None;
        ui.heading("People by responsibility");
        ui.horizontal_wrapped(|ui| {
            ui.label("Show");
            for measure in Measure::ALL {
                ui.radio_value(&mut self.measure, measure, measure.label());
            }
            ui.separator();
            ui.label("Sort by");
            for sort in SortBy::ALL {
                ui.radio_value(&mut self.sort, sort, sort.label());
            }
        });
        let shown = self.shown_rows(doc.version());
        let total = doc.team().members.len();
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("Filter");
            ui.add(
                egui::TextEdit::singleline(&mut self.filter)
                    .hint_text("name")
                    .desired_width(160.0),
            )
            .labelled_by(label.id)
            .on_hover_text("Show only people whose name contains this (any case)");
            ui.label(
                RichText::new(format!("{} of {total} shown", shown.len()))
                    .color(theme::weak_text(ui.visuals())),
            );
            if let Some(member) = self
                .selected
                .as_deref()
                .and_then(|id| doc.team().member(id))
            {
                ui.separator();
                if ui.button(format!("Remove {}", member.name)).clicked() {
                    command = Some(Command::RemoveMember(member.profile_id.clone()));
                    self.selected = None;
                }
            }
        });
        let Some(derived) = &self.derived else {
            return command;
        };
        if total == 0 {
            ui.label(
                RichText::new(
                    "No members yet. Use Add members..., or drop profiles or a folder of them on the window.",
                )
                .color(theme::weak_text(ui.visuals())),
            );
            return command;
        }
        if shown.is_empty() {
            ui.label(RichText::new("No one matches").color(theme::weak_text(ui.visuals())));
            return command;
        }
        let measure = self.measure;
        let selected = &mut self.selected;
        egui::ScrollArea::horizontal()
            .id_salt("team-heat-map-sideways")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                heat_table_ui(ui, content, &derived.grid, &shown, measure, selected);
            });
        command
    }
}

/// The team's name, the framework and the advisor's inputs, with the team's file buttons.
fn form_ui(ui: &mut egui::Ui, content: &Content, doc: &TeamDocument) -> Option<Command> {
    let mut command = None;
    let team = doc.team();
    ui.heading("Team");
    ui.horizontal_wrapped(|ui| {
        if ui.button("New team").clicked() {
            command = Some(Command::NewTeam);
        }
        if ui.button("Add members...").clicked() {
            command = Some(Command::AddMembers);
        }
        if ui.button("Save team").clicked() {
            command = Some(Command::SaveTeam);
        }
    });
    ui.label(
        RichText::new("Open a team with File > Open; drop profiles or folders here to add people.")
            .color(theme::weak_text(ui.visuals())),
    );
    ui.add_space(theme::SECTION_SPACING / 2.0);
    let label = ui.strong("Team name");
    let mut name = team.name.clone();
    if ui
        .add(egui::TextEdit::singleline(&mut name).hint_text("e.g. Payments"))
        .labelled_by(label.id)
        .changed()
    {
        command = Some(Command::SetTeamName(name));
    }
    ui.add_space(theme::SECTION_SPACING);
    ui.strong("Framework");
    let rules = &content.advisor;
    ui.horizontal_wrapped(|ui| {
        for framework in &rules.frameworks {
            if ui
                .radio(team.framework == framework.id, &framework.name)
                .on_hover_text(&framework.rule)
                .clicked()
                && team.framework != framework.id
            {
                command = Some(Command::SetFramework(framework.id.clone()));
            }
        }
    });
    if let Some(framework) = rules.framework(&team.framework) {
        ui.label(&framework.rule);
        ui.label(
            RichText::new(format!("Source: {}", framework.source))
                .color(theme::weak_text(ui.visuals())),
        );
    }
    ui.add_space(theme::SECTION_SPACING);
    let mut inputs = team.inputs.clone();
    advisor::form_ui(ui, rules, &mut inputs);
    if inputs != team.inputs {
        command = Some(Command::SetTeamInputs(inputs));
    }
    command
}

/// What the last "Add members" did: the summary, unreadable files, who has no result.
fn report_ui(ui: &mut egui::Ui, report: &AddReport) {
    ui.label(report.summary());
    if !report.unreadable.is_empty() {
        egui::CollapsingHeader::new(format!("Could not be read ({})", report.unreadable.len()))
            .id_salt("team-unreadable")
            .default_open(true)
            .show(ui, |ui| {
                for message in &report.unreadable {
                    ui.label(RichText::new(message).color(theme::error_text(ui.visuals())));
                }
            });
    }
    if !report.no_result.is_empty() {
        egui::CollapsingHeader::new(format!("No result yet ({})", report.no_result.len()))
            .id_salt("team-no-result")
            .default_open(true)
            .show(ui, |ui| {
                ui.label(format!(
                    "{}: no result yet; they count once they take the quiz.",
                    report.no_result.join(", ")
                ));
            });
    }
}

/// The heat map, drawing only the rows in view.
fn heat_table_ui(
    ui: &mut egui::Ui,
    content: &Content,
    grid: &Grid,
    shown: &[usize],
    measure: Measure,
    selected: &mut Option<String>,
) {
    // Cells sit close together, as in a heat map, so a row fits beside the two side panels.
    ui.spacing_mut().item_spacing.x = 2.0;
    let mut table = TableBuilder::new(ui)
        .id_salt("team-heat-map")
        .striped(true)
        .column(Column::initial(110.0).at_least(80.0).clip(true))
        .columns(Column::exact(CELL_WIDTH), 3);
    table = table.columns(Column::exact(CELL_WIDTH), grid.columns.len());
    // Column headings: the role's abbreviation and the responsibility's number in it.
    let mut counts: Vec<(&str, usize)> = Vec::new();
    let headings: Vec<String> = grid
        .columns
        .iter()
        .map(|column| {
            let role = column.role_short.as_str();
            let n = if let Some((_, n)) = counts.iter_mut().find(|(r, _)| *r == role) {
                *n += 1;
                *n
            } else {
                counts.push((role, 1));
                1
            };
            format!("{role}{n}")
        })
        .collect();
    table
        .header(ROW_HEIGHT + 4.0, |mut header| {
            header.col(|ui| {
                ui.strong("Person");
            });
            for (title, hover) in [
                ("PM", "Product manager fit"),
                ("PO", "Product owner fit"),
                ("Both", "Combined fit: one person in both roles"),
            ] {
                header.col(|ui| {
                    ui.strong(title).on_hover_text(hover);
                });
            }
            for (heading, column) in headings.iter().zip(&grid.columns) {
                header.col(|ui| {
                    ui.strong(heading).on_hover_text(&column.title);
                });
            }
        })
        .body(|body| {
            body.rows(ROW_HEIGHT, shown.len(), |mut table_row| {
                let Some(row) = shown.get(table_row.index()).and_then(|&i| grid.rows.get(i)) else {
                    return;
                };
                table_row.col(|ui| {
                    let is_selected = selected.as_deref() == Some(row.profile_id.as_str());
                    let response = ui.selectable_label(is_selected, &row.name);
                    if response.clicked() {
                        *selected = (!is_selected).then(|| row.profile_id.clone());
                    }
                    response.on_hover_text("Select, then Remove above");
                });
                for (fit, column) in [
                    (row.pm_fit, "Product Manager fit"),
                    (row.po_fit, "Product Owner fit"),
                    (row.combined_fit, "Combined fit"),
                ] {
                    table_row.col(|ui| {
                        let text = fit.map_or_else(|| "-".to_owned(), |f| f.to_string());
                        let label = ui.label(&text);
                        crate::ui::a11y::cell(ui, &label, &row.name, column, &text);
                    });
                }
                for (cell, column) in row.cells.iter().zip(&grid.columns) {
                    table_row.col(|ui| {
                        let value = cell.get(measure);
                        let response = heat_cell_ui(ui, content, value);
                        let words = heat_words(content, measure, value);
                        crate::ui::a11y::cell(ui, &response, &row.name, &column.title, &words);
                        response.on_hover_ui(|ui| {
                            ui.strong(format!("{}: {}", row.name, column.title));
                            let number = |v: Option<u8>| {
                                v.map_or_else(|| "none".to_owned(), |v| v.to_string())
                            };
                            ui.label(format!(
                                "Skill {}, interest {}, fit {}",
                                number(cell.skill),
                                number(cell.interest),
                                number(cell.fit)
                            ));
                            if let Some(value) = value {
                                ui.label(format!(
                                    "{} {value}: {}",
                                    measure.label(),
                                    content.quiz.band(value).key()
                                ));
                            } else {
                                ui.label("No result yet for this");
                            }
                        });
                    });
                }
            });
        });
}

/// A heat cell in words: "skill 75, high", or "no result".
fn heat_words(content: &Content, measure: Measure, value: Option<u8>) -> String {
    value.map_or_else(
        || "no result".to_owned(),
        |v| format!("{} {v}, {}", measure.label(), content.quiz.band(v).key()),
    )
}

/// One coloured cell: the band's colour, stronger for a higher number.
fn heat_cell_ui(ui: &mut egui::Ui, content: &Content, value: Option<u8>) -> egui::Response {
    let size = egui::vec2(ui.available_width(), ROW_HEIGHT);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    let text = value.map_or_else(|| "-".to_owned(), |v| v.to_string());
    if ui.is_rect_visible(rect) {
        let mut text_colour = ui.visuals().strong_text_color();
        if let Some(value) = value {
            let colour = band_colour(content.quiz.band(value));
            let strength = 0.35 + 0.65 * f32::from(value) / 100.0;
            let fill = colour.gamma_multiply(strength);
            ui.painter().rect_filled(rect.shrink(1.0), 2.0, fill);
            // The cell over the panel, as it shows: black or white reads best on it.
            let shown = ui.visuals().panel_fill.lerp_to_gamma(colour, strength);
            text_colour = theme::text_on(shown);
        }
        ui.painter().text(
            rect.center(),
            Align2::CENTER_CENTER,
            &text,
            FontId::proportional(13.0),
            text_colour,
        );
    }
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, &text));
    response
}

/// The fill of a band.
fn band_colour(band: Band) -> egui::Color32 {
    match band {
        Band::Low => theme::BAND_LOW,
        Band::Moderate => theme::BAND_MODERATE,
        Band::High => theme::BAND_HIGH,
    }
}

/// The verdict, its reasons, and the seats with who holds them, why, who came next, and a
/// pin per seat.
fn staffing_ui(ui: &mut egui::Ui, content: &Content, derived: &Derived) -> Option<Command> {
    let mut command = None;
    ui.heading("Staffing");
    let staffing = match &derived.staffing {
        Ok(staffing) => staffing,
        Err(err) => {
            ui.label(RichText::new(err.to_string()).color(theme::error_text(ui.visuals())));
            if ui.button("Clear pins").clicked() {
                command = Some(Command::ClearPins);
            }
            return command;
        }
    };
    let rules = &content.advisor;
    let (headline, colour) = advisor::verdict_headline(staffing.advice.verdict, ui.visuals());
    ui.label(RichText::new(headline).size(18.0).strong().color(colour));
    if let Some(note) = &staffing.note {
        ui.label(note);
    }
    egui::CollapsingHeader::new("Reasons")
        .id_salt("team-reasons")
        .show(ui, |ui| {
            for contribution in &staffing.advice.contributions {
                ui.horizontal_wrapped(|ui| {
                    ui.strong(format!("{}:", rules.label(contribution.factor)));
                    ui.label(&contribution.reason);
                });
            }
        });
    ui.add_space(theme::SECTION_SPACING / 2.0);
    let grid = &derived.grid;
    for seat in &staffing.seats {
        ui.group(|ui| {
            ui.set_width(ui.available_width());
            ui.strong(&seat.title);
            match &seat.holder {
                Some(holder) => {
                    ui.label(format!(
                        "{}: fit {} ({})",
                        holder.member.name,
                        holder.fit,
                        holder.band.key()
                    ));
                    let why = match &seat.reason {
                        Some(SeatReason::Pinned) => "Why: you pinned them here.".to_owned(),
                        Some(SeatReason::FitterElsewhere {
                            candidate,
                            seat_title,
                        }) => format!(
                            "Why: {} fits this seat better ({}) but is needed as {seat_title}; the seats together fit best this way.",
                            candidate.member.name, candidate.fit
                        ),
                        // Only product owner seats come more than one of a kind.
                        Some(SeatReason::FitterInSameSeats) => {
                            "Why: only the other product owners fit it better.".to_owned()
                        }
                        Some(SeatReason::Fittest) | None => {
                            "Why: nobody on the team fits this seat better.".to_owned()
                        }
                    };
                    ui.label(RichText::new(why).color(theme::weak_text(ui.visuals())));
                }
                None => {
                    ui.label(
                        RichText::new("Nobody left with a result for this seat")
                            .color(theme::warning_text(ui.visuals())),
                    );
                }
            }
            let next = seat.runner_up.as_ref().map_or_else(
                || "Next: nobody".to_owned(),
                |r| format!("Next: {} (fit {})", r.member.name, r.fit),
            );
            ui.label(RichText::new(next).color(theme::weak_text(ui.visuals())));
            command = command
                .take()
                .or(pin_ui(ui, derived, grid, seat.seat, &seat.title));
            if let Some((_, cost)) = derived.pin_costs.iter().find(|(s, _)| *s == seat.seat) {
                ui.label(format!("This pin costs {cost} fit points"));
            }
        });
    }
    ui.label(format!(
        "Total fit {} (best without pins {}); the pins cost {} fit points",
        staffing.total_fit, staffing.unpinned_total_fit, staffing.pin_cost
    ));
    if !derived.pins.is_empty() && ui.button("Clear pins").clicked() {
        command = Some(Command::ClearPins);
    }
    command
}

/// The pin combo box of one seat: "Automatic" or one of the people with a fit for it.
fn pin_ui(
    ui: &mut egui::Ui,
    derived: &Derived,
    grid: &Grid,
    seat: Seat,
    title: &str,
) -> Option<Command> {
    let mut command = None;
    let pinned = derived
        .pins
        .iter()
        .find(|p| p.seat == seat)
        .map(|p| p.profile_id.as_str());
    let pinned_name = pinned
        .and_then(|id| grid.rows.iter().find(|r| r.profile_id == id))
        .map_or("Automatic", |r| r.name.as_str());
    let candidates = derived
        .candidates
        .iter()
        .find(|(s, _)| *s == seat)
        .map_or(&[][..], |(_, c)| c.as_slice());
    egui::ComboBox::from_label(format!("Pin {title}"))
        .selected_text(pinned_name)
        .show_ui(ui, |ui| {
            if ui.selectable_label(pinned.is_none(), "Automatic").clicked() {
                command = Some(Command::PinSeat {
                    seat,
                    profile_id: None,
                });
            }
            for &(index, fit) in candidates {
                let Some(row) = grid.rows.get(index) else {
                    continue;
                };
                let is_pinned = pinned == Some(row.profile_id.as_str());
                if ui
                    .selectable_label(is_pinned, format!("{} ({fit})", row.name))
                    .clicked()
                {
                    command = Some(Command::PinSeat {
                        seat,
                        profile_id: Some(row.profile_id.clone()),
                    });
                }
            }
        });
    command
}

/// For every responsibility, who is strongest, and the gaps with what to learn.
fn coverage_ui(ui: &mut egui::Ui, coverage: &Coverage) {
    ui.heading("Coverage");
    let gaps = coverage.gaps().count();
    ui.label(match gaps {
        0 => "No gaps: someone is at least moderate at every responsibility.".to_owned(),
        1 => "1 gap: nobody is at least moderate at it.".to_owned(),
        n => format!("{n} gaps: nobody is at least moderate at them."),
    });
    for item in &coverage.responsibilities {
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            ui.strong(&item.title);
            ui.label(RichText::new(&item.role_name).color(theme::weak_text(ui.visuals())));
        });
        let names: Vec<&str> = item
            .strongest
            .iter()
            .take(STRONGEST_SHOWN)
            .map(|m| m.name.as_str())
            .collect();
        let more = item.strongest.len().saturating_sub(STRONGEST_SHOWN);
        let mut who = names.join(", ");
        if more > 0 {
            who.push_str(&format!(" and {more} more"));
        }
        if item.gap {
            let strongest = match item.skill {
                Some(skill) => format!("Gap: the strongest is {who} (skill {skill})"),
                None => "Gap: nobody has a result for it".to_owned(),
            };
            ui.label(RichText::new(strongest).color(theme::warning_text(ui.visuals())));
            if let Some(learn) = &item.learn_next {
                ui.label(format!("Learn next: {learn}"));
            }
        } else if let (Some(skill), Some(band)) = (item.skill, item.band) {
            ui.label(format!("Strongest: {who} (skill {skill}, {})", band.key()));
        }
    }
}
