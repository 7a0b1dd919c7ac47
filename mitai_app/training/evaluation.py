"""Quality evaluation of activities against the rule sets (quality.py), and
the quality filter: `counted_sessions` is the one place that decides which of
a profile's activities count, by its `quality_filter_level`."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from sqlmodel import Session, col, func, select

from mitai_app.accounts.models import Profile
from mitai_app.body.formulas import age_on
from mitai_app.core.errors import UserError
from mitai_app.core.records import as_uuid
from mitai_app.training import quality
from mitai_app.training.consts import QUALITY_FILTER_LEVELS
from mitai_app.training.formulas import tanaka_max_hr
from mitai_app.training.models import Activity, TrainingParameter, TrainingType


def parameters(session: Session) -> dict[str, Any]:
    """The active training parameters, their JSON values decoded."""
    out: dict[str, Any] = {}
    for key, value in session.exec(
        select(TrainingParameter.key, TrainingParameter.value).where(
            col(TrainingParameter.is_active).is_not(False)
        )
    ):
        try:
            out[key] = json.loads(value)
        except (TypeError, ValueError):
            out[key] = value
    return out


def max_heart_rate(session: Session, owner: uuid.UUID, today: date) -> tuple[float, str] | None:
    """The profile's maximum heart rate: measured (the highest logged), else by
    Tanaka from the age; None without either."""
    measured = session.exec(
        select(func.max(Activity.max_hr)).where(Activity.profile_id == owner)
    ).first()
    if measured:
        return float(measured), "measured"
    profile = session.get(Profile, owner)
    born = None if profile is None else profile.date_of_birth
    if born is None:
        return None
    try:
        return tanaka_max_hr(age_on(born, today)), "tanaka"
    except ValueError:  # not a year old: no estimate
        return None


def _facts(entry: Activity | dict[str, Any], profile_max: float | None) -> quality.Facts:
    get = entry.get if isinstance(entry, dict) else lambda name: getattr(entry, name)

    def number(name: str) -> float | None:
        value = get(name)
        return None if value is None else float(value)

    return quality.Facts(
        duration_minutes=number("duration_minutes"),
        kcal=number("kcal"),
        avg_hr=number("avg_hr"),
        max_hr=number("max_hr"),
        distance_km=number("distance_km"),
        rpe=number("rpe"),
        profile_max_hr=profile_max,
    )


def quality_columns(
    session: Session,
    owner: uuid.UUID,
    kind: TrainingType | None,
    columns: dict[str, Any],
    day: date,
) -> dict[str, Any]:
    """`evaluation`, `overall_score` and `quality_label` of an activity about
    to be saved with `columns` (activity_log's column names)."""
    found = max_heart_rate(session, owner, day)
    profile_max = None if found is None else found[0]
    if columns.get("max_hr") and (profile_max is None or columns["max_hr"] > profile_max):
        profile_max = float(columns["max_hr"])
    judged = quality.evaluate(
        _facts(columns, profile_max), parameters(session), None if kind is None else kind.profile
    )
    return {
        "evaluation": judged.evaluation,
        "overall_score": judged.overall_score,
        "quality_label": judged.quality_label,
    }


def evaluate_activities(session: Session, owner: uuid.UUID, ids: Sequence[uuid.UUID]) -> None:
    """Evaluates the profile's activities `ids` anew (after their type
    changed), in the caller's transaction."""
    if not ids:
        return
    params = parameters(session)
    rows = session.exec(
        select(Activity, TrainingType)
        .join(TrainingType, col(Activity.training_type_id) == col(TrainingType.id), isouter=True)
        .where(Activity.profile_id == owner, col(Activity.id).in_(list(ids)))
    ).all()
    maxima: dict[date, float | None] = {}
    for entry, kind in rows:
        if entry.date not in maxima:
            found = max_heart_rate(session, owner, entry.date)
            maxima[entry.date] = None if found is None else found[0]
        judged = quality.evaluate(
            _facts(entry, maxima[entry.date]), params, None if kind is None else kind.profile
        )
        entry.evaluation = judged.evaluation
        entry.overall_score = judged.overall_score
        entry.quality_label = judged.quality_label
        session.add(entry)
    session.flush()


def filter_level(session: Session, owner: uuid.UUID) -> str:
    profile = session.get(Profile, owner)
    return "disabled" if profile is None else profile.quality_filter_level or "disabled"


def set_quality_filter(*, session: Session, profile_id: uuid.UUID | str, level: str) -> str:
    """Sets which activities count for the profile (consts.QUALITY_FILTER_LEVELS)."""
    if level not in QUALITY_FILTER_LEVELS:
        raise UserError("log.error.choice", field="quality_filter")
    profile = session.get(Profile, as_uuid(profile_id))
    if profile is None:
        raise UserError("record.error.not_found", field="quality_filter")
    profile.quality_filter_level = level
    session.add(profile)
    session.commit()
    return level


def quality_filter(session: Session, owner: uuid.UUID) -> Callable[[Any, Any, Any], bool]:
    """The profile's quality filter: whether an activity with this
    (evaluation, overall_score, avg_hr) counts. Everything that totals
    activities (the Training page, the AI placeholders) asks this."""
    level = filter_level(session, owner)
    params = parameters(session) if level != "disabled" else {}

    def counts(evaluation: Any, score: Any, avg_hr: Any) -> bool:
        return quality.counts(level, params, evaluation=evaluation, score=score, avg_hr=avg_hr)

    return counts


def counted_sessions(session: Session, owner: uuid.UUID, since: date, until: date) -> list[Any]:
    """The profile's activities from `since` to `until` that its quality
    filter lets count, oldest first: (date, type key, category, minutes,
    kcal, RPE, average heart rate, seconds at each heart rate or None).
    Weekly totals, charts, zones and load read through this."""
    counts = quality_filter(session, owner)
    rows = session.exec(
        select(
            Activity.date,
            TrainingType.key,
            Activity.training_category,
            Activity.duration_minutes,
            Activity.kcal,
            Activity.rpe,
            Activity.evaluation,
            Activity.overall_score,
            Activity.avg_hr,
            Activity.hr_seconds,
        )
        .join(TrainingType, col(Activity.training_type_id) == col(TrainingType.id), isouter=True)
        .where(Activity.profile_id == owner, Activity.date >= since, Activity.date <= until)
        .order_by(col(Activity.date), col(Activity.start_time))
    ).all()
    return [(*row[:6], row[8], row[9]) for row in rows if counts(row[6], row[7], row[8])]
