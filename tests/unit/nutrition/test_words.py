"""Amounts in the profile's units: grams and millilitres, or ounces and
fluid ounces for imperial."""

from __future__ import annotations

from mitai_app.nutrition.words import quantity


def test_amounts_follow_the_unit_system_and_language():
    assert quantity(150, "g", "metric", "en") == "150 g"
    assert quantity(1500, "ml", "metric", "de") == "1.500 ml"
    assert quantity(28.349523125, "g", "imperial", "en") == "1.0 oz"
    assert quantity(250, "ml", "imperial", "de") == "8,5 fl oz"
    assert quantity(None, "g", "metric", "en") == ""
