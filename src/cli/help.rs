//! The command line's help in the person's language.
//!
//! The clap definitions in [`super::Cli`] hold the English help (it is also what the man pages
//! are written from). For another language, [`command_in`] puts a Fluent message over every
//! command's and argument's help: the message `help-<path>-about` (and `-long-about`) for a
//! command, `help-<path>-arg-<id>` (and `-long`) for an argument, where `<path>` is the
//! command's name and its subcommands' joined by `-` (`help-career-explorer-quiz-score-about`).
//! The headings clap writes itself ("Usage:", "Options:", ...) and the help and version flags
//! come from `help-heading-*` and `help-flag-*`. What clap adds in brackets
//! (`[possible values: ...]`, `[default: ...]`) stays as clap writes it.

use std::ffi::OsString;

use clap::{Arg, ArgAction, CommandFactory as _};

use super::Cli;
use crate::i18n::{Language, Translator};

/// The command line, with its help in `language`. English is the clap definitions as they are.
pub fn command_in(language: Language) -> clap::Command {
    let command = Cli::command();
    if language == Language::English {
        return command;
    }
    let tr = Translator::new(language);
    let name = command.get_name().to_owned();
    translated(command, &format!("help-{name}"), &tr, true)
}

/// Every help text of `command` and its subcommands with the message id that translates it,
/// in English as the clap definitions have it.
pub fn texts(command: &clap::Command) -> Vec<(String, String)> {
    let mut out = Vec::new();
    collect(command, &format!("help-{}", command.get_name()), &mut out);
    out
}

fn collect(command: &clap::Command, path: &str, out: &mut Vec<(String, String)>) {
    if let Some(about) = command.get_about() {
        out.push((format!("{path}-about"), about.to_string()));
    }
    if let Some(about) = command.get_long_about() {
        out.push((format!("{path}-long-about"), about.to_string()));
    }
    for arg in command.get_arguments() {
        let id = arg.get_id();
        if let Some(help) = arg.get_help() {
            out.push((format!("{path}-arg-{id}"), help.to_string()));
        }
        if let Some(help) = arg.get_long_help() {
            out.push((format!("{path}-arg-{id}-long"), help.to_string()));
        }
    }
    for sub in command.get_subcommands() {
        collect(sub, &format!("{path}-{}", sub.get_name()), out);
    }
}

/// `command` with every help text that has a message in `tr` replaced by it, and clap's own
/// headings and flags in `tr`'s language.
fn translated(
    mut command: clap::Command,
    path: &str,
    tr: &Translator,
    root: bool,
) -> clap::Command {
    let text = |id: String| tr.has(&id).then(|| tr.tr(&id));
    if command.get_about().is_some()
        && let Some(about) = text(format!("{path}-about"))
    {
        command = command.about(about);
    }
    if command.get_long_about().is_some()
        && let Some(about) = text(format!("{path}-long-about"))
    {
        command = command.long_about(about);
    }
    let (arguments, options) = (
        tr.tr("help-heading-arguments"),
        tr.tr("help-heading-options"),
    );
    let ids: Vec<String> = command
        .get_arguments()
        .map(|arg| arg.get_id().to_string())
        .collect();
    for id in ids {
        let help = text(format!("{path}-arg-{id}"));
        let long = text(format!("{path}-arg-{id}-long"));
        let (arguments, options) = (arguments.clone(), options.clone());
        command = command.mut_arg(id, move |mut arg| {
            if let Some(help) = help {
                arg = arg.help(help);
            }
            if let Some(long) = long {
                arg = arg.long_help(long);
            }
            if arg.get_help_heading().is_none() {
                let heading = if arg.is_positional() {
                    arguments
                } else {
                    options
                };
                arg = arg.help_heading(heading);
            }
            arg
        });
    }
    command = command
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            tr.tr("help-heading-usage")
        ))
        .subcommand_help_heading(tr.tr("help-heading-commands"))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(tr.tr("help-flag-help"))
                .help_heading(options.clone()),
        );
    if root {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(tr.tr("help-flag-version"))
                .help_heading(options),
        );
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    for name in names {
        let sub_path = format!("{path}-{name}");
        command = command.mut_subcommand(name, |sub| translated(sub, &sub_path, tr, false));
    }
    command
}

/// The language `--lang` asks for in `args` (the program's arguments, without its name), read
/// before clap parses them so that `--help` can already speak it; `None` when there is no
/// valid `--lang`.
pub fn lang_in_args(args: &[OsString]) -> Option<Language> {
    let mut args = args.iter().map(|arg| arg.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        let value = if arg == "--lang" {
            args.next().map(|value| value.into_owned())
        } else {
            arg.strip_prefix("--lang=").map(str::to_owned)
        };
        if let Some(value) = value {
            return <Language as clap::ValueEnum>::from_str(&value, false).ok();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn lang_is_found_in_either_spelling_and_anywhere_before_dash_dash() {
        assert_eq!(
            lang_in_args(&args(&["--lang", "de"])),
            Some(Language::German)
        );
        assert_eq!(
            lang_in_args(&args(&["advise", "--lang=de", "me.ron"])),
            Some(Language::German)
        );
        assert_eq!(
            lang_in_args(&args(&["--lang", "en"])),
            Some(Language::English)
        );
        assert_eq!(lang_in_args(&args(&["--lang", "xx"])), None);
        assert_eq!(lang_in_args(&args(&["--", "--lang", "de"])), None);
        assert_eq!(lang_in_args(&args(&["me.ron"])), None);
    }

    #[test]
    fn every_help_text_has_its_english_message_word_for_word() {
        let english = Translator::new(Language::English);
        let texts = texts(&Cli::command());
        assert!(texts.len() > 30, "the walk finds the help texts");
        for (id, text) in texts {
            assert!(english.has(&id), "no English message {id}");
            assert_eq!(
                english.tr(&id),
                text,
                "{id} differs from the clap definition"
            );
        }
    }

    #[test]
    fn english_help_is_the_clap_definitions_unchanged() {
        let render = |mut command: clap::Command| command.render_long_help().to_string();
        assert_eq!(
            render(command_in(Language::English)),
            render(Cli::command())
        );
    }

    #[test]
    fn german_help_replaces_every_text_and_heading() {
        let render = |mut command: clap::Command| command.render_long_help().to_string();
        let german = render(command_in(Language::German));
        for part in [
            "Aufruf:",
            "Optionen:",
            "Befehle:",
            "Hilfe anzeigen",
            "Version anzeigen",
        ] {
            assert!(german.contains(part), "{part:?} not in\n{german}");
        }
        for english in [
            "Usage:",
            "Options:",
            "Commands:",
            "Print help",
            "Open the window",
        ] {
            assert!(!german.contains(english), "{english:?} left in\n{german}");
        }
        // Every text of every subcommand is German too.
        let german: std::collections::HashMap<String, String> =
            texts(&command_in(Language::German)).into_iter().collect();
        for (id, english) in texts(&Cli::command()) {
            let text = german.get(&id).unwrap_or_else(|| panic!("{id} is gone"));
            assert_ne!(text, &english, "{id} is still English");
        }
        let mut score = command_in(Language::German);
        let quiz = score.find_subcommand_mut("quiz").unwrap();
        let score = quiz.find_subcommand_mut("score").unwrap();
        let help = score.render_long_help().to_string();
        assert!(help.contains("Aufruf:"), "{help}");
        assert!(!help.contains("Print one JSON object"), "{help}");
    }
}
