"""The training types as admins keep them (Admin → Training): names,
category, colour and icon, read from `training_types` by Capture, History
and the Training page alike.

The 29 rows are read once and kept: the process that saves an admin's edit
drops them at once (`forget`); other processes (a second app worker) read
them anew after CACHE_SECONDS.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from sqlmodel import Session, select

from mitai_app.core.i18n import translate
from mitai_app.core.text import Text
from mitai_app.training.consts import UNCATEGORISED
from mitai_app.training.data import TRAINING_CATEGORIES, TRAINING_TYPES
from mitai_app.training.models import TrainingType

CACHE_SECONDS = 60.0
UNCATEGORISED_COLOUR = "#94a3b8"
UNCATEGORISED_ICON = "circle-help"


@dataclass(frozen=True)
class TypeLook:
    key: str
    name: Text
    category: str
    color: str
    icon: str


# By database (tests use two at once): when read, and the types in picker order.
_cache: dict[str, tuple[float, dict[str, TypeLook]]] = {}
_lock = threading.Lock()


def _read(session: Session) -> dict[str, TypeLook]:
    order = {c.key: n for n, c in enumerate(TRAINING_CATEGORIES)}
    rows = sorted(
        session.exec(select(TrainingType)).all(),
        key=lambda row: (order.get(row.category, len(order)), row.id),
    )
    return {
        row.key: TypeLook(
            key=row.key,
            name=Text(de=row.name, en=row.name_en or row.name),
            category=row.category,
            color=row.color or UNCATEGORISED_COLOUR,
            icon=row.icon or UNCATEGORISED_ICON,
        )
        for row in rows
    }


def training_types(session: Session) -> dict[str, TypeLook]:
    """Every type by key, in the picker's order (category, then seeding order)."""
    database = str(session.get_bind().engine.url)
    now = time.monotonic()
    with _lock:
        found = _cache.get(database)
        if found is not None and now - found[0] < CACHE_SECONDS:
            return found[1]
    types = _read(session)
    with _lock:
        _cache[database] = (now, types)
    return types


def forget() -> None:
    """Drops the kept types: an admin changed one."""
    with _lock:
        _cache.clear()


def type_name(types: dict[str, TypeLook], key: str) -> Text:
    """A type's name in both languages; "Uncategorised" for an import's
    unknown name (or a type since removed)."""
    found = types.get(key)
    if found is not None:
        return found.name
    return Text.composed(lambda lang: translate(f"training.type.{UNCATEGORISED}", lang))


def seeded_types() -> tuple[TypeLook, ...]:
    """The types as the data file seeds them: what a page shows before it
    has read the database (Capture opened offline)."""
    return tuple(
        TypeLook(
            kind.key, Text(de=kind.name.de, en=kind.name.en), kind.category, kind.color, kind.icon
        )
        for kind in TRAINING_TYPES
    )


def list_types(*, session: Session) -> tuple[TypeLook, ...]:
    """Every type in the picker's order (for the pages' pickers)."""
    return tuple(training_types(session).values())
