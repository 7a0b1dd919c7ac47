"""Training at scale: a profile with 10 years of training (3,000 activities;
3,000 strength workouts of 4 exercises × 10 sets over the 24 seeded
exercises, 120,000 sets); the server time of what the Training page's
handler runs (the overview: week, minutes, load, zones, abilities; and the
latest exercise's records and progress), of the strength page (the day's
workout with its records) and of saving one set (with the records it
breaks), p50 and p95 of several runs, wall and CPU time.

    python bench/training_load.py [--database-url URL] [--runs N]

Default database: a temporary SQLite file. Targets: Training page p95 < 50 ms,
one set p95 < 20 ms.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlalchemy as sa  # noqa: E402
from sqlmodel import Session, select  # noqa: E402

from bench.handler_timing import print_handler_times  # noqa: E402
from mitai_app.accounts.models import Profile  # noqa: E402
from mitai_app.core.db import create_db_engine  # noqa: E402
from mitai_app.core.startup import migrate_and_seed  # noqa: E402
from mitai_app.training import workouts  # noqa: E402
from mitai_app.training.models import (  # noqa: E402
    Activity,
    Exercise,
    TrainingType,
    Workout,
    WorkoutExercise,
    WorkoutSet,
)
from mitai_app.training.overview import training_overview  # noqa: E402

TODAY = date(2026, 3, 29)
ACTIVITIES = 3000
SETS = 120_000
EXERCISES_PER_WORKOUT = 4


def populate(session: Session) -> tuple[uuid.UUID, str]:
    """The profile, and a workout item of today to add sets to."""
    profile = Profile(
        email="bench@example.org", pin_hash="x", date_of_birth=date(1985, 4, 2), sex="male"
    )
    session.add(profile)
    session.flush()
    types = {t.key: t for t in session.exec(select(TrainingType)).all()}
    exercises = [e.id for e in session.exec(select(Exercise)).all()]  # the 24 seeded
    kinds = ["running", "strength_training", "cycling", "yoga"]
    workouts_needed = SETS // (EXERCISES_PER_WORKOUT * 10)  # 10 sets an exercise
    step = 3650 / ACTIVITIES
    item_today = None
    for n in range(ACTIVITIES):
        day = TODAY - timedelta(days=int(3649 - n * step))
        kind = types[kinds[n % 4]]
        session.add(
            Activity(
                profile_id=profile.id,
                date=day,
                start_time=clock(7, 30),
                duration_minutes=45,
                training_type_id=kind.id,
                training_category=kind.category,
                kcal=400,
                avg_hr=140,
                max_hr=170,
                rpe=6,
            )
        )
    for n in range(workouts_needed):
        day = TODAY - timedelta(days=int(3649 - n * 3650 / workouts_needed))
        workout = Workout(profile_id=profile.id, date=day)
        session.add(workout)
        session.flush()
        for position in range(EXERCISES_PER_WORKOUT):
            item = WorkoutExercise(
                profile_id=profile.id,
                workout_id=workout.id,
                exercise_id=exercises[(n + position) % len(exercises)],
                position=position,
            )
            session.add(item)
            session.flush()
            item_today = item.id
            for s in range(10):
                session.add(
                    WorkoutSet(
                        profile_id=profile.id,
                        workout_exercise_id=item.id,
                        exercise_id=item.exercise_id,
                        workout_id=workout.id,
                        date=day,
                        position=s,
                        reps=8,
                        weight_kg=40 + (n % 50) + s,
                        kind="working",
                    )
                )
        if n % 200 == 0:
            session.commit()
    session.commit()
    # The records kept from the sets, as the migration or a restore makes them.
    start = time.perf_counter()
    workouts.rebuild_records(session=session, profile_id=profile.id)
    session.commit()
    print(f"kept records rebuilt from {SETS} sets in {time.perf_counter() - start:.1f} s")
    return profile.id, str(item_today)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{tmp}/bench.db"
        engine = create_db_engine(url)
        with engine.begin() as connection:
            migrate_and_seed(connection)
        with Session(engine) as session:
            profile_id, item = populate(session)
            sets = len(session.exec(select(WorkoutSet.id)).all())
        # Planner statistics and (PostgreSQL) the visibility map, as a
        # database that has lived with the data has them from autovacuum.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            vacuum = "VACUUM ANALYZE" if engine.dialect.name == "postgresql" else "ANALYZE"
            connection.execute(sa.text(vacuum))
        print(f"database: {engine.dialect.name}; {ACTIVITIES} activities, {sets} sets")

        def page(session, profile_id):
            training_overview(session=session, profile_id=profile_id, today=TODAY)
            workouts.strength_summary(session=session, profile_id=profile_id)

        def strength(session, profile_id):
            workouts.strength_page(session=session, profile_id=profile_id, day=TODAY)

        def one_set(session, profile_id):
            workouts.add_set(
                session=session,
                profile_id=profile_id,
                workout_exercise_id=item,
                entry=workouts.SetInput(reps=5, weight_kg=80),
            )

        print_handler_times(
            engine,
            profile_id,
            (
                ("Training page (overview, records, progress)", page, args.runs),
                ("Strength page (workout, records)", strength, args.runs),
            ),
        )
        statements = []
        sa.event.listen(
            engine, "before_cursor_execute", lambda *_: statements.append(1), named=False
        )
        print_handler_times(
            engine, profile_id, (("Save one set (with records)", one_set, args.runs),)
        )
        print(f"statements per saved set: {len(statements) / args.runs:.0f}")
        engine.dispose()


if __name__ == "__main__":
    main()
