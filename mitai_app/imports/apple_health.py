"""Apple Health `export.xml`, streamed: the rows it gives each domain table.

The file is stream-parsed with lxml (libxml2) in chunks, this module's
Handler as the parser's target: each element is handled as it starts,
without building a tree, so memory stays flat however big the export.
Entities are never expanded and nothing outside the file is read (a file
that declares one is refused: neither an entity bomb nor a local file can
be pulled in).

The rules (issue 15):
- a record's day is the local date written in its own `startDate`;
- exact duplicates (type, source, start, end, value) count once;
- nutrition: the day's sums of energy, protein, carbs, fat, fiber and
  water (mL → L), one nutrition_log row a day;
- weight: the latest `BodyMass` of the day, in kg;
- body fat (a fraction, ×100), lean mass and waist: the latest of the day
  each, one row a day in the body module's series from scales and apps
  (kept apart from what the person measured by hand);
- height: the newest, for a profile that has none (the writer's rule);
- steps, active and basal energy, exercise minutes and walking distance:
  the day's sums over every source, into training's daily activity summary;
- resting HR, HRV (SDNN), VO2max, SpO2 (a fraction, ×100) and respiratory
  rate: the day's mean, one vitals row a day;
- blood pressure: one reading per correlation (its children, which also
  appear at top level, are not counted again);
- sleep: one night per session, from the Apple Watch when it wrote records
  for it, else the iPhone; dated by the wake-up day;
- workouts: type, start, duration, kcal, distance and heart rate from the
  WorkoutStatistics (iOS 16+) or the older attributes; the zip's
  `workout-routes/*.gpx` read like GPX files (`with_routes`);
- heart-rate samples inside a workout's time (of every source) give its
  seconds at each heart rate (training's time in zones); a sample inside
  two overlapping workouts is the later-started one's. The export lists
  them before the workouts, so they wait, packed into 8 bytes each and
  spilled to a temporary file past HeartRateSamples.BUFFER, until the walk
  ends: memory stays flat however many years of samples the file holds.
Everything else (heart-rate samples outside workouts too) is counted as
"not imported". A file that stops being well-formed gives what was read
before the fault, minus the day being read when it broke, and says where it
stopped.
"""

from __future__ import annotations

import hashlib
import re
import statistics
import tempfile
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import cache
from typing import IO, Any

from lxml import etree

from mitai_app.body.consts import DEVICE_MEASURES, HEIGHT_RANGE_CM, WEIGHT_RANGE_KG
from mitai_app.imports.matching import owned_stretches, same_activity, workout
from mitai_app.imports.nutrition_files import day_row
from mitai_app.imports.rows import ImportRow, Parsed, Skip, Stopped
from mitai_app.recovery.consts import SEGMENT_INTERVALS
from mitai_app.recovery.consts import SLEEP_STAGES as SLEEP_STAGE_KEYS
from mitai_app.training.formulas import HeartRateSeconds

SOURCE = "apple_health"
CHUNK = 1024 * 1024
LONG_LINE = 1 << 16  # longer than any line of a record
LB_KG = 0.45359237
STONE_KG = 6.35029318
SESSION_GAP = timedelta(hours=2)  # sleep records closer than this are one night

HK = "HKQuantityTypeIdentifier"
WEIGHT = HK + "BodyMass"
HEART_RATE = HK + "HeartRate"
HEIGHT = HK + "Height"
HR_RANGE = (20, 250)  # activity_log's check; a sample outside it is not counted
BP = "HKCorrelationTypeIdentifierBloodPressure"
BP_PARTS = (HK + "BloodPressureSystolic", HK + "BloodPressureDiastolic")
SLEEP = "HKCategoryTypeIdentifierSleepAnalysis"
# vitals_baseline column, and how a record's value becomes it
VITALS: dict[str, tuple[str, Callable[[float], float]]] = {
    HK + "RestingHeartRate": ("resting_hr", float),
    HK + "HeartRateVariabilitySDNN": ("hrv", float),
    HK + "VO2Max": ("vo2_max", float),
    HK + "OxygenSaturation": ("spo2", lambda v: v * 100 if v <= 1 else v),
    HK + "RespiratoryRate": ("respiratory_rate", float),
}
VITAL_RANGES = {
    "resting_hr": (20, 250),
    "hrv": (1, 1000),
    "vo2_max": (10, 100),
    "spo2": (50, 100),
    "respiratory_rate": (4, 60),
}
SLEEP_STAGES = {
    "HKCategoryValueSleepAnalysisAsleepDeep": "deep",
    "HKCategoryValueSleepAnalysisAsleepREM": "rem",
    "HKCategoryValueSleepAnalysisAsleepCore": "light",
    "HKCategoryValueSleepAnalysisAwake": "awake",
    "HKCategoryValueSleepAnalysisAsleepUnspecified": "asleep",
    "HKCategoryValueSleepAnalysisAsleep": "asleep",
    "HKCategoryValueSleepAnalysisInBed": "in_bed",
}
# nutrition_log column, and the factors from the units the export writes
NUTRIENTS: dict[str, tuple[str, dict[str, float]]] = {
    HK + "DietaryEnergyConsumed": ("kcal", {"kcal": 1.0, "Cal": 1.0, "kJ": 1 / 4.184}),
    HK + "DietaryProtein": ("protein_g", {"g": 1.0, "mg": 0.001}),
    HK + "DietaryCarbohydrates": ("carbs_g", {"g": 1.0, "mg": 0.001}),
    HK + "DietaryFatTotal": ("fat_g", {"g": 1.0, "mg": 0.001}),
    HK + "DietaryFiber": ("fiber_g", {"g": 1.0, "mg": 0.001}),
    HK + "DietaryWater": ("water_l", {"mL": 0.001, "L": 1.0, "fl_oz_us": 0.0295735}),
}
# daily_activity measure (training's summary), and the factors from the export's units
DAILY: dict[str, tuple[str, dict[str, float]]] = {
    HK + "StepCount": ("steps", {"count": 1.0}),
    HK + "ActiveEnergyBurned": ("active_kcal", {"kcal": 1.0, "Cal": 1.0, "kJ": 1 / 4.184}),
    HK + "BasalEnergyBurned": ("resting_kcal", {"kcal": 1.0, "Cal": 1.0, "kJ": 1 / 4.184}),
    HK + "AppleExerciseTime": ("exercise_minutes", {"min": 1.0, "s": 1 / 60, "hr": 60.0}),
    HK + "DistanceWalkingRunning": (
        "distance_km",
        {"km": 1.0, "m": 0.001, "mi": 1.609344, "yd": 0.0009144, "ft": 0.0003048},
    ),
}
# The record types read (every other one is counted as "not imported").
IMPORTED = frozenset({*VITALS, *NUTRIENTS, *DAILY, *DEVICE_MEASURES, WEIGHT, HEIGHT, SLEEP})
CM_PER = {"cm": 1.0, "m": 100.0, "mm": 0.1, "in": 2.54, "ft": 30.48}
KCAL_PER = {"kcal": 1.0, "Cal": 1.0, "kJ": 1 / 4.184, "cal": 0.001}
KM_PER = {"km": 1.0, "m": 0.001, "mi": 1.609344, "yd": 0.0009144, "ft": 0.0003048}
# An entity declaration as the bytes of each encoding the parser reads.
ENTITY_DECLARATION = tuple("<!ENTITY".encode(c) for c in ("utf-8", "utf-16-le", "utf-16-be"))
ENTITY_MARK_BYTES = max(map(len, ENTITY_DECLARATION))  # a mark cut by a chunk's end


