"""The tape log: circumferences at up to eight sites, one entry per profile
and day, any subset of sites per entry.

The table has no unique constraint on (profile, date), so the one-per-day
rule is checked here before writing. Ownership and errors work as in
services/body.py.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from mitai_app.body.formulas import CIRCUMFERENCE_RANGE_CM
from mitai_app.body.models import CircumferenceEntry
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

# The sites as the pages name them; the table's columns carry a "c_" prefix.
TAPE_SITES = ("neck", "chest", "waist", "hips", "thigh", "calf", "biceps", "forearm")


@dataclass(frozen=True)
class TapeRow:
    id: str
    date: date
    sites_cm: dict[str, float]  # only the sites measured
    source: str
    notes: str
    imported: bool


def _row(entry: CircumferenceEntry) -> TapeRow:
    sites = {
        site: float(value)
        for site in TAPE_SITES
        if (value := getattr(entry, f"c_{site}")) is not None
    }
    return TapeRow(
        id=str(entry.id),
        date=entry.date,
        sites_cm=sites,
        source=entry.source,
        notes=entry.notes or "",
        imported=entry.source != MANUAL,
    )


def _sites(sites_cm: dict[str, float | None]) -> dict[str, float | None]:
    """Every site, checked and rounded as stored; BodyError(site, "range")
    for an implausible one and ("sites", "empty") when none is given."""
    unknown = set(sites_cm) - set(TAPE_SITES)
    if unknown:
        raise BodyError(sorted(unknown)[0], "unknown")
    low, high = CIRCUMFERENCE_RANGE_CM
    checked: dict[str, float | None] = {}
    for site in TAPE_SITES:
        value = sites_cm.get(site)
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise BodyError(site, "range")
            if not math.isfinite(value) or not low <= round_half_up(value, 2) <= high:
                raise BodyError(site, "range")
            value = round_half_up(float(value), 2)
        checked[site] = value
    if all(value is None for value in checked.values()):
        raise BodyError("sites", "empty")
    return checked


def _taken(session: Session, owner: uuid.UUID, day: date, but: uuid.UUID | None = None) -> bool:
    query = select(CircumferenceEntry.id).where(
        CircumferenceEntry.profile_id == owner, CircumferenceEntry.date == day
    )
    if but is not None:
        query = query.where(CircumferenceEntry.id != but)
    return session.exec(query).first() is not None


def _fill(entry: CircumferenceEntry, sites: dict[str, float | None]) -> None:
    for site, value in sites.items():
        setattr(entry, f"c_{site}", value)


def add_circumferences(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    day: date,
    sites_cm: dict[str, float | None],
    notes: str = "",
    source: str = MANUAL,
    today: date | None = None,
    charge: bool = True,
) -> TapeRow:
    """Records the sites measured on `day` (cm). A day that has an entry
    raises BodyError("date", "exists"): the user edits that one instead.
    Takes one "circumference_entries" use unless `charge=False` (undo)."""
    owner = as_uuid(profile_id)
    sites, day = _sites(sites_cm), checked_day(day, today)
    if _taken(session, owner, day):
        raise BodyError("date", "exists")
    entry = CircumferenceEntry(
        profile_id=owner, date=day, source=source, notes=notes.strip() or None
    )
    _fill(entry, sites)
    if charge:
        consume(session=session, profile_id=owner, feature_id="circumference_entries")
    commit_entry(session, entry)
    return _row(entry)


def list_circumferences(
    *, session: Session, profile_id: uuid.UUID | str, limit: int = 50, offset: int = 0
) -> list[TapeRow]:
    """The profile's entries, newest first."""
    entries = newest_first(session, CircumferenceEntry, profile_id, limit, offset)
    return [_row(entry) for entry in entries]


def update_circumferences(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    entry_id: str,
    day: date,
    sites_cm: dict[str, float | None],
    notes: str = "",
    today: date | None = None,
) -> TapeRow:
    """Replaces the entry's date, sites (a site left out is cleared) and notes."""
    entry = owned(session, CircumferenceEntry, profile_id, entry_id)
    sites, day = _sites(sites_cm), checked_day(day, today)
    if _taken(session, entry.profile_id, day, but=entry.id):
        raise BodyError("date", "exists")
    entry.date = day
    entry.notes = notes.strip() or None
    _fill(entry, sites)
    commit_entry(session, entry)
    return _row(entry)


def delete_circumferences(
    *, session: Session, profile_id: uuid.UUID | str, entry_id: str
) -> TapeRow:
    """Deletes the entry and returns what it held, for undo."""
    entry = owned(session, CircumferenceEntry, profile_id, entry_id)
    row = _row(entry)
    session.delete(entry)
    session.commit()
    return row


def restore_circumferences(
    *, session: Session, profile_id: uuid.UUID | str, row: TapeRow
) -> TapeRow:
    """Undo of a delete: the entry back as it was (not charged as a new one)."""
    return add_circumferences(
        session=session,
        profile_id=profile_id,
        day=row.date,
        sites_cm=dict(row.sites_cm),
        notes=row.notes,
        source=row.source,
        today=row.date,
        charge=False,
    )
