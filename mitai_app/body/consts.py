"""The one list of what the body module names: its route, the measuring
sites, the skinfold formulas and density conversions, the plausible ranges
(the same as the tables' check constraints) and the feature ids it charges.
"""

from __future__ import annotations

from typing import Literal

from mitai_app.core.reference import FeatureSeed
from mitai_app.core.text import Text

BODY = "/body"  # the Body page: charts and derived values

Sex = Literal["male", "female"]
SEXES: tuple[Sex, ...] = ("male", "female")

# Circumference sites; circumference_log's columns carry a "c_" prefix.
CIRCUMFERENCE_SITES = ("neck", "chest", "waist", "hips", "thigh", "calf", "biceps", "forearm")

# Skinfold sites, named as caliper_log's columns.
SKINFOLD_SITES = (
    "chest",
    "abdominal",
    "thigh",
    "triceps",
    "subscapular",
    "suprailiac",
    "midaxillary",
    "biceps",
)
READINGS_PER_SITE = 3  # up to three readings per skinfold site, averaged

# The skinfold formulas a user picks, the density conversions, and every
# method a body-fat value can come from (caliper_log.formula allows them all).
SKINFOLD_FORMULAS = ("jp3", "jp7", "jp4", "dw4")
CONVERSIONS = ("siri", "brozek")
BODY_FAT_METHODS = (*SKINFOLD_FORMULAS, "navy")

_JP7_SITES = ("chest", "midaxillary", "triceps", "subscapular", "abdominal", "suprailiac", "thigh")
_DW4_SITES = ("biceps", "triceps", "subscapular", "suprailiac")
_JP4_SITES = ("abdominal", "suprailiac", "triceps", "thigh")

# Which skinfold sites each formula needs, per sex (the capture form shows these).
FORMULA_SITES: dict[str, dict[str, tuple[str, ...]]] = {
    "jp3": {"male": ("chest", "abdominal", "thigh"), "female": ("triceps", "suprailiac", "thigh")},
    "jp7": {"male": _JP7_SITES, "female": _JP7_SITES},
    "dw4": {"male": _DW4_SITES, "female": _DW4_SITES},
    "jp4": {"male": _JP4_SITES, "female": _JP4_SITES},
}

# Plausibility ranges, the same as the tables' check constraints.
WEIGHT_RANGE_KG = (20.0, 500.0)  # weight_log
CIRCUMFERENCE_RANGE_CM = (10.0, 300.0)  # circumference_log
SKINFOLD_RANGE_MM = (1.0, 100.0)  # caliper_log
BODY_FAT_RANGE_PCT = (2.0, 70.0)  # caliper_log.body_fat_pct
HEIGHT_RANGE_CM = (50.0, 272.0)  # profiles.height_cm
LEAN_MASS_RANGE_KG = (10.0, 300.0)  # body_device_log.lean_mass_kg

# What the device series (body_device_log) holds, by the Apple Health
# quantity type that records it: its column, the quantity the export writes
# (a fraction for percent, a mass or a length in the unit it names) and the
# plausible range as stored. The import reads this (the type names are the
# body's words).
DEVICE_MEASURES: dict[str, tuple[str, str, tuple[float, float]]] = {
    "HKQuantityTypeIdentifierBodyFatPercentage": ("body_fat_pct", "fraction", BODY_FAT_RANGE_PCT),
    "HKQuantityTypeIdentifierLeanBodyMass": ("lean_mass_kg", "mass", LEAN_MASS_RANGE_KG),
    "HKQuantityTypeIdentifierWaistCircumference": ("waist_cm", "length", CIRCUMFERENCE_RANGE_CM),
}

# The body-fat series the Body page draws: each formula's, and the device's
# (a scale or app: kept apart from the formulas, never averaged with them).
DEVICE = "device"
BODY_FAT_SERIES = (*BODY_FAT_METHODS, DEVICE)

# Feature ids charged per new entry (as the database names them).
WEIGHT_FEATURE = "weight_entries"
CIRCUMFERENCE_FEATURE = "circumference_entries"
SKINFOLD_FEATURE = "caliper_entries"

# The features above, as membership seeds them (the manifest names this).
FEATURES: tuple[FeatureSeed, ...] = (
    FeatureSeed(
        id=WEIGHT_FEATURE,
        name=Text(de="Gewichtseinträge", en="Weight entries"),
        description=Text(
            de="Tägliche Gewichtsmessungen erfassen.",
            en="Record daily weight measurements.",
        ),
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
    FeatureSeed(
        id=CIRCUMFERENCE_FEATURE,
        name=Text(de="Umfangsmessungen", en="Circumference entries"),
        description=Text(
            de="Körperumfänge wie Taille, Hüfte und Brust erfassen.",
            en="Record body circumferences such as waist, hips and chest.",
        ),
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
    FeatureSeed(
        id=SKINFOLD_FEATURE,
        name=Text(de="Caliper-Messungen", en="Caliper entries"),
        description=Text(
            de="Hautfaltenmessungen erfassen und den Körperfettanteil berechnen.",
            en="Record skinfold measurements and calculate body fat.",
        ),
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
)
