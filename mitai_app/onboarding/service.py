"""The first-run flow's use cases: where a profile stands, what each step's
form shows, and saving a step, which writes through the owning domain's own
service (accounts' profile, body's weight, goals, focus areas and weekly
goals, nutrition's targets and diet, the AI consent), so everything set
here is what those pages show and edit later. A refused value is the
domain's own UserError at its field, and the step does not move on.

Services `fn(*, session, profile_id, ...)`, scoped to the caller's profile."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from mitai_app.accounts.models import UNIT_SYSTEMS
from mitai_app.accounts.profile import ProfileForm, get_profile, update_profile
from mitai_app.ai.service import analysis_overview, set_ai_enabled
from mitai_app.body.logs import WEIGHT
from mitai_app.body.service import add_weight, last_weight
from mitai_app.core import logs
from mitai_app.core.columns import utcnow
from mitai_app.core.errors import UserError
from mitai_app.core.formatting import as_typed, parse_decimal
from mitai_app.core.records import as_uuid
from mitai_app.core.units import to_display, unit_label
from mitai_app.goals.focus import FocusGroup, focus_weights, set_focus_weights
from mitai_app.goals.service import create_goal, goal_types, primary_goal
from mitai_app.goals.weekly import set_weekly_targets, weekly_overview
from mitai_app.nutrition.consts import TARGET_RANGES
from mitai_app.nutrition.diet import DietView, dietary_preferences, set_dietary_preferences
from mitai_app.nutrition.targets import TargetsView, set_targets, target_settings, targets_on
from mitai_app.onboarding import steps
from mitai_app.onboarding.consts import ONBOARDING, STEPS
from mitai_app.onboarding.models import OnboardingState
from mitai_app.onboarding.steps import Position

# The profile fields step 1 asks for (accounts.profile.update_profile's keys).
PROFILE_FIELDS = ("display_name", "sex", "date_of_birth", "height", "language", "unit_system")
# The weekly goals step 5 sets (goals.weekly); the others a profile has stay.
TRAINING_KINDS = ("workouts", "active_minutes")


# --- where the profile stands -------------------------------------------------------------


def _row(session: Session, owner: uuid.UUID) -> OnboardingState | None:
    return session.get(OnboardingState, owner)


def _position(row: OnboardingState | None) -> Position:
    if row is None:
        return steps.START
    return Position(
        step=row.step,
        done=frozenset(row.done_steps or ()),
        skipped=frozenset(row.skipped_steps or ()),
        finished=row.finished_at is not None,
        dismissed=row.dismissed_at is not None,
    )


def _store(session: Session, owner: uuid.UUID, position: Position) -> Position:
    row = _row(session, owner) or OnboardingState(profile_id=owner)
    row.step = position.step
    # In the steps' order, so a stored list reads like the flow.
    row.done_steps = [key for key in STEPS if key in position.done]
    row.skipped_steps = [key for key in STEPS if key in position.skipped]
    # The first time it was finished or dismissed, until it is reopened.
    row.finished_at = (row.finished_at or utcnow()) if position.finished else None
    row.dismissed_at = (row.dismissed_at or utcnow()) if position.dismissed else None
    session.add(row)
    session.commit()
    return position


def position(*, session: Session, profile_id: uuid.UUID | str) -> Position:
    return _position(_row(session, as_uuid(profile_id)))


def first_run_page(*, session: Session, profile_id: uuid.UUID | str) -> str | None:
    """The onboarding manifest's `after_sign_in` (core.landing): the flow,
    while it is neither finished nor dismissed."""
    stored = _row(session, as_uuid(profile_id))
    return (
        ONBOARDING
        if steps.leads_after_sign_in(None if stored is None else _position(stored))
        else None
    )


def _move(session: Session, profile_id: uuid.UUID | str, change) -> Position:
    owner = as_uuid(profile_id)
    return _store(session, owner, change(_position(_row(session, owner))))


def skip_step(*, session: Session, profile_id: uuid.UUID | str, key: str) -> Position:
    if key not in STEPS:
        raise UserError("onboarding.error.step")
    return _move(session, profile_id, lambda p: steps.skipped(p, key))


def go_back(*, session: Session, profile_id: uuid.UUID | str) -> Position:
    return _move(session, profile_id, steps.back)


def dismiss(*, session: Session, profile_id: uuid.UUID | str) -> Position:
    return _move(session, profile_id, steps.dismissed)


def reopen(*, session: Session, profile_id: uuid.UUID | str) -> Position:
    """ "Run the first-run setup again" (the Profile page): step 1 of an open
    flow, whether it was finished, dismissed or neither."""
    return _move(session, profile_id, steps.reopened)


def restored(*, session: Session, profile_id: uuid.UUID | str) -> None:
    """`Module.rebuild`: a restored archive brought the profile, its goals,
    targets and entries, so its first run counts as finished and is not
    offered again (it can still be run from the Profile page). Uncommitted:
    the restore commits all or nothing."""
    owner = as_uuid(profile_id)
    row = _row(session, owner) or OnboardingState(profile_id=owner)
    row.finished_at = row.finished_at or utcnow()
    row.dismissed_at = None
    session.add(row)


def unfinished_step(*, session: Session, profile_id: uuid.UUID | str) -> int | None:
    """The dashboard card's "step n of 6": where the flow resumes, while it
    is neither finished nor dismissed; None once it is either."""
    shown = position(session=session, profile_id=profile_id)
    return None if shown.closed else shown.step


def _saved(session: Session, profile_id: uuid.UUID | str, key: str) -> Position:
    return _move(session, profile_id, lambda p: steps.saved(p, key))


# --- what the steps' forms show ---------------------------------------------------------------


@dataclass(frozen=True)
class FirstRun:
    position: Position
    profile: ProfileForm
    weight: str  # the latest weight in the profile's units, as typed, or ""
    weight_unit: str  # kg or lb
    primary_goal: str  # the primary goal's title; "" while there is none
    focus: list[FocusGroup]
    diet: DietView
    activity: str  # nutrition's activity level
    protein_g_per_kg: float
    kcal_by_hand: float | None  # the kcal target set by hand; None: derived
    targets: TargetsView | None  # today's targets as nutrition makes them
    weekly: dict[str, int]  # the weekly goals in force
    ai_enabled: bool


def first_run(*, session: Session, profile_id: uuid.UUID | str, today: date) -> FirstRun:
    owner = as_uuid(profile_id)
    profile = get_profile(session=session, profile_id=owner)
    weight = last_weight(session=session, profile_id=owner)
    system = profile.unit_system
    goal = primary_goal(session=session, profile_id=owner, today=today)
    settings = target_settings(session=session, profile_id=owner)
    return FirstRun(
        position=_position(_row(session, owner)),
        profile=profile,
        weight=""
        if weight is None
        else as_typed(to_display(weight.values["weight"], "mass", system), profile.language),
        weight_unit=unit_label("mass", system),
        primary_goal="" if goal is None else goal.title,
        focus=focus_weights(session=session, profile_id=owner),
        diet=dietary_preferences(session=session, profile_id=owner),
        activity=settings.activity,
        protein_g_per_kg=settings.protein_g_per_kg,
        kcal_by_hand=settings.hand.get("kcal"),
        targets=targets_on(session=session, profile_id=owner, day=today, settings=settings),
        weekly=weekly_overview(session=session, profile_id=owner, today=today).targets,
        ai_enabled=analysis_overview(session=session, profile_id=owner).ai_enabled,
    )


# --- saving a step ------------------------------------------------------------------------


def _text(form: Mapping, key: str) -> str:
    value = form.get(key)
    return "" if value is None else str(value).strip()


def save_profile(
    *, session: Session, profile_id: uuid.UUID | str, form: Mapping, today: date
) -> Position:
    """Step 1: name, sex, birth date, height, language and units through
    accounts (kept in the profile's history), and today's weight, typed in
    the chosen units, through body's weight log (today's is replaced). The
    weight is checked before the profile is saved: a refused one leaves both
    as they were."""
    owner = as_uuid(profile_id)
    weight = None
    if _text(form, "weight"):
        chosen = _text(form, "unit_system")
        system = (
            chosen
            if chosen in UNIT_SYSTEMS
            else get_profile(session=session, profile_id=owner).unit_system
        )
        weight = logs.parse(WEIGHT, {"weight": _text(form, "weight"), "date": str(today)}, system)
        logs.check_entry(
            WEIGHT, session=session, profile_id=owner, entry=weight, replace=True, today=today
        )
    update_profile(
        session=session,
        profile_id=owner,
        form={key: _text(form, key) for key in PROFILE_FIELDS if key in form},
        today=today,
    )
    if weight is not None:
        add_weight(
            session=session,
            profile_id=owner,
            day=today,
            kg=weight.values["weight"][0],
            replace=True,
            today=today,
        )
    return _saved(session, owner, "profile")


def goal_title(goal_type: str, lang: str) -> str:
    """A goal's title when none is typed: its type's name."""
    kind = next((k for k in goal_types() if k.key == goal_type), None)
    return "" if kind is None else kind.name.pick(lang)


def save_goal(
    *, session: Session, profile_id: uuid.UUID | str, form: Mapping, lang: str, today: date
) -> Position:
    """Step 2: the primary goal through goals' own checks (a target equal
    to the start, a date not after today, a type without data yet). A
    profile that has a primary goal keeps it: it is edited on the Goals page."""
    owner = as_uuid(profile_id)
    if primary_goal(session=session, profile_id=owner, today=today) is None:
        goal_type = _text(form, "goal_type")
        create_goal(
            session=session,
            profile_id=owner,
            goal_type=goal_type,
            title=_text(form, "title") or goal_title(goal_type, lang),
            target_value=_text(form, "target_value"),
            target_date=_text(form, "target_date"),
            start_value=_text(form, "start_value"),
            primary=True,
            today=today,
        )
    return _saved(session, owner, "goal")


def save_focus(
    *, session: Session, profile_id: uuid.UUID | str, typed: Mapping[str, str]
) -> Position:
    """Step 3: the focus areas' weights, checked by goals (numbers 0–100 making 100)."""
    set_focus_weights(session=session, profile_id=profile_id, typed=typed)
    return _saved(session, profile_id, "focus")


