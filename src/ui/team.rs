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
    Cell, Coverage, Grid, Measure, Pin, Seat, SeatReason, SeatStaffing, SortBy, Staffing,
    StaffingError, coverage, grid, staff,
};
use crate::i18n::{FluentValue, Language, Translator};
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
    /// The language the content's texts in it (responsibility titles, seat names) are in.
    language: Language,
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
    /// Draws the screen for the open `team` and what the last "Add members" did, its own text
    /// in `tr`'s language.
    #[must_use]
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        content: &Content,
        team: &TeamDocument,
        report: Option<&AddReport>,
        tr: &Translator,
    ) -> Option<Command> {
        self.refresh(content, team, tr.language());
        if ui.available_width() < theme::NARROW_WIDTH {
            return self.narrow_ui(ui, content, team, report, tr);
        }
        let mut command = None;
        egui::Panel::left("team-form")
            .resizable(true)
            .default_size(260.0)
            .min_size(220.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("team-form-scroll")
                    .show(ui, |ui| command = form_ui(ui, content, team, tr));
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
                        let staffing = staffing_ui(ui, content, derived, tr);
                        ui.add_space(theme::SECTION_SPACING);
                        coverage_ui(ui, &derived.coverage, tr);
                        command = command.take().or(staffing);
                    });
            });
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(report) = report {
                report_ui(ui, report, tr);
                ui.add_space(theme::SECTION_SPACING / 2.0);
            }
            let heat_map = self.heat_map_ui(ui, content, team, tr);
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
        tr: &Translator,
    ) -> Option<Command> {
        let mut command = None;
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("team-narrow-scroll")
                .show(ui, |ui| {
                    command = form_ui(ui, content, team, tr);
                    if self.derived.is_none() {
                        return;
                    }
                    ui.add_space(theme::SECTION_SPACING);
                    if let Some(report) = report {
                        report_ui(ui, report, tr);
                        ui.add_space(theme::SECTION_SPACING / 2.0);
                    }
                    let heat_map = self.heat_map_ui(ui, content, team, tr);
                    command = command.take().or(heat_map);
                    if let Some(derived) = &self.derived {
                        ui.add_space(theme::SECTION_SPACING);
                        let staffing = staffing_ui(ui, content, derived, tr);
                        ui.add_space(theme::SECTION_SPACING);
                        coverage_ui(ui, &derived.coverage, tr);
                        command = command.take().or(staffing);
                    }
                });
        });
        command
    }

    /// Derives again what the team, the pins or the language (and with it the content)
    /// changed.
    fn refresh(&mut self, content: &Content, doc: &TeamDocument, language: Language) {
        let version = doc.version();
        let fresh = self.derived.as_ref().is_some_and(|d| {
            d.version == version && d.pins == doc.pins() && d.language == language
        });
        if fresh {
            return;
        }
        let team = doc.team();
        let (grid, coverage) = match self.derived.take() {
            Some(old) if old.version == version && old.language == language => {
                (old.grid, old.coverage)
            }
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
            language,
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
        tr: &Translator,
    ) -> Option<Command> {
        let mut command = None;
        ui.heading(tr.tr("team-heat-heading"));
        ui.horizontal_wrapped(|ui| {
            ui.label(tr.tr("team-show"));
            for measure in Measure::ALL {
                ui.radio_value(&mut self.measure, measure, measure_name(measure, tr));
            }
            ui.separator();
            ui.label(tr.tr("team-sort-by"));
            for sort in SortBy::ALL {
                ui.radio_value(&mut self.sort, sort, sort_name(sort, tr));
            }
        });
        let shown = self.shown_rows(doc.version());
        let total = doc.team().members.len();
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(tr.tr("team-filter"));
            ui.add(
                egui::TextEdit::singleline(&mut self.filter)
                    .hint_text(tr.tr("team-filter.hint"))
                    .desired_width(160.0),
            )
            .labelled_by(label.id)
            .on_hover_text(tr.tr("team-filter.hover"));
            let count = tr.tr_args(
                "team-shown",
                &[("shown", shown.len().into()), ("total", total.into())],
            );
            ui.label(RichText::new(count).color(theme::weak_text(ui.visuals())));
            if let Some(member) = self
                .selected
                .as_deref()
                .and_then(|id| doc.team().member(id))
            {
                ui.separator();
                let remove = tr.tr_args("team-remove", &[("name", member.name.as_str().into())]);
                if ui.button(remove).clicked() {
                    command = Some(Command::RemoveMember(member.profile_id.clone()));
                    self.selected = None;
                }
            }
        });
        let Some(derived) = &self.derived else {
            return command;
        };
        if total == 0 {
            ui.label(RichText::new(tr.tr("team-empty")).color(theme::weak_text(ui.visuals())));
            return command;
        }
        if shown.is_empty() {
            ui.label(RichText::new(tr.tr("team-no-match")).color(theme::weak_text(ui.visuals())));
            return command;
        }
        let measure = self.measure;
        let selected = &mut self.selected;
        egui::ScrollArea::horizontal()
            .id_salt("team-heat-map-sideways")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let view = HeatView {
                    content,
                    grid: &derived.grid,
                    measure,
                    tr,
                };
                heat_table_ui(ui, &view, &shown, selected);
            });
        command
    }
}

