"""Goals: create, edit, pause, complete, reopen and delete a profile's goals,
log a custom goal's progress by hand (one value a day), and each goal's
progress from its data (goals.sources) judged by goals.progress.

Every function takes the session and the owning profile explicitly, finds
goals only among the profile's own ("not found" otherwise) and returns
frozen dataclasses; refused input raises UserError at its field."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from mitai_app.body.trend import Point
from mitai_app.core.access import consume
from mitai_app.core.errors import UserError, checked_text
from mitai_app.core.formatting import format_date, format_number, format_signed, parse_decimal
from mitai_app.core.i18n import translate
from mitai_app.core.records import as_uuid, owned
from mitai_app.core.text import Text
from mitai_app.goals.consts import BEHIND, CUSTOM, ON_TRACK, REACHED, TITLE_MAX, VALUE_LIMIT
from mitai_app.goals.data import GOAL_TYPES
from mitai_app.goals.focus import (
    active_areas,
    checked_shares,
    default_contributions,
    replace_contributions,
)
from mitai_app.goals.models import Goal, GoalFocusContribution, GoalProgress, GoalTypeDefinition
from mitai_app.goals.progress import Progress, assess
from mitai_app.goals.sources import READERS, SOURCE_DAYS

FEATURE = "goals"
ACTIVE, PAUSED, COMPLETED = "active", "paused", "completed"


@dataclass(frozen=True)
class GoalType:
    key: str
    name: Text
    unit: str


@dataclass(frozen=True)
class GoalView:
    id: str
    title: str
    goal_type: str
    type_name: Text
    unit: str
    status: str  # ACTIVE, PAUSED or COMPLETED
    is_primary: bool
    start_date: date | None
    start_value: float
    target_value: float
    target_date: date | None
    progress: Progress


def goal_types() -> list[GoalType]:
    """The types a goal can be made of, in the catalogue's order: those
    with a data source (goals.sources), and custom."""
    return [
        GoalType(g.key, g.name, g.unit or "")
        for g in GOAL_TYPES
        if g.key in READERS or g.key == CUSTOM
    ]


def _definition(session: Session, key: str) -> GoalTypeDefinition:
    found = session.exec(
        select(GoalTypeDefinition).where(GoalTypeDefinition.type_key == key)
    ).first()
    if found is None:
        raise UserError("goals.error.type", field="goal_type")
    if key != CUSTOM and key not in READERS:
        raise UserError("goals.error.no_source", field="goal_type")
    return found


def _value(text: str | float | None, field: str, *, required: bool = True) -> float | None:
    try:
        value = parse_decimal(text) if isinstance(text, str) else text
    except ValueError as error:
        raise UserError("goals.error.value_required", field=field) from error
    if value is None:
        if required:
            raise UserError("goals.error.value_required", field=field)
        return None
    if not -VALUE_LIMIT < value < VALUE_LIMIT:
        raise UserError("goals.error.value_range", field=field)
    return round(float(value), 2)


def _target_date(text: str | date | None, today: date) -> date | None:
    if text in (None, ""):
        return None
    try:
        day = text if isinstance(text, date) else date.fromisoformat(str(text))
    except ValueError as error:
        raise UserError("goals.error.date", field="target_date") from error
    if day <= today:
        raise UserError("goals.error.date_past", field="target_date")
    return day


def _points_of(session: Session, goals: list[Goal], today: date) -> dict[uuid.UUID, list[Point]]:
    """Each goal's recent values: one read per data source however many
    goals follow it, and one read of every custom goal's log."""
    since = today - timedelta(days=SOURCE_DAYS - 1)
    if not goals:
        return {}
    owner = goals[0].profile_id
    by_type = {
        kind: READERS[kind](session, owner, since, today)
        for kind in {g.goal_type for g in goals if g.goal_type in READERS}
    }
    logged: dict[uuid.UUID, list[Point]] = defaultdict(list)
    custom = [g.id for g in goals if g.goal_type == CUSTOM]
    if custom:
        for goal_id, day, value in session.exec(
            select(GoalProgress.goal_id, GoalProgress.date, GoalProgress.value)
            .where(
                col(GoalProgress.goal_id).in_(custom),
                GoalProgress.date >= since,
                GoalProgress.date <= today,
            )
            .order_by(col(GoalProgress.date))
        ):
            logged[goal_id].append((day, float(value)))
    return {
        g.id: logged[g.id] if g.goal_type == CUSTOM else by_type.get(g.goal_type, []) for g in goals
    }


