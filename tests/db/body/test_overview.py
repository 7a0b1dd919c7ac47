"""The Body page's data on SQLite and PostgreSQL: chart series in the
profile's units and time range, body fat by method (caliper and Navy), fat
and lean mass, the weight goal, and the derived values with their ranges."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mitai_app.body.logs import DEVICE_MEASUREMENTS
from mitai_app.body.overview import body_overview
from mitai_app.body.service import add_circumferences, add_skinfolds, add_weight
from mitai_app.core import logs
from mitai_app.goals.models import Goal
from tests.factories import new_profile

# Derived values need sex, age and height.
PERSON = {"sex": "male", "date_of_birth": date(1990, 6, 1), "height_cm": 180.0}

TODAY = date(2026, 3, 29)


def _weights(session, owner, days: int, kg=90.0, step=-0.1):
    for i in range(days):
        day = TODAY - timedelta(days=days - 1 - i)
        add_weight(session=session, profile_id=owner, day=day, kg=kg + step * i, today=TODAY)


def test_a_new_profile_has_empty_series_and_no_derived_values(session):
    owner = new_profile(session, **PERSON)
    overview = body_overview(session=session, profile_id=owner, range_key="3m", today=TODAY)
    assert overview.weight.days.values == [] and overview.latest_weight is None
    assert all(not s.dates for s in overview.body_fat.values())
    assert overview.derived == []


def test_the_weight_chart_covers_the_range_and_shows_the_goal(session):
    owner = new_profile(session, **PERSON)
    _weights(session, owner, 60)
    session.add(
        Goal(profile_id=owner, title="Goal", goal_type="weight", target_value=80, status="active")
    )
    session.commit()
    overview = body_overview(session=session, profile_id=owner, range_key="4w", today=TODAY)
    chart = overview.weight
    assert chart.days.start == (TODAY - timedelta(days=27)).isoformat()
    assert len(chart.days.values) == len(chart.average) == len(chart.trend) == 28
    assert chart.days.values[-1] == 84.1 and chart.end == TODAY.isoformat()
    assert chart.goal == 80.0
    assert overview.weekly_rate == pytest.approx(-0.7)
    everything = body_overview(session=session, profile_id=owner, range_key="all", today=TODAY)
    assert len(everything.weight.days.values) == 60


def test_imperial_profiles_get_pounds_and_inches(session):
    owner = new_profile(session, **PERSON, unit_system="imperial")
    _weights(session, owner, 1, kg=100.0)
    add_circumferences(
        session=session, profile_id=owner, day=TODAY, sites_cm={"waist": 101.6}, today=TODAY
    )
    overview = body_overview(session=session, profile_id=owner, range_key="3m", today=TODAY)
    assert (overview.mass_unit, overview.length_unit) == ("lb", "in")
    assert overview.weight.days.values == [220.5]
    assert overview.circumferences["waist"].values == [40.0]


def test_body_fat_by_method_mass_split_and_derived_values(session):
    owner = new_profile(session, **PERSON)
    _weights(session, owner, 10, kg=85.0, step=0)
    add_skinfolds(
        session=session,
        profile_id=owner,
        day=TODAY,
        readings={"chest": [10], "abdominal": [20], "thigh": [15]},
        formula="jp3",
        today=TODAY,
    )
    add_circumferences(
        session=session,
        profile_id=owner,
        day=TODAY,
        sites_cm={"neck": 40, "waist": 95, "hips": 100},
        today=TODAY,
    )
    overview = body_overview(session=session, profile_id=owner, range_key="3m", today=TODAY)
    jp3 = overview.body_fat["jp3"]
    assert jp3.dates == [TODAY.isoformat()] and 5 < jp3.values[0] < 25
    assert overview.body_fat["navy"].dates == [TODAY.isoformat()]
    fat, lean = overview.fat_mass.values[0], overview.lean_mass.values[0]
    assert fat + lean == pytest.approx(85.0, abs=0.1)
    assert overview.waist_to_height.values == [0.53]
    derived = {d.key: d for d in overview.derived}
    assert derived["whtr"].classification.key == "increased"
    assert derived["whtr"].classification.range.en == "0.50–0.59"
    assert derived["bmi"].classification.key == "overweight"
    assert derived["body_fat"].classification.key in ("healthy", "underfat")
    assert {"navy", "whr", "waist", "fat_mass", "lean_mass", "ffmi", "rfm"} <= derived.keys()


def test_a_scales_body_fat_is_its_own_series_never_a_derived_value(session):
    owner = new_profile(session, **PERSON)
    other = new_profile(session, **PERSON, display_name="other")
    for profile, pct in ((owner, 21.5), (other, 30.0)):
        logs.add(
            DEVICE_MEASUREMENTS,
            session=session,
            profile_id=profile,
            entry=logs.LogInput(TODAY, {"body_fat_pct": [pct], "waist_cm": [90.0]}),
            source="apple_health",
            today=TODAY,
        )
    overview = body_overview(session=session, profile_id=owner, range_key="3m", today=TODAY)
    assert overview.body_fat["device"].dates == [TODAY.isoformat()]
    assert overview.body_fat["device"].values == [21.5]
    # Not averaged into the formulas' values, nor the tape's waist.
    assert all(not overview.body_fat[m].dates for m in ("jp3", "jp7", "jp4", "dw4", "navy"))
    assert not {"body_fat", "waist"} & {d.key for d in overview.derived}


def test_a_scales_lean_mass_and_waist_are_their_own_series_beside_the_typed_ones(session):
    owner = new_profile(session, **PERSON, unit_system="imperial")
    other = new_profile(session, **PERSON, display_name="other")
    _weights(session, owner, 1, kg=85.0)
    add_circumferences(
        session=session, profile_id=owner, day=TODAY, sites_cm={"waist": 101.6}, today=TODAY
    )
    for profile, day, lean, waist in (
        (owner, TODAY - timedelta(days=1), 63.5, 96.52),
        (owner, TODAY, None, 99.06),
        (owner, TODAY - timedelta(days=200), 60.0, 90.0),  # before the range
        (other, TODAY, 50.0, 80.0),
    ):
        values = {"waist_cm": [waist]} | ({} if lean is None else {"lean_mass_kg": [lean]})
        logs.add(
            DEVICE_MEASUREMENTS,
            session=session,
            profile_id=profile,
            entry=logs.LogInput(day, values),
            source="withings",
            today=TODAY,
        )
    overview = body_overview(session=session, profile_id=owner, range_key="3m", today=TODAY)
    yesterday = (TODAY - timedelta(days=1)).isoformat()
    assert overview.device_lean_mass.dates == [yesterday]
    assert overview.device_lean_mass.values == [140.0]  # lb
    assert overview.device_waist.dates == [yesterday, TODAY.isoformat()]
    assert overview.device_waist.values == [38.0, 39.0]  # in
    # The tape's waist, the skinfolds' split and the derived values are the typed ones only.
    assert overview.circumferences["waist"].values == [40.0]
    assert overview.lean_mass.dates == []
    assert {d.key: d.value for d in overview.derived}["waist"] == 40.0


def test_another_profiles_entries_are_not_in_the_overview(session):
    mine, theirs = (
        new_profile(session, **PERSON),
        new_profile(session, **PERSON, display_name="other"),
    )
    _weights(session, theirs, 5)
    overview = body_overview(session=session, profile_id=mine, range_key="all", today=TODAY)
    assert overview.weight.days.values == [] and overview.latest_weight is None
