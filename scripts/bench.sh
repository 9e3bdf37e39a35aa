#!/usr/bin/env bash
# Measures OneWindow on this machine: micro benchmarks (BenchmarkDotNet), HTTP load from a second process on
# loopback against the app on SQLite, the queue engine (calls from 400 windows, ticket issue, call -> display push),
# and in the same run the raw single-row commit rate of SQLite and PostgreSQL. With PostgreSQL and redis-server
# installed, the queue is measured again on PostgreSQL with two app nodes joined by the Redis backplane.
#   scripts/bench.sh                                   everything (about 30 minutes)
#   SECONDS_PER_SCENARIO=30 CONCURRENCY=32 scripts/bench.sh
#   PARTS="load raw queue" scripts/bench.sh            only some parts of: micro search load raw queue
#   QUEUE_LAYOUTS="1x400 10x40" QUEUE_SECONDS=30 QUEUE_BACKLOG=16000 QUEUE_THINK_MS=20000 PUSH_CALLS=2000 scripts/bench.sh
#     layouts are HALLSxWINDOWS (one client per window); the first layout is also run paced (each window waits
#     QUEUE_THINK_MS +-50 % between visits); QUEUE_BACKLOG tickets are issued beforehand, split over the halls.
#   Queue numbers restart at midnight China time: a run that straddles 16:00 UTC finds yesterday's backlog uncallable.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d /tmp/onewindow-bench.XXXXXX); chmod 755 "$WORK"
PORT=${BENCH_PORT:-5081}; PG_PORT=${BENCH_PG_PORT:-55442}; REDIS_PORT=${BENCH_REDIS_PORT:-56379}
NODE_A=${BENCH_NODE_A_PORT:-5082}; NODE_B=${BENCH_NODE_B_PORT:-5083}
DURATION=${SECONDS_PER_SCENARIO:-15}; CONCURRENCY=${CONCURRENCY:-16}
PARTS=${PARTS:-"micro search load raw queue"}
QUEUE_LAYOUTS=${QUEUE_LAYOUTS:-"1x400 10x40"}; QUEUE_CATEGORIES=${QUEUE_CATEGORIES:-8}
QUEUE_SECONDS=${QUEUE_SECONDS:-30}; QUEUE_BACKLOG=${QUEUE_BACKLOG:-16000}; QUEUE_THINK_MS=${QUEUE_THINK_MS:-20000}
ISSUE_CONCURRENCY=${ISSUE_CONCURRENCY:-16,64}; PUSH_CALLS=${PUSH_CALLS:-2000}; PUSH_WINDOWS=${PUSH_WINDOWS:-4}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
has() { [[ " $PARTS " == *" $1 "* ]]; }
APP_PID=""; NODE_A_PID=""; NODE_B_PID=""
cleanup() {
  set +e
  for pid in $APP_PID $NODE_A_PID $NODE_B_PID; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
  [ -f "$WORK/redis.pid" ] && kill "$(cat "$WORK/redis.pid")" 2>/dev/null
  [ -n "$PG_BIN" ] && [ -f "$WORK/pg/postmaster.pid" ] && (cd /tmp && as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null)
  rm -rf "$WORK"
}
trap cleanup EXIT
bench() { dotnet run -c Release --no-build --project bench/OneWindow.Benchmarks -- "$@"; }
# start_app PORT LOG [VAR=value ...]: the app in the background (rate limits off, tickets at any hour, no simulated
# queue history in the demo: the benchmarks make their own halls); sets STARTED_PID.
start_app() {
  local port=$1 log=$2; shift 2
  env OneWindow__RateLimits__Enabled=false OneWindow__Queue__IgnoreBusinessHours=true OneWindow__Demo__QueueHistoryDays=0 \
    Serilog__MinimumLevel__Default=Warning "$@" \
    dotnet run -c Release --no-build --project src/OneWindow.Web -- --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
  STARTED_PID=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/healthz/ready" >/dev/null && return 0; sleep 0.5; done
  echo "app on port $port did not start; see $log" >&2; cat "$log" >&2; return 1
}
start_pg() {
  [ -f "$WORK/pg/postmaster.pid" ] && return 0
  mkdir -p "$WORK/pg"; [ "$(id -u)" = 0 ] && chown postgres "$WORK/pg"
  (cd /tmp && as_pg "$PG_BIN/initdb" -D "$WORK/pg" -A trust -U postgres >/dev/null)
  (cd /tmp && as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/log" -w -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null)
}
# The queue on one node: 400 window clients (closed loop per layout, then paced), ticket issue against the raw
# commit rate of the same database; QUEUE_BACKLOG tickets in all, split evenly over the halls of a layout.
queue_suite() {
  local url=$1 raw_provider=$2 raw_connection=$3 layout halls windows
  for layout in $QUEUE_LAYOUTS; do
    halls=${layout%x*}; windows=${layout#*x}
    bench queue-calls --url "$url" --halls "$halls" --windows "$windows" --categories "$QUEUE_CATEGORIES" --backlog $((QUEUE_BACKLOG / halls)) --seconds "$QUEUE_SECONDS"
  done
  layout=${QUEUE_LAYOUTS%% *}; halls=${layout%x*}; windows=${layout#*x}
  bench queue-calls --url "$url" --halls "$halls" --windows "$windows" --categories "$QUEUE_CATEGORIES" --backlog $((QUEUE_BACKLOG / halls)) --seconds "$QUEUE_SECONDS" --warmup 15 --think-ms "$QUEUE_THINK_MS"
  bench queue-issue --url "$url" --concurrency "$ISSUE_CONCURRENCY" --seconds "$DURATION" --raw-provider "$raw_provider" --raw-connection "$raw_connection" --raw-seconds 10
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr), $(dotnet --version) SDK; $(date -u +%Y-%m-%dT%H:%MZ)"
echo "source: ${BENCH_SOURCE:-$(git rev-parse --short HEAD 2>/dev/null || echo '?')$( { ! git diff --quiet HEAD -- src || [ -n "$(git ls-files --others --exclude-standard -- src)" ]; } 2>/dev/null && echo ' + uncommitted changes under src/')}"
dotnet build -c Release bench/OneWindow.Benchmarks -v q -nologo >/dev/null
dotnet build -c Release src/OneWindow.Web -v q -nologo >/dev/null

if has micro; then
  echo; echo "== micro benchmarks"
  dotnet run -c Release --no-build --project bench/OneWindow.Benchmarks -- micro --filter '*' --job short --exporters markdown 2>&1 \
    | sed -n '/^| Method/,/^$/p'
fi

if has search; then
  echo; echo "== search (Lucene, CJK bigrams): 5,000 items + 20,000 Q&A"
  bench search --items 5000 --entries 20000
fi

if has load || has queue; then
  echo; echo "== app on SQLite at 127.0.0.1:$PORT (rate limits off), load from a second process"
  start_app "$PORT" "$WORK/app.log" OneWindow__DataDirectory="$WORK/data"
  APP_PID=$STARTED_PID
  if has load; then
    bench load --url "http://127.0.0.1:$PORT" --seconds "$DURATION" --concurrency "$CONCURRENCY"
  fi
  if has queue; then
    echo; echo "== queue engine on SQLite (one node)"
    queue_suite "http://127.0.0.1:$PORT" sqlite "Data Source=$WORK/raw-queue.db"
    bench queue-push --url "http://127.0.0.1:$PORT" --calls "$PUSH_CALLS" --concurrency "$PUSH_WINDOWS"
  fi
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
fi

if has raw; then
  echo; echo "== raw database commit rate (same run, same machine)"
  bench rawdb --provider sqlite --connection "Data Source=$WORK/raw.db" --seconds 10
  if [ -n "$PG_BIN" ]; then
    start_pg
    bench rawdb --provider postgres --connection "Host=127.0.0.1;Port=$PG_PORT;Username=postgres" --seconds 10
  fi
fi

if has queue; then
  if [ -z "$PG_BIN" ] || ! command -v redis-server >/dev/null; then
    echo; echo "== queue on PostgreSQL with two nodes: skipped (needs /usr/lib/postgresql/*/bin and redis-server)"
  else
    echo; echo "== queue engine on PostgreSQL, two app nodes (:$NODE_A, :$NODE_B) joined by the Redis backplane (:$REDIS_PORT)"
    start_pg
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes --pidfile "$WORK/redis.pid" --logfile "$WORK/redis.log"
    for _ in $(seq 1 50); do [ -s "$WORK/redis.pid" ] && break; sleep 0.1; done
    PG_APP="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=onewindow"
    NODE_ENV=(OneWindow__DataDirectory="$WORK/nodes" OneWindow__Database__Provider=Postgres ConnectionStrings__OneWindow="$PG_APP" OneWindow__Redis="127.0.0.1:$REDIS_PORT")
    start_app "$NODE_A" "$WORK/node-a.log" "${NODE_ENV[@]}" OneWindow__Database__MigrateOnStart=true
    NODE_A_PID=$STARTED_PID
    start_app "$NODE_B" "$WORK/node-b.log" "${NODE_ENV[@]}" OneWindow__Database__MigrateOnStart=false
    NODE_B_PID=$STARTED_PID
    queue_suite "http://127.0.0.1:$NODE_A" postgres "Host=127.0.0.1;Port=$PG_PORT;Username=postgres"
    bench queue-push --url "http://127.0.0.1:$NODE_A" --listen "http://127.0.0.1:$NODE_A,http://127.0.0.1:$NODE_B" --calls "$PUSH_CALLS" --concurrency "$PUSH_WINDOWS"
  fi
fi
