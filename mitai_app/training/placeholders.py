"""Training's AI placeholders (sessions, minutes, calories, distance, heart
rate and categories of the activity log) and its part of the placeholder
loader."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from mitai_app.core import placeholders as ph
from mitai_app.core.text import Text
from mitai_app.training.data import TRAINING_CATEGORIES
from mitai_app.training.evaluation import quality_filter
from mitai_app.training.models import Activity

MODULE = "training"
LOOKBACK_DAYS = 90
ACTIVITIES = Activity.__tablename__


@dataclass(frozen=True)
class ActivityRow:
    date: date
    minutes: float | None = None
    kcal: float | None = None
    category: str | None = None  # a TRAINING_CATEGORIES key
    avg_hr: float | None = None
    distance_km: float | None = None


def _activities(data: ph.ProfileData) -> Sequence[ActivityRow]:
    return data.parts.get(MODULE) or ()


def _load(scope: ph.Scope) -> list[ActivityRow]:
    """The activities the profile's quality filter lets count."""
    e = Activity
    counts = quality_filter(scope.session, scope.profile_id)
    rows = ph.recent(
        scope,
        e,
        (
            e.date,
            e.duration_minutes,
            e.kcal,
            e.training_category,
            e.avg_hr,
            e.distance_km,
            e.evaluation,
            e.overall_score,
        ),
        LOOKBACK_DAYS,
    )
    return [
        ActivityRow(d, ph.num(minutes), ph.num(kcal), category, ph.num(hr), ph.num(km))
        for d, minutes, kcal, category, hr, km, judged, score in rows
        if counts(judged, score, hr)
    ]


ph.add_loader(MODULE, _load, counted=(Activity,))


def _activity_days(data: ph.ProfileData, today: date) -> int | None:
    sessions = _activities(data)
    if not ph.keeps(data, ACTIVITIES, sessions):
        return None
    return len({row.date for row in ph.within(sessions, today, 30)})


_sessions_28d = ph.count(ACTIVITIES, _activities, 28)


def _per_week(data: ph.ProfileData, today: date) -> float | None:
    sessions = _sessions_28d(data, today)
    return None if sessions is None else sessions / 4


def _top_category(data: ph.ProfileData, today: date) -> Text | None:
    counts = Counter(
        row.category for row in ph.within(_activities(data), today, 30) if row.category
    )
    # Ties go to the category listed first in the catalogue.
    ranked = sorted(TRAINING_CATEGORIES, key=lambda category: -counts.get(category.key, 0))
    if not ranked or counts.get(ranked[0].key, 0) == 0:
        return None
    return Text(de=ranked[0].name.de, en=ranked[0].name.en)


for _days in (7, 30, 90):
    ph.add(
        f"training_count_{_days}d",
        "",
        ph.window(_days),
        f"Anzahl Trainingseinheiten in den letzten {_days} Tagen",
        f"Number of training sessions over the last {_days} days",
        ph.count(ACTIVITIES, _activities, _days),
    )
for _days in (7, 30):
    ph.add(
        f"training_minutes_{_days}d",
        "min",
        ph.window(_days),
        f"Trainingsminuten in den letzten {_days} Tagen",
        f"Training minutes over the last {_days} days",
        ph.total(ACTIVITIES, _activities, "minutes", _days),
    )
    ph.add(
        f"training_kcal_{_days}d",
        "kcal",
        ph.window(_days),
        f"Beim Training verbrauchte kcal in den letzten {_days} Tagen",
        f"Calories burnt in training over the last {_days} days",
        ph.total(ACTIVITIES, _activities, "kcal", _days),
    )
ph.add(
    "activity_days",
    "",
    "30 days",
    "Tage mit Training in den letzten 30 Tagen",
    "Days with training over the last 30 days",
    _activity_days,
)
ph.add(
    "training_per_week_28d",
    "",
    "28 days",
    "Trainingseinheiten pro Woche (Schnitt der letzten 4 Wochen)",
    "Training sessions per week (average of the last 4 weeks)",
    _per_week,
)
ph.add(
    "training_distance_30d",
    "km",
    "30 days",
    "Trainingsstrecke in den letzten 30 Tagen",
    "Training distance over the last 30 days",
    ph.total(ACTIVITIES, _activities, "distance_km", 30),
)
ph.add(
    "training_avg_hr_30d",
    "bpm",
    "30 days",
    "Durchschnittspuls beim Training in den letzten 30 Tagen",
    "Average heart rate in training over the last 30 days",
    ph.avg(_activities, "avg_hr", 30),
)
ph.add(
    "training_last_date",
    "",
    "latest",
    "Datum des letzten Trainings",
    "Date of the latest training session",
    ph.latest_date_of(_activities),
)
ph.add(
    "training_count_total",
    "",
    "all",
    "Anzahl aller Trainingseinheiten",
    "Number of all training sessions",
    ph.all_time(ACTIVITIES),
)
ph.add(
    "training_top_category_30d",
    "",
    "30 days",
    "Häufigste Trainingskategorie der letzten 30 Tage",
    "Most frequent training category over the last 30 days",
    _top_category,
)
for _category in TRAINING_CATEGORIES:
    ph.add(
        f"training_{_category.key}_count_30d",
        "",
        "30 days",
        f"Einheiten der Kategorie {_category.name.de} in den letzten 30 Tagen",
        f"{_category.name.en} sessions over the last 30 days",
        ph.count(ACTIVITIES, _activities, 30, lambda row, key=_category.key: row.category == key),
    )
    ph.add(
        f"training_{_category.key}_minutes_30d",
        "min",
        "30 days",
        f"Minuten der Kategorie {_category.name.de} in den letzten 30 Tagen",
        f"{_category.name.en} minutes over the last 30 days",
        ph.total(
            ACTIVITIES,
            _activities,
            "minutes",
            30,
            lambda row, key=_category.key: row.category == key,
        ),
    )
