"""The Body page's words: a weekly rate with its sign, a reference range in
the reader's numbers beside its label."""

from __future__ import annotations

from datetime import date

from mitai_app.body.formulas import classify_body_fat
from mitai_app.body.overview import BodyOverview, Derived, WeightChart, derived_words, weight_words
from mitai_app.core.series import DailySeries, DatedSeries


def _overview(rate: float | None) -> BodyOverview:
    return BodyOverview(
        mass_unit="kg",
        length_unit="cm",
        weight=WeightChart(DailySeries("2026-03-29", [80.0]), [80.0], [80.0], "2026-03-29", None),
        latest_weight=80.0,
        latest_weight_date=date(2026, 3, 29),
        weekly_rate=rate,
        body_fat={},
        fat_mass=DatedSeries(),
        lean_mass=DatedSeries(),
        circumferences={},
        waist_to_height=DatedSeries(),
    )


def test_a_gain_per_week_shows_its_plus():
    assert weight_words(_overview(0.3), "en")["rate"] == "+0.30 kg per week"
    assert weight_words(_overview(0.3), "de")["rate"] == "+0,30 kg pro Woche"
    assert weight_words(_overview(-0.25), "en")["rate"] == "-0.25 kg per week"
    assert weight_words(_overview(None), "en")["rate"] == ""


def test_a_reference_range_in_german_has_commas_and_no_nested_brackets():
    item = Derived("body_fat", 24.3, 1, "%", classify_body_fat(24.3, "female", 30))
    de, en = derived_words(item, "de"), derived_words(item, "en")
    assert (de["value"], de["category"], de["range"]) == (
        "24,3 %",
        "Gesund",
        "21–32,9 %, Alter 20–39",
    )
    assert en["range"] == "21–32.9 %, age 20–39"
    assert "(" not in de["range"] + en["range"]
