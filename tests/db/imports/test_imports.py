"""Apple Health imports on SQLite and PostgreSQL: a second import adds
nothing, a manual entry is kept and the conflict reported, undo removes
exactly what the import added, a job killed halfway and run again ends with
the same rows, and the import is charged to the plan."""

from __future__ import annotations

import io
import uuid
import zipfile
from datetime import date, datetime, timedelta

import pytest
import sqlalchemy as sa

from mitai_app.accounts.models import Profile
from mitai_app.body.logs import DEVICE_MEASUREMENTS
from mitai_app.body.service import add_weight
from mitai_app.core import logs
from mitai_app.core.access import FeatureRefused
from mitai_app.core.columns import utcnow
from mitai_app.imports import runner, service, writer
from mitai_app.imports.consts import STALLED_AFTER_S
from mitai_app.imports.models import ImportJob
from mitai_app.training.daily_activity import day_summaries, record_day
from mitai_app.training.models import DailyActivity
from tests.factories import new_profile
from tests.fixtures.apple_health import (
    WATCH,
    body_measures,
    export_xml,
    export_zip,
    record,
    run_with_heart_rate,
    weight,
    write,
)

HOUSEHOLD = {"tier": "selfhosted"}  # imports without limit


def _import(session, owner, path):
    job = service.start_import(session=session, profile_id=owner, path=path, filename=path.name)
    assert runner.run_job(session=session, job_id=job.id) == "done"
    return service.job(session=session, profile_id=owner, job_id=job.id)


def _rows(session, owner) -> dict[str, set]:
    """What the profile holds per table, without ids (comparable across runs)."""
    held = {}
    for name in (*writer.MODELS, writer.DAILY):
        t = writer.table(name) if name in writer.MODELS else DailyActivity.__table__
        skip = {"id", "profile_id", "import_id", "created_at", "updated_at"}
        columns = [c for c in t.c if c.name not in skip]
        found = session.execute(sa.select(*columns).where(t.c.profile_id == owner))
        held[name] = {repr(tuple(row)) for row in found}
    return held


@pytest.fixture
def export(tmp_path):
    return write(tmp_path / "export.zip", export_zip())


def test_the_same_file_twice_adds_nothing_the_second_time(session, export):
    owner = new_profile(session, **HOUSEHOLD)
    first = _import(session, owner, export)
    assert {t.table: t.added for t in first.tables} == {
        "weight_log": 3,
        "vitals_baseline": 1,
        "blood_pressure_log": 1,
        "sleep_log": 1,
        "activity_log": 2,
        "daily_activity": 1,
    }
    held = _rows(session, owner)
    vitals = writer.table("vitals_baseline")
    assert session.execute(  # stored with Apple Health's measure, so shown as SDNN
        sa.select(vitals.c.hrv, vitals.c.hrv_measure).where(vitals.c.profile_id == owner)
    ).one() == (62, "sdnn")
    second = _import(session, owner, export)
    assert (second.added, second.updated, second.skipped) == (0, 0, 9)
    assert _rows(session, owner) == held
    assert first.not_imported == 2  # heart rate, activity summary


def test_a_manual_weight_is_kept_and_the_conflict_reported(session, export):
    owner = new_profile(session, **HOUSEHOLD)
    add_weight(session=session, profile_id=owner, day=date(2024, 3, 1), kg=77.7)
    done = _import(session, owner, export)
    t = writer.table("weight_log")
    kept = session.execute(
        sa.select(t.c.weight, t.c.source).where(
            t.c.profile_id == owner, t.c.date == date(2024, 3, 1)
        )
    ).one()
    assert tuple(kept) == (77.7, "manual")
    assert done.conflicts == 1
    report = service.report_csv(session=session, profile_id=owner, job_id=done.id, lang="en")
    assert "Your own entry kept" in report and "77.7" in report and "79.5" in report
    assert "Value out of range" in report  # the 900 kg line


