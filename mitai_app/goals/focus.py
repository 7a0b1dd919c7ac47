"""Focus areas: how the user weights the 26 areas, grouped by their 7
categories; the weights are percentages that add up to 100. Goals
contribute to areas (`goal_focus_contributions`, from their type's shares in
`data/goal_types.json`), and `effort` sets the user's focus beside where the
active goals and the last 4 weeks of training go, by category.

Functions take the session and the owning profile explicitly and return
frozen dataclasses; weights that are not numbers, negative, or do not add
up to 100 are refused at their field and nothing is stored."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session, col, select

from mitai_app.core.errors import UserError
from mitai_app.core.formatting import format_number, parse_decimal
from mitai_app.core.records import as_uuid, owned
from mitai_app.core.text import Text
from mitai_app.goals.data import FOCUS_AREA_CATEGORIES, GOAL_TYPES
from mitai_app.goals.models import (
    FocusAreaDefinition,
    Goal,
    GoalFocusContribution,
    UserFocusAreaWeight,
)
from mitai_app.training.overview import training_overview

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


def active_areas(session: Session) -> list[FocusAreaDefinition]:
    return list(
        session.exec(
            select(FocusAreaDefinition)
            .where(col(FocusAreaDefinition.is_active).is_not(False))
            .order_by(col(FocusAreaDefinition.sort_order))
        ).all()
    )


def _grouped(
    areas: Sequence[FocusAreaDefinition], weights: Mapping[int, float]
) -> list[FocusGroup]:
    """The areas with their percent (0 where none), by category in catalogue order."""
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


def focus_weights(*, session: Session, profile_id: uuid.UUID | str) -> list[FocusGroup]:
    """The active areas with the profile's weights (0 where none is set),
    in the categories' and the areas' catalogue order."""
    weights = dict(
        session.exec(
            select(UserFocusAreaWeight.focus_area_id, UserFocusAreaWeight.weight).where(
                UserFocusAreaWeight.profile_id == as_uuid(profile_id)
            )
        ).all()
    )
    return _grouped(active_areas(session), weights)


def checked_shares(
    areas: Sequence[FocusAreaDefinition], typed: Mapping[str, str]
) -> dict[int, float]:
    """Percent per area id from the numbers typed per area key (blank is 0):
    each from 0 to 100, together 100; refused at the area's field, or at
    "focus_total" with the sum."""
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
    return chosen


def set_focus_weights(
    *, session: Session, profile_id: uuid.UUID | str, typed: Mapping[str, str]
) -> list[FocusGroup]:
    """Stores the weights typed per area key (blank is 0). Each must be a
    number from 0 to 100 and together they must make 100."""
    owner = as_uuid(profile_id)
    chosen = checked_shares(active_areas(session), typed)
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


# --- goals' contributions and where effort goes --------------------------------------------

_TYPE_FOCUS = {g.key: g.focus for g in GOAL_TYPES}
# The focus category each of training's abilities (training.consts.ABILITY_KEYS) works on.
ABILITY_CATEGORIES = {
    "kraft": "strength",
    "ausdauer": "endurance",
    "schnelligkeit": "endurance",
    "beweglichkeit": "mobility",
    "koordination": "coordination",
    "balance": "coordination",
    "geist": "mind",
}


def default_contributions(session: Session, goal_type: str) -> list[tuple[int, float]]:
    """(focus area id, percent) a new goal of `goal_type` contributes to."""
    shares = _TYPE_FOCUS.get(goal_type) or {}
    if not shares:
        return []
    ids = dict(
        session.exec(
            select(FocusAreaDefinition.key, FocusAreaDefinition.id).where(
                col(FocusAreaDefinition.key).in_(list(shares))
            )
        ).all()
    )
    return [(ids[key], float(share)) for key, share in shares.items() if key in ids]


def goal_contributions(
    *, session: Session, profile_id: uuid.UUID | str, goal_id: str
) -> list[FocusGroup]:
    """What the goal works on, in percent per area: as kept, or its type's
    shares for a goal made before contributions were kept."""
    goal = owned(session, Goal, profile_id, goal_id)
    shares = dict(
        session.exec(
            select(
                GoalFocusContribution.focus_area_id, GoalFocusContribution.contribution_weight
            ).where(GoalFocusContribution.goal_id == goal.id)
        ).all()
    ) or dict(default_contributions(session, goal.goal_type))
    return _grouped(active_areas(session), shares)


def replace_contributions(
    session: Session, goal_id: uuid.UUID, shares: Mapping[int, float]
) -> None:
    """The goal's contributions become `shares` (areas at 0 are not kept);
    not committed, so the caller stores them with the goal's other changes."""
    session.execute(
        sa.delete(GoalFocusContribution).where(GoalFocusContribution.goal_id == goal_id)
    )
    for area_id, share in shares.items():
        if share:
            session.add(
                GoalFocusContribution(
                    goal_id=goal_id, focus_area_id=area_id, contribution_weight=share
                )
            )


