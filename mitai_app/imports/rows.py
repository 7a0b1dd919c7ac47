"""What a format's reader hands the writer: rows for the domain tables, and
the lines it skipped with their reasons. Pure data."""

from __future__ import annotations

from dataclasses import dataclass
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
