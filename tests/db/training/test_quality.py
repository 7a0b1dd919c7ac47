"""Quality evaluation on SQLite and PostgreSQL: a saved activity carries
each rule's result, its score and label, and says which rule failed and why;
editing it evaluates it again; the profile's quality filter decides which
activities the week's totals and the AI placeholders count, alike."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlmodel import select

from mitai_app.core import logs
from mitai_app.core.errors import UserError
from mitai_app.core.placeholders import compute_values
from mitai_app.training import evaluation, service
from mitai_app.training.logs import ACTIVITY
from mitai_app.training.models import Activity
from mitai_app.training.overview import training_overview, week_total
from tests.factories import new_profile

TODAY = date(2026, 3, 26)  # a Thursday


def _entry(day=TODAY, kind="running", **values) -> logs.LogInput:
    return logs.LogInput(
        day,
        {name: [value] for name, value in values.items()},
        {"training_type": kind, "session_mood": "none"},
        "",
    )


def _add(session, owner, entry):
    return service.add_activity(session=session, profile_id=owner, entry=entry, today=TODAY)


def test_the_evaluation_is_stored_and_says_which_rule_failed_and_why(session):
    me = new_profile(session)
    short = _add(session, me, _entry(duration=5, active_kcal=5))
    stored = session.get(Activity, uuid.UUID(short.id))
    results = stored.evaluation["rule_set_results"]
    assert results["plausibility"]["passed"] is True
    assert results["minimum_requirements"]["passed"] is False
    assert stored.quality_label == "low" and 0 <= stored.overall_score < 50
    assert logs.describe(ACTIVITY, short, "en", "metric").endswith(
        "Quality: low (duration 5 min under the minimum of 10 min;"
        " 60 kcal/h under the minimum of 100 kcal/h)"
    )
    # Edited to a real session: evaluated again.
    edited = logs.update(
        ACTIVITY,
        session=session,
        profile_id=me,
        entry_id=short.id,
        entry=_entry(duration=45, active_kcal=420, avg_hr=150, max_hr=180),
        today=TODAY,
    )
    session.refresh(stored)
    assert stored.quality_label == "high" and stored.overall_score >= 75
    assert "Quality: high" in logs.describe(ACTIVITY, edited, "en", "metric")


def test_the_quality_filter_changes_the_totals_and_the_placeholders_alike(session):
    me = new_profile(session)
    _add(session, me, _entry(duration=45, active_kcal=420, avg_hr=150, max_hr=180))
    _add(session, me, _entry(duration=5, active_kcal=5))

    def totals() -> tuple[str, str, str]:
        """The Training page's week, and the AI's minutes and kcal of 7 days."""
        week = week_total(training_overview(session=session, profile_id=me, today=TODAY), "en")
        values = compute_values(session=session, profile_id=me, lang="en", today=TODAY)
        return week, values["training_minutes_7d"], values["training_kcal_7d"]

    assert totals() == ("Sessions: 2 · 50 min", "50 min", "425 kcal")
    evaluation.set_quality_filter(session=session, profile_id=me, level="moderate")
    assert totals() == ("Sessions: 1 · 45 min", "45 min", "420 kcal")
    evaluation.set_quality_filter(session=session, profile_id=me, level="strict")
    # Strict needs heart rate: the good run has it.
    assert totals() == ("Sessions: 1 · 45 min", "45 min", "420 kcal")
    with pytest.raises(UserError):
        evaluation.set_quality_filter(session=session, profile_id=me, level="everything")
    assert len(session.exec(select(Activity).where(Activity.profile_id == me)).all()) == 2
