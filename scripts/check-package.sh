#!/usr/bin/env bash
# Checks a built .deb the way a distribution would, then installs it, runs it and removes it:
#
# 1. its contents: the binary, desktop entry, metainfo, man page, every hicolor icon, the
#    changelog and the licences;
# 2. `desktop-file-validate` and `appstreamcli validate --no-net` with no warnings (hints,
#    infos and pedantic notes are printed, not failed on), and `lintian` with no errors;
# 3. `apt-get install ./the.deb`, `career-explorer --version` from /usr/bin printing the
#    package's version, and the installed app opening a window under Xvfb whose screenshot
#    is not one flat colour;
# 4. `apt-get remove --purge`, after which none of the package's files is left.
#
# Usage: scripts/check-package.sh DEB [SCREENSHOT.png]
# Needs root (or sudo) to install; installs lintian, desktop-file-utils, appstream, xvfb,
# xdotool, x11-utils and imagemagick with apt-get when they are missing.
set -euo pipefail

deb=${1:?usage: scripts/check-package.sh DEB [SCREENSHOT.png]}
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
shot=${2:-}
cd "$(dirname "$0")/.."

sudo=
if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "check-package: needs root or sudo to install the package" >&2; exit 1; }
    sudo=sudo
fi

script=check-package
# shellcheck source=scripts/lib/xvfb.sh
. scripts/lib/xvfb.sh
missing=()
command -v lintian >/dev/null || missing+=(lintian)
command -v desktop-file-validate >/dev/null || missing+=(desktop-file-utils)
command -v appstreamcli >/dev/null || missing+=(appstream)
mapfile -t -O "${#missing[@]}" missing < <(missing_window_packages)
install_missing "${missing[@]}"

work=$(mktemp -d)
app_pid=
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

package=$(dpkg-deb --field "$deb" Package)
version=$(dpkg-deb --field "$deb" Version)
echo "== $package $version: contents"
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files"
app_id=io.github.careerexplorer.CareerExplorer
expected=(
    /usr/bin/career-explorer
    /usr/share/applications/career-explorer.desktop
    "/usr/share/metainfo/$app_id.metainfo.xml"
    /usr/share/man/man1/career-explorer.1.gz
    /usr/share/doc/career-explorer/copyright
    /usr/share/doc/career-explorer/changelog.Debian.gz
    /usr/share/doc/career-explorer/changelog.gz
    /usr/share/doc/career-explorer/LICENSE-MIT
    /usr/share/doc/career-explorer/LICENSE-APACHE
)
for size in 16 24 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/career-explorer.png")
done
for file in "${expected[@]}"; do
    grep -qx "$file" "$work/files" || { echo "check-package: the package lacks $file" >&2; exit 1; }
done
echo "ok: ${#expected[@]} expected files present"

echo "== desktop-file-validate, appstreamcli validate --no-net"
dpkg-deb --extract "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/career-explorer.desktop" | tee "$work/desktop.log"
# It exits 0 with hints; anything it calls an error or a warning fails here.
if grep -Eq ': (error|warning):' "$work/desktop.log"; then
    echo "check-package: desktop-file-validate reported the above" >&2
    exit 1
fi
appstreamcli validate --no-net --no-color "$work/root/usr/share/metainfo/$app_id.metainfo.xml" | tee "$work/appstream.log"
if grep -Eq '^[EW]: ' "$work/appstream.log"; then
    echo "check-package: appstreamcli reported errors or warnings" >&2
    exit 1
fi
echo "ok: desktop entry and metainfo"

echo "== lintian"
# Runs as whoever calls it; lintian warns (only) about running as root.
lintian --fail-on error --tag-display-limit 0 "$deb" | tee "$work/lintian.log" || {
    echo "check-package: lintian reported errors" >&2
    exit 1
}
echo "ok: lintian ($(grep -c '^W: ' "$work/lintian.log" || true) warnings, no errors)"

echo "== apt-get install"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$deb" >"$work/install.log" 2>&1 || {
    cat "$work/install.log" >&2
    echo "check-package: apt-get install failed" >&2
    exit 1
}
dpkg-query -W -f '${Status}\n' "$package" | grep -qx 'install ok installed'
printed=$(/usr/bin/career-explorer --version)
echo "$printed"
want="career-explorer ${version%-*}"
[ "$printed" = "$want" ] || { echo "check-package: --version printed '$printed', not '$want'" >&2; exit 1; }

echo "== the installed app's window under Xvfb"
start_xvfb
home=$work/home
mkdir -p "$home"
# As an installed app is started: from PATH, no arguments, a fresh HOME.
env -u WAYLAND_DISPLAY DISPLAY="$display" HOME="$home" XDG_DATA_HOME="$home/data" \
    XDG_CONFIG_HOME="$home/config" PATH=/usr/bin:/bin career-explorer >"$work/app.log" 2>&1 &
app_pid=$!
if ! wid=$(wait_for_window 'Career Explorer'); then
    echo "check-package: the installed app opened no window; its log:" >&2
    cat "$work/app.log" >&2
    exit 1
fi
png=${shot:-$work/installed.png}
capture "$wid" "$png"
colours=$(colours "$png")
[ "$colours" -gt 1 ] || { echo "check-package: the window is one flat colour ($png)" >&2; exit 1; }
echo "ok: window $wid, screenshot with $colours colours"
kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
app_pid=

echo "== apt-get remove --purge"
DEBIAN_FRONTEND=noninteractive $sudo apt-get remove --purge -y -qq "$package" >"$work/remove.log" 2>&1 || {
    cat "$work/remove.log" >&2
    echo "check-package: apt-get remove failed" >&2
    exit 1
}
if dpkg-query -W -f '${Status}\n' "$package" 2>/dev/null | grep -q installed; then
    echo "check-package: $package is still installed" >&2
    exit 1
fi
left=0
while read -r file; do
    [ -n "$file" ] && [ "$file" != / ] || continue
    if [ -f "$file" ] || [ -L "$file" ]; then
        echo "left behind: $file" >&2
        left=$((left + 1))
    fi
done <"$work/files"
[ "$left" -eq 0 ] || { echo "check-package: $left files left after removal" >&2; exit 1; }
[ ! -e /usr/bin/career-explorer ] || { echo "check-package: /usr/bin/career-explorer is still there" >&2; exit 1; }
echo "ok: removed, nothing left"
