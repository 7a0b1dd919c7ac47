"""Export and restore at full size, across database kinds: a profile with
ten years in its logs (daily weight, nutrition, sleep, vitals, four meal
entries a day, blood pressure twice a day, five activities a week, weekly
circumferences and rest days, monthly skinfolds, goals, focus areas) and 50
progress photos is exported from SQLite, restored into an empty account on
PostgreSQL, exported there and restored back into a new SQLite instance.

    python bench/export_restore.py [--postgres-url URL]

Each export and restore runs as the operator's command
(`python -m mitai_app.cli export|restore`) in its own process, which
reports its wall time and peak RSS (imports included: the bare command's
RSS is printed as the baseline). After each restore the rows per table and
every photo's SHA-256 are compared with the source.
Targets: export <= 30 s, restore <= 60 s, peak RSS <= 200 MB.

PostgreSQL: a throwaway database is created on the server of --postgres-url
(default: $TEST_DATABASE_URL) and dropped at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402
from PIL import Image  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlmodel import Session  # noqa: E402

from bench.placeholders import add_profile  # noqa: E402
from mitai_app.accounts.models import Profile  # noqa: E402
from mitai_app.core.db import create_db_engine  # noqa: E402
from mitai_app.core.startup import migrate_and_seed  # noqa: E402
from mitai_app.nutrition.models import MealEntry  # noqa: E402
from mitai_app.photos.models import Photo  # noqa: E402
from mitai_app.photos.processing import process_photo  # noqa: E402

PHOTOS = 50
MEALS_A_DAY = ("breakfast", "lunch", "dinner", "snack")
TARGETS = {"export": 30.0, "restore": 60.0}
RSS_TARGET_MB = 200
# Run by the child: the CLI, then its peak RSS (VmHWM: getrusage's maxrss
# would carry over this parent's, which the child starts as a fork of) and CPU.
CHILD = (
    "import atexit, os, re, runpy, sys; "
    "peak = lambda: re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read())[1]; "
    "atexit.register(lambda: print('PEAK_RSS_KB', peak(), sum(os.times()[:2]), file=sys.stderr)); "
    "sys.argv = ['mitai_app.cli', *sys.argv[1:]]; "
    "runpy.run_module('mitai_app.cli', run_name='__main__')"
)


def _cli(database_url: str, photo_dir: Path, *args: str) -> tuple[float, float, float, str]:
    """(wall seconds, CPU seconds, peak RSS in MB, output) of one CLI command
    in its own process; on a shared machine the wall time waits for a core."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("MITAI_")},
        "MITAI_DATABASE_URL": database_url,
        "MITAI_PHOTO_DIR": str(photo_dir),
        "MITAI_SECRET_KEY": "bench-" + "k" * 40,
    }
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args], capture_output=True, text=True, cwd=ROOT, env=env
    )
    seconds = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(f"{args[0]} failed:\n{done.stdout}\n{done.stderr}")
    _, peak, cpu = next(
        line.split() for line in done.stderr.splitlines() if line.startswith("PEAK_RSS_KB")
    )
    return seconds, float(cpu), int(peak) / 1024, done.stdout.strip()


def _jpeg(rng: random.Random) -> bytes:
    """A phone-sized photo whose content differs from every other one."""
    small = Image.frombytes("RGB", (60, 80), rng.randbytes(60 * 80 * 3))
    out = io.BytesIO()
    small.resize((1500, 2000), Image.Resampling.BICUBIC).save(out, "JPEG", quality=90)
    return out.getvalue()


def populate(engine, photo_dir: Path, email: str) -> uuid.UUID:
    rng = random.Random(16)
    today = date(2026, 3, 29)
    with Session(engine) as session:
        owner, rows = add_profile(session, email, today, rng)
        meals = [
            {
                "id": uuid.uuid4(),
                "profile_id": owner,
                "date": today - timedelta(days=n),
                "slot": slot,
                "name": f"Meal {n % 40}",
                "quantity": rng.randint(50, 400),
                "kcal": rng.randint(100, 900),
                "protein_g": rng.randint(2, 60),
            }
            for n in range(3650)
            for slot in MEALS_A_DAY
        ]
        session.execute(sa.insert(MealEntry.__table__), meals)
        folder = photo_dir / str(owner)
        folder.mkdir(parents=True)
        for n in range(PHOTOS):
            processed = process_photo(_jpeg(rng), max_bytes=20 * 1024 * 1024)
            name = f"bench{n:02d}"
            (folder / f"{name}.jpg").write_bytes(processed.photo)
            (folder / f"{name}.thumb.webp").write_bytes(processed.thumbnail)
            session.add(
                Photo(
                    profile_id=owner,
                    date=today - timedelta(days=73 * n),
                    pose="front",
                    filename=f"{name}.jpg",
                    thumbnail_filename=f"{name}.thumb.webp",
                    content_type="image/jpeg",
                    width=processed.width,
                    height=processed.height,
                )
            )
        session.commit()
    print(f"source: {rows + len(meals) + PHOTOS} rows, {2 * PHOTOS} photo files")
    return owner


