"""The features recovery charges (membership seeds them with a limit per tier)."""

from __future__ import annotations

from mitai_app.core.reference import FeatureSeed
from mitai_app.core.text import Text

FEATURES: tuple[FeatureSeed, ...] = (
    FeatureSeed(
        id="sleep_entries",
        name=Text(de="Schlafeinträge", en="Sleep entries"),
        description=Text(
            de="Schlafdauer, Schlafphasen und Schlafqualität erfassen.",
            en="Record sleep duration, sleep stages and sleep quality.",
        ),
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
    FeatureSeed(
        id="vitals_entries",
        name=Text(de="Vitalwerte", en="Vitals entries"),
        description=Text(
            de="Morgenmessung von Ruhepuls, HRV, VO2max, SpO2 und Atemfrequenz.",
            en="Morning baseline of resting heart rate, HRV, VO2 max, SpO2 and breathing rate.",
        ),
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
    FeatureSeed(
        id="blood_pressure_entries",
        name=Text(de="Blutdruckmessungen", en="Blood pressure entries"),
        description=Text(
            de="Blutdruck und Puls mehrmals täglich mit Kontext erfassen.",
            en="Record blood pressure and pulse several times a day, with context.",
        ),
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
    FeatureSeed(
        id="rest_day_entries",
        name=Text(de="Ruhetage", en="Rest days"),
        description=Text(
            de="Ruhetage für Kraft, Ausdauer oder Entspannung planen und erfassen.",
            en="Plan and record rest days for strength, cardio or relaxation.",
        ),
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
)

# --- identifiers and limits code refers to ---------------------------------------------

SLEEP = "/sleep"  # the Sleep page
VITALS = "/vitals"  # the Vitals page: morning baseline and blood pressure

SLEEP_FEATURE = "sleep_entries"
VITALS_FEATURE = "vitals_entries"
BLOOD_PRESSURE_FEATURE = "blood_pressure_entries"
REST_DAY_FEATURE = "rest_day_entries"

# Blood pressure: what a reading may hold (mmHg, beats a minute).
SYSTOLIC_RANGE = (40, 300)
DIASTOLIC_RANGE = (20, 200)
PULSE_RANGE = (25, 250)
BP_CONTEXTS = (
    "morning",
    "evening",
    "resting",
    "fasting",
    "after_meal",
    "after_training",
    "stress",
    "after_medication",
)
YES_NO = ("no", "yes")

# The doctor's report: `?from=YYYY-MM-DD&to=YYYY-MM-DD&lang=de|en`, to its
# owner only; a period of at most two years (a first visit's whole history).
REPORT_MEDIA = "/media/recovery/blood-pressure.pdf"
REPORT_MAX_DAYS = 731
REPORT_DEFAULT_DAYS = 30

# Home measurement (ESH 2023): 7 days, the first discarded, at least 3 counted;
# morning and evening readings by the hour of day; the home threshold.
HOME_DAYS = 7
HOME_MIN_DAYS = 3
HOME_THRESHOLD = (135, 85)
MORNING_HOURS = (4, 12)  # from 04:00 to before 12:00
EVENING_HOURS = (17, 24)  # from 17:00 to midnight

# Personal baselines: the mean and normal band of the last 60 days, shown
# from 7 values on.
BASELINE_DAYS = 60
BASELINE_MIN_VALUES = 7

# Morning vitals: plausible values (the table's checks; HRV and SpO2 as the issue asks).
RESTING_HR_RANGE = (20, 250)  # beats a minute
HRV_RANGE = (1, 300)  # ms
VO2MAX_RANGE = (10, 100)  # ml/kg/min
SPO2_RANGE = (50, 100)  # %
RESPIRATORY_RATE_RANGE = (4, 60)  # breaths a minute
HRV_MEASURES = ("rmssd", "sdnn")  # RMSSD (most apps, chest straps), SDNN (Apple Health)
VITALS_MEASURES = ("resting_hr", "hrv", "vo2_max", "spo2", "respiratory_rate")

# Sleep: minutes per stage and the subjective quality (1–5, stored ×20 as
# sleep_log.quality_score, 0–100).
SLEEP_STAGES = ("deep", "rem", "light", "awake")
# sleep_segments holds the minutes per stage and, when a device recorded
# them (imports), the stage intervals under this key: [[stage, start, end], …]
# with ISO 8601 times carrying their offset, oldest first.
SEGMENT_INTERVALS = "intervals"
STAGE_RANGE = (0, 1440)
QUALITY_RANGE = (1, 5)
QUALITY_SCALE = 20
NIGHTS_SHOWN = 14

# Rest days: presets, each resting one focus (rest_days.focus) and stored
# with its settings in rest_config; a rest day may be planned up to a year ahead.
REST_DAYS = "/rest-days"
REST_PRESETS: dict[str, tuple[str, dict]] = {
    "full_rest": ("relaxation", {"training": "none"}),
    "active_recovery": ("relaxation", {"training": "light", "max_intensity": "easy"}),
    "strength_rest": ("strength", {"training": "cardio_only"}),
    "cardio_rest": ("cardio", {"training": "strength_only"}),
}
REST_PLAN_DAYS = 365
