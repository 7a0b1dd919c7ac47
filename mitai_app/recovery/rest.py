"""Rest days: a day and a preset (which focus rests, and how, kept in
rest_config), the week strip (rest days beside the training sessions) and
the list around today, delete and undo.

Every function takes the session and the owning profile explicitly and
returns plain dataclasses; refused input raises UserError at its field.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, col, select

from mitai_app.core.access import consume
from mitai_app.core.errors import UserError, checked_text
from mitai_app.core.logs import NOTES_MAX, check_profile_day
from mitai_app.core.records import as_uuid, owned
from mitai_app.recovery.consts import REST_DAY_FEATURE, REST_PLAN_DAYS, REST_PRESETS
from mitai_app.recovery.models import RestDay
from mitai_app.training.overview import WeekSession, week_sessions

LISTED_WEEKS_BACK = 4


@dataclass(frozen=True)
class RestDayRow:
    id: str
    date: date
    preset: str
    focus: str
    notes: str


def _row(entry: RestDay) -> RestDayRow:
    config = entry.rest_config if isinstance(entry.rest_config, dict) else {}
    preset = config.get("preset")
    if preset not in REST_PRESETS:  # an imported day: the preset resting its focus
        preset = next(k for k, (focus, _) in REST_PRESETS.items() if focus == entry.focus)
    return RestDayRow(str(entry.id), entry.date, preset, entry.focus, entry.notes or "")


def add_rest_day(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    day: date,
    preset: str,
    notes: str = "",
    today: date,
    charge: bool = True,
) -> RestDayRow:
    """Marks `day` (past, or planned up to a year ahead) with `preset`; the
    same focus twice on a day is refused. `charge=False`: undo of a delete."""
    owner = as_uuid(profile_id)
    if preset not in REST_PRESETS:
        raise UserError("log.error.choice", field="preset")
    text = checked_text(notes, field="notes", limit=NOTES_MAX)
    if day > today + timedelta(days=REST_PLAN_DAYS):
        raise UserError("recovery.error.rest_too_far", field="date")
    check_profile_day(session, owner, min(day, today), today=today)
    focus, config = REST_PRESETS[preset]
    taken = session.exec(
        select(RestDay.id).where(
            RestDay.profile_id == owner, RestDay.date == day, RestDay.focus == focus
        )
    ).first()
    if taken is not None:
        raise UserError("recovery.error.rest_exists", field="preset")
    if charge:
        consume(session=session, profile_id=owner, feature_id=REST_DAY_FEATURE)
    entry = RestDay(
        profile_id=owner,
        date=day,
        focus=focus,
        rest_config={"preset": preset, **config},
        notes=text or None,
    )
    session.add(entry)
    session.commit()
    return _row(entry)


def delete_rest_day(*, session: Session, profile_id: uuid.UUID | str, entry_id: str) -> RestDayRow:
    """Deletes the rest day and returns it, for undo."""
    entry = owned(session, RestDay, profile_id, entry_id)
    row = _row(entry)
    session.delete(entry)
    session.commit()
    return row


def restore_rest_day(
    *, session: Session, profile_id: uuid.UUID | str, row: RestDayRow, today: date
) -> RestDayRow:
    return add_rest_day(
        session=session,
        profile_id=profile_id,
        day=row.date,
        preset=row.preset,
        notes=row.notes,
        today=max(today, row.date),
        charge=False,
    )


@dataclass(frozen=True)
class RestOverview:
    # Monday to Sunday of this week: each day's rest days and training sessions.
    week: list[tuple[date, list[RestDayRow], list[WeekSession]]]
    days: list[RestDayRow]  # from four weeks back on, oldest first


def rest_overview(*, session: Session, profile_id: uuid.UUID | str, today: date) -> RestOverview:
    monday = today - timedelta(days=today.weekday())
    since = min(monday, today - timedelta(weeks=LISTED_WEEKS_BACK))
    entries = session.exec(
        select(RestDay)
        .where(RestDay.profile_id == as_uuid(profile_id), RestDay.date >= since)
        .order_by(col(RestDay.date), col(RestDay.focus))
    ).all()
    rows = [_row(e) for e in entries]
    sessions = week_sessions(session=session, profile_id=profile_id, monday=monday)
    week = [
        (day, [r for r in rows if r.date == day], [s for s in sessions if s.day == day])
        for day in (monday + timedelta(days=n) for n in range(7))
    ]
    return RestOverview(week, rows)
