"""The ingest endpoints on SQLite and PostgreSQL: a phone automation's
payload lands in the tables with its provenance and answers counts per
table; the same payload twice adds nothing; a manual entry is kept; a token
needs write on every module the payload brings data for."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlmodel import select

from mitai_app.body.models import WeightEntry
from mitai_app.imports import runner, service
from mitai_app.imports.models import ImportJob
from mitai_app.recovery.models import BloodPressureReading
from mitai_app.training.models import Activity
from tests.db.api.conftest import bearer
from tests.factories import new_profile
from tests.fixtures.apple_health import WATCH, export_xml, write

HAE = "/v1/ingest/health-auto-export"
PAYLOAD = {
    "data": {
        "metrics": [
            {
                "name": "weight_body_mass",
                "units": "kg",
                "data": [
                    {"date": "2026-03-01 07:10:00 +0100", "qty": 71.4, "source": "Withings"},
                    {"date": "2026-03-02 07:05:00 +0100", "qty": 71.1, "source": "Withings"},
                ],
            },
            {
                "name": "blood_pressure",
                "units": "mmHg",
                "data": [{"date": "2026-03-01 07:30:00 +0100", "systolic": 128, "diastolic": 82}],
            },
            {"name": "step_count", "units": "count", "data": [{"date": "2026-03-01", "qty": 1}]},
        ],
        "workouts": [
            {
                "name": "Outdoor Run",
                "start": "2026-03-01 18:00:00 +0100",
                "end": "2026-03-01 18:40:00 +0100",
                "duration": 2400,
                "distance": {"qty": 7.2, "units": "km"},
            }
        ],
    }
}
ALL = ("body:write", "recovery:write", "training:write")


def _weights(session, owner) -> dict[date, tuple[float, str, str | None]]:
    rows = session.exec(select(WeightEntry).where(WeightEntry.profile_id == owner))
    return {row.date: (float(row.weight), row.source, row.source_device) for row in rows}


def test_a_payload_lands_with_its_provenance_and_twice_adds_nothing(session, client):
    ana = new_profile(session, tier="premium")
    headers = bearer(session, ana, *ALL)

    first = client.post(HAE, headers=headers, json=PAYLOAD)
    again = client.post(HAE, headers=headers, json=PAYLOAD)

    assert first.status_code == 200, first.text
    answer = first.json()
    assert {table: c["added"] for table, c in answer["counts"].items()} == {
        "weight_log": 2,
        "blood_pressure_log": 1,
        "activity_log": 1,
    }
    assert answer["not_imported"] == {"step_count": 1} and answer["import_id"]
    assert again.status_code == 200
    assert {table: c["added"] for table, c in again.json()["counts"].items()} == {
        "weight_log": 0,
        "blood_pressure_log": 0,
        "activity_log": 0,
    }
    assert again.json()["import_id"] is None  # nothing changed: no import recorded
    assert _weights(session, ana) == {
        date(2026, 3, 1): (71.4, "health_auto_export", "Withings"),
        date(2026, 3, 2): (71.1, "health_auto_export", "Withings"),
    }
    assert len(session.exec(select(Activity).where(Activity.profile_id == ana)).all()) == 1
    (job,) = session.exec(select(ImportJob).where(ImportJob.profile_id == ana)).all()
    assert str(job.id) == answer["import_id"] and job.status == "done"


def test_a_manual_entry_is_never_overwritten(session, client):
    ana = new_profile(session, tier="premium")
    session.add(WeightEntry(profile_id=ana, date=date(2026, 3, 1), weight=Decimal("70.00")))
    session.commit()

    answer = client.post(HAE, headers=bearer(session, ana, *ALL), json=PAYLOAD).json()

    assert answer["conflicts"] == 1 and answer["counts"]["weight_log"]["skipped"] == 1
    assert _weights(session, ana)[date(2026, 3, 1)] == (70.0, "manual", None)


def test_a_token_needs_write_on_every_module_of_the_payload(session, client):
    ana = new_profile(session, tier="premium")
    refused = client.post(HAE, headers=bearer(session, ana, "body:write"), json=PAYLOAD)
    assert refused.status_code == 403
    assert "recovery:write" in refused.json()["detail"]
    assert "training:write" in refused.json()["detail"]
    assert _weights(session, ana) == {}
    wrong = client.post(HAE, headers={"Authorization": "Bearer mjt_nope"}, json=PAYLOAD)
    assert wrong.status_code == 401


def test_simple_samples_and_bad_bodies(session, client):
    ana = new_profile(session, tier="premium", timezone="Europe/Berlin")
    headers = bearer(session, ana, *ALL)
    made = client.post(
        "/v1/ingest/samples",
        headers=headers,
        json={
            "samples": [
                {"type": "weight", "date": "2026-03-01T07:00:00", "value": 158, "unit": "lb"},
                {
                    "type": "blood_pressure",
                    "date": "2026-03-01T06:30:00Z",
                    "systolic": 119,
                    "diastolic": 77,
                    "source": "Shortcut",
                },
            ]
        },
    )
    assert made.status_code == 200, made.text
    assert made.json()["counts"]["weight_log"]["added"] == 1
    (reading,) = session.exec(
        select(BloodPressureReading).where(BloodPressureReading.profile_id == ana)
    ).all()
    assert (reading.systolic, reading.source, reading.source_device) == (
        119,
        "api_samples",
        "Shortcut",
    )
    assert _weights(session, ana)[date(2026, 3, 1)][0] == 71.67

    unknown = client.post(
        "/v1/ingest/samples", headers=headers, json={"samples": [{"type": "mood", "date": "x"}]}
    )
    assert unknown.status_code == 422 and unknown.json()["field"] == "samples.0.type"
    missing = client.post(HAE, headers=headers, json={"metrics": []})
    assert missing.status_code == 422 and missing.json()["field"] == "data"


def test_a_workout_sent_by_the_automation_and_then_in_an_apple_health_file_is_one_row(
    session, client, tmp_path
):
    """The app names it "Outdoor Run" and sends no device; the file says
    HKWorkoutActivityTypeRunning from the watch: the same run all the same."""
    ana = new_profile(session, tier="premium", timezone="Europe/Berlin")
    workout_only = {"data": {"metrics": [], "workouts": PAYLOAD["data"]["workouts"]}}
    assert (
        client.post(HAE, headers=bearer(session, ana, *ALL), json=workout_only).status_code == 200
    )
    run = (
        ' <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="40" '
        f'durationUnit="min" {WATCH} startDate="2026-03-01 18:00:00 +0100" '
        'endDate="2026-03-01 18:40:00 +0100"/>\n'
    )
    path = write(tmp_path / "export.xml", export_xml(run))

    job = service.start_import(session=session, profile_id=ana, path=path, filename=path.name)
    assert runner.run_job(session=session, job_id=job.id) == "done"

    done = service.job(session=session, profile_id=ana, job_id=job.id)
    assert (done.added, done.skipped) == (0, 1)
    (kept,) = session.exec(select(Activity).where(Activity.profile_id == ana)).all()
    assert kept.source == "health_auto_export"
