#!/usr/bin/env bash
# Builds the release binary, opens the real window under Xvfb once per screen
# (`career-explorer FILE --screen NAME`, on a sample profile, or a sample team for the Team
# screen), and saves a PNG of each window into OUTDIR: NAME.png at 100% zoom,
# NAME-200.png at 200% (large text: everything must still wrap or scroll into view), and
# NAME-de.png started under LANG=de_DE.UTF-8 (the app follows the system's language), and
# NAME-pseudo.png in the pseudo-language (`--lang pseudo`: every translated text accented and
# longer, so untranslated text and clipped labels show).
#
# Usage: scripts/screenshots.sh OUTDIR
# Installs xvfb, imagemagick, xdotool and Mesa's software OpenGL with apt-get when missing.
set -euo pipefail

out=${1:?usage: scripts/screenshots.sh OUTDIR}
cd "$(dirname "$0")/.."
mkdir -p "$out"
out=$(cd "$out" && pwd)

# Every screen the binary accepts, read from its own --help so this list never goes stale.
screens=$(cargo run --quiet --release -- -h | sed -n 's/.*\[possible values: \(.*\)\]/\1/p' | head -n 1 | tr -d ',')
[ -n "$screens" ] || { echo "screenshots: could not read the screen names from --help" >&2; exit 1; }

script=screenshots
# shellcheck source=scripts/lib/xvfb.sh
. scripts/lib/xvfb.sh
mapfile -t missing < <(missing_window_packages)
install_missing "${missing[@]}"

# Wherever cargo builds (CARGO_TARGET_DIR may move it).
target_dir=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
bin=${target_dir:-target}/release/career-explorer
# A realistic profile (team described, quiz taken twice) so every screen shows real content;
# the Team screen opens a sample team of five people instead (the names of payments.ron, the
# golden-file team, are hostile on purpose; example.ron has the same people, plainly named).
profile=$(pwd)/tests/data/profiles/complete.ron
team=$(pwd)/tests/data/teams/example.ron

app_pid=
home=$(mktemp -d)
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT

start_xvfb

for shot in $screens; do
  for variant in 100 200 de pseudo; do
    screen=$shot
    name=$screen
    zoom=100
    locale=C.UTF-8
    [ "$variant" = 200 ] && { name=$screen-200; zoom=200; }
    lang=()
    [ "$variant" = de ] && { name=$screen-de; locale=de_DE.UTF-8; }
    [ "$variant" = pseudo ] && { name=$screen-pseudo; lang=(--lang pseudo); }
    file=$profile
    [ "$screen" = team ] && file=$team
    # A fresh HOME so settings from a previous run (theme, zoom) do not leak into the picture.
    env -u WAYLAND_DISPLAY -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG="$locale" DISPLAY="$display" HOME="$home" XDG_DATA_HOME="$home/data" \
        XDG_CONFIG_HOME="$home/config" CAREER_EXPLORER_DATA_DIR="$home/data" "$bin" "$file" --screen "$screen" --zoom "$zoom" "${lang[@]}" >"$out/$name.log" 2>&1 &
    app_pid=$!
    # By the app id: the title is translated (and accented in the pseudo-language).
    if ! wid=$(wait_for_class career-explorer); then
        echo "screenshots: no window appeared for --screen $screen; its log:" >&2
        cat "$out/$name.log" >&2
        exit 1
    fi
    capture "$wid" "$out/$name.png"
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=
    echo "screenshots: $out/$name.png"
  done
done
