"""Nutrition's log for the generic log (core.logs): a day's totals entered
directly (nutrition_log), for a user who only knows the totals. Several rows
can share a day (imports bring one per meal), so a day is not limited to
one; the day's intake takes them only when the day has no food entries
(the one-source rule, nutrition.daily)."""

from __future__ import annotations

from mitai_app.core.logs import LogField, LogSpec
from mitai_app.nutrition.consts import NUTRITION_FEATURE
from mitai_app.nutrition.models import NutritionEntry

TOTALS = LogSpec(
    id="nutrition_totals",
    label_key="nutrition.history.totals",
    model=NutritionEntry,
    fields=(
        LogField("kcal", "nutrition.kcal", unit="kcal", range=(0, 20_000), decimals=0),
        LogField("protein_g", "nutrition.protein", unit="g", range=(0, 1_000)),
        LogField("carbs_g", "nutrition.carbs", unit="g", range=(0, 2_000)),
        LogField("fat_g", "nutrition.fat", unit="g", range=(0, 1_000)),
        LogField("fiber_g", "nutrition.fiber", unit="g", range=(0, 300)),
        LogField("water_l", "nutrition.water", unit="l", range=(0, 20)),
    ),
    feature=NUTRITION_FEATURE,
    one_per_day=False,
)

LOGS = (TOTALS,)
