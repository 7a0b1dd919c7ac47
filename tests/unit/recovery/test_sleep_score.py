from datetime import datetime, timedelta

import pytest

from mitai_app.recovery.sleep_score import Night, sleep_need, sleep_score


def _night(bed: datetime, hours: float, **stages) -> Night:
    return Night(bed, bed + timedelta(hours=hours), **stages)


BED = datetime(2026, 3, 10, 23, 0)


def _parts(score):
    return {c.key: c for c in score.components}


def test_a_textbook_night_scores_100():
    # 8 h in bed, 7.5 h asleep: 90 min deep, 110 REM, 250 light, 30 awake.
    night = _night(BED, 8, deep=90, rem=110, light=250, awake=30)
    earlier = [_night(BED - timedelta(days=n), 8) for n in range(1, 15)]
    score = sleep_score(night, age=40, earlier=earlier)
    parts = _parts(score)
    assert parts["duration"].value == 7.5 and parts["duration"].fraction == 1
    assert parts["efficiency"].value == 93.8
    assert parts["restorative"].value == 44.4
    assert parts["awake"].fraction == pytest.approx(5 / 6, abs=1e-3)  # 30 min: 50/60
    assert parts["regularity"].value == 0
    # 100 − 10 × (1/6) for the awake minutes
    assert score.score == 98


def test_worked_example_short_inefficient_night():
    # 6 h in bed, 4.5 h asleep (60 deep, 40 REM, 170 light, 90 awake), no history.
    night = _night(BED, 6, deep=60, rem=40, light=170, awake=90)
    score = sleep_score(night, age=40)
    parts = _parts(score)
    # duration: 2.5 h short of 7 h → 1 − 2.5/3 = 0.167
    assert parts["duration"].fraction == pytest.approx(0.167, abs=1e-3)
    # efficiency 270/360 = 75 % → (0.75 − 0.65)/0.2 = 0.5
    assert parts["efficiency"].value == 75 and parts["efficiency"].fraction == 0.5
    # deep + REM = 100/270 = 37 % → 0.926 of 40 %
    assert parts["restorative"].fraction == pytest.approx(0.926, abs=1e-3)
    assert parts["awake"].fraction == 0  # 90 min awake ≥ 80
    assert "regularity" not in parts  # fewer than 3 earlier nights
    # (35×0.167 + 25×0.5 + 20×0.926 + 10×0) / 90 × 100 = 40.9
    assert score.score == 41
    assert sum(c.points for c in score.components) == pytest.approx(41, abs=0.2)


def test_without_stages_only_duration_efficiency_and_awake_count():
    night = _night(BED, 8, awake=20)
    score = sleep_score(night, age=30)
    assert [c.key for c in score.components] == ["duration", "efficiency", "awake"]
    assert score.score == 100


def test_regularity_compares_mid_sleep_across_midnight():
    earlier = [_night(datetime(2026, 3, d, 23, 0), 8) for d in range(1, 10)]  # mid 03:00
    late = _night(datetime(2026, 3, 10, 1, 0) + timedelta(days=1), 8)  # mid 05:00: 120 min
    assert _parts(sleep_score(late, earlier=earlier))["regularity"].fraction == 0
    early = _night(datetime(2026, 3, 10, 22, 0), 8)  # mid 02:00: 60 min
    assert _parts(sleep_score(early, earlier=earlier))["regularity"].fraction == pytest.approx(
        2 / 3, abs=1e-3
    )


def test_sleep_need_follows_the_nsf_ranges():
    assert sleep_need(15) == (8, 10)
    assert sleep_need(30) == (7, 9)
    assert sleep_need(70) == (7, 8)
    assert sleep_need(None) == (7, 9)
    # 8.5 h at 70: half an hour over 8 h → 1 − 0.5/3
    night = _night(BED, 8.5)
    assert _parts(sleep_score(night, age=70))["duration"].fraction == pytest.approx(0.833, abs=1e-3)
