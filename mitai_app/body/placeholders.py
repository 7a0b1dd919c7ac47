"""Body composition's AI placeholders (weight, circumferences, skinfold body
fat, and the values derived from them by `formulas`) and its part of the
placeholder loader."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from mitai_app.accounts.placeholders import facts, profile_age
from mitai_app.body import formulas, trend
from mitai_app.body.models import CircumferenceEntry, SkinfoldEntry, WeightEntry
from mitai_app.core import placeholders as ph
from mitai_app.core.text import Text

MODULE = "body"
# How far back the logs are read: the weight trend smooths over a year.
LOOKBACK_DAYS = 365
WEIGHTS = WeightEntry.__tablename__
CIRCUMFERENCES = CircumferenceEntry.__tablename__
SKINFOLDS = SkinfoldEntry.__tablename__


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
class Skinfold:
    date: date
    body_fat_pct: float | None = None
    formula: str | None = None


@dataclass(frozen=True)
class BodyData:
    weights: Sequence[trend.Point] = ()
    circumferences: Sequence[Circumference] = ()
    skinfolds: Sequence[Skinfold] = ()


@dataclass(frozen=True)
class _WeightRow:
    date: date
    weight: float


def _body(data: ph.ProfileData) -> BodyData:
    return data.parts.get(MODULE) or BodyData()


def _weight_rows(data: ph.ProfileData) -> list[_WeightRow]:
    return [_WeightRow(d, w) for d, w in _body(data).weights]


def _circumferences(data: ph.ProfileData) -> Sequence[Circumference]:
    return _body(data).circumferences


def _skinfolds(data: ph.ProfileData) -> Sequence[Skinfold]:
    return _body(data).skinfolds


# --- loading ------------------------------------------------------------------------------


def _load(scope: ph.Scope) -> BodyData:
    w, c, s = WeightEntry, CircumferenceEntry, SkinfoldEntry
    weights = ph.recent(scope, w, (w.date, w.weight), LOOKBACK_DAYS)
    sites = (c.c_neck, c.c_chest, c.c_waist, c.c_hips, c.c_thigh, c.c_calf, c.c_biceps)
    tape = ph.recent(scope, c, (c.date, *sites, c.c_forearm), LOOKBACK_DAYS)
    folds = ph.recent(scope, s, (s.date, s.body_fat_pct, s.formula), LOOKBACK_DAYS)
    return BodyData(
        weights=[(d, float(kg)) for d, kg in weights],
        circumferences=[Circumference(row[0], *(ph.num(v) for v in row[1:])) for row in tape],
        skinfolds=[Skinfold(d, ph.num(pct), formula) for d, pct, formula in folds],
    )


ph.add_loader(MODULE, _load, counted=(WeightEntry, CircumferenceEntry, SkinfoldEntry))


def _text(classification: formulas.Classification | None) -> Text | None:
    if classification is None:
        return None
    return classification.label


# --- weight -------------------------------------------------------------------------------


def _weight_trend(data: ph.ProfileData, today: date) -> float | None:
    smoothed = trend.smoothed_trend([(d, w) for d, w in _body(data).weights if d <= today])
    return smoothed[-1][1] if smoothed else None


def _weight_weekly_rate(data: ph.ProfileData, today: date) -> float | None:
    window = ph.within(_weight_rows(data), today, trend.WEEKLY_RATE_WINDOW_DAYS)
    return trend.weekly_rate([(row.date, row.weight) for row in window])


_weight_latest = ph.latest_of(_weight_rows, "weight")

ph.add("weight_latest", "kg", "latest", "Letztes Gewicht", "Latest weight", _weight_latest)
ph.add(
    "weight_latest_date",
    "",
    "latest",
    "Datum des letzten Gewichts",
    "Date of the latest weight",
    ph.latest_date_of(_weight_rows),
)
for _days in (7, 30, 90):
    ph.add(
        f"weight_avg_{_days}d",
        "kg",
        ph.window(_days),
        f"Durchschnittsgewicht der letzten {_days} Tage",
        f"Average weight over the last {_days} days",
        ph.avg(_weight_rows, "weight", _days),
    )
ph.add(
    "weight_min_30d",
    "kg",
    "30 days",
    "Niedrigstes Gewicht der letzten 30 Tage",
    "Lowest weight over the last 30 days",
    ph.extreme(_weight_rows, "weight", 30, min),
)
ph.add(
    "weight_max_30d",
    "kg",
    "30 days",
    "Höchstes Gewicht der letzten 30 Tage",
    "Highest weight over the last 30 days",
    ph.extreme(_weight_rows, "weight", 30, max),
)
for _days in (30, 90):
    ph.add(
        f"weight_change_{_days}d",
        "kg",
        ph.window(_days),
        f"Gewichtsänderung in den letzten {_days} Tagen (letzter minus erster Eintrag)",
        f"Weight change over the last {_days} days (last minus first entry)",
        ph.change(_weight_rows, "weight", _days),
    )
ph.add(
    "weight_trend_kg",
    "kg",
    "365 days",
    "Geglätteter Gewichtstrend (Hacker's Diet, 10 % je Tag)",
    "Smoothed weight trend (Hacker's Diet, 10 % a day)",
    _weight_trend,
)
ph.add(
    "weight_trend_weekly_kg",
    "kg/week",
    "28 days",
    "Gewichtsänderung pro Woche (Regressionsgerade der letzten 28 Tage)",
    "Weight change per week (least-squares slope over the last 28 days)",
    _weight_weekly_rate,
)
ph.add(
    "weight_count_30d",
    "",
    "30 days",
    "Anzahl Gewichtseinträge in den letzten 30 Tagen",
    "Number of weight entries over the last 30 days",
    ph.count(WEIGHTS, _weight_rows, 30),
)
ph.add(
    "weight_count_total",
    "",
    "all",
    "Anzahl aller Gewichtseinträge",
    "Number of all weight entries",
    ph.all_time(WEIGHTS),
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

for _site, _de, _en in _SITES:
    ph.add(
        f"{_site}_latest",
        "cm",
        "latest",
        f"{_de}, letzte Messung",
        f"{_en}, latest measurement",
        ph.latest_of(_circumferences, _site),
    )
ph.add(
    "waist_change_90d",
    "cm",
    "90 days",
    "Änderung des Taillenumfangs in den letzten 90 Tagen (letzte minus erste Messung)",
    "Waist change over the last 90 days (last minus first measurement)",
    ph.change(_circumferences, "waist", 90),
)
ph.add(
    "circumference_latest_date",
    "",
    "latest",
    "Datum der letzten Umfangsmessung",
    "Date of the latest tape measurement",
    ph.latest_date_of(_circumferences),
)
ph.add(
    "circumference_count_total",
    "",
    "all",
    "Anzahl aller Umfangsmessungen",
    "Number of all tape measurements",
    ph.all_time(CIRCUMFERENCES),
)


# --- skinfolds (body fat) -----------------------------------------------------------------

_FORMULA_NAMES = {
    "jp3": "Jackson-Pollock 3",
    "jp7": "Jackson-Pollock 7",
    "jp4": "Jackson-Pollock 4",
    "dw4": "Durnin-Womersley",
    "navy": "U.S. Navy",
}


def _body_fat_method(data: ph.ProfileData, today: date) -> str | None:
    row = ph.latest_row(_skinfolds(data), "body_fat_pct", today)
    if row is None or row.formula is None:
        return None
    return _FORMULA_NAMES.get(row.formula, row.formula)


_body_fat_latest = ph.latest_of(_skinfolds, "body_fat_pct")

ph.add(
    "body_fat_latest",
    "%",
    "latest",
    "Körperfettanteil, letzte Caliper-Messung",
    "Body fat, latest caliper measurement",
    _body_fat_latest,
)
ph.add(
    "body_fat_latest_date",
    "",
    "latest",
    "Datum der letzten Körperfettmessung",
    "Date of the latest body fat measurement",
    ph.latest_date_of(_skinfolds, "body_fat_pct"),
)
ph.add(
    "body_fat_method_latest",
    "",
    "latest",
    "Formel der letzten Körperfettmessung",
    "Formula of the latest body fat measurement",
    _body_fat_method,
)
ph.add(
    "body_fat_change_90d",
    "%",
    "90 days",
    "Änderung des Körperfettanteils in den letzten 90 Tagen (Prozentpunkte)",
    "Body fat change over the last 90 days (percentage points)",
    ph.change(_skinfolds, "body_fat_pct", 90),
)
ph.add(
    "caliper_count_total",
    "",
    "all",
    "Anzahl aller Caliper-Messungen",
    "Number of all caliper measurements",
    ph.all_time(SKINFOLDS),
)


# --- derived body values (formulas.py) ----------------------------------------------------

_waist = ph.latest_of(_circumferences, "waist")
_hips = ph.latest_of(_circumferences, "hips")
_neck = ph.latest_of(_circumferences, "neck")


def _bmi(data: ph.ProfileData, today: date) -> float | None:
    return ph.safe(formulas.bmi, _weight_latest(data, today), facts(data).height_cm)


def _whtr(data: ph.ProfileData, today: date) -> float | None:
    return ph.safe(formulas.waist_to_height_ratio, _waist(data, today), facts(data).height_cm)


def _whr(data: ph.ProfileData, today: date) -> float | None:
    return ph.safe(formulas.waist_to_hip_ratio, _waist(data, today), _hips(data, today))


def _navy(data: ph.ProfileData, today: date) -> float | None:
    profile = facts(data)
    # Only women's formula uses the hip.
    hips = {"hip_cm": _hips(data, today)} if profile.sex == "female" else {}
    return ph.safe(
        formulas.navy_body_fat,
        sex=profile.sex,
        height_cm=profile.height_cm,
        neck_cm=_neck(data, today),
        waist_cm=_waist(data, today),
        **hips,
    )


def _rfm(data: ph.ProfileData, today: date) -> float | None:
    profile = facts(data)
    return ph.safe(
        formulas.relative_fat_mass,
        sex=profile.sex,
        height_cm=profile.height_cm,
        waist_cm=_waist(data, today),
    )


def _fat_mass(data: ph.ProfileData, today: date) -> float | None:
    return ph.safe(formulas.fat_mass, _weight_latest(data, today), _body_fat_latest(data, today))


def _lean_mass(data: ph.ProfileData, today: date) -> float | None:
    return ph.safe(formulas.lean_mass, _weight_latest(data, today), _body_fat_latest(data, today))


def _ffmi(data: ph.ProfileData, today: date) -> float | None:
    return ph.safe(formulas.ffmi, _lean_mass(data, today), facts(data).height_cm)


def _normalized_ffmi(data: ph.ProfileData, today: date) -> float | None:
    return ph.safe(formulas.normalized_ffmi, _lean_mass(data, today), facts(data).height_cm)


def _body_fat_category(data: ph.ProfileData, today: date) -> Text | None:
    years = profile_age(data, today)
    return _text(
        ph.safe(formulas.classify_body_fat, _body_fat_latest(data, today), facts(data).sex, years)
    )


ph.add(
    "bmi",
    "kg/m²",
    "latest",
    "Body-Mass-Index aus letztem Gewicht und Größe",
    "Body mass index from the latest weight and height",
    _bmi,
)
ph.add(
    "bmi_category",
    "",
    "latest",
    "BMI-Kategorie (WHO)",
    "BMI category (WHO)",
    lambda d, t: _text(ph.safe(formulas.classify_bmi, _bmi(d, t))),
)
ph.add(
    "whtr",
    "",
    "latest",
    "Taille-Größe-Verhältnis (letzte Taille / Größe)",
    "Waist-to-height ratio (latest waist / height)",
    _whtr,
)
ph.add(
    "whtr_category",
    "",
    "latest",
    "Einstufung des Taille-Größe-Verhältnisses (Ashwell)",
    "Waist-to-height ratio category (Ashwell)",
    lambda d, t: _text(ph.safe(formulas.classify_waist_to_height, _whtr(d, t))),
)
ph.add(
    "whr",
    "",
    "latest",
    "Taille-Hüft-Verhältnis (letzte Messungen)",
    "Waist-to-hip ratio (latest measurements)",
    _whr,
)
ph.add(
    "whr_category",
    "",
    "latest",
    "Einstufung des Taille-Hüft-Verhältnisses (WHO)",
    "Waist-to-hip ratio category (WHO)",
    lambda d, t: _text(ph.safe(formulas.classify_waist_to_hip, _whr(d, t), facts(d).sex)),
)
ph.add(
    "waist_category",
    "",
    "latest",
    "Einstufung des Taillenumfangs (WHO/IDF)",
    "Waist circumference category (WHO/IDF)",
    lambda d, t: _text(ph.safe(formulas.classify_waist, _waist(d, t), facts(d).sex)),
)
ph.add(
    "body_fat_navy",
    "%",
    "latest",
    "Körperfettanteil nach U.S.-Navy-Formel (Hals, Taille, Hüfte, Größe)",
    "Body fat by the U.S. Navy formula (neck, waist, hip, height)",
    _navy,
)
ph.add(
    "body_fat_rfm",
    "%",
    "latest",
    "Relative Fettmasse (RFM, aus Größe und Taille)",
    "Relative fat mass (RFM, from height and waist)",
    _rfm,
)
ph.add(
    "body_fat_category",
    "",
    "latest",
    "Einstufung des Körperfettanteils nach Geschlecht und Alter (Gallagher)",
    "Body fat category by sex and age (Gallagher)",
    _body_fat_category,
)
ph.add(
    "fat_mass",
    "kg",
    "latest",
    "Fettmasse (letztes Gewicht × letzter Caliper-Körperfettanteil)",
    "Fat mass (latest weight × latest caliper body fat)",
    _fat_mass,
)
ph.add(
    "lean_mass",
    "kg",
    "latest",
    "Fettfreie Masse (letztes Gewicht minus Fettmasse)",
    "Lean mass (latest weight minus fat mass)",
    _lean_mass,
)
ph.add(
    "ffmi",
    "kg/m²",
    "latest",
    "Fettfreie-Masse-Index",
    "Fat-free mass index",
    _ffmi,
)
ph.add(
    "ffmi_normalized",
    "kg/m²",
    "latest",
    "Fettfreie-Masse-Index, auf 1,80 m normiert",
    "Fat-free mass index normalised to 1.80 m",
    _normalized_ffmi,
)
