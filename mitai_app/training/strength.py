"""Personal records of an exercise: the heaviest weight, the best estimated
one-rep maximum by Epley and by Brzycki (each named), the most reps at a
weight, and the best session volume (reps × kg summed over a workout).
Warm-up sets do not count. Pure: the service finds the best stored sets
(in SQL, over years of sets) and asks here which records they hold, what a
new set broke, and how a record reads.

A record is announced when a set beats one the exercise already had; the
first set of an exercise sets its records without fanfare.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from mitai_app.core.formatting import format_date, format_number, format_quantity
from mitai_app.core.i18n import translate
from mitai_app.core.units import System
from mitai_app.training.formulas import brzycki_1rm, epley_1rm

EPLEY_MAX_REPS = 30  # beyond it an estimate says little
BRZYCKI_MAX_REPS = 10  # Brzycki's equation is meant for up to 10 reps
WARMUP = "warmup"
# The kinds a single set holds by itself, in the order records are listed.
SET_KINDS = ("heaviest", "e1rm_epley", "e1rm_brzycki")
LISTED_KINDS = (*SET_KINDS, "volume")  # an exercise's records as pages list them


@dataclass(frozen=True)
class Record:
    kind: str  # consts.RECORD_KINDS
    value: float  # kg, reps or kg·reps
    day: date
    weight_kg: float | None = None  # of the set (the weight for "reps at a weight")
    reps: int | None = None


def counts(kind: str, reps: int | None, weight_kg: float | None) -> bool:
    """Whether a set can hold a record: not a warm-up, with reps and a weight."""
    return kind != WARMUP and bool(reps) and weight_kg is not None and weight_kg > 0


def set_records(day: date, reps: int, weight_kg: float) -> dict[str, Record]:
    """What one counted set scores on each single-set kind."""
    found = {"heaviest": Record("heaviest", weight_kg, day, weight_kg, reps)}
    if reps <= EPLEY_MAX_REPS:
        found["e1rm_epley"] = Record("e1rm_epley", epley_1rm(weight_kg, reps), day, weight_kg, reps)
    if reps <= BRZYCKI_MAX_REPS:
        found["e1rm_brzycki"] = Record(
            "e1rm_brzycki", brzycki_1rm(weight_kg, reps), day, weight_kg, reps
        )
    return found


def better(record: Record, held: Record | None) -> bool:
    """Whether `record` takes the place of `held`: a higher value, or the
    same value reached earlier (a record is dated by its first day)."""
    return held is None or (record.value, -record.day.toordinal()) > (
        held.value,
        -held.day.toordinal(),
    )


def session_volume(total: float) -> float:
    """A workout's volume as records keep it: kg with 2 decimals times whole
    reps has 2 decimals, so rounding drops only the float sum's noise (the
    same volume summed in another order compares equal)."""
    return round(total, 2)


def best_records(
    combos: Iterable[tuple[float, int, date]], volumes: Iterable[tuple[float, date]]
) -> dict[str, Record]:
    """An exercise's records from its counted sets: `combos`, each weight ×
    reps once with the day first reached, and `volumes`, each workout's
    volume with its day. Each record is the best, the earliest among equals
    (ties of value and day go to the lighter weight, then fewer reps, so the
    answer does not hang on the order rows come in)."""
    found: dict[str, Record] = {}
    for kg, reps, first in sorted(combos):
        for record in set_records(first, reps, kg).values():
            if better(record, found.get(record.kind)):
                found[record.kind] = record
    for total, day in volumes:
        record = Record("volume", session_volume(total), day)
        if better(record, found.get("volume")):
            found["volume"] = record
    return found


def broken(before: dict[str, Record], now: dict[str, Record]) -> list[Record]:
    """The records in `now` (what a new set scored) above those the
    exercise had `before`; a kind it did not have is not announced."""
    return [
        record
        for kind, record in now.items()
        if kind in before and record.value > before[kind].value + 1e-9
    ]


def record_words(record: Record, lang: str, system: System) -> str:
    """ "Best e1RM (Epley): 93.3 kg" in the reader's language and units."""
    if record.kind == "reps_at_weight":
        return translate(
            "training.record.reps_at_weight",
            lang,
            weight=format_quantity(record.weight_kg, "mass", system, lang),
            value=format_number(record.value, lang, decimals=0),
        )
    value = format_quantity(record.value, "mass", system, lang)
    return translate(f"training.record.{record.kind}", lang, value=value)


def dated_records(found: dict[str, Record], lang: str, system: System) -> list[str]:
    """An exercise's records, each with the day it was set."""
    return [
        f"{record_words(found[kind], lang, system)} ({format_date(found[kind].day, lang)})"
        for kind in LISTED_KINDS
        if kind in found
    ]
