"""`columns.csv` in the export: one line per column of every CSV file,
with its type, unit, whether it is always filled, what it refers to and
what it means in English and German.

Generated from what the code already says, so a new module's tables are
documented without a change here: the column's type in its table, the log
descriptions (a field's label and unit, a choice's label and options), a
column's own `info["doc"]` (a `Text`), the meaning of the columns the shared
helpers make (`core.columns.SHARED_COLUMNS`) and, for a unit the above do
not give, the unit its name ends in (`_kg`, `_minutes`).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from decimal import Decimal

import sqlalchemy as sa

from mitai_app.core import logs
from mitai_app.core.columns import SHARED_COLUMNS
from mitai_app.core.i18n import translate
from mitai_app.core.text import Text
from mitai_app.core.units import unit_label
from mitai_app.exports import archive

HEADER = ("table", "column", "type", "unit", "required", "refers_to", "meaning_en", "meaning_de")
# Units by the end of a column's name (values are stored in SI units or
# these customary ones).
NAME_UNITS = (
    ("_per_kg", "g/kg"),
    ("_kg", "kg"),
    ("_g", "g"),
    ("_cm", "cm"),
    ("_km", "km"),
    ("_ml", "ml"),
    ("_l", "l"),
    ("_minutes", "min"),
    ("_seconds", "s"),
    ("_pct", "%"),
    ("kcal", "kcal"),
    ("_hr", "1/min"),
)
_KINDS: dict[type, str] = {
    uuid.UUID: "uuid",
    datetime: "datetime (ISO 8601, UTC)",
    date: "date (ISO 8601)",
    time: "time (ISO 8601)",
    Decimal: "number",
    float: "number",
    int: "integer",
    bool: "true/false",
    str: "text",
}


def _kind(column: sa.Column) -> str:
    stored = column.type.impl if isinstance(column.type, sa.TypeDecorator) else column.type
    if isinstance(stored, sa.JSON):
        return "JSON"
    try:
        return _KINDS.get(stored.python_type, stored.python_type.__name__)
    except NotImplementedError:
        return type(stored).__name__.lower()


def _described() -> dict[tuple[str, str], tuple[str, str]]:
    """(table, column) → (unit, label key) from the log descriptions."""
    found: dict[tuple[str, str], tuple[str, str]] = {}
    for spec in logs.registered().values():
        table = spec.model.__tablename__
        for item in spec.fields:
            unit = unit_label(item.quantity, "metric") if item.quantity else item.unit
            found[table, item.attribute] = (unit, item.label_key)
        for choice in spec.choices:
            found[table, choice.name] = ("", choice.label_key)
    return found


def _name_unit(name: str) -> str:
    return next((unit for end, unit in NAME_UNITS if name.endswith(end)), "")


def column_lines(tables: list[sa.Table]) -> list[tuple[str, ...]]:
    described = _described()
    lines = []
    for table in tables:
        for column in table.columns:
            unit, label_key = described.get((table.name, column.name), ("", ""))
            doc: Text | None = column.info.get("doc") or SHARED_COLUMNS.get(column.name)
            if label_key:
                meaning = (translate(label_key, "en"), translate(label_key, "de"))
            elif doc is not None:
                meaning = (doc.en, doc.de)
            else:
                meaning = ("", "")
            references = sorted(
                f"{key.column.table.name}.{key.column.name}" for key in column.foreign_keys
            )
            lines.append(
                (
                    table.name,
                    column.name,
                    _kind(column),
                    unit or _name_unit(column.name),
                    "no" if column.nullable else "yes",
                    " ".join(references),
                    *meaning,
                )
            )
    return lines


def columns_csv(tables: list[sa.Table]) -> bytes:
    text = archive.csv_line(HEADER) + "".join(
        archive.csv_line(line) for line in column_lines(tables)
    )
    return text.encode()
