#!/usr/bin/env bash
# Speed and footprint of the release app in a real window (Xvfb, Mesa llvmpipe) against the
# floor, a bare eframe window with the same eframe features (src/bin/bare.rs), and against a
# peer, the same Compare content as a static HTML page in headless Chromium
# (examples/compare_page.rs).
#
# For the app and the bare window, RUNS times each (default 5), alternating (ABBA) after one
# warm-up run of each that is not counted:
#   - startup: from just before exec (bash's $EPOCHREALTIME, passed in
#     CAREER_EXPLORER_TRACE_T0) to the first painted frame, which both print when
#     CAREER_EXPLORER_TRACE_STARTUP is set (src/trace.rs);
#   - RSS (VmRSS) 2 s after the first frame;
#   - idle: the pointer is moved into the middle of the window and left there; after 2 s to
#     settle, the frames drawn (one trace line per `ui` call) and the CPU time used
#     (utime + stime in /proc/PID/stat) over the next IDLE_SECONDS (default 10);
#   - size of the stripped binary.
# For Chromium: first paint (the page's PerformanceObserver, Unix time) from just before exec,
# and the RSS and PSS summed over all its processes 2 s after.
#
# Prints every run, then the medians, the ratios and the targets (startup <= 1.15x bare,
# RSS <= 1.2x bare, zero idle repaints); exits 1 when a target is missed.
#
# Usage: scripts/bench-desktop.sh [RUNS]
# Installs xvfb, xdotool, x11-utils, imagemagick, chromium, procps, binutils and Mesa's
# software OpenGL with apt-get when missing (scripts/lib/xvfb.sh). Builds with cargo into
# $CARGO_TARGET_DIR (default target/).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-5}
idle_seconds=${IDLE_SECONDS:-10}
target_dir=${CARGO_TARGET_DIR:-target}
startup_target=1.15
rss_target=1.2

script=bench-desktop
# shellcheck source=scripts/lib/xvfb.sh
. scripts/lib/xvfb.sh
mapfile -t missing < <(missing_window_packages)
command -v chromium >/dev/null || missing+=(chromium)
command -v ps >/dev/null || missing+=(procps)
command -v strip >/dev/null || missing+=(binutils)
install_missing "${missing[@]}"

work=$(mktemp -d)
child_pid=
cleanup() {
    [ -n "$child_pid" ] && kill "$child_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "bench-desktop: building (the release app, the bare window, the HTML page)" >&2
cargo build --quiet --release --locked
cargo build --quiet --release --locked --features bench-bare --bin bare
cargo run --quiet --locked --example compare_page -- "$work/compare.html"
# Copies, so a build in the same target directory cannot swap them during the runs.
app="$work/career-explorer"
bare="$work/bare"
cp "$target_dir/release/career-explorer" "$app"
cp "$target_dir/release/bare" "$bare"

start_xvfb

clk_tck=$(getconf CLK_TCK)

# utime + stime of a process, in clock ticks.
cpu_ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }

# Milliseconds from Unix time $1 (seconds, fraction) to Unix time $2 (milliseconds).
ms_between() { awk -v t0="$1" -v t1="$2" 'BEGIN { printf "%.1f", t1 - t0 * 1000 }'; }

# Waits up to 20 s for a line matching $2 in file $1 while process $3 lives.
wait_for_line() {
    local i
    for i in $(seq 400); do
        grep -q -- "$2" "$1" && return 0
        kill -0 "$3" 2>/dev/null || return 1
        sleep 0.05
    done
    return 1
}

