"""The Sleep page's charts: the nights oldest first, hours asleep against
the recommended band of the age that night, stage minutes for the stacked
bars, the score, bed and wake times around midnight; a night without time
asleep is left out rather than drawn as zero. The hypnogram: the newest
night with recorded stage intervals as a step line."""

from __future__ import annotations

from datetime import date, datetime

from mitai_app.recovery.sleep import SleepNight
from mitai_app.recovery.sleep_score import SleepScore
from mitai_app.recovery.views import clock_hours, hypnogram, night_charts


def _night(day: int, asleep: int, stages: dict[str, int], need=(7.0, 9.0), **extra) -> SleepNight:
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
        need=need,
        **{"score": None, **extra},
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
    assert charts["scores"] == [None, None]
    assert (charts["bed"], charts["wake"]) == ([-1.0, -1.0], [7.0, 7.0])  # 23:00 and 07:00


def test_the_score_and_the_clock_of_bed_and_wake_times():
    night = _night(12, 450, {}, score=SleepScore(83, ()))
    assert night_charts([night])["scores"] == [83]
    assert clock_hours(datetime(2026, 3, 11, 23, 30)) == -0.5
    assert clock_hours(datetime(2026, 3, 12, 0, 45)) == 0.75
    assert clock_hours(datetime(2026, 3, 12, 6, 30)) == 6.5
    assert clock_hours(None) is None


def test_the_hypnogram_steps_through_the_newest_recorded_night():
    def at(hour, minute=0, day=12):
        return datetime(2026, 3, day, hour, minute)

    recorded = _night(
        11,
        400,
        {},
        intervals=(
            ("light", at(23, 10, day=10), at(1, 10, day=11)),
            ("deep", at(1, 10, day=11), at(2, 0, day=11)),
            ("rem", at(2, 30, day=11), at(3, 30, day=11)),  # 02:00–02:30 unrecorded: awake
        ),
    )
    minutes_only = _night(12, 450, {"deep": 80})
    stages = hypnogram([minutes_only, recorded])  # newest first
    assert stages["date"] == date(2026, 3, 11)
    assert stages["times"] == [
        "2026-03-10T23:10:00",
        "2026-03-11T01:10:00",
        "2026-03-11T02:00:00",
        "2026-03-11T02:30:00",
        "2026-03-11T03:30:00",
    ]
    # light 1, deep 0, the gap awake 3, REM 2, held to the end.
    assert stages["levels"] == [1, 0, 3, 2, 2]
    assert hypnogram([minutes_only]) == {}


def test_no_nights_no_chart():
    assert night_charts([])["dates"] == []
