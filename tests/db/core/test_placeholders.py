"""Placeholder values of a profile from the database (SQLite and PostgreSQL):
every module's loader together, the right texts for what it logged, "no
data" for what it did not, and never another profile's data."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from sqlmodel import select

from mitai_app.body.models import CircumferenceEntry, SkinfoldEntry, WeightEntry
from mitai_app.core.placeholders import REGISTRY, catalog, compute_values
from mitai_app.goals.models import FocusAreaDefinition, Goal, UserFocusAreaWeight
from mitai_app.nutrition.models import NutritionEntry
from mitai_app.recovery.models import BloodPressureReading, RestDay, SleepEntry, VitalsBaseline
from mitai_app.training.models import Activity
from tests.factories import new_profile

TODAY = date(2026, 3, 29)
PROFILE_FIELDS = {"profile_language", "profile_timezone", "today"}


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def _values(session, profile_id, lang: str = "en") -> dict[str, str]:
    return compute_values(session=session, profile_id=profile_id, lang=lang, today=TODAY)


def test_catalog_lists_every_placeholder_sorted_by_name():
    names = [info.name for info in catalog()]
    assert names == sorted(REGISTRY)


def test_a_profile_without_data_gets_no_data_except_its_profile_fields(session):
    mine = new_profile(
        session, email="ph-empty@example.com", language="de", timezone="Europe/Berlin"
    )
    values = _values(session, mine, "de")
    assert set(values) == set(REGISTRY)
    assert values["profile_language"] == "Deutsch"
    assert values["profile_timezone"] == "Europe/Berlin"
    assert values["today"] == "29.03.2026"
    assert {k: v for k, v in values.items() if k not in PROFILE_FIELDS and v != "keine Daten"} == {}


def _fill(session, owner: uuid.UUID, offset: float) -> None:
    """A few entries in every log; ``offset`` makes two profiles' values differ."""
    session.add_all(
        [
            WeightEntry(profile_id=owner, date=days_ago(400), weight=95.0 + offset),
            WeightEntry(profile_id=owner, date=days_ago(1), weight=81.0 + offset),
            CircumferenceEntry(
                profile_id=owner, date=days_ago(2), c_neck=40, c_waist=90 + offset, c_hips=100
            ),
            SkinfoldEntry(
                profile_id=owner, date=days_ago(800), body_fat_pct=20 + offset, formula="jp7"
            ),
            Activity(
                profile_id=owner,
                date=days_ago(3),
                duration_minutes=45 + int(offset),
                kcal=400,
                training_category="cardio",
            ),
            NutritionEntry(profile_id=owner, date=TODAY, kcal=900, protein_g=60 + offset),
            NutritionEntry(profile_id=owner, date=TODAY, kcal=1300, protein_g=60),
            SleepEntry(
                profile_id=owner,
                date=TODAY,
                total_duration_minutes=450 + int(offset),
                quality_score=80,
                sleep_segments={"deep": 75, "rem": 95, "light": 250, "awake": 30},
            ),
            VitalsBaseline(profile_id=owner, date=TODAY, resting_hr=52 + int(offset), hrv=65),
            BloodPressureReading(
                profile_id=owner,
                # 23:30 UTC on the 28th is 00:30 on the 29th in Berlin.
                measured_at=datetime(2026, 3, 28, 23, 30, tzinfo=UTC),
                systolic=128 + int(offset),
                diastolic=82,
            ),
            RestDay(profile_id=owner, date=days_ago(1), focus="strength"),
            RestDay(profile_id=owner, date=days_ago(1), focus="cardio"),
        ]
    )
    goal = Goal(
        profile_id=owner,
        title="Sommerform",
        goal_type="weight",
        start_value=91.0,
        target_value=76.0 + offset,
        is_primary=True,
    )
    session.add(goal)
    session.add(
        Goal(profile_id=owner, title="Alt", goal_type="weight", target_value=50, status="paused")
    )
    area = session.exec(
        select(FocusAreaDefinition).where(FocusAreaDefinition.key == "weight_loss")
    ).one()
    session.add(UserFocusAreaWeight(profile_id=owner, focus_area_id=area.id, weight=60 + offset))
    session.commit()


def test_a_profile_with_data_in_every_log_gets_its_own_values(session):
    mine = new_profile(
        session,
        email="ph-full@example.com",
        display_name="Kai",
        sex="male",
        date_of_birth=date(1986, 1, 1),
        height_cm=180.0,
        timezone="Europe/Berlin",
    )
    theirs = new_profile(session, email="ph-other@example.com", sex="female", height_cm=160.0)
    _fill(session, mine, offset=0)
    _fill(session, theirs, offset=5)

    values = _values(session, mine)
    expected = {
        "profile_name": "Kai",
        "profile_age": "40 years",
        "profile_sex": "male",
        "profile_height": "180.0 cm",
        "weight_latest": "81.0 kg",
        "weight_count_total": "2",
        "bmi": "25.0 kg/m²",
        "bmi_category": "Overweight",
        "waist_latest": "90.0 cm",
        "whtr": "0.50",
        "whr": "0.90",
        # Two years old, outside every window, but still the latest.
        "body_fat_latest": "20.0 %",
        "body_fat_method_latest": "Jackson-Pollock 7",
        "lean_mass": "64.8 kg",
        "ffmi": "20.0 kg/m²",
        "training_count_7d": "1",
        "training_minutes_7d": "45 min",
        "training_cardio_count_30d": "1",
        "kcal_avg_7d": "2,200 kcal",
        "protein_avg_7d": "120 g",
        "sleep_avg_7d_h": "7.5 h",
        "sleep_deep_avg_7d": "75 min",
        "resting_hr_avg_7d": "52 bpm",
        "hrv_latest": "65 ms",
        "bp_latest": "128/82 mmHg",
        "bp_latest_date": "29 Mar 2026",
        "bp_count_30d": "1",
        "rest_days_7d": "1",
        "goals_active_count": "1",
        "goal_weight": "76.0 kg",
        "goal_weight_remaining": "5.0 kg",
        "goal_primary_progress": "66.7 %",
        "goals_active": ("Sommerform (Weight): target 76.0 kg, current 81.0 kg, progress 67 %"),
        "focus_areas": "Weight loss (60 %)",
    }
    assert {name: values[name] for name in expected} == expected
    german = _values(session, mine, "de")
    assert german["kcal_avg_7d"] == "2.200 kcal"
    assert german["focus_areas"] == "Gewicht reduzieren (60 %)"
    assert german["profile_sex"] == "männlich"
    other = _values(session, theirs)
    assert (other["weight_latest"], other["kcal_avg_7d"], other["profile_name"]) == (
        "86.0 kg",
        "2,200 kcal",
        "no data",
    )


def test_an_unknown_profile_gets_no_data_everywhere(session):
    values = _values(session, uuid.uuid4())
    assert {k: v for k, v in values.items() if k != "today" and v != "no data"} == {}
