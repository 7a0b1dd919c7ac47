"""The caliper log: skinfolds at up to eight sites, up to three readings per
site (averaged), and the body fat computed by the formula chosen for the
entry, stored with it. One entry per profile and day (checked here: the
table has no unique constraint on it).

The raw readings are kept in `readings` as {site: [mm, ...]}, next to the
density conversion used ("conversion": "siri" | "brozek"); the averages go
in the site columns, the result in body_fat_pct and the formula in formula.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlmodel import Session, select

from mitai_app.accounts.models import Profile
from mitai_app.body.formulas import (
    FORMULA_SITES,
    SEXES,
    SKINFOLD_SITES,
    Classification,
    age_on,
    average_readings,
    body_fat_from_skinfolds,
    classify_body_fat,
)
from mitai_app.body.models import CaliperEntry
from mitai_app.body.service import (
    MANUAL,
    BodyError,
    as_uuid,
    checked_day,
    commit_entry,
    newest_first,
    owned,
)
from mitai_app.core.access import consume
from mitai_app.core.units import round_half_up

FORMULAS = ("jp3", "jp7", "jp4", "dw4")
CONVERSIONS = ("siri", "brozek")
# The caliper_log check constraint on body_fat_pct.
STORED_BODY_FAT_RANGE = (2.0, 70.0)


@dataclass(frozen=True)
class CaliperRow:
    id: str
    date: date
    sites_mm: dict[str, float]  # the averages, only the sites measured
    readings: dict[str, list[float]]
    formula: str
    conversion: str
    body_fat_pct: float | None
    source: str
    notes: str
    imported: bool
    # The body fat's category for the person's sex and age (add and update only).
    category: Classification | None = None


def _row(entry: CaliperEntry) -> CaliperRow:
    stored = dict(entry.readings or {})
    conversion = stored.pop("conversion", "siri")
    return CaliperRow(
        id=str(entry.id),
        date=entry.date,
        sites_mm={
            site: float(value)
            for site in SKINFOLD_SITES
            if (value := getattr(entry, site)) is not None
        },
        readings={site: [float(r) for r in values] for site, values in stored.items()},
        formula=entry.formula or "",
        conversion=conversion,
        body_fat_pct=None if entry.body_fat_pct is None else float(entry.body_fat_pct),
        source=entry.source,
        notes=entry.notes or "",
        imported=entry.source != MANUAL,
    )


def _averages(readings: Mapping[str, Sequence[float]]) -> dict[str, float]:
    """The mean per site (two decimals, as stored); BodyError(site, "range")
    for a reading outside 1–100 mm or more than three readings."""
    unknown = set(readings) - set(SKINFOLD_SITES)
    if unknown:
        raise BodyError(sorted(unknown)[0], "unknown")
    averages = {}
    for site in SKINFOLD_SITES:
        values = readings.get(site) or []
        if not values:
            continue
        try:
            averages[site] = round_half_up(average_readings(list(values)), 2)
        except (ValueError, TypeError) as error:
            raise BodyError(site, "range") from error
    return averages


def _person(session: Session, owner: uuid.UUID, day: date) -> tuple[str, int]:
    """The profile's sex and age on `day`; BodyError("profile", "incomplete")
    when either is not set (the page links to the profile)."""
    profile = session.get(Profile, owner)
    if profile is None or profile.sex not in SEXES or profile.date_of_birth is None:
        raise BodyError("profile", "incomplete")
    return profile.sex, age_on(profile.date_of_birth, day)


def _body_fat(
    person: tuple[str, int],
    sites: dict[str, float],
    formula: str,
    conversion: str,
) -> float:
    if formula not in FORMULAS:
        raise BodyError("formula", "invalid")
    if conversion not in CONVERSIONS:
        raise BodyError("conversion", "invalid")
    sex, age = person
    missing = tuple(site for site in FORMULA_SITES[formula][sex] if site not in sites)
    if missing:
        raise BodyError("sites", "missing", missing)
    try:
        value = body_fat_from_skinfolds(formula, sites, sex, age, conversion)
    except ValueError as error:  # e.g. a density no person has
        raise BodyError("body_fat", "range") from error
    value = round_half_up(value, 2)
    low, high = STORED_BODY_FAT_RANGE
    if not low <= value <= high:
        raise BodyError("body_fat", "range")
    return value


def _taken(session: Session, owner: uuid.UUID, day: date, but: uuid.UUID | None = None) -> bool:
    query = select(CaliperEntry.id).where(
        CaliperEntry.profile_id == owner, CaliperEntry.date == day
    )
    if but is not None:
        query = query.where(CaliperEntry.id != but)
    return session.exec(query).first() is not None


def _fill(
    entry: CaliperEntry,
    readings: Mapping[str, Sequence[float]],
    sites: dict[str, float],
    body_fat: float,
    formula: str,
    conversion: str,
) -> None:
    for site in SKINFOLD_SITES:
        setattr(entry, site, sites.get(site))
    entry.readings = {
        **{site: [float(r) for r in readings[site]] for site in sites},
        "conversion": conversion,
    }
    entry.body_fat_pct = body_fat
    entry.formula = formula


def add_caliper(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    day: date,
    readings: Mapping[str, Sequence[float]],
    formula: str,
    conversion: str = "siri",
    notes: str = "",
    source: str = MANUAL,
    today: date | None = None,
    charge: bool = True,
) -> CaliperRow:
    """Records the readings (mm, one to three per site) of `day`, their
    averages and the body fat by `formula` (jp3, jp7, jp4, dw4; density
    turned into percent by `conversion`, Siri or Brozek).

    Refused: a site the formula needs but was not measured
    (BodyError("sites", "missing", missing=...)), a profile without sex or
    birth date ("profile", "incomplete"), a day that has an entry ("date",
    "exists"). Takes one "caliper_entries" use unless `charge=False` (undo)."""
    owner = as_uuid(profile_id)
    day = checked_day(day, today)
    sites = _averages(readings)
    person = _person(session, owner, day)
    body_fat = _body_fat(person, sites, formula, conversion)
    if _taken(session, owner, day):
        raise BodyError("date", "exists")
    entry = CaliperEntry(profile_id=owner, date=day, source=source, notes=notes.strip() or None)
    _fill(entry, readings, sites, body_fat, formula, conversion)
    if charge:
        consume(session=session, profile_id=owner, feature_id="caliper_entries")
    commit_entry(session, entry)
    return _categorised(entry, person)


def _categorised(entry: CaliperEntry, person: tuple[str, int]) -> CaliperRow:
    row = _row(entry)
    return replace(row, category=classify_body_fat(row.body_fat_pct, *person))


def list_calipers(
    *, session: Session, profile_id: uuid.UUID | str, limit: int = 50, offset: int = 0
) -> list[CaliperRow]:
    """The profile's entries, newest first."""
    entries = newest_first(session, CaliperEntry, profile_id, limit, offset)
    return [_row(entry) for entry in entries]


