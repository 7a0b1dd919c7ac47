"""Dietary preferences on SQLite and PostgreSQL: a profile without any reads
as omnivore with nothing avoided, saving replaces them as a whole, a diet
not offered or an overlong text is refused at its field with nothing
stored, and one profile's preferences are its own."""

from __future__ import annotations

import pytest

from mitai_app.core.errors import UserError
from mitai_app.nutrition.consts import AVOID_MAX
from mitai_app.nutrition.diet import DietView, dietary_preferences, set_dietary_preferences
from tests.factories import new_profile


def test_preferences_are_saved_whole_and_stay_the_profiles_own(session):
    owner = new_profile(session, email="diet1@example.org")
    other = new_profile(session, email="diet2@example.org")
    assert dietary_preferences(session=session, profile_id=owner) == DietView("omnivore", "")
    set_dietary_preferences(session=session, profile_id=owner, diet_type="vegan", avoid=" soy ")
    saved = set_dietary_preferences(
        session=session, profile_id=owner, diet_type="pescatarian", avoid=""
    )
    assert saved == DietView("pescatarian", "")
    assert dietary_preferences(session=session, profile_id=owner) == saved
    assert dietary_preferences(session=session, profile_id=other) == DietView("omnivore", "")


@pytest.mark.parametrize(
    ("diet_type", "avoid", "field"),
    [("carnivore", "", "diet_type"), ("vegan", "x" * (AVOID_MAX + 1), "avoid")],
)
def test_refused_values_are_answered_at_their_field(session, diet_type, avoid, field):
    owner = new_profile(session, email=f"diet-{field}@example.org")
    with pytest.raises(UserError) as refused:
        set_dietary_preferences(session=session, profile_id=owner, diet_type=diet_type, avoid=avoid)
    assert refused.value.field == field
    assert dietary_preferences(session=session, profile_id=owner) == DietView("omnivore", "")
