#!/usr/bin/env bash
# Builds the Debian package: target/debian/career-explorer_<version>-1_<arch>.deb, with the
# binary, the desktop entry, the hicolor icons, the AppStream metainfo, the man page, the
# changelog and the licences (the list is `assets` in Cargo.toml's [package.metadata.deb]).
#
# Usage: scripts/package.sh        prints the path of the .deb on its last line
#
# The man pages it ships, assets/man/*.1, are written from the clap definitions by
# tests/man_page.rs, which fails when they are stale. cargo-deb gzips them and the docs.
#
# Installs cargo-deb (`cargo install --locked cargo-deb`, about 3 minutes) when it is missing.
# scripts/check-package.sh then checks, installs, runs and removes what this built.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo_deb_version=3.8.0
if ! cargo deb --version >/dev/null 2>&1; then
    echo "package: installing cargo-deb $cargo_deb_version (about 3 minutes)" >&2
    cargo install --locked --quiet cargo-deb --version "$cargo_deb_version"
fi

# cargo-deb builds the release binary (only the `career-explorer` one named in the assets) and
# computes the libraries it links against; prints the .deb's path.
# Its output goes to stderr through a file: `tee /dev/stderr` would reopen (and truncate) a log
# that stderr is redirected to.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! cargo deb --locked >"$log" 2>&1; then
    cat "$log" >&2
    exit 1
fi
cat "$log" >&2
deb=$(tail -n 1 "$log")
[ -f "$deb" ] || { echo "package: cargo deb did not say where the package is" >&2; exit 1; }
echo "$deb"