def update_caliper(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    entry_id: str,
    day: date,
    sites_mm: Mapping[str, float | None],
    formula: str,
    conversion: str = "siri",
    notes: str = "",
    today: date | None = None,
) -> CaliperRow:
    """The history's inline edit: one value per site (a site whose value is
    unchanged keeps its raw readings, a changed one becomes a single
    reading, a missing one is cleared), the formula, date and notes; the
    body fat is computed again."""
    entry = owned(session, CaliperEntry, profile_id, entry_id)
    before = _row(entry)
    day = checked_day(day, today)
    readings = {
        site: before.readings.get(site, [value]) if before.sites_mm.get(site) == value else [value]
        for site, value in sites_mm.items()
        if value is not None
    }
    sites = _averages(readings)
    person = _person(session, entry.profile_id, day)
    body_fat = _body_fat(person, sites, formula, conversion)
    if _taken(session, entry.profile_id, day, but=entry.id):
        raise BodyError("date", "exists")
    entry.date = day
    entry.notes = notes.strip() or None
    _fill(entry, readings, sites, body_fat, formula, conversion)
    commit_entry(session, entry)
    return _categorised(entry, person)


def delete_caliper(*, session: Session, profile_id: uuid.UUID | str, entry_id: str) -> CaliperRow:
    """Deletes the entry and returns what it held, for undo."""
    entry = owned(session, CaliperEntry, profile_id, entry_id)
    row = _row(entry)
    session.delete(entry)
    session.commit()
    return row


def restore_caliper(
    *, session: Session, profile_id: uuid.UUID | str, row: CaliperRow
) -> CaliperRow:
    """Undo of a delete: the entry back as it was (not charged as a new one)."""
    return add_caliper(
        session=session,
        profile_id=profile_id,
        day=row.date,
        readings=row.readings or {site: [value] for site, value in row.sites_mm.items()},
        formula=row.formula,
        conversion=row.conversion,
        notes=row.notes,
        source=row.source,
        today=row.date,
        charge=False,
    )
