"""Meal slots: the four of every day (consts.SLOTS) and a profile's own
("Pre-workout", "Second breakfast"), kept in order. Services
`fn(*, session, profile_id, ...)`; an own slot is named by a key that never
changes, so renaming keeps its entries, and one still holding entries is
not deleted."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, select

from mitai_app.core.errors import UserError, checked_text
from mitai_app.core.records import as_uuid
from mitai_app.nutrition.consts import OWN_SLOTS_MAX, SLOT_NAME_MAX, SLOTS
from mitai_app.nutrition.models import MealEntry, MealSlot


@dataclass(frozen=True)
class SlotRow:
    key: str
    name: str  # the profile's name for its own slot; "" for the four (the catalogue's)


def meal_slots(*, session: Session, profile_id: uuid.UUID | str) -> list[SlotRow]:
    """The four slots, then the profile's own in their order."""
    own = session.exec(
        select(MealSlot)
        .where(MealSlot.profile_id == as_uuid(profile_id))
        .order_by(MealSlot.position, MealSlot.created_at)
    ).all()
    return [SlotRow(key, "") for key in SLOTS] + [SlotRow(row.key, row.name) for row in own]


def check_slot(session: Session, owner: uuid.UUID, slot: str) -> None:
    """Refuses a slot that is neither one of the four nor the profile's own."""
    if slot in SLOTS:
        return
    found = session.exec(
        select(MealSlot.id).where(MealSlot.profile_id == owner, MealSlot.key == slot)
    ).first()
    if found is None:
        raise UserError("nutrition.error.slot", field="slot")


def _checked_name(session: Session, owner: uuid.UUID, name: str, keep: str = "") -> str:
    text = checked_text(name, field="slot_name", limit=SLOT_NAME_MAX)
    if not text:
        raise UserError("nutrition.error.slot_name", field="slot_name")
    taken = session.exec(
        select(MealSlot.id).where(
            MealSlot.profile_id == owner,
            sa.func.lower(MealSlot.name) == text.lower(),
            MealSlot.key != keep,
        )
    ).first()
    if taken is not None:
        raise UserError("nutrition.error.slot_taken", field="slot_name")
    return text


def add_slot(*, session: Session, profile_id: uuid.UUID | str, name: str) -> SlotRow:
    """A slot of the profile's own after its others."""
    owner = as_uuid(profile_id)
    text = _checked_name(session, owner, name)
    count = session.exec(
        select(sa.func.count()).select_from(MealSlot).where(MealSlot.profile_id == owner)
    ).one()
    if count >= OWN_SLOTS_MAX:
        raise UserError("nutrition.error.slots_full", field="slot_name", limit=OWN_SLOTS_MAX)
    row = MealSlot(profile_id=owner, key=f"c{uuid.uuid4().hex[:12]}", name=text, position=count)
    session.add(row)
    session.commit()
    return SlotRow(row.key, row.name)


def _own(session: Session, owner: uuid.UUID, key: str) -> MealSlot:
    row = session.exec(
        select(MealSlot).where(MealSlot.profile_id == owner, MealSlot.key == str(key))
    ).first()
    if row is None:
        raise UserError("record.error.not_found", field="slot_name")
    return row


def rename_slot(*, session: Session, profile_id: uuid.UUID | str, key: str, name: str) -> SlotRow:
    owner = as_uuid(profile_id)
    row = _own(session, owner, key)
    row.name = _checked_name(session, owner, name, keep=row.key)
    session.add(row)
    session.commit()
    return SlotRow(row.key, row.name)


def delete_slot(*, session: Session, profile_id: uuid.UUID | str, key: str) -> None:
    """Deletes one of the profile's own slots; refused (naming how many)
    while entries are in it, so nothing eaten disappears from a day."""
    owner = as_uuid(profile_id)
    row = _own(session, owner, key)
    used = session.exec(
        select(sa.func.count())
        .select_from(MealEntry)
        .where(MealEntry.profile_id == owner, MealEntry.slot == row.key)
    ).one()
    if used:
        raise UserError("nutrition.error.slot_in_use", field="slot_name", count=used)
    session.delete(row)
    session.commit()
