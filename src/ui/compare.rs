//! The Compare screen: the roles side by side, one row per dimension, with a filter and an
//! "only differences" toggle.

use egui::{Align, Layout, RichText, TextStyle};
use egui_extras::{Column, TableBuilder};

use crate::domain::catalog::Catalog;
use crate::domain::compare::{CompareRow, compare_rows, visible_rows};
use crate::i18n::{Language, Translator};
use crate::ui::{a11y, theme};

/// State of the Compare screen: its rows, the filter, and a cache of row heights.
///
/// The rows are built from the catalog once per language (the default has none yet: the
/// first frame builds them); wrapped text is measured only when the layout changes.
#[derive(Default)]
pub struct CompareScreen {
    rows: Vec<CompareRow>,
    role_names: Vec<(String, String)>,
    /// The language the rows were built in; the catalog shown changes with the language.
    built_in: Option<Language>,
    /// Text typed in the filter box.
    pub filter: String,
    /// Whether rows where every role says the same are hidden.
    pub only_differences: bool,
    heights: HeightCache,
}

#[derive(Default)]
struct HeightCache {
    key: Option<(Vec<u32>, Vec<usize>, u32)>,
    heights: Vec<f32>,
}

impl CompareScreen {
    /// A screen showing `catalog`, its rows named in `tr`'s language.
    pub fn new(catalog: &Catalog, tr: &Translator) -> Self {
        Self {
            rows: compare_rows(catalog, tr),
            role_names: catalog
                .roles
                .iter()
                .map(|r| (r.name.clone(), r.summary.clone()))
                .collect(),
            built_in: Some(tr.language()),
            filter: String::new(),
            only_differences: false,
            heights: HeightCache::default(),
        }
    }

    /// Rebuilds the rows from `catalog` when the language changed since they were built (the
    /// window swaps the content with the language), keeping the filter.
    fn follow_language(&mut self, catalog: &Catalog, tr: &Translator) {
        if self.built_in != Some(tr.language()) {
            *self = Self {
                filter: std::mem::take(&mut self.filter),
                only_differences: self.only_differences,
                built_in: Some(tr.language()),
                ..Self::new(catalog, tr)
            };
        }
    }

