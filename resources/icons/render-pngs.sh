#!/usr/bin/env bash
# Renders mirador.svg to the PNG sizes of the hicolor icon theme, beside it in
# hicolor/<N>x<N>/apps/mirador.png. Run it after editing the SVG and commit the
# PNGs: the build does not need rsvg-convert (package librsvg2-bin), which this
# script installs when it is missing.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/install-missing.sh
source "$here/../../scripts/install-missing.sh"
install_missing render-pngs librsvg2-bin

for size in 16 24 32 48 64 128 256; do
    out="$here/hicolor/${size}x${size}/apps/mirador.png"
    mkdir -p "$(dirname "$out")"
    rsvg-convert --width "$size" --height "$size" --format png --output "$out" "$here/mirador.svg"
done