def empty_account(database_url: str, email: str) -> None:
    engine = create_db_engine(database_url)
    with engine.begin() as connection:
        migrate_and_seed(connection)
    with Session(engine) as session:
        session.add(Profile(email=email, pin_hash="bench", tier="premium"))
        session.commit()
    engine.dispose()


def fingerprint(database_url: str, photo_dir: Path, email: str) -> tuple[dict, dict]:
    """Rows per exported table, and every photo file's SHA-256 by name."""
    from mitai_app.exports.service import exported_tables

    engine = create_db_engine(database_url)
    with engine.connect() as connection:
        owner = connection.execute(sa.select(Profile.id).where(Profile.email == email)).scalar_one()
        counts = {
            table.name: connection.execute(
                sa.select(sa.func.count()).select_from(table).where(table.c.profile_id == owner)
            ).scalar_one()
            for table in exported_tables()
        }
    engine.dispose()
    folder = photo_dir / str(owner)
    photos = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    return {k: v for k, v in counts.items() if v}, photos


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres-url", default=os.environ.get("TEST_DATABASE_URL"))
    args = parser.parse_args()
    server = (args.postgres_url or "postgresql+psycopg://postgres@127.0.0.1:5432/postgres").replace(
        "postgresql://", "postgresql+psycopg://", 1
    )
    name = f"mitai_bench_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    postgres = make_url(server).set(database=name).render_as_string(hide_password=False)
    results: list[tuple[str, float, float, float]] = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            source, back = f"sqlite:///{folder}/source.db", f"sqlite:///{folder}/back.db"
            photos = folder / "photos"
            engine = create_db_engine(source)
            with engine.begin() as connection:
                migrate_and_seed(connection)
            started = time.perf_counter()
            populate(engine, photos, "ana@example.org")
            engine.dispose()
            print(f"populated in {time.perf_counter() - started:.1f} s")
            _, cpu, baseline, _ = _cli(source, photos, "--help")
            print(f"baseline: the bare command: {cpu:.1f} s CPU, peak RSS {baseline:.0f} MB")
            expected = fingerprint(source, photos, "ana@example.org")

            steps = (
                ("SQLite", source, "ana@example.org", "PostgreSQL", postgres, "ben@example.org"),
                ("PostgreSQL", postgres, "ben@example.org", "SQLite", back, "cy@example.org"),
            )
            for origin, origin_url, origin_email, target, target_url, target_email in steps:
                archive = folder / f"{origin_email}.zip"
                seconds, cpu, rss, said = _cli(
                    origin_url, photos, "export", "--email", origin_email, str(archive)
                )
                size = archive.stat().st_size / 1e6
                print(f"export {origin}: {said} ({size:.0f} MB)")
                results.append((f"export {origin}", seconds, cpu, rss))
                empty_account(target_url, target_email)
                seconds, cpu, rss, said = _cli(
                    target_url, photos, "restore", "--email", target_email, str(archive)
                )
                print(f"restore {target}: {said}")
                results.append((f"restore {target}", seconds, cpu, rss))
                found = fingerprint(target_url, photos, target_email)
                print(
                    f"  {target} equals the source: rows per table "
                    f"{'yes' if found[0] == expected[0] else json.dumps(found[0])}, "
                    f"photo bytes {'yes' if found[1] == expected[1] else 'NO'}"
                )
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    print(f"\nload average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("targets (time: wall; CPU as well, which a loaded machine does not inflate):")
    for step, seconds, cpu, rss in results:
        limit = TARGETS[step.split()[0]]
        verdict = "met" if seconds <= limit and rss <= RSS_TARGET_MB else "NOT met"
        print(
            f"  {step}: {seconds:.1f} s wall, {cpu:.1f} s CPU (<= {limit:.0f}), "
            f"peak RSS {rss:.0f} MB (<= {RSS_TARGET_MB}): {verdict}"
        )


if __name__ == "__main__":
    main()
