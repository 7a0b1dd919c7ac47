"""Unit conversions between the stored SI values and what the user sees and types."""

import pytest

from mitai_app.core.units import (
    cm_to_in,
    from_input,
    in_to_cm,
    kg_to_lb,
    lb_to_kg,
    round_half_up,
    to_display,
    unit_label,
)


def test_exact_conversions():
    assert kg_to_lb(100) == pytest.approx(220.46226218)
    assert lb_to_kg(1) == 0.45359237
    assert in_to_cm(72) == pytest.approx(182.88)  # 6 ft
    assert cm_to_in(182.88) == pytest.approx(72)
    assert lb_to_kg(kg_to_lb(82.5)) == pytest.approx(82.5)


def test_display_in_each_system():
    assert to_display(100, "mass", "imperial") == 220.5
    assert to_display(82.5, "mass", "imperial") == 181.9
    assert to_display(82.54, "mass", "metric") == 82.5
    assert to_display(182.88, "length", "imperial") == 72.0
    assert to_display(182.88, "length", "metric") == 182.9


def test_display_rounds_half_away_from_zero():
    assert to_display(82.25, "mass", "metric") == 82.3
    assert round_half_up(2.675, 2) == 2.68
    assert str(round_half_up(-0.04)) == "0.0"


def test_input_is_converted_without_rounding():
    assert from_input(181.9, "mass", "imperial") == pytest.approx(181.9 * 0.45359237)
    assert from_input(72, "length", "imperial") == pytest.approx(182.88)
    assert from_input(82.37, "mass", "metric") == 82.37


@pytest.mark.parametrize("quantity", ["mass", "length", "distance"])
@pytest.mark.parametrize("system", ["metric", "imperial"])
def test_display_input_display_is_stable(quantity, system):
    for tenths in range(0, 5000, 7):
        shown = tenths / 10
        again = to_display(from_input(shown, quantity, system), quantity, system)
        assert again == shown


def test_labels():
    assert unit_label("mass", "metric") == "kg"
    assert unit_label("mass", "imperial") == "lb"
    assert unit_label("length", "metric") == "cm"
    assert unit_label("length", "imperial") == "in"
    assert unit_label("distance", "metric") == "km"
    assert unit_label("distance", "imperial") == "mi"


def test_a_distance_in_miles():
    assert to_display(10.0, "distance", "imperial") == 6.2
    assert from_input(3.1, "distance", "imperial") == pytest.approx(4.989, abs=0.001)


def test_unknown_units_are_refused():
    with pytest.raises(ValueError):
        to_display(1.0, "volume", "metric")
    with pytest.raises(ValueError):
        unit_label("mass", "nautical")
