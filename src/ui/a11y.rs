//! What a screen reader cannot work out from a widget alone.
//!
//! The name of a bar drawn beside its label, the value of a progress bar, the data behind a
//! chart, and which row and column a table cell belongs to. Each helper writes into the
//! widget's AccessKit node (when accessibility is on; otherwise it does nothing), so Orca and
//! the kittests read the same names.

use egui::accesskit::Role;
use egui::{Response, Ui};

/// Names a progress bar (`"Product Manager fit"`) and gives it its value as a number (0 to
/// `max`) and in words (`"75 of 100, high"`).
pub fn progress(ui: &Ui, response: &Response, name: &str, value: f64, max: f64, words: &str) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(Role::ProgressIndicator);
        node.set_label(name);
        node.set_numeric_value(value);
        node.set_min_numeric_value(0.0);
        node.set_max_numeric_value(max);
        node.set_value(words);
    });
}

/// Makes a chart one named image whose description carries its data in words, so a listener
/// learns what a sighted reader sees.
pub fn chart(ui: &Ui, response: &Response, name: &str, description: &str) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Image);
        node.set_label(name);
        node.set_description(description);
    });
}

/// Makes a widget a table cell whose name says where it is: `"Time horizon, Product Owner: A
/// sprint to a quarter"`. egui's tables have no row or column nodes, so the name carries them.
pub fn cell(ui: &Ui, response: &Response, row: &str, column: &str, text: &str) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Cell);
        node.set_label(format!("{row}, {column}: {text}"));
    });
}
