"""Phase detection from stored data on SQLite and PostgreSQL: 12 weeks of
falling weights read through body's service are a cut; another profile's
data is not read."""

from __future__ import annotations

from datetime import date, timedelta

from mitai_app.body.models import WeightEntry
from mitai_app.goals.detection import suggest_phase
from mitai_app.goals.phases import CUT
from tests.factories import new_profile

TODAY = date(2026, 3, 26)


def test_twelve_weeks_of_falling_weights_are_a_cut_for_their_owner_only(session):
    owner = new_profile(session, email="p1@example.com")
    other = new_profile(session, email="p2@example.com")
    for i in range(84):
        day = TODAY - timedelta(days=83 - i)
        session.add(WeightEntry(profile_id=owner, date=day, weight=90 - i * 0.08))
    session.commit()
    found = suggest_phase(session=session, profile_id=owner, today=TODAY)
    assert found is not None and found.phase == CUT
    assert suggest_phase(session=session, profile_id=other, today=TODAY) is None
