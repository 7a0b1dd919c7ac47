#!/usr/bin/env bash
# Run the whole test suite: unit, database (SQLite and PostgreSQL) and
# end-to-end (Chromium; embedded set-up, then PostgreSQL + Redis with two
# workers). Installs what is missing; extra arguments go to pytest.
#
# PostgreSQL: TEST_DATABASE_URL if set (a server where the tests may create
# throwaway databases), else 127.0.0.1:5432 if it answers, else a throwaway
# cluster started with initdb/pg_ctl. Redis: TEST_REDIS_URL, else
# 127.0.0.1:6379, else a throwaway redis-server. In CI (CI=true) a missing
# PostgreSQL, Redis or Chromium fails the run; elsewhere those tests are
# skipped with a loud warning.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"

warn() { printf '\033[1;33mWARNING: %s\033[0m\n' "$*" >&2; }
missing() { if [ "${CI:-}" = true ]; then die "$*"; else warn "$* — those tests will be skipped"; fi; }
answers() { python - "$1" "$2" <<'PY'
import socket, sys
try:
    socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=2).close()
except OSError:
    sys.exit(1)
PY
}
SCRATCH="$(mktemp -d)"
cleanup() {
  [ -n "${PG_STARTED:-}" ] && "$PG_BIN/pg_ctl" -D "$SCRATCH/pg" -m immediate stop >/dev/null 2>&1
  [ -n "${REDIS_STARTED:-}" ] && redis-cli -p 56379 shutdown nosave >/dev/null 2>&1
  rm -rf "$SCRATCH"
}
trap cleanup EXIT

# --- Chromium for the end-to-end tests (Playwright cannot download browsers here)
if [ -z "${CHROMIUM_PATH:-}" ]; then
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
    [ -x "$candidate" ] && export CHROMIUM_PATH="$candidate" && break
  done
fi
if [ -z "${CHROMIUM_PATH:-}" ]; then
  say "installing Chromium (Debian package)"
  apt_install chromium && export CHROMIUM_PATH=/usr/bin/chromium || missing "Chromium not found (install Debian's chromium or set CHROMIUM_PATH)"
fi

# --- PostgreSQL
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  if answers 127.0.0.1 5432; then
    export TEST_DATABASE_URL="postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
  else
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
    if [ -z "$PG_BIN" ] && command -v initdb >/dev/null; then PG_BIN="$(dirname "$(command -v initdb)")"; fi
    if [ -z "$PG_BIN" ]; then
      say "installing PostgreSQL (Debian package) for the database tests"
      apt_install postgresql >/dev/null 2>&1 && PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)" || true
    fi
    if [ -n "$PG_BIN" ]; then
      say "starting a throwaway PostgreSQL cluster on port 55432"
      run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
      [ "$(id -u)" = 0 ] && chown postgres "$SCRATCH" && chmod 755 "$SCRATCH"
      run_pg "$PG_BIN/initdb" -D "$SCRATCH/pg" -U postgres -A trust >/dev/null
      run_pg "$PG_BIN/pg_ctl" -D "$SCRATCH/pg" -o "-p 55432 -k $SCRATCH -c listen_addresses=127.0.0.1" -l "$SCRATCH/pg.log" -w start >/dev/null
      PG_STARTED=1
      export TEST_DATABASE_URL="postgresql+psycopg://postgres@127.0.0.1:55432/postgres"
    else
      missing "no PostgreSQL: set TEST_DATABASE_URL, start one on 127.0.0.1:5432, or install initdb/pg_ctl"
    fi
  fi
fi

# --- Redis (Reflex's state manager when several workers run)
if [ -z "${TEST_REDIS_URL:-}" ]; then
  if answers 127.0.0.1 6379; then
    export TEST_REDIS_URL="redis://127.0.0.1:6379"
  else
    command -v redis-server >/dev/null || { say "installing Redis (Debian package)"; apt_install redis-server || true; }
    if command -v redis-server >/dev/null; then
      say "starting a throwaway Redis on port 56379"
      redis-server --port 56379 --bind 127.0.0.1 --save "" --appendonly no --daemonize yes --dir "$SCRATCH" >/dev/null
      REDIS_STARTED=1
      export TEST_REDIS_URL="redis://127.0.0.1:56379"
    else
      missing "no Redis: set TEST_REDIS_URL, start one on 127.0.0.1:6379, or install redis-server"
    fi
  fi
fi

say "lint (ruff)"
ruff check mitai_app tests bench alembic/env.py rxconfig.py
ruff format --check --quiet mitai_app tests bench alembic/env.py rxconfig.py || die "code is not formatted: run 'ruff format'"

say "running the tests"
set +e
python -m pytest "$@"
status=$?
set -e
# pytest's 5 means "no tests collected": that is a failure here, not a pass.
exit "$status"
