//! Every user-facing string, in the person's language, through Fluent.
//!
//! Each language is a folder of `.ftl` files under `locales/` (embedded at build time, see
//! [`sources`]); a [`Translator`] holds one language's bundle and turns a message id (and its
//! arguments) into text. Fluent does the plurals and formats the numbers, so code never builds
//! a sentence out of pieces.
//!
//! No egui here: the window, the command line and the exports all use it.
//!
//! To add a string: put `my-id = Text` in the English file and the same id in every other
//! language's file (tests/i18n.rs fails until every language has it), then call
//! `tr.tr("my-id")` or `tr.tr_args("my-id", &[("count", n.into())])`. To add a language: a
//! [`Language`] variant, a `locales/<tag>/` folder with the same files, and its list in
//! [`sources`].

mod language;
mod number;
mod pseudo;
pub mod sources;
mod translator;

pub use fluent_bundle::FluentValue;
pub use language::Language;
pub use pseudo::transform as pseudo_transform;
pub use translator::Translator;
