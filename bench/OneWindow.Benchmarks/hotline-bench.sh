#!/usr/bin/env bash
# The 12345 hotline under load: complete work-order lifecycles (create -> dispatch -> accept -> reply -> callback)
# through HTTP with N orders stored, the assessment over all of them, and the raw single-row commit rate of the same
# database in the same run. The app runs from a Release build with rate limits off and no simulated demo history; for
# each database the stored orders are brought up level by level (10,000 then 1,000,000 by default) in one database.
# PostgreSQL runs as a throwaway cluster of its own (needs /usr/lib/postgresql/*/bin).
#   bench/OneWindow.Benchmarks/hotline-bench.sh
#   HOTLINE_DBS="sqlite" HOTLINE_STORED="10000 1000000" HOTLINE_CONCURRENCY=32 HOTLINE_SECONDS=30 bench/OneWindow.Benchmarks/hotline-bench.sh
#   HOTLINE_DAYS=365 spreads the stored orders over that many days before today (the assessment range).
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=$(mktemp -d /tmp/onewindow-hotline.XXXXXX); chmod 755 "$WORK"
PORT=${HOTLINE_PORT:-5085}; PG_PORT=${HOTLINE_PG_PORT:-55452}
DBS=${HOTLINE_DBS:-"sqlite postgres"}; STORED=${HOTLINE_STORED:-"10000 1000000"}; DAYS=${HOTLINE_DAYS:-365}
CONCURRENCY=${HOTLINE_CONCURRENCY:-32}; SECONDS_RUN=${HOTLINE_SECONDS:-30}; WARMUP=${HOTLINE_WARMUP:-5}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
APP_PID=""
cleanup() {
  set +e
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
  [ -n "$PG_BIN" ] && [ -f "$WORK/pg/postmaster.pid" ] && (cd /tmp && as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null)
  rm -rf "$WORK"
}
trap cleanup EXIT
bench() { dotnet run -c Release --no-build --project bench/OneWindow.Benchmarks -- "$@"; }
start_app() {
  local log=$1; shift
  env OneWindow__RateLimits__Enabled=false OneWindow__Demo__QueueHistoryDays=0 OneWindow__Demo__HotlineHistoryDays=0 \
    Serilog__MinimumLevel__Default=Warning "$@" \
    dotnet run -c Release --no-build --project src/OneWindow.Web -- --urls "http://127.0.0.1:$PORT" >"$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$PORT/healthz/ready" >/dev/null && return 0; sleep 0.5; done
  echo "app did not start; see $log" >&2; cat "$log" >&2; return 1
}
# The process that serves (dotnet run starts it as a child).
app_process() { pgrep -f "OneWindow.Web --urls http://127.0.0.1:$PORT" | while read -r p; do grep -q "dotnet.run" "/proc/$p/cmdline" 2>/dev/null || echo "$p"; done | head -1; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr), $(dotnet --version) SDK; $(date -u +%Y-%m-%dT%H:%MZ); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "source: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$( { ! git diff --quiet HEAD -- src || [ -n "$(git ls-files --others --exclude-standard -- src)" ]; } 2>/dev/null && echo ' + uncommitted changes under src/')"
dotnet build -c Release bench/OneWindow.Benchmarks -v q -nologo >/dev/null
dotnet build -c Release src/OneWindow.Web -v q -nologo >/dev/null

for db in $DBS; do
  if [ "$db" = postgres ]; then
    [ -z "$PG_BIN" ] && { echo "== PostgreSQL: skipped (no /usr/lib/postgresql/*/bin)"; continue; }
    mkdir -p "$WORK/pg"; [ "$(id -u)" = 0 ] && chown postgres "$WORK/pg"
    (cd /tmp && as_pg "$PG_BIN/initdb" -D "$WORK/pg" -A trust -U postgres >/dev/null)
    (cd /tmp && as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/log" -w -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null)
    CS="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=onewindow"
    start_app "$WORK/app-pg.log" OneWindow__DataDirectory="$WORK/data-pg" OneWindow__Database__Provider=Postgres ConnectionStrings__OneWindow="$CS" OneWindow__Database__MigrateOnStart=true
    ARGS=(--provider postgres --connection "$CS" --keys "$WORK/data-pg/keys/personal-data.json" --raw-provider postgres --raw-connection "Host=127.0.0.1;Port=$PG_PORT;Username=postgres" --pg-pid "$(head -1 "$WORK/pg/postmaster.pid")")
    echo; echo "== hotline on PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') (own cluster, default durability, fsync on)"
  else
    start_app "$WORK/app-sqlite.log" OneWindow__DataDirectory="$WORK/data-sqlite"
    ARGS=(--provider sqlite --connection "Data Source=$WORK/data-sqlite/onewindow.db" --keys "$WORK/data-sqlite/keys/personal-data.json" --raw-provider sqlite --raw-connection "Data Source=$WORK/raw.db")
    echo; echo "== hotline on SQLite (WAL, default synchronous)"
  fi
  for stored in $STORED; do
    echo; echo "-- $stored stored orders"
    bench hotline-lifecycle --url "http://127.0.0.1:$PORT" "${ARGS[@]}" --app-pid "$(app_process)" --stored "$stored" --days "$DAYS" \
      --concurrency "$CONCURRENCY" --seconds "$SECONDS_RUN" --warmup "$WARMUP" --raw-seconds 10
  done
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
done
