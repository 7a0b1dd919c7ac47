"""Body's part of the placeholder loader on SQLite and PostgreSQL: the
profile's own weights, rendered, never another profile's."""

from __future__ import annotations

from datetime import date, timedelta

from mitai_app.body.models import WeightEntry
from mitai_app.core.placeholders import compute_values
from tests.factories import new_profile

TODAY = date(2026, 3, 29)


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def _values(session, profile_id, lang: str = "en") -> dict[str, str]:
    return compute_values(session=session, profile_id=profile_id, lang=lang, today=TODAY)


def test_weights_are_rendered_and_another_profiles_weights_never_show(session):
    mine = new_profile(session, email="ph-mine@example.com")
    theirs = new_profile(session, email="ph-theirs@example.com")
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