/// The team's name, the framework and the advisor's inputs, with the team's file buttons.
fn form_ui(
    ui: &mut egui::Ui,
    content: &Content,
    doc: &TeamDocument,
    tr: &Translator,
) -> Option<Command> {
    let mut command = None;
    let team = doc.team();
    ui.heading(tr.tr("team-heading"));
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr.tr("team-new")).clicked() {
            command = Some(Command::NewTeam);
        }
        if ui.button(tr.tr("team-add-members")).clicked() {
            command = Some(Command::AddMembers);
        }
        if ui.button(tr.tr("team-save")).clicked() {
            command = Some(Command::SaveTeam);
        }
    });
    ui.label(RichText::new(tr.tr("team-form-hint")).color(theme::weak_text(ui.visuals())));
    ui.add_space(theme::SECTION_SPACING / 2.0);
    let label = ui.strong(tr.tr("team-name"));
    let mut name = team.name.clone();
    if ui
        .add(egui::TextEdit::singleline(&mut name).hint_text(tr.tr("team-name.hint")))
        .labelled_by(label.id)
        .changed()
    {
        command = Some(Command::SetTeamName(name));
    }
    ui.add_space(theme::SECTION_SPACING);
    ui.strong(tr.tr("team-framework"));
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
            RichText::new(tr.tr_args(
                "team-framework-source",
                &[("source", framework.source.as_str().into())],
            ))
            .color(theme::weak_text(ui.visuals())),
        );
    }
    ui.add_space(theme::SECTION_SPACING);
    let mut inputs = team.inputs.clone();
    advisor::form_ui(ui, rules, &mut inputs, tr);
    if inputs != team.inputs {
        command = Some(Command::SetTeamInputs(inputs));
    }
    command
}

/// What the last "Add members" did: the summary, unreadable files, who has no result.
fn report_ui(ui: &mut egui::Ui, report: &AddReport, tr: &Translator) {
    ui.label(report.summary_in(tr));
    if !report.unreadable.is_empty() {
        let count = report.unreadable.len();
        egui::CollapsingHeader::new(tr.tr_args("team-unreadable", &[("count", count.into())]))
            .id_salt("team-unreadable")
            .default_open(true)
            .show(ui, |ui| {
                for message in &report.unreadable {
                    ui.label(RichText::new(message).color(theme::error_text(ui.visuals())));
                }
            });
    }
    if !report.no_result.is_empty() {
        let count = report.no_result.len();
        egui::CollapsingHeader::new(tr.tr_args("team-no-result", &[("count", count.into())]))
            .id_salt("team-no-result")
            .default_open(true)
            .show(ui, |ui| {
                ui.label(tr.tr_args(
                    "team-no-result-list",
                    &[
                        ("names", report.no_result.join(", ").into()),
                        ("count", count.into()),
                    ],
                ));
            });
    }
}

/// What the heat map draws from, and in which language.
struct HeatView<'a> {
    content: &'a Content,
    grid: &'a Grid,
    measure: Measure,
    tr: &'a Translator,
}

