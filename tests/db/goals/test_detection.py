"""Phase detection from stored data on SQLite and PostgreSQL: 12 weeks of
falling weights read through body's service are a cut; another profile's
data is not read. The finding is stored once as a suggestion with its
evidence; the user confirms, corrects or rejects it (a rejection holds, a
confirmed phase ends when the next is confirmed, another profile's phase is
not found), and the Body page's weight chart and the Training page's
minutes chart shade confirmed phases."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from mitai_app.body.models import WeightEntry
from mitai_app.body.overview import body_overview, weight_words
from mitai_app.core.errors import UserError
from mitai_app.goals.detection import (
    phase_words,
    phases_overview,
    review_phase,
    store_suggestion,
    suggest_phase,
)
from mitai_app.goals.models import TrainingPhase
from mitai_app.goals.phases import BULK, CUT, RECOMPOSITION
from mitai_app.training.overview import phases_words, training_overview
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


def _falling(session, owner, per_day: float = -0.08, days: int = 84, until: date = TODAY):
    for i in range(days):
        day = until - timedelta(days=days - 1 - i)
        session.add(WeightEntry(profile_id=owner, date=day, weight=90 + i * per_day))
    session.commit()


def _stored(session, owner) -> list[TrainingPhase]:
    session.expire_all()
    return list(session.exec(select(TrainingPhase).where(TrainingPhase.profile_id == owner)).all())


def test_a_detected_phase_is_stored_once_as_a_suggestion_with_its_evidence(session):
    owner = new_profile(session, email="p3@example.com")
    _falling(session, owner)
    found = store_suggestion(session=session, profile_id=owner, today=TODAY)
    assert found is not None and found.phase == CUT and found.status == "suggested"
    assert found.start == TODAY - timedelta(days=27) and found.end is None
    assert [e.key for e in found.evidence] == ["weight_rate"]
    assert found.evidence[0].value < 0
    store_suggestion(session=session, profile_id=owner, today=TODAY)  # the hourly run again
    (row,) = _stored(session, owner)
    assert row.status == "suggested" and row.evidence == [
        {"key": "weight_rate", "value": found.evidence[0].value}
    ]
    words = phase_words(found, "en")
    assert words["name"] == "Calorie deficit (cut)" and words["status"] == "Suggested"
    assert words["evidence"].startswith("Weight trend -0.")


def test_a_confirmed_phase_is_not_suggested_again_and_ends_when_the_next_is_confirmed(session):
    owner = new_profile(session, email="p4@example.com")
    _falling(session, owner)
    cut = store_suggestion(session=session, profile_id=owner, today=TODAY)
    review_phase(session=session, profile_id=owner, phase_id=cut.id, answer="confirm")
    assert store_suggestion(session=session, profile_id=owner, today=TODAY) is None
    # Eight weeks later the weight climbs: a bulk is suggested and confirmed.
    later = TODAY + timedelta(weeks=8)
    for i in range(56):
        day = TODAY + timedelta(days=i + 1)
        session.add(WeightEntry(profile_id=owner, date=day, weight=83.4 + i * 0.05))
    session.commit()
    bulk = store_suggestion(session=session, profile_id=owner, today=later)
    assert bulk is not None and bulk.phase == BULK
    review_phase(session=session, profile_id=owner, phase_id=bulk.id, answer="confirm")
    shown = phases_overview(session=session, profile_id=owner)
    assert [(v.phase, v.status) for v in shown] == [(BULK, "accepted"), (CUT, "accepted")]
    assert shown[1].end == bulk.start - timedelta(days=1)


def test_a_suggestion_can_be_corrected_or_rejected_and_a_rejection_holds(session):
    owner = new_profile(session, email="p5@example.com")
    _falling(session, owner)
    found = store_suggestion(session=session, profile_id=owner, today=TODAY)
    with pytest.raises(UserError) as raised:
        review_phase(
            session=session, profile_id=owner, phase_id=found.id, answer="correct", phase="nap"
        )
    assert raised.value.field == "phase"
    corrected = review_phase(
        session=session,
        profile_id=owner,
        phase_id=found.id,
        answer="correct",
        phase=RECOMPOSITION,
    )
    assert (corrected.phase, corrected.status) == (RECOMPOSITION, "accepted")
    # The hourly run does not suggest the cut the user corrected again.
    assert store_suggestion(session=session, profile_id=owner, today=TODAY) is None
    assert [v.phase for v in phases_overview(session=session, profile_id=owner)] == [RECOMPOSITION]
    with pytest.raises(UserError) as raised:  # answered already
        review_phase(session=session, profile_id=owner, phase_id=found.id, answer="reject")
    assert raised.value.code == "goals.phase.error.reviewed"

    other = new_profile(session, email="p6@example.com")
    _falling(session, other)
    found = store_suggestion(session=session, profile_id=other, today=TODAY)
    review_phase(session=session, profile_id=other, phase_id=found.id, answer="reject")
    assert phases_overview(session=session, profile_id=other) == []
    assert store_suggestion(session=session, profile_id=other, today=TODAY) is None
    assert (
        store_suggestion(session=session, profile_id=other, today=TODAY + timedelta(days=10))
        is None
    )


def test_another_profiles_phase_is_not_found(session):
    owner = new_profile(session, email="p7@example.com")
    other = new_profile(session, email="p8@example.com")
    _falling(session, owner)
    found = store_suggestion(session=session, profile_id=owner, today=TODAY)
    for answer in ("confirm", "reject"):
        with pytest.raises(UserError) as raised:
            review_phase(session=session, profile_id=other, phase_id=found.id, answer=answer)
        assert raised.value.code == "record.error.not_found"
    assert _stored(session, owner)[0].status == "suggested"


def test_the_weight_chart_shades_confirmed_phases_only(session):
    owner = new_profile(session, email="p9@example.com")
    _falling(session, owner)
    found = store_suggestion(session=session, profile_id=owner, today=TODAY)
    shown = body_overview(session=session, profile_id=owner, range_key="3m", today=TODAY)
    assert shown.weight.phases == []  # a suggestion is not shaded
    review_phase(session=session, profile_id=owner, phase_id=found.id, answer="confirm")
    shown = body_overview(session=session, profile_id=owner, range_key="3m", today=TODAY)
    assert [(b.start, b.end, b.phase) for b in shown.weight.phases] == [
        (found.start.isoformat(), TODAY.isoformat(), CUT)
    ]
    assert weight_words(shown, "en")["phases"].startswith(
        "Shaded: your confirmed phases – Calorie deficit (cut)"
    )


def test_the_training_minutes_chart_shades_confirmed_phases_held_to_its_weeks(session):
    owner = new_profile(session, email="p10@example.com")
    _falling(session, owner, days=200)
    found = store_suggestion(session=session, profile_id=owner, today=TODAY)
    shown = training_overview(session=session, profile_id=owner, today=TODAY)
    assert shown.phases == [] and phases_words(shown, "en") == ""  # a suggestion is not shaded
    review_phase(session=session, profile_id=owner, phase_id=found.id, answer="confirm")
    shown = training_overview(session=session, profile_id=owner, today=TODAY)
    first_week = shown.weeks[0].isoformat()
    assert [(b.start, b.end, b.phase) for b in shown.phases] == [
        (max(found.start.isoformat(), first_week), TODAY.isoformat(), CUT)
    ]
    assert phases_words(shown, "en").startswith(
        "Shaded: your confirmed phases – Calorie deficit (cut)"
    )
    assert phases_words(shown, "de").startswith("Hinterlegt: deine bestätigten Phasen")
