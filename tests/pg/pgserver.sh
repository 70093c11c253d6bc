#!/usr/bin/env bash
# Starts and stops a throw-away PostgreSQL server for the tests, on loopback.
# DIR (in the build tree) holds the server's URL; the data live in a fresh
# folder under /tmp, which the postgres user can reach wherever the build is.
#
#   pgserver.sh start DIR   initdb + pg_ctl start; writes DIR/url
#   pgserver.sh stop DIR    pg_ctl stop
#
# Where PostgreSQL is not installed it writes DIR/skip with the reason, and
# the tests that need a server skip, saying so.
set -euo pipefail
command=${1:?start or stop}
dir=${2:?folder}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)

# initdb refuses to run as root: run the server as the postgres user then.
run=()
if [ "$(id -u)" -eq 0 ]; then
    run=(runuser -u postgres --)
fi

case "$command" in
start)
    if [ -f "$dir/datadir" ] && [ -n "$bin" ]; then
        old=$(cat "$dir/datadir")
        "${run[@]}" "$bin/pg_ctl" -D "$old/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$old"
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ -z "$bin" ] || { [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; }; then
        # In CI the set-up installs PostgreSQL: its absence is a broken set-up,
        # not a reason to skip a third of the suite without a word.
        if [ "${CI:-}" = true ]; then
            echo "pgserver: PostgreSQL is not installed (package postgresql), and CI needs it" >&2
            exit 1
        fi
        echo "PostgreSQL is not installed (package postgresql)" >"$dir/skip"
        echo "pgserver: $(cat "$dir/skip"); PostgreSQL tests will be skipped" >&2
        exit 0
    fi
    data=$(mktemp -d /tmp/mirador-pg-XXXXXX)
    echo "$data" >"$dir/datadir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$data"
    if ! "${run[@]}" "$bin/initdb" -D "$data/data" -A trust -U mirador -E UTF8 --locale=C.UTF-8 --no-sync \
        >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        exit 1
    fi
    port=""
    for candidate in $(seq 55432 55531); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            port=$candidate
            break
        fi
    done
    [ -n "$port" ] || { echo "pgserver: no free port" >&2; exit 1; }
    "${run[@]}" "$bin/pg_ctl" -D "$data/data" -l "$data/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c full_page_writes=off" start >/dev/null
    echo "postgresql://mirador@127.0.0.1:$port/postgres" >"$dir/url"
    echo "pgserver: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
    ;;
stop)
    if [ -f "$dir/datadir" ] && [ -n "$bin" ]; then
        data=$(cat "$dir/datadir")
        "${run[@]}" "$bin/pg_ctl" -D "$data/data" -m fast -w stop >/dev/null
        rm -rf "$data" "$dir/datadir"
    fi
    ;;
*)
    echo "usage: pgserver.sh start|stop DIR" >&2
    exit 2
    ;;
esac
