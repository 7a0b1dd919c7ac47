"""The AI placeholders read each day's intake through the service: food
entries where a day has them, otherwise the totals entered or imported,
never both added up."""

from __future__ import annotations

from datetime import date, timedelta

from mitai_app.core.placeholders import compute_values
from mitai_app.nutrition import service
from mitai_app.nutrition.models import NutritionEntry
from tests.factories import new_profile

TODAY = date(2026, 3, 29)


def test_intake_averages_take_one_source_a_day(session):
    me = new_profile(session)
    butter = service.search_foods(session=session, profile_id=me, query="butter")[0]
    service.log_food(
        session=session,
        profile_id=me,
        day=TODAY,
        slot="breakfast",
        food_id=butter.id,
        amount=100,
        unit="g",
        today=TODAY,
    )  # 717 kcal of entries on a day that also has an imported total
    session.add(NutritionEntry(profile_id=me, date=TODAY, kcal=3000, source="fddb_import"))
    yesterday = TODAY - timedelta(days=1)
    session.add(NutritionEntry(profile_id=me, date=yesterday, kcal=1883, source="manual"))
    session.commit()
    values = compute_values(session=session, profile_id=me, lang="en", today=TODAY)
    assert values["kcal_avg_7d"] == "1,300 kcal"  # (717 + 1883) / 2 logged days
    assert values["nutrition_days_30d"] == "2"
