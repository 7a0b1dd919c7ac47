"""Nutrition's placeholders: each day's meals summed, days without a log
left out of the averages, protein per kg of the latest weight."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mitai_app.body.placeholders import BodyData
from mitai_app.core.placeholders import REGISTRY, ProfileData
from mitai_app.nutrition.placeholders import Nutrition

TODAY = date(2026, 3, 29)


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def value(name: str, data: ProfileData, today: date = TODAY):
    return REGISTRY[name].compute(data, today)


def test_nutrition_averages_sum_each_days_meals_and_skip_unlogged_days():
    data = ProfileData(
        parts={
            "body": BodyData(weights=[(TODAY, 80.0)]),
            "nutrition": [
                Nutrition(TODAY, kcal=600, protein_g=40.0, water_l=0.5),
                Nutrition(TODAY, kcal=1400, protein_g=80.0, water_l=1.0),
                Nutrition(days_ago(6), kcal=2400, protein_g=120.0),
                Nutrition(days_ago(7), kcal=9000, protein_g=500.0),  # outside 7 days
            ],
        }
    )
    assert value("kcal_avg_7d", data) == 2200.0
    assert value("protein_avg_7d", data) == 120.0
    assert value("protein_per_kg_7d", data) == 1.5
    assert value("water_avg_7d", data) == 1.5  # only today records water
    assert value("fiber_avg_7d", data) is None
    assert value("kcal_avg_30d", data) == pytest.approx((2000 + 2400 + 9000) / 3)
    assert value("nutrition_days_30d", data) == 3


def test_protein_per_kg_needs_a_weight():
    data = ProfileData(parts={"nutrition": [Nutrition(TODAY, protein_g=100.0)]})
    assert value("protein_avg_7d", data) == 100.0
    assert value("protein_per_kg_7d", data) is None
