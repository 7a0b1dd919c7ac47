"""Goals' seed: the focus areas and goal types from `data/`, numbered in
the files' order."""

from __future__ import annotations

from sqlmodel import Session

from mitai_app.core.seeding import insert_missing
from mitai_app.goals.data import FOCUS_AREAS, GOAL_TYPES
from mitai_app.goals.models import FocusAreaDefinition, GoalTypeDefinition


def seed(session: Session) -> dict[str, int]:
    return {
        "focus_area_definitions": insert_missing(
            session,
            FocusAreaDefinition,
            "key",
            (
                FocusAreaDefinition(
                    key=a.key,
                    name=a.name.de,
                    name_en=a.name.en,
                    category=a.category,
                    description=a.description.de,
                    description_en=a.description.en,
                    sort_order=sort_order,
                )
                for sort_order, a in enumerate(FOCUS_AREAS, start=1)
            ),
        ),
        "goal_type_definitions": insert_missing(
            session,
            GoalTypeDefinition,
            "type_key",
            (
                GoalTypeDefinition(
                    type_key=g.key,
                    display_name=g.name.de,
                    display_name_en=g.name.en,
                    category=g.category,
                    unit=g.unit,
                    description=g.description.de,
                    description_en=g.description.en,
                    direction=g.direction,
                    source_table=g.source_table,
                    source_column=g.source_column,
                    sort_order=sort_order,
                )
                for sort_order, g in enumerate(GOAL_TYPES, start=1)
            ),
        ),
    }
