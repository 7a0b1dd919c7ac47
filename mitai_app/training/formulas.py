"""Training formulas: estimated one-rep maximum, maximum heart rate, heart-rate
zones, training load, the energy of a session and the abilities a spell of
training worked.

Pure functions, each citing the published source of its equation. Inputs are
SI as stored: kilograms, minutes, beats per minute, age in years, sex
``"male"`` or ``"female"``. Impossible inputs raise ``ValueError`` naming the
input; results are not rounded (the pages round for display).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date, timedelta

SEXES = ("male", "female")

# Karvonen zone edges as shares of the heart-rate reserve: zone n runs from
# edge n to edge n + 1 (50–60 %, 60–70 %, …, 90–100 %).
ZONE_EDGES = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)

ACUTE_DAYS = 7
CHRONIC_DAYS = 28


# --- validation -------------------------------------------------------------------------


def _number(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number, got {value!r}")
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return float(value)


def _positive(value: object, name: str) -> float:
    number = _number(value, name)
    if number <= 0:
        raise ValueError(f"{name} must be above 0, got {number:g}")
    return number


def _reps(value: object, highest: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= highest:
        raise ValueError(f"reps must be a whole number from 1 to {highest}, got {value!r}")
    return value


def _reserve(max_hr: float, resting_hr: float) -> float:
    max_hr, resting_hr = _positive(max_hr, "max_hr"), _positive(resting_hr, "resting_hr")
    if resting_hr >= max_hr:
        raise ValueError(f"resting_hr ({resting_hr:g}) must be below max_hr ({max_hr:g})")
    return max_hr - resting_hr


# --- one-rep maximum ---------------------------------------------------------------------


def epley_1rm(weight_kg: float, reps: int) -> float:
    """Estimated one-rep maximum by Epley: w · (1 + r / 30); one rep is the
    weight itself.

    Source: Epley B. *Poundage Chart*. Boyd Epley Workout, Lincoln NE, 1985.
    Worked example: 100 kg for 10 reps → 100 · (1 + 10/30) = 133.3 kg.
    """
    weight = _positive(weight_kg, "weight_kg")
    reps = _reps(reps, 100)
    return weight if reps == 1 else weight * (1 + reps / 30)


def brzycki_1rm(weight_kg: float, reps: int) -> float:
    """Estimated one-rep maximum by Brzycki: w · 36 / (37 − r), for 1 to 36 reps
    (the equation is meant for up to about 10).

    Source: Brzycki M. Strength testing — predicting a one-rep max from
    reps-to-fatigue. *JOPERD* 64(1):88–90, 1993.
    Worked example: 100 kg for 10 reps → 100 · 36 / 27 = 133.3 kg; 5 reps → 112.5 kg.
    """
    weight = _positive(weight_kg, "weight_kg")
    reps = _reps(reps, 36)
    return weight * 36 / (37 - reps)


# --- heart rate -------------------------------------------------------------------------


def tanaka_max_hr(age: float) -> float:
    """Estimated maximum heart rate by Tanaka: 208 − 0.7 · age.

    Source: Tanaka H, Monahan KD, Seals DR. Age-predicted maximal heart rate
    revisited. *J Am Coll Cardiol* 37(1):153–156, 2001.
    Worked example: age 40 → 208 − 28 = 180 bpm.
    """
    years = _number(age, "age")
    if not 0 < years <= 120:
        raise ValueError(f"age must be between 0 and 120 years, got {years:g}")
    return 208 - 0.7 * years


def karvonen(max_hr: float, resting_hr: float, intensity: float) -> float:
    """The heart rate at `intensity` (a share, 0.6 for 60 %) of the reserve:
    HRrest + intensity · (HRmax − HRrest).

    Source: Karvonen MJ, Kentala E, Mustala O. The effects of training on heart
    rate; a longitudinal study. *Ann Med Exp Biol Fenn* 35(3):307–315, 1957.
    """
    return resting_hr + _number(intensity, "intensity") * _reserve(max_hr, resting_hr)


def karvonen_zones(max_hr: float, resting_hr: float) -> list[tuple[float, float]]:
    """Five heart-rate zones as (low, high) bpm, edges at 50/60/70/80/90/100 %
    of the heart-rate reserve (Karvonen 1957, see `karvonen`).

    Worked example: HRmax 180, HRrest 60 (reserve 120) → (120, 132),
    (132, 144), (144, 156), (156, 168), (168, 180).
    """
    edges = [karvonen(max_hr, resting_hr, share) for share in ZONE_EDGES]
    return list(zip(edges[:-1], edges[1:], strict=True))


def zone_of(hr: float, zones: list[tuple[float, float]]) -> int | None:
    """The zone (1–5) a heart rate falls in; None below zone 1. Above the
    maximum counts as zone 5."""
    if hr < zones[0][0]:
        return None
    for number, (_, high) in enumerate(zones, start=1):
        if hr < high:
            return number
    return len(zones)


HR_SAMPLE_GAP_S = 60  # a longer silence between heart-rate samples is a pause, not counted


class HeartRateSeconds:
    """Heart-rate samples added one at a time, in time order (a streamed
    recording keeps no list of them), as `heart_rate_seconds` counts them."""

    def __init__(self) -> None:
        self._seconds: dict[int, float] = {}
        self._previous: tuple[float, float] | None = None

    def add(self, at: float, bpm: float) -> None:
        """A sample `at` seconds from any fixed moment (the recording's start)."""
        if self._previous is not None:
            gap = at - self._previous[0]
            if 0 < gap <= HR_SAMPLE_GAP_S:
                beat = round(self._previous[1])
                self._seconds[beat] = self._seconds.get(beat, 0.0) + gap
        self._previous = (at, bpm)

    def seconds(self) -> dict[str, int]:
        return {
            str(bpm): round(spent)
            for bpm, spent in sorted(self._seconds.items())
            if round(spent) > 0
        }


def heart_rate_seconds(samples: Iterable[tuple[float, float]]) -> dict[str, int]:
    """A recording's heart-rate samples, (seconds since its start, bpm) in
    time order, kept compactly: the whole seconds spent at each heart rate
    ({"142": 35, …}, keys as JSON writes them). Each sample holds until the
    next; a gap over HR_SAMPLE_GAP_S (the watch lost contact, a pause) and
    the last sample count nothing. The zones are read from this with
    whatever maximum and resting heart rate apply when they are shown.

    Worked example: samples at 0 s 120 bpm, 10 s 130 bpm, 15 s 130 bpm,
    400 s 140 bpm → {"120": 10, "130": 5} (385 s without a sample is a pause).
    """
    counted = HeartRateSeconds()
    for at, bpm in samples:
        counted.add(at, bpm)
    return counted.seconds()


def zone_minutes(seconds_at: Mapping[str, float], zones: list[tuple[float, float]]) -> list[float]:
    """Minutes in each of the five zones from `heart_rate_seconds`' record
    (time below zone 1 is in none)."""
    minutes = [0.0] * len(zones)
    for bpm, seconds in seconds_at.items():
        zone = zone_of(float(bpm), zones)
        if zone is not None:
            minutes[zone - 1] += seconds / 60
    return minutes


# --- training load ----------------------------------------------------------------------


def banister_trimp(
    duration_min: float, avg_hr: float, resting_hr: float, max_hr: float, sex: str
) -> float:
    """Banister's training impulse: D · ΔHR · k · e^(b · ΔHR), with ΔHR =
    (HRavg − HRrest) / (HRmax − HRrest) and the sex factor k = 0.64, b = 1.92
    for men, k = 0.86, b = 1.67 for women.

    Source: Banister EW. Modeling elite athletic performance. In: MacDougall
    JD, Wenger HA, Green HJ (eds.), *Physiological Testing of the
    High-Performance Athlete*, 2nd ed., Human Kinetics 1991, 403–424; the
    weighting from Morton RH, Fitz-Clarke JR, Banister EW, *J Appl Physiol*
    69(3):1171–1177, 1990.
    Worked example: 30 min at 150 bpm, HRrest 60, HRmax 180 (ΔHR 0.75) →
    men 30 · 0.75 · 0.64 · e^1.44 = 60.8; women 30 · 0.75 · 0.86 · e^1.2525 = 67.7.
    """
    if sex not in SEXES:
        raise ValueError(f"sex must be 'male' or 'female', got {sex!r}")
    minutes = _positive(duration_min, "duration_min")
    reserve = _reserve(max_hr, resting_hr)
    ratio = (_positive(avg_hr, "avg_hr") - resting_hr) / reserve
    ratio = min(max(ratio, 0.0), 1.0)  # an average outside rest..max is a sensor's error
    k, b = (0.64, 1.92) if sex == "male" else (0.86, 1.67)
    return minutes * ratio * k * math.exp(b * ratio)


def session_rpe_load(rpe: float, duration_min: float) -> float:
    """Session-RPE load in arbitrary units: RPE (CR-10, 1–10) · minutes.

    Source: Foster C, Florhaug JA, Franklin J, et al. A new approach to
    monitoring exercise training. *J Strength Cond Res* 15(1):109–115, 2001.
    Worked example: RPE 7 for 60 minutes → 420 AU.
    """
    effort = _number(rpe, "rpe")
    if not 1 <= effort <= 10:
        raise ValueError(f"rpe must be between 1 and 10, got {effort:g}")
    return effort * _positive(duration_min, "duration_min")


def met_kcal(met: float, weight_kg: float, duration_min: float) -> float:
    """Energy of an activity: MET · body mass (kg) · hours, with 1 MET taken
    as 1 kcal per kg and hour.

    Source: Ainsworth BE, Haskell WL, Herrmann SD, et al. 2011 Compendium of
    Physical Activities. *Med Sci Sports Exerc* 43(8):1575–1581, 2011.
    Worked example: running at 6 mph (9.8 MET), 70 kg, 30 minutes →
    9.8 · 70 · 0.5 = 343 kcal.
    """
    return (
        _positive(met, "met")
        * _positive(weight_kg, "weight_kg")
        * _positive(duration_min, "duration_min")
        / 60
    )


def acute_chronic(
    loads: Iterable[tuple[date, float]], today: date
) -> tuple[float, float, float | None]:
    """Acute load (the sum of the last 7 days), chronic load (the weekly mean
    of the last 28 days) and their ratio (None without chronic load), from
    (day, load) pairs; days after `today` are left out.

    Source: Hulin BT, Gabbett TJ, Blanch P, et al. Spikes in acute workload
    are associated with increased injury risk in elite cricket fast bowlers.
    *Br J Sports Med* 48(8):708–712, 2014; Gabbett TJ, *Br J Sports Med*
    50(5):273–280, 2016 (rolling averages, coupled).
    Worked example: 2,000 AU this week, 6,400 AU over the four weeks →
    chronic 1,600 AU a week, ratio 1.25.
    """
    acute_from = today - timedelta(days=ACUTE_DAYS - 1)
    chronic_from = today - timedelta(days=CHRONIC_DAYS - 1)
    acute = chronic_total = 0.0
    for day, load in loads:
        if chronic_from <= day <= today:
            chronic_total += load
            if day >= acute_from:
                acute += load
    chronic = chronic_total / (CHRONIC_DAYS / ACUTE_DAYS)
    return acute, chronic, (acute / chronic if chronic > 0 else None)


# --- abilities --------------------------------------------------------------------------


def abilities_profile(
    minutes_by_type: Mapping[str, float], abilities_by_type: Mapping[str, Mapping[str, float]]
) -> dict[str, float]:
    """What a spell of training worked: each ability's rating (0–100) of
    every type, weighed by the minutes spent on it, so 60 minutes of a type
    rated 80 and 60 of one rated 20 give 50. Types without a rating (an
    import's unknown name) are left out; no minutes give {}.

    Worked example: 120 min running (ausdauer 90, kraft 20) and 60 min
    strength training (ausdauer 30, kraft 90) → ausdauer 70, kraft 43.3.
    """
    rated = {
        key: minutes
        for key, minutes in minutes_by_type.items()
        if minutes > 0 and abilities_by_type.get(key)
    }
    total = sum(rated.values())
    if not total:
        return {}
    keys = dict.fromkeys(k for key in rated for k in abilities_by_type[key])
    return {
        ability: sum(
            minutes * float(abilities_by_type[key].get(ability, 0))
            for key, minutes in rated.items()
        )
        / total
        for ability in keys
    }
