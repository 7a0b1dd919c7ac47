"""Morning vitals on SQLite and PostgreSQL: one entry a day with the HRV
measure it was taken with, implausible values refused at their field, and
the newest entry judged against the user's own 60-day baseline."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from mitai_app.core import logs
from mitai_app.core.errors import UserError
from mitai_app.core.logs import LogInput
from mitai_app.recovery.logs import VITALS
from mitai_app.recovery.models import VitalsBaseline
from mitai_app.recovery.service import vitals_overview
from tests.factories import new_profile

TODAY = date(2026, 3, 29)


def _add(session, owner, day=TODAY, measure="rmssd", **values):
    entry = LogInput(day, {k: [v] for k, v in values.items()}, {"hrv_measure": measure})
    return logs.add(VITALS, session=session, profile_id=owner, entry=entry, today=TODAY)


def test_the_hrv_measure_is_stored_with_the_value(session):
    owner = new_profile(session)
    row = _add(session, owner, measure="sdnn", hrv=42, resting_hr=55)
    stored = session.get(VitalsBaseline, uuid.UUID(row.id))
    assert (stored.hrv, stored.hrv_measure, stored.resting_hr) == (42, "sdnn", 55)
    assert row.details["hrv_measure"] == "sdnn"
    no_hrv = _add(session, owner, day=TODAY - timedelta(days=1), measure="sdnn", spo2=97)
    assert session.get(VitalsBaseline, uuid.UUID(no_hrv.id)).hrv_measure is None


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"spo2": 101}, "spo2", "recovery.error.spo2_range"),
        ({"hrv": 0}, "hrv", "recovery.error.hrv_range"),
        ({"hrv": 301}, "hrv", "recovery.error.hrv_range"),
        ({"resting_hr": 19}, "resting_hr", "recovery.error.resting_hr_range"),
        ({"respiratory_rate": 61}, "respiratory_rate", "recovery.error.respiratory_rate_range"),
    ],
)
def test_implausible_values_are_refused_at_their_field(session, values, field, code):
    owner = new_profile(session)
    with pytest.raises(UserError) as raised:
        _add(session, owner, **values)
    assert (raised.value.field, raised.value.code) == (field, code)
    assert vitals_overview(session=session, profile_id=owner).latest is None


def test_the_newest_values_against_the_users_own_baseline(session):
    owner = new_profile(session)
    for n in range(1, 11):  # ten mornings before: HRV 50/60 alternating, pulse 55
        _add(session, owner, day=TODAY - timedelta(days=n), hrv=50 if n % 2 else 60, resting_hr=55)
    _add(session, owner, day=TODAY - timedelta(days=70), hrv=300)  # older than 60 days
    _add(session, owner, hrv=40, resting_hr=55, spo2=98)
    overview = vitals_overview(session=session, profile_id=owner)
    signs = {sign.key: sign for sign in overview.signs}
    assert overview.latest.date == TODAY
    assert signs["hrv"].baseline.mean == 55 and signs["hrv"].baseline.count == 10
    assert signs["hrv"].flag == "low"
    assert signs["resting_hr"].flag == "normal"  # no spread: 55 is its band
    assert signs["spo2"].baseline is None and signs["spo2"].flag == ""  # still learning
    assert vitals_overview(session=session, profile_id=new_profile(session)).signs == []


def test_readiness_learns_for_14_days_then_reads_the_users_own_data(session):
    from datetime import time

    from mitai_app.recovery.service import readiness_on
    from mitai_app.recovery.sleep import SleepInput, add_sleep

    owner = new_profile(session)
    fresh = readiness_on(session=session, profile_id=owner, day=TODAY)
    assert fresh.learning and fresh.score is None and fresh.days_of_data == 0
    for n in range(20, 0, -1):
        _add(session, owner, day=TODAY - timedelta(days=n), hrv=50 + n % 3, resting_hr=55 + n % 2)
    assert readiness_on(session=session, profile_id=owner, day=TODAY).days_of_data == 20
    _add(session, owner, hrv=51, resting_hr=55)
    entry = SleepInput(TODAY, time(23, 0), time(7, 0), {"deep": 90, "rem": 110, "light": 250})
    add_sleep(session=session, profile_id=owner, entry=entry, today=TODAY)
    result = readiness_on(session=session, profile_id=owner, day=TODAY)
    assert not result.learning
    assert [i.key for i in result.inputs] == ["hrv", "resting_hr", "sleep"]
    assert result.score == round(sum(i.points for i in result.inputs))
    # Another profile's data does not count.
    assert readiness_on(session=session, profile_id=new_profile(session), day=TODAY).inputs == ()


def test_readiness_weighs_the_training_load_when_there_is_one(session):
    from mitai_app.recovery.service import readiness_on
    from mitai_app.training.service import add_activity

    owner = new_profile(session)
    for n in range(20, -1, -1):
        _add(session, owner, day=TODAY - timedelta(days=n), hrv=50 + n % 3, resting_hr=55 + n % 2)
    assert "load" not in [
        i.key for i in readiness_on(session=session, profile_id=owner, day=TODAY).inputs
    ]

    def train(day, minutes, rpe):
        entry = logs.LogInput(
            day,
            {"duration": [minutes], "rpe": [rpe]},
            {"training_type": "running", "session_mood": "none"},
        )
        add_activity(session=session, profile_id=owner, entry=entry, today=TODAY)

    for n in range(27, 6, -3):  # a steady load three weeks back
        train(TODAY - timedelta(days=n), 30, 5)
    for n in range(6, -1, -1):  # then every day hard this week: a spike
        train(TODAY - timedelta(days=n), 60, 8)
    load = {i.key: i for i in readiness_on(session=session, profile_id=owner, day=TODAY).inputs}[
        "load"
    ]
    assert load.reason == "above" and load.value > 1.7 and load.score == 0 and load.weight == 20


def test_the_vitals_page_reads_the_mornings_once_for_baselines_and_readiness(session):
    from mitai_app.recovery.service import MORNINGS_SHOWN, readiness_on, vitals_page

    owner = new_profile(session)
    for n in range(20, 0, -1):
        _add(session, owner, day=TODAY - timedelta(days=n), hrv=50 + n % 3, resting_hr=55 + n % 2)
    _add(session, owner, hrv=40, resting_hr=58)
    page = vitals_page(session=session, profile_id=owner, day=TODAY)
    assert page.morning == vitals_overview(session=session, profile_id=owner)
    assert page.readiness == readiness_on(session=session, profile_id=owner, day=TODAY)
    assert [r.date for r in page.morning.recent] == [
        TODAY - timedelta(days=n) for n in range(MORNINGS_SHOWN)
    ]
    # A day after the newest morning: its baselines stay the newest morning's.
    later = vitals_page(session=session, profile_id=owner, day=TODAY + timedelta(days=3))
    assert later.morning.signs == page.morning.signs
    assert later.readiness == readiness_on(
        session=session, profile_id=owner, day=TODAY + timedelta(days=3)
    )
    empty = vitals_page(session=session, profile_id=new_profile(session), day=TODAY)
    assert (empty.morning.latest, empty.morning.recent, empty.readiness.inputs) == (None, [], ())
