"""Sleep on SQLite and PostgreSQL: a night crossing midnight in the user's
time zone, stage minutes, quality, the score with its components, what is
refused (at its field, nothing written), one night a day, charging, and
another profile's nights staying apart."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlmodel import select

from mitai_app.core import logs
from mitai_app.core.errors import UserError
from mitai_app.recovery.models import SleepEntry
from mitai_app.recovery.sleep import SleepInput, add_sleep, parse_sleep, sleep_nights
from tests.factories import new_profile

TODAY = date(2026, 3, 29)
STAGES = {"deep": 90, "rem": 110, "light": 250, "awake": 30}


def _add(session, owner, day=TODAY, bed=time(23, 0), wake=time(7, 0), stages=None, **kwargs):
    entry = SleepInput(day, bed, wake, STAGES if stages is None else stages, **kwargs)
    return add_sleep(session=session, profile_id=owner, entry=entry, today=TODAY)


def test_a_night_crossing_midnight_with_its_score_and_components(session):
    owner = new_profile(session, timezone="Europe/Berlin", date_of_birth=date(1986, 1, 1))
    day = TODAY - timedelta(days=1)
    _add(session, owner, day=day, quality=4, notes="cool room")
    stored = session.exec(select(SleepEntry).where(SleepEntry.profile_id == owner)).one()
    # 23:00 on the 27th and 07:00 on the 28th in Berlin (CET, UTC+1).
    assert stored.sleep_start == datetime(2026, 3, 27, 22, 0, tzinfo=UTC)
    assert stored.sleep_end == datetime(2026, 3, 28, 6, 0, tzinfo=UTC)
    assert (stored.total_duration_minutes, stored.quality_score) == (450, 80)
    assert stored.sleep_segments == STAGES
    (night,) = sleep_nights(session=session, profile_id=owner)
    assert (night.bed.hour, night.wake.hour, night.in_bed, night.asleep) == (23, 7, 480, 450)
    assert night.quality == 4 and night.notes == "cool room"
    keys = [c.key for c in night.score.components]
    assert keys == ["duration", "efficiency", "restorative", "awake"]  # no history: no regularity
    assert 0 <= night.score.score <= 100
    assert night.need == (7, 9)
    # The clocks go forward in the night to the 29th: 23:00–07:00 is 7 h in bed,
    # too short for 7.5 h of stages.
    with pytest.raises(UserError) as raised:
        _add(session, owner)
    assert raised.value.code == "recovery.error.stages_too_long"
    assert raised.value.values["minutes"] == 420


def test_regularity_counts_once_there_are_earlier_nights(session):
    owner = new_profile(session)
    for n in range(5, 0, -1):
        _add(session, owner, day=TODAY - timedelta(days=n))
    _add(session, owner)
    nights = sleep_nights(session=session, profile_id=owner)
    assert [n.date for n in nights][:2] == [TODAY, TODAY - timedelta(days=1)]
    parts = {c.key: c for c in nights[0].score.components}
    assert parts["regularity"].value == 0 and parts["regularity"].fraction == 1
    assert nights[0].score.score == 98  # 10 × 1/6 lost for 30 min awake


def test_bad_nights_are_refused_at_their_field_and_nothing_is_written(session):
    owner = new_profile(session)
    cases = [
        ({"bed": time(7, 0)}, ("wake", "recovery.error.sleep_span")),
        (
            {"stages": {"deep": 200, "rem": 200, "light": 100}},
            ("deep", "recovery.error.stages_too_long"),
        ),
        ({"stages": {"deep": 1441}}, ("deep", "recovery.error.stage_range")),
        ({"quality": 6}, ("quality", "recovery.error.quality_range")),
        ({"day": TODAY + timedelta(days=1)}, ("date", "log.error.date_future")),
        ({"notes": "x" * (logs.NOTES_MAX + 1)}, ("notes", "error.too_long")),
    ]
    for kwargs, expected in cases:
        with pytest.raises(UserError) as raised:
            _add(session, owner, **kwargs)
        assert (raised.value.field, raised.value.code) == expected
    assert sleep_nights(session=session, profile_id=owner) == []


def test_the_form_is_read_with_errors_at_their_field():
    form = {
        "date": "2026-03-29",
        "bed": "23:30",
        "wake": "06:45",
        "deep": "80",
        "rem": "",
        "quality": "3",
    }
    entry = parse_sleep(form)
    assert (entry.bed, entry.wake, entry.stages, entry.quality) == (
        time(23, 30),
        time(6, 45),
        {"deep": 80},
        3,
    )
    for key, value, field in (
        ("wake", "", "wake"),
        ("deep", "1.5", "deep"),
        ("quality", "9", "quality"),
    ):
        with pytest.raises(UserError) as raised:
            parse_sleep({**form, key: value})
        assert raised.value.field == field


def test_one_night_a_day_replaced_only_when_asked_and_charged_once(session, monkeypatch):
    from mitai_app.recovery import sleep

    charged = []
    real = sleep.consume
    monkeypatch.setattr(sleep, "consume", lambda **kw: charged.append(kw) or real(**kw))
    owner = new_profile(session)
    _add(session, owner)
    with pytest.raises(UserError) as raised:
        _add(session, owner, bed=time(22, 0))
    assert raised.value.code == "record.error.date_exists"
    add_sleep(
        session=session,
        profile_id=owner,
        entry=SleepInput(TODAY, time(22, 0), time(6, 0), {}),
        replace=True,
        today=TODAY,
    )
    (night,) = sleep_nights(session=session, profile_id=owner)
    assert (night.bed.hour, night.stages) == (22, {})
    assert len(charged) == 1
    other = new_profile(session)
    assert sleep_nights(session=session, profile_id=other) == []


def test_delete_then_undo_puts_the_night_back(session):
    from mitai_app.recovery.sleep import delete_sleep, restore_sleep

    owner, other = new_profile(session), new_profile(session)
    _add(session, owner, quality=3, notes="n")
    (before,) = sleep_nights(session=session, profile_id=owner)
    with pytest.raises(UserError) as raised:
        delete_sleep(session=session, profile_id=other, entry_id=before.id)
    assert raised.value.code == "record.error.not_found"
    deleted = delete_sleep(session=session, profile_id=owner, entry_id=before.id)
    assert sleep_nights(session=session, profile_id=owner) == []
    restore_sleep(session=session, profile_id=owner, night=deleted)
    assert sleep_nights(session=session, profile_id=owner) == [before]
    # A new night on that day meanwhile: undo is refused, the new one stays.
    delete_sleep(session=session, profile_id=owner, entry_id=before.id)
    _add(session, owner, bed=time(22, 0))
    with pytest.raises(UserError) as raised:
        restore_sleep(session=session, profile_id=owner, night=deleted)
    assert raised.value.code == "record.error.date_exists"
    assert sleep_nights(session=session, profile_id=owner)[0].bed.hour == 22


def test_an_imported_nights_stage_intervals_come_back_in_the_users_zone(session):
    owner = new_profile(session, timezone="Europe/Berlin")
    segments = {
        "deep": 60,
        "light": 120,
        "intervals": [
            ["deep", "2026-03-28T00:10:00+00:00", "2026-03-28T01:10:00+00:00"],
            ["light", "2026-03-27T22:10:00+00:00", "2026-03-28T00:10:00+00:00"],
            ["nap", "2026-03-28T01:10:00+00:00", "2026-03-28T02:00:00+00:00"],  # not a stage
            ["rem", "not a time", "2026-03-28T03:00:00+00:00"],
        ],
    }
    session.add(
        SleepEntry(
            profile_id=owner,
            date=TODAY - timedelta(days=1),
            sleep_start=datetime(2026, 3, 27, 22, 0, tzinfo=UTC),
            sleep_end=datetime(2026, 3, 28, 5, 0, tzinfo=UTC),
            total_duration_minutes=180,
            sleep_segments=segments,
            source="apple_health",
        )
    )
    session.commit()
    (night,) = sleep_nights(session=session, profile_id=owner)
    # Berlin is UTC+1 that night; oldest first, what cannot be read left out.
    assert night.intervals == (
        ("light", datetime(2026, 3, 27, 23, 10), datetime(2026, 3, 28, 1, 10)),
        ("deep", datetime(2026, 3, 28, 1, 10), datetime(2026, 3, 28, 2, 10)),
    )
    assert night.stages == {"deep": 60, "light": 120}
