"""The Body page and the dashboard: compact chart series and the derived
values (with their reference ranges) from the profile's weights, circumference and
skinfold entries, and what scales and apps measured (body fat, lean mass and
waist: their own series, never mixed into the typed values).

Values come back in the profile's units, rounded for display; the pages add
language and colour. Every query is scoped by the profile.
"""

from __future__ import annotations

import uuid
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from sqlmodel import Session, col, select

from mitai_app.accounts.models import Profile
from mitai_app.body import formulas
from mitai_app.body.consts import BODY_FAT_SERIES, CIRCUMFERENCE_SITES, DEVICE, SEXES
from mitai_app.body.formulas import Classification
from mitai_app.body.models import CircumferenceEntry, DeviceBodyEntry, SkinfoldEntry
from mitai_app.body.service import WeightTrend, weight_trend
from mitai_app.core.formatting import format_date, format_number, format_signed
from mitai_app.core.i18n import translate
from mitai_app.core.phases import PhaseBand, confirmed_phases
from mitai_app.core.records import as_uuid
from mitai_app.core.series import DailySeries, DatedSeries, daily_series, dated_series, range_start
from mitai_app.core.units import System, cm_to_in, kg_to_lb, to_display, unit_label
from mitai_app.core.weight_goal import weight_goal


@dataclass(frozen=True)
class WeightChart:
    """Weights, their 7-day average and smoothed trend on one day grid, in
    the profile's mass unit; `goal` is the active weight goal or None."""

    days: DailySeries  # the recorded weights
    average: list[float | None]
    trend: list[float | None]
    end: str  # ISO date of the last day shown
    goal: float | None
    phases: list[PhaseBand] = field(default_factory=list)  # confirmed, oldest first


@dataclass(frozen=True)
class Derived:
    """One derived value, and the published category it falls in (if any)."""

    key: str  # bmi, body_fat, navy, whtr, whr, waist, fat_mass, lean_mass, ffmi, rfm
    value: float
    decimals: int
    unit: str
    classification: Classification | None = None


@dataclass(frozen=True)
class BodyOverview:
    mass_unit: str
    length_unit: str
    weight: WeightChart
    latest_weight: float | None
    latest_weight_date: date | None
    weekly_rate: float | None  # per week, in the mass unit
    body_fat: dict[str, DatedSeries]  # by method (consts.BODY_FAT_SERIES)
    fat_mass: DatedSeries
    lean_mass: DatedSeries
    circumferences: dict[str, DatedSeries]  # by site
    waist_to_height: DatedSeries
    # What a scale or app measured (body_device_log), each its own series:
    # never averaged into the skinfold split or the tape's waist.
    device_lean_mass: DatedSeries = field(default_factory=DatedSeries)
    device_waist: DatedSeries = field(default_factory=DatedSeries)
    derived: list[Derived] = field(default_factory=list)
    profile_complete: bool = True  # sex and birth date known


@dataclass
class _Person:
    sex: str | None
    born: date | None
    height_cm: float | None
    system: System

    def age(self, day: date) -> int | None:
        return None if self.born is None else formulas.age_on(self.born, day)


def _person(session: Session, owner: uuid.UUID) -> _Person:
    profile = session.get(Profile, owner)
    if profile is None:
        return _Person(None, None, None, "metric")
    height = None if profile.height_cm is None else float(profile.height_cm)
    sex = profile.sex if profile.sex in SEXES else None
    system = profile.unit_system if profile.unit_system in ("metric", "imperial") else "metric"
    return _Person(sex, profile.date_of_birth, height, system)


def _weight_goal_kg(session: Session, owner: uuid.UUID) -> float | None:
    goal = weight_goal(session=session, profile_id=owner)
    return None if goal is None else goal.target_kg


def _circumference_entries(session: Session, owner: uuid.UUID) -> list[CircumferenceEntry]:
    return list(
        session.exec(
            select(CircumferenceEntry)
            .where(CircumferenceEntry.profile_id == owner)
            .order_by(CircumferenceEntry.date)
        ).all()
    )


def _skinfold_entries(session: Session, owner: uuid.UUID) -> list[SkinfoldEntry]:
    return list(
        session.exec(
            select(SkinfoldEntry)
            .where(SkinfoldEntry.profile_id == owner, col(SkinfoldEntry.body_fat_pct).is_not(None))
            .order_by(SkinfoldEntry.date)
        ).all()
    )


def _device_series(session: Session, owner: uuid.UUID, column: str) -> list[tuple[date, float]]:
    """(date, value) of one body_device_log column a scale or app measured,
    oldest first."""
    measured = getattr(DeviceBodyEntry, column)
    return [
        (day, float(value))
        for day, value in session.exec(
            select(DeviceBodyEntry.date, measured)
            .where(DeviceBodyEntry.profile_id == owner, col(measured).is_not(None))
            .order_by(DeviceBodyEntry.date)
        ).all()
    ]


