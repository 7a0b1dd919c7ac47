"""Nutrition's AI placeholders (daily intake averages, protein per kg, logged
days) and its part of the placeholder loader, which reads each day's totals
through the service (food entries, else totals entered or imported: one
source a day, never added up)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from mitai_app.core import placeholders as ph
from mitai_app.nutrition.models import MealEntry, NutritionEntry
from mitai_app.nutrition.service import daily_totals

MODULE = "nutrition"
LOOKBACK_DAYS = 90
NUTRITION = NutritionEntry.__tablename__


@dataclass(frozen=True)
class Nutrition:
    """One day's totals (a day may also come as several rows: they are summed)."""

    date: date
    kcal: float | None = None
    protein_g: float | None = None
    carbs_g: float | None = None
    fat_g: float | None = None
    fiber_g: float | None = None
    water_l: float | None = None


def _entries(data: ph.ProfileData) -> Sequence[Nutrition]:
    return data.parts.get(MODULE) or ()


def _load(scope: ph.Scope) -> list[Nutrition]:
    days = daily_totals(
        session=scope.session,
        profile_id=scope.profile_id,
        since=scope.today - timedelta(days=LOOKBACK_DAYS),
        until=scope.today,
    )
    return [
        Nutrition(
            day,
            **{
                key: totals.get(key) or None
                for key in ("kcal", "protein_g", "carbs_g", "fat_g", "fiber_g", "water_l")
            },
        )
        for day, totals in sorted(days.items())
    ]


ph.add_loader(MODULE, _load, counted=(NutritionEntry, MealEntry))


def _daily_totals(attr: str) -> ph.RowsOf:
    """One row per day with the sum of ``attr`` over that day's entries
    (a day can have several meals); days without ``attr`` are left out."""

    def rows_of(data: ph.ProfileData) -> list[ph.Day]:
        totals: dict[date, float] = defaultdict(float)
        for row in _entries(data):
            amount = getattr(row, attr)
            if amount is not None:
                totals[row.date] += float(amount)
        return [ph.Day(day, amount) for day, amount in totals.items()]

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
        ph.add(
            f"{_name}_avg_{_days}d",
            _unit,
            ph.window(_days),
            f"{_de} pro Tag, Schnitt der protokollierten Tage der letzten {_days} Tage",
            f"{_en} per day, average of the logged days over the last {_days} days",
            ph.avg(_daily_totals(_attr), "value", _days),
        )


def _protein_per_kg(data: ph.ProfileData, today: date) -> float | None:
    protein = ph.value_of("protein_avg_7d", data, today)
    weight = ph.value_of("weight_latest", data, today)
    return None if protein is None or weight is None else protein / weight


def _nutrition_days(data: ph.ProfileData, today: date) -> int | None:
    entries = _entries(data)
    if not ph.keeps(data, NUTRITION, entries):
        return None
    return len({row.date for row in ph.within(entries, today, 30)})


ph.add(
    "protein_per_kg_7d",
    "g/kg",
    "7 days",
    "Protein pro kg Körpergewicht und Tag (Schnitt 7 Tage / letztes Gewicht)",
    "Protein per kg body weight and day (7-day average / latest weight)",
    _protein_per_kg,
)
ph.add(
    "nutrition_days_30d",
    "",
    "30 days",
    "Tage mit Ernährungsprotokoll in den letzten 30 Tagen",
    "Days with a nutrition log over the last 30 days",
    _nutrition_days,
)
