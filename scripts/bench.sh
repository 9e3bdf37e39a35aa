#!/usr/bin/env bash
# Measures OneWindow on this machine: micro benchmarks (BenchmarkDotNet), HTTP load from a second process on
# loopback against the app on SQLite, and in the same run the raw single-row commit rate of SQLite and PostgreSQL.
#   scripts/bench.sh            everything (about 4 minutes)
#   SECONDS_PER_SCENARIO=30 CONCURRENCY=32 scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d /tmp/onewindow-bench.XXXXXX); chmod 755 "$WORK"
PORT=${BENCH_PORT:-5081}; PG_PORT=${BENCH_PG_PORT:-55442}
DURATION=${SECONDS_PER_SCENARIO:-15}; CONCURRENCY=${CONCURRENCY:-16}
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

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr), $(dotnet --version) SDK; $(date -u +%Y-%m-%dT%H:%MZ)"
dotnet build -c Release bench/OneWindow.Benchmarks -v q -nologo >/dev/null
dotnet build -c Release src/OneWindow.Web -v q -nologo >/dev/null

echo; echo "== micro benchmarks"
dotnet run -c Release --no-build --project bench/OneWindow.Benchmarks -- micro --filter '*' --job short --exporters markdown 2>&1 \
  | sed -n '/^| Method/,/^$/p'

echo; echo "== search (Lucene, CJK bigrams): 5,000 items + 20,000 Q&A"
dotnet run -c Release --no-build --project bench/OneWindow.Benchmarks -- search --items 5000 --entries 20000

echo; echo "== app on SQLite at 127.0.0.1:$PORT (rate limits off), load from a second process"
OneWindow__DataDirectory="$WORK/data" OneWindow__RateLimits__Enabled=false Serilog__MinimumLevel__Default=Warning \
  dotnet run -c Release --no-build --project src/OneWindow.Web -- --urls "http://127.0.0.1:$PORT" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/healthz/ready" >/dev/null && break; sleep 0.5; done
dotnet run -c Release --no-build --project bench/OneWindow.Benchmarks -- load --url "http://127.0.0.1:$PORT" --seconds "$DURATION" --concurrency "$CONCURRENCY"

echo; echo "== raw database commit rate (same run, same machine)"
dotnet run -c Release --no-build --project bench/OneWindow.Benchmarks -- rawdb --provider sqlite --connection "Data Source=$WORK/raw.db" --seconds 10
if [ -n "$PG_BIN" ]; then
  mkdir -p "$WORK/pg"; [ "$(id -u)" = 0 ] && chown postgres "$WORK/pg"
  (cd /tmp && as_pg "$PG_BIN/initdb" -D "$WORK/pg" -A trust -U postgres >/dev/null)
  (cd /tmp && as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/log" -w -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" start >/dev/null)
  dotnet run -c Release --no-build --project bench/OneWindow.Benchmarks -- rawdb --provider postgres --connection "Host=127.0.0.1;Port=$PG_PORT;Username=postgres" --seconds 10
fi
