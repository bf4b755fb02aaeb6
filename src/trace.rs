//! Start-up and repaint tracing for `scripts/bench-desktop.sh`.
//!
//! Off unless the environment variable [`TRACE_ENV`] is set; then [`frame_painted`], called at
//! the top of every `eframe::App::ui`, prints to stderr:
//!
//! - `first-ui-ms <ms>` when the first frame starts being built, and
//! - `first-frame-ms <ms>` when the first frame is painted: a zero-cost paint callback in the
//!   top layer runs inside the OpenGL painter after every other shape of that frame has been
//!   issued, just before the buffer swap. A frame eframe builds but does not paint (the window
//!   not visible yet) does not count.
//! - with the value `frames`, also `frame <n> <ms>` for every `ui` call, so a script can count
//!   repaints over an idle window.
//!
//! Milliseconds are since the process started. The most precise start is a wall-clock
//! timestamp taken just before `exec` and passed in [`T0_ENV`] (bash: `$EPOCHREALTIME`); without
//! it, the start comes from `/proc/self/stat` against `/proc/uptime`, which the kernel gives in
//! hundredths of a second. The bare eframe example calls the same function, so both are
//! measured the same way.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Turns tracing on: any value prints the first-frame lines; `frames` also prints every frame.
pub const TRACE_ENV: &str = "CAREER_EXPLORER_TRACE_STARTUP";

/// Optional process start as Unix time in seconds with a fraction (bash's `$EPOCHREALTIME`).
pub const T0_ENV: &str = "CAREER_EXPLORER_TRACE_T0";

/// What to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Off,
    FirstFrame,
    EveryFrame,
}

fn mode() -> Mode {
    static MODE: OnceLock<Mode> = OnceLock::new();
    *MODE.get_or_init(|| match std::env::var(TRACE_ENV) {
        Err(_) => Mode::Off,
        Ok(value) if value == "frames" => Mode::EveryFrame,
        Ok(_) => Mode::FirstFrame,
    })
}

static FRAMES: AtomicU64 = AtomicU64::new(0);
static PAINTED: AtomicBool = AtomicBool::new(false);

/// Call at the top of `eframe::App::ui`. Does nothing (one relaxed load) unless tracing is on.
pub fn frame_painted(ui: &egui::Ui) {
    let mode = mode();
    if mode == Mode::Off {
        return;
    }
    let frame = FRAMES.fetch_add(1, Ordering::Relaxed) + 1;
    if frame == 1 {
        print_since_start("first-ui-ms");
    }
    if mode == Mode::EveryFrame {
        eprintln!("frame {frame} {}", format_ms(ms_since_start()));
    }
    if !PAINTED.load(Ordering::Relaxed) {
        add_callback(ui);
    }
}

/// Adds a paint callback that prints `first-frame-ms` when the painter runs it. It is added to
/// every frame until one is painted, and draws nothing. Only the glow renderer (the app's) runs
/// it.
fn add_callback(ui: &egui::Ui) {
    let painter = ui.ctx().layer_painter(egui::LayerId::new(
        egui::Order::Debug,
        egui::Id::unique(TRACE_ENV),
    ));
    let callback = eframe::egui_glow::CallbackFn::new(|_info, _painter| {
        if !PAINTED.swap(true, Ordering::Relaxed) {
            print_since_start("first-frame-ms");
        }
    });
    painter.add(egui::PaintCallback {
        rect: egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1.0, 1.0)),
        callback: std::sync::Arc::new(callback),
    });
}

fn print_since_start(what: &str) {
    eprintln!("{what} {}", format_ms(ms_since_start()));
}

fn format_ms(ms: Option<f64>) -> String {
    ms.map_or_else(|| "unknown".to_owned(), |ms| format!("{ms:.1}"))
}

/// Milliseconds since the process started, if that can be found out.
fn ms_since_start() -> Option<f64> {
    if let Some(t0) = std::env::var(T0_ENV)
        .ok()
        .and_then(|v| v.trim().parse::<f64>().ok())
    {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).ok()?;
        return Some((now.as_secs_f64() - t0) * 1000.0);
    }
    let uptime = std::fs::read_to_string("/proc/uptime").ok()?;
    let uptime: f64 = uptime.split_whitespace().next()?.parse().ok()?;
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    Some((uptime - start_ticks(&stat)? / USER_HZ) * 1000.0)
}

/// The unit of `/proc/<pid>/stat` times: 100 on every Linux architecture Rust supports.
const USER_HZ: f64 = 100.0;

/// Field 22 of `/proc/<pid>/stat` (start time after boot, in clock ticks). The command name in
/// field 2 may hold spaces and parentheses, so counting starts after the last `)`.
fn start_ticks(stat: &str) -> Option<f64> {
    let after_name = &stat[stat.rfind(')')? + 1..];
    // Fields 3.. follow; field 22 is the 20th of them.
    after_name.split_whitespace().nth(19)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_ticks_skips_a_command_name_with_spaces_and_parentheses() {
        let stat = "4242 (we (ird) name) S 1 4242 4242 0 -1 4194560 100 0 0 0 \
                    5 3 0 0 20 0 1 0 987654 12345 678 18446744073709551615";
        assert_eq!(start_ticks(stat), Some(987_654.0));
    }

    #[test]
    fn the_paint_callback_reaches_the_painter() {
        let ctx = egui::Context::default();
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(800.0, 600.0),
            )),
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| {
            add_callback(ui);
            egui::CentralPanel::default().show(ui, |ui| ui.label("covers the window"));
        });
        output.textures_delta.clear();
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        let callbacks: Vec<_> = primitives
            .iter()
            .filter_map(|p| match &p.primitive {
                egui::epaint::Primitive::Callback(callback) => Some(callback),
                egui::epaint::Primitive::Mesh(_) => None,
            })
            .collect();
        assert_eq!(callbacks.len(), 1);
        assert!(callbacks[0].rect.is_positive());
        assert!(
            callbacks[0]
                .callback
                .downcast_ref::<eframe::egui_glow::CallbackFn>()
                .is_some()
        );
        // Painted last, after the panel and its text.
        assert!(matches!(
            primitives.last().map(|p| &p.primitive),
            Some(egui::epaint::Primitive::Callback(_))
        ));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn own_start_is_in_the_past() {
        let stat = std::fs::read_to_string("/proc/self/stat").unwrap();
        assert!(start_ticks(&stat).is_some_and(|t| t > 0.0));
    }
}