def _navy(person: _Person, measured: CircumferenceEntry) -> float | None:
    """Navy body fat of one circumference entry, or None when a measure is missing."""
    if person.sex is None or person.height_cm is None:
        return None
    if measured.c_neck is None or measured.c_waist is None:
        return None
    try:
        return formulas.navy_body_fat(
            sex=person.sex,
            height_cm=person.height_cm,
            neck_cm=float(measured.c_neck),
            waist_cm=float(measured.c_waist),
            hip_cm=None if measured.c_hips is None else float(measured.c_hips),
        )
    except ValueError:
        return None


def _weight_on(points: list[tuple[date, float]], days: list[date], day: date) -> float | None:
    """The last weight recorded on or before `day` (`days`: the points' days, sorted)."""
    index = bisect_right(days, day)
    return points[index - 1][1] if index else None


def _weight_chart(
    trend: WeightTrend, since: date | None, goal: float | None, mass: Callable[[float], float]
) -> WeightChart:
    """The range's part of the whole history: the average and the trend
    carry on from the days before the range instead of starting afresh."""
    if not trend.points or (since is not None and trend.points[-1][0] < since):
        return WeightChart(DailySeries(), [], [], "", goal)
    first = trend.points[0][0] if since is None else max(since, trend.points[0][0])
    last = trend.points[-1][0]
    days = daily_series(trend.points, first=first, last=last, convert=mass)
    average = daily_series(trend.moving_average, first=first, last=last, convert=mass)
    smoothed = daily_series(trend.trend, first=first, last=last, convert=mass)
    return WeightChart(
        days=days,
        average=average.values,
        trend=smoothed.values,
        end=last.isoformat(),
        goal=goal,
    )


def _derived(
    person: _Person,
    latest_kg: float | None,
    measured: CircumferenceEntry | None,
    skinfold: SkinfoldEntry | None,
) -> list[Derived]:
    """The newest value of each derived measure that the data allows."""
    system, sex, height = person.system, person.sex, person.height_cm
    mass_unit = unit_label("mass", system)
    out: list[Derived] = []
    if latest_kg is not None and height is not None:
        value = formulas.bmi(latest_kg, height)
        out.append(Derived("bmi", value, 1, "kg/m²", formulas.classify_bmi(value)))
    body_fat = None
    if skinfold is not None:
        body_fat = float(skinfold.body_fat_pct)
        age = person.age(skinfold.date)
        label = formulas.classify_body_fat(body_fat, sex, age) if sex and age else None
        out.append(Derived("body_fat", body_fat, 1, "%", label))
    waist = None if measured is None or measured.c_waist is None else float(measured.c_waist)
    if measured is not None:
        navy = _navy(person, measured)
        if navy is not None and 0 <= navy < 100:
            age = person.age(measured.date)
            label = formulas.classify_body_fat(navy, sex, age) if sex and age else None
            out.append(Derived("navy", navy, 1, "%", label))
            body_fat = navy if body_fat is None else body_fat
        if waist is not None and height is not None:
            ratio = formulas.waist_to_height_ratio(waist, height)
            out.append(Derived("whtr", ratio, 2, "", formulas.classify_waist_to_height(ratio)))
            if sex is not None:
                rfm = formulas.relative_fat_mass(sex=sex, height_cm=height, waist_cm=waist)
                out.append(Derived("rfm", rfm, 1, "%"))
        if waist is not None and measured.c_hips is not None and sex is not None:
            ratio = formulas.waist_to_hip_ratio(waist, float(measured.c_hips))
            out.append(Derived("whr", ratio, 2, "", formulas.classify_waist_to_hip(ratio, sex)))
        if waist is not None and sex is not None:
            shown = to_display(waist, "length", system)
            out.append(
                Derived(
                    "waist",
                    shown,
                    1,
                    unit_label("length", system),
                    formulas.classify_waist(waist, sex),
                )
            )
    if latest_kg is not None and body_fat is not None and 0 <= body_fat < 100:
        fat = formulas.fat_mass(latest_kg, body_fat)
        lean = latest_kg - fat
        out.append(Derived("fat_mass", to_display(fat, "mass", system), 1, mass_unit))
        out.append(Derived("lean_mass", to_display(lean, "mass", system), 1, mass_unit))
        if height is not None:
            out.append(Derived("ffmi", formulas.ffmi(lean, height), 1, "kg/m²"))
    return out