def test_undo_removes_exactly_what_the_import_added(session, export, tmp_path):
    owner = new_profile(session, **HOUSEHOLD)
    add_weight(session=session, profile_id=owner, day=date(2024, 2, 1), kg=81)
    other = write(tmp_path / "other.xml", export_xml(weight(78, "2023-01-01 07:00:00 +0100")))
    _import(session, owner, other)
    before = _rows(session, owner)
    done = _import(session, owner, export)
    assert service.undo_import(session=session, profile_id=owner, job_id=done.id) == {
        "daily_activity": 1,
        "weight_log": 3,
        "body_device_log": 0,
        "vitals_baseline": 1,
        "blood_pressure_log": 1,
        "sleep_log": 1,
        "activity_log": 2,
        "nutrition_log": 0,
    }
    assert _rows(session, owner) == before  # the manual and the other import's weight stay
    assert service.job(session=session, profile_id=owner, job_id=done.id).status == "undone"


def _device_series(session, owner) -> dict:
    t = writer.table("body_device_log")
    found = session.execute(
        sa.select(t.c.date, t.c.body_fat_pct, t.c.lean_mass_kg, t.c.waist_cm, t.c.source)
        .where(t.c.profile_id == owner)
        .order_by(t.c.date)
    )
    return {row.date: tuple(row)[1:] for row in found}


def test_body_measures_import_once_keep_a_typed_day_and_undo_exactly(session, tmp_path):
    owner = new_profile(session, **HOUSEHOLD)
    typed = logs.add(
        DEVICE_MEASUREMENTS,
        session=session,
        profile_id=owner,
        entry=logs.LogInput(date(2024, 3, 2), {"body_fat_pct": [19.0]}),
    )
    before = _rows(session, owner)
    export = write(tmp_path / "export.xml", export_xml(body_measures()))
    first = _import(session, owner, export)
    counts = {t.table: (t.added, t.skipped) for t in first.tables}
    assert counts["body_device_log"] == (2, 1)
    assert _device_series(session, owner) == {
        date(2024, 3, 1): (22.5, 61.6, 86.5, "apple_health"),
        date(2024, 3, 2): (19.0, None, None, "manual"),  # typed: kept
        date(2024, 3, 3): (None, None, 86.36, "apple_health"),
    }
    assert first.conflicts == 1
    held = _rows(session, owner)
    second = _import(session, owner, export)
    assert second.added == 0
    assert _rows(session, owner) == held
    removed = service.undo_import(session=session, profile_id=owner, job_id=first.id)
    assert (removed["body_device_log"], removed["weight_log"]) == (2, 1)
    assert _rows(session, owner) == before
    assert logs.page(DEVICE_MEASUREMENTS, session=session, profile_id=owner)[0].id == typed.id


def _height(session, owner):
    return session.execute(sa.select(Profile.height_cm).where(Profile.id == owner)).scalar_one()


def test_the_height_fills_an_empty_profile_and_its_undo_clears_it(session, tmp_path):
    owner = new_profile(session, **HOUSEHOLD)
    export = write(tmp_path / "export.xml", export_xml(body_measures()))
    first = _import(session, owner, export)
    assert _height(session, owner) == 178.0
    assert {t.table: t.added for t in first.tables}["profiles"] == 1
    assert _import(session, owner, export).added == 0
    assert service.undo_import(session=session, profile_id=owner, job_id=first.id)["profiles"] == 1
    assert _height(session, owner) is None


def test_a_typed_height_is_kept_and_the_conflict_reported(session, tmp_path):
    owner = new_profile(session, **HOUSEHOLD)
    session.execute(sa.update(Profile).where(Profile.id == owner).values(height_cm=181.5))
    session.commit()
    export = write(tmp_path / "export.xml", export_xml(body_measures()))
    done = _import(session, owner, export)
    assert _height(session, owner) == 181.5
    assert done.conflicts == 1
    service.undo_import(session=session, profile_id=owner, job_id=done.id)
    assert _height(session, owner) == 181.5


