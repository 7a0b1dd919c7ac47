"""Nutrition under load: a profile with 10 years of 6 meal entries a day and
daily weights, among 100,000 shared foods; the server time of what the
Today page's handler runs (the day's overview with targets and adaptive
TDEE, the recent foods, the texts), of food searches, and of the adaptive
TDEE alone, as p50/p95 over several runs.

    python bench/nutrition_load.py [--database-url URL] [--runs N]

Default database: a temporary SQLite file. Targets: Today p95 < 50 ms,
search p95 < 30 ms, adaptive TDEE < 50 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlalchemy as sa  # noqa: E402
from sqlmodel import Session  # noqa: E402

from mitai_app.accounts.models import Profile  # noqa: E402
from mitai_app.body.models import WeightEntry  # noqa: E402
from mitai_app.core.db import create_db_engine  # noqa: E402
from mitai_app.core.startup import migrate_and_seed  # noqa: E402
from mitai_app.nutrition import service, words  # noqa: E402
from mitai_app.nutrition.models import Food, MealEntry  # noqa: E402
from mitai_app.nutrition.search import search_text  # noqa: E402

DAYS = 3650
FOODS = 100_000
TODAY = date(2026, 3, 29)
SYLLABLES = ("ka", "lo", "mi", "ber", "sch", "to", "ra", "nu", "gel", "ost", "wei", "zen")
QUERIES = ("joghurt", "jöghurt", "hafer", "milch", "kalo ber", "nu", "banana", "mi to")


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def populate(engine) -> uuid.UUID:
    rng = random.Random(7)
    rows = []
    for n in range(FOODS):
        name = f"{_word(rng).capitalize()} {_word(rng)}"
        rows.append(
            {
                "id": uuid.uuid4(),
                "source": "off",
                "source_ref": str(n),
                "name_de": name,
                "name_en": name,
                "basis": "g",
                "kcal": rng.randint(20, 600),
                "protein_g": rng.randint(0, 30),
                "search_text": search_text((name,)),
            }
        )
    with engine.begin() as connection:
        connection.execute(sa.insert(Food.__table__), rows)
    with Session(engine) as session:
        profile = Profile(
            email="bench@example.org",
            pin_hash="x",
            sex="female",
            date_of_birth=date(1985, 4, 2),
            height_cm=168.0,
        )
        session.add(profile)
        session.commit()
        profile_id = profile.id
    food_ids = [r["id"] for r in rows[:300]]
    first = TODAY - timedelta(days=DAYS - 1)
    weights, entries = [], []
    for i in range(DAYS):
        day = first + timedelta(days=i)
        weights.append({"id": uuid.uuid4(), "profile_id": profile_id, "date": day, "weight": 70})
        for slot in ("breakfast", "lunch", "dinner", "snacks", "snacks", "lunch"):
            entries.append(
                {
                    "id": uuid.uuid4(),
                    "profile_id": profile_id,
                    "date": day,
                    "slot": slot,
                    "food_id": rng.choice(food_ids),
                    "name": "x",
                    "amount": 100,
                    "unit": "g",
                    "quantity": 100,
                    "kcal": rng.randint(200, 600),
                    "protein_g": 20,
                }
            )
    with engine.begin() as connection:
        connection.execute(sa.insert(WeightEntry.__table__), weights)
        connection.execute(sa.insert(MealEntry.__table__), entries)
    with engine.begin() as connection:  # statistics, as autovacuum would gather
        connection.execute(sa.text("ANALYZE"))
    return profile_id


def timed(runs: int, call: Callable[[], object]) -> tuple[float, float]:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return statistics.median(timings), timings[max(0, round(0.95 * len(timings)) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url")
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{tmp}/bench.db"
        engine = create_db_engine(url)
        with engine.begin() as connection:
            migrate_and_seed(connection)
        profile_id = populate(engine)
        print(
            f"database: {engine.dialect.name}; {FOODS:,} foods, {DAYS} days x 6 entries, "
            "daily weights"
        )

        def today_page() -> None:
            with Session(engine) as session:
                overview = service.day_overview(session=session, profile_id=profile_id, day=TODAY)
                recent = service.recent_foods(session=session, profile_id=profile_id)
            words.day_words(overview, "metric")
            [words.entry_row(entry, "metric") for entry in overview.entries]
            [words.food_row(food, "metric") for food in recent]

        queries = iter(QUERIES * args.runs)

        def search() -> None:
            with Session(engine) as session:
                service.search_foods(session=session, profile_id=profile_id, query=next(queries))

        def adaptive() -> None:
            with Session(engine) as session:
                service.adaptive_tdee(session=session, profile_id=profile_id, day=TODAY)

        for name, call in (
            ("Today page", today_page),
            ("food search", search),
            ("adaptive TDEE", adaptive),
        ):
            p50, p95 = timed(args.runs, call)
            print(f"{name:>13}: p50 {p50:6.1f} ms, p95 {p95:6.1f} ms ({args.runs} runs)")
        engine.dispose()


if __name__ == "__main__":
    main()
