"""Placeholders for AI prompt templates: ``{{weight_avg_7d}}`` in a prompt
becomes the profile's value, e.g. ``82,4 kg``.

The registry maps each name to what it means (German and English
description, unit, the window of days it looks at) and to a pure function
that computes it from a ``ProfileData`` snapshot and the user's ``today``.
Values stay in the SI/metric units they are stored in (the AI reads them);
``format_value`` turns a value into the text put into the prompt, in the
user's language. Data a profile lacks gives None, shown as "keine Daten" /
"no data": never a crash and never a made-up number.

Windows count calendar days up to and including ``today``: "7 days" is
today and the six days before it. Entries dated after ``today`` are ignored.
Counts are 0 when the profile keeps that log but has nothing in the window,
and None (no data) when it has never logged anything there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from mitai_app.domain import body
from mitai_app.domain.formatting import format_date, format_number

PLACEHOLDER = re.compile(r"\{\{\s*([a-z0-9_.]+)\s*\}\}")
NO_DATA = {"de": "keine Daten", "en": "no data"}


# --- templates ----------------------------------------------------------------------------


def referenced(template: str) -> list[str]:
    """The placeholder names in ``template``, each once, in order of first use."""
    return list(dict.fromkeys(PLACEHOLDER.findall(template)))


def unknown(template: str, known: Iterable[str]) -> list[str]:
    """The names ``template`` uses that are not in ``known``, in order of first use."""
    names = set(known)
    return [name for name in referenced(template) if name not in names]


def render(template: str, values: Mapping[str, str]) -> str:
    """``template`` with every ``{{name}}`` replaced by ``values[name]``; a name
    missing from ``values`` is left as written (callers validate first)."""
    return PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group(0)), template)


# --- values and their display -------------------------------------------------------------


@dataclass(frozen=True)
class Localized:
    """A text value that reads differently in German and English (a category,
    a list of goals); numbers inside are already formatted for each language."""

    de: str
    en: str

    def text(self, lang: str) -> str:
        return self.de if lang == "de" else self.en


Value = float | int | str | date | Localized | None

# Decimals shown per unit; other numbers: whole numbers as they are, other
# values with two decimals below 10 and one from 10 on.
_DECIMALS = {
    "kg": 1,
    "cm": 1,
    "%": 1,
    "kg/m²": 1,
    "kg/week": 2,
    "kcal": 0,
    "g": 0,
    "g/kg": 1,
    "l": 1,
    "h": 1,
    "min": 0,
    "bpm": 0,
    "ms": 0,
    "mmHg": 0,
    "ml/kg/min": 1,
    "years": 0,
    "km": 1,
    "/min": 0,
    "pts": 0,
}


def _decimals(value: float | int, unit: str) -> int:
    if unit in _DECIMALS:
        return _DECIMALS[unit]
    if isinstance(value, int):
        return 0
    return 2 if abs(value) < 10 else 1


def format_number_in(value: float | int, unit: str, lang: str) -> str:
    """A number rounded for ``unit`` with the language's decimal separator,
    followed by the unit (if any): ``82,4 kg``, ``0.52``."""
    number = format_number(value, lang, decimals=_decimals(value, unit))
    return f"{number} {unit}" if unit else number


def format_value(value: Value, unit: str, lang: str) -> str:
    """The text a prompt shows for ``value``: None -> "keine Daten"/"no data";
    numbers rounded (see ``_DECIMALS``) with the language's decimal separator
    and the unit; dates in the language's medium format; texts as they are,
    with the unit if one is named."""
    if value is None:
        return NO_DATA.get(lang, NO_DATA["en"])
    if isinstance(value, Localized):
        return value.text(lang)
    if isinstance(value, date):
        return format_date(value, lang)
    if isinstance(value, str):
        return f"{value} {unit}" if unit else value
    return format_number_in(value, unit, lang)


# --- the data a profile has ---------------------------------------------------------------


@dataclass(frozen=True)
class ProfileFacts:
    display_name: str | None = None
    sex: str | None = None  # "male", "female" or None
    date_of_birth: date | None = None
    height_cm: float | None = None
    language: str | None = None
    timezone: str | None = None


@dataclass(frozen=True)
class Circumference:
    date: date
    neck: float | None = None
    chest: float | None = None
    waist: float | None = None
    hips: float | None = None
    thigh: float | None = None
    calf: float | None = None
    biceps: float | None = None
    forearm: float | None = None


@dataclass(frozen=True)
class Caliper:
    date: date
    body_fat_pct: float | None = None
    formula: str | None = None


@dataclass(frozen=True)
class Activity:
    date: date
    minutes: float | None = None
    kcal: float | None = None
    category: str | None = None  # a TRAINING_CATEGORIES key
    avg_hr: float | None = None
    distance_km: float | None = None


@dataclass(frozen=True)
class Nutrition:
    """One nutrition_log row; a day can have several (meals)."""

    date: date
    kcal: float | None = None
    protein_g: float | None = None
    carbs_g: float | None = None
    fat_g: float | None = None
    fiber_g: float | None = None
    water_l: float | None = None


@dataclass(frozen=True)
class Sleep:
    date: date
    minutes: float | None = None
    quality: float | None = None
    deep_minutes: float | None = None
    rem_minutes: float | None = None


@dataclass(frozen=True)
class Vitals:
    date: date
    resting_hr: float | None = None
    hrv: float | None = None
    vo2_max: float | None = None
    spo2: float | None = None
    respiratory_rate: float | None = None


@dataclass(frozen=True)
class BloodPressure:
    date: date  # the day it was measured in the profile's time zone
    systolic: float
    diastolic: float
    pulse: float | None = None


@dataclass(frozen=True)
class Goal:
    title: str
    goal_type: str  # a goal_type_definitions type_key
    target_value: float
    type_name_de: str = ""
    type_name_en: str = ""
    unit: str = ""
    start_value: float | None = None
    current_value: float | None = None  # as stored; live data wins (see goal_current)
    target_date: date | None = None
    is_primary: bool = False
    priority: int = 0


@dataclass(frozen=True)
class FocusArea:
    name_de: str
    name_en: str
    weight: float  # 0–100, the user's emphasis


@dataclass(frozen=True)
class ProfileData:
    """What the placeholders are computed from: the profile, recent rows of
    every log (the service loads the windows needed plus each log's latest
    entry), the active goals, the focus areas and all-time entry counts
    (``totals`` by table name)."""

    profile: ProfileFacts = field(default_factory=ProfileFacts)
    weights: Sequence[body.Point] = ()
    circumferences: Sequence[Circumference] = ()
    calipers: Sequence[Caliper] = ()
    activities: Sequence[Activity] = ()
    nutrition: Sequence[Nutrition] = ()
    sleep: Sequence[Sleep] = ()
    vitals: Sequence[Vitals] = ()
    blood_pressure: Sequence[BloodPressure] = ()
    rest_days: Sequence[date] = ()
    goals: Sequence[Goal] = ()
    focus_areas: Sequence[FocusArea] = ()
    totals: Mapping[str, int] = field(default_factory=dict)


# --- the registry -------------------------------------------------------------------------

Compute = Callable[[ProfileData, date], Value]


@dataclass(frozen=True)
class PlaceholderInfo:
    name: str
    description_de: str
    description_en: str
    unit: str  # "" if none
    window: str  # "latest", "7 days", "30 days", "90 days", "365 days", "all"


@dataclass(frozen=True)
class Placeholder:
    info: PlaceholderInfo
    compute: Compute


REGISTRY: dict[str, Placeholder] = {}
_NAME = re.compile(r"[a-z0-9_]+")


def _add(name: str, unit: str, window: str, de: str, en: str, compute: Compute) -> None:
    if not _NAME.fullmatch(name) or name in REGISTRY:
        raise ValueError(f"placeholder name {name!r} is invalid or taken")
    REGISTRY[name] = Placeholder(PlaceholderInfo(name, de, en, unit, window), compute)


def _window(days: int | None) -> str:
    return "all" if days is None else f"{days} days"


# --- helpers over rows --------------------------------------------------------------------


def _within(rows: Iterable[Any], today: date, days: int) -> list[Any]:
    """The rows dated in the ``days`` calendar days up to and including today."""
    start = today - timedelta(days=days - 1)
    return [row for row in rows if start <= row.date <= today]


def _values(rows: Iterable[Any], attr: str) -> list[float]:
    return [float(v) for v in (getattr(row, attr) for row in rows) if v is not None]


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _latest(rows: Iterable[Any], attr: str, today: date) -> tuple[date, float] | None:
    """The date and value of the newest row up to today where ``attr`` is set."""
    best: tuple[date, float] | None = None
    for row in rows:
        value = getattr(row, attr)
        if value is not None and row.date <= today and (best is None or row.date > best[0]):
            best = (row.date, float(value))
    return best


def _latest_date(rows: Iterable[Any], attr: str, today: date) -> date | None:
    found = _latest(rows, attr, today)
    return None if found is None else found[0]


def _latest_value(rows: Iterable[Any], attr: str, today: date) -> float | None:
    found = _latest(rows, attr, today)
    return None if found is None else found[1]


def _change(rows: Iterable[Any], attr: str, today: date, days: int) -> float | None:
    """Last minus first value of ``attr`` within the window (needs two entries)."""
    points = sorted(
        (row.date, float(v))
        for row in _within(rows, today, days)
        if (v := getattr(row, attr)) is not None
    )
    return points[-1][1] - points[0][1] if len(points) >= 2 else None


def _keeps(data: ProfileData, table: str, rows: Sequence[Any]) -> bool:
    """Whether the profile has ever logged anything in ``table``."""
    return bool(rows) or data.totals.get(table, 0) > 0


def _safe(function: Callable[..., float], *args: Any, **kwargs: Any) -> float | None:
    """``function``'s result, or None when an input is missing or refused."""
    if any(value is None for value in (*args, *kwargs.values())):
        return None
    try:
        return function(*args, **kwargs)
    except ValueError:
        return None