def test_heart_rate_samples_fill_the_workouts_time_at_each_rate(session, tmp_path):
    owner = new_profile(session, **HOUSEHOLD)
    export = write(tmp_path / "export.xml", export_xml(run_with_heart_rate()))
    _import(session, owner, export)
    t = writer.table("activity_log")
    stored = dict(
        session.execute(
            sa.select(t.c.description, t.c.hr_seconds).where(t.c.profile_id == owner)
        ).all()
    )
    assert stored == {"Running": {"120": 10, "130": 30, "150": 20}, "Yoga": None}
    assert _import(session, owner, export).added == 0


def test_a_job_killed_halfway_and_run_again_gives_the_same_rows(session, export, monkeypatch):
    clean, killed = new_profile(session, **HOUSEHOLD), new_profile(session, **HOUSEHOLD)
    monkeypatch.setattr(runner, "BATCH_DAYS", 1)
    clean_job = _import(session, clean, export)

    class Killed(BaseException):
        pass

    write_batch, calls = writer.write_batch, []

    def dies_on_the_third_batch(**kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise Killed
        write_batch(**kwargs)

    job = service.start_import(session=session, profile_id=killed, path=export, filename="e")
    monkeypatch.setattr(writer, "write_batch", dies_on_the_third_batch)
    with pytest.raises(Killed):
        runner.run_job(session=session, job_id=job.id)
    session.rollback()  # what the killed process had not committed
    assert 0 < sum(len(rows) for rows in _rows(session, killed).values()) < 8
    # Another worker sees the job running without a heartbeat, and takes it.
    assert runner.run_job(session=session, job_id=job.id) is None  # still fresh
    session.execute(
        sa.update(ImportJob.__table__)
        .where(ImportJob.__table__.c.id == uuid.UUID(job.id))
        .values(heartbeat_at=utcnow() - timedelta(seconds=STALLED_AFTER_S + 5))
    )
    session.commit()
    assert job.id in {str(i) for i in runner.stalled_jobs(session)}
    monkeypatch.setattr(writer, "write_batch", write_batch)
    assert runner.run_job(session=session, job_id=job.id) == "done"
    assert _rows(session, killed) == _rows(session, clean)
    rerun = service.job(session=session, profile_id=killed, job_id=job.id)
    assert (rerun.added, rerun.skipped) == (clean_job.added, clean_job.skipped)


def test_a_newer_export_updates_what_an_import_added(session, tmp_path):
    owner = new_profile(session, **HOUSEHOLD)
    first = write(tmp_path / "a.xml", export_xml(weight(80, "2024-03-01 07:00:00 +0100")))
    _import(session, owner, first)
    later = export_xml(
        weight(80, "2024-03-01 07:00:00 +0100") + weight(79, "2024-03-01 20:00:00 +0100")
    )
    done = _import(session, owner, write(tmp_path / "b.xml", later))
    assert (done.added, done.updated) == (0, 1)
    t = writer.table("weight_log")
    assert session.scalar(sa.select(t.c.weight).where(t.c.profile_id == owner)) == 79


def test_steps_energy_and_distance_of_every_source_go_into_the_daily_activity_summary(
    session, tmp_path
):
    owner = new_profile(session, **HOUSEHOLD)
    record_day(session=session, profile_id=owner, day=date(2024, 3, 2), values={"steps": 9000})
    day = "2024-03-01 {} +0100"
    content = "".join(
        (
            record("HKQuantityTypeIdentifierStepCount", 4000, day.format("09:00:00"), unit="count"),
            record(
                "HKQuantityTypeIdentifierStepCount",
                3500,
                day.format("09:00:00"),
                unit="count",
                source=WATCH,
            ),
            record(
                "HKQuantityTypeIdentifierActiveEnergyBurned", 2.5, day.format("10:00:00"), unit="kJ"
            ),
            record(
                "HKQuantityTypeIdentifierActiveEnergyBurned",
                300,
                day.format("11:00:00"),
                unit="kcal",
            ),
            record(
                "HKQuantityTypeIdentifierBasalEnergyBurned",
                1650,
                day.format("12:00:00"),
                unit="kcal",
            ),
            record(
                "HKQuantityTypeIdentifierDistanceWalkingRunning",
                5.25,
                day.format("13:00:00"),
                unit="km",
            ),
            record(
                "HKQuantityTypeIdentifierDistanceWalkingRunning",
                500,
                day.format("14:00:00"),
                unit="m",
            ),
            # A typed day: the import's row sits beside it, the typed steps win.
            record(
                "HKQuantityTypeIdentifierStepCount", 7000, "2024-03-02 09:00:00 +0100", unit="count"
            ),
        )
    )
    done = _import(session, owner, write(tmp_path / "steps.xml", export_xml(content)))
    assert [(t.table, t.added) for t in done.tables] == [("daily_activity", 2)]
    days = day_summaries(
        session=session, profile_id=owner, since=date(2024, 3, 1), until=date(2024, 3, 2)
    )
    assert [(d.date, d.values, d.sources["steps"]) for d in days] == [
        (
            date(2024, 3, 1),
            {"steps": 7500, "active_kcal": 301, "resting_kcal": 1650, "distance_km": 5.75},
            "apple_health",
        ),
        (date(2024, 3, 2), {"steps": 9000}, "manual"),
    ]
    again = _import(session, owner, write(tmp_path / "again.xml", export_xml(content)))
    assert (again.added, again.updated, again.skipped) == (0, 0, 2)
    service.undo_import(session=session, profile_id=owner, job_id=done.id)
    days = day_summaries(
        session=session, profile_id=owner, since=date(2024, 3, 1), until=date(2024, 3, 2)
    )
    assert [(d.date, d.values) for d in days] == [(date(2024, 3, 2), {"steps": 9000})]


def _route(start: str, minutes: int) -> bytes:
    """A route as the Health app writes it in workout-routes/: a point a
    minute over 2 km, no heart rate."""
    first = datetime.fromisoformat(start)
    points = "".join(
        f'<trkpt lat="{52.52 + 0.018 * i / minutes:.5f}" lon="13.4050"><ele>34</ele>'
        f"<time>{(first + timedelta(minutes=i)).strftime('%Y-%m-%dT%H:%M:%SZ')}</time></trkpt>"
        for i in range(minutes + 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><gpx version="1.1" creator="Apple Health Export" '
        'xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Route</name><trkseg>'
        f"{points}</trkseg></trk></gpx>"
    ).encode()


def test_workout_routes_in_the_zip_give_their_workout_its_distance(session, tmp_path):
    owner = new_profile(session, timezone="Europe/Berlin", **HOUSEHOLD)
    hike = (
        ' <Workout workoutActivityType="HKWorkoutActivityTypeHiking" duration="60" '
        f'durationUnit="min" {WATCH} startDate="2024-03-02 10:00:00 +0100" '
        'endDate="2024-03-02 11:00:00 +0100"/>\n'
    )
    data = export_zip(
        export_xml(hike),
        extra={
            # The hike's track, and a walk whose workout the export lacks.
            "apple_health_export/workout-routes/route_2024-03-02_10.00am.gpx": _route(
                "2024-03-02T09:00:30", 59
            ),
            "apple_health_export/workout-routes/route_2024-03-05_6.00pm.gpx": _route(
                "2024-03-05T17:00:00", 20
            ),
        },
    )
    done = _import(session, owner, write(tmp_path / "export.zip", data))
    assert [(t.table, t.added) for t in done.tables] == [("activity_log", 2)]
    t = writer.table("activity_log")
    assert session.execute(
        sa.select(t.c.date, t.c.duration_minutes, t.c.distance_km, t.c.description)
        .where(t.c.profile_id == owner)
        .order_by(t.c.date)
    ).all() == [(date(2024, 3, 2), 60, 2.0, "Hiking"), (date(2024, 3, 5), 20, 2.0, "Route")]


def test_starting_an_import_is_charged_to_the_plan(session, export):
    free = new_profile(session)  # the free tier imports nothing
    with pytest.raises(FeatureRefused):
        service.start_import(session=session, profile_id=free, path=export, filename="e")
    assert service.history(session=session, profile_id=free) == []


def test_a_cancelled_job_stops_and_a_bad_file_fails_with_its_reason(session, export, tmp_path):
    owner = new_profile(session, **HOUSEHOLD)
    job = service.start_import(session=session, profile_id=owner, path=export, filename="e")
    service.request_cancel(session=session, profile_id=owner, job_id=job.id)
    assert runner.run_job(session=session, job_id=job.id) == "cancelled"
    png = write(tmp_path / "export.zip", b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    bad = service.start_import(session=session, profile_id=owner, path=png, filename="x.zip")
    assert runner.run_job(session=session, job_id=bad.id) == "failed"
    failed = service.job(session=session, profile_id=owner, job_id=bad.id)
    assert failed.error == "imports.error.unknown_format"
    assert [j.status for j in service.history(session=session, profile_id=owner)] == [
        "failed",
        "cancelled",
    ]


def test_another_profile_cannot_see_undo_or_read_an_import(session, export):
    owner, stranger = new_profile(session, **HOUSEHOLD), new_profile(session, **HOUSEHOLD)
    done = _import(session, owner, export)
    from mitai_app.core.errors import UserError

    for call in (service.job, service.undo_import, service.request_cancel):
        with pytest.raises(UserError):
            call(session=session, profile_id=stranger, job_id=done.id)
    assert sum(len(r) for r in _rows(session, owner).values()) == 9


def test_withings_after_apple_health_keeps_the_first_sources_day(session, export, tmp_path):
    from tests.fixtures.apple_health import WITHINGS_DE

    owner = new_profile(session, **HOUSEHOLD)
    _import(session, owner, export)
    done = _import(session, owner, write(tmp_path / "weight.csv", WITHINGS_DE))
    # 1 and 2 March already hold Apple Health's weights: one weight a day.
    assert (done.added, done.skipped, done.conflicts) == (0, 2, 0)
    t = writer.table("weight_log")
    sources = session.scalars(sa.select(t.c.source).where(t.c.profile_id == owner)).all()
    assert set(sources) == {"apple_health"}


def _zip_of(name: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    return buffer.getvalue()


BAD_FILES = {
    "empty.csv": (b"", "imports.error.empty"),
    "photo.csv": (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "imports.error.unknown_format"),
    "parent.zip": (_zip_of("../export.xml", export_xml()), "imports.error.zip_path"),
    "bomb.zip": (_zip_of("export.xml", b"\0" * (4 * 1024 * 1024)), "imports.error.zip_ratio"),
    "entities.xml": (
        b'<?xml version="1.0"?><!DOCTYPE HealthData [<!ENTITY a "aaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><HealthData>&b;</HealthData>',
        "imports.error.xml_refused",
    ),
    "external.xml": (
        b'<?xml version="1.0"?><!DOCTYPE HealthData [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<HealthData><Record type="HKQuantityTypeIdentifierBodyMass" value="&x;"/></HealthData>',
        "imports.error.xml_refused",
    ),
    "weight.json": (
        b'[{"logId": 1, "weight": 170, "bmi": 24, "date": "03/01/24"',
        "imports.error.json_broken",
    ),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_a_bad_file_fails_with_its_message_and_touches_no_profile(session, export, tmp_path, name):
    data, message = BAD_FILES[name]
    other, owner = new_profile(session, **HOUSEHOLD), new_profile(session, **HOUSEHOLD)
    _import(session, other, export)
    held = _rows(session, other)
    job = service.start_import(
        session=session, profile_id=owner, path=write(tmp_path / name, data), filename=name
    )
    assert runner.run_job(session=session, job_id=job.id) == "failed"
    assert service.job(session=session, profile_id=owner, job_id=job.id).error == message
    assert all(not rows for rows in _rows(session, owner).values())
    assert _rows(session, other) == held
