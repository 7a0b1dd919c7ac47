"""The activity log, described for the generic log (core.logs): several
sessions a day, each with its duration, training type, and optionally kcal,
heart rate, distance, session RPE and mood.

What the numbers alone do not hold comes through the hooks: `derive` finds
the type's row (its category and MET value), checks that the average heart
rate is not above the maximum, keeps the start time, and estimates kcal from
MET × the weight that day × the duration when none was typed (marked as an
estimate); `read` gives it back as the row's details.
"""

from __future__ import annotations

import uuid
from datetime import date, time
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from mitai_app.body.models import WeightEntry
from mitai_app.core.errors import UserError
from mitai_app.core.formatting import format_number, format_quantity
from mitai_app.core.i18n import translate
from mitai_app.core.logs import LogChoice, LogField, LogInput, LogRow, LogSpec
from mitai_app.core.text import Text
from mitai_app.core.units import System, round_half_up
from mitai_app.training.consts import (
    ACTIVITY_FEATURE,
    DISTANCE_RANGE_KM,
    DURATION_RANGE_MIN,
    HR_RANGE_BPM,
    KCAL_RANGE,
    MOODS,
    RPE_RANGE,
    UNCATEGORISED,
)
from mitai_app.training.data import TRAINING_TYPES
from mitai_app.training.evaluation import quality_columns
from mitai_app.training.formulas import met_kcal
from mitai_app.training.models import Activity, TrainingType
from mitai_app.training.quality import failed_rules
from mitai_app.training.type_catalogue import training_types, type_name

# The picker's order: the catalogue's, and "uncategorised" (an import's
# unknown name) last.
TYPE_OPTIONS: tuple[str, ...] = (*(t.key for t in TRAINING_TYPES), UNCATEGORISED)


def _whole(name: str, label: str, unit: str, bounds, column: str = "", **kwargs) -> LogField:
    return LogField(name, label, unit=unit, range=bounds, decimals=0, column=column, **kwargs)


ACTIVITY_FIELDS = (
    _whole(
        "duration",
        "training.duration",
        "min",
        DURATION_RANGE_MIN,
        column="duration_minutes",
        required="training.error.duration_required",
        range_key="training.error.duration_range",
    ),
    _whole(
        "active_kcal",
        "training.kcal",
        "kcal",
        KCAL_RANGE,
        column="kcal",
        range_key="training.error.kcal_range",
    ),
    _whole("avg_hr", "training.avg_hr", "bpm", HR_RANGE_BPM, range_key="training.error.hr_range"),
    _whole("max_hr", "training.max_hr", "bpm", HR_RANGE_BPM, range_key="training.error.hr_range"),
    LogField(
        "distance",
        "training.distance",
        quantity="distance",
        range=DISTANCE_RANGE_KM,
        column="distance_km",
        range_key="training.error.distance_range",
    ),
    _whole("rpe", "training.rpe", "", RPE_RANGE, range_key="training.error.rpe_range"),
)


def weight_on(session: Session, owner: uuid.UUID, day: date) -> float | None:
    """The profile's weight that day: the latest weighed on or before it."""
    found = session.exec(
        select(WeightEntry.weight)
        .where(WeightEntry.profile_id == owner, WeightEntry.date <= day)
        .order_by(col(WeightEntry.date).desc())
        .limit(1)
    ).first()
    return None if found is None else float(found)


def _type_row(session: Session, key: str) -> TrainingType | None:
    if key == UNCATEGORISED:
        return None
    found = session.exec(select(TrainingType).where(TrainingType.key == key)).first()
    if found is None:
        raise UserError("log.error.choice", field="training_type")
    return found


def start_of(text: str) -> time | None:
    """ "07:30" (a time input's value) as a time; "" as None."""
    text = text.strip()
    if not text:
        return None
    try:
        return time.fromisoformat(text).replace(second=0, microsecond=0)
    except ValueError as error:
        raise UserError("training.error.start_time", field="start_time") from error


