#!/usr/bin/env bash
# Opens the HTML report in headless Chromium and checks what a person would print or see:
#   - printed to PDF at the page's own size and at A4 and Letter: the page count is in range,
#     the text (pdftotext) has the name, each role's fit, every responsibility, the disclaimer
#     and the footer, no word lies outside the paper, and the text was not shrunk to fit (which
#     is how Chromium prints a page too wide for the paper, where others cut it off);
#   - a 1024x1400 screenshot is not blank (more than one colour).
#
# Usage: scripts/check-report-in-browser.sh [REPORT.html]
# Without an argument it exports the fixture report (examples/export_fixture.rs), whose name
# and titles it knows. Installs chromium, poppler-utils and imagemagick with apt-get when
# missing. Chromium runs with no network, no sandbox (this runs as root in CI) and a fresh
# profile, so it fetches nothing and remembers nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Pages the fixture may take at A4 or Letter: it fits on 3 to 4 today; more means something
# grew or broke out of its box.
min_pages=1
max_pages=6
# Smallest median height of a word's box, in points (see check_pdf).
min_word_height=10

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v pdfinfo >/dev/null && command -v pdftotext >/dev/null || missing+=(poppler-utils)
[ -x /usr/bin/convert ] || command -v convert >/dev/null || missing+=(imagemagick)
if [ ${#missing[@]} -gt 0 ]; then
    echo "browser check: installing ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ $# -ge 1 ]; then
    cp "$1" "$work/report.html"
else
    cargo run --quiet --locked --example export_fixture -- "$work/report.html"
fi

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# Runs Chromium on $work/$1.html with the given extra flags, in a fresh profile.
chromium_run() {
    local page=$1
    shift
    local profile
    profile=$(mktemp -d "$work/profile.XXXXXX")
    timeout 180 chromium --headless --no-sandbox --disable-gpu --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile" "$@" "file://$work/$page.html" >"$work/chromium.log" 2>&1 \
        || { cat "$work/chromium.log" >&2; return 1; }
}

# The report with its @page size forced to $2 (empty: the page's own `size: auto`).
variant() {
    local name=$1 size=$2
    if [ -z "$size" ]; then
        cp "$work/report.html" "$work/$name.html"
    else
        sed "s|</head>|<style>@page { size: $size; }</style></head>|" "$work/report.html" >"$work/$name.html"
    fi
}

# Texts every printout must hold (whitespace is normalised before matching).
expected=(
    "Career Explorer report"
    "PM fit"
    "PO fit"
    "not the result of a validated psychometric test"
    "Made with Career Explorer on"
)
if [ $# -eq 0 ]; then
    expected+=(
        "Alex Rivera"
        "Team advisor: one person or two?"
        "What would change the answer"
        "Product vision" "Market research" "Business priorities" "Pricing and positioning"
        "Quarterly and annual planning" "User stories" "Sprint backlog priorities"
        "Accepting work" "Answering the team" "Sprint reviews and demos"
        "Growth areas and what to learn"
        "Earlier attempts"
        "join the Q1 planning."
    )
fi

check_pdf() {
    local name=$1 want_size=$2
    local pdf="$work/$name.pdf"
    chromium_run "$name" --print-to-pdf="$pdf" --no-pdf-header-footer || { fail "$name: Chromium could not print"; return; }
    [ -s "$pdf" ] || { fail "$name: no PDF written"; return; }
    local info pages size width height
    info=$(pdfinfo "$pdf")
    pages=$(sed -n 's/^Pages: *//p' <<<"$info")
    size=$(sed -n 's/^Page size: *//p' <<<"$info")
    width=$(awk '{print $1}' <<<"$size")
    height=$(awk '{print $3}' <<<"$size")
    if [ "$pages" -lt "$min_pages" ] || [ "$pages" -gt "$max_pages" ]; then
        fail "$name: $pages pages, expected $min_pages to $max_pages"
    fi
    if [ -n "$want_size" ] && ! grep -q "($want_size)" <<<"$size"; then
        fail "$name: page size is $size, expected $want_size"
    fi

    local text
    text=$(pdftotext -layout "$pdf" - | tr -s '[:space:]' ' ')
    local phrase
    for phrase in "${expected[@]}"; do
        grep -qF -- "$phrase" <<<"$text" || fail "$name: the PDF text lacks \"$phrase\""
    done
    if grep -qF -- "<script" <<<"$text"; then fail "$name: markup leaked into the text"; fi

    # Every word's box must lie on the paper: text cut off at an edge lies outside it.
    local outside
    outside=$(pdftotext -bbox "$pdf" - | awk -v w="$width" -v h="$height" '
        /<word / {
            match($0, /xMin="[^"]*"/); x0 = substr($0, RSTART + 6, RLENGTH - 7) + 0
            match($0, /yMin="[^"]*"/); y0 = substr($0, RSTART + 6, RLENGTH - 7) + 0
            match($0, /xMax="[^"]*"/); x1 = substr($0, RSTART + 6, RLENGTH - 7) + 0
            match($0, /yMax="[^"]*"/); y1 = substr($0, RSTART + 6, RLENGTH - 7) + 0
            if (x0 < 0 || y0 < 0 || x1 > w + 0.5 || y1 > h + 0.5) n++
        }
        END { print n + 0 }')
    [ "$outside" -eq 0 ] || fail "$name: $outside word(s) lie outside the ${width}x${height} pt page"

    # Chromium shrinks a page that is too wide for the paper instead of cutting it off, so
    # too-wide content shows as small text: body text is 10pt, whose word boxes are about
    # 11.6pt tall; a median under 10pt means the page was scaled down to fit.
    local median
    median=$(pdftotext -bbox "$pdf" - | awk '
        /<word / {
            match($0, /yMin="[^"]*"/); y0 = substr($0, RSTART + 6, RLENGTH - 7) + 0
            match($0, /yMax="[^"]*"/); y1 = substr($0, RSTART + 6, RLENGTH - 7) + 0
            print y1 - y0
        }' | sort -n | awk '{ h[NR] = $1 } END { if (NR) printf "%.1f", h[int((NR + 1) / 2)]; else print 0 }')
    if awk -v m="$median" -v min="$min_word_height" 'BEGIN { exit !(m < min) }'; then
        fail "$name: median word height ${median}pt is under ${min_word_height}pt: the page was shrunk to fit the paper"
    fi

    echo "$name: $pages page(s), $size, every word on the paper, median word height ${median}pt"
}

variant auto ""
variant a4 "A4"
variant letter "letter"
check_pdf auto ""
check_pdf a4 "A4"
check_pdf letter "letter"

png="$work/screen.png"
if chromium_run auto --screenshot="$png" --window-size=1024,1400 && [ -s "$png" ]; then
    colours=$(convert "$png" -format '%k' info:)
    dims=$(convert "$png" -format '%wx%h' info:)
    if [ "$colours" -le 1 ]; then
        fail "screenshot is blank (one colour)"
    else
        echo "screenshot: $dims, $colours colours"
    fi
    [ -z "${KEEP_BROWSER_CHECK:-}" ] || cp "$work"/*.pdf "$png" "$KEEP_BROWSER_CHECK"/
else
    fail "Chromium wrote no screenshot"
fi

if [ "$failures" -eq 0 ]; then
    echo "browser check: PASS (HTML report printed at auto, A4 and Letter; screenshot not blank)"
else
    echo "browser check: FAIL ($failures problem(s))" >&2
    exit 1
fi
