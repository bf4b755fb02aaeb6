//! What the Debian package ships agrees with itself: one version and date for this release in
//! `Cargo.toml`, `CHANGELOG.md`, the `AppStream` metainfo and `debian/changelog`; every asset
//! `[package.metadata.deb]` lists exists (icons at the size their folder names); the desktop
//! entry names the icon and binary the package installs; the About box and `--version` show
//! the same version.
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design.

use std::path::Path;
use std::process::Command;

use career_explorer::Screen;
use egui_kittest::kittest::Queryable as _;

mod support;
use support::{app_on, settle};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const VERSION: &str = env!("CARGO_PKG_VERSION");
const METAINFO: &str = "assets/io.github.careerexplorer.CareerExplorer.metainfo.xml";

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(path))
        .unwrap_or_else(|err| panic!("{path} cannot be read: {err}"))
}

/// The newest release in CHANGELOG.md: its `## [version] - date` heading.
fn changelog_release() -> (String, String) {
    let changelog = read("CHANGELOG.md");
    let heading = changelog
        .lines()
        .filter_map(|line| line.strip_prefix("## ["))
        .find(|rest| !rest.starts_with("Unreleased"))
        .expect("CHANGELOG.md has a release heading");
    let (version, date) = heading
        .split_once("] - ")
        .expect("a release heading reads '## [version] - date'");
    (version.to_owned(), date.trim().to_owned())
}

/// The newest `<release version=".." date="..">` in the metainfo.
fn metainfo_release() -> (String, String) {
    let metainfo = read(METAINFO);
    let start = metainfo
        .find("<release ")
        .expect("the metainfo has a release");
    let tag = &metainfo[start..start + metainfo[start..].find('>').expect("a closed tag")];
    let attribute = |name: &str| {
        let key = format!("{name}=\"");
        let from = tag.find(&key).expect("the release has the attribute") + key.len();
        tag[from..from + tag[from..].find('"').expect("a closed value")].to_owned()
    };
    (attribute("version"), attribute("date"))
}

#[test]
fn one_version_everywhere() {
    let (changelog_version, changelog_date) = changelog_release();
    assert_eq!(changelog_version, VERSION, "CHANGELOG.md's newest release");
    let (metainfo_version, metainfo_date) = metainfo_release();
    assert_eq!(metainfo_version, VERSION, "the metainfo's newest release");
    assert_eq!(
        metainfo_date, changelog_date,
        "the metainfo and CHANGELOG.md date the release the same"
    );
    let debian = read("debian/changelog");
    let first = debian.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(&format!("career-explorer ({VERSION}-")),
        "debian/changelog's first entry is this version: {first}"
    );
}

#[test]
fn changelog_keeps_the_keep_a_changelog_shape() {
    let changelog = read("CHANGELOG.md");
    assert!(changelog.starts_with("# Changelog\n"), "the title");
    assert!(
        changelog.contains("## [Unreleased]"),
        "an Unreleased section for what comes next"
    );
    for line in changelog.lines().filter(|line| line.starts_with("### ")) {
        let kind = &line[4..];
        assert!(
            [
                "Added",
                "Changed",
                "Deprecated",
                "Removed",
                "Fixed",
                "Security"
            ]
            .contains(&kind),
            "'{kind}' is not one of Keep a Changelog's kinds of change"
        );
    }
}

/// The `["source", "destination", "mode"]` rows of `assets` in Cargo.toml.
fn deb_assets() -> Vec<(String, String)> {
    let manifest = read("Cargo.toml");
    let section = &manifest[manifest
        .find("[package.metadata.deb]")
        .expect("Cargo.toml has cargo-deb's metadata")..];
    let assets = &section[section.find("assets = [").expect("an assets list")..];
    let assets = &assets[..assets.find("\n]").expect("the list closes")];
    assets
        .lines()
        .filter_map(|line| line.trim().strip_prefix("[\""))
        .map(|row| {
            let parts: Vec<&str> = row.split('"').collect();
            (parts[0].to_owned(), parts[2].to_owned())
        })
        .collect()
}

/// The width and height in a PNG's header.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG file");
    let number =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    (number(16), number(20))
}