def body_overview(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    range_key: str,
    today: date,
) -> BodyOverview:
    """Everything the Body page shows for the time range `range_key`
    (4w, 3m, 1y, all), in the profile's units."""
    owner = as_uuid(profile_id)
    person = _person(session, owner)
    system = person.system

    # Unrounded conversions: the chart builders round once, after converting.
    def mass(kg: float) -> float:
        return kg_to_lb(kg) if system == "imperial" else kg

    def length(cm: float) -> float:
        return cm_to_in(cm) if system == "imperial" else cm

    since = range_start(range_key, today)
    everything = weight_trend(session=session, profile_id=owner)
    weights = everything.points
    circumferences = _circumference_entries(session, owner)
    skinfolds = _skinfold_entries(session, owner)

    body_fat: dict[str, list[tuple[date, float]]] = {method: [] for method in BODY_FAT_SERIES}
    body_fat[DEVICE] = _device_series(session, owner, "body_fat_pct")
    for entry in skinfolds:
        if entry.formula in body_fat:
            body_fat[entry.formula].append((entry.date, float(entry.body_fat_pct)))
    for measured in circumferences:
        navy = _navy(person, measured)
        if navy is not None and 0 <= navy < 100:
            body_fat["navy"].append((measured.date, navy))

    fat_points, lean_points = [], []
    weight_days = [d for d, _ in weights]
    for entry in skinfolds:
        kg = _weight_on(weights, weight_days, entry.date)
        if kg is not None:
            fat = formulas.fat_mass(kg, float(entry.body_fat_pct))
            fat_points.append((entry.date, fat))
            lean_points.append((entry.date, kg - fat))

    ratio_points = [
        (t.date, float(t.c_waist) / person.height_cm)
        for t in circumferences
        if t.c_waist is not None and person.height_cm is not None
    ]
    latest_kg = weights[-1][1] if weights else None
    goal_kg = _weight_goal_kg(session, owner)
    rate = everything.weekly_rate_kg
    chart = _weight_chart(
        everything,
        since,
        None if goal_kg is None else to_display(goal_kg, "mass", system),
        mass,
    )
    if chart.end:
        first = date.fromisoformat(chart.days.start)
        last = date.fromisoformat(chart.end)
        chart = replace(
            chart,
            phases=confirmed_phases(session=session, profile_id=owner, first=first, last=last),
        )
    return BodyOverview(
        mass_unit=unit_label("mass", system),
        length_unit=unit_label("length", system),
        weight=chart,
        latest_weight=None if latest_kg is None else to_display(latest_kg, "mass", system),
        latest_weight_date=weights[-1][0] if weights else None,
        weekly_rate=None if rate is None else mass(rate),
        body_fat={m: dated_series(p, since=since) for m, p in body_fat.items()},
        fat_mass=dated_series(fat_points, since=since, convert=mass),
        lean_mass=dated_series(lean_points, since=since, convert=mass),
        circumferences={
            site: dated_series(
                [
                    (t.date, float(v))
                    for t in circumferences
                    if (v := getattr(t, f"c_{site}")) is not None
                ],
                since=since,
                convert=length,
            )
            for site in CIRCUMFERENCE_SITES
        },
        device_lean_mass=dated_series(
            _device_series(session, owner, "lean_mass_kg"), since=since, convert=mass
        ),
        device_waist=dated_series(
            _device_series(session, owner, "waist_cm"), since=since, convert=length
        ),
        waist_to_height=dated_series(ratio_points, since=since, decimals=2),
        derived=_derived(
            person,
            latest_kg,
            circumferences[-1] if circumferences else None,
            skinfolds[-1] if skinfolds else None,
        ),
        profile_complete=person.sex is not None and person.born is not None,
    )


# --- in words (pure: the pages carry these in both languages) ---------------------------


def derived_words(item: Derived, lang: str) -> dict[str, str]:
    """One derived value: "Waist-to-height", "0.53", "Increased risk",
    "0.50–0.59" (the category's range)."""
    label = item.classification
    return {
        "name": translate(f"body.derived.{item.key}", lang),
        "value": f"{format_number(item.value, lang, decimals=item.decimals)} {item.unit}".strip(),
        "category": "" if label is None else label.label.pick(lang),
        "range": "" if label is None else label.range.pick(lang),
    }


def derived_facts(item: Derived) -> dict[str, str]:
    """What the same row shows in any language: its key, colour and source."""
    label = item.classification
    return {
        "key": item.key,
        "colour": "gray" if label is None else label.colour,
        "source": "" if label is None else label.source,
    }


def weight_words(overview: BodyOverview, lang: str) -> dict[str, str]:
    """The newest weight, the weekly rate and the newest 7-day average as
    text ("" for what is unknown)."""
    unit = overview.mass_unit

    def amount(value: float | None, decimals: int = 1) -> str:
        return "" if value is None else f"{format_number(value, lang, decimals=decimals)} {unit}"

    averages = [v for v in overview.weight.average if v is not None]
    latest = amount(overview.latest_weight)
    return {
        "latest": translate(
            "body.latest", lang, value=latest, date=format_date(overview.latest_weight_date, lang)
        )
        if latest
        else "",
        # Signed: a gain must not read like a loss ("+0.30 kg per week").
        "rate": translate(
            "body.weekly_rate",
            lang,
            value=f"{format_signed(overview.weekly_rate, lang, decimals=2)} {unit}",
        )
        if overview.weekly_rate is not None
        else "",
        "average": amount(averages[-1] if averages else None),
        "phases": translate(
            "body.chart.phases",
            lang,
            phases="; ".join(band.name.pick(lang) for band in overview.weight.phases),
        )
        if overview.weight.phases
        else "",
    }
