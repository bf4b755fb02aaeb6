#!/usr/bin/env bash
# Runs every test: unit, integration (screens driven through egui_kittest) and the snapshot
# images, which render headless with Mesa's software drivers. Installs those drivers with
# apt-get when they are missing and this runs as root; otherwise the snapshot tests say how
# they were skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

have_mesa() { ls /usr/lib/*/dri/swrast_dri.so >/dev/null 2>&1; }
if ! have_mesa && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test: installing Mesa's software renderer for the snapshot tests" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        libgl1-mesa-dri libegl1 libgl1 mesa-vulkan-drivers >/dev/null
fi
exec cargo test --locked "$@"
