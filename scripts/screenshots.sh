#!/usr/bin/env bash
# Screenshots of Mirador's window for the README, under a virtual X server:
# Spanish and English, light and dark, at 1280x800 and 1920x1080, at twice
# the pixels (high DPI), each table tab and each chart; and the exported
# charts and report page the README shows.
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
install_missing screenshots xvfb xauth imagemagick fonts-dejavu-core poppler-utils

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$(nproc)" >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shot NAME WIDTHxHEIGHT LOCALE APPEARANCE [SCALE [KEY=VALUE...]]
# KEY=VALUE lines go to the [window] group of the settings: tab=N picks the
# table tab (0 results, 1 indicators, 2 milestones), chart=N the chart.
shot() {
    local name=$1 size=$2 locale=$3 appearance=$4 scale=${5:-1}
    shift 4; [ $# -gt 0 ] && shift
    local home="$work/$name"
    mkdir -p "$home/config/Mirador" "$home/data"
    # The settings a user would have chosen in Ver > Apariencia and left behind.
    {
        [ "$appearance" = system ] || printf '[General]\nappearance=%s\n' "$appearance"
        if [ $# -gt 0 ]; then printf '[window]\n'; printf '%s\n' "$@"; fi
    } >"$home/config/Mirador/mirador.conf"
    XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" LANG="$locale" LANGUAGE= LC_ALL= \
        QT_SCALE_FACTOR="$scale" \
        xvfb-run -a -s "-screen 0 ${size}x24 -dpi 96" bash -c '
            "$1" & pid=$!
            sleep 5
            # The window, without the empty screen around it (no window manager).
            import -window root -trim +repage "$2"
            kill $pid; wait $pid 2>/dev/null || true
        ' _ "$build/app/mirador" "$out/$name.png"
    echo "$out/$name.png"
}

for lang in es en; do
    locale=$([ $lang = es ] && echo es_CL.UTF-8 || echo en_US.UTF-8)
    shot main-window-$lang 1280x800 $locale light
    shot main-window-$lang-1920 1920x1080 $locale light
    shot main-window-$lang-dark 1280x800 $locale dark
    # High DPI: the 1280x800 window at twice the pixels.
    shot main-window-$lang-hidpi 2560x1600 $locale light 2
    # The other views: each table tab and each chart.
    shot indicators-$lang 1280x800 $locale light 1 tab=1
    shot milestones-$lang 1280x800 $locale light 1 tab=2
    shot chart-programs-$lang 1280x800 $locale light 1 chart=1
    shot chart-cost-$lang 1280x800 $locale light 1 chart=2
    shot chart-words-$lang 1280x800 $locale dark 1 chart=3
done

# What a manager exports: the charts (PNG) and the report's page 2.
db="$work/export.sqlite"
LANG=es_CL.UTF-8 "$build/app/mirador" init "$db" >/dev/null
for chart in budget-beneficiaries cost-per-beneficiary word-cloud; do
    LANG=es_CL.UTF-8 "$build/app/mirador" export-chart --chart $chart --out "$out/chart-$chart.png" --dpi 96 \
        --db "$db" >/dev/null
    echo "$out/chart-$chart.png"
done
LANG=es_CL.UTF-8 "$build/app/mirador" export-pdf --out "$work/report.pdf" --db "$db" >/dev/null
pdftoppm -r 80 -png -f 2 -l 2 -singlefile "$work/report.pdf" "$out/report-page-2"
echo "$out/report-page-2.png"