    /// Draws the screen, its own text in `tr`'s language.
    pub fn ui(&mut self, ui: &mut egui::Ui, catalog: &Catalog, tr: &Translator) {
        self.follow_language(catalog, tr);
        ui.label(&catalog.intro);
        ui.add_space(theme::SECTION_SPACING / 2.0);
        ui.horizontal(|ui| {
            let label = ui.label(tr.tr("compare-filter"));
            ui.add(
                egui::TextEdit::singleline(&mut self.filter)
                    .hint_text(tr.tr("compare-filter.hint"))
                    .desired_width(220.0),
            )
            .labelled_by(label.id)
            .on_hover_text(tr.tr("compare-filter.hover"));
            if !self.filter.is_empty() && ui.button(tr.tr("compare-clear-filter")).clicked() {
                self.filter.clear();
            }
            ui.add_space(theme::SECTION_SPACING);
            ui.checkbox(
                &mut self.only_differences,
                tr.tr("compare-only-differences"),
            )
            .on_hover_text(tr.tr("compare-only-differences.hover"));
        });
        ui.add_space(theme::SECTION_SPACING / 2.0);

        let shown = visible_rows(&self.rows, &self.filter, self.only_differences);
        if shown.is_empty() {
            ui.label(RichText::new(tr.tr("compare-no-rows")).color(theme::weak_text(ui.visuals())));
            return;
        }
        // More roles than fit side by side scroll sideways; the grid scrolls down on its own.
        egui::ScrollArea::horizontal()
            .id_salt("compare-grid-sideways")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                self.table_ui(ui, &shown, &tr.tr("compare-dimension"));
            });
    }

    /// The grid; `dimension` heads the first column.
    fn table_ui(&mut self, ui: &mut egui::Ui, shown: &[usize], dimension: &str) {
        let role_count = self.role_names.len();
        // Columns past this edge cannot be seen: rows stop at the first one.
        let right_edge = ui.clip_rect().right();
        let header_height = ui.text_style_height(&TextStyle::Heading) + 2.0 * theme::ROW_PADDING;
        let mut table = TableBuilder::new(ui)
            .id_salt("compare-grid")
            .striped(true)
            // Not resizable: egui_extras' resize handles are focusable nodes with no name a
            // screen reader could announce; the columns share the width and scroll sideways.
            .resizable(false)
            .cell_layout(Layout::top_down(Align::Min))
            .column(
                Column::initial(theme::DIMENSION_COLUMN_WIDTH)
                    .at_least(110.0)
                    .clip(true),
            );
        // Two roles share the window; with more, each keeps a readable width and the grid
        // scrolls sideways.
        let last_min = if role_count > 2 {
            theme::ROLE_COLUMN_WIDTH
        } else {
            theme::ROLE_COLUMN_MIN_WIDTH
        };
        for index in 0..role_count {
            let column = if index + 1 == role_count {
                Column::remainder().at_least(last_min)
            } else {
                Column::initial(theme::ROLE_COLUMN_WIDTH).at_least(theme::ROLE_COLUMN_MIN_WIDTH)
            };
            table = table.column(column.clip(true));
        }
        table
            .header(header_height, |mut header| {
                header.col(|ui| {
                    ui.strong(dimension);
                });
                for (name, summary) in &self.role_names {
                    let (rect, _) = header.col(|ui| {
                        if cell_visible(ui) {
                            ui.heading(name).on_hover_text(summary);
                        }
                    });
                    if rect.left() >= right_edge {
                        break;
                    }
                }
            })
            .body(|mut body| {
                let widths = body.widths().to_vec();
                let heights = self.heights.get(body.ui_mut(), &widths, &self.rows, shown);
                let rows = &self.rows;
                let role_names = &self.role_names;
                body.heterogeneous_rows(heights.iter().copied(), |mut table_row| {
                    let row = &rows[shown[table_row.index()]];
                    table_row.col(|ui| {
                        ui.add_space(theme::ROW_PADDING);
                        ui.add(egui::Label::new(RichText::new(&row.name).strong()).wrap())
                            .on_hover_text(&row.explanation);
                    });
                    for (cell, (role, _)) in row.cells.iter().zip(role_names) {
                        let (rect, _) = table_row.col(|ui| {
                            if cell_visible(ui) {
                                ui.add_space(theme::ROW_PADDING);
                                let label = ui.add(egui::Label::new(cell).wrap());
                                // "Time horizon, Product Owner: A sprint to a quarter".
                                a11y::cell(ui, &label, &row.name, role, cell);
                            }
                        });
                        if rect.left() >= right_edge {
                            break;
                        }
                    }
                });
            });
    }
}

/// Whether a cell of the grid can be seen. The table lays out only the rows in view, but every
/// column of them; with many roles most columns lie past the right edge, and laying them out
/// took 2 ms a frame at 100 roles (`cargo bench --bench frames`).
fn cell_visible(ui: &egui::Ui) -> bool {
    ui.is_sizing_pass() || ui.is_rect_visible(ui.max_rect())
}

impl HeightCache {
    /// Heights of the shown rows for these column widths, measured again only when the widths,
    /// the shown rows or the zoom change.
    fn get(
        &mut self,
        ui: &egui::Ui,
        widths: &[f32],
        rows: &[CompareRow],
        shown: &[usize],
    ) -> Vec<f32> {
        let key = (
            widths.iter().map(|w| w.round() as u32).collect::<Vec<_>>(),
            shown.to_vec(),
            (ui.ctx().pixels_per_point() * 100.0).round() as u32,
        );
        if self.key.as_ref() != Some(&key) {
            let body = TextStyle::Body.resolve(ui.style());
            let color = ui.visuals().text_color();
            let measure = |text: &str, width: f32| {
                ui.fonts_mut(|fonts| {
                    fonts
                        .layout(text.to_owned(), body.clone(), color, width.max(1.0))
                        .size()
                        .y
                })
            };
            self.heights = shown
                .iter()
                .map(|&index| {
                    let row = &rows[index];
                    let texts = std::iter::once(&row.name).chain(row.cells.iter());
                    let tallest = texts
                        .zip(widths)
                        .map(|(text, width)| measure(text, width - 2.0 * theme::CELL_PADDING))
                        .fold(0.0_f32, f32::max);
                    tallest + 2.0 * theme::ROW_PADDING
                })
                .collect();
            self.key = Some(key);
        }
        self.heights.clone()
    }
}
