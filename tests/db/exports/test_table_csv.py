"""One table as CSV for a period (the download on each module's page), over
HTTP on SQLite and PostgreSQL: the signed-in profile's rows only, the days
in its time zone, nothing for account internals or without a session."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from mitai_app.accounts.models import Profile
from mitai_app.body.models import WeightEntry
from mitai_app.core import routes
from mitai_app.exports import media
from mitai_app.exports import service as exports_service
from mitai_app.recovery.models import BloodPressureReading
from tests.db.photos.test_media import Person, _person


@pytest.fixture
def client() -> Iterator[TestClient]:
    with TestClient(Starlette(routes=media.ROUTES)) as test_client:
        yield test_client


def _csv(client: TestClient, person: Person | None, **query: str):
    client.cookies.clear()
    if person is not None:
        client.cookies.set(media.SESSION_COOKIE, person.token)
    return client.get(routes.TABLE_CSV, params=query)


def _rows(answer) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(answer.text)))


def test_a_table_for_a_period_is_the_owners_rows_of_those_days(committed, monkeypatch):
    monkeypatch.setattr(exports_service, "READ_BATCH", 1)  # a read per row: order kept across reads
    ana, ben = _person(committed), _person(committed)
    committed.get(Profile, ana.profile_id).timezone = "Europe/Berlin"
    for day in (1, 2, 3):
        committed.add(
            WeightEntry(
                profile_id=ana.profile_id, date=date(2026, 3, day), weight=Decimal(f"7{day}.5")
            )
        )
    committed.add(WeightEntry(profile_id=ben.profile_id, date=date(2026, 3, 2), weight=Decimal(90)))
    for hour, minute in ((22, 30), (23, 30)):  # 23:30 on the 1st and 00:30 on the 2nd in Berlin
        committed.add(
            BloodPressureReading(
                profile_id=ana.profile_id,
                measured_at=datetime(2026, 3, 1, hour, minute, tzinfo=UTC),
                systolic=120 + hour,
                diastolic=80,
            )
        )
    committed.commit()

    with TestClient(Starlette(routes=media.ROUTES)) as client:
        weights = _csv(client, ana, table="weight_log", since="2026-03-02")
        readings = _csv(
            client, ana, table="blood_pressure_log", since="2026-03-02", until="2026-03-02"
        )
        everything = _csv(client, ana, table="weight_log")
        others = _csv(client, ben, table="weight_log", until="2026-03-01")

    assert weights.status_code == 200 and weights.headers["content-type"].startswith("text/csv")
    assert (
        weights.headers["content-disposition"] == 'attachment; filename="weight_log-2026-03-02.csv"'
    )
    assert weights.headers["cache-control"] == "private, no-store"
    assert [(r["date"], r["weight"]) for r in _rows(weights)] == [
        ("2026-03-02", "72.5"),
        ("2026-03-03", "73.5"),
    ]
    assert [r["systolic"] for r in _rows(readings)] == ["143"]
    assert len(_rows(everything)) == 3
    assert others.text.splitlines() == [others.text.splitlines()[0]]  # the header only
    assert "weight" in others.text.splitlines()[0].split(",")


@pytest.mark.parametrize(
    "query, status",
    [
        ({"table": "api_tokens"}, 404),  # account internals are never offered
        ({"table": "login_sessions"}, 404),
        ({"table": "no_such_table"}, 404),
        ({"table": "weight_log", "since": "1 March"}, 422),
    ],
)
def test_internals_unknown_tables_and_bad_days_are_refused(committed, client, query, status):
    assert _csv(client, _person(committed), **query).status_code == status


def test_without_a_session_nothing_is_sent(client):
    assert _csv(client, None, table="weight_log").status_code == 401