class XmlRefused(Exception):
    """The file declares entities or references external ones: an attack,
    never part of a real export. Nothing of it is imported."""


def parse_time(text: str) -> datetime:
    """`2024-03-10 07:12:45 +0100`, aware with its own offset. Apple's own
    form is read by fromisoformat once the space before the offset is
    dropped (strptime took a tenth of an import's time); other offsets
    (`+01:00`, `Z`) by strptime."""
    if len(text) == 25 and text[10] == " " and text[19] == " " and text[20] in "+-":
        return datetime.fromisoformat(text[:19] + text[20:])
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S %z")


def local_day(text: str) -> date:
    """The calendar date as written, in the record's own time zone."""
    return date.fromisoformat(text[:10])


def kilograms(value: float, unit: str) -> float | None:
    factor = {"kg": 1.0, "lb": LB_KG, "g": 0.001, "st": STONE_KG}.get(unit)
    return None if factor is None else value * factor


def measured(value: float, quantity: str, unit: str) -> float | None:
    """A body measure in the device series' units (body.consts.DEVICE_MEASURES):
    percent from the export's fraction, kg, cm; None for a unit not known."""
    if quantity == "fraction":
        if unit != "%":
            return None
        return value * 100 if value <= 1 else value  # 0.215 as the export writes it
    if quantity == "mass":
        return kilograms(value, unit)
    factor = CM_PER.get(unit)
    return None if factor is None else value * factor


def key(*parts: object) -> str:
    """An external key: readable kind, hashed identity (fits 200 characters)."""
    digest = hashlib.sha1("\x1f".join(map(str, parts[1:])).encode()).hexdigest()[:24]
    return f"{SOURCE}:{parts[0]}:{digest}"


@cache  # a handful of types, named millions of times
def _short(hk_type: str) -> str:
    for prefix in (HK, "HKCategoryTypeIdentifier", "HKCorrelationTypeIdentifier", "HKDataType"):
        if hk_type.startswith(prefix):
            return hk_type[len(prefix) :]
    return hk_type


