#!/usr/bin/env bash
# Install what is missing, migrate and seed the database, and serve the app
# with its task worker beside it (the queue is a SQLite file, or Redis).
# Default: the production build, page and API on one port (MITAI_PORT, 3000),
# built on the first start and rebuilt only when the code changed.
# `--dev`: Reflex's development server (hot reload; page on 3000, API on 8000).
# Other arguments go to `reflex run`. SQLite under ./data by default; set
# MITAI_DATABASE_URL (and MITAI_REDIS_URL) in the environment or in .env for
# PostgreSQL/Redis.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
dev=false
args=()
for arg in "$@"; do
  if [ "$arg" = --dev ]; then dev=true; else args+=("$arg"); fi
done
say "migrating and seeding the database"
python -m mitai_app.core.startup
# The task-queue worker (imports, re-evaluation) runs beside the app and stops with it:
# `exec` below keeps this shell's PID, which the worker watches.
say "starting the task worker (imports, re-evaluation)"
python -m mitai_app.worker --parent $$ &
if $dev; then
  say "starting the development server"
  exec reflex run "${args[@]}"
fi
say "starting Mitai Jinkendo (production build)"
exec python scripts/serve.py "${args[@]}"
