"""Recovery's logs, described for the generic log (core.logs).

Blood pressure is a log of moments: several readings a day, each at its
minute (`measured_at`, UTC), with pulse, one context tag and the
irregular-heartbeat and AFib flags; a reading carries its category by the
guideline (bloodpressure.classify_blood_pressure).
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import object_session
from sqlmodel import Session

from mitai_app.accounts.models import Profile
from mitai_app.core.errors import UserError
from mitai_app.core.formatting import format_number
from mitai_app.core.i18n import translate
from mitai_app.core.logs import LogChoice, LogField, LogInput, LogRow, LogSpec
from mitai_app.core.units import System
from mitai_app.recovery.bloodpressure import classify_blood_pressure
from mitai_app.recovery.consts import (
    BLOOD_PRESSURE_FEATURE,
    BP_CONTEXTS,
    DIASTOLIC_RANGE,
    HRV_MEASURES,
    HRV_RANGE,
    PULSE_RANGE,
    RESPIRATORY_RATE_RANGE,
    RESTING_HR_RANGE,
    SPO2_RANGE,
    SYSTOLIC_RANGE,
    VITALS_FEATURE,
    VO2MAX_RANGE,
    YES_NO,
)
from mitai_app.recovery.models import BloodPressureReading, VitalsBaseline

DEFAULT_GUIDELINE = "esh"


def _guideline(entry: BloodPressureReading) -> str:
    """The owner's chosen guideline (Profile.bp_guideline). The generic log's
    `read` gets the row only, so the profile is found through the row's own
    session: one lookup, then the session's identity map."""
    session = object_session(entry)
    profile = None if session is None else session.get(Profile, entry.profile_id)
    return DEFAULT_GUIDELINE if profile is None else profile.bp_guideline


def _bp_columns(
    session: Session,
    owner: uuid.UUID,
    entry: LogInput,
    values: dict[str, float],
    previous: LogRow | None,
) -> dict[str, Any]:
    """Whole numbers, the tag and the flags; systolic must exceed diastolic."""
    if values["systolic"] <= values["diastolic"]:
        raise UserError("recovery.error.bp_order", field="systolic")
    return {
        "systolic": int(values["systolic"]),
        "diastolic": int(values["diastolic"]),
        "pulse": None if "pulse" not in values else int(values["pulse"]),
        "context": entry.choices["context"],
        "irregular_heartbeat": entry.choices["irregular"] == "yes",
        "afib_detected": entry.choices["afib"] == "yes",
    }


def _bp_details(entry: BloodPressureReading) -> dict[str, Any]:
    guideline = _guideline(entry)
    return {
        "context": entry.context or BP_CONTEXTS[0],
        "irregular": "yes" if entry.irregular_heartbeat else "no",
        "afib": "yes" if entry.afib_detected else "no",
        "guideline": guideline,
        "category": classify_blood_pressure(entry.systolic, entry.diastolic, guideline),
    }


def _n(value: float, lang: str) -> str:
    return format_number(value, lang, decimals=0)


def reading_parts(row: LogRow, lang: str) -> dict[str, str]:
    """A reading in words: "128/82 mmHg", "pulse 64 · Morning", its category
    and the guideline that gives it."""
    v, details = row.values, row.details
    guideline = details["guideline"]
    extra = []
    if "pulse" in v:
        extra.append(translate("recovery.bp.pulse_value", lang, n=_n(v["pulse"], lang)))
    extra.append(translate(f"recovery.bp.context.{details['context']}", lang))
    if details["irregular"] == "yes":
        extra.append(translate("recovery.bp.irregular", lang))
    if details["afib"] == "yes":
        extra.append(translate("recovery.bp.afib", lang))
    return {
        "value": f"{_n(v['systolic'], lang)}/{_n(v['diastolic'], lang)} mmHg",
        "extra": " · ".join(extra),
        "category": translate(f"recovery.bp.class.{guideline}.{details['category']}", lang),
        "range": translate(f"recovery.bp.guideline.{guideline}", lang),
    }


def bp_text(row: LogRow, lang: str, system: System = "metric") -> str:
    """ "128/82 mmHg · pulse 64 · Morning · Normal (ESH 2023)"."""
    parts = reading_parts(row, lang)
    return f"{parts['value']} · {parts['extra']} · {parts['category']} ({parts['range']})"


BLOOD_PRESSURE = LogSpec(
    id="blood_pressure",
    label_key="recovery.history.blood_pressure",
    model=BloodPressureReading,
    fields=(
        LogField(
            "systolic",
            "recovery.bp.systolic",
            unit="mmHg",
            range=SYSTOLIC_RANGE,
            decimals=0,
            required="recovery.error.systolic_required",
            range_key="recovery.error.systolic_range",
        ),
        LogField(
            "diastolic",
            "recovery.bp.diastolic",
            unit="mmHg",
            range=DIASTOLIC_RANGE,
            decimals=0,
            required="recovery.error.diastolic_required",
            range_key="recovery.error.diastolic_range",
        ),
        LogField(
            "pulse",
            "recovery.bp.pulse",
            unit="/min",
            range=PULSE_RANGE,
            decimals=0,
            range_key="recovery.error.pulse_range",
        ),
    ),
    choices=(
        LogChoice("context", "recovery.bp.context", BP_CONTEXTS),
        LogChoice("irregular", "recovery.bp.irregular", YES_NO),
        LogChoice("afib", "recovery.bp.afib", YES_NO),
    ),
    feature=BLOOD_PRESSURE_FEATURE,
    one_per_day=False,
    moment="measured_at",
    derive=_bp_columns,
    read=_bp_details,
    describe=bp_text,
)

# --- morning vitals: one entry a day ---------------------------------------------------


def _vitals_columns(
    session: Session,
    owner: uuid.UUID,
    entry: LogInput,
    values: dict[str, float],
    previous: LogRow | None,
) -> dict[str, Any]:
    """Whole numbers where the table keeps them, and which HRV the value is."""
    columns: dict[str, Any] = {
        name: int(values[name])
        for name in ("resting_hr", "hrv", "spo2", "respiratory_rate")
        if name in values
    }
    columns["hrv_measure"] = entry.choices["hrv_measure"] if "hrv" in values else None
    return columns


def _vitals_details(entry: VitalsBaseline) -> dict[str, Any]:
    return {"hrv_measure": entry.hrv_measure or HRV_MEASURES[0]}


def _vital(name: str, unit: str, value_range: tuple[float, float], decimals: int = 0) -> LogField:
    return LogField(
        name,
        f"recovery.vitals.{name}",
        unit=unit,
        range=value_range,
        decimals=decimals,
        range_key=f"recovery.error.{name}_range",
    )


VITALS = LogSpec(
    id="vitals",
    label_key="recovery.history.vitals",
    model=VitalsBaseline,
    fields=(
        _vital("resting_hr", "bpm", RESTING_HR_RANGE),
        _vital("hrv", "ms", HRV_RANGE),
        _vital("vo2_max", "ml/kg/min", VO2MAX_RANGE, decimals=1),
        _vital("spo2", "%", SPO2_RANGE),
        _vital("respiratory_rate", "/min", RESPIRATORY_RATE_RANGE),
    ),
    choices=(LogChoice("hrv_measure", "recovery.vitals.hrv_measure", HRV_MEASURES),),
    feature=VITALS_FEATURE,
    derive=_vitals_columns,
    read=_vitals_details,
)

LOGS = (BLOOD_PRESSURE, VITALS)
