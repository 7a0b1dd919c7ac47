"""Unit systems: values are stored in SI (kg, cm, km) and converted at the edges.

``to_display`` converts a stored value and rounds it to one decimal, half away
from zero (82.25 -> 82.3, as people round by hand; Python's ``round`` rounds
half to even). ``from_input`` converts what the user typed back to SI without
rounding, so display -> input -> display gives the same number at 0.1.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

Quantity = Literal["mass", "length", "distance"]
System = Literal["metric", "imperial"]

# Exact by definition (international yard and pound agreement, 1959).
KG_PER_LB = 0.45359237
CM_PER_IN = 2.54
KM_PER_MI = 1.609344

_LABELS: dict[tuple[str, str], str] = {
    ("mass", "metric"): "kg",
    ("mass", "imperial"): "lb",
    ("length", "metric"): "cm",
    ("length", "imperial"): "in",
    ("distance", "metric"): "km",
    ("distance", "imperial"): "mi",
}

# Stored value -> imperial, and back, per quantity.
_TO_IMPERIAL = {
    "mass": lambda kg: kg / KG_PER_LB,
    "length": lambda cm: cm / CM_PER_IN,
    "distance": lambda km: km / KM_PER_MI,
}
_FROM_IMPERIAL = {
    "mass": lambda lb: lb * KG_PER_LB,
    "length": lambda inches: inches * CM_PER_IN,
    "distance": lambda mi: mi * KM_PER_MI,
}


def kg_to_lb(kg: float) -> float:
    return kg / KG_PER_LB


def lb_to_kg(lb: float) -> float:
    return lb * KG_PER_LB


def cm_to_in(cm: float) -> float:
    return cm / CM_PER_IN


def in_to_cm(inches: float) -> float:
    return inches * CM_PER_IN


def round_half_up(value: float, decimals: int = 1) -> float:
    """Round half away from zero, on the decimal value as written (2.675 -> 2.68)."""
    step = Decimal(1).scaleb(-decimals)
    rounded = float(Decimal(str(value)).quantize(step, rounding=ROUND_HALF_UP))
    # Adding 0.0 turns -0.0 into 0.0: a change of -0.04 kg shows as 0.0, not -0.0.
    return rounded + 0.0


def _check(quantity: str, system: str) -> None:
    if (quantity, system) not in _LABELS:
        raise ValueError(f"unknown quantity/system: {quantity!r}, {system!r}")


def to_display(value_si: float, quantity: Quantity, system: System) -> float:
    """A stored SI value in the user's system, rounded to one decimal."""
    _check(quantity, system)
    if system == "metric":
        return round_half_up(value_si)
    return round_half_up(_TO_IMPERIAL[quantity](value_si))


def from_input(value: float, quantity: Quantity, system: System) -> float:
    """A value typed in the user's system, in SI, not rounded."""
    _check(quantity, system)
    if system == "metric":
        return value
    return _FROM_IMPERIAL[quantity](value)


def unit_label(quantity: Quantity, system: System) -> str:
    """``"kg"``, ``"lb"``, ``"cm"``, ``"in"``, ``"km"`` or ``"mi"``."""
    _check(quantity, system)
    return _LABELS[(quantity, system)]
