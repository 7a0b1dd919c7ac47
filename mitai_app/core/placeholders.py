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
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from mitai_app.body import formulas as body
from mitai_app.core.formatting import format_date, format_number
from mitai_app.training.data import TRAINING_CATEGORIES

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

RowsOf = Callable[[ProfileData], Sequence[Any]]


def _within(rows: Iterable[Any], today: date, days: int) -> list[Any]:
    """The rows dated in the ``days`` calendar days up to and including today."""
    start = today - timedelta(days=days - 1)
    return [row for row in rows if start <= row.date <= today]


def _values(rows: Iterable[Any], attr: str) -> list[float]:
    return [float(v) for v in (getattr(row, attr) for row in rows) if v is not None]


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _latest_row(rows: Iterable[Any], attr: str | None, today: date) -> Any:
    """The newest row up to today (where ``attr`` is set, if named); of rows
    on the same day the later one in ``rows`` counts as newer."""
    best = None
    for row in rows:
        recorded = attr is None or getattr(row, attr) is not None
        if recorded and row.date <= today and (best is None or row.date >= best.date):
            best = row
    return best


def _keeps(data: ProfileData, table: str, rows: Sequence[Any]) -> bool:
    """Whether the profile has ever logged anything in ``table``."""
    return bool(rows) or data.totals.get(table, 0) > 0


