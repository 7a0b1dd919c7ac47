#!/usr/bin/env bash
# Install what is missing, migrate and seed the database, and start the app.
# Default: SQLite under ./data, http://localhost:3000. Set MITAI_DATABASE_URL
# (and MITAI_REDIS_URL) in the environment or in .env for PostgreSQL/Redis.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
say "migrating and seeding the database"
python -m mitai_app.core.startup
say "starting Mitai Jinkendo on http://localhost:3000"
exec reflex run "$@"
