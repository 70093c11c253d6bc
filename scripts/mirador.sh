#!/usr/bin/env bash
# Sets up, builds and runs Mirador on Debian 12.
#
#   bash scripts/mirador.sh run    install what is missing, build, start Mirador
#   bash scripts/mirador.sh test   install what is missing, build, run every test
#
# Installing is idempotent: only missing packages are installed, with sudo
# only when not root. The build goes to build/ beside this folder.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$here/build"
sanitized="$here/build-sanitizers"
mode=${1:-}

# What building and running Mirador needs, from Debian 12. Qt Charts' CMake
# package needs Qt6OpenGL and Qt6OpenGLWidgets (libqt6opengl6-dev), which
# qt6-base-dev only recommends: every package is named, none comes along as a
# recommendation. libxlsxwriter's pkg-config file links -lz, but
# libxlsxwriter-dev does not depend on zlib1g-dev: without it the link fails
# ("cannot find -lz"), as .ci/run showed. Poppler's Qt 6 binding reads and
# draws the BGI PDFs (issue 18). .ci/run proves both lists in a
# brand-new Debian 12 root.
run_packages=(
    cmake ninja-build g++
    qt6-base-dev qt6-qpa-plugins libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6svg6
    libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev libpq-dev
    libxlsxwriter-dev zlib1g-dev pkgconf
    libpoppler-qt6-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    fonts-dejavu-core
)
# What the tests need on top: a PostgreSQL server for the tests that run on
# both databases, pdftotext and pdftoppm to read the PDFs back, the sqlite3
# shell, desktop-file-validate for the menu entry, xmllint and
# update-mime-database for the saved views' MIME type, and openpyxl to read
# the Excel workbooks back (tst_xlsx runs /usr/bin/python3).
test_packages=(
    postgresql
    poppler-utils sqlite3
    desktop-file-utils libxml2-utils shared-mime-info
    python3-openpyxl
)

usage() {
    echo "usage: bash scripts/mirador.sh run|test [mirador arguments...]" >&2
    exit 2
}

# shellcheck source=scripts/install-missing.sh
source "$here/scripts/install-missing.sh"

build() {
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$build" --parallel "$(nproc)"
}

case "$mode" in
run)
    shift
    install_missing mirador "${run_packages[@]}"
    build
    exec "$build/app/mirador" "$@"
    ;;
test)
    install_missing mirador "${run_packages[@]}" "${test_packages[@]}"
    build
    (cd "$build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)")
    # The same suite again, built with AddressSanitizer (leaks included) and
    # UndefinedBehaviorSanitizer; any report fails the test that caused it.
    cmake -S "$here" -B "$sanitized" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMIRADOR_BENCHMARKS=OFF \
        "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
        "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" >/dev/null
    cmake --build "$sanitized" --parallel "$(nproc)"
    cd "$sanitized"
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 QT_QPA_PLATFORM=offscreen \
        ctest --output-on-failure --parallel "$(nproc)"
    ;;
*)
    usage
    ;;
esac