def _safe(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``function``'s result, or None when an input is missing or refused
    (the body formulas raise ValueError outside their plausible ranges)."""
    if any(value is None for value in (*args, *kwargs.values())):
        return None
    try:
        return function(*args, **kwargs)
    except ValueError:
        return None


def age(born: date, today: date) -> int:
    """Completed years of life on ``today``."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


# Builders of compute functions, shared by every log.


def _latest_of(rows_of: RowsOf, attr: str) -> Compute:
    def compute(data: ProfileData, today: date) -> float | None:
        row = _latest_row(rows_of(data), attr, today)
        return None if row is None else float(getattr(row, attr))

    return compute


def _latest_date_of(rows_of: RowsOf, attr: str | None = None) -> Compute:
    def compute(data: ProfileData, today: date) -> date | None:
        row = _latest_row(rows_of(data), attr, today)
        return None if row is None else row.date

    return compute


def _avg(rows_of: RowsOf, attr: str, days: int, scale: float = 1.0) -> Compute:
    def compute(data: ProfileData, today: date) -> float | None:
        mean = _mean(_values(_within(rows_of(data), today, days), attr))
        return None if mean is None else mean * scale

    return compute


def _extreme(rows_of: RowsOf, attr: str, days: int, pick: Callable[..., float]) -> Compute:
    return lambda d, t: pick(_values(_within(rows_of(d), t, days), attr), default=None)


def _change(rows_of: RowsOf, attr: str, days: int) -> Compute:
    """Last minus first value of ``attr`` within the window (needs two entries)."""

    def compute(data: ProfileData, today: date) -> float | None:
        points = sorted(
            (row.date, float(v))
            for row in _within(rows_of(data), today, days)
            if (v := getattr(row, attr)) is not None
        )
        return points[-1][1] - points[0][1] if len(points) >= 2 else None

    return compute


def _count(
    table: str, rows_of: RowsOf, days: int, keep: Callable[[Any], bool] | None = None
) -> Compute:
    """Rows in the window (those ``keep`` accepts); 0 for a log kept but empty
    in the window, None for a log never kept."""

    def compute(data: ProfileData, today: date) -> int | None:
        rows = rows_of(data)
        if not _keeps(data, table, rows):
            return None
        return sum(1 for row in _within(rows, today, days) if keep is None or keep(row))

    return compute


def _sum(
    table: str, rows_of: RowsOf, attr: str, days: int, keep: Callable[[Any], bool] | None = None
) -> Compute:
    """The sum of ``attr`` in the window: 0 when the window has no rows, None
    when its rows do not record ``attr`` (or the log was never kept)."""

    def compute(data: ProfileData, today: date) -> float | None:
        rows = rows_of(data)
        if not _keeps(data, table, rows):
            return None
        window = [row for row in _within(rows, today, days) if keep is None or keep(row)]
        values = _values(window, attr)
        if window and not values:
            return None
        return sum(values)

    return compute


def _total(table: str) -> Compute:
    return lambda d, t: d.totals.get(table) or None


def _localized(classification: body.Classification | None) -> Localized | None:
    if classification is None:
        return None
    return Localized(classification.label_de, classification.label_en)


def _weight_rows(data: ProfileData) -> list[_WeightRow]:
    return [_WeightRow(d, w) for d, w in data.weights]


@dataclass(frozen=True)
class _WeightRow:
    date: date
    weight: float


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


def _weight_trend(data: ProfileData, today: date) -> float | None:
    trend = body.smoothed_trend([(d, w) for d, w in data.weights if d <= today])
    return trend[-1][1] if trend else None


def _weight_weekly_rate(data: ProfileData, today: date) -> float | None:
    window = _within(_weight_rows(data), today, body.WEEKLY_RATE_WINDOW_DAYS)
    return body.weekly_rate([(row.date, row.weight) for row in window])


_weight_latest = _latest_of(_weight_rows, "weight")

_add("weight_latest", "kg", "latest", "Letztes Gewicht", "Latest weight", _weight_latest)
_add(
    "weight_latest_date",
    "",
    "latest",
    "Datum des letzten Gewichts",
    "Date of the latest weight",
    _latest_date_of(_weight_rows),
)
for _days in (7, 30, 90):
    _add(
        f"weight_avg_{_days}d",
        "kg",
        _window(_days),
        f"Durchschnittsgewicht der letzten {_days} Tage",
        f"Average weight over the last {_days} days",
        _avg(_weight_rows, "weight", _days),
    )
_add(
    "weight_min_30d",
    "kg",
    "30 days",
    "Niedrigstes Gewicht der letzten 30 Tage",
    "Lowest weight over the last 30 days",
    _extreme(_weight_rows, "weight", 30, min),
)
_add(
    "weight_max_30d",
    "kg",
    "30 days",
    "Höchstes Gewicht der letzten 30 Tage",
    "Highest weight over the last 30 days",
    _extreme(_weight_rows, "weight", 30, max),
)
for _days in (30, 90):
    _add(
        f"weight_change_{_days}d",
        "kg",
        _window(_days),
        f"Gewichtsänderung in den letzten {_days} Tagen (letzter minus erster Eintrag)",
        f"Weight change over the last {_days} days (last minus first entry)",
        _change(_weight_rows, "weight", _days),
    )
_add(
    "weight_trend_kg",
    "kg",
    "365 days",
    "Geglätteter Gewichtstrend (Hacker's Diet, 10 % je Tag)",
    "Smoothed weight trend (Hacker's Diet, 10 % a day)",
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


# --- circumferences -----------------------------------------------------------------------

_SITES = (
    ("neck", "Halsumfang", "Neck circumference"),
    ("chest", "Brustumfang", "Chest circumference"),
    ("waist", "Taillenumfang", "Waist circumference"),
    ("hips", "Hüftumfang", "Hip circumference"),
    ("thigh", "Oberschenkelumfang", "Thigh circumference"),
    ("calf", "Wadenumfang", "Calf circumference"),
    ("biceps", "Oberarmumfang (Bizeps)", "Upper-arm circumference (biceps)"),
    ("forearm", "Unterarmumfang", "Forearm circumference"),
)


def _circumferences(data: ProfileData) -> Sequence[Circumference]:
    return data.circumferences


for _site, _de, _en in _SITES:
    _add(
        f"{_site}_latest",
        "cm",
        "latest",
        f"{_de}, letzte Messung",
        f"{_en}, latest measurement",
        _latest_of(_circumferences, _site),
    )
_add(
    "waist_change_90d",
    "cm",
    "90 days",
    "Änderung des Taillenumfangs in den letzten 90 Tagen (letzte minus erste Messung)",
    "Waist change over the last 90 days (last minus first measurement)",
    _change(_circumferences, "waist", 90),
)
_add(
    "circumference_latest_date",
    "",
    "latest",
    "Datum der letzten Umfangsmessung",
    "Date of the latest tape measurement",
    _latest_date_of(_circumferences),
)
_add(
    "circumference_count_total",
    "",
    "all",
    "Anzahl aller Umfangsmessungen",
    "Number of all tape measurements",
    _total("circumference_log"),
)


# --- caliper (body fat) -------------------------------------------------------------------

_FORMULA_NAMES = {
    "jp3": "Jackson-Pollock 3",
    "jp7": "Jackson-Pollock 7",
    "jp4": "Jackson-Pollock 4",
    "dw4": "Durnin-Womersley",
    "navy": "U.S. Navy",
}


def _calipers(data: ProfileData) -> Sequence[Caliper]:
    return data.calipers


def _body_fat_method(data: ProfileData, today: date) -> str | None:
    row = _latest_row(data.calipers, "body_fat_pct", today)
    if row is None or row.formula is None:
        return None
    return _FORMULA_NAMES.get(row.formula, row.formula)


_body_fat_latest = _latest_of(_calipers, "body_fat_pct")

_add(
    "body_fat_latest",
    "%",
    "latest",
    "Körperfettanteil, letzte Caliper-Messung",
    "Body fat, latest caliper measurement",
    _body_fat_latest,
)
_add(
    "body_fat_latest_date",
    "",
    "latest",
    "Datum der letzten Körperfettmessung",
    "Date of the latest body fat measurement",
    _latest_date_of(_calipers, "body_fat_pct"),
)
_add(
    "body_fat_method_latest",
    "",
    "latest",
    "Formel der letzten Körperfettmessung",
    "Formula of the latest body fat measurement",
    _body_fat_method,
)
_add(
    "body_fat_change_90d",
    "%",
    "90 days",
    "Änderung des Körperfettanteils in den letzten 90 Tagen (Prozentpunkte)",
    "Body fat change over the last 90 days (percentage points)",
    _change(_calipers, "body_fat_pct", 90),
)
_add(
    "caliper_count_total",
    "",
    "all",
    "Anzahl aller Caliper-Messungen",
    "Number of all caliper measurements",
    _total("caliper_log"),
)


# --- derived body values (formulas in domain/body.py) -------------------------------------

_waist = _latest_of(_circumferences, "waist")
_hips = _latest_of(_circumferences, "hips")
_neck = _latest_of(_circumferences, "neck")


def _bmi(data: ProfileData, today: date) -> float | None:
    return _safe(body.bmi, _weight_latest(data, today), data.profile.height_cm)


def _whtr(data: ProfileData, today: date) -> float | None:
    return _safe(body.waist_to_height_ratio, _waist(data, today), data.profile.height_cm)


def _whr(data: ProfileData, today: date) -> float | None:
    return _safe(body.waist_to_hip_ratio, _waist(data, today), _hips(data, today))


def _navy(data: ProfileData, today: date) -> float | None:
    # Only women's formula uses the hip.
    hips = {"hip_cm": _hips(data, today)} if data.profile.sex == "female" else {}
    return _safe(
        body.navy_body_fat,
        sex=data.profile.sex,
        height_cm=data.profile.height_cm,
        neck_cm=_neck(data, today),
        waist_cm=_waist(data, today),
        **hips,
    )


def _rfm(data: ProfileData, today: date) -> float | None:
    return _safe(
        body.relative_fat_mass,
        sex=data.profile.sex,
        height_cm=data.profile.height_cm,
        waist_cm=_waist(data, today),
    )


def _fat_mass(data: ProfileData, today: date) -> float | None:
    return _safe(body.fat_mass, _weight_latest(data, today), _body_fat_latest(data, today))


def _lean_mass(data: ProfileData, today: date) -> float | None:
    return _safe(body.lean_mass, _weight_latest(data, today), _body_fat_latest(data, today))


def _ffmi(data: ProfileData, today: date) -> float | None:
    return _safe(body.ffmi, _lean_mass(data, today), data.profile.height_cm)


def _normalized_ffmi(data: ProfileData, today: date) -> float | None:
    return _safe(body.normalized_ffmi, _lean_mass(data, today), data.profile.height_cm)


def _body_fat_category(data: ProfileData, today: date) -> Localized | None:
    years = _profile_age(data, today)
    return _localized(
        _safe(body.classify_body_fat, _body_fat_latest(data, today), data.profile.sex, years)
    )


_add(
    "bmi",
    "kg/m²",
    "latest",
    "Body-Mass-Index aus letztem Gewicht und Größe",
    "Body mass index from the latest weight and height",
    _bmi,
)
_add(
    "bmi_category",
    "",
    "latest",
    "BMI-Kategorie (WHO)",
    "BMI category (WHO)",
    lambda d, t: _localized(_safe(body.classify_bmi, _bmi(d, t))),
)
_add(
    "whtr",
    "",
    "latest",
    "Taille-Größe-Verhältnis (letzte Taille / Größe)",
    "Waist-to-height ratio (latest waist / height)",
    _whtr,
)
_add(
    "whtr_category",
    "",
    "latest",
    "Einstufung des Taille-Größe-Verhältnisses (Ashwell)",
    "Waist-to-height ratio category (Ashwell)",
    lambda d, t: _localized(_safe(body.classify_waist_to_height, _whtr(d, t))),
)
_add(
    "whr",
    "",
    "latest",
    "Taille-Hüft-Verhältnis (letzte Messungen)",
    "Waist-to-hip ratio (latest measurements)",
    _whr,
)
_add(
    "whr_category",
    "",
    "latest",
    "Einstufung des Taille-Hüft-Verhältnisses (WHO)",
    "Waist-to-hip ratio category (WHO)",
    lambda d, t: _localized(_safe(body.classify_waist_to_hip, _whr(d, t), d.profile.sex)),
)
_add(
    "waist_category",
    "",
    "latest",
    "Einstufung des Taillenumfangs (WHO/IDF)",
    "Waist circumference category (WHO/IDF)",
    lambda d, t: _localized(_safe(body.classify_waist, _waist(d, t), d.profile.sex)),
)
_add(
    "body_fat_navy",
    "%",
    "latest",
    "Körperfettanteil nach U.S.-Navy-Formel (Hals, Taille, Hüfte, Größe)",
    "Body fat by the U.S. Navy formula (neck, waist, hip, height)",
    _navy,
)
_add(
    "body_fat_rfm",
    "%",
    "latest",
    "Relative Fettmasse (RFM, aus Größe und Taille)",
    "Relative fat mass (RFM, from height and waist)",
    _rfm,
)
_add(
    "body_fat_category",
    "",
    "latest",
    "Einstufung des Körperfettanteils nach Geschlecht und Alter (Gallagher)",
    "Body fat category by sex and age (Gallagher)",
    _body_fat_category,
)
_add(
    "fat_mass",
    "kg",
    "latest",
    "Fettmasse (letztes Gewicht × letzter Caliper-Körperfettanteil)",
    "Fat mass (latest weight × latest caliper body fat)",
    _fat_mass,
)
_add(
    "lean_mass",
    "kg",
    "latest",
    "Fettfreie Masse (letztes Gewicht minus Fettmasse)",
    "Lean mass (latest weight minus fat mass)",
    _lean_mass,
)
_add(
    "ffmi",
    "kg/m²",
    "latest",
    "Fettfreie-Masse-Index",
    "Fat-free mass index",
    _ffmi,
)
_add(
    "ffmi_normalized",
    "kg/m²",
    "latest",
    "Fettfreie-Masse-Index, auf 1,80 m normiert",
    "Fat-free mass index normalised to 1.80 m",
    _normalized_ffmi,
)


# --- training (activity log) --------------------------------------------------------------


def _activities(data: ProfileData) -> Sequence[Activity]:
    return data.activities


def _activity_days(data: ProfileData, today: date) -> int | None:
    if not _keeps(data, "activity_log", data.activities):
        return None
    return len({row.date for row in _within(data.activities, today, 30)})


_sessions_28d = _count("activity_log", _activities, 28)


def _per_week(data: ProfileData, today: date) -> float | None:
    count = _sessions_28d(data, today)
    return None if count is None else count / 4


def _top_category(data: ProfileData, today: date) -> Localized | None:
    counts = Counter(row.category for row in _within(data.activities, today, 30) if row.category)
    # Ties go to the category listed first in the catalogue.
    ranked = sorted(TRAINING_CATEGORIES, key=lambda category: -counts.get(category.key, 0))
    if not ranked or counts.get(ranked[0].key, 0) == 0:
        return None
    return Localized(ranked[0].name.de, ranked[0].name.en)


for _days in (7, 30, 90):
    _add(
        f"training_count_{_days}d",
        "",
        _window(_days),
        f"Anzahl Trainingseinheiten in den letzten {_days} Tagen",
        f"Number of training sessions over the last {_days} days",
        _count("activity_log", _activities, _days),
    )
for _days in (7, 30):
    _add(
        f"training_minutes_{_days}d",
        "min",
        _window(_days),
        f"Trainingsminuten in den letzten {_days} Tagen",
        f"Training minutes over the last {_days} days",
        _sum("activity_log", _activities, "minutes", _days),
    )
    _add(
        f"training_kcal_{_days}d",
        "kcal",
        _window(_days),
        f"Beim Training verbrauchte kcal in den letzten {_days} Tagen",
        f"Calories burnt in training over the last {_days} days",
        _sum("activity_log", _activities, "kcal", _days),
    )
_add(
    "activity_days",
    "",
    "30 days",
    "Tage mit Training in den letzten 30 Tagen",
    "Days with training over the last 30 days",
    _activity_days,
)
_add(
    "training_per_week_28d",
    "",
    "28 days",
    "Trainingseinheiten pro Woche (Schnitt der letzten 4 Wochen)",
    "Training sessions per week (average of the last 4 weeks)",
    _per_week,
)
_add(
    "training_distance_30d",
    "km",
    "30 days",
    "Trainingsstrecke in den letzten 30 Tagen",
    "Training distance over the last 30 days",
    _sum("activity_log", _activities, "distance_km", 30),
)
_add(
    "training_avg_hr_30d",
    "bpm",
    "30 days",
    "Durchschnittspuls beim Training in den letzten 30 Tagen",
    "Average heart rate in training over the last 30 days",
    _avg(_activities, "avg_hr", 30),
)
_add(
    "training_last_date",
    "",
    "latest",
    "Datum des letzten Trainings",
    "Date of the latest training session",
    _latest_date_of(_activities),
)
_add(
    "training_count_total",
    "",
    "all",
    "Anzahl aller Trainingseinheiten",
    "Number of all training sessions",
    _total("activity_log"),
)
_add(
    "training_top_category_30d",
    "",
    "30 days",
    "Häufigste Trainingskategorie der letzten 30 Tage",
    "Most frequent training category over the last 30 days",
    _top_category,
)
for _category in TRAINING_CATEGORIES:
    _add(
        f"training_{_category.key}_count_30d",
        "",
        "30 days",
        f"Einheiten der Kategorie {_category.name.de} in den letzten 30 Tagen",
        f"{_category.name.en} sessions over the last 30 days",
        _count("activity_log", _activities, 30, lambda row, key=_category.key: row.category == key),
    )
    _add(
        f"training_{_category.key}_minutes_30d",
        "min",
        "30 days",
        f"Minuten der Kategorie {_category.name.de} in den letzten 30 Tagen",
        f"{_category.name.en} minutes over the last 30 days",
        _sum(
            "activity_log",
            _activities,
            "minutes",
            30,
            lambda row, key=_category.key: row.category == key,
        ),
    )


# --- nutrition ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Day:
    """A day and, where it has one, its total."""

    date: date
    value: float | None = None


def _daily_totals(attr: str) -> RowsOf:
    """One row per day with the sum of ``attr`` over that day's entries
    (a day can have several meals); days without ``attr`` are left out."""

    def rows_of(data: ProfileData) -> list[_Day]:
        totals: dict[date, float] = defaultdict(float)
        for row in data.nutrition:
            amount = getattr(row, attr)
            if amount is not None:
                totals[row.date] += float(amount)
        return [_Day(day, total) for day, total in totals.items()]

    return rows_of


_NUTRIENTS = (
    ("kcal", "kcal", "kcal", "Kalorienzufuhr", "Calorie intake", (7, 30)),
    ("protein", "protein_g", "g", "Proteinzufuhr", "Protein intake", (7, 30)),
    ("carbs", "carbs_g", "g", "Kohlenhydratzufuhr", "Carbohydrate intake", (7, 30)),
    ("fat", "fat_g", "g", "Fettzufuhr", "Fat intake", (7, 30)),
    ("fiber", "fiber_g", "g", "Ballaststoffzufuhr", "Fibre intake", (7, 30)),
    ("water", "water_l", "l", "Trinkmenge", "Water intake", (7, 30)),
)
for _name, _attr, _unit, _de, _en, _windows in _NUTRIENTS:
    for _days in _windows:
        _add(
            f"{_name}_avg_{_days}d",
            _unit,
            _window(_days),
            f"{_de} pro Tag, Schnitt der protokollierten Tage der letzten {_days} Tage",
            f"{_en} per day, average of the logged days over the last {_days} days",
            _avg(_daily_totals(_attr), "value", _days),
        )


def _protein_per_kg(data: ProfileData, today: date) -> float | None:
    protein = REGISTRY["protein_avg_7d"].compute(data, today)
    weight = _weight_latest(data, today)
    return None if protein is None or weight is None else protein / weight


def _nutrition_days(data: ProfileData, today: date) -> int | None:
    if not _keeps(data, "nutrition_log", data.nutrition):
        return None
    return len({row.date for row in _within(data.nutrition, today, 30)})


_add(
    "protein_per_kg_7d",
    "g/kg",
    "7 days",
    "Protein pro kg Körpergewicht und Tag (Schnitt 7 Tage / letztes Gewicht)",
    "Protein per kg body weight and day (7-day average / latest weight)",
    _protein_per_kg,
)
_add(
    "nutrition_days_30d",
    "",
    "30 days",
    "Tage mit Ernährungsprotokoll in den letzten 30 Tagen",
    "Days with a nutrition log over the last 30 days",
    _nutrition_days,
)


# --- sleep --------------------------------------------------------------------------------

MINUTES_PER_HOUR = 60
SHORT_NIGHT_MINUTES = 6 * MINUTES_PER_HOUR


def _sleep(data: ProfileData) -> Sequence[Sleep]:
    return data.sleep


_sleep_latest_minutes = _latest_of(_sleep, "minutes")


def _sleep_latest_h(data: ProfileData, today: date) -> float | None:
    minutes = _sleep_latest_minutes(data, today)
    return None if minutes is None else minutes / MINUTES_PER_HOUR


for _days in (7, 30):
    _add(
        f"sleep_avg_{_days}d_h",
        "h",
        _window(_days),
        f"Schlafdauer pro Nacht, Schnitt der letzten {_days} Tage",
        f"Sleep per night, average over the last {_days} days",
        _avg(_sleep, "minutes", _days, scale=1 / MINUTES_PER_HOUR),
    )
    _add(
        f"sleep_quality_avg_{_days}d",
        "pts",
        _window(_days),
        f"Schlafqualität (0–100), Schnitt der letzten {_days} Tage",
        f"Sleep quality (0–100), average over the last {_days} days",
        _avg(_sleep, "quality", _days),
    )
_add(
    "sleep_latest_h",
    "h",
    "latest",
    "Schlafdauer der letzten erfassten Nacht",
    "Sleep of the latest recorded night",
    _sleep_latest_h,
)
_add(
    "sleep_deep_avg_7d",
    "min",
    "7 days",
    "Tiefschlaf pro Nacht, Schnitt der letzten 7 Tage",
    "Deep sleep per night, average over the last 7 days",
    _avg(_sleep, "deep_minutes", 7),
)
_add(
    "sleep_rem_avg_7d",
    "min",
    "7 days",
    "REM-Schlaf pro Nacht, Schnitt der letzten 7 Tage",
    "REM sleep per night, average over the last 7 days",
    _avg(_sleep, "rem_minutes", 7),
)
_add(
    "sleep_nights_30d",
    "",
    "30 days",
    "Erfasste Nächte in den letzten 30 Tagen",
    "Recorded nights over the last 30 days",
    _count("sleep_log", _sleep, 30),
)
_add(
    "sleep_short_nights_30d",
    "",
    "30 days",
    "Nächte unter 6 Stunden in den letzten 30 Tagen",
    "Nights under 6 hours over the last 30 days",
    _count(
        "sleep_log",
        _sleep,
        30,
        lambda row: row.minutes is not None and row.minutes < SHORT_NIGHT_MINUTES,
    ),
)


# --- vitals baseline ----------------------------------------------------------------------


def _vitals(data: ProfileData) -> Sequence[Vitals]:
    return data.vitals


_VITALS = (
    ("resting_hr", "resting_hr", "bpm", "Ruhepuls", "Resting heart rate", (7, 30)),
    ("hrv", "hrv", "ms", "Herzratenvariabilität (HRV)", "Heart rate variability (HRV)", (7, 30)),
    ("vo2max", "vo2_max", "ml/kg/min", "VO2max", "VO2 max", (30,)),
    ("spo2", "spo2", "%", "Sauerstoffsättigung (SpO2)", "Oxygen saturation (SpO2)", (7,)),
    ("respiratory_rate", "respiratory_rate", "/min", "Atemfrequenz", "Respiratory rate", (7,)),
)
for _name, _attr, _unit, _de, _en, _windows in _VITALS:
    _add(
        f"{_name}_latest",
        _unit,
        "latest",
        f"{_de}, letzter Wert",
        f"{_en}, latest value",
        _latest_of(_vitals, _attr),
    )
    for _days in _windows:
        _add(
            f"{_name}_avg_{_days}d",
            _unit,
            _window(_days),
            f"{_de}, Schnitt der letzten {_days} Tage",
            f"{_en}, average over the last {_days} days",
            _avg(_vitals, _attr, _days),
        )


# --- blood pressure -----------------------------------------------------------------------

# ESC/ESH (2018, 2023): office blood pressure from 140 systolic or 90
# diastolic counts as hypertensive.
HIGH_SYSTOLIC = 140
HIGH_DIASTOLIC = 90


def _blood_pressure(data: ProfileData) -> Sequence[BloodPressure]:
    return data.blood_pressure


def _bp_latest(data: ProfileData, today: date) -> str | None:
    row = _latest_row(data.blood_pressure, None, today)
    return None if row is None else f"{row.systolic:.0f}/{row.diastolic:.0f}"


def _is_high(row: BloodPressure) -> bool:
    return row.systolic >= HIGH_SYSTOLIC or row.diastolic >= HIGH_DIASTOLIC


for _days in (7, 30):
    _add(
        f"bp_systolic_avg_{_days}d",
        "mmHg",
        _window(_days),
        f"Systolischer Blutdruck, Schnitt der letzten {_days} Tage",
        f"Systolic blood pressure, average over the last {_days} days",
        _avg(_blood_pressure, "systolic", _days),
    )
    _add(
        f"bp_diastolic_avg_{_days}d",
        "mmHg",
        _window(_days),
        f"Diastolischer Blutdruck, Schnitt der letzten {_days} Tage",
        f"Diastolic blood pressure, average over the last {_days} days",
        _avg(_blood_pressure, "diastolic", _days),
    )
_add(
    "bp_pulse_avg_30d",
    "bpm",
    "30 days",
    "Puls bei der Blutdruckmessung, Schnitt der letzten 30 Tage",
    "Pulse at blood pressure readings, average over the last 30 days",
    _avg(_blood_pressure, "pulse", 30),
)
_add(
    "bp_latest",
    "mmHg",
    "latest",
    "Letzte Blutdruckmessung (systolisch/diastolisch)",
    "Latest blood pressure reading (systolic/diastolic)",
    _bp_latest,
)
_add(
    "bp_latest_date",
    "",
    "latest",
    "Datum der letzten Blutdruckmessung",
    "Date of the latest blood pressure reading",
    _latest_date_of(_blood_pressure),
)
_add(
    "bp_count_30d",
    "",
    "30 days",
    "Anzahl Blutdruckmessungen in den letzten 30 Tagen",
    "Number of blood pressure readings over the last 30 days",
    _count("blood_pressure_log", _blood_pressure, 30),
)
_add(
    "bp_high_count_30d",
    "",
    "30 days",
    "Messungen ab 140 systolisch oder 90 diastolisch in den letzten 30 Tagen",
    "Readings of 140 systolic or 90 diastolic and above over the last 30 days",
    _count("blood_pressure_log", _blood_pressure, 30, _is_high),
)


# --- rest days ----------------------------------------------------------------------------


def _rest_days(data: ProfileData) -> list[_Day]:
    # One day counts once, however many focuses (strength, cardio, …) it rests.
    return [_Day(day) for day in set(data.rest_days)]


for _days in (7, 30):
    _add(
        f"rest_days_{_days}d",
        "",
        _window(_days),
        f"Ruhetage in den letzten {_days} Tagen",
        f"Rest days over the last {_days} days",
        _count("rest_days", _rest_days, _days),
    )
_add(
    "rest_day_last_date",
    "",
    "latest",
    "Datum des letzten Ruhetags",
    "Date of the latest rest day",
    _latest_date_of(_rest_days),
)


# --- goals and focus areas ----------------------------------------------------------------


# Where a goal type's current value comes from: the live data, so progress
# follows what was logged; other types use the goal's stored current value.
_GOAL_CURRENT: dict[str, Compute] = {
    "weight": _weight_latest,
    "body_fat": _body_fat_latest,
    "lean_mass": _lean_mass,
    "waist": _waist,
    "vo2max": REGISTRY["vo2max_latest"].compute,
    "training_frequency": _per_week,
    "resting_hr": REGISTRY["resting_hr_avg_7d"].compute,
    "hrv": REGISTRY["hrv_avg_7d"].compute,
    "blood_pressure": REGISTRY["bp_systolic_avg_7d"].compute,
    "sleep_duration": _avg(_sleep, "minutes", 7),
    "sleep_quality": REGISTRY["sleep_quality_avg_7d"].compute,
    "calorie_intake": REGISTRY["kcal_avg_7d"].compute,
    "protein_intake": REGISTRY["protein_avg_7d"].compute,
    "water_intake": REGISTRY["water_avg_7d"].compute,
}


def goal_current(goal: Goal, data: ProfileData, today: date) -> float | None:
    """The goal's current value: from the logged data for the known types
    (stored value if that data is missing), else the stored value."""
    live = _GOAL_CURRENT.get(goal.goal_type)
    current = live(data, today) if live else None
    return goal.current_value if current is None else float(current)


def goal_progress(start: float | None, current: float | None, target: float) -> float | None:
    """How much of the way from ``start`` to ``target`` is covered, in %:
    0 at the start, 100 at the target, below 0 when moving away, above 100
    past the target. None without a start or when start equals target."""
    if start is None or current is None or start == target:
        return None
    return (current - start) / (target - start) * 100


def _ordered_goals(data: ProfileData) -> list[Goal]:
    """The primary goal first, then by priority (higher first) and title."""
    return sorted(data.goals, key=lambda g: (not g.is_primary, -g.priority, g.title))


def _describe_goal(goal: Goal, data: ProfileData, today: date, lang: str) -> str:
    unit = goal.unit
    current = goal_current(goal, data, today)
    progress = goal_progress(goal.start_value, current, goal.target_value)
    title = goal.title
    kind = goal.type_name_de if lang == "de" else goal.type_name_en
    if kind and kind != title:
        title = f"{title} ({kind})"
    words = {
        "de": ("Ziel", "aktuell", "Fortschritt", "bis"),
        "en": ("target", "current", "progress", "by"),
    }[lang]
    parts = [f"{words[0]} {format_number_in(goal.target_value, unit, lang)}"]
    shown = NO_DATA[lang] if current is None else format_number_in(current, unit, lang)
    parts.append(f"{words[1]} {shown}")
    if progress is not None:
        parts.append(f"{words[2]} {format_number(progress, lang, decimals=0)} %")
    if goal.target_date is not None:
        parts.append(f"{words[3]} {format_date(goal.target_date, lang)}")
    return f"{title}: {', '.join(parts)}"


def _goals_text(goals: Sequence[Goal], data: ProfileData, today: date) -> Localized | None:
    if not goals:
        return None
    de, en = (
        "; ".join(_describe_goal(g, data, today, lang) for g in goals) for lang in ("de", "en")
    )
    return Localized(de, en)


def _primary_goals(data: ProfileData) -> list[Goal]:
    """The goal marked primary, as a list of at most one."""
    return [goal for goal in data.goals if goal.is_primary][:1]


def _primary_goal_progress(data: ProfileData, today: date) -> float | None:
    goals = _primary_goals(data)
    if not goals:
        return None
    goal = goals[0]
    return goal_progress(goal.start_value, goal_current(goal, data, today), goal.target_value)


def _goal_field(goal_type: str, attr: str) -> Compute:
    """``attr`` of the first active goal of ``goal_type`` (primary, priority)."""

    def compute(data: ProfileData, today: date) -> Value:
        goal = next((g for g in _ordered_goals(data) if g.goal_type == goal_type), None)
        return None if goal is None else getattr(goal, attr)

    return compute


_weight_goal_target = _goal_field("weight", "target_value")


def _weight_to_go(data: ProfileData, today: date) -> float | None:
    target, weight = _weight_goal_target(data, today), _weight_latest(data, today)
    return None if target is None or weight is None else weight - target


def _focus_areas(data: ProfileData) -> list[FocusArea]:
    """The areas the user weighted, heaviest first."""
    return sorted(
        (area for area in data.focus_areas if area.weight > 0),
        key=lambda area: (-area.weight, area.name_en),
    )


def _focus_text(data: ProfileData, today: date) -> Localized | None:
    areas = _focus_areas(data)
    if not areas:
        return None
    de, en = (
        ", ".join(
            f"{getattr(area, 'name_' + lang)} ({format_number(area.weight, lang, decimals=0)} %)"
            for area in areas
        )
        for lang in ("de", "en")
    )
    return Localized(de, en)


def _focus_top(data: ProfileData, today: date) -> Localized | None:
    areas = _focus_areas(data)
    return Localized(areas[0].name_de, areas[0].name_en) if areas else None


_add(
    "goals_active",
    "",
    "latest",
    "Aktive Ziele mit Zielwert, aktuellem Wert, Fortschritt und Termin",
    "Active goals with target, current value, progress and date",
    lambda d, t: _goals_text(_ordered_goals(d), d, t),
)
_add(
    "goals_active_count",
    "",
    "latest",
    "Anzahl aktiver Ziele",
    "Number of active goals",
    lambda d, t: len(d.goals) or None,
)
_add(
    "goal_primary",
    "",
    "latest",
    "Hauptziel mit Zielwert, aktuellem Wert, Fortschritt und Termin",
    "Primary goal with target, current value, progress and date",
    lambda d, t: _goals_text(_primary_goals(d), d, t),
)
_add(
    "goal_primary_progress",
    "%",
    "latest",
    "Fortschritt des Hauptziels vom Start- zum Zielwert",
    "Progress of the primary goal from its start to its target",
    _primary_goal_progress,
)
_add(
    "goal_weight",
    "kg",
    "latest",
    "Zielgewicht (aktives Gewichtsziel)",
    "Target weight (active weight goal)",
    _weight_goal_target,
)
_add(
    "goal_weight_date",
    "",
    "latest",
    "Termin des Gewichtsziels",
    "Target date of the weight goal",
    _goal_field("weight", "target_date"),
)
_add(
    "goal_weight_remaining",
    "kg",
    "latest",
    "Abstand zum Zielgewicht (letztes Gewicht minus Ziel)",
    "Distance to the target weight (latest weight minus target)",
    _weight_to_go,
)
_add(
    "goal_body_fat",
    "%",
    "latest",
    "Ziel-Körperfettanteil (aktives Körperfettziel)",
    "Target body fat (active body fat goal)",
    _goal_field("body_fat", "target_value"),
)
_add(
    "focus_areas",
    "",
    "latest",
    "Fokusbereiche mit Gewichtung, stärkste zuerst",
    "Focus areas with their weights, strongest first",
    _focus_text,
)
_add(
    "focus_area_top",
    "",
    "latest",
    "Am stärksten gewichteter Fokusbereich",
    "The most heavily weighted focus area",
    _focus_top,
)
