//! The man pages shipped in the Debian package (`assets/man/*.1`: `career-explorer(1)` and one
//! page per subcommand, which the main page's SUBCOMMANDS section refers to) are written from
//! the clap definitions the binary parses, so they cannot drift from `--help`.
//!
//! After changing the command line, rewrite them with
//! `UPDATE_MAN_PAGE=1 cargo test --test man_page`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::collections::BTreeMap;
use std::path::Path;

use clap::CommandFactory as _;

use career_explorer::cli::Cli;

const MAN_DIR: &str = "assets/man";

/// Every page `clap_mangen` writes, by file name.
fn generate() -> BTreeMap<String, String> {
    let dir = tempfile::tempdir().expect("a temporary folder");
    clap_mangen::generate_to(Cli::command(), dir.path()).expect("the pages can be written");
    pages_in(dir.path())
}

fn pages_in(dir: &Path) -> BTreeMap<String, String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return BTreeMap::new();
    };
    entries
        .map(|entry| entry.expect("a folder entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "1"))
        .map(|path| {
            let name = path
                .file_name()
                .expect("a file")
                .to_string_lossy()
                .into_owned();
            (
                name,
                std::fs::read_to_string(&path).expect("a page is text"),
            )
        })
        .collect()
}

#[test]
fn man_pages_are_written_from_the_command_line_definitions() {
    let generated = generate();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(MAN_DIR);
    if std::env::var_os("UPDATE_MAN_PAGE").is_some() {
        for stale in pages_in(&dir).keys() {
            std::fs::remove_file(dir.join(stale)).expect("a stale page can be removed");
        }
        std::fs::create_dir_all(&dir).expect("the folder can be made");
        for (name, page) in &generated {
            std::fs::write(dir.join(name), page).expect("a page can be written");
        }
    }
    let shipped = pages_in(&dir);
    assert!(
        shipped == generated,
        "{MAN_DIR} is not what the command line definitions give (shipped {:?}, generated \
         {:?}); rewrite it with UPDATE_MAN_PAGE=1 cargo test --test man_page",
        shipped.keys().collect::<Vec<_>>(),
        generated.keys().collect::<Vec<_>>()
    );
}

#[test]
fn every_subcommand_the_main_page_names_has_its_own_page() {
    let generated = generate();
    let main = &generated["career-explorer.1"];
    assert!(
        main.contains(env!("CARGO_PKG_VERSION")),
        "the main page carries the version"
    );
    for needle in ["advise", "quiz", "export", "team"] {
        let reference = format!("career\\-explorer\\-{needle}(1)");
        assert!(main.contains(&reference), "the main page names {reference}");
        assert!(
            generated.contains_key(&format!("career-explorer-{needle}.1")),
            "career-explorer-{needle}.1 is written"
        );
    }
    assert!(
        generated.contains_key("career-explorer-quiz-score.1"),
        "nested subcommands get pages too: {:?}",
        generated.keys().collect::<Vec<_>>()
    );
}
