"""Personal records from sets: each kind, warm-ups left out, and only a
record the exercise already had is announced as broken."""

from __future__ import annotations

from datetime import date

import pytest

from mitai_app.training.strength import SetFacts, broken, records

D1, D2 = date(2026, 3, 1), date(2026, 3, 8)


def _set(n, workout, day, reps, kg, kind="working"):
    return SetFacts(f"s{n}", workout, day, reps, kg, kind)


FIRST = [
    _set(1, "w1", D1, 10, 40, "warmup"),
    _set(2, "w1", D1, 8, 60),
    _set(3, "w1", D1, 8, 60),
    _set(4, "w1", D1, 5, 70),
]


def test_the_records_of_a_session():
    found = records(FIRST)
    assert (found["heaviest"].value, found["heaviest"].day) == (70, D1)
    # Epley: 70 × (1 + 5/30) = 81.67 beats 60 × (1 + 8/30) = 76.0.
    assert found["e1rm_epley"].value == pytest.approx(81.67, abs=0.01)
    assert found["e1rm_brzycki"].value == pytest.approx(70 * 36 / 32)
    assert found["volume"].value == 8 * 60 * 2 + 5 * 70  # the warm-up left out
    assert found["reps_at_weight:60"].value == 8
    assert "reps_at_weight:40" not in found


def test_a_heavier_set_next_week_breaks_records_and_says_which():
    second = [*FIRST, _set(5, "w2", D2, 10, 60), _set(6, "w2", D2, 3, 75)]
    kinds = {r.kind for r in broken(FIRST, second)}
    # Epley 75 × 3 → 82.5 kg; Brzycki 60 × 10 → 80.0 kg; 10 reps at 60 kg; not the volume.
    assert kinds == {"heaviest", "e1rm_epley", "e1rm_brzycki", "reps_at_weight"}
    assert records(second)["heaviest"].day == D2


def test_the_first_set_of_an_exercise_announces_nothing():
    assert broken([], FIRST[:2]) == []


def test_a_deleted_set_takes_its_record_with_it():
    assert records(FIRST[:3])["heaviest"].value == 60
