"""The profile's daily targets: kcal, protein, carbohydrates, fat, fibre and
water, each set by hand or derived (energy.derived_targets: BMR × activity,
the primary weight goal's safe deficit or surplus, protein per kg, the
macro split, EFSA's water). Services `fn(*, session, profile_id, ...)`.

The primary goal is read through core.weight_goal: goals publishes it, so
nutrition needs no import of goals (which reads nutrition)."""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, select

from mitai_app.accounts.models import Profile
from mitai_app.accounts.profile import record_change, value_on
from mitai_app.body.formulas import age_on
from mitai_app.body.service import last_weight, latest_lean_kg
from mitai_app.core.errors import UserError
from mitai_app.core.formatting import today_in
from mitai_app.core.records import as_uuid
from mitai_app.core.weight_goal import primary_weight_goal
from mitai_app.nutrition import energy
from mitai_app.nutrition.consts import (
    ACTIVITY_FACTORS,
    DEFAULT_ACTIVITY,
    DEFAULT_PROTEIN_G_PER_KG,
    PROTEIN_G_PER_KG_RANGE,
    TARGET_KEYS,
    TARGET_RANGES,
)
from mitai_app.nutrition.models import NutritionTargets


@dataclass(frozen=True)
class TargetSettings:
    """How the targets are made: the activity level, protein per kg, and the
    targets set by hand (key → value; absent: derived)."""

    activity: str = DEFAULT_ACTIVITY
    protein_g_per_kg: float = DEFAULT_PROTEIN_G_PER_KG
    hand: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class TargetsView:
    """The day's targets (None: neither set by hand nor derivable, which
    needs sex, birth date, height and a weight) and what they rest on."""

    kcal: float | None
    protein_g: float | None
    carbs_g: float | None
    fat_g: float | None
    fiber_g: float | None
    water_l: float | None
    hand: tuple[str, ...]  # the keys set by hand
    bmr: float | None
    formula: str | None
    tdee: float | None  # BMR × activity factor
    activity: str
    protein_g_per_kg: float
    goal_kg: float | None  # the primary weight goal's target
    goal_kcal: float | None  # its daily deficit (< 0) or surplus in the kcal target
    goal_limited: bool  # held at the safe rate (or at BMR)

    def get(self, key: str) -> float | None:
        return getattr(self, key)


def target_settings(*, session: Session, profile_id: uuid.UUID | str) -> TargetSettings:
    row = session.exec(
        select(NutritionTargets).where(NutritionTargets.profile_id == as_uuid(profile_id))
    ).first()
    if row is None:
        return TargetSettings()
    hand = {key: float(getattr(row, key)) for key in TARGET_KEYS if getattr(row, key) is not None}
    return TargetSettings(row.activity, float(row.protein_g_per_kg), hand)


