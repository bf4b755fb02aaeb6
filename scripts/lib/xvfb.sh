# Shared by the scripts that open the real window under Xvfb: installing what is missing,
# starting a private X server, waiting for a window and capturing it. Source it:
#
#     . "$(dirname "$0")/lib/xvfb.sh"
#
# The functions print their errors prefixed with $script (set it before sourcing) and return
# non-zero; the callers decide how to exit.

script=${script:-$(basename "$0" .sh)}
xvfb_pid=
display=

# install_missing PACKAGE...: installs the packages with apt-get (through sudo when not root).
# Without root or sudo it says what to install and fails.
install_missing() {
    [ $# -gt 0 ] || return 0
    local sudo=
    if [ "$(id -u)" != 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "$script: missing $*; install them (apt-get install $*)" >&2
            return 1
        fi
        sudo=sudo
    fi
    echo "$script: installing $*" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# missing_window_packages: the packages a window under Xvfb needs that are not installed
# (Xvfb, xdpyinfo, xdotool, ImageMagick's import, Mesa's software OpenGL), one per line.
missing_window_packages() {
    command -v Xvfb >/dev/null || echo xvfb
    command -v xdpyinfo >/dev/null || echo x11-utils
    command -v xdotool >/dev/null || echo xdotool
    command -v import >/dev/null || echo imagemagick
    missing_gl_packages
}

# missing_gl_packages: Mesa's software OpenGL and the libraries winit loads, if not installed.
missing_gl_packages() {
    [ -e /usr/lib/x86_64-linux-gnu/dri/swrast_dri.so ] || [ -e /usr/lib/aarch64-linux-gnu/dri/swrast_dri.so ] \
        || printf '%s\n' libgl1-mesa-dri libegl1 libgl1 libxkbcommon-x11-0
}

# start_xvfb: starts Xvfb (1280x800, 24-bit) on a display number nobody uses and waits up to
# 10 s for it to answer. Sets $display (":N") and $xvfb_pid; the caller's cleanup kills it.
start_xvfb() {
    local n=99
    while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
    display=":$n"
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    local _
    for _ in $(seq 100); do
        xdpyinfo -display "$display" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "$script: Xvfb did not start on $display" >&2
    return 1
}

# wait_for_window TITLE [SECONDS]: prints the id of the first visible window whose title ends
# with TITLE, waiting up to SECONDS (default 20); fails when none appears.
wait_for_window() {
    local wid
    wid=$(DISPLAY="$display" timeout "${2:-20}" xdotool search --sync --onlyvisible --name "$1\$" | head -n 1) || true
    [ -n "$wid" ] || return 1
    echo "$wid"
}

# wait_for_class CLASS [SECONDS]: as wait_for_window, by the window's WM_CLASS (the app id),
# which stays the same in every language while the title is translated.
wait_for_class() {
    local wid
    wid=$(DISPLAY="$display" timeout "${2:-20}" xdotool search --sync --onlyvisible --class "^$1\$" | head -n 1) || true
    [ -n "$wid" ] || return 1
    echo "$wid"
}

# capture WID PNG: lets the first frames paint (eframe repaints only on events, so nothing
# moves after), then saves the window as PNG.
capture() {
    sleep 1.5
    DISPLAY="$display" import -window "$1" "$2"
}

# colours PNG: how many distinct colours the image has (1 means a flat, empty window).
colours() {
    convert "$1" -format '%k' info:
}
