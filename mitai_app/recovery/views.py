"""Recovery's values in words, for the pages' rows (both languages via
core.formatting.in_both). No Reflex, no database."""

from __future__ import annotations

from datetime import datetime

from mitai_app.core.formatting import MISSING, format_date, format_date_skeleton, format_number
from mitai_app.core.i18n import translate
from mitai_app.core.logs import LogRow
from mitai_app.core.series import date_axis
from mitai_app.recovery.bloodpressure import HomeAverage, Mean, colour_of
from mitai_app.recovery.consts import SLEEP_STAGES
from mitai_app.recovery.logs import VITALS, reading_parts
from mitai_app.recovery.readiness import LEARNING_DAYS, Readiness, ReadinessInput
from mitai_app.recovery.rest import RestDayRow
from mitai_app.recovery.service import VitalSign
from mitai_app.recovery.sleep import SleepNight
from mitai_app.recovery.sleep_score import Component
from mitai_app.training.overview import WeekSession, session_words

SOURCES = {
    "esh": "Mancia et al., 2023 ESH Guidelines, J Hypertens 2023;41:1874",
    "acc_aha": "Whelton et al., 2017 ACC/AHA Guideline, Hypertension 2018;71:e13",
}


def _n(value: float, lang: str) -> str:
    return format_number(value, lang, decimals=0)


def reading_facts(row: LogRow) -> dict[str, str]:
    """What a reading's row and badge need beside its words."""
    return {
        "id": row.id,
        "colour": colour_of(row.details["category"]),
        "source": SOURCES[row.details["guideline"]],
    }


def reading_words(row: LogRow, lang: str) -> dict[str, str]:
    """ "3 Mar 2026 07:30" and the reading's parts (recovery.logs.reading_parts)."""
    return {
        "when": f"{format_date(row.date, lang)} {row.details['time']}",
        **reading_parts(row, lang),
    }


def _mean_words(mean: Mean | None, lang: str) -> str:
    if mean is None:
        return translate("recovery.home.none", lang)
    return translate(
        "recovery.home.mean",
        lang,
        sys=format_number(mean.systolic, lang),
        dia=format_number(mean.diastolic, lang),
        n=mean.count,
    )


def home_words(home: HomeAverage | None, lang: str) -> dict[str, str]:
    """The home average in words; empty without readings."""
    if home is None:
        return {}
    if not home.enough:
        verdict = translate("recovery.home.not_enough", lang)
    elif home.above_threshold:
        verdict = translate("recovery.home.above", lang)
    else:
        verdict = translate("recovery.home.below", lang)
    afib = ", ".join(
        f"{format_date(r.at.date(), lang)} {r.at:%H:%M} "
        f"{_n(r.systolic, lang)}/{_n(r.diastolic, lang)}"
        for r in home.afib
    )
    return {
        "period": translate(
            "recovery.home.period",
            lang,
            first=format_date(home.first_day, lang),
            last=format_date(home.last_day, lang),
            days=home.days,
        ),
        "overall": _mean_words(home.overall, lang),
        "morning": _mean_words(home.morning, lang),
        "evening": _mean_words(home.evening, lang),
        "verdict": verdict,
        "afib": afib,
    }


_VITAL_FIELDS = {item.name: item for item in VITALS.fields}
_FLAG_COLOURS = {"low": "orange", "high": "orange", "normal": "green"}


def vital_facts(sign: VitalSign) -> dict[str, str]:
    return {"key": sign.key, "colour": _FLAG_COLOURS.get(sign.flag, "gray"), "source": ""}


def vital_words(sign: VitalSign, hrv_measure: str, lang: str) -> dict[str, str]:
    """ "HRV (RMSSD)", "48 ms", the user's band, and where the value stands
    (as `category`, for ui.charts.category_badge)."""
    item = _VITAL_FIELDS[sign.key]
    label = translate(item.label_key, lang)
    if sign.key == "hrv":
        label = f"{label} ({hrv_measure.upper()})"

    def amount(value: float) -> str:
        return format_number(value, lang, decimals=item.decimals)

    band = sign.baseline
    return {
        "label": label,
        "value": MISSING if sign.value is None else f"{amount(sign.value)} {item.unit}",
        "range": translate("recovery.vitals.learning", lang)
        if band is None
        else translate(
            "recovery.vitals.baseline",
            lang,
            low=amount(band.low),
            high=amount(band.high),
            mean=amount(band.mean),
        ),
        "category": translate(f"recovery.vitals.flag.{sign.flag}", lang) if sign.flag else "",
    }


def _hours_minutes(minutes: int) -> str:
    return f"{minutes // 60} h {minutes % 60:02d} min"


def _component_value(component: Component, lang: str) -> str:
    if component.key == "duration":
        return f"{format_number(component.value, lang)} h"
    if component.key in ("efficiency", "restorative"):
        return f"{format_number(component.value, lang)} %"
    return f"{_n(component.value, lang)} min"


def _span_words(bed: str, wake: str, in_bed: int, asleep: int, lang: str) -> str:
    return translate(
        "recovery.sleep.span",
        lang,
        bed=bed,
        wake=wake,
        in_bed=_hours_minutes(in_bed),
        asleep=_hours_minutes(asleep),
    )


def night_row_words(row: LogRow, lang: str, system: str) -> str:
    """A night sent later or asked about (recovery.offline): its
    span, or only the time asleep of an imported night without bed times."""
    asleep = round(row.values["asleep"])
    if "bed" not in row.details:
        return translate("recovery.sleep.asleep_only", lang, asleep=_hours_minutes(asleep))
    in_bed = round(row.values["in_bed"])
    return _span_words(row.details["bed"], row.details["wake"], in_bed, asleep, lang)


