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

/// [`COMBINE`] as text: darker on the light theme, so it reads at 4.5:1.
pub fn combine_text(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        COMBINE
    } else {
        Color32::from_rgb(0x1f, 0x6f, 0x64)
    }
}

/// [`SPLIT`] as text: darker on the light theme, so it reads at 4.5:1.
pub fn split_text(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        SPLIT
    } else {
        Color32::from_rgb(0x9a, 0x5a, 0x00)
    }
}

/// Black or white, whichever reads better on the opaque `fill` (a heat-map cell).
pub fn text_on(fill: Color32) -> Color32 {
    // Black wins when (L + 0.05) / 0.05 > 1.05 / (L + 0.05), i.e. L > about 0.179.
    if luminance(fill) > 0.179 {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// WCAG 2.2's relative luminance of an opaque colour, from 0 (black) to 1 (white).
pub fn luminance(colour: Color32) -> f64 {
    let channel = |value: u8| {
        let v = f64::from(value) / 255.0;
        if v <= 0.040_45 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(colour.r()) + 0.7152 * channel(colour.g()) + 0.0722 * channel(colour.b())
}

/// Text colours that read at 4.5:1 or better on every background of both themes (egui's
/// defaults fall short for secondary text, warnings and errors). Called once at start.
pub fn apply(ctx: &egui::Context) {
    ctx.style_mut_of(egui::Theme::Dark, |style| {
        let visuals = &mut style.visuals;
        visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(0xbe);
        visuals.weak_text_color = Some(Color32::from_gray(0x96));
        visuals.error_fg_color = Color32::from_rgb(0xff, 0x5a, 0x5a);
    });
    ctx.style_mut_of(egui::Theme::Light, |style| {
        let visuals = &mut style.visuals;
        visuals.weak_text_color = Some(Color32::from_gray(0x6b));
        visuals.warn_fg_color = Color32::from_rgb(0xb3, 0x47, 0x00);
        visuals.error_fg_color = Color32::from_rgb(0xc0, 0x00, 0x00);
        visuals.hyperlink_color = Color32::from_rgb(0x00, 0x5a, 0xb5);
    });
}

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

/// Below this width (in points) screens with side columns stack them in one scrolling column:
/// a small window, or 200% text in a 1280-pixel one.
pub const NARROW_WIDTH: f32 = 900.0;

/// Width reserved for a role's name before its fit bar, so the bars line up.
pub const FIT_LABEL_WIDTH: f32 = 200.0;

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2.2's contrast ratio, from 1 to 21.
    fn contrast(a: Color32, b: Color32) -> f64 {
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    /// `top` painted over the opaque `bottom` (egui's colours are premultiplied).
    fn over(top: Color32, bottom: Color32) -> Color32 {
        let keep = 1.0 - f32::from(top.a()) / 255.0;
        let mix = |t: u8, b: u8| {
            let value = f32::from(t) + f32::from(b) * keep;
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "clamped to 0-255 just before"
            )]
            let byte = value.round().clamp(0.0, 255.0) as u8;
            byte
        };
        Color32::from_rgb(
            mix(top.r(), bottom.r()),
            mix(top.g(), bottom.g()),
            mix(top.b(), bottom.b()),
        )
    }

    /// The visuals the app runs with in `theme`.
    fn visuals(theme: egui::Theme) -> Visuals {
        let ctx = egui::Context::default();
        apply(&ctx);
        ctx.style_of(theme).visuals.clone()
    }

    #[test]
    fn every_text_colour_reads_at_four_and_a_half_to_one_in_both_themes() {
        let mut failures = Vec::new();
        for theme in [egui::Theme::Dark, egui::Theme::Light] {
            let v = visuals(theme);
            let panel = v.panel_fill;
            let backgrounds = [
                ("panel", panel),
                ("window", over(v.window_fill, panel)),
                ("text field", over(v.extreme_bg_color, panel)),
                ("striped row", over(v.faint_bg_color, panel)),
            ];
            let texts = [
                ("text", v.text_color()),
                ("strong", v.strong_text_color()),
                ("weak", v.weak_text_color()),
                ("warning", warning_text(&v)),
                ("error", error_text(&v)),
                ("combine", combine_text(&v)),
                ("split", split_text(&v)),
                ("link", v.hyperlink_color),
            ];
            for (bg_name, bg) in backgrounds {
                for (fg_name, fg) in texts {
                    let ratio = contrast(over(fg, bg), bg);
                    if ratio < 4.5 {
                        failures.push(format!("{theme:?} {fg_name} on {bg_name}: {ratio:.2}"));
                    }
                }
            }
            // The numbers in the team's heat map, on every band at its weakest and strongest.
            for band in [BAND_LOW, BAND_MODERATE, BAND_HIGH] {
                for strength in [0.35, 1.0] {
                    let cell = over(band.gamma_multiply(strength), panel);
                    let ratio = contrast(text_on(cell), cell);
                    if ratio < 4.5 {
                        failures.push(format!(
                            "{theme:?} heat number on {band:?} x{strength}: {ratio:.2}"
                        ));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "below 4.5:1: {failures:#?}");
    }

    #[test]
    fn large_verdict_headlines_read_at_three_to_one() {
        for theme in [egui::Theme::Dark, egui::Theme::Light] {
            let v = visuals(theme);
            for colour in [combine_text(&v), split_text(&v)] {
                let ratio = contrast(colour, v.panel_fill);
                assert!(ratio >= 3.0, "{theme:?} {colour:?}: {ratio:.2}");
            }
        }
    }

    #[test]
    fn the_contrast_formula_gives_the_known_extremes() {
        let ratio = contrast(Color32::BLACK, Color32::WHITE);
        assert!((ratio - 21.0).abs() < 1e-9, "{ratio}");
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1.
        let grey = contrast(Color32::from_gray(0x76), Color32::WHITE);
        assert!((grey - 4.54).abs() < 0.01, "{grey}");
    }
}
