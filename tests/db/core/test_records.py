"""Saving an entry (`core.records.commit_entry`), on SQLite and PostgreSQL: a
day taken meanwhile (the unique key refuses the row) is said to be taken;
any other refusal by the database is not passed off as one."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from mitai_app.body.models import WeightEntry
from mitai_app.core.errors import UserError
from mitai_app.core.records import commit_entry
from tests.factories import new_profile

DAY = date(2026, 3, 26)


def test_only_a_taken_day_is_reported_as_taken(session):
    owner = new_profile(session)
    commit_entry(session, WeightEntry(profile_id=owner, date=DAY, weight=70))
    with pytest.raises(UserError) as raised:
        commit_entry(session, WeightEntry(profile_id=owner, date=DAY, weight=71))
    assert (raised.value.field, raised.value.code) == ("date", "record.error.date_exists")
    # 5 kg breaks the table's range check, not its one-entry-a-day key.
    with pytest.raises(sa.exc.IntegrityError):
        commit_entry(session, WeightEntry(profile_id=owner, date=date(2026, 3, 25), weight=5))
    assert [row.weight for row in session.exec(sa.select(WeightEntry.weight)).all()] == [70]