def targets_on(
    *, session: Session, profile_id: uuid.UUID | str, day: date, settings: TargetSettings
) -> TargetsView | None:
    """The targets of `day`: those set by hand, the others derived where
    the profile allows; carbohydrates, fat and fibre follow the kcal and
    protein targets whichever way those were made."""
    owner = as_uuid(profile_id)
    profile = session.get(Profile, owner)
    weight = last_weight(session=session, profile_id=owner)
    derived: energy.Targets | None = None
    goal = None
    if (
        profile is not None
        and profile.sex in ("male", "female")
        and profile.date_of_birth is not None
        and profile.height_cm is not None
        and weight is not None
    ):
        goal = primary_weight_goal(session=session, profile_id=owner)
        derived = energy.derived_targets(
            sex=profile.sex,
            age=age_on(profile.date_of_birth, day),
            weight_kg=weight.values["weight"],
            height_cm=float(profile.height_cm),
            activity=settings.activity,
            protein_g_per_kg=settings.protein_g_per_kg,
            lean_kg=latest_lean_kg(session=session, profile_id=owner),
            goal_kg=None if goal is None else goal.target_kg,
            goal_days=None
            if goal is None or goal.target_date is None
            else (goal.target_date - day).days,
        )
    if derived is None and not settings.hand:
        return None
    hand = settings.hand
    kcal = hand.get("kcal", derived.kcal if derived else None)
    protein = hand.get("protein_g", derived.protein_g if derived else None)
    macros = None if kcal is None else energy.macro_targets(kcal, protein or 0.0)
    water = None
    if profile is not None and profile.sex in energy.WATER_L:
        water = energy.water_target_l(profile.sex)
    rate = derived.goal if derived else None
    return TargetsView(
        kcal=kcal,
        protein_g=protein,
        carbs_g=hand.get("carbs_g", macros.carbs_g if macros else None),
        fat_g=hand.get("fat_g", macros.fat_g if macros else None),
        fiber_g=hand.get("fiber_g", macros.fiber_g if macros else None),
        water_l=hand.get("water_l", water),
        hand=tuple(key for key in TARGET_KEYS if key in hand),
        bmr=derived.bmr if derived else None,
        formula=derived.formula if derived else None,
        tdee=derived.tdee if derived else None,
        activity=settings.activity,
        protein_g_per_kg=settings.protein_g_per_kg,
        goal_kg=None if goal is None else goal.target_kg,
        goal_kcal=None if rate is None else rate.kcal_per_day,
        goal_limited=bool(rate and rate.limited),
    )


DEFAULT_ACTIVITY = "light"  # NutritionTargets' default, before any is chosen
ACTIVITY_FIELD = "activity_level"  # its name in the profile's history


def activity_on(*, session: Session, profile_id: uuid.UUID | str, day: date) -> str:
    """The activity level valid at the end of `day` (the profile's history)."""
    owner = as_uuid(profile_id)
    current = session.exec(
        select(NutritionTargets.activity).where(NutritionTargets.profile_id == owner)
    ).first()
    return value_on(
        session=session,
        profile_id=owner,
        field=ACTIVITY_FIELD,
        day=day,
        current=current or DEFAULT_ACTIVITY,
    )


def set_targets(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    activity: str,
    protein_g_per_kg: float | None,
    hand: dict[str, float | None] | None = None,
    today: date | None = None,
) -> None:
    """How the profile's targets are derived (activity level, protein per
    kg) and those it sets by hand (None: derive it). Each value is checked
    before anything is written, refused at its field."""
    owner = as_uuid(profile_id)
    if activity not in ACTIVITY_FACTORS:
        raise UserError("nutrition.error.activity", field="activity")
    low, high = PROTEIN_G_PER_KG_RANGE
    if protein_g_per_kg is None or not low <= protein_g_per_kg <= high:
        raise UserError("nutrition.error.protein_per_kg", field="protein_g_per_kg")
    hand = dict(hand or {})
    unknown = set(hand) - set(TARGET_KEYS)
    if unknown:
        raise ValueError(f"unknown targets {sorted(unknown)}")
    for key, value in hand.items():
        low, high = TARGET_RANGES[key]
        if value is not None and not (math.isfinite(value) and low < value <= high):
            raise UserError(
                f"nutrition.error.target.{key}", field=f"target_{key}", low=low, high=high
            )
    row = session.exec(select(NutritionTargets).where(NutritionTargets.profile_id == owner)).first()
    if row is None:
        row = NutritionTargets(profile_id=owner)
    held = row.activity or DEFAULT_ACTIVITY
    if activity != held:  # versioned with the profile, for the level valid at a date
        profile = session.get(Profile, owner)
        record_change(
            session,
            profile_id=owner,
            field=ACTIVITY_FIELD,
            before=held,
            after=activity,
            on=today or today_in(profile.timezone if profile else None),
        )
    row.activity, row.protein_g_per_kg = activity, round(protein_g_per_kg, 1)
    for key, value in hand.items():
        setattr(row, key, None if value is None else round(value, 0 if key == "kcal" else 2))
    session.add(row)
    session.commit()
