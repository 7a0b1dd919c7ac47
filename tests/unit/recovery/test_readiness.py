from datetime import date, timedelta

import pytest

from mitai_app.recovery.readiness import readiness

DAY = date(2026, 3, 31)


def _series(values, end=DAY):
    """Oldest first, one a day, the last on `end`."""
    return [(end - timedelta(days=len(values) - 1 - n), v) for n, v in enumerate(values)]


def test_a_new_account_is_still_learning_without_a_number():
    result = readiness(DAY)
    assert result.learning and result.score is None and result.inputs == ()
    short = readiness(DAY, hrv=_series([50] * 13), resting_hr=_series([55] * 13), sleep_score=90)
    assert short.days_of_data == 13
    assert short.learning and short.score is None
    # The inputs are shown even while learning.
    assert [i.key for i in short.inputs] == ["hrv", "resting_hr", "sleep"]


def test_usual_values_give_the_middle_and_a_good_night_lifts_it():
    hrv = _series([45, 55] * 30)  # 60 days alternating
    rhr = _series([54, 56] * 30)
    result = readiness(DAY, hrv=hrv, resting_hr=rhr, sleep_score=90)
    assert not result.learning and result.days_of_data == 60
    parts = {i.key: i for i in result.inputs}
    # The last 7 days (four 55s, three 45s) sit near the mean of the days before.
    assert parts["hrv"].reason == "within" and abs(parts["hrv"].z) < 0.2
    assert parts["resting_hr"].value == 56 and parts["resting_hr"].usual == 55
    assert parts["resting_hr"].z == pytest.approx(1.0, abs=0.02)  # one SD above
    assert parts["sleep"].reason == "good" and parts["sleep"].points == 27  # 90 × 30 / 100
    assert result.score == round(sum(i.points for i in result.inputs))
    assert 55 <= result.score <= 65


def test_a_low_hrv_week_and_a_high_pulse_pull_it_down():
    hrv = _series([60, 64] * 27 + [40] * 7)
    rhr = _series([54, 56] * 30 + [66])
    result = readiness(DAY, hrv=hrv, resting_hr=rhr)
    parts = {i.key: i for i in result.inputs}
    assert parts["hrv"].reason == "below" and parts["hrv"].score == 0
    assert parts["resting_hr"].reason == "above" and parts["resting_hr"].score == 0
    assert result.score == 0
    assert [i.weight for i in result.inputs] == [40, 30]  # no sleep: its weight goes to the others


def test_missing_series_leave_only_what_there_is():
    result = readiness(DAY, resting_hr=_series([55, 57] * 10), sleep_score=70)
    assert [i.key for i in result.inputs] == ["resting_hr", "sleep"]
    assert sum(i.points for i in result.inputs) == pytest.approx(result.score, abs=0.5)
    only_old = readiness(DAY, hrv=_series([50] * 30, end=DAY - timedelta(days=90)))
    assert only_old.learning and only_old.inputs == ()


@pytest.mark.parametrize(
    ("ratio", "reason", "score"),
    [
        (0.5, "low", 100),
        (1.0, "within", 100),
        (1.3, "within", 100),
        (1.5, "above", 50),
        (2.0, "above", 0),
    ],
)
def test_training_load_counts_by_its_acute_chronic_ratio(ratio, reason, score):
    result = readiness(
        DAY, hrv=_series([45, 55] * 30), resting_hr=_series([54, 56] * 30), load_ratio=ratio
    )
    load = {i.key: i for i in result.inputs}["load"]
    assert (load.reason, load.score, load.weight, load.value) == (reason, score, 20, ratio)
    # Four inputs' weights: 40 + 30 + 20 with no sleep last night.
    assert load.points == pytest.approx(score * 20 / 90, abs=0.05)
    assert result.score == round(sum(i.points for i in result.inputs))


def test_a_load_spike_lowers_readiness():
    usual = {"hrv": _series([45, 55] * 30), "resting_hr": _series([54, 56] * 30)}
    rested = readiness(DAY, **usual, sleep_score=80, load_ratio=1.0)
    spiked = readiness(DAY, **usual, sleep_score=80, load_ratio=1.8)
    assert spiked.score < rested.score
