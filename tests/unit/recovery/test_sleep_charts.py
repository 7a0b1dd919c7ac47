"""The Sleep page's charts: the nights oldest first, hours asleep against
the recommended band of the age that night, stage minutes for the stacked
bars; a night without time asleep is left out rather than drawn as zero."""

from __future__ import annotations

from datetime import date, datetime

from mitai_app.recovery.sleep import SleepNight
from mitai_app.recovery.views import night_charts


def _night(day: int, asleep: int, stages: dict[str, int], need=(7.0, 9.0)) -> SleepNight:
    return SleepNight(
        id=str(day),
        date=date(2026, 3, day),
        bed=datetime(2026, 3, day - 1, 23, 0),
        wake=datetime(2026, 3, day, 7, 0),
        in_bed=480,
        asleep=asleep,
        stages=stages,
        quality=None,
        notes="",
        score=None,
        need=need,
    )


def test_the_charts_show_the_nights_oldest_first_with_band_and_stages():
    nights = [  # newest first, as sleep_nights gives them
        _night(12, 450, {"deep": 80, "rem": 100, "light": 250, "awake": 20}, need=(7.0, 8.0)),
        _night(11, 0, {}),
        _night(10, 385, {"deep": 60, "rem": 85}),
    ]
    charts = night_charts(nights)
    assert charts["dates"] == ["2026-03-10", "2026-03-12"]
    assert charts["hours"] == [6.4, 7.5]
    assert (charts["need_low"], charts["need_high"]) == ([7.0, 7.0], [9.0, 8.0])
    assert charts["stages"] == {
        "deep": [60, 80],
        "rem": [85, 100],
        "light": [None, 250],
        "awake": [None, 20],
    }
    assert charts["axis"]["ticks"] and charts["axis"]["labels_en"]


def test_no_nights_no_chart():
    assert night_charts([])["dates"] == []