#[test]
fn every_asset_exists_and_icons_have_their_size() {
    let assets = deb_assets();
    assert!(assets.len() >= 10, "the assets list was read: {assets:?}");
    let mut sizes = Vec::new();
    for (source, destination) in &assets {
        if source.starts_with("target/") {
            continue;
        }
        if let Some(folder) = source.strip_suffix("/*.1") {
            let pages = std::fs::read_dir(Path::new(ROOT).join(folder))
                .map(|entries| entries.count())
                .unwrap_or(0);
            assert!(pages > 1, "{folder} holds the man pages");
            continue;
        }
        let bytes = std::fs::read(Path::new(ROOT).join(source))
            .unwrap_or_else(|err| panic!("the asset {source} cannot be read: {err}"));
        if let Some(folder) = destination.strip_prefix("usr/share/icons/hicolor/") {
            let size: u32 = folder
                .split('x')
                .next()
                .and_then(|n| n.parse().ok())
                .expect("a hicolor folder is named WxH");
            assert_eq!(png_size(&bytes), (size, size), "{source} is {size}x{size}");
            sizes.push(size);
        }
    }
    sizes.sort_unstable();
    assert_eq!(
        sizes,
        [16, 24, 32, 48, 64, 128, 256],
        "the icon in the usual hicolor sizes"
    );
    let sources: Vec<&str> = assets.iter().map(|(source, _)| source.as_str()).collect();
    for needed in [
        "target/release/career-explorer",
        "assets/career-explorer.desktop",
        METAINFO,
        "assets/man/*.1",
        "LICENSE-MIT",
        "LICENSE-APACHE",
        "CHANGELOG.md",
    ] {
        assert!(sources.contains(&needed), "the package ships {needed}");
    }
}

#[test]
fn desktop_entry_and_metainfo_name_what_the_package_installs() {
    let desktop = read("assets/career-explorer.desktop");
    for line in [
        "Exec=career-explorer %f",
        "Icon=career-explorer",
        "StartupWMClass=career-explorer",
    ] {
        assert!(
            desktop.lines().any(|l| l == line),
            "the desktop entry has {line}"
        );
    }
    let metainfo = read(METAINFO);
    assert!(
        metainfo.contains("<launchable type=\"desktop-id\">career-explorer.desktop</launchable>"),
        "the metainfo launches the desktop entry"
    );
    assert!(
        metainfo.contains("<binary>career-explorer</binary>"),
        "the metainfo names the binary"
    );
    assert!(metainfo.contains("<content_rating"), "a content rating");
}

/// The part of the metainfo before `<releases>`: the listing itself.
fn metainfo_listing() -> String {
    let metainfo = read(METAINFO);
    metainfo
        .split("<releases>")
        .next()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn desktop_entry_and_metainfo_speak_every_language_of_the_app() {
    let desktop = read("assets/career-explorer.desktop");
    for key in ["GenericName", "Comment", "Keywords"] {
        assert!(
            desktop
                .lines()
                .any(|l| l.starts_with(&format!("{key}[de]="))),
            "the desktop entry has a German {key}"
        );
    }
    let listing = metainfo_listing();
    let count = |tag: &str| listing.matches(tag).count();
    for element in ["summary", "p", "li"] {
        let english = count(&format!("<{element}>"));
        let german = count(&format!("<{element} xml:lang=\"de\">"));
        assert!(english > 0, "the listing has <{element}>");
        assert_eq!(
            german, english,
            "every English <{element}> of the listing has a German one"
        );
    }
    for (_, tag) in career_explorer::i18n::sources::FOLDERS {
        assert!(
            listing.contains(&format!("<lang>{tag}</lang>")),
            "the listing names the language {tag}"
        );
    }
}

#[test]
fn about_box_and_version_flag_show_the_same_version() {
    let output = Command::new(env!("CARGO_BIN_EXE_career-explorer"))
        .arg("--version")
        .output()
        .expect("the binary runs");
    assert!(output.status.success(), "--version exits 0");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        format!("career-explorer {VERSION}"),
        "--version prints the package's version"
    );

    let mut harness = app_on(Screen::Compare);
    harness.get_by_label("Help").click();
    settle(&mut harness);
    harness.get_by_label("About Career Explorer").click();
    settle(&mut harness);
    harness.get_by_label(&format!("Version {VERSION}"));
}
