"""Building every AI placeholder for a profile with ten years of data in every
log (issue target: under 100 ms).

    python bench/placeholders.py [--database-url URL] [--runs 10] [--other-profiles 1]

Without --database-url it uses a temporary SQLite file. With a PostgreSQL
URL, give a throwaway database: the script migrates it and adds profiles.
The measured profile has ten years of daily weight, nutrition, sleep and
vitals, weekly circumferences and rest days, monthly skinfolds, about five activities a
week, blood pressure twice a day, goals and focus areas; --other-profiles
more profiles get the same, so the queries must find one profile's rows
among others'. Prints the median (and range) of `compute_values` over
--runs calls after one warm-up, each call in its own session as the pages
make them, and the number of placeholders and SQL statements per call.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlalchemy as sa  # noqa: E402
from sqlmodel import Session, select  # noqa: E402

from mitai_app.accounts.models import Profile  # noqa: E402
from mitai_app.body.models import CircumferenceEntry, SkinfoldEntry, WeightEntry  # noqa: E402
from mitai_app.core.db import create_db_engine  # noqa: E402
from mitai_app.core.placeholders import REGISTRY, compute_values  # noqa: E402
from mitai_app.core.startup import migrate_and_seed  # noqa: E402
from mitai_app.goals.models import FocusAreaDefinition, Goal, UserFocusAreaWeight  # noqa: E402
from mitai_app.nutrition.models import NutritionEntry  # noqa: E402
from mitai_app.recovery.models import (  # noqa: E402
    BloodPressureReading,
    RestDay,
    SleepEntry,
    VitalsBaseline,
)
from mitai_app.training.data import TRAINING_CATEGORIES  # noqa: E402
from mitai_app.training.models import Activity  # noqa: E402

YEARS = 10


def _rows(owner: uuid.UUID, today: date, rng: random.Random) -> dict[type, list[dict]]:
    """Ten years of plausible entries for one profile, by table."""
    days = [today - timedelta(days=n) for n in range(YEARS * 365)]
    categories = [category.key for category in TRAINING_CATEGORIES]

    def row(**values) -> dict:
        return {"id": uuid.uuid4(), "profile_id": owner, **values}

    rows: dict[type, list[dict]] = {model: [] for model in _MODELS}
    for n, day in enumerate(days):
        rows[WeightEntry].append(row(date=day, weight=round(80 + 5 * rng.random(), 2)))
        rows[NutritionEntry].append(
            row(
                date=day,
                kcal=rng.randint(1600, 2800),
                protein_g=rng.randint(80, 180),
                carbs_g=rng.randint(150, 350),
                fat_g=rng.randint(40, 110),
                fiber_g=rng.randint(15, 40),
                water_l=round(1 + 2 * rng.random(), 2),
            )
        )
        rows[SleepEntry].append(
            row(
                date=day,
                total_duration_minutes=rng.randint(330, 540),
                quality_score=rng.randint(40, 95),
                sleep_segments={"deep": rng.randint(40, 120), "rem": rng.randint(60, 130)},
            )
        )
        rows[VitalsBaseline].append(
            row(
                date=day,
                resting_hr=rng.randint(48, 66),
                hrv=rng.randint(35, 90),
                vo2_max=round(40 + 10 * rng.random(), 2),
                spo2=rng.randint(94, 99),
                respiratory_rate=rng.randint(12, 18),
            )
        )
        for hour in (7, 19):
            rows[BloodPressureReading].append(
                row(
                    measured_at=datetime(day.year, day.month, day.day, hour, tzinfo=UTC),
                    systolic=rng.randint(110, 150),
                    diastolic=rng.randint(65, 95),
                    pulse=rng.randint(55, 85),
                )
            )
        if n % 7 < 5:  # five sessions a week
            rows[Activity].append(
                row(
                    date=day,
                    duration_minutes=rng.randint(20, 120),
                    kcal=rng.randint(150, 900),
                    training_category=rng.choice(categories),
                    avg_hr=rng.randint(100, 160),
                    distance_km=round(10 * rng.random(), 2),
                )
            )
        if n % 7 == 6:
            rows[RestDay].append(row(date=day, focus="strength"))
            rows[CircumferenceEntry].append(
                row(
                    date=day,
                    c_neck=40,
                    c_chest=100,
                    c_waist=88 + 4 * rng.random(),
                    c_hips=100,
                    c_thigh=58,
                    c_calf=38,
                    c_biceps=35,
                    c_forearm=29,
                )
            )
        if n % 30 == 0:
            rows[SkinfoldEntry].append(
                row(date=day, body_fat_pct=round(15 + 8 * rng.random(), 2), formula="jp3")
            )
    return rows


_MODELS = (
    WeightEntry,
    CircumferenceEntry,
    SkinfoldEntry,
    Activity,
    NutritionEntry,
    SleepEntry,
    VitalsBaseline,
    BloodPressureReading,
    RestDay,
)


def add_profile(
    session: Session, email: str, today: date, rng: random.Random
) -> tuple[uuid.UUID, int]:
    profile = Profile(
        email=email,
        pin_hash="bench",
        display_name="Bench",
        sex="male",
        date_of_birth=date(1985, 6, 1),
        height_cm=181.0,
        timezone="Europe/Berlin",
    )
    session.add(profile)
    session.flush()
    inserted = 0
    for model, rows in _rows(profile.id, today, rng).items():
        session.execute(sa.insert(model.__table__), rows)
        inserted += len(rows)
    for n, (goal_type, target) in enumerate((("weight", 78.0), ("body_fat", 15.0), ("hrv", 70))):
        session.add(
            Goal(
                profile_id=profile.id,
                title=f"Bench goal {n}",
                goal_type=goal_type,
                target_value=target,
                start_value=target * 1.2,
                is_primary=n == 0,
                target_date=today + timedelta(days=90),
            )
        )
    areas = session.exec(select(FocusAreaDefinition.id).limit(4)).all()
    for weight, area in zip((40, 30, 20, 10), areas, strict=True):
        session.add(UserFocusAreaWeight(profile_id=profile.id, focus_area_id=area, weight=weight))
    session.commit()
    return profile.id, inserted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="default: a temporary SQLite file")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--other-profiles", type=int, default=1)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        engine = create_db_engine(args.database_url or f"sqlite:///{tmp}/bench.db")
        with engine.begin() as connection:
            migrate_and_seed(connection)
        today = date.today()
        rng = random.Random(42)
        started = time.perf_counter()
        with Session(engine) as session:
            suffix = uuid.uuid4().hex[:8]
            measured, rows = add_profile(session, f"bench-{suffix}@example.com", today, rng)
            for n in range(args.other_profiles):
                _, more = add_profile(session, f"bench-{suffix}-{n}@example.com", today, rng)
                rows += more
        print(f"database: {engine.dialect.name}")
        print(
            f"rows inserted: {rows} ({1 + args.other_profiles} profiles, {YEARS} years each) "
            f"in {time.perf_counter() - started:.1f} s"
        )

        statements = 0

        def count(*_args) -> None:
            nonlocal statements
            statements += 1

        sa.event.listen(engine, "before_cursor_execute", count)

        def timed() -> tuple[float, dict[str, str]]:
            start = time.perf_counter()
            with Session(engine) as session:
                values = compute_values(session=session, profile_id=measured, lang="de")
            return (time.perf_counter() - start) * 1000, values

        _, values = timed()  # warm-up
        statements = 0
        times = [timed()[0] for _ in range(args.runs)]
        no_data = sorted(name for name, text in values.items() if text == "keine Daten")
        print(f"placeholders: {len(REGISTRY)} (no data: {', '.join(no_data) or 'none'})")
        print(f"SQL statements per call: {statements / args.runs:.0f}")
        print(
            f"compute_values: median {statistics.median(times):.1f} ms "
            f"(min {min(times):.1f}, max {max(times):.1f}) over {args.runs} runs"
        )
        engine.dispose()


if __name__ == "__main__":
    main()
