"""Start-up cost: migrating an empty database to head and seeding it, then
re-running both on the ready database (what every restart pays).

    python bench/startup.py [DATABASE_URL]     # default: a temporary SQLite file
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mitai_app.core.db import create_db_engine  # noqa: E402
from mitai_app.core.startup import migrate_and_seed  # noqa: E402


def timed(engine) -> float:
    start = time.perf_counter()
    with engine.begin() as connection:
        migrate_and_seed(connection)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = sys.argv[1] if len(sys.argv) > 1 else f"sqlite:///{tmp}/bench.db"
        engine = create_db_engine(url)
        print(f"database: {engine.dialect.name}")
        print(f"empty database -> head + seed: {timed(engine):8.1f} ms")
        restarts = [timed(engine) for _ in range(5)]
        print(f"restart (nothing to do), best of 5: {min(restarts):8.1f} ms")
        engine.dispose()


if __name__ == "__main__":
    main()
