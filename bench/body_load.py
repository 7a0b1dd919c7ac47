"""Body page load: a profile with 10 years of daily weights, weekly circumferences and
monthly skinfolds; the server time of what the Body page's handler runs (the
overview service with its chart builders, then the texts and the state
payload), median of several runs, and the size of the weight chart's data as
the browser receives it.

    python bench/body_load.py [--database-url URL] [--runs N]

Default database: a temporary SQLite file. Targets: < 50 ms, < 80 KB.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlmodel import Session  # noqa: E402

from mitai_app.accounts.models import Profile  # noqa: E402
from mitai_app.body.models import CircumferenceEntry, SkinfoldEntry, WeightEntry  # noqa: E402
from mitai_app.body.overview import body_overview, derived_words, weight_words  # noqa: E402
from mitai_app.body.pages.body import chart_payload  # noqa: E402
from mitai_app.core.db import create_db_engine  # noqa: E402
from mitai_app.core.series import payload_bytes  # noqa: E402
from mitai_app.core.startup import migrate_and_seed  # noqa: E402

DAYS = 3650
TODAY = date(2026, 3, 29)


def populate(session: Session) -> Profile:
    profile = Profile(
        email="bench@example.org",
        pin_hash="x",
        sex="female",
        date_of_birth=date(1985, 4, 2),
        height_cm=168.0,
    )
    session.add(profile)
    session.flush()
    first = TODAY - timedelta(days=DAYS - 1)
    for i in range(DAYS):
        day = first + timedelta(days=i)
        kg = 72 + 4 * math.sin(i / 180) + (i % 7) * 0.1
        session.add(WeightEntry(profile_id=profile.id, date=day, weight=round(kg, 2)))
        if i % 7 == 0:
            session.add(
                CircumferenceEntry(
                    profile_id=profile.id,
                    date=day,
                    c_neck=33,
                    c_waist=round(78 + 3 * math.sin(i / 180), 1),
                    c_hips=100,
                    c_thigh=58,
                )
            )
        if i % 30 == 0:
            session.add(
                SkinfoldEntry(
                    profile_id=profile.id,
                    date=day,
                    triceps=18,
                    suprailiac=15,
                    thigh=round(25 + 2 * math.sin(i / 180), 1),
                    body_fat_pct=26.5,
                    formula="jp3",
                )
            )
    session.commit()
    return profile


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{tmp}/bench.db"
        engine = create_db_engine(url)
        with engine.begin() as connection:
            migrate_and_seed(connection)
        with Session(engine) as session:
            profile_id = populate(session).id
        print(
            f"database: {engine.dialect.name}; {DAYS} daily weights, weekly circumferences, monthly skinfolds"
        )

        for range_key in ("all", "1y"):
            timings, payload = [], {}
            for _ in range(args.runs):
                start = time.perf_counter()
                with Session(engine) as session:
                    overview = body_overview(
                        session=session, profile_id=profile_id, range_key=range_key, today=TODAY
                    )
                weight_words(overview, "en")
                [derived_words(item, "en") for item in overview.derived]
                payload = chart_payload(overview)
                timings.append((time.perf_counter() - start) * 1000)
            weight_only = {k: v for k, v in payload.items() if k != "body_fat"}
            print(
                f"range {range_key:>3}: median {statistics.median(timings):6.1f} ms "
                f"(min {min(timings):.1f}, max {max(timings):.1f}, {args.runs} runs); "
                f"{len(payload['weights'])} daily points; weight chart payload "
                f"{payload_bytes(weight_only):,} bytes, with body-fat series "
                f"{payload_bytes(payload):,} bytes"
            )
        engine.dispose()


if __name__ == "__main__":
    main()