# run_window TITLE IDLE BINARY ARGS...: one start of a window under Xvfb in a fresh HOME.
# Prints "startup_ms rss_kb start_cpu_ms idle_frames idle_cpu_ms" (idle fields "-" when IDLE
# is 0).
run_window() {
    local title=$1 idle=$2
    shift 2
    local home log
    home=$(mktemp -d "$work/home.XXXXXX")
    log="$home/trace.log"
    (
        unset WAYLAND_DISPLAY
        # A fresh HOME per run, so no saved settings (eframe's persistence) carry over; one
        # Mesa shader cache for all runs, warmed by the warm-up runs, as on a desktop after
        # the first start (a cold cache adds ~40 ms to the app and the bare window alike).
        export DISPLAY="$display" HOME="$home" XDG_CONFIG_HOME="$home/config" \
            XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
            MESA_SHADER_CACHE_DIR="$work/mesa-shader-cache" \
            CAREER_EXPLORER_TRACE_STARTUP=frames
        export CAREER_EXPLORER_TRACE_T0=$EPOCHREALTIME
        exec "$@"
    ) >"$log" 2>&1 &
    child_pid=$!
    if ! wait_for_line "$log" '^first-frame-ms ' "$child_pid"; then
        echo "bench-desktop: $title painted no frame; its log:" >&2
        cat "$log" >&2
        exit 1
    fi
    local startup rss start_cpu frames="-" idle_cpu="-"
    startup=$(sed -n 's/^first-frame-ms //p' "$log" | head -n 1)
    sleep 2
    rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$child_pid/status")
    start_cpu=$(( $(cpu_ticks "$child_pid") * 1000 / clk_tck ))
    if [ "$idle" -gt 0 ]; then
        local wid ticks0 ticks1 frames0 frames1
        wid=$(wait_for_window "$title" 10) || { echo "bench-desktop: no window named $title" >&2; exit 1; }
        # The middle of the window: over the grid in the app, over nothing in the bare one.
        DISPLAY="$display" xdotool mousemove --window "$wid" 590 390
        sleep 2
        frames0=$(awk '/^frame / { n++ } END { print n + 0 }' "$log")
        ticks0=$(cpu_ticks "$child_pid")
        sleep "$idle"
        frames1=$(awk '/^frame / { n++ } END { print n + 0 }' "$log")
        ticks1=$(cpu_ticks "$child_pid")
        frames=$((frames1 - frames0))
        idle_cpu=$(( (ticks1 - ticks0) * 1000 / clk_tck ))
    fi
    kill "$child_pid" 2>/dev/null || true
    wait "$child_pid" 2>/dev/null || true
    child_pid=
    echo "$startup $rss $start_cpu $frames $idle_cpu"
}

# Every descendant of $1, and $1.
process_tree() {
    ps -e -o pid=,ppid= | awk -v root="$1" '
        { parent[$1] = $2 }
        END {
            for (p in parent) {
                q = p
                while (q != "" && q != 0 && q != 1) { if (q == root) { print p; break } q = parent[q] }
            }
        }'
}

# One start of headless Chromium on the page. Prints "first_paint_ms rss_kb pss_kb processes".
run_chromium() {
    local profile log t0file
    profile=$(mktemp -d "$work/chromium.XXXXXX")
    log="$profile.log"
    t0file="$profile.t0"
    (
        echo "$EPOCHREALTIME" >"$t0file"
        exec chromium --headless --no-sandbox --disable-gpu --no-first-run \
            --disable-background-networking --disable-component-update --disable-sync \
            --user-data-dir="$profile" --window-size=1180,780 --remote-debugging-port=0 \
            --enable-logging=stderr --v=0 "file://$work/compare.html"
    ) >"$log" 2>&1 &
    child_pid=$!
    if ! wait_for_line "$log" 'first-paint-epoch-ms ' "$child_pid"; then
        echo "bench-desktop: Chromium reported no first paint; its log:" >&2
        cat "$log" >&2
        exit 1
    fi
    local painted first_paint rss=0 pss=0 count=0 pid value
    painted=$(sed -n 's/.*first-paint-epoch-ms \([0-9.]*\).*/\1/p' "$log" | head -n 1)
    first_paint=$(ms_between "$(cat "$t0file")" "$painted")
    sleep 2
    for pid in $(process_tree "$child_pid"); do
        value=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null) || continue
        [ -n "$value" ] || continue
        rss=$((rss + value))
        value=$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null) || value=0
        pss=$((pss + ${value:-0}))
        count=$((count + 1))
    done
    kill "$child_pid" 2>/dev/null || true
    wait "$child_pid" 2>/dev/null || true
    child_pid=
    echo "$first_paint $rss $pss $count"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
range() { sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "-" hi }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
mb() { awk -v kb="$1" 'BEGIN { printf "%.1f", kb / 1024 }'; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "bench-desktop: warm-up (not counted)" >&2
run_window "Career Explorer" 0 "$app" --screen compare >/dev/null
run_window "Bare eframe" 0 "$bare" >/dev/null

: >"$work/app.txt"
: >"$work/bare.txt"
echo "run  window           startup_ms  rss_kb  start_cpu_ms  idle_frames  idle_cpu_ms"
for run in $(seq "$runs"); do
    if [ $((run % 2)) -eq 1 ]; then order="app bare"; else order="bare app"; fi
    for which in $order; do
        if [ "$which" = app ]; then
            line=$(run_window "Career Explorer" "$idle_seconds" "$app" --screen compare)
        else
            line=$(run_window "Bare eframe" "$idle_seconds" "$bare")
        fi
        echo "$line" >>"$work/$which.txt"
        printf '%-4s %-16s %s\n' "$run" "$which" "$line"
    done
done

: >"$work/chromium.txt"
echo
echo "run  chromium  first_paint_ms  rss_kb  pss_kb  processes"
run_chromium >/dev/null
for run in $(seq "$runs"); do
    line=$(run_chromium)
    echo "$line" >>"$work/chromium.txt"
    printf '%-4s %-9s %s\n' "$run" chromium "$line"
done

col() { awk -v c="$2" '{ print $c }' "$work/$1.txt"; }
app_start=$(col app 1 | median)
bare_start=$(col bare 1 | median)
app_rss=$(col app 2 | median)
bare_rss=$(col bare 2 | median)
app_frames=$(col app 4 | sort -n | tail -n 1)
bare_frames=$(col bare 4 | sort -n | tail -n 1)
app_idle=$(col app 5 | sort -n | tail -n 1)
bare_idle=$(col bare 5 | sort -n | tail -n 1)
web_paint=$(col chromium 1 | median)
web_rss=$(col chromium 2 | median)
web_pss=$(col chromium 3 | median)

strip -o "$work/app.stripped" "$app"
strip -o "$work/bare.stripped" "$bare"
app_size=$(stat -c %s "$work/app.stripped")
bare_size=$(stat -c %s "$work/bare.stripped")

startup_ratio=$(ratio "$app_start" "$bare_start")
rss_ratio=$(ratio "$app_rss" "$bare_rss")

echo
echo "Medians of $runs runs (range in brackets); idle columns are the worst run."
echo
echo "| | app | bare eframe | app / bare | Chromium, static page |"
echo "|---|---|---|---|---|"
echo "| start to first painted frame | $app_start ms [$(col app 1 | range)] | $bare_start ms [$(col bare 1 | range)] | ${startup_ratio}x | first paint $web_paint ms [$(col chromium 1 | range)] |"
echo "| resident memory after start | $(mb "$app_rss") MB | $(mb "$bare_rss") MB | ${rss_ratio}x | RSS $(mb "$web_rss") MB, PSS $(mb "$web_pss") MB ($(col chromium 4 | median) processes) |"
echo "| CPU to start (2 s after first frame) | $(col app 3 | median) ms | $(col bare 3 | median) ms | $(ratio "$(col app 3 | median)" "$(col bare 3 | median)")x | |"
echo "| repaints in ${idle_seconds} s idle, pointer in window | $app_frames | $bare_frames | | |"
echo "| CPU in ${idle_seconds} s idle | $app_idle ms | $bare_idle ms | | |"
echo "| stripped binary | $(mb "$((app_size / 1024))") MB ($app_size B) | $(mb "$((bare_size / 1024))") MB ($bare_size B) | $(ratio "$app_size" "$bare_size")x | |"
echo
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM; load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"

missed=0
# check WHAT VALUE LIMIT: prints whether VALUE <= LIMIT and remembers a miss.
check() {
    if awk -v v="$2" -v t="$3" 'BEGIN { exit !(v <= t) }'; then
        echo "  $1: $2 (ok)"
    else
        echo "  $1: $2 (MISSED)"
        missed=1
    fi
}
echo
echo "targets:"
check "startup <= ${startup_target}x bare" "$startup_ratio" "$startup_target"
check "RSS <= ${rss_target}x bare" "$rss_ratio" "$rss_target"
check "idle repaints = 0" "$app_frames" 0
[ "$missed" -eq 0 ]
