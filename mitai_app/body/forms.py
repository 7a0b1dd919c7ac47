"""What the body pages' forms send, turned into checked SI values, and the
messages for what was refused.

Numbers are typed in the user's units (kg/lb, cm/in; skinfolds always mm),
with a decimal comma or point. A field that is no number raises
BodyError(field, "number"); the services check ranges and dates.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from mitai_app.accounts.models import Profile
from mitai_app.body.circumferences import TAPE_SITES
from mitai_app.body.formulas import SEXES, SKINFOLD_SITES, parse_decimal
from mitai_app.body.service import BodyError, as_uuid, last_weight
from mitai_app.body.skinfolds import CONVERSIONS, FORMULAS
from mitai_app.core.formatting import today_in
from mitai_app.core.i18n import CATALOG, translate
from mitai_app.core.units import System, from_input, to_display

READINGS_PER_SITE = 3


def as_typed(value: float, lang: str) -> str:
    """A value as the user would type it (one decimal, the language's
    decimal mark, no grouping), to pre-fill a field the parser reads back."""
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "de" else text


def _text(form: dict, key: str) -> str:
    value = form.get(key)
    return "" if value is None else str(value)


def _number(form: dict, key: str) -> float | None:
    try:
        return parse_decimal(_text(form, key))
    except ValueError as error:
        raise BodyError(key, "number") from error


def _day(form: dict, key: str) -> date:
    try:
        return date.fromisoformat(_text(form, key).strip())
    except ValueError as error:
        raise BodyError("date", "invalid") from error


@dataclass(frozen=True)
class WeightInput:
    day: date
    kg: float
    notes: str


def weight_input(form: dict, system: System) -> WeightInput:
    value = _number(form, "weight")
    if value is None:
        raise BodyError("weight", "required")
    return WeightInput(_day(form, "date"), from_input(value, "mass", system), _text(form, "notes"))


@dataclass(frozen=True)
class TapeInput:
    day: date
    sites_cm: dict[str, float | None]
    notes: str


def tape_input(form: dict, system: System, prefix: str = "") -> TapeInput:
    """`prefix` names the date and notes fields ("tape_": tape_date,
    tape_notes) where several forms share a page."""
    sites = {}
    for site in TAPE_SITES:
        value = _number(form, site)
        sites[site] = None if value is None else from_input(value, "length", system)
    return TapeInput(_day(form, f"{prefix}date"), sites, _text(form, f"{prefix}notes"))


@dataclass(frozen=True)
class CaliperInput:
    day: date
    readings: dict[str, list[float]]  # mm, the readings typed per site
    formula: str
    conversion: str
    notes: str


def _choice(form: dict, key: str, allowed: tuple[str, ...]) -> str:
    value = _text(form, key)
    if value not in allowed:
        raise BodyError(key, "invalid")
    return value


def caliper_input(form: dict, prefix: str = "") -> CaliperInput:
    """Readings arrive as `<site>_1` … `<site>_3` (capture) or as one
    `<site>` value (the history's inline edit); `prefix` as for tape_input."""
    readings: dict[str, list[float]] = {}
    for site in SKINFOLD_SITES:
        names = [site] + [f"{site}_{n}" for n in range(1, READINGS_PER_SITE + 1)]
        values = [v for name in names if (v := _number(form, name)) is not None]
        if values:
            readings[site] = values
    return CaliperInput(
        _day(form, f"{prefix}date"),
        readings,
        _choice(form, "formula", FORMULAS),
        _choice(form, "conversion", CONVERSIONS),
        _text(form, f"{prefix}notes"),
    )


def error_message(error: BodyError, lang: str, *, length_unit: str = "cm") -> str:
    """The sentence the form shows for `error`."""
    if error.code == "missing":
        sites = ", ".join(translate(f"body.site.{site}", lang) for site in error.missing)
        return translate("body.error.sites_missing", lang, sites=sites)
    for key in (f"body.error.{error.field}_{error.code}", f"body.error.{error.code}"):
        if key in CATALOG:
            return translate(key, lang, unit=length_unit)
    return translate("error.unexpected", lang)


@dataclass(frozen=True)
class CaptureDefaults:
    today: date
    last_weight: float | None  # in the user's mass unit
    profile_complete: bool  # sex and birth date known (skinfolds need both)
    sex: str


def capture_defaults(
    *, session: Session, profile_id: uuid.UUID | str, timezone: str, unit_system: System
) -> CaptureDefaults:
    profile = session.get(Profile, as_uuid(profile_id))
    last = last_weight(session=session, profile_id=profile_id)
    sex = profile.sex if profile is not None and profile.sex in SEXES else ""
    return CaptureDefaults(
        today=today_in(timezone),
        last_weight=None if last is None else to_display(last.weight_kg, "mass", unit_system),
        profile_complete=bool(sex) and profile is not None and profile.date_of_birth is not None,
        sex=sex,
    )