/// The heat map, drawing only the rows in view.
fn heat_table_ui(
    ui: &mut egui::Ui,
    view: &HeatView<'_>,
    shown: &[usize],
    selected: &mut Option<String>,
) {
    let (grid, tr) = (view.grid, view.tr);
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
    // The seat fits' columns: heading, tooltip, and the name a screen reader gives a cell.
    let fits = [
        (
            tr.tr("team-column-pm"),
            tr.tr("team-column-pm.hover"),
            tr.tr("team-column-pm.name"),
        ),
        (
            tr.tr("team-column-po"),
            tr.tr("team-column-po.hover"),
            tr.tr("team-column-po.name"),
        ),
        (
            tr.tr("team-column-both"),
            tr.tr("team-column-both.hover"),
            tr.tr("team-column-both.name"),
        ),
    ];
    let no_fit = tr.tr("team-cell-words-none");
    let row_hover = tr.tr("team-row-hover");
    table
        .header(ROW_HEIGHT + 4.0, |mut header| {
            header.col(|ui| {
                ui.strong(tr.tr("team-column-person"));
            });
            for (title, hover, _) in &fits {
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
                    response.on_hover_text(&row_hover);
                });
                let seat_fits = [row.pm_fit, row.po_fit, row.combined_fit];
                for (fit, (_, _, column)) in seat_fits.into_iter().zip(&fits) {
                    table_row.col(|ui| {
                        let text = fit.map_or_else(|| "-".to_owned(), |f| f.to_string());
                        let label = ui.label(&text);
                        let words = fit.map_or_else(|| no_fit.clone(), |f| f.to_string());
                        crate::ui::a11y::cell(ui, &label, &row.name, column, &words);
                    });
                }
                for (cell, column) in row.cells.iter().zip(&grid.columns) {
                    table_row.col(|ui| {
                        let value = cell.get(view.measure);
                        let response = heat_cell_ui(ui, view.content, value);
                        let words = heat_words(view, value);
                        crate::ui::a11y::cell(ui, &response, &row.name, &column.title, &words);
                        response.on_hover_ui(|ui| {
                            ui.strong(format!("{}: {}", row.name, column.title));
                            cell_hover_ui(ui, view, *cell);
                        });
                    });
                }
            });
        });
}

/// A heat cell's tooltip: its three numbers, and the shown one with its band.
fn cell_hover_ui(ui: &mut egui::Ui, view: &HeatView<'_>, cell: Cell) {
    let tr = view.tr;
    let number = |v: Option<u8>| -> FluentValue<'static> {
        v.map_or_else(|| tr.tr("team-cell-none").into(), FluentValue::from)
    };
    ui.label(tr.tr_args(
        "team-cell-numbers",
        &[
            ("skill", number(cell.skill)),
            ("interest", number(cell.interest)),
            ("fit", number(cell.fit)),
        ],
    ));
    if let Some(value) = cell.get(view.measure) {
        ui.label(tr.tr_args(
            "team-cell-value",
            &[
                ("measure", measure_name(view.measure, tr).into()),
                ("value", value.into()),
                ("band", band_name(view.content.quiz.band(value), tr).into()),
            ],
        ));
    } else {
        ui.label(tr.tr("team-cell-no-result"));
    }
}

/// A heat cell in words: "Skill 75, high", or "no result".
fn heat_words(view: &HeatView<'_>, value: Option<u8>) -> String {
    let tr = view.tr;
    value.map_or_else(
        || tr.tr("team-cell-words-none"),
        |v| {
            tr.tr_args(
                "team-cell-words",
                &[
                    ("measure", measure_name(view.measure, tr).into()),
                    ("value", v.into()),
                    ("band", band_name(view.content.quiz.band(v), tr).into()),
                ],
            )
        },
    )
}

/// A measure's name in `tr`'s language.
fn measure_name(measure: Measure, tr: &Translator) -> String {
    match measure {
        Measure::Skill => tr.tr("team-measure-skill"),
        Measure::Interest => tr.tr("team-measure-interest"),
        Measure::Fit => tr.tr("team-measure-fit"),
    }
}

/// An order's name in `tr`'s language.
fn sort_name(sort: SortBy, tr: &Translator) -> String {
    match sort {
        SortBy::Name => tr.tr("team-sort-name"),
        SortBy::PmFit => tr.tr("team-sort-pm-fit"),
        SortBy::PoFit => tr.tr("team-sort-po-fit"),
        SortBy::CombinedFit => tr.tr("team-sort-combined-fit"),
    }
}

