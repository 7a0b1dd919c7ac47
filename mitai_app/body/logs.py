"""The body module's logs, described for the generic log (core.logs):
weight, circumferences and skinfolds, one entry per profile and day each.

Skinfolds keep more than their numbers: up to three raw readings per site
(their mean is the site's value), the formula and density conversion chosen,
and the body fat computed with them, which needs the profile's sex and age.
The hooks below add that; everything else is what every log does.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlmodel import Session

from mitai_app.accounts.models import Profile
from mitai_app.body.consts import (
    BODY_FAT_RANGE_PCT,
    CIRCUMFERENCE_FEATURE,
    CIRCUMFERENCE_RANGE_CM,
    CIRCUMFERENCE_SITES,
    CONVERSIONS,
    FORMULA_SITES,
    LEAN_MASS_RANGE_KG,
    READINGS_PER_SITE,
    SEXES,
    SKINFOLD_FEATURE,
    SKINFOLD_FORMULAS,
    SKINFOLD_RANGE_MM,
    SKINFOLD_SITES,
    WEIGHT_FEATURE,
    WEIGHT_RANGE_KG,
)
from mitai_app.body.formulas import age_on, body_fat_from_skinfolds
from mitai_app.body.models import (
    CircumferenceEntry,
    DeviceBodyEntry,
    SkinfoldEntry,
    WeightEntry,
)
from mitai_app.core.errors import UserError
from mitai_app.core.formatting import format_number
from mitai_app.core.i18n import translate
from mitai_app.core.logs import LogChoice, LogField, LogInput, LogRow, LogSpec
from mitai_app.core.text import Text
from mitai_app.core.units import System, round_half_up

WEIGHT = LogSpec(
    id="weight",
    label_key="body.history.weight",
    model=WeightEntry,
    fields=(
        LogField(
            "weight",
            "body.weight",
            quantity="mass",
            range=WEIGHT_RANGE_KG,
            required="body.error.weight_required",
            range_key="body.error.weight_range",
        ),
    ),
    feature=WEIGHT_FEATURE,
)

CIRCUMFERENCES = LogSpec(
    id="circumferences",
    label_key="body.history.circumferences",
    model=CircumferenceEntry,
    fields=tuple(
        LogField(
            site,
            f"body.site.{site}",
            quantity="length",
            range=CIRCUMFERENCE_RANGE_CM,
            column=f"c_{site}",
            range_key="body.error.range",
        )
        for site in CIRCUMFERENCE_SITES
    ),
    feature=CIRCUMFERENCE_FEATURE,
    empty_key="body.error.sites_empty",
)


# --- skinfolds: readings, formula and body fat ------------------------------------------


def person(session: Session, owner: uuid.UUID, day: date) -> tuple[str, int]:
    """The profile's sex and age on `day`; `body.error.profile_incomplete`
    when either is not set (the page links to the profile)."""
    profile = session.get(Profile, owner)
    if profile is None or profile.sex not in SEXES or profile.date_of_birth is None:
        raise UserError("body.error.profile_incomplete", field="profile")
    return profile.sex, age_on(profile.date_of_birth, day)


def _site_names(sites: tuple[str, ...]) -> Text:
    def names(lang: str) -> str:
        return ", ".join(translate(f"body.site.{site}", lang) for site in sites)

    return Text(de=names("de"), en=names("en"))


def body_fat(sex: str, age: int, sites: dict[str, float], formula: str, conversion: str) -> float:
    """The body fat (%, as stored) by `formula`; refuses missing sites (named
    in the error's `sites`) and a value no person has."""
    missing = tuple(site for site in FORMULA_SITES[formula][sex] if site not in sites)
    if missing:
        raise UserError("body.error.sites_missing", field="sites", sites=_site_names(missing))
    try:
        value = round_half_up(body_fat_from_skinfolds(formula, sites, sex, age, conversion), 2)
    except ValueError as error:  # e.g. a density no person has
        raise UserError("body.error.body_fat_range", field="body_fat") from error
    low, high = BODY_FAT_RANGE_PCT
    if not low <= value <= high:
        raise UserError("body.error.body_fat_range", field="body_fat")
    return value


def _skinfold_columns(
    session: Session,
    owner: uuid.UUID,
    entry: LogInput,
    values: dict[str, float],
    previous: LogRow | None,
) -> dict[str, Any]:
    """Body fat, formula and the raw readings. An edit or undo that leaves a
    site's value as it was keeps that site's raw readings."""
    kept = previous.details.get("readings", {}) if previous is not None else {}
    readings = {
        site: kept[site]
        if site in kept and len(entry.values[site]) == 1 and previous.values.get(site) == value
        else [float(r) for r in entry.values[site]]
        for site, value in values.items()
    }
    formula, conversion = entry.choices["formula"], entry.choices["conversion"]
    sex, age = person(session, owner, entry.day)
    return {
        "body_fat_pct": body_fat(sex, age, values, formula, conversion),
        "formula": formula,
        # The conversion is stored beside the readings (no column of its own).
        "readings": {**readings, "conversion": conversion},
    }


def _skinfold_details(entry: SkinfoldEntry) -> dict[str, Any]:
    stored = dict(entry.readings or {})
    conversion = stored.pop("conversion", "siri")
    return {
        "formula": entry.formula or "",
        "conversion": conversion,
        "readings": {site: [float(r) for r in values] for site, values in stored.items()},
        "body_fat_pct": None if entry.body_fat_pct is None else float(entry.body_fat_pct),
    }


def _skinfold_text(row: LogRow, lang: str, system: System) -> str:
    """ "17.5 % · Jackson-Pollock, 3 sites"."""
    formula = row.details.get("formula") or ""
    name = translate(f"body.formula.{formula}", lang) if formula else ""
    value = row.details.get("body_fat_pct")
    if value is None:
        return name
    return f"{format_number(value, lang)} % · {name}".strip(" ·")


SKINFOLDS = LogSpec(
    id="skinfolds",
    label_key="body.history.skinfolds",
    model=SkinfoldEntry,
    fields=tuple(
        LogField(
            site,
            f"body.site.{site}",
            unit="mm",
            range=SKINFOLD_RANGE_MM,
            range_key="body.error.range",
            readings=READINGS_PER_SITE,
        )
        for site in SKINFOLD_SITES
    ),
    choices=(
        LogChoice("formula", "body.formula", SKINFOLD_FORMULAS),
        LogChoice("conversion", "body.conversion", CONVERSIONS),
    ),
    feature=SKINFOLD_FEATURE,
    empty_key="body.error.sites_empty",
    derive=_skinfold_columns,
    read=_skinfold_details,
    describe=_skinfold_text,
)

# What a scale or app measured (imported; corrected or removed in History).
# A new entry is charged as a weight entry is: the same scale's readings.
DEVICE_MEASUREMENTS = LogSpec(
    id="body_device",
    label_key="body.history.device",
    model=DeviceBodyEntry,
    fields=(
        LogField(
            "body_fat_pct",
            "body.device.body_fat",
            unit="%",
            range=BODY_FAT_RANGE_PCT,
            range_key="body.error.device_body_fat",
        ),
        LogField(
            "lean_mass_kg",
            "body.device.lean_mass",
            quantity="mass",
            range=LEAN_MASS_RANGE_KG,
            range_key="body.error.lean_mass",
        ),
        LogField(
            "waist_cm",
            "body.site.waist",
            quantity="length",
            range=CIRCUMFERENCE_RANGE_CM,
            range_key="body.error.range",
        ),
    ),
    feature=WEIGHT_FEATURE,
)

LOGS = (WEIGHT, CIRCUMFERENCES, SKINFOLDS, DEVICE_MEASUREMENTS)