def _kinds(session: Session, goals: list[Goal]) -> dict[str, GoalTypeDefinition]:
    keys = {g.goal_type for g in goals}
    return {
        d.type_key: d
        for d in session.exec(
            select(GoalTypeDefinition).where(col(GoalTypeDefinition.type_key).in_(keys))
        ).all()
    }


def _view(
    goal: Goal, kind: GoalTypeDefinition | None, points: list[Point], today: date
) -> GoalView:
    start = float(goal.start_value if goal.start_value is not None else goal.target_value)
    target = float(goal.target_value)
    progress = assess(points, start=start, target=target, target_date=goal.target_date, today=today)
    name = (
        Text(de=kind.display_name, en=kind.display_name_en or kind.display_name)
        if kind
        else Text(de=goal.goal_type, en=goal.goal_type)
    )
    return GoalView(
        id=str(goal.id),
        title=goal.title,
        goal_type=goal.goal_type,
        type_name=name,
        unit=(kind.unit if kind else "") or "",
        status=goal.status or ACTIVE,
        is_primary=bool(goal.is_primary),
        start_date=goal.start_date,
        start_value=start,
        target_value=target,
        target_date=goal.target_date,
        progress=progress,
    )


def _views(
    session: Session, goals: list[Goal], today: date, *, just_logged: bool = False
) -> list[GoalView]:
    """The goals judged on their data, read once for all of them; reaching
    the target completes an active goal (`_reached`), committed once."""
    points, kinds = _points_of(session, goals, today), _kinds(session, goals)
    views, changed = [], False
    for goal in goals:
        view = _view(goal, kinds.get(goal.goal_type), points[goal.id], today)
        if _reached(goal, view, just_logged=just_logged):
            changed = True
            view = _view(goal, kinds.get(goal.goal_type), points[goal.id], today)
        views.append(view)
    if changed:
        session.commit()
    return views


def _one(session: Session, goal: Goal, today: date) -> GoalView:
    return _views(session, [goal], today)[0]


def _demote_others(session: Session, owner: uuid.UUID, keep: uuid.UUID) -> None:
    for other in session.exec(
        select(Goal).where(
            Goal.profile_id == owner, Goal.id != keep, col(Goal.is_primary).is_(True)
        )
    ).all():
        other.is_primary = False
        session.add(other)


