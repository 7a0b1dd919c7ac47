"""The History page's three logs (weight, tape, caliper) behind one set of
calls: a page of rows, an inline edit from a submitted form, delete and undo.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Literal

from sqlmodel import Session

from mitai_app.body import circumferences as body_tape
from mitai_app.body import service as body
from mitai_app.body import skinfolds as body_caliper
from mitai_app.body.circumferences import TapeRow
from mitai_app.body.forms import caliper_input, tape_input, weight_input
from mitai_app.body.service import BodyError, WeightRow
from mitai_app.body.skinfolds import CaliperRow
from mitai_app.core.units import System

Kind = Literal["weight", "tape", "caliper"]
KINDS: tuple[Kind, ...] = ("weight", "tape", "caliper")
Row = WeightRow | TapeRow | CaliperRow

_LIST = {
    "weight": body.list_weights,
    "tape": body_tape.list_circumferences,
    "caliper": body_caliper.list_calipers,
}
_DELETE = {
    "weight": body.delete_weight,
    "tape": body_tape.delete_circumferences,
    "caliper": body_caliper.delete_caliper,
}
_RESTORE = {
    "weight": body.restore_weight,
    "tape": body_tape.restore_circumferences,
    "caliper": body_caliper.restore_caliper,
}


def _kind(kind: str) -> Kind:
    if kind not in KINDS:
        raise BodyError("kind", "invalid")
    return kind  # type: ignore[return-value]


def list_entries(
    *, session: Session, profile_id: uuid.UUID | str, kind: str, offset: int, limit: int
) -> list[Row]:
    """One page of the log, newest first."""
    return _LIST[_kind(kind)](session=session, profile_id=profile_id, offset=offset, limit=limit)


def first_pages(
    *, session: Session, profile_id: uuid.UUID | str, limit: int
) -> dict[str, list[Row]]:
    """The first `limit` rows of every log, for opening the page."""
    return {
        kind: list_entries(session=session, profile_id=profile_id, kind=kind, offset=0, limit=limit)
        for kind in KINDS
    }


def update_entry(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    kind: str,
    entry_id: str,
    form: dict,
    unit_system: System,
    today: date,
) -> Row:
    """The inline edit: the row's form as submitted, in the user's units."""
    kind = _kind(kind)
    if kind == "weight":
        entry = weight_input(form, unit_system)
        return body.update_weight(
            session=session,
            profile_id=profile_id,
            entry_id=entry_id,
            kg=entry.kg,
            day=entry.day,
            notes=entry.notes,
            today=today,
        )
    if kind == "tape":
        tape = tape_input(form, unit_system)
        return body_tape.update_circumferences(
            session=session,
            profile_id=profile_id,
            entry_id=entry_id,
            day=tape.day,
            sites_cm=tape.sites_cm,
            notes=tape.notes,
            today=today,
        )
    caliper = caliper_input(form)
    return body_caliper.update_caliper(
        session=session,
        profile_id=profile_id,
        entry_id=entry_id,
        day=caliper.day,
        sites_mm={site: values[0] for site, values in caliper.readings.items()},
        formula=caliper.formula,
        conversion=caliper.conversion,
        notes=caliper.notes,
        today=today,
    )


def delete_entry(*, session: Session, profile_id: uuid.UUID | str, kind: str, entry_id: str) -> Row:
    """Deletes the entry; the returned row is what undo puts back."""
    return _DELETE[_kind(kind)](session=session, profile_id=profile_id, entry_id=entry_id)


def restore_entry(*, session: Session, profile_id: uuid.UUID | str, kind: str, row: Row) -> Row:
    return _RESTORE[_kind(kind)](session=session, profile_id=profile_id, row=row)
