"""Recovery pages' load: a profile with 10 years of data (3,650 nights,
3,650 morning vitals, 15,000 blood-pressure readings, weekly rest days); the
server time of what each page's handler runs (its services and the words it
composes), p50 and p95 of several runs; and the time to build the doctor's
report of the last year (about 1,500 readings) as a PDF.

    python bench/recovery_load.py [--database-url URL] [--runs N]

Default database: a temporary SQLite file. Target: p95 < 50 ms per page,
< 2 s for the one-year report. The process's CPU time is printed beside the
wall time, and the load average after the runs: on a busy machine the wall
time waits for a core.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlmodel import Session  # noqa: E402

from bench.handler_timing import print_handler_times  # noqa: E402
from mitai_app.accounts.models import Profile  # noqa: E402
from mitai_app.core.db import create_db_engine  # noqa: E402
from mitai_app.core.startup import migrate_and_seed  # noqa: E402
from mitai_app.recovery import service, views  # noqa: E402
from mitai_app.recovery.logs import BLOOD_PRESSURE, VITALS  # noqa: E402
from mitai_app.recovery.models import (  # noqa: E402
    BloodPressureReading,
    RestDay,
    SleepEntry,
    VitalsBaseline,
)
from mitai_app.recovery.report import blood_pressure_report_pdf  # noqa: E402
from mitai_app.recovery.rest import rest_overview  # noqa: E402
from mitai_app.recovery.sleep import sleep_nights  # noqa: E402
from mitai_app.ui.log_list import row_view  # noqa: E402

DAYS = 3650
READINGS = 15_000
TODAY = date(2026, 3, 29)


def populate(session: Session) -> Profile:
    profile = Profile(email="bench@example.org", pin_hash="x", date_of_birth=date(1980, 5, 1))
    session.add(profile)
    session.flush()
    first = TODAY - timedelta(days=DAYS - 1)
    hours = (7, 21, 13, 7)  # about four readings a day, some days more
    for i in range(DAYS):
        day = first + timedelta(days=i)
        wave = math.sin(i / 30)
        bed = datetime(day.year, day.month, day.day, tzinfo=UTC) - timedelta(minutes=60 + i % 45)
        session.add(
            SleepEntry(
                profile_id=profile.id,
                date=day,
                sleep_start=bed,
                sleep_end=bed + timedelta(hours=7, minutes=40),
                total_duration_minutes=440,
                sleep_segments={"deep": 80, "rem": 100, "light": 260, "awake": 20},
                quality_score=80,
            )
        )
        session.add(
            VitalsBaseline(
                profile_id=profile.id,
                date=day,
                resting_hr=55 + round(3 * wave),
                hrv=50 + round(8 * wave),
                hrv_measure="rmssd",
                spo2=97,
                respiratory_rate=14,
            )
        )
        if i % 7 == 0:
            session.add(RestDay(profile_id=profile.id, date=day, focus="relaxation"))
    for n in range(READINGS):
        day = first + timedelta(days=n * DAYS // READINGS)
        moment = datetime(day.year, day.month, day.day, hours[n % 4], n % 60, tzinfo=UTC)
        session.add(
            BloodPressureReading(
                profile_id=profile.id,
                measured_at=moment,
                systolic=125 + n % 20,
                diastolic=78 + n % 10,
                pulse=60 + n % 15,
                context="morning",
                afib_detected=n % 500 == 0,
            )
        )
    session.commit()
    return profile


def vitals_page(session: Session, profile_id) -> None:
    data = service.vitals_page(session=session, profile_id=profile_id, day=TODAY)
    views.readiness_words(data.readiness, "en")
    [views.readiness_input_words(i, "en") for i in data.readiness.inputs]
    bp = data.blood_pressure
    for row in bp.readings:
        row_view(BLOOD_PRESSURE, row, "metric")
        views.reading_facts(row)
        views.reading_words(row, "en")
    views.home_words(bp.home, "en")
    morning = data.morning
    measure = morning.latest.details["hrv_measure"]
    [views.vital_words(sign, measure, "en") for sign in morning.signs]
    [row_view(VITALS, row, "metric") for row in morning.recent]


def sleep_page(session: Session, profile_id) -> None:
    nights = sleep_nights(session=session, profile_id=profile_id)
    views.night_charts(nights)
    for night in nights:
        views.night_words(night, "en")
        [views.component_words(night, c, "en") for c in night.score.components]


def rest_page(session: Session, profile_id) -> None:
    overview = rest_overview(session=session, profile_id=profile_id, today=TODAY)
    [views.weekday_words(day, rows, sessions, "en") for day, rows, sessions in overview.week]
    [views.rest_words(row, "en") for row in overview.days]


def year_report(session: Session, profile_id) -> None:
    blood_pressure_report_pdf(
        session=session,
        profile_id=profile_id,
        first=TODAY - timedelta(days=364),
        last=TODAY,
        lang="de",
        today=TODAY,
    )


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
            f"database: {engine.dialect.name}; {DAYS} nights, {DAYS} morning vitals, "
            f"{READINGS} blood-pressure readings, weekly rest days"
        )
        print_handler_times(
            engine,
            profile_id,
            (
                ("Vitals", vitals_page, args.runs),
                ("Sleep", sleep_page, args.runs),
                ("Rest days", rest_page, args.runs),
                ("Report 1 y", year_report, max(args.runs // 4, 5)),
            ),
        )
        print(f"load average: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
        engine.dispose()


if __name__ == "__main__":
    main()
