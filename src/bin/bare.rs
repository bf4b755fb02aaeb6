//! The floor for `scripts/bench-desktop.sh`: the smallest eframe window, opened at the app's
//! default size. It draws an empty panel and traces its first frame exactly as the app does
//! ([`career_explorer::trace`]).
//!
//! `cargo build --release --features bench-bare --bin bare`. It is a binary rather than an
//! example so that it gets exactly the app's eframe features: examples also get the
//! dev-dependencies, and `egui_kittest`'s `wgpu` feature would add wgpu to eframe for them.

use career_explorer::ui::theme;

struct Bare;

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        career_explorer::trace::frame_painted(ui);
        egui::CentralPanel::default().show(ui, |_ui| {});
    }
}

fn main() -> eframe::Result {
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Bare eframe")
            .with_inner_size(theme::DEFAULT_WINDOW),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native("Bare eframe", native, Box::new(|_cc| Ok(Box::new(Bare))))
}
