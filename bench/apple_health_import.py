"""Apple Health import: a generated export (DST changes, trips abroad, kg
and lb, exact duplicates, heart-rate samples as real exports write them
with the device in full and their motion context, steps from two sources,
blood-pressure correlations, Watch and iPhone sleep, workouts with
statistics; 3,650 days make about 530 MB and 1.15 million records) imported into SQLite and PostgreSQL, then imported again; wall
time and peak RSS of each run (every run in a process of its own), and
beside them `healthkit-to-sqlite` (PyPI) on the same file when it is
installed in the venv named by --healthkit-venv.

    python bench/apple_health_import.py [--days 3650] [--heart-rate 300]
        [--database-url postgresql://…] [--healthkit-venv /tmp/hk]

Targets (issue 15): peak RSS ≤ 150 MB, a re-import ≤ the first with 0 rows
added, ≤ 0.15 × healthkit-to-sqlite's wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RUN = """
import json, resource, sys, time
from sqlmodel import Session
from mitai_app.core.db import create_db_engine
from mitai_app.core.modules import import_models
from mitai_app.imports import runner, service
import_models()
url, profile, path = sys.argv[1:4]
engine = create_db_engine(url)
started = time.perf_counter()
with Session(engine, expire_on_commit=False) as session:
    job = service.start_import(session=session, profile_id=profile, path=__import__("pathlib").Path(path), filename="export.zip")
    status = runner.run_job(session=session, job_id=job.id)
    done = service.job(session=session, profile_id=profile, job_id=job.id)
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"status": status, "seconds": time.perf_counter() - started,
                  "cpu": usage.ru_utime + usage.ru_stime,
                  "records": done.records_read, "added": done.added, "skipped": done.skipped,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _prepare(url: str) -> str:
    """A migrated database with one household profile; its id."""
    from sqlmodel import Session

    from mitai_app.core.db import create_db_engine
    from mitai_app.core.startup import migrate_and_seed
    from tests.factories import new_profile

    engine = create_db_engine(url)
    with engine.begin() as connection:
        migrate_and_seed(connection)
    with Session(engine) as session:
        profile = new_profile(session, tier="selfhosted")
    engine.dispose()
    return str(profile)


def _ours(url: str, path: Path) -> list[dict]:
    profile = _prepare(url)
    runs = []
    for _ in ("first", "again"):
        out = subprocess.run(
            [sys.executable, "-c", RUN, url, profile, str(path)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return runs


def _healthkit(venv: Path, path: Path, folder: Path) -> dict | None:
    tool = venv / "bin" / "healthkit-to-sqlite"
    if not tool.exists():
        return None
    # A process of its own, whose only child is the tool: its peak RSS alone.
    measure = (
        "import json, resource, subprocess, sys, time; t = time.perf_counter(); "
        "subprocess.run(sys.argv[1:], check=True, capture_output=True); "
        "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
        "print(json.dumps({'seconds': time.perf_counter() - t, 'cpu': u.ru_utime + u.ru_stime, "
        "'rss_mb': u.ru_maxrss / 1024}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", measure, str(tool), str(path), str(folder / "healthkit.db")],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=3650)
    parser.add_argument("--heart-rate", type=int, default=300, help="samples a day")
    parser.add_argument("--database-url", help="PostgreSQL (a database the bench may fill)")
    parser.add_argument("--healthkit-venv", type=Path, default=Path("/tmp/hk"))
    args = parser.parse_args()
    from tests.fixtures.apple_health import write_export_zip

    folder = Path(tempfile.mkdtemp(prefix="mitai-ah-bench-"))
    os.environ.setdefault("MITAI_SECRET_KEY", "bench-" + "x" * 40)
    os.environ["MITAI_USAGE_LOG"] = str(folder / "usage.log")
    os.environ["MITAI_IMPORT_DIR"] = str(folder / "imports")
    path = folder / "export.zip"
    started = time.perf_counter()
    write_export_zip(path, args.days, heart_rate_per_day=args.heart_rate)
    with zipfile.ZipFile(path) as export:
        xml_bytes = sum(entry.file_size for entry in export.infolist())
    print(
        f"export: {args.days} days, {xml_bytes / 1e6:.0f} MB unzipped "
        f"({path.stat().st_size / 1e6:.0f} MB zipped), "
        f"generated in {time.perf_counter() - started:.0f} s"
    )
    targets = [("SQLite", f"sqlite:///{folder / 'mitai.db'}")]
    if args.database_url:
        targets.append(("PostgreSQL", args.database_url))
    firsts = {}
    for name, url in targets:
        first, again = _ours(url, path)
        firsts[name] = first
        print(
            f"{name:11} first: {first['seconds']:7.1f} s ({first['cpu']:.1f} s CPU)  "
            f"peak RSS {first['rss_mb']:6.0f} MB  "
            f"{first['records']} records, {first['added']} rows added"
        )
        print(
            f"{name:11} again: {again['seconds']:7.1f} s ({again['cpu']:.1f} s CPU)  "
            f"peak RSS {again['rss_mb']:6.0f} MB  "
            f"{again['added']} rows added, {again['skipped']} skipped"
        )
    other = _healthkit(args.healthkit_venv, path, folder)
    if other is None:
        print(f"healthkit-to-sqlite: not installed in {args.healthkit_venv} (pip install it there)")
    else:
        print(
            f"healthkit-to-sqlite: {other['seconds']:7.1f} s ({other['cpu']:.1f} s CPU)  "
            f"peak RSS {other['rss_mb']:6.0f} MB"
        )
        for name, first in firsts.items():
            print(
                f"ratio {name:11} first import / healthkit-to-sqlite: "
                f"{first['seconds'] / other['seconds']:.3f} x wall "
                f"({first['cpu'] / other['cpu']:.2f} x CPU; target <= 0.15 x wall)"
            )


if __name__ == "__main__":
    main()
