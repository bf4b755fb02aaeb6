//! Colours, sizes and spacing used across the screens, in one place. Colours come in pairs for
//! the dark and light themes; the app follows the system theme unless the user picks one.

use egui::{Color32, Visuals};

/// Smallest window the layout is designed for.
pub const MIN_WINDOW: [f32; 2] = [800.0, 600.0];

/// Window size on first start.
pub const DEFAULT_WINDOW: [f32; 2] = [1180.0, 780.0];

/// Width of the first column of the comparison grid.
pub const DIMENSION_COLUMN_WIDTH: f32 = 170.0;

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
