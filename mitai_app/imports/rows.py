"""What a format's reader hands the writer: rows for the domain tables, and
the lines it skipped with their reasons. Pure data."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class ImportRow:
    table: str  # consts.TABLES
    day: date  # the local day it belongs to (one transaction per day)
    key: str  # external key: the same record gives the same key in every import
    device: str  # the app or device as the file names it
    values: dict[str, Any]  # column → value, in the table's units


@dataclass(frozen=True)
class Skip:
    line: int  # in the file; 0 for a value aggregated over a day
    kind: str  # the record type
    reason: str  # a catalogue key suffix: imports.reason.<reason>
    value: str = ""


@dataclass(frozen=True)
class Stopped:
    """Where a file stopped being readable; what came before was read."""

    line: int
    reason: str


@dataclass
class Parsed:
    """A whole file read: its rows, and what the report says about it."""

    rows: list[ImportRow] = field(default_factory=list)
    records: int = 0
    duplicates: int = 0
    not_imported: Counter = field(default_factory=Counter)
    skipped: list[Skip] = field(default_factory=list)
    stopped: Stopped | None = None
    cancelled: bool = False
