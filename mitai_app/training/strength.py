"""Personal records of one exercise, from its sets: the heaviest weight, the
best estimated one-rep maximum by Epley and by Brzycki (each named), the
most reps at a weight, and the best session volume (reps × kg summed over a
workout). Warm-up sets do not count. Pure: the service hands in the sets.

A record is announced when a set breaks one the exercise already had; the
first set of an exercise sets its records without fanfare.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from mitai_app.training.formulas import brzycki_1rm, epley_1rm

EPLEY_MAX_REPS = 30  # beyond it an estimate says little
BRZYCKI_MAX_REPS = 10  # Brzycki's equation is meant for up to 10 reps
WARMUP = "warmup"


@dataclass(frozen=True)
class SetFacts:
    set_id: str
    workout_id: str
    day: date
    reps: int | None
    weight_kg: float | None
    kind: str


@dataclass(frozen=True)
class Record:
    kind: str  # consts.RECORD_KINDS
    value: float  # kg, reps or kg·reps
    day: date
    weight_kg: float | None = None  # of the set (the weight for "reps at a weight")
    reps: int | None = None


def _counted(sets: Sequence[SetFacts]) -> list[SetFacts]:
    return [s for s in sets if s.kind != WARMUP and s.reps and s.weight_kg is not None]


def _best(candidates: list[Record]) -> Record | None:
    """The highest value; the earliest day among equals (when it was first reached)."""
    return max(candidates, key=lambda r: (r.value, -r.day.toordinal()), default=None)


def records(sets: Sequence[SetFacts]) -> dict[str, Record]:
    """The exercise's records by kind; "reps_at_weight" is listed per weight
    as `f"reps_at_weight:{kg}"`."""
    counted = _counted(sets)
    loaded = [s for s in counted if s.weight_kg > 0]
    found: dict[str, Record | None] = {
        "heaviest": _best(
            [Record("heaviest", s.weight_kg, s.day, s.weight_kg, s.reps) for s in loaded]
        ),
        "e1rm_epley": _best(
            [
                Record("e1rm_epley", epley_1rm(s.weight_kg, s.reps), s.day, s.weight_kg, s.reps)
                for s in loaded
                if s.reps <= EPLEY_MAX_REPS
            ]
        ),
        "e1rm_brzycki": _best(
            [
                Record("e1rm_brzycki", brzycki_1rm(s.weight_kg, s.reps), s.day, s.weight_kg, s.reps)
                for s in loaded
                if s.reps <= BRZYCKI_MAX_REPS
            ]
        ),
    }
    volumes: dict[str, Record] = {}
    for s in loaded:
        before = volumes.get(s.workout_id)
        total = (before.value if before else 0.0) + s.reps * s.weight_kg
        volumes[s.workout_id] = Record("volume", total, s.day)
    found["volume"] = _best(list(volumes.values()))
    for s in counted:
        key = f"reps_at_weight:{s.weight_kg:g}"
        found[key] = _best(
            [r for r in (found.get(key),) if r]
            + [Record("reps_at_weight", s.reps, s.day, s.weight_kg, s.reps)]
        )
    return {key: record for key, record in found.items() if record is not None}


def broken(before: Sequence[SetFacts], after: Sequence[SetFacts]) -> list[Record]:
    """The records `after` (the sets with a new or changed one) holds above
    those `before` had; a kind `before` did not have is not announced."""
    old, new = records(before), records(after)
    return [
        record for key, record in new.items() if key in old and record.value > old[key].value + 1e-9
    ]