/// A band's name in `tr`'s language.
fn band_name(band: Band, tr: &Translator) -> String {
    tr.tr_args("team-band", &[("band", band.key().into())])
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
fn staffing_ui(
    ui: &mut egui::Ui,
    content: &Content,
    derived: &Derived,
    tr: &Translator,
) -> Option<Command> {
    let mut command = None;
    let rules = &content.advisor;
    ui.heading(tr.tr("team-staffing-heading"));
    let staffing = match &derived.staffing {
        Ok(staffing) => staffing,
        Err(err) => {
            let text = err.message(&rules.staffing, tr);
            ui.label(RichText::new(text).color(theme::error_text(ui.visuals())));
            if ui.button(tr.tr("team-clear-pins")).clicked() {
                command = Some(Command::ClearPins);
            }
            return command;
        }
    };
    let (headline, colour) = advisor::verdict_headline(staffing.advice.verdict, ui.visuals(), tr);
    ui.label(RichText::new(headline).size(18.0).strong().color(colour));
    if let Some(note) = &staffing.note {
        ui.label(note);
    }
    egui::CollapsingHeader::new(tr.tr("team-reasons"))
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
    let owners = staffing
        .seats
        .iter()
        .filter(|s| matches!(s.seat, Seat::ProductOwner(_)))
        .count();
    let owners = u32::try_from(owners).unwrap_or(u32::MAX);
    let title = |seat: Seat| seat.title_in(&rules.staffing, owners, tr);
    for seat in &staffing.seats {
        ui.group(|ui| {
            ui.set_width(ui.available_width());
            let seat_title = title(seat.seat);
            ui.strong(&seat_title);
            seat_holder_ui(ui, staffing, seat, &title, tr);
            let next = seat.runner_up.as_ref().map_or_else(
                || tr.tr("team-next-nobody"),
                |r| {
                    tr.tr_args(
                        "team-next",
                        &[
                            ("name", r.member.name.as_str().into()),
                            ("fit", r.fit.into()),
                        ],
                    )
                },
            );
            ui.label(RichText::new(next).color(theme::weak_text(ui.visuals())));
            let pin = pin_ui(ui, derived, seat.seat, &seat_title, tr);
            command = command.take().or(pin);
            if let Some((_, cost)) = derived.pin_costs.iter().find(|(s, _)| *s == seat.seat) {
                ui.label(tr.tr_args("team-pin-cost", &[("cost", (*cost).into())]));
            }
        });
    }
    ui.label(tr.tr_args(
        "team-total-fit",
        &[
            ("total", staffing.total_fit.into()),
            ("best", staffing.unpinned_total_fit.into()),
            ("cost", staffing.pin_cost.into()),
        ],
    ));
    if !derived.pins.is_empty() && ui.button(tr.tr("team-clear-pins")).clicked() {
        command = Some(Command::ClearPins);
    }
    command
}

/// Who holds a seat, with their fit, and why them; or that nobody can.
fn seat_holder_ui(
    ui: &mut egui::Ui,
    staffing: &Staffing,
    seat: &SeatStaffing,
    title: &dyn Fn(Seat) -> String,
    tr: &Translator,
) {
    let Some(holder) = &seat.holder else {
        ui.label(
            RichText::new(tr.tr("team-seat-unfilled")).color(theme::warning_text(ui.visuals())),
        );
        return;
    };
    ui.label(tr.tr_args(
        "team-holder",
        &[
            ("name", holder.member.name.as_str().into()),
            ("fit", holder.fit.into()),
            ("band", band_name(holder.band, tr).into()),
        ],
    ));
    let why = match &seat.reason {
        Some(SeatReason::Pinned) => tr.tr("team-why-pinned"),
        Some(SeatReason::FitterElsewhere {
            candidate,
            seat_title,
        }) => {
            // The seat the fitter person holds, titled in this language.
            let elsewhere = staffing
                .seats
                .iter()
                .find(|s| {
                    s.holder
                        .as_ref()
                        .is_some_and(|h| h.member.profile_id == candidate.member.profile_id)
                })
                .map_or_else(|| seat_title.clone(), |s| title(s.seat));
            tr.tr_args(
                "team-why-elsewhere",
                &[
                    ("name", candidate.member.name.as_str().into()),
                    ("fit", candidate.fit.into()),
                    ("seat", elsewhere.into()),
                ],
            )
        }
        // Only product owner seats come more than one of a kind.
        Some(SeatReason::FitterInSameSeats) => tr.tr("team-why-same-seats"),
        Some(SeatReason::Fittest) | None => tr.tr("team-why-fittest"),
    };
    ui.label(RichText::new(why).color(theme::weak_text(ui.visuals())));
}

/// The pin combo box of one seat: "Automatic" or one of the people with a fit for it.
fn pin_ui(
    ui: &mut egui::Ui,
    derived: &Derived,
    seat: Seat,
    title: &str,
    tr: &Translator,
) -> Option<Command> {
    let mut command = None;
    let grid = &derived.grid;
    let automatic = tr.tr("team-pin-automatic");
    let pinned = derived
        .pins
        .iter()
        .find(|p| p.seat == seat)
        .map(|p| p.profile_id.as_str());
    let pinned_name = pinned
        .and_then(|id| grid.rows.iter().find(|r| r.profile_id == id))
        .map_or(automatic.as_str(), |r| r.name.as_str());
    let candidates = derived
        .candidates
        .iter()
        .find(|(s, _)| *s == seat)
        .map_or(&[][..], |(_, c)| c.as_slice());
    egui::ComboBox::from_label(tr.tr_args("team-pin", &[("seat", title.into())]))
        .selected_text(pinned_name)
        .show_ui(ui, |ui| {
            if ui.selectable_label(pinned.is_none(), &automatic).clicked() {
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
                let label = tr.tr_args(
                    "team-pin-candidate",
                    &[("name", row.name.as_str().into()), ("fit", fit.into())],
                );
                if ui.selectable_label(is_pinned, label).clicked() {
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
fn coverage_ui(ui: &mut egui::Ui, coverage: &Coverage, tr: &Translator) {
    ui.heading(tr.tr("team-coverage-heading"));
    let gaps = coverage.gaps().count();
    ui.label(tr.tr_args("team-gaps", &[("count", gaps.into())]));
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
        let who = if more > 0 {
            tr.tr_args(
                "team-strongest-more",
                &[("names", names.join(", ").into()), ("more", more.into())],
            )
        } else {
            names.join(", ")
        };
        if item.gap {
            let strongest = match item.skill {
                Some(skill) => tr.tr_args(
                    "team-gap",
                    &[("names", who.into()), ("skill", skill.into())],
                ),
                None => tr.tr("team-gap-nobody"),
            };
            ui.label(RichText::new(strongest).color(theme::warning_text(ui.visuals())));
            if let Some(learn) = &item.learn_next {
                ui.label(tr.tr_args("team-learn-next", &[("learn", learn.as_str().into())]));
            }
        } else if let (Some(skill), Some(band)) = (item.skill, item.band) {
            ui.label(tr.tr_args(
                "team-strongest",
                &[
                    ("names", who.into()),
                    ("skill", skill.into()),
                    ("band", band_name(band, tr).into()),
                ],
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn product_owner_seats_of_several_are_numbered_through_fluent() {
        let content = Content::shipped().expect("shipped content");
        let texts = &content.advisor.staffing;
        let pseudo = Translator::new(Language::Pseudo);
        let numbered = Seat::ProductOwner(2).title_in(texts, 3, &pseudo);
        assert_eq!(
            numbered,
            format!("[{}\u{a0}·2]", texts.owner_seat),
            "through Fluent"
        );
        let only = Seat::ProductOwner(1).title_in(texts, 1, &pseudo);
        assert_eq!(only, texts.owner_seat, "one product owner: no number");
        let de = Translator::new(Language::German);
        let err = StaffingError::NoFit {
            name: "Cy".into(),
            seat: Seat::ProductOwner(1),
        };
        assert_eq!(
            err.message(texts, &de),
            format!(
                "Cy kann nicht als {}\u{a0}1 festgelegt werden: Das Quizergebnis hat dafür noch keine Passung.",
                texts.owner_seat
            ),
            "de"
        );
    }

    #[test]
    fn bands_and_measures_are_named_in_the_language() {
        let de = Translator::new(Language::German);
        let names: Vec<String> = Band::ALL.iter().map(|&b| band_name(b, &de)).collect();
        assert_eq!(names, ["niedrig", "mittel", "hoch"], "bands");
        assert_eq!(measure_name(Measure::Skill, &de), "Können", "measure");
        assert_eq!(
            sort_name(SortBy::CombinedFit, &de),
            "Passung für beide",
            "sort"
        );
    }
}