def _number(text: str, error: str, field: str, **values: object) -> float | None:
    try:
        return parse_decimal(text)
    except ValueError as refused:
        raise UserError(error, field=field, **values) from refused


def save_diet(*, session: Session, profile_id: uuid.UUID | str, form: Mapping) -> Position:
    """Step 4: how nutrition derives the targets (activity level, protein
    per kg), a kcal target by hand (blank: derived), and the diet."""
    owner = as_uuid(profile_id)
    low, high = TARGET_RANGES["kcal"]
    kcal = _number(
        _text(form, "target_kcal"), "nutrition.error.target.kcal", "target_kcal", low=low, high=high
    )
    protein = _number(
        _text(form, "protein_g_per_kg"), "nutrition.error.protein_per_kg", "protein_g_per_kg"
    )
    set_targets(
        session=session,
        profile_id=owner,
        activity=_text(form, "activity"),
        protein_g_per_kg=protein,
        hand={"kcal": kcal},
    )
    set_dietary_preferences(
        session=session,
        profile_id=owner,
        diet_type=_text(form, "diet_type"),
        avoid=_text(form, "avoid"),
    )
    return _saved(session, owner, "diet")


def save_training(
    *, session: Session, profile_id: uuid.UUID | str, form: Mapping, today: date
) -> Position:
    """Step 5: workouts and active minutes a week as weekly goals (from
    this week on); the profile's other weekly goals stay as they are."""
    owner = as_uuid(profile_id)
    kept = weekly_overview(session=session, profile_id=owner, today=today).targets
    targets = {kind: str(value) for kind, value in kept.items()}
    targets.update({kind: _text(form, kind) for kind in TRAINING_KINDS})
    set_weekly_targets(session=session, profile_id=owner, targets=targets, today=today)
    return _saved(session, owner, "training")


def save_ai(*, session: Session, profile_id: uuid.UUID | str, allowed: bool) -> Position:
    """Step 6, the last: the AI consent (the Analysis page's switch)."""
    set_ai_enabled(session=session, profile_id=profile_id, enabled=allowed)
    return _saved(session, profile_id, "ai")