def number(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


@cache  # one per day and UTC offset the export names
def _midnight(day_and_offset: str | bytes) -> int:
    """Epoch seconds of 00:00 of `2024-03-10 +0100`."""
    if isinstance(day_and_offset, bytes):
        day_and_offset = day_and_offset.decode()
    return int(datetime.strptime(day_and_offset, "%Y-%m-%d %z").timestamp())


@cache  # at most 86,400: bounded whatever the file's size
def _clock(hh_mm_ss: str | bytes) -> int:
    """Seconds since midnight of `07:12:45`."""
    return int(hh_mm_ss[:2]) * 3600 + int(hh_mm_ss[3:5]) * 60 + int(hh_mm_ss[6:8])


def epoch_seconds(text: str | bytes) -> int:
    """`2024-03-10 07:12:45 +0100` as epoch seconds, from two small caches
    rather than a strptime per sample (millions of heart-rate samples)."""
    return _midnight(text[:10] + text[19:]) + _clock(text[11:19])


def packed_sample(start: str | bytes | None, value: str | bytes | None) -> int:
    """A heart-rate sample as one number, seconds << 8 | bpm (which sorts by
    time); -1 for one that cannot be placed in time or is out of range."""
    try:
        bpm = float(value)  # type: ignore[arg-type]  # None is caught
        at = epoch_seconds(start)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return -1
    if at < 0 or not HR_RANGE[0] <= bpm <= HR_RANGE[1]:
        return -1
    return at << 8 | round(bpm)


class HeartRateSamples:
    """(epoch seconds, bpm) packed into one unsigned 64-bit number each
    (seconds << 8 | bpm, which sorts by time), kept in a buffer that is
    spilled to a temporary file whenever it holds BUFFER samples."""

    BUFFER = 1 << 16  # 512 KB

    def __init__(self) -> None:
        self.buffer = array("Q")
        self.spill: IO[bytes] | None = None

    def extend(self, packed: array) -> None:
        """Adds packed samples (packed_sample)."""
        self.buffer.extend(packed)
        if len(self.buffer) >= self.BUFFER:
            if self.spill is None:
                # Open across many calls; read_all closes it (and a walk
                # that stopped early leaves it to the garbage collector:
                # the file has no name on disk to leave behind).
                self.spill = tempfile.TemporaryFile()  # noqa: SIM115
            self.buffer.tofile(self.spill)
            self.buffer = array("Q")

    def read_all(self) -> Iterator[array]:
        """Every sample, a buffer's worth at a time, in the order added; the
        temporary file is closed after."""
        if self.spill is not None:
            self.spill.seek(0)
            while chunk := self.spill.read(self.BUFFER * 8):
                yield array("Q", chunk)
            self.spill.close()
            self.spill = None
        yield self.buffer


@dataclass
class _Latest:
    start: str = ""
    value: float = 0.0
    device: str = ""


@dataclass
class SleepRecord:
    source: str
    device: str
    start: datetime
    end: datetime
    stage: str


class Handler:
    """The parser's target: the state of the walk."""

    def __init__(self, result: Parsed) -> None:
        self.result = result
        self.line: Callable[[], int] = lambda: 0
        self.seen: set[int] = set()
        self.weights: dict[date, _Latest] = {}
        self.body: dict[date, dict[str, _Latest]] = defaultdict(dict)  # column → latest
        self.height: _Latest | None = None  # cm, the newest of the file
        self.vitals: dict[date, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
        self.vital_devices: dict[date, str] = {}
        self.nutrition: dict[date, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        self.nutrition_devices: dict[date, str] = {}
        self.daily: dict[date, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        self.daily_devices: dict[date, str] = {}
        self.sleep: list[SleepRecord] = []
        self.correlation: dict[str, Any] | None = None
        self.workout: dict[str, Any] | None = None
        self.heart = HeartRateSamples()
        self.workout_spans: list[tuple[int, int, ImportRow]] = []  # epoch start, end, row
        self.last: tuple[str, date] | None = None  # (type, day) of the last record read
        self.top_level = False  # inside <HealthData>, in no correlation or workout
        self.elements = 0  # started, as the parser told them

    # --- parser target ----------------------------------------------------

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self.elements += 1
        if tag == "Record":
            if self.correlation is not None:
                self.correlation["parts"][attrib.get("type", "")] = attrib
                return
            self.result.records += 1
            if attrib.get("type") == HEART_RATE:  # most of an export: the shortest path
                self._heart_rate(attrib)
            else:
                self.add_record(attrib)
        elif tag == "Correlation":
            self.result.records += 1
            self.correlation = {"attrib": attrib, "parts": {}, "line": self.line()}
            self.top_level = False
        elif tag == "Workout":
            self.result.records += 1
            self.workout = {"attrib": attrib, "stats": {}, "line": self.line()}
            self.top_level = False
        elif tag == "WorkoutStatistics" and self.workout is not None:
            self.workout["stats"][attrib.get("type", "")] = attrib
        elif tag in ("ActivitySummary", "ClinicalRecord", "Audiogram"):
            self.result.records += 1
            self.result.not_imported[tag] += 1
        elif tag == "HealthData":
            self.top_level = True

    def end(self, tag: str) -> None:
        if tag == "Correlation" and self.correlation is not None:
            self.add_blood_pressure(self.correlation)
            self.correlation = None
            self.top_level = self.workout is None
        elif tag == "Workout" and self.workout is not None:
            self.add_workout(self.workout)
            self.workout = None
            self.top_level = self.correlation is None
        elif tag == "HealthData":
            self.top_level = False

    def close(self) -> None:
        """The end of the file (or of what was readable): parse() makes the
        rows, knowing which."""

    # --- records ------------------------------------------------------------

    def skip(self, kind: str, reason: str, value: object = "") -> None:
        self.result.skipped.append(Skip(self.line(), kind, reason, str(value)))

    def _duplicate(self, attrib: dict[str, str]) -> bool:
        identity = hash(
            (
                attrib.get("type"),
                attrib.get("sourceName"),
                attrib.get("startDate"),
                attrib.get("endDate"),
                attrib.get("value"),
            )
        )
        if identity in self.seen:
            self.result.duplicates += 1
            return True
        self.seen.add(identity)
        return False

    def add_record(self, attrib: dict[str, str]) -> None:
        hk_type = attrib.get("type", "")
        start = attrib.get("startDate", "")
        if hk_type in BP_PARTS:
            return  # read from their correlation
        if hk_type not in IMPORTED:
            self.result.not_imported[_short(hk_type)] += 1
            return
        try:
            day = local_day(start)
        except ValueError:
            self.skip(_short(hk_type), "date", start)
            return
        self.last = (hk_type, day)
        if self._duplicate(attrib):
            return
        device = attrib.get("sourceName", "")
        if hk_type == SLEEP:
            self._sleep_record(attrib, device)
            return
        value = number(attrib.get("value"))
        if value is None:
            self.skip(_short(hk_type), "value", attrib.get("value", ""))
            return
        if hk_type in NUTRIENTS or hk_type in DAILY:
            column, factors = NUTRIENTS.get(hk_type) or DAILY[hk_type]
            factor = factors.get(attrib.get("unit", ""))
            if factor is None:
                self.skip(_short(hk_type), "unit", attrib.get("unit", ""))
                return
            if hk_type in NUTRIENTS:
                self.nutrition[day][column] += value * factor
                self.nutrition_devices.setdefault(day, device)
            else:  # every source's records summed (steps of phone and watch alike)
                self.daily[day][column] += value * factor
                self.daily_devices.setdefault(day, device)
        elif hk_type == WEIGHT:
            kg = kilograms(value, attrib.get("unit", "kg"))
            if kg is None:
                self.skip("BodyMass", "unit", attrib.get("unit", ""))
                return
            latest = self.weights.get(day)
            if latest is None or parse_time(start) >= parse_time(latest.start):
                self.weights[day] = _Latest(start, kg, device)
        elif hk_type == HEIGHT:
            cm = measured(value, "length", attrib.get("unit", ""))
            if cm is None:
                self.skip("Height", "unit", attrib.get("unit", ""))
            elif self.height is None or parse_time(start) >= parse_time(self.height.start):
                self.height = _Latest(start, cm, device)
        elif hk_type in DEVICE_MEASURES:
            column, quantity, _ = DEVICE_MEASURES[hk_type]
            converted = measured(value, quantity, attrib.get("unit", ""))
            if converted is None:
                self.skip(_short(hk_type), "unit", attrib.get("unit", ""))
                return
            latest = self.body[day].get(column)
            if latest is None or parse_time(start) >= parse_time(latest.start):
                self.body[day][column] = _Latest(start, converted, device)
        else:
            column, convert = VITALS[hk_type]
            self.vitals[day][column].append(convert(value))
            self.vital_devices.setdefault(day, device)

    def _heart_rate(self, attrib: dict[str, str]) -> None:
        """A sample kept for the workouts read later; one packed_sample
        refuses is not imported."""
        packed = packed_sample(attrib.get("startDate"), attrib.get("value"))
        if packed < 0:
            self.result.not_imported["HeartRate"] += 1
        else:
            self.heart.extend(array("Q", (packed,)))

    def _sleep_record(self, attrib: dict[str, str], device: str) -> None:
        stage = SLEEP_STAGES.get(attrib.get("value", ""))
        if stage is None:
            self.skip("SleepAnalysis", "value", attrib.get("value", ""))
            return
        try:
            start, end = parse_time(attrib["startDate"]), parse_time(attrib["endDate"])
        except (KeyError, ValueError):
            self.skip("SleepAnalysis", "date", attrib.get("endDate", ""))
            return
        if end <= start:
            return
        self.sleep.append(SleepRecord(device, attrib.get("device", ""), start, end, stage))

    def add_blood_pressure(self, correlation: dict[str, Any]) -> None:
        attrib = correlation["attrib"]
        if attrib.get("type") != BP:
            self.result.not_imported[_short(attrib.get("type", ""))] += 1
            return
        start = attrib.get("startDate", "")
        systolic = number(correlation["parts"].get(BP_PARTS[0], {}).get("value"))
        diastolic = number(correlation["parts"].get(BP_PARTS[1], {}).get("value"))
        try:
            measured = parse_time(start)
        except ValueError:
            self.skip("BloodPressure", "date", start)
            return
        if systolic is None or diastolic is None:
            self.skip("BloodPressure", "value", f"{systolic}/{diastolic}")
            return
        sys_mm, dia_mm = round(systolic), round(diastolic)
        if not (50 <= sys_mm <= 300 and 30 <= dia_mm <= 200 and sys_mm > dia_mm):
            self.skip("BloodPressure", "range", f"{sys_mm}/{dia_mm}")
            return
        device = attrib.get("sourceName", "")
        self.result.rows.append(
            ImportRow(
                table="blood_pressure_log",
                day=local_day(start),
                key=key("bp", start, device, sys_mm, dia_mm),
                device=device,
                values={"measured_at": measured, "systolic": sys_mm, "diastolic": dia_mm},
            )
        )

    def add_workout(self, workout: dict[str, Any]) -> None:
        attrib, stats = workout["attrib"], workout["stats"]
        start_text = attrib.get("startDate", "")
        try:
            start = parse_time(start_text)
        except ValueError:
            self.skip("Workout", "date", start_text)
            return
        kind = attrib.get("workoutActivityType", "").removeprefix("HKWorkoutActivityType")
        minutes = number(attrib.get("duration"))
        if minutes is not None:
            minutes *= {"min": 1.0, "s": 1 / 60, "hr": 60.0}.get(attrib.get("durationUnit"), 1.0)
        energy = stats.get(HK + "ActiveEnergyBurned")
        if energy:
            kcal = number(energy.get("sum"))
            kcal_unit = energy.get("unit", "kcal")
        else:
            kcal = number(attrib.get("totalEnergyBurned"))
            kcal_unit = attrib.get("totalEnergyBurnedUnit", "kcal")
        if kcal is not None:
            kcal *= KCAL_PER.get(kcal_unit, 1.0)
        distance = None
        for stat in ("DistanceWalkingRunning", "DistanceCycling", "DistanceSwimming"):
            found = stats.get(HK + stat)
            if found and number(found.get("sum")) is not None:
                distance = number(found.get("sum")) * KM_PER.get(found.get("unit", "km"), 1.0)
                break
        if distance is None and not stats and number(attrib.get("totalDistance")) is not None:
            unit = attrib.get("totalDistanceUnit", "km")
            distance = number(attrib.get("totalDistance")) * KM_PER.get(unit, 1.0)
        heart = stats.get(HK + "HeartRate", {})
        avg_hr, max_hr = number(heart.get("average")), number(heart.get("maximum"))
        device = attrib.get("sourceName", "")
        values = {
            "date": local_day(start_text),
            "start_time": start.time().replace(microsecond=0),
            "duration_minutes": round(minutes) if minutes is not None else None,
            "kcal": round(kcal) if kcal is not None else None,
            "distance_km": round(distance, 2) if distance else None,
            "avg_hr": round(avg_hr) if avg_hr and 20 <= avg_hr <= 250 else None,
            "max_hr": round(max_hr) if max_hr and 20 <= max_hr <= 250 else None,
            "description": kind,
        }
        if values["avg_hr"] and values["max_hr"] and values["avg_hr"] > values["max_hr"]:
            values["avg_hr"] = values["max_hr"] = None
        row = ImportRow(
            table="activity_log",
            day=values["date"],
            key=key("workout", kind, start_text, attrib.get("endDate", ""), device),
            device=device,
            values=values,
        )
        self.result.rows.append(row)
        try:
            end = parse_time(attrib.get("endDate", ""))
        except ValueError:
            return
        if end > start:
            self.workout_spans.append((int(start.timestamp()), int(end.timestamp()), row))

    # --- after the walk -------------------------------------------------------

    def finish(self, drop: tuple[str, date] | None) -> None:
        """The day aggregates and sleep sessions as rows; `drop` (type, day)
        is the day being read when the file broke, left out whole."""
        rows = self.result.rows
        self._time_in_zones()
        for day, latest in sorted(self.weights.items()):
            if drop == (WEIGHT, day):
                continue
            kg = round(latest.value, 2)
            if not WEIGHT_RANGE_KG[0] <= kg <= WEIGHT_RANGE_KG[1]:
                self.result.skipped.append(Skip(0, "BodyMass", "range", f"{day} {kg}"))
                continue
            rows.append(
                ImportRow("weight_log", day, key("weight", day), latest.device, {"weight": kg})
            )
        if self.height is not None and drop != (HEIGHT, local_day(self.height.start)):
            self._height_row(self.height)
        dropped_body_day = drop[1] if drop and drop[0] in DEVICE_MEASURES else None
        for day, measures in sorted(self.body.items()):
            if day != dropped_body_day:
                self._body_row(day, measures)
        dropped_vitals_day = drop[1] if drop and drop[0] in VITALS else None
        for day, columns in sorted(self.vitals.items()):
            if day == dropped_vitals_day:
                continue
            values = vitals_means(self.result, day, columns)
            if values:
                rows.append(
                    ImportRow(
                        "vitals_baseline", day, key("vitals", day), self.vital_devices[day], values
                    )
                )
        dropped_nutrition_day = drop[1] if drop and drop[0] in NUTRIENTS else None
        for day, totals in sorted(self.nutrition.items()):
            if day != dropped_nutrition_day:
                day_row(self.result, SOURCE, self.nutrition_devices[day], day, dict(totals))
        dropped_daily_day = drop[1] if drop and drop[0] in DAILY else None
        for day, totals in sorted(self.daily.items()):
            if day != dropped_daily_day:
                daily_row(
                    self.result, key("daily", day), self.daily_devices[day], day, dict(totals)
                )
        rows.extend(self._sleep_rows(drop))

    def _time_in_zones(self) -> None:
        """Each workout's heart-rate samples (those from its start to its
        end; one inside two overlapping workouts is the later-started one's,
        matching.owned_stretches) as its seconds at each heart rate; the rest
        are not imported. Exact duplicates (the same moment and rate) count
        once.

        A buffer's worth of samples at a time is sorted (in C) and each
        stretch takes its slice by bisection: no Python step per sample."""
        spans = self.workout_spans
        stretches = owned_stretches([(start, end) for start, end, _ in spans])
        inside: dict[int, array] = defaultdict(lambda: array("Q"))
        outside = 0
        for chunk in self.heart.read_all():
            ordered = sorted(chunk)
            if not ordered:
                continue
            first, last = ordered[0] >> 8, ordered[-1] >> 8
            outside += len(ordered)
            for start, end, n in stretches:
                if start <= last and end >= first:
                    low, high = _between(ordered, start, end)
                    inside[n].extend(ordered[low:high])
                    outside -= high - low
        if outside:
            self.result.not_imported["HeartRate"] += outside
        for n, samples in inside.items():
            start, _, row = spans[n]
            counted = HeartRateSeconds()
            previous = None
            for packed in sorted(samples):
                if packed == previous:
                    self.result.duplicates += 1
                    continue
                previous = packed
                counted.add((packed >> 8) - start, packed & 0xFF)
            seconds = counted.seconds()
            if seconds:
                row.values["hr_seconds"] = seconds

    def _height_row(self, height: _Latest) -> None:
        cm = round(height.value, 1)
        if not HEIGHT_RANGE_CM[0] <= cm <= HEIGHT_RANGE_CM[1]:
            self.result.skipped.append(Skip(0, "Height", "range", f"{height.start[:10]} {cm}"))
            return
        day = local_day(height.start)
        self.result.rows.append(
            ImportRow("profiles", day, key("height"), height.device, {"height_cm": cm})
        )

    def _body_row(self, day: date, measures: dict[str, _Latest]) -> None:
        """The day's device series row: each measure's latest, those in range."""
        values = body_values(self.result, day, {c: m.value for c, m in measures.items()})
        if values:
            device = next(iter(measures.values())).device
            self.result.rows.append(
                ImportRow("body_device_log", day, key("body", day), device, values)
            )

    def _sleep_rows(self, drop: tuple[str, date] | None) -> list[ImportRow]:
        nights: dict[date, ImportRow] = {}
        sessions = list(_sessions(self.sleep))
        if drop and drop[0] == SLEEP and sessions:
            sessions.pop()  # the night being read when the file broke
        for session in sessions:
            row = _night(session)
            if row is None:
                continue
            earlier = nights.get(row.day)
            if (
                earlier is None
                or row.values["total_duration_minutes"] > earlier.values["total_duration_minutes"]
            ):
                if earlier is not None:
                    self.result.skipped.append(
                        Skip(0, "SleepAnalysis", "second_night", earlier.day)
                    )
                nights[row.day] = row
            else:
                self.result.skipped.append(Skip(0, "SleepAnalysis", "second_night", row.day))
        return [nights[day] for day in sorted(nights)]


def _between(ordered: list[int], start: int, end: int) -> tuple[int, int]:
    """The slice of packed samples (sorted) from `start` to `end` seconds, both included."""
    return bisect_left(ordered, start << 8), bisect_right(ordered, end << 8 | 0xFF)


def daily_row(
    result: Parsed, row_key: str, device: str, day: date, totals: dict[str, float]
) -> None:
    """A daily_activity row of the day's sums (the writer checks them
    against the summary's ranges)."""
    values = {m: round(v, 2) if m == "distance_km" else round(v) for m, v in totals.items()}
    result.rows.append(ImportRow("daily_activity", day, row_key, device, values))


def body_values(result: Parsed, day: date, measures: dict[str, float]) -> dict[str, float]:
    """A body_device_log row's values from the day's measures (column →
    value): those within the series' ranges; the rest skipped and reported."""
    values: dict[str, float] = {}
    for hk_type, (column, _, (low, high)) in DEVICE_MEASURES.items():
        if column not in measures:
            continue
        value = round(measures[column], 2)
        if low <= value <= high:
            values[column] = value
        else:
            result.skipped.append(Skip(0, _short(hk_type), "range", f"{day} {value}"))
    return values


def vitals_means(result: Parsed, day: date, columns: dict[str, list[float]]) -> dict[str, Any]:
    """A vitals_baseline row's values: each column's mean of the day; a mean
    out of the column's range is skipped and reported."""
    values: dict[str, Any] = {}
    for column, found in columns.items():
        mean = statistics.fmean(found)
        low, high = VITAL_RANGES[column]
        if low <= mean <= high:
            values[column] = round(mean, 2) if column == "vo2_max" else round(mean)
        else:
            result.skipped.append(Skip(0, column, "range", f"{day} {mean:.1f}"))
    if "hrv" in values:
        values["hrv_measure"] = "sdnn"  # Apple Health's HRV is SDNN, not RMSSD
    return values


def _sessions(records: list[SleepRecord]) -> Iterator[list[SleepRecord]]:
    """Sleep records of every source, chained into nights by overlap."""
    session: list[SleepRecord] = []
    end: datetime | None = None
    for record in sorted(records, key=lambda r: r.start):
        if end is not None and record.start > end + SESSION_GAP:
            yield session
            session, end = [], None
        session.append(record)
        end = record.end if end is None else max(end, record.end)
    if session:
        yield session


def _preferred_source(session: list[SleepRecord]) -> str:
    """The Apple Watch when it wrote records for the night, else the iPhone,
    else the source with the most records."""
    sources = Counter(r.source for r in session)
    for word in ("watch", "iphone"):
        for record in session:
            if word in record.source.lower() or word in record.device.lower():
                return record.source
    return sources.most_common(1)[0][0]


def _night(session: list[SleepRecord]) -> ImportRow | None:
    source = _preferred_source(session)
    mine = [r for r in session if r.source == source]
    in_bed = [r for r in mine if r.stage == "in_bed"] or mine
    start, end = min(r.start for r in in_bed), max(r.end for r in in_bed)
    minutes: Counter = Counter()
    for record in mine:
        if record.stage != "in_bed":
            minutes[record.stage] += (record.end - record.start).total_seconds() / 60
    asleep = sum(minutes[s] for s in ("deep", "rem", "light", "asleep"))
    if not asleep:
        asleep = (end - start).total_seconds() / 60 - minutes["awake"]
    total = round(min(max(asleep, 0), 1440))
    segments: dict = {s: round(minutes[s]) for s in SLEEP_STAGE_KEYS if minutes[s]}
    intervals = [
        [r.stage, r.start.isoformat(), r.end.isoformat()]
        for r in sorted(mine, key=lambda r: r.start)
        if r.stage in SLEEP_STAGE_KEYS
    ]
    if intervals:  # the night's hypnogram
        segments[SEGMENT_INTERVALS] = intervals
    day = end.date()  # the wake-up day, in the record's own zone
    return ImportRow(
        table="sleep_log",
        day=day,
        key=key("sleep", day),
        device=source,
        values={
            "sleep_start": start,
            "sleep_end": end,
            "total_duration_minutes": total,
            "sleep_segments": segments or None,
        },
    )


HEART_RATE_START = f' <Record type="{HEART_RATE}" '.encode()
METADATA_START = b"  <MetadataEntry "
RECORD_END = (b" </Record>", b" </Record>\r")
EMPTY_TAG_END = (b"/>", b"/>\r")
TAG_ENDS = (*EMPTY_TAG_END, b">", b">\r")
# `&` that starts none of the references XML knows without a DTD
STRAY_AMPERSAND = re.compile(rb"&(?!(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)")


def _plain_tag(line: bytes) -> bool:
    """A line that is one tag with none of what breaks such a line: a
    second `<`, a quote left open, a stray `&`, bytes that are not UTF-8."""
    return (
        line.count(b"<") == 1
        and not line.count(b'"') & 1
        and (b"&" not in line or STRAY_AMPERSAND.search(line) is None)
        and (line.isascii() or _utf8(line))
    )


def _utf8(line: bytes) -> bool:
    try:
        line.decode()
    except UnicodeDecodeError:
        return False
    return True


class HeartRateLines:
    """feed_xml's shortcut for the heart-rate samples that make up most of an
    export (over 90 % of its records). A sample as Apple writes it, a
    `<Record type="…HeartRate" … startDate="…" endDate="…" value="…"/>` line,
    or that start tag, its `<MetadataEntry …/>` lines and `</Record>`, is
    read here from its bytes instead of through the parser's target, which
    costs a Python call and an attribute dict per element (most of an
    import's time was that). Only at the document's top level, after a line
    that ended its tags, and only a line that is plainly one well-formed
    tag: its first attributes (source, device…, the same on many lines)
    checked once by _plain_tag, the rest without `<` or `&`. Any other
    line, and the lines held for a sample that turns out not to be one, go
    to the parser as they are. A line read here reaches the parser as its
    newline, so libxml2's line numbers stay the file's."""

    HEADS = 4096  # first attributes (and metadata lines) whose check is remembered

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.held: list[bytes] = []  # a sample's start tag and metadata lines, until </Record>
        self.held_sample = -1  # its packed_sample
        self.newlines = 0  # owed to the parser for the lines read here
        self.plain_heads: dict[bytes, bool] = {}
        self.between_tags = True  # the parser is not inside a tag (passed_on)
        self.ended_tags = True  # the last line the parser was given ended its tags
        self.open_since = -1  # handler.elements when a line left a tag open

    def lines(self, lines: list[bytes]) -> Iterator[tuple[int, bytes]]:
        """(index, what the parser is to read) of each of `lines` (whole
        lines without their newline) not read here; the parser reads each
        before the next is looked at (the handler's state says where in the
        document it is). The per-line work is written out in this loop, not
        called: it runs a million times per export."""
        handler = self.handler
        samples = array("Q")
        add, heads = samples.append, self.plain_heads
        last_head = b""  # the first attributes of the last sample read here
        records = outside = 0
        try:
            for n, line in enumerate(lines):
                sample = None  # (packed_sample, the lines it took) of a sample read here
                if self.held:
                    if line in RECORD_END:
                        sample = self.held_sample, len(self.held) + 1
                        self.held = []
                    else:
                        if (plain := heads.get(line)) is None:  # the same on many samples
                            plain = (
                                line.startswith(METADATA_START)
                                and line.endswith(EMPTY_TAG_END)
                                and _plain_tag(line)
                            )
                            if len(heads) < self.HEADS:
                                heads[line] = plain
                        if plain:
                            self.held.append(line)
                            continue
                        line = self.rest() + line  # no sample after all: the parser reads all
                elif (
                    line.startswith(HEART_RATE_START)
                    and handler.top_level
                    and (self.between_tags or self._back_between_tags())
                ):
                    # head, its last attribute's value, ' startDate=', start,
                    # ' endDate=', end, ' value=', value, '/>' or '>'
                    parts = line.rsplit(b'"', 8)
                    if (
                        len(parts) == 9
                        and parts[6] == b" value="
                        and parts[4] == b" endDate="
                        and parts[2] == b" startDate="
                        and parts[8] in TAG_ENDS
                        and line.find(b"<", len(parts[0])) < 0
                        and line.find(b"&", len(parts[0])) < 0
                    ):
                        head = parts[0]
                        if head == last_head:  # the same source as the line before
                            plain = True
                        elif (plain := heads.get(head)) is None:
                            plain = _plain_tag(head)
                            if len(heads) < self.HEADS:
                                heads[head] = plain
                        if plain:
                            last_head = head
                            packed = packed_sample(parts[3], parts[7])
                            if not parts[8].startswith(b"/"):  # metadata, </Record> follow
                                self.held.append(line)
                                self.held_sample = packed
                                continue
                            sample = packed, 1
                if sample is not None:
                    packed, taken = sample
                    self.newlines += taken
                    records += 1
                    if packed < 0:
                        outside += 1
                    else:
                        add(packed)
                    continue
                if self.newlines:
                    line, self.newlines = b"\n" * self.newlines + line, 0
                self.passed_on(line)
                yield n, line
        finally:
            handler.heart.extend(samples)
            handler.result.records += records
            if outside:
                handler.result.not_imported["HeartRate"] += outside

    def passed_on(self, text: bytes) -> None:
        """`text` goes to the parser. A line that ends inside a tag (a tag or
        an attribute value going on to the next line) stops the reading
        here until the parser has read an element since and a line has
        ended its tags: a file broken there is the parser's to report."""
        self.ended_tags = text.rstrip().endswith(b">") and not text.count(b'"') & 1
        if not self.ended_tags and self.open_since < 0:
            self.open_since = self.handler.elements
        self.between_tags = self.ended_tags and self.open_since < 0

    def _back_between_tags(self) -> bool:
        if self.ended_tags and 0 <= self.open_since < self.handler.elements:
            self.open_since = -1
            self.between_tags = True
        return self.between_tags

    def rest(self) -> bytes:
        """What is owed and held, for the parser to read before a line the
        shortcut does not look at (or at the end of the file)."""
        rest = b"\n" * self.newlines + b"".join(line + b"\n" for line in self.held)
        self.newlines, self.held = 0, []
        return rest


def parse(
    stream: IO[bytes],
    *,
    progress: Callable[[int, int], bool] | None = None,
    zone: tzinfo | None = None,
) -> Parsed:
    """Reads `stream` (export.xml's bytes) to the end or to the first fault.
    `progress(bytes_read, records_read)` is called after every chunk; when it
    returns False the walk stops (cancelled) and nothing is returned to write.
    Raises XmlRefused for a file that declares an entity.
    Its times carry their own offset: `zone` is not needed."""
    result = Parsed()
    handler = Handler(result)
    if feed_xml(stream, handler, result, progress, HeartRateLines(handler)):
        handler.finish(drop=None)
    elif not result.cancelled:
        # The element that broke never ended: a workout or correlation being
        # read is not emitted; the day of the last record is dropped whole.
        handler.finish(drop=handler.last)
    return result


def _declares_entity(data: bytes) -> bool:
    return any(mark in data for mark in ENTITY_DECLARATION)


def feed_xml(
    stream: IO[bytes],
    handler: Any,
    result: Parsed,
    progress: Callable[[int, int], bool] | None,
    shortcut: HeartRateLines | None = None,
) -> bool:
    """Feeds `stream` to lxml's parser with `handler` as its target
    (`start(tag, attrib)`, `end(tag)`, `close()`, `data(text)` if it reads
    text, and a `line` attribute set here): libxml2 calls the handler as it
    reads, no tree is built, so there is nothing to clear and memory stays
    flat (the export's millions of elements make any layer between the
    parser and the handler the cost of an import).

    Entities are never expanded and nothing outside the file is read: a file
    that declares an entity (`<!ENTITY`, in UTF-8 or UTF-16, the encodings
    this libxml2 reads) is refused before the parser sees it. Behind that,
    the parser loads no external entity (resolve_entities off) and no
    external DTD (Apple's internal one of attribute lists is read), uses no
    network, and keeps its size limits (huge_tree off), which stop an entity
    amplification: a target parser would still expand an internal entity
    into text, so the check before it is what refuses one.

    Each line is fed on its own, so the handler's `line()` is the file's
    line being read: where the element's start tag ends (the parser does
    not tell its target); a `shortcut` (HeartRateLines) reads the whole
    lines first and hands on what the parser is to read. False when the
    file broke (result.stopped) or the walk was cancelled (result.cancelled,
    no rows). Raises XmlRefused for an entity declaration."""
    parser = etree.XMLParser(
        target=handler,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
    )
    line = 1
    handler.line = lambda: line
    read, tail = 0, b""
    partial = b""  # the start of a line the chunk cut, not yet fed
    fed_partly = False  # the line being read is longer than LONG_LINE: partly fed already
    try:
        while chunk := stream.read(CHUNK):
            read += len(chunk)
            if _declares_entity(tail + chunk[:ENTITY_MARK_BYTES]) or _declares_entity(chunk):
                raise XmlRefused("entity")
            tail = chunk[-ENTITY_MARK_BYTES:]
            lines = (partial + chunk).split(b"\n")
            partial = lines.pop()
            first = line
            if lines and fed_partly:  # its start was fed: the shortcut does not see it
                text = lines.pop(0) + b"\n"
                if shortcut:
                    shortcut.passed_on(text)
                parser.feed(text)
                first = line = line + 1
                fed_partly = False
            for n, text in shortcut.lines(lines) if shortcut else enumerate(lines):
                line = first + n
                parser.feed(text + b"\n")
            line = first + len(lines)
            if len(partial) > LONG_LINE:  # no line a shortcut reads: fed as it comes
                if shortcut:
                    partial = shortcut.rest() + partial
                    shortcut.passed_on(partial)
                parser.feed(partial)
                partial, fed_partly = b"", True
            if progress is not None and not progress(read, result.records):
                result.cancelled, result.rows = True, []
                return False
        if rest := shortcut.rest() + partial if shortcut else partial:
            parser.feed(rest)
        parser.close()
    except etree.XMLSyntaxError as fault:
        found = fault.error_log.last_error
        result.stopped = Stopped(fault.lineno, found.message if found else str(fault))
        return False
    return True


def with_routes(result: Parsed, routes: list[Parsed]) -> None:
    """Adds the export's workout routes (read as GPX files) to `result`: a
    route is its workout's track (the same start and length, matching.py)
    and gives it the distance the workout lacks; a route without its
    workout is an activity of its own. What a route file broke or skipped
    is reported like the export's own lines."""
    workouts = [row for row in result.rows if row.table == "activity_log"]
    for route in routes:
        result.records += route.records
        result.skipped.extend(route.skipped)
        for row in route.rows:
            track = workout(row.values)
            twin = next((w for w in workouts if same_activity(workout(w.values), track)), None)
            if twin is None:
                result.rows.append(row)
                workouts.append(row)
            elif twin.values.get("distance_km") is None and row.values.get("distance_km"):
                twin.values["distance_km"] = row.values["distance_km"]
