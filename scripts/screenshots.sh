#!/usr/bin/env bash
# Screenshots of Mirador's window for the README, under a virtual X server:
# Spanish and English, light and dark, at 1280x800 and 1920x1080.
#
#   bash scripts/screenshots.sh [OUTDIR]     (default: docs/screenshots)
#
# Each run uses fresh settings and a fresh copy of the embedded database, so
# the pictures show what a new user sees. Builds first (scripts/mirador.sh's
# build directory); installs xvfb, xauth and imagemagick if missing.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$here/docs/screenshots}
build="$here/build"
mkdir -p "$out"

# shellcheck source=scripts/install-missing.sh
source "$here/scripts/install-missing.sh"
install_missing screenshots xvfb xauth imagemagick fonts-dejavu-core

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$(nproc)" >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shot NAME WIDTHxHEIGHT LOCALE APPEARANCE [TAB]
shot() {
    local name=$1 size=$2 locale=$3 appearance=$4
    local home="$work/$name"
    mkdir -p "$home/config/Mirador" "$home/data"
    # The settings a user would have chosen in Ver > Apariencia.
    if [ "$appearance" != system ]; then
        printf '[General]\nappearance=%s\n' "$appearance" >"$home/config/Mirador/mirador.conf"
    fi
    XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" LANG="$locale" LANGUAGE= LC_ALL= \
        xvfb-run -a -s "-screen 0 ${size}x24 -dpi 96" bash -c '
            "$1" & pid=$!
            sleep 5
            # The window, without the empty screen around it (no window manager).
            import -window root -trim +repage "$2"
            kill $pid; wait $pid 2>/dev/null || true
        ' _ "$build/app/mirador" "$out/$name.png"
    echo "$out/$name.png"
}

shot main-window-es 1280x800 es_CL.UTF-8 light
shot main-window-en 1280x800 en_US.UTF-8 light
shot main-window-es-1920 1920x1080 es_CL.UTF-8 light
shot main-window-en-1920 1920x1080 en_US.UTF-8 light
shot main-window-es-dark 1280x800 es_CL.UTF-8 dark
shot main-window-en-dark 1280x800 en_US.UTF-8 dark
