"""Placeholder values of a profile from the database (SQLite and PostgreSQL):
the right texts for what it logged, "no data" for what it did not, and never
another profile's data."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from mitai_app.domain.placeholders import REGISTRY
from mitai_app.models.accounts import Profile
from mitai_app.models.tracking import WeightEntry
from mitai_app.services.placeholders import catalog, compute_values

TODAY = date(2026, 3, 29)
PROFILE_FIELDS = {"profile_language", "profile_timezone", "today"}


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def _profile(session, email: str, **fields) -> uuid.UUID:
    profile = Profile(email=email, pin_hash="not-a-hash", **fields)
    session.add(profile)
    session.commit()
    return profile.id


def _values(session, profile_id, lang: str = "en") -> dict[str, str]:
    return compute_values(session=session, profile_id=profile_id, lang=lang, today=TODAY)


def test_catalog_lists_every_placeholder_sorted_by_name():
    names = [info.name for info in catalog()]
    assert names == sorted(REGISTRY)


def test_a_profile_without_data_gets_no_data_except_its_profile_fields(session):
    mine = _profile(session, "ph-empty@example.com", language="de", timezone="Europe/Berlin")
    values = _values(session, mine, "de")
    assert set(values) == set(REGISTRY)
    assert values["profile_language"] == "Deutsch"
    assert values["profile_timezone"] == "Europe/Berlin"
    assert values["today"] == "29.03.2026"
    assert {k: v for k, v in values.items() if k not in PROFILE_FIELDS and v != "keine Daten"} == {}


def test_weights_are_rendered_and_another_profiles_weights_never_show(session):
    mine = _profile(session, "ph-mine@example.com")
    theirs = _profile(session, "ph-theirs@example.com")
    session.add_all(
        [
            WeightEntry(profile_id=mine, date=days_ago(6), weight=80.0),
            WeightEntry(profile_id=mine, date=TODAY, weight=82.25),
            WeightEntry(profile_id=theirs, date=TODAY, weight=120.0),
            WeightEntry(profile_id=theirs, date=days_ago(1), weight=121.0),
        ]
    )
    session.commit()
    values = _values(session, mine)
    assert values["weight_latest"] == "82.3 kg"
    assert values["weight_avg_7d"] == "81.1 kg"
    assert values["weight_count_30d"] == "2"
    assert values["weight_count_total"] == "2"
    assert _values(session, mine, "de")["weight_latest"] == "82,3 kg"
