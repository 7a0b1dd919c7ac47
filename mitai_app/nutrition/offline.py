"""A glass of water tapped while offline, sent when the connection returns
(core.offline): the "+ 250 ml water" button's form is kept in the browser
as log `WATER_LOG` with the day it was tapped on; sent, it adds a glass to
that day, once per tap however often it is sent (the browser's id is the
entry's). Taps add up, so no day is ever asked about."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Session

from mitai_app.core.errors import UserError
from mitai_app.core.logs import MANUAL, LogRow
from mitai_app.core.offline import Conflict, QueuedEntry, Sender, Sent, send_once
from mitai_app.core.units import System
from mitai_app.nutrition.models import MealEntry
from mitai_app.nutrition.service import EntryRow, add_water
from mitai_app.nutrition.words import quantity

WATER_LOG = "water"


def _row(entry: MealEntry | EntryRow) -> LogRow:
    return LogRow(
        id=str(entry.id),
        date=entry.date,
        values={"water_ml": float(entry.water_ml or 0)},
        details={},
        source=MANUAL,
        notes="",
        imported=False,
    )


def send_glass(
    *, session: Session, profile_id: uuid.UUID, entry: QueuedEntry, today: date, replace: bool
) -> Sent | Conflict:
    try:
        day = date.fromisoformat(entry.form.get("date", ""))
    except ValueError as error:
        raise UserError("log.error.date_invalid", field="date") from error

    def add() -> LogRow:
        glass = add_water(
            session=session, profile_id=profile_id, day=day, today=today, entry_id=entry.id
        )
        return _row(glass)

    return send_once(
        session=session,
        owner=profile_id,
        entry=entry,
        model=MealEntry,
        row=_row,
        add=add,
        taken=lambda: None,
    )


def glass_words(row: LogRow, lang: str, system: System) -> str:
    return quantity(row.values["water_ml"], "ml", system, lang)


SENDERS = {WATER_LOG: Sender("nutrition.water", send_glass, glass_words)}