def derive(
    session: Session,
    owner: uuid.UUID,
    entry: LogInput,
    values: dict[str, float],
    previous: LogRow | None,
    start: str | None = None,
) -> dict[str, Any]:
    """The columns beyond the numbers. `start` is the start time as typed
    (Capture); None keeps the previous one (an edit in History, undo)."""
    if "duration" not in values:
        raise UserError("training.error.duration_required", field="duration")
    avg, high = values.get("avg_hr"), values.get("max_hr")
    if avg is not None and high is not None and avg > high:
        raise UserError("training.error.avg_above_max", field="avg_hr")
    kind = _type_row(session, entry.choices["training_type"])
    if start is not None:
        started = start_of(start)
    else:
        kept = previous.details.get("start_time", "") if previous is not None else ""
        started = start_of(kept)
    columns: dict[str, Any] = {
        item.attribute: int(values[item.name])
        for item in ACTIVITY_FIELDS
        if item.decimals == 0 and item.name in values
    }
    kcal, estimated = values.get("active_kcal"), False
    was_estimate = previous is not None and previous.details.get("kcal_estimated")
    if kcal is None or (was_estimate and kcal == previous.values.get("active_kcal")):
        # Not typed (or the estimate left as it was): estimate it anew.
        weight = weight_on(session, owner, entry.day)
        met = None if kind is None else kind.met
        kcal = None
        if weight is not None and met:
            kcal = round_half_up(met_kcal(float(met), weight, values["duration"]), 0)
            estimated = True
    derived = {
        **columns,
        "kcal": None if kcal is None else int(kcal),
        "kcal_estimated": estimated,
        "training_type_id": None if kind is None else kind.id,
        "training_category": None if kind is None else kind.category,
        "mood": None if entry.choices["session_mood"] == "none" else entry.choices["session_mood"],
        "start_time": started,
    }
    judged = {**derived, "distance_km": values.get("distance")}
    return derived | quality_columns(session, owner, kind, judged, entry.day)


def read(entry: Activity) -> dict[str, Any]:
    session = sa.orm.object_session(entry)
    kind = None
    if entry.training_type_id is not None:
        kind = session.get(TrainingType, entry.training_type_id)
    key = UNCATEGORISED if kind is None else kind.key
    name = type_name(training_types(session), key)
    return {
        "training_type": key,
        # as the admins named it (both languages: History follows the switch)
        "type_name": {"de": name.de, "en": name.en},
        "category": entry.training_category or "",
        "session_mood": entry.mood if entry.mood in MOODS else "none",
        "start_time": "" if entry.start_time is None else entry.start_time.strftime("%H:%M"),
        "kcal_estimated": bool(entry.kcal_estimated),
        "quality_label": entry.quality_label or "",
        "failed_rules": [
            {"rule": rule["rule"], "value": rule["value"], "limit": rule["limit"]}
            for _, rule in failed_rules(entry.evaluation)
        ],
    }


def kcal_words(kcal: float, estimated: bool, lang: str) -> str:
    """ "520 kcal", or "≈ 343 kcal (estimated)"."""
    if estimated:
        return translate(
            "training.kcal_estimated", lang, kcal=format_number(kcal, lang, decimals=0)
        )
    return f"{format_number(kcal, lang, decimals=0)} kcal"


def quality_words(label: str, failed: list[dict[str, Any]], lang: str) -> str:
    """ "Quality: low (3 min is under the minimum of 10 min)"."""
    text = translate("training.quality", lang, label=translate(f"training.quality.{label}", lang))
    reasons = [
        translate(
            f"training.rule.{rule['rule']}",
            lang,
            value=format_number(rule["value"], lang, decimals=0),
            limit=format_number(rule["limit"], lang, decimals=0),
        )
        for rule in failed
        if rule.get("value") is not None and rule.get("limit") is not None
    ]
    return f"{text} ({'; '.join(reasons)})" if reasons else text


def describe(row: LogRow, lang: str, system: System) -> str:
    """ "07:30 · Running · 45 min · 8.2 km · ≈ 520 kcal (estimated) · RPE 6"."""
    values, details = row.values, row.details
    parts = [details.get("start_time", "")]
    parts.append(Text(**details["type_name"]).pick(lang))
    if "duration" in values:
        parts.append(f"{format_number(values['duration'], lang, decimals=0)} min")
    if "distance" in values:
        parts.append(format_quantity(values["distance"], "distance", system, lang))
    if "active_kcal" in values:
        kcal = values["active_kcal"]
        parts.append(kcal_words(kcal, bool(details.get("kcal_estimated")), lang))
    if "avg_hr" in values:
        parts.append(f"Ø {format_number(values['avg_hr'], lang, decimals=0)} bpm")
    if "rpe" in values:
        parts.append(f"RPE {format_number(values['rpe'], lang, decimals=0)}")
    mood = details.get("session_mood", "none")
    if mood != "none":
        parts.append(translate(f"training.mood.{mood}", lang))
    if details.get("quality_label"):
        parts.append(quality_words(details["quality_label"], details.get("failed_rules", []), lang))
    return " · ".join(part for part in parts if part)


ACTIVITY = LogSpec(
    id="activity",
    label_key="training.history.activity",
    model=Activity,
    fields=ACTIVITY_FIELDS,
    feature=ACTIVITY_FEATURE,
    one_per_day=False,
    choices=(
        LogChoice(
            "training_type",
            "training.type",
            TYPE_OPTIONS,
            labels=lambda session: {
                key: type_name(training_types(session), key) for key in TYPE_OPTIONS
            },
        ),
        LogChoice("session_mood", "training.mood", MOODS),
    ),
    empty_key="training.error.duration_required",
    derive=derive,
    read=read,
    describe=describe,
)

LOGS = (ACTIVITY,)
