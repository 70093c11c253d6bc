#!/usr/bin/env bash
# Installs the build into a fresh folder and checks that a desktop finds there
# what it needs: the program, its menu entry, its icon in every size and the
# translations. Reports every missing piece, then fails.
#
#   check-install.sh CMAKE BUILD_DIR VERSION
set -euo pipefail
cmake=${1:?cmake}
build=${2:?build folder}
version=${3:?version the program should print}

prefix=$(mktemp -d "${TMPDIR:-/tmp}/mirador-install.XXXXXX")
trap 'rm -rf "$prefix"' EXIT

failures=0
fail() {
    echo "install_layout: $*" >&2
    failures=$((failures + 1))
}

if ! log=$("$cmake" --install "$build" --prefix "$prefix" 2>&1); then
    echo "$log" >&2
    echo "install_layout: cmake --install $build --prefix $prefix failed" >&2
    exit 1
fi

program="$prefix/bin/mirador"
if [ ! -f "$program" ] || [ ! -x "$program" ]; then
    fail "bin/mirador is missing or not executable"
elif ! printed=$("$program" --version 2>&1) || [ "$printed" != "mirador $version" ]; then
    fail "bin/mirador --version printed «$printed», expected «mirador $version»"
fi

desktop="$prefix/share/applications/cl.mirador.Mirador.desktop"
if [ ! -f "$desktop" ]; then
    fail "share/applications/cl.mirador.Mirador.desktop is missing"
elif ! command -v desktop-file-validate >/dev/null; then
    fail "desktop-file-validate not found (package desktop-file-utils; scripts/mirador.sh installs it)"
elif ! complaints=$(desktop-file-validate "$desktop" 2>&1) || [ -n "$complaints" ]; then
    fail "desktop-file-validate rejects the menu entry:"$'\n'"$complaints"
fi

# A saved view (*.mirador-view) is a type of its own, which the menu entry opens.
mime="$prefix/share/mime/packages/cl.mirador.Mirador.xml"
if [ ! -f "$mime" ]; then
    fail "share/mime/packages/cl.mirador.Mirador.xml is missing"
elif ! command -v xmllint >/dev/null; then
    fail "xmllint not found (package libxml2-utils; scripts/mirador.sh installs it)"
elif ! xmllint --noout "$mime" 2>/dev/null; then
    fail "share/mime/packages/cl.mirador.Mirador.xml is not well-formed XML"
elif ! grep -q 'type="application/x-mirador-view"' "$mime" || ! grep -q 'pattern="\*.mirador-view"' "$mime"; then
    fail "share/mime/packages/cl.mirador.Mirador.xml does not declare application/x-mirador-view for *.mirador-view"
fi
[ -f "$desktop" ] && ! grep -q '^MimeType=.*application/x-mirador-view;' "$desktop" \
    && fail "the menu entry does not open application/x-mirador-view"
if ! command -v update-mime-database >/dev/null; then
    fail "update-mime-database not found (package shared-mime-info; scripts/mirador.sh installs it)"
elif [ -f "$mime" ]; then
    update-mime-database "$prefix/share/mime" >/dev/null 2>&1 \
        && [ -f "$prefix/share/mime/application/x-mirador-view.xml" ] \
        || fail "update-mime-database does not make application/x-mirador-view known"
fi

[ -s "$prefix/share/icons/hicolor/scalable/apps/mirador.svg" ] \
    || fail "share/icons/hicolor/scalable/apps/mirador.svg is missing"

# Width and height of a PNG, from its IHDR chunk: the 8-byte signature, then
# length and type (8 bytes), then two big-endian 32-bit numbers.
png_size() {
    local b
    read -r -a b <<<"$(od -An -v -tu1 -N24 "$1" | tr '\n' ' ')"
    [ "${#b[@]}" -eq 24 ] && [ "${b[*]:0:8}" = "137 80 78 71 13 10 26 10" ] || return 1
    echo "$(( (b[16] << 24) | (b[17] << 16) | (b[18] << 8) | b[19] ))x$(( (b[20] << 24) | (b[21] << 16) | (b[22] << 8) | b[23] ))"
}
for size in 16 24 32 48 64 128 256; do
    png="share/icons/hicolor/${size}x${size}/apps/mirador.png"
    if [ ! -f "$prefix/$png" ]; then
        fail "$png is missing"
    elif ! actual=$(png_size "$prefix/$png"); then
        fail "$png is not a PNG"
    elif [ "$actual" != "${size}x${size}" ]; then
        fail "$png is $actual, not ${size}x${size}"
    fi
done

[ -s "$prefix/share/mirador/translations/mirador_en.qm" ] \
    || fail "share/mirador/translations/mirador_en.qm is missing"

if [ "$failures" -gt 0 ]; then
    echo "install_layout: $failures problem(s) in the installation" >&2
    exit 1
fi
echo "install_layout: $prefix held everything"