def create_goal(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    goal_type: str,
    title: str,
    target_value: str | float | None,
    target_date: str | date | None = None,
    start_value: str | float | None = None,
    primary: bool = False,
    replace_primary: bool = False,
    today: date,
) -> GoalView:
    """A new active goal. Its start value is the newest value of its data on
    the start day (today); a custom goal's is typed and logged as its first
    progress. The first goal becomes the primary goal; one marked primary
    replaces the primary goal only with `replace_primary` (the user was
    asked), else it is refused at the field "primary" naming the current
    one. Charges the `goals` feature."""
    owner = as_uuid(profile_id)
    kind = _definition(session, goal_type)
    name = checked_text(title, field="title", limit=TITLE_MAX)
    if not name:
        raise UserError("goals.error.title_required", field="title")
    target = _value(target_value, "target_value")
    day = _target_date(target_date, today)
    goal = Goal(
        profile_id=owner,
        title=name,
        goal_type=kind.type_key,
        category=kind.category,
        start_date=today,
        target_date=day,
        target_value=target,
        source_table=kind.source_table,
        source_column=kind.source_column,
    )
    if kind.type_key == CUSTOM:
        start = _value(start_value, "start_value")
    else:
        points = _points_of(session, [goal], today)[goal.id]
        if not points:
            raise UserError("goals.error.no_data", field="goal_type")
        start = round(points[-1][1], 2)
    if start == target:
        raise UserError("goals.error.target_is_start", field="target_value")
    goal.start_value = goal.current_value = start
    current = session.exec(
        select(Goal.title).where(Goal.profile_id == owner, col(Goal.is_primary).is_(True))
    ).first()
    if primary and current is not None and not replace_primary:
        # The page asks before the primary goal is demoted, then sends replace_primary.
        raise UserError("goals.error.primary_taken", field="primary", title=current)
    goal.is_primary = primary or current is None
    consume(session=session, profile_id=owner, feature_id=FEATURE)
    session.add(goal)
    session.flush()
    if goal.is_primary:
        _demote_others(session, owner, goal.id)
    for area_id, share in default_contributions(session, kind.type_key):
        session.add(
            GoalFocusContribution(goal_id=goal.id, focus_area_id=area_id, contribution_weight=share)
        )
    if kind.type_key == CUSTOM:
        session.add(GoalProgress(goal_id=goal.id, profile_id=owner, date=today, value=start))
    session.commit()
    session.refresh(goal)
    return _one(session, goal, today)


def update_goal(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    goal_id: str,
    title: str,
    target_value: str | float | None,
    target_date: str | date | None,
    today: date,
    contributions: Mapping[str, str] | None = None,
) -> GoalView:
    """The goal's title, target and date, and (`contributions`: percent
    typed per focus-area key) what it works on; everything is checked
    before anything is stored."""
    goal = owned(session, Goal, profile_id, goal_id)
    name = checked_text(title, field="title", limit=TITLE_MAX)
    if not name:
        raise UserError("goals.error.title_required", field="title")
    target = _value(target_value, "target_value")
    if target == goal.start_value:
        raise UserError("goals.error.target_is_start", field="target_value")
    day = _target_date(target_date, today)
    shares = None if contributions is None else checked_shares(active_areas(session), contributions)
    goal.title, goal.target_value, goal.target_date = name, target, day
    session.add(goal)
    if shares is not None:
        replace_contributions(session, goal.id, shares)
    session.commit()
    return _one(session, goal, today)


# The status changes a user may ask for: (from, to).
_MOVES = {
    (ACTIVE, PAUSED),
    (PAUSED, ACTIVE),
    (ACTIVE, COMPLETED),
    (PAUSED, COMPLETED),
    (COMPLETED, ACTIVE),
}


def set_status(
    *, session: Session, profile_id: uuid.UUID | str, goal_id: str, status: str, today: date
) -> GoalView:
    """Pause, resume, complete or reopen a goal."""
    goal = owned(session, Goal, profile_id, goal_id)
    if (goal.status or ACTIVE, status) not in _MOVES:
        raise UserError("goals.error.status", field="status")
    goal.status = status
    newest = _points_of(session, [goal], today)[goal.id]
    if newest:
        goal.current_value = round(newest[-1][1], 2)
    session.add(goal)
    session.commit()
    return _one(session, goal, today)


def make_primary(
    *, session: Session, profile_id: uuid.UUID | str, goal_id: str, today: date
) -> GoalView:
    goal = owned(session, Goal, profile_id, goal_id)
    goal.is_primary = True
    session.add(goal)
    _demote_others(session, goal.profile_id, goal.id)
    session.commit()
    return _one(session, goal, today)


def delete_goal(*, session: Session, profile_id: uuid.UUID | str, goal_id: str) -> None:
    """Deletes the goal with its logged progress (the page asks first)."""
    goal = owned(session, Goal, profile_id, goal_id)
    for model in (GoalProgress, GoalFocusContribution):
        session.execute(sa.delete(model).where(model.goal_id == goal.id))
    session.delete(goal)
    session.commit()


