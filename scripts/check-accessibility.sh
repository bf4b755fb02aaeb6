#!/usr/bin/env bash
# Checks the accessibility tree of the real release window the way the Linux screen reader
# Orca reads it: over AT-SPI, which AccessKit publishes once the accessibility bus says it is
# enabled. Opens every screen (`career-explorer FILE --screen NAME`, on a complete profile, or
# a sample team for the Team screen) under Xvfb, one app run per screen; writes each tree to
# OUTDIR/SCREEN.tree.txt (and the app's output to OUTDIR/SCREEN.log); fails on any button,
# radio button, check box, combo box, slider, spin button, text entry, progress bar or chart
# without a name, and on any progress bar without a value. A chart is any node of role
# unknown, canvas, image or chart: egui_plot's plots come out as unknown. The walking and
# checking is scripts/atspi_dump.py, run with Debian's python3.
#
# Usage: scripts/check-accessibility.sh [OUTDIR]   (default: a new temporary directory)
# CAREER_EXPLORER_BIN=path uses that binary instead of building the release one.
# Exit status: 0 all screens pass, 1 some node fails, 2 a screen could not be checked.
# Installs xvfb, x11-utils, at-spi2-core, python3-pyatspi, dbus-x11 and Mesa's software
# OpenGL with apt-get when missing (as root).
set -euo pipefail

cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d "${TMPDIR:-/tmp}/career-explorer-a11y.XXXXXX")}
mkdir -p "$out"
out=$(cd "$out" && pwd)
started=$SECONDS

# Orca's stack is Debian's: pyatspi is a GObject-introspection binding that only the system
# python3 can load (not a pyenv or venv python that may come first on PATH).
python=/usr/bin/python3
script=check-accessibility
# shellcheck source=scripts/lib/xvfb.sh
. scripts/lib/xvfb.sh
missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v xdpyinfo >/dev/null || missing+=(x11-utils)
command -v dbus-run-session >/dev/null || missing+=(dbus-x11)
[ -x /usr/libexec/at-spi-bus-launcher ] || missing+=(at-spi2-core)
{ [ -x "$python" ] && "$python" -c 'import pyatspi' 2>/dev/null; } || missing+=(python3-pyatspi)
mapfile -t -O "${#missing[@]}" missing < <(missing_gl_packages)
install_missing "${missing[@]}" || exit 2

if [ -n "${CAREER_EXPLORER_BIN:-}" ]; then
    bin=$CAREER_EXPLORER_BIN
else
    cargo build --release --locked --quiet
    # Wherever cargo builds (CARGO_TARGET_DIR may move it).
    target_dir=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
    bin=${target_dir:-target}/release/career-explorer
fi
[ -x "$bin" ] || { echo "check-accessibility: no binary at $bin" >&2; exit 2; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")

# Every screen the binary accepts, read from its own --help so this list never goes stale.
screens=$("$bin" -h | sed -n 's/.*\[possible values: \(.*\)\]/\1/p' | head -n 1 | tr -d ',')
[ -n "$screens" ] || { echo "check-accessibility: could not read the screen names from --help" >&2; exit 2; }
# A realistic profile (team described, quiz taken twice) so every screen shows real content;
# the Team screen opens a sample team of five people instead.
profile=$(pwd)/tests/data/profiles/complete.ron
team=$(pwd)/tests/data/teams/example.ron
jobs=()
for screen in $screens; do
    file=$profile
    [ "$screen" = team ] && file=$team
    jobs+=("$screen=$file")
done

session_pid=
home=$(mktemp -d)
mkdir -m 700 "$home/run"

# Every process below a pid, deepest first (the bus daemons, the registry, the app).
descendants() {
    local child
    for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
        descendants "$child"
        echo "$child"
    done
}
cleanup() {
    if [ -n "$session_pid" ]; then
        # Normally everything has exited already; after a failure or a signal, stop what is left.
        # shellcheck disable=SC2046
        kill $(descendants "$session_pid") "$session_pid" 2>/dev/null || true
    fi
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start_xvfb || exit 2

# A private session bus: the accessibility bus, its registry and the app all live and die in
# it. A fresh HOME so settings from a previous run do not change what is on screen.
set +e
env -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u AT_SPI_BUS_ADDRESS DISPLAY="$display" \
    HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
    XDG_RUNTIME_DIR="$home/run" CAREER_EXPLORER_DATA_DIR="$home/data" \
    dbus-run-session -- "$python" scripts/atspi_dump.py "$out" "${jobs[@]}" -- "$bin" \
    2>"$out/session.log" &
session_pid=$!
wait "$session_pid"
status=$?
set -e
session_pid=
# The helper's own messages, without the bus daemons' chatter (their "fd limit" warnings are
# harmless, and dconf is started by the accessibility bus on every run).
grep -v -e 'fd limit' -e "service name='ca.desrt.dconf'" -e "activated service 'ca.desrt.dconf'" \
    "$out/session.log" >&2 || true

echo "check-accessibility: $((SECONDS - started)) s; trees and app logs in $out"
exit "$status"