@dataclass(frozen=True)
class CategoryEffort:
    key: str
    name: Text
    focus: float  # percent of the user's focus weights
    goals: float  # percent of the active goals' contributions (each goal counts alike)
    training: float | None  # percent of what training worked; None: no rated training


def _shares(totals: Mapping[str, float]) -> dict[str, float]:
    whole = sum(totals.values())
    return {k: v / whole * 100 for k, v in totals.items()} if whole else {}


def effort(*, session: Session, profile_id: uuid.UUID | str, today: date) -> list[CategoryEffort]:
    """Per category: the user's focus, the active goals' share (a goal made
    before contributions were kept counts with its type's shares) and what
    the last 4 weeks of training worked (training's abilities profile)."""
    owner = as_uuid(profile_id)
    category_of = dict(
        session.exec(select(FocusAreaDefinition.id, FocusAreaDefinition.category)).all()
    )
    key_of = dict(session.exec(select(FocusAreaDefinition.key, FocusAreaDefinition.category)).all())
    focus: dict[str, float] = defaultdict(float)
    for area_id, weight in session.exec(
        select(UserFocusAreaWeight.focus_area_id, UserFocusAreaWeight.weight).where(
            UserFocusAreaWeight.profile_id == owner
        )
    ):
        focus[category_of.get(area_id, "")] += float(weight or 0)
    goals = session.exec(
        select(Goal.id, Goal.goal_type).where(Goal.profile_id == owner, Goal.status == "active")
    ).all()
    stored: dict[uuid.UUID, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    if goals:
        for goal_id, area_id, weight in session.exec(
            select(
                GoalFocusContribution.goal_id,
                GoalFocusContribution.focus_area_id,
                GoalFocusContribution.contribution_weight,
            ).where(col(GoalFocusContribution.goal_id).in_([g for g, _ in goals]))
        ):
            stored[goal_id][category_of.get(area_id, "")] += float(weight or 0)
    per_goal = []
    for goal_id, goal_type in goals:
        shares = stored.get(goal_id)
        if not shares:
            shares = defaultdict(float)
            for key, share in (_TYPE_FOCUS.get(goal_type) or {}).items():
                shares[key_of.get(key, "")] += share
        if shares:  # a custom goal works on nothing named
            per_goal.append(_shares(shares))
    by_goals: dict[str, float] = defaultdict(float)
    for shares in per_goal:
        for category, share in shares.items():
            by_goals[category] += share / len(per_goal)
    abilities = training_overview(session=session, profile_id=owner, today=today).abilities
    worked: dict[str, float] = defaultdict(float)
    for ability, rating in abilities.items():
        if ability in ABILITY_CATEGORIES:
            worked[ABILITY_CATEGORIES[ability]] += rating
    trained = _shares(worked)
    return [
        CategoryEffort(
            c.key,
            c.name,
            round(focus.get(c.key, 0.0), 1),
            round(by_goals.get(c.key, 0.0), 1),
            round(trained.get(c.key, 0.0), 1) if trained else None,
        )
        for c in FOCUS_AREA_CATEGORIES
    ]
