"""Personal records: what one set scores (Epley and Brzycki within their
rep ranges), which sets count, and that only a record the exercise already
had is announced as broken."""

from __future__ import annotations

from datetime import date

import pytest

from mitai_app.training.strength import (
    Record,
    best_records,
    better,
    broken,
    counts,
    set_records,
)

D1, D2 = date(2026, 3, 1), date(2026, 3, 8)


def test_what_a_set_scores():
    scored = set_records(D1, 5, 70)
    assert scored["heaviest"].value == 70
    assert scored["e1rm_epley"].value == pytest.approx(81.67, abs=0.01)
    assert scored["e1rm_brzycki"].value == pytest.approx(78.75)
    assert "e1rm_brzycki" not in set_records(D1, 12, 50)  # beyond Brzycki's 10 reps
    assert set_records(D1, 1, 100)["e1rm_epley"].value == 100


def test_warm_ups_and_empty_sets_hold_no_record():
    assert counts("working", 5, 70) and counts("failure", 1, 20)
    assert not counts("warmup", 10, 40)
    assert not counts("working", 5, 0) and not counts("working", 5, None)


def test_a_better_set_breaks_the_records_it_beats():
    before = set_records(D1, 5, 70) | {"volume": Record("volume", 1310, D1)}
    now = set_records(D2, 3, 75) | {"volume": Record("volume", 900, D2)}
    # 75 kg beats 70 kg, Epley 82.5 beats 81.7; Brzycki 79.4 beats 78.75; volume does not.
    assert {r.kind for r in broken(before, now)} == {"heaviest", "e1rm_epley", "e1rm_brzycki"}


def test_the_first_set_of_an_exercise_announces_nothing():
    assert broken({}, set_records(D1, 8, 60)) == []


def test_the_records_of_many_sets_are_each_the_best_and_first_reached():
    found = best_records(
        [(100, 3, D2), (100, 3, D1), (90, 10, D2), (60, 1, D1)],  # weight, reps, first day
        [(0.1 * 3 + 600, D2), (600.3, D1)],  # workout volumes (float sums)
    )
    assert (found["heaviest"].value, found["heaviest"].day) == (100, D1)  # equalled later
    assert found["e1rm_epley"].value == pytest.approx(120) and found["e1rm_epley"].day == D2
    assert found["e1rm_brzycki"].value == pytest.approx(120) and found["e1rm_brzycki"].day == D2
    # The same volume summed in another order is the same record, first reached on D1.
    assert (found["volume"].value, found["volume"].day) == (600.3, D1)
    assert better(Record("heaviest", 100, D1), found["heaviest"]) is False
    assert better(Record("heaviest", 100, date(2026, 2, 1)), found["heaviest"])
    assert best_records([], []) == {}
