from datetime import date, timedelta

from mitai_app.recovery.baselines import baseline, flag

DAY = date(2026, 3, 31)


def _series(values):
    return [(DAY - timedelta(days=n + 1), v) for n, v in enumerate(values)]


def test_baseline_is_the_mean_and_one_standard_deviation_of_the_past_60_days():
    series = _series([50, 60, 50, 60, 50, 60, 50, 60])
    band = baseline(series, DAY)
    assert band.mean == 55
    assert band.count == 8
    # sample SD of four 50s and four 60s: sqrt(8 × 25 / 7) = 5.35
    assert (band.low, band.high) == (49.7, 60.3)
    assert flag(62, band) == "high"
    assert flag(49, band) == "low"
    assert flag(55, band) == "normal"


def test_values_older_than_60_days_and_the_day_itself_do_not_count():
    series = [*_series([50] * 7), (DAY - timedelta(days=61), 500), (DAY, 500)]
    band = baseline(series, DAY)
    assert band.mean == 50 and band.count == 7


def test_no_baseline_with_fewer_than_seven_values():
    band = baseline(_series([50] * 6), DAY)
    assert band is None
    assert flag(50, band) == ""
    assert flag(None, baseline(_series([50] * 7), DAY)) == ""
