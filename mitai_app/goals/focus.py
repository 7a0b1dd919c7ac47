"""Focus areas: how the user weights the 26 areas, grouped by their 7
categories; the weights are percentages that add up to 100.

Functions take the session and the owning profile explicitly and return
frozen dataclasses; weights that are not numbers, negative, or do not add
up to 100 are refused at their field and nothing is stored."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from sqlmodel import Session, col, select

from mitai_app.core.errors import UserError
from mitai_app.core.formatting import format_number, parse_decimal
from mitai_app.core.records import as_uuid
from mitai_app.core.text import Text
from mitai_app.goals.data import FOCUS_AREA_CATEGORIES
from mitai_app.goals.models import FocusAreaDefinition, UserFocusAreaWeight

TOTAL = 100.0
TOLERANCE = 0.5  # percentage points the sum may be off by rounding


@dataclass(frozen=True)
class FocusWeight:
    key: str
    name: Text
    category: str
    weight: float  # 0–100


@dataclass(frozen=True)
class FocusGroup:
    key: str
    name: Text
    areas: list[FocusWeight]


def focus_weights(*, session: Session, profile_id: uuid.UUID | str) -> list[FocusGroup]:
    """The active areas with the profile's weights (0 where none is set),
    in the categories' and the areas' catalogue order."""
    owner = as_uuid(profile_id)
    areas = session.exec(
        select(FocusAreaDefinition)
        .where(col(FocusAreaDefinition.is_active).is_not(False))
        .order_by(col(FocusAreaDefinition.sort_order))
    ).all()
    weights = dict(
        session.exec(
            select(UserFocusAreaWeight.focus_area_id, UserFocusAreaWeight.weight).where(
                UserFocusAreaWeight.profile_id == owner
            )
        ).all()
    )
    return [
        FocusGroup(
            category.key,
            category.name,
            [
                FocusWeight(
                    a.key,
                    Text(de=a.name, en=a.name_en or a.name),
                    a.category,
                    float(weights.get(a.id) or 0),
                )
                for a in areas
                if a.category == category.key
            ],
        )
        for category in FOCUS_AREA_CATEGORIES
    ]


def set_focus_weights(
    *, session: Session, profile_id: uuid.UUID | str, typed: Mapping[str, str]
) -> list[FocusGroup]:
    """Stores the weights typed per area key (blank is 0). Each must be a
    number from 0 to 100 and together they must make 100."""
    owner = as_uuid(profile_id)
    areas = session.exec(
        select(FocusAreaDefinition).where(col(FocusAreaDefinition.is_active).is_not(False))
    ).all()
    chosen: dict[int, float] = {}
    for area in areas:
        text = str(typed.get(area.key) or "").strip()
        try:
            value = parse_decimal(text) if text else 0.0
        except ValueError as error:
            raise UserError("goals.focus.error.number", field=area.key) from error
        if value is None or not 0 <= value <= TOTAL:
            raise UserError("goals.focus.error.range", field=area.key)
        chosen[area.id] = round(value, 2)
    total = sum(chosen.values())
    if abs(total - TOTAL) > TOLERANCE:
        shown = Text.composed(lambda lang: format_number(total, lang, decimals=1))
        raise UserError("goals.focus.error.total", field="focus_total", total=shown)
    stored = {
        row.focus_area_id: row
        for row in session.exec(
            select(UserFocusAreaWeight).where(UserFocusAreaWeight.profile_id == owner)
        ).all()
    }
    for area_id, weight in chosen.items():
        row = stored.get(area_id) or UserFocusAreaWeight(profile_id=owner, focus_area_id=area_id)
        row.weight = weight
        session.add(row)
    session.commit()
    return focus_weights(session=session, profile_id=owner)