def log_progress(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    goal_id: str,
    value: str | float | None,
    day: date,
    today: date,
) -> GoalView:
    """A custom goal's value of `day`: one a day, a second one replaces it."""
    goal = owned(session, Goal, profile_id, goal_id)
    if goal.goal_type != CUSTOM:
        raise UserError("goals.error.not_custom", field="value")
    if day > today or (goal.start_date is not None and day < goal.start_date):
        raise UserError("goals.error.log_day", field="date")
    number = _value(value, "value")
    row = session.exec(
        select(GoalProgress).where(GoalProgress.goal_id == goal.id, GoalProgress.date == day)
    ).first() or GoalProgress(goal_id=goal.id, profile_id=goal.profile_id, date=day, value=number)
    row.value = number
    session.add(row)
    session.commit()
    return _views(session, [goal], today, just_logged=True)[0]


def _reached(goal: Goal, view: GoalView, *, just_logged: bool = False) -> bool:
    """Whether reaching the target completes the active goal now (it is
    marked, not committed). `current_value` keeps the newest value of the
    user's last status change: a goal reopened on a value stays open until
    a different value reaches the target again."""
    if view.status != ACTIVE or view.progress.status != REACHED:
        return False
    seen = None if goal.current_value is None else float(goal.current_value)
    if not just_logged and view.progress.current == seen:
        return False
    goal.status = COMPLETED
    goal.current_value = view.progress.current
    return True


def goals_overview(*, session: Session, profile_id: uuid.UUID | str, today: date) -> list[GoalView]:
    """The profile's goals with their progress: the primary goal first,
    then active, paused and completed ones, newest first within each."""
    owner = as_uuid(profile_id)
    goals = session.exec(
        select(Goal).where(Goal.profile_id == owner).order_by(col(Goal.created_at).desc())
    ).all()
    views = _views(session, list(goals), today)
    order = {ACTIVE: 0, PAUSED: 1, COMPLETED: 2}
    return sorted(views, key=lambda v: (not v.is_primary, order.get(v.status, 3)))


def primary_goal(*, session: Session, profile_id: uuid.UUID | str, today: date) -> GoalView | None:
    """The primary goal with its progress (the dashboard's card), or None."""
    goal = session.exec(
        select(Goal).where(Goal.profile_id == as_uuid(profile_id), col(Goal.is_primary).is_(True))
    ).first()
    return None if goal is None else _one(session, goal, today)


# --- words -------------------------------------------------------------------------------


def goal_words(view: GoalView, lang: str) -> dict[str, str]:
    """A goal's lines in `lang`: type, status, verdict, start → target,
    the current value, the weekly rate and the projection."""
    p, unit = view.progress, view.unit

    def number(value: float | None) -> str:
        return format_number(value, lang, decimals=1)

    words = {
        "type": view.type_name.pick(lang),
        "status": translate(f"goals.status.{view.status}", lang),
        "verdict": translate(f"goals.verdict.{p.status}", lang),
        "from_to": translate(
            "goals.from_to",
            lang,
            start=number(view.start_value),
            target=number(view.target_value),
            unit=unit,
        ).strip(),
        "current": ""
        if p.current is None
        else translate("goals.current", lang, value=number(p.current), unit=unit).strip(),
        "rate": ""
        if p.weekly_rate is None
        else translate(
            "goals.rate", lang, rate=format_signed(p.weekly_rate, lang, decimals=1), unit=unit
        ).strip(),
        "projected": "",
        "by": ""
        if view.target_date is None
        else translate("goals.by", lang, date=format_date(view.target_date, lang)),
    }
    if view.status == ACTIVE and p.status in (ON_TRACK, BEHIND):
        words["projected"] = (
            translate("goals.projected", lang, date=format_date(p.projected, lang))
            if p.projected
            else translate("goals.no_projection", lang)
        )
    return words
