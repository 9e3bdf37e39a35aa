#!/usr/bin/env bash
# The README's test command: installs what the suite needs (when root or in CI), starts a throwaway PostgreSQL and
# Redis on loopback ports, runs every test (unit, HTTP integration on SQLite, the same integration tests again on
# PostgreSQL, Playwright E2E in Debian's Chromium, architecture), stops what it started, and prints one summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=$(mktemp -d /tmp/onewindow-test.XXXXXX)
chmod 755 "$WORK"
PG_PORT=${ONEWINDOW_TEST_PG_PORT:-55432}
REDIS_PORT=${ONEWINDOW_TEST_REDIS_PORT:-56379}
RESULTS="$ROOT/artifacts/test-results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\n== %s\n' "$*"; }

# --- 1. Debian packages ------------------------------------------------------------------------------------------
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -q "Noto Sans CJK" || need+=(fonts-noto-cjk)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v redis-server >/dev/null || need+=(redis-server)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    log "installing ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  elif [ "${CI:-}" = "true" ]; then
    echo "missing packages (${need[*]}) and not root: cannot install them" >&2; exit 1
  else
    echo "warning: missing ${need[*]}; tests that need them will fail (run as root to install)" >&2
  fi
fi

# --- 2. Throwaway PostgreSQL and Redis ---------------------------------------------------------------------------
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
PGDATA="$WORK/pg"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  set +e
  [ -n "$PG_BIN" ] && [ -f "$PGDATA/postmaster.pid" ] && (cd /tmp && as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1)
  [ -f "$WORK/redis.pid" ] && kill "$(cat "$WORK/redis.pid")" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -n "$PG_BIN" ]; then
  log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  mkdir -p "$PGDATA"
  [ "$(id -u)" = 0 ] && chown postgres "$PGDATA"
  (cd /tmp && as_pg "$PG_BIN/initdb" -D "$PGDATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null)
  (cd /tmp && as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -o \
    "-p $PG_PORT -k $PGDATA -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null)
  export ONEWINDOW_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Timeout=30"
fi
if command -v redis-server >/dev/null; then
  log "starting Redis on 127.0.0.1:$REDIS_PORT"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
    --pidfile "$WORK/redis.pid" --logfile "$WORK/redis.log" --dir "$WORK"
  export ONEWINDOW_TEST_REDIS="127.0.0.1:$REDIS_PORT"
fi
export ONEWINDOW_TEST_CHROMIUM=/usr/bin/chromium
export ONEWINDOW_TEST_ARTIFACTS="$ROOT/artifacts"

# --- 3. Build once, test twice -----------------------------------------------------------------------------------
log "building"
dotnet build OneWindow.slnx -c Debug -v q -nologo
rm -rf "$RESULTS"; mkdir -p "$RESULTS"

status=0
log "all tests (integration on SQLite)"
dotnet test OneWindow.slnx --no-build -v q --logger "trx;LogFilePrefix=sqlite" --results-directory "$RESULTS" || status=1
log "integration tests again on PostgreSQL"
ONEWINDOW_TEST_POSTGRES=1 dotnet test OneWindow.slnx --no-build -v q --filter "Category=Integration" \
  --logger "trx;LogFilePrefix=postgres" --results-directory "$RESULTS" || status=1

# --- 4. One summary line over every run ---------------------------------------------------------------------------
python3 - "$RESULTS" <<'PY'
import sys, pathlib, re, html
passed = failed = skipped = 0
for trx in pathlib.Path(sys.argv[1]).glob("*.trx"):
    text = trx.read_text(encoding="utf-8", errors="replace")
    m = re.search(r'<Counters [^>]*total="(\d+)"[^>]*passed="(\d+)"[^>]*failed="(\d+)"', text)
    if m:
        passed += int(m.group(2)); failed += int(m.group(3))
    s = re.search(r'notExecuted="(\d+)"', text)
    if s: skipped += int(s.group(1))
    # Every failure with its message and the first lines of its stack, so a CI log alone says what broke.
    for r in re.finditer(r'<UnitTestResult [^>]*testName="([^"]*)"[^>]*outcome="Failed"[^>]*>(.*?)</UnitTestResult>', text, re.S):
        msg = re.search(r'<Message>(.*?)</Message>', r.group(2), re.S)
        stack = re.search(r'<StackTrace>(.*?)</StackTrace>', r.group(2), re.S)
        print(f"\nFAILED [{trx.name.split('_')[0]}] {html.unescape(r.group(1))}")
        if msg: print("  " + html.unescape(msg.group(1)).strip()[:3000].replace("\n", "\n  "))
        if stack: print("  " + "\n  ".join(html.unescape(stack.group(1)).strip().splitlines()[:12]))
print(f"\nTests: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
