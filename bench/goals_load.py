"""Goals' load: a profile with 10 years in every table goals reads (daily
weights, nutrition totals and morning vitals, weekly waist, monthly
skinfolds, four workouts a week, a custom goal's daily log, monthly results
of every fitness test, a weekly-goal row per week) and seven goals; the
server time of the Goals page's handlers (goals, week, achievements, focus
weights, phases), of its "where your effort goes" event and of the fitness
tests page (their services and the words they compose), p50 and p95 of
several runs; and one run of the phase-detection job over the last 12 weeks.

    python bench/goals_load.py [--database-url URL] [--runs N]

Default database: a temporary SQLite file. Targets: Goals page p95 < 50 ms,
one phase detection < 500 ms. The CPU time this process spent is printed
beside the wall time: on a shared machine it shows what the code costs
apart from waiting for a core (PostgreSQL's own work is not in it).
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlmodel import Session, select  # noqa: E402

from bench.handler_timing import print_handler_times  # noqa: E402
from mitai_app.accounts.models import Profile  # noqa: E402
from mitai_app.body.models import CircumferenceEntry, SkinfoldEntry, WeightEntry  # noqa: E402
from mitai_app.core.db import create_db_engine  # noqa: E402
from mitai_app.core.startup import migrate_and_seed  # noqa: E402
from mitai_app.goals import fitness, focus, service, weekly  # noqa: E402
from mitai_app.goals.achievements import achievement_words, note_achievements  # noqa: E402
from mitai_app.goals.data import FITNESS_TESTS  # noqa: E402
from mitai_app.goals.detection import (  # noqa: E402
    phase_words,
    phases_overview,
    store_suggestion,
)
from mitai_app.goals.models import FitnessTest, Goal, GoalProgress, WeeklyGoal  # noqa: E402
from mitai_app.nutrition.models import NutritionEntry  # noqa: E402
from mitai_app.recovery.models import VitalsBaseline  # noqa: E402
from mitai_app.training.models import Activity, TrainingType  # noqa: E402

DAYS = 3650
TODAY = date(2026, 3, 26)
GOALS = (  # type, start, target
    ("weight", 92.0, 80.0),
    ("waist", 98.0, 88.0),
    ("body_fat", 25.0, 18.0),
    ("training_frequency", 2.0, 4.0),
    ("protein_intake", 100.0, 150.0),
    ("resting_hr", 66.0, 58.0),
    ("custom", 10.0, 50.0),
)


def populate(session: Session) -> Profile:
    profile = Profile(
        email="bench@example.org",
        pin_hash="x",
        sex="male",
        date_of_birth=date(1985, 5, 1),
        timezone="Europe/Berlin",
    )
    session.add(profile)
    session.flush()
    owner = profile.id
    first = TODAY - timedelta(days=DAYS - 1)
    goals = [
        Goal(
            profile_id=owner,
            title=kind,
            goal_type=kind,
            start_date=first,
            start_value=start,
            target_value=target,
            current_value=start,
            is_primary=kind == "weight",
        )
        for kind, start, target in GOALS
    ]
    session.add_all(goals)
    session.flush()
    custom = goals[-1].id
    kinds = [  # running and yoga, so training's abilities have ratings
        session.exec(select(TrainingType.id).where(TrainingType.key == key)).one()
        for key in ("running", "yoga")
    ]
    for i in range(DAYS):
        day = first + timedelta(days=i)
        wave = math.sin(i / 40)
        session.add(WeightEntry(profile_id=owner, date=day, weight=92 - i * 0.003 + wave))
        session.add(
            NutritionEntry(profile_id=owner, date=day, kcal=2400, protein_g=120 + 10 * wave)
        )
        session.add(VitalsBaseline(profile_id=owner, date=day, resting_hr=62 + round(3 * wave)))
        session.add(GoalProgress(goal_id=custom, profile_id=owner, date=day, value=10 + i / 100))
        if i % 7 in (0, 2, 4, 5):
            session.add(
                Activity(
                    profile_id=owner,
                    date=day,
                    duration_minutes=45 + i % 30,
                    training_type_id=kinds[i % 2],
                )
            )
        if i % 7 == 0:
            session.add(CircumferenceEntry(profile_id=owner, date=day, c_waist=98 - i / 400))
            session.add(
                WeeklyGoal(
                    profile_id=owner,
                    week_start=day - timedelta(days=day.weekday()),
                    goals={"workouts": 3, "weigh_ins": 5},
                )
            )
        if i % 30 == 0:
            session.add(SkinfoldEntry(profile_id=owner, date=day, body_fat_pct=25 - i / 600))
            for test in FITNESS_TESTS.values():
                low, high = test.plausible
                session.add(
                    FitnessTest(
                        profile_id=owner,
                        test_date=day,
                        test_type=test.key,
                        result_value=round((low + high) / 2),
                        result_unit=test.unit,
                    )
                )
    session.commit()
    return profile


def goals_page(session: Session, profile_id) -> None:
    """What the Goals page's load event and its phases section ask for."""
    views = service.goals_overview(session=session, profile_id=profile_id, today=TODAY)
    for view in views:
        service.goal_words(view, "en")
    overview = weekly.weekly_overview(session=session, profile_id=profile_id, today=TODAY)
    weekly.week_rows(overview)
    weekly.streak_words(overview, "en")
    found = note_achievements(
        session=session, profile_id=profile_id, goals=views, weekly=overview, today=TODAY
    )
    achievement_words(found, "en")
    focus.focus_weights(session=session, profile_id=profile_id)
    for phase in phases_overview(session=session, profile_id=profile_id):
        phase_words(phase, "en")


def effort_view(session: Session, profile_id) -> None:
    focus.effort(session=session, profile_id=profile_id, today=TODAY)


def fitness_page(session: Session, profile_id) -> None:
    history = fitness.history_of(
        session=session, profile_id=profile_id, test_key="cooper_12min", today=TODAY
    )
    for result in history.results:
        fitness.result_words(history.test, result, "en")
    for index in range(len(history.bands)):
        fitness.band_words(history.test, history.bands, index, "en")
    fitness.norm_words(history, "en")


def phase_detection(session: Session, profile_id) -> None:
    """One run of the queued job: detect and keep the suggestion."""
    store_suggestion(session=session, profile_id=profile_id, today=TODAY)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{tmp}/bench.db"
        engine = create_db_engine(url)
        with engine.begin() as connection:
            migrate_and_seed(connection)
        with Session(engine) as session:
            profile_id = populate(session).id
        print(
            f"database: {engine.dialect.name}; {DAYS} days of weights, nutrition, vitals and a "
            f"custom goal's log, weekly waist and weekly goals, monthly skinfolds and fitness "
            f"tests, 4 workouts a week; {len(GOALS)} goals"
        )
        print_handler_times(
            engine,
            profile_id,
            (
                ("Goals page", goals_page, args.runs),
                ("Effort view", effort_view, args.runs),
                ("Fitness page", fitness_page, args.runs),
                ("Phase detection", phase_detection, max(args.runs // 4, 5)),
            ),
        )
        engine.dispose()


if __name__ == "__main__":
    main()
