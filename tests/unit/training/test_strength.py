"""Personal records: what one set scores (Epley and Brzycki within their
rep ranges), which sets count, and that only a record the exercise already
had is announced as broken."""

from __future__ import annotations

from datetime import date

import pytest

from mitai_app.training.strength import Record, broken, counts, set_records

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
