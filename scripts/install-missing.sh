# Sourced by scripts/mirador.sh, tests/fuzz/run.sh and resources/icons/render-pngs.sh.
#
#   install_missing LABEL PACKAGE...
#
# Installs the Debian packages that are not installed yet (apt-get, through
# sudo when not root); does nothing when all are there.
install_missing() {
    local label=$1
    shift
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "$label: installing ${missing[*]}" >&2
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}
