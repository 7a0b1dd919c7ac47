"""Dietary preferences: the profile's kind of diet and what it avoids, read
and set as a whole. Services `fn(*, session, profile_id, ...)`; a diet not
offered or a text beyond its limit is refused at its field."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlmodel import Session, select

from mitai_app.core.errors import UserError, checked_text
from mitai_app.core.records import as_uuid
from mitai_app.nutrition.consts import AVOID_MAX, DEFAULT_DIET, DIET_TYPES
from mitai_app.nutrition.models import DietaryPreferences


@dataclass(frozen=True)
class DietView:
    diet_type: str  # one of DIET_TYPES
    avoid: str  # "" when nothing is named


def _row(session: Session, owner: uuid.UUID) -> DietaryPreferences | None:
    return session.exec(
        select(DietaryPreferences).where(DietaryPreferences.profile_id == owner)
    ).first()


def dietary_preferences(*, session: Session, profile_id: uuid.UUID | str) -> DietView:
    row = _row(session, as_uuid(profile_id))
    if row is None:
        return DietView(DEFAULT_DIET, "")
    return DietView(row.diet_type, row.avoid or "")


def set_dietary_preferences(
    *, session: Session, profile_id: uuid.UUID | str, diet_type: str, avoid: str
) -> DietView:
    owner = as_uuid(profile_id)
    if diet_type not in DIET_TYPES:
        raise UserError("nutrition.error.diet_type", field="diet_type")
    text = checked_text(avoid, field="avoid", limit=AVOID_MAX)
    row = _row(session, owner) or DietaryPreferences(profile_id=owner)
    row.diet_type, row.avoid = diet_type, text or None
    session.add(row)
    session.commit()
    return DietView(row.diet_type, text)
