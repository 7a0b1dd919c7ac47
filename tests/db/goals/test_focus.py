"""Focus areas on SQLite and PostgreSQL: the 26 areas come in their 7
categories with the profile's weights; weights adding up to 100 are kept,
negative ones or ones that do not add up are refused at their field
without a write, and one profile's weights are its own."""

from __future__ import annotations

import pytest

from mitai_app.core.errors import UserError
from mitai_app.goals import focus
from tests.factories import new_profile


def _weights(groups) -> dict[str, float]:
    return {area.key: area.weight for group in groups for area in group.areas}


def test_weights_adding_up_to_100_are_kept_in_their_categories(session):
    owner = new_profile(session, email="fa1@example.com")
    other = new_profile(session, email="fa2@example.com")
    groups = focus.focus_weights(session=session, profile_id=owner)
    assert len(groups) == 7 and sum(len(g.areas) for g in groups) == 26
    first, second = groups[0].areas[0].key, groups[1].areas[0].key
    kept = focus.set_focus_weights(
        session=session, profile_id=owner, typed={first: "60", second: "40,0"}
    )
    assert {k: v for k, v in _weights(kept).items() if v} == {first: 60.0, second: 40.0}
    focus.set_focus_weights(session=session, profile_id=owner, typed={first: "100"})
    assert {
        k: v
        for k, v in _weights(focus.focus_weights(session=session, profile_id=owner)).items()
        if v
    } == {first: 100.0}
    assert not any(_weights(focus.focus_weights(session=session, profile_id=other)).values())


@pytest.mark.parametrize(
    ("typed", "field", "code"),
    [
        ({"A": "-10", "B": "110"}, "A", "goals.focus.error.range"),
        ({"A": "x"}, "A", "goals.focus.error.number"),
        ({"A": "50", "B": "30"}, "focus_total", "goals.focus.error.total"),
    ],
)
def test_bad_weights_are_refused_at_their_field_without_a_write(session, typed, field, code):
    owner = new_profile(session, email=f"fa3-{code[-5:]}-{field}@example.com")
    groups = focus.focus_weights(session=session, profile_id=owner)
    keys = {"A": groups[0].areas[0].key, "B": groups[2].areas[0].key}
    with pytest.raises(UserError) as refused:
        focus.set_focus_weights(
            session=session, profile_id=owner, typed={keys[k]: v for k, v in typed.items()}
        )
    assert (refused.value.field, refused.value.code) == (keys.get(field, field), code)
    assert not any(_weights(focus.focus_weights(session=session, profile_id=owner)).values())
