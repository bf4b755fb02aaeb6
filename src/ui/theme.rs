//! Colours, sizes and spacing used across the screens, in one place. Colours come in pairs for
//! the dark and light themes; the app follows the system theme unless the user picks one.

use egui::{Color32, Visuals};

/// Smallest window the layout is designed for.
pub const MIN_WINDOW: [f32; 2] = [800.0, 600.0];

/// Window size on first start.
pub const DEFAULT_WINDOW: [f32; 2] = [1180.0, 780.0];

/// Width of the first column of the comparison grid.
pub const DIMENSION_COLUMN_WIDTH: f32 = 170.0;

/// Starting width of a role column in the comparison grid.
pub const ROLE_COLUMN_WIDTH: f32 = 320.0;

/// Smallest width of a role column in the comparison grid.
pub const ROLE_COLUMN_MIN_WIDTH: f32 = 160.0;

/// Vertical padding inside a grid row, above and below the text.
pub const ROW_PADDING: f32 = 6.0;

/// Horizontal padding inside a grid cell, on each side.
pub const CELL_PADDING: f32 = 4.0;

/// Space between sections of a screen.
pub const SECTION_SPACING: f32 = 12.0;

/// Text colour for secondary notes (hints, "no rows match").
pub fn weak_text(visuals: &Visuals) -> Color32 {
    visuals.weak_text_color()
}

/// Colour of text that warns the user about their input.
pub fn warning_text(visuals: &Visuals) -> Color32 {
    visuals.warn_fg_color
}

/// Colour of text that reports an error.
pub fn error_text(visuals: &Visuals) -> Color32 {
    visuals.error_fg_color
}

/// Colour of everything that argues for one person in both roles.
pub const COMBINE: Color32 = Color32::from_rgb(0x2f, 0x9e, 0x8f);

/// Colour of everything that argues for two people.
pub const SPLIT: Color32 = Color32::from_rgb(0xd9, 0x8a, 0x1c);

/// Colour of a verdict that is too close to call.
pub fn neutral(visuals: &Visuals) -> Color32 {
    visuals.strong_text_color()
}

/// Text size of a verdict headline.
pub const VERDICT_SIZE: f32 = 26.0;

/// Height of the charts.
pub const CHART_HEIGHT: f32 = 220.0;

/// Bar colour of a skill score.
pub const SKILL: Color32 = Color32::from_rgb(0x3b, 0x7d, 0xd8);

/// Bar colour of an interest score.
pub const INTEREST: Color32 = Color32::from_rgb(0xc8, 0x5a, 0xa8);

/// Fill of a low score.
pub const BAND_LOW: Color32 = Color32::from_rgb(0xb5, 0x4a, 0x3c);

/// Fill of a moderate score.
pub const BAND_MODERATE: Color32 = Color32::from_rgb(0xc9, 0x93, 0x1e);

/// Fill of a high score.
pub const BAND_HIGH: Color32 = Color32::from_rgb(0x2f, 0x9e, 0x5f);

/// Height of a horizontal bar chart with `rows` rows.
pub fn row_chart_height(rows: usize) -> f32 {
    (rows as f32 * 34.0 + 60.0).clamp(160.0, 900.0)
}

/// Width reserved for a role's name before its fit bar, so the bars line up.
pub const FIT_LABEL_WIDTH: f32 = 200.0;