def age(born: date, today: date) -> int:
    """Completed years of life on ``today``."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


@dataclass(frozen=True)
class _WeightRow:
    date: date
    weight: float


def _weight_rows(data: ProfileData) -> list[_WeightRow]:
    return [_WeightRow(d, w) for d, w in data.weights]


# --- profile ------------------------------------------------------------------------------

_SEX_NAMES = {"male": Localized("männlich", "male"), "female": Localized("weiblich", "female")}
_LANGUAGE_NAMES = {"de": Localized("Deutsch", "German"), "en": Localized("Englisch", "English")}


def _profile_age(data: ProfileData, today: date) -> int | None:
    born = data.profile.date_of_birth
    return None if born is None or born > today else age(born, today)


_add(
    "profile_name",
    "",
    "latest",
    "Anzeigename",
    "Display name",
    lambda d, t: d.profile.display_name or None,
)
_add("profile_age", "years", "latest", "Alter in Jahren", "Age in years", _profile_age)
_add(
    "profile_sex",
    "",
    "latest",
    "Geschlecht",
    "Sex",
    lambda d, t: _SEX_NAMES.get(d.profile.sex or ""),
)
_add("profile_height", "cm", "latest", "Körpergröße", "Height", lambda d, t: d.profile.height_cm)
_add(
    "profile_language",
    "",
    "latest",
    "Sprache des Profils",
    "The profile's language",
    lambda d, t: _LANGUAGE_NAMES.get(d.profile.language or ""),
)
_add(
    "profile_timezone",
    "",
    "latest",
    "Zeitzone (IANA)",
    "Time zone (IANA)",
    lambda d, t: d.profile.timezone or None,
)
_add("today", "", "latest", "Heutiges Datum des Nutzers", "The user's date today", lambda d, t: t)


# --- weight -------------------------------------------------------------------------------


def _weight_latest(data: ProfileData, today: date) -> float | None:
    return _latest_value(_weight_rows(data), "weight", today)


def _weight_avg(days: int) -> Compute:
    return lambda d, t: _mean(_values(_within(_weight_rows(d), t, days), "weight"))


def _weight_trend(data: ProfileData, today: date) -> float | None:
    points = [(d, w) for d, w in data.weights if d <= today]
    trend = body.smoothed_trend(points)
    return trend[-1][1] if trend else None


def _weight_weekly_rate(data: ProfileData, today: date) -> float | None:
    window = [
        (r.date, r.weight) for r in _within(_weight_rows(data), today, body.WEEKLY_RATE_WINDOW_DAYS)
    ]
    return body.weekly_rate(window)


def _count(table: str, rows_of: Callable[[ProfileData], Sequence[Any]], days: int) -> Compute:
    def compute(data: ProfileData, today: date) -> int | None:
        rows = rows_of(data)
        return len(_within(rows, today, days)) if _keeps(data, table, rows) else None

    return compute


def _total(table: str) -> Compute:
    return lambda d, t: d.totals.get(table) or None


_add("weight_latest", "kg", "latest", "Letztes Gewicht", "Latest weight", _weight_latest)
_add(
    "weight_latest_date",
    "",
    "latest",
    "Datum des letzten Gewichts",
    "Date of the latest weight",
    lambda d, t: _latest_date(_weight_rows(d), "weight", t),
)
for _days in (7, 30, 90):
    _add(
        f"weight_avg_{_days}d",
        "kg",
        _window(_days),
        f"Durchschnittsgewicht der letzten {_days} Tage",
        f"Average weight over the last {_days} days",
        _weight_avg(_days),
    )
_add(
    "weight_min_30d",
    "kg",
    "30 days",
    "Niedrigstes Gewicht der letzten 30 Tage",
    "Lowest weight over the last 30 days",
    lambda d, t: min(_values(_within(_weight_rows(d), t, 30), "weight"), default=None),
)
_add(
    "weight_max_30d",
    "kg",
    "30 days",
    "Höchstes Gewicht der letzten 30 Tage",
    "Highest weight over the last 30 days",
    lambda d, t: max(_values(_within(_weight_rows(d), t, 30), "weight"), default=None),
)
for _days in (30, 90):
    _add(
        f"weight_change_{_days}d",
        "kg",
        _window(_days),
        f"Gewichtsänderung in den letzten {_days} Tagen (letzter minus erster Eintrag)",
        f"Weight change over the last {_days} days (last minus first entry)",
        lambda d, t, days=_days: _change(_weight_rows(d), "weight", t, days),
    )
_add(
    "weight_trend_kg",
    "kg",
    "365 days",
    "Geglätteter Gewichtstrend (Hacker's Diet, 10 %)",
    "Smoothed weight trend (Hacker's Diet, 10 %)",
    _weight_trend,
)
_add(
    "weight_trend_weekly_kg",
    "kg/week",
    "28 days",
    "Gewichtsänderung pro Woche (Regressionsgerade der letzten 28 Tage)",
    "Weight change per week (least-squares slope over the last 28 days)",
    _weight_weekly_rate,
)
_add(
    "weight_count_30d",
    "",
    "30 days",
    "Anzahl Gewichtseinträge in den letzten 30 Tagen",
    "Number of weight entries over the last 30 days",
    _count("weight_log", _weight_rows, 30),
)
_add(
    "weight_count_total",
    "",
    "all",
    "Anzahl aller Gewichtseinträge",
    "Number of all weight entries",
    _total("weight_log"),
)
