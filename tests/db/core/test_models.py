"""Behaviour the schema itself guarantees: self-updating timestamps, cascades,
one weight per day, and checks that refuse impossible values."""

from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel, select

from mitai_app.accounts.models import Profile
from mitai_app.body.models import WeightEntry
from mitai_app.goals.models import Goal
from mitai_app.recovery.models import BloodPressureReading
from tests.factories import new_profile


def test_updated_at_updates_itself(session):
    profile = session.get(Profile, new_profile(session, email="a@example.org"))
    before = profile.updated_at
    profile.display_name = "Aiko"
    session.add(profile)
    session.commit()
    session.refresh(profile)
    assert profile.updated_at > before
    assert profile.updated_at.tzinfo is not None


def test_one_weight_per_profile_and_day(session):
    profile = session.get(Profile, new_profile(session, email="a@example.org"))
    session.add(WeightEntry(profile_id=profile.id, date=date(2026, 1, 1), weight=80.5))
    session.commit()
    session.add(WeightEntry(profile_id=profile.id, date=date(2026, 1, 1), weight=81.0))
    with pytest.raises(sa.exc.IntegrityError):
        session.commit()
    session.rollback()


def test_checks_refuse_impossible_values(session):
    profile = session.get(Profile, new_profile(session, email="a@example.org"))
    session.add(
        BloodPressureReading(
            profile_id=profile.id, measured_at=sa.func.now(), systolic=80, diastolic=120
        )
    )
    with pytest.raises(sa.exc.IntegrityError):
        session.commit()
    session.rollback()
    session.add(Profile(email="b@example.org", pin_hash="x", tier="gold"))
    with pytest.raises(sa.exc.IntegrityError):
        session.commit()
    session.rollback()


def test_deleting_a_profile_removes_its_rows_in_every_owned_table(session):
    """Walks every table with a profile_id cascade, so a new owned table is covered."""
    profile = session.get(Profile, new_profile(session, email="a@example.org"))
    other = session.get(Profile, new_profile(session, email="other@example.org"))
    for p in (profile, other):
        session.add(WeightEntry(profile_id=p.id, date=date.today() - timedelta(days=1), weight=70))
        session.add(Goal(profile_id=p.id, title="Ziel", goal_type="weight", target_value=65))
    session.commit()
    owned = [
        t
        for t in SQLModel.metadata.sorted_tables
        if any(
            fk.column.table.name == "profiles" and fk.ondelete == "CASCADE" for fk in t.foreign_keys
        )
    ]
    assert len(owned) >= 25

    session.delete(profile)
    session.commit()

    for table in owned:
        column = next(fk.parent for fk in table.foreign_keys if fk.column.table.name == "profiles")
        left = session.execute(
            select(sa.func.count()).select_from(table).where(column == profile.id)
        ).scalar()
        assert left == 0, table.name
    assert session.exec(select(WeightEntry).where(WeightEntry.profile_id == other.id)).one()
