#!/usr/bin/env bash
# Speed and memory of the release binary's team commands on generated input:
#   - `team summarize FOLDER --json` over folders of 1,000 and N (default 10,000) profiles:
#     wall time and peak resident memory (/usr/bin/time -v), RUNS times each (default 3),
#     after one warm-up run that fills the page cache and is not counted. Peak memory at
#     1,000 and at N profiles shows whether memory stays flat as the folder grows;
#   - a 1,000-member team file written by `team new` from the 1,000 profiles, then
#     `export TEAM --format csv -o -` (stdout to /dev/null), which loads it (load_team), staffs it and
#     renders 10,000 CSV rows: an upper bound for opening the file.
#
# The profiles are copies of tests/data/profiles/version3.ron (about 20 KB: complete answers,
# two past results, notes), each with its own id and name, in a temporary folder that is
# removed at the end.
#
# Usage: scripts/bench-team.sh [N] [RUNS]
# Uses $CARGO_TARGET_DIR/release/career-explorer (default target/), building it when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-10000}
runs=${2:-3}
target_dir=${CARGO_TARGET_DIR:-target}
bin="$target_dir/release/career-explorer"
if [[ ! -x "$bin" ]]; then
    cargo build --release --locked --bin career-explorer
fi
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

template=$(cat tests/data/profiles/version3.ron)
old_id='5f0c2a8e-7b1d-4e36-a9c4-0d2e8f6b1a73'
old_name='Priya Raman (saved by version 3)'
generate() { # generate COUNT FOLDER
    mkdir -p "$2"
    local i text
    for ((i = 1; i <= $1; i++)); do
        text=${template/"$old_id"/bench-$i}
        printf '%s\n' "${text/"$old_name"/Person $i}" >"$2/p$(printf '%05d' "$i").ron"
    done
}

# One timed run: prints "seconds max_rss_kib".
measure() {
    /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt" || {
        cat "$work/time.txt" >&2
        exit 1
    }
    awk -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
        /Maximum resident set size/ { rss = $2 }
        END { printf "%.3f %d\n", s, rss }' "$work/time.txt"
}

report() { # report LABEL COMMAND...
    local label=$1
    shift
    measure "$@" >/dev/null
    local run out
    for ((run = 1; run <= runs; run++)); do
        out=$(measure "$@")
        printf '%-44s run %d: %6.3f s  peak RSS %6.1f MiB\n' "$label" "$run" \
            "${out% *}" "$(echo "${out#* }" | awk '{ print $1 / 1024 }')"
    done
}

echo "generating $n profiles in $work ..."
generate 1000 "$work/p1000"
generate "$n" "$work/p$n"
echo "$(nproc) CPUs; profile size $(wc -c <"$work/p1000/p00001.ron") bytes"

report "team summarize, 1000 profiles" "$bin" team summarize "$work/p1000" --json
report "team summarize, $n profiles" "$bin" team summarize "$work/p$n" --json

"$bin" team new "$work/p1000" -o "$work/team.ron" 2>/dev/null
echo "1000-member team file: $(wc -c <"$work/team.ron") bytes"
report "export 1000-member team (load+staff+csv)" \
    "$bin" export "$work/team.ron" --format csv -o -