def night_words(night: SleepNight, lang: str) -> dict[str, str]:
    """The night's heading, span, score and notes."""
    words = {
        "date": format_date(night.date, lang),
        "span": ""
        if night.bed is None
        else _span_words(
            f"{night.bed:%H:%M}", f"{night.wake:%H:%M}", night.in_bed, night.asleep, lang
        ),
        "score": translate("recovery.sleep.no_score", lang)
        if night.score is None
        else translate("recovery.sleep.score", lang, score=night.score.score),
        "stages": " · ".join(
            f"{translate(f'recovery.sleep.stage.{stage}', lang)} {minutes} min"
            for stage, minutes in night.stages.items()
        ),
        "quality": ""
        if night.quality is None
        else translate("recovery.sleep.quality_value", lang, n=night.quality),
    }
    return words


def clock_hours(moment: datetime | None) -> float | None:
    """A wall-clock time as hours around midnight, -12 … 12 (23:30 is -0.5,
    06:30 is 6.5): bed and wake times of many nights on one axis."""
    if moment is None:
        return None
    hours = moment.hour + moment.minute / 60
    return round(hours - 24 if hours >= 12 else hours, 2)


# The bed/wake chart's axis: every two hours from 18:00 to 14:00.
CLOCK_TICKS = list(range(-6, 15, 2))
CLOCK_LABELS = [f"{tick % 24:02d}:00" for tick in CLOCK_TICKS]


def night_charts(nights: list[SleepNight]) -> dict:
    """The Sleep page's charts of `nights` (newest first), oldest first: the
    hours asleep with the recommended band for the age that night, the
    minutes of each stage (stacked), the sleep score, and bed and wake times
    as hours around midnight (clock_hours), with their x axis
    (core.series.DateAxis.as_state)."""
    shown = [n for n in reversed(nights) if n.asleep > 0]
    dates = [n.date.isoformat() for n in shown]
    return {
        "dates": dates,
        "hours": [round(n.asleep / 60, 1) for n in shown],
        "need_low": [n.need[0] for n in shown],
        "need_high": [n.need[1] for n in shown],
        "stages": {s: [n.stages.get(s) for n in shown] for s in SLEEP_STAGES},
        "scores": [None if n.score is None else n.score.score for n in shown],
        "bed": [clock_hours(n.bed) for n in shown],
        "wake": [clock_hours(n.wake) for n in shown],
        "axis": date_axis(dates).as_state(),
    }


# The hypnogram's levels, deep at the bottom as sleep apps draw it.
HYPNOGRAM_LEVELS = {"deep": 0, "light": 1, "rem": 2, "awake": 3}


def hypnogram(nights: list[SleepNight]) -> dict:
    """The stages over the newest night (of `nights`, newest first) that
    has recorded intervals, as a step line: times (local ISO) and levels
    (HYPNOGRAM_LEVELS), a gap between intervals drawn as awake. Empty
    without such a night."""
    night = next((n for n in nights if n.intervals), None)
    if night is None:
        return {}
    times: list[str] = []
    levels: list[int] = []
    end = None
    for stage, start, stop in night.intervals:
        if end is not None and start > end:
            times.append(end.isoformat())
            levels.append(HYPNOGRAM_LEVELS["awake"])
        times.append(start.isoformat())
        levels.append(HYPNOGRAM_LEVELS[stage])
        end = stop if end is None else max(end, stop)
    times.append(end.isoformat())
    levels.append(levels[-1])
    return {"date": night.date, "times": times, "levels": levels}


def component_words(night: SleepNight, component: Component, lang: str) -> dict[str, str]:
    low, high = night.need
    return {
        "label": translate(
            f"recovery.sleep.component.{component.key}",
            lang,
            low=format_number(low, lang, decimals=0),
            high=format_number(high, lang, decimals=0),
        ),
        "text": translate(
            "recovery.sleep.component",
            lang,
            value=_component_value(component, lang),
            percent=_n(component.fraction * 100, lang),
            weight=component.weight,
        ),
    }


def readiness_words(result: Readiness, lang: str) -> dict[str, str]:
    if result.learning:
        headline = translate(
            "recovery.readiness.learning", lang, n=result.days_of_data, needed=LEARNING_DAYS
        )
    elif result.score is None:
        headline = translate("recovery.readiness.no_inputs", lang)
    else:
        headline = translate("recovery.readiness.score", lang, score=result.score)
    return {"headline": headline}


def readiness_input_words(item: ReadinessInput, lang: str) -> dict[str, str]:
    """Why the input counts as it does, and what it contributes."""
    return {
        "reason": translate(
            f"recovery.readiness.{item.key}.{item.reason}",
            lang,
            value=format_number(item.value, lang, decimals=2 if item.key == "load" else 0),
            usual="" if item.usual is None else format_number(item.usual, lang, decimals=0),
        ),
        "points": translate(
            "recovery.readiness.points",
            lang,
            points=format_number(item.points, lang),
            weight=item.weight,
        ),
    }


def rest_words(row: RestDayRow, lang: str) -> dict[str, str]:
    return {
        "date": format_date(row.date, lang),
        "preset": translate(f"recovery.rest.preset.{row.preset}", lang),
    }


def weekday_words(
    day, rows: list[RestDayRow], sessions: list[WeekSession], lang: str
) -> dict[str, str]:
    """A cell of the week strip: "Mon", "30", the day's rest presets and its
    training sessions ("Running 45 min")."""
    presets = " · ".join(translate(f"recovery.rest.preset.{r.preset}", lang) for r in rows)
    return {
        "weekday": format_date_skeleton(day, lang, "E"),
        "day": format_date_skeleton(day, lang, "d"),
        "rest": presets or translate("recovery.rest.none", lang),
        "training": " · ".join(session_words(s, lang) for s in sessions),
    }
