"""Goals' AI placeholders (active goals with their progress, the weight and
body fat goals, focus areas) and its part of the placeholder loader.

A goal's current value comes from the other domains' placeholders, read by
name through the registry, so goals import none of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from mitai_app.core import placeholders as ph
from mitai_app.core.formatting import format_date, format_number
from mitai_app.core.text import LANGUAGES, Text
from mitai_app.goals.models import (
    FocusAreaDefinition,
    GoalTypeDefinition,
    UserFocusAreaWeight,
)
from mitai_app.goals.models import (
    Goal as GoalEntry,
)

MODULE = "goals"


@dataclass(frozen=True)
class Goal:
    title: str
    goal_type: str  # a goal_type_definitions type_key
    target_value: float
    type_name: Text = Text(de="", en="")
    unit: str = ""
    start_value: float | None = None
    current_value: float | None = None  # as stored; live data wins (see goal_current)
    target_date: date | None = None
    is_primary: bool = False
    priority: int = 0


@dataclass(frozen=True)
class FocusArea:
    name: Text
    weight: float  # 0–100, the user's emphasis


@dataclass(frozen=True)
class GoalsData:
    goals: Sequence[Goal] = ()
    focus_areas: Sequence[FocusArea] = ()


def _goals_data(data: ph.ProfileData) -> GoalsData:
    return data.parts.get(MODULE) or GoalsData()


# --- loading ------------------------------------------------------------------------------


def _load_goals(scope: ph.Scope) -> list[Goal]:
    g, kind = GoalEntry, GoalTypeDefinition
    rows = scope.session.execute(
        sa.select(
            g.title,
            g.goal_type,
            g.target_value,
            kind.display_name,
            kind.display_name_en,
            kind.unit,
            g.start_value,
            g.current_value,
            g.target_date,
            g.is_primary,
            g.priority,
        )
        .outerjoin(kind, kind.type_key == g.goal_type)
        .where(g.profile_id == scope.profile_id, g.status == "active")
    ).all()
    return [
        Goal(
            title=title,
            goal_type=goal_type,
            target_value=float(target),
            type_name=Text(de=name_de or "", en=name_en or name_de or ""),
            unit=unit or "",
            start_value=ph.num(start),
            current_value=ph.num(current),
            target_date=target_date,
            is_primary=bool(primary),
            priority=priority or 0,
        )
        for (
            title,
            goal_type,
            target,
            name_de,
            name_en,
            unit,
            start,
            current,
            target_date,
            primary,
            priority,
        ) in rows
    ]


def _load_focus_areas(scope: ph.Scope) -> list[FocusArea]:
    w, area = UserFocusAreaWeight, FocusAreaDefinition
    rows = scope.session.execute(
        sa.select(area.name, area.name_en, w.weight)
        .join(area, area.id == w.focus_area_id)
        .where(
            w.profile_id == scope.profile_id,
            w.weight > 0,
            sa.func.coalesce(area.is_active, sa.true()),
        )
    ).all()
    return [
        FocusArea(Text(de=name, en=name_en or name), float(weight))
        for name, name_en, weight in rows
    ]


def _load(scope: ph.Scope) -> GoalsData:
    return GoalsData(goals=_load_goals(scope), focus_areas=_load_focus_areas(scope))


ph.add_loader(MODULE, _load)


# --- goals --------------------------------------------------------------------------------

# Where a goal type's current value comes from: the placeholder of the live
# data (and a factor to the goal's unit), so progress follows what was
# logged; other types use the goal's stored current value.
_GOAL_CURRENT: dict[str, tuple[str, float]] = {
    "weight": ("weight_latest", 1),
    "body_fat": ("body_fat_latest", 1),
    "lean_mass": ("lean_mass", 1),
    "waist": ("waist_latest", 1),
    "vo2max": ("vo2max_latest", 1),
    "training_frequency": ("training_per_week_28d", 1),
    "resting_hr": ("resting_hr_avg_7d", 1),
    "hrv": ("hrv_avg_7d", 1),
    "blood_pressure": ("bp_systolic_avg_7d", 1),
    "sleep_duration": ("sleep_avg_7d_h", 60),  # goals count sleep in minutes
    "sleep_quality": ("sleep_quality_avg_7d", 1),
    "calorie_intake": ("kcal_avg_7d", 1),
    "protein_intake": ("protein_avg_7d", 1),
    "water_intake": ("water_avg_7d", 1),
}


def goal_current(goal: Goal, data: ph.ProfileData, today: date) -> float | None:
    """The goal's current value: from the logged data for the known types
    (stored value if that data is missing), else the stored value."""
    source = _GOAL_CURRENT.get(goal.goal_type)
    current = None
    if source is not None:
        name, factor = source
        live = ph.value_of(name, data, today)
        current = None if live is None else float(live) * factor
    return goal.current_value if current is None else current


def goal_progress(start: float | None, current: float | None, target: float) -> float | None:
    """How much of the way from ``start`` to ``target`` is covered, in %:
    0 at the start, 100 at the target, below 0 when moving away, above 100
    past the target. None without a start or when start equals target."""
    if start is None or current is None or start == target:
        return None
    return (current - start) / (target - start) * 100


def _ordered_goals(data: ph.ProfileData) -> list[Goal]:
    """The primary goal first, then by priority (higher first) and title."""
    return sorted(_goals_data(data).goals, key=lambda g: (not g.is_primary, -g.priority, g.title))


_WORDS = {
    "target": Text(de="Ziel", en="target"),
    "current": Text(de="aktuell", en="current"),
    "progress": Text(de="Fortschritt", en="progress"),
    "by": Text(de="bis", en="by"),
}


def _describe_goal(goal: Goal, data: ph.ProfileData, today: date, lang: str) -> str:
    unit = goal.unit
    current = goal_current(goal, data, today)
    progress = goal_progress(goal.start_value, current, goal.target_value)
    title = goal.title
    kind = goal.type_name.pick(lang)
    if kind and kind != title:
        title = f"{title} ({kind})"
    word = {key: text.pick(lang) for key, text in _WORDS.items()}
    parts = [f"{word['target']} {ph.format_number_in(goal.target_value, unit, lang)}"]
    shown = ph.NO_DATA.pick(lang) if current is None else ph.format_number_in(current, unit, lang)
    parts.append(f"{word['current']} {shown}")
    if progress is not None:
        parts.append(f"{word['progress']} {format_number(progress, lang, decimals=0)} %")
    if goal.target_date is not None:
        parts.append(f"{word['by']} {format_date(goal.target_date, lang)}")
    return f"{title}: {', '.join(parts)}"


def _goals_text(goals: Sequence[Goal], data: ph.ProfileData, today: date) -> Text | None:
    if not goals:
        return None
    de, en = ("; ".join(_describe_goal(g, data, today, lang) for g in goals) for lang in LANGUAGES)
    return Text(de=de, en=en)


def _primary_goals(data: ph.ProfileData) -> list[Goal]:
    """The goal marked primary, as a list of at most one."""
    return [goal for goal in _goals_data(data).goals if goal.is_primary][:1]


def _primary_goal_progress(data: ph.ProfileData, today: date) -> float | None:
    goals = _primary_goals(data)
    if not goals:
        return None
    goal = goals[0]
    return goal_progress(goal.start_value, goal_current(goal, data, today), goal.target_value)


def _goal_field(goal_type: str, attr: str) -> ph.Compute:
    """``attr`` of the first active goal of ``goal_type`` (primary, priority)."""

    def compute(data: ph.ProfileData, today: date) -> ph.Value:
        goal = next((g for g in _ordered_goals(data) if g.goal_type == goal_type), None)
        return None if goal is None else getattr(goal, attr)

    return compute


_weight_goal_target = _goal_field("weight", "target_value")


def _weight_to_go(data: ph.ProfileData, today: date) -> float | None:
    target = _weight_goal_target(data, today)
    weight = ph.value_of("weight_latest", data, today)
    return None if target is None or weight is None else weight - target


# --- focus areas --------------------------------------------------------------------------


def _focus_areas(data: ph.ProfileData) -> list[FocusArea]:
    """The areas the user weighted, heaviest first."""
    return sorted(
        (area for area in _goals_data(data).focus_areas if area.weight > 0),
        key=lambda area: (-area.weight, area.name.en),
    )


def _focus_text(data: ph.ProfileData, today: date) -> Text | None:
    areas = _focus_areas(data)
    if not areas:
        return None
    de, en = (
        ", ".join(
            f"{area.name.pick(lang)} ({format_number(area.weight, lang, decimals=0)} %)"
            for area in areas
        )
        for lang in LANGUAGES
    )
    return Text(de=de, en=en)


def _focus_top(data: ph.ProfileData, today: date) -> Text | None:
    areas = _focus_areas(data)
    return areas[0].name if areas else None


ph.add(
    "goals_active",
    "",
    "latest",
    "Aktive Ziele mit Zielwert, aktuellem Wert, Fortschritt und Termin",
    "Active goals with target, current value, progress and date",
    lambda d, t: _goals_text(_ordered_goals(d), d, t),
)
ph.add(
    "goals_active_count",
    "",
    "latest",
    "Anzahl aktiver Ziele",
    "Number of active goals",
    lambda d, t: len(_goals_data(d).goals) or None,
)
ph.add(
    "goal_primary",
    "",
    "latest",
    "Hauptziel mit Zielwert, aktuellem Wert, Fortschritt und Termin",
    "Primary goal with target, current value, progress and date",
    lambda d, t: _goals_text(_primary_goals(d), d, t),
)
ph.add(
    "goal_primary_progress",
    "%",
    "latest",
    "Fortschritt des Hauptziels vom Start- zum Zielwert",
    "Progress of the primary goal from its start to its target",
    _primary_goal_progress,
)
ph.add(
    "goal_weight",
    "kg",
    "latest",
    "Zielgewicht (aktives Gewichtsziel)",
    "Target weight (active weight goal)",
    _weight_goal_target,
)
ph.add(
    "goal_weight_date",
    "",
    "latest",
    "Termin des Gewichtsziels",
    "Target date of the weight goal",
    _goal_field("weight", "target_date"),
)
ph.add(
    "goal_weight_remaining",
    "kg",
    "latest",
    "Abstand zum Zielgewicht (letztes Gewicht minus Ziel)",
    "Distance to the target weight (latest weight minus target)",
    _weight_to_go,
)
ph.add(
    "goal_body_fat",
    "%",
    "latest",
    "Ziel-Körperfettanteil (aktives Körperfettziel)",
    "Target body fat (active body fat goal)",
    _goal_field("body_fat", "target_value"),
)
ph.add(
    "focus_areas",
    "",
    "latest",
    "Fokusbereiche mit Gewichtung, stärkste zuerst",
    "Focus areas with their weights, strongest first",
    _focus_text,
)
ph.add(
    "focus_area_top",
    "",
    "latest",
    "Am stärksten gewichteter Fokusbereich",
    "The most heavily weighted focus area",
    _focus_top,
)
