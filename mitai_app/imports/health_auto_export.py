"""Health Auto Export's REST-automation JSON, and the simple sample format
for iOS Shortcuts and Home Assistant: the rows they give each domain table.

Both are read through the Apple Health reader's own rules (`apple_health`):
each sample is handed to it as the record Apple Health's `export.xml` holds
for it, so the day of a sample, the latest weight of a day, the vitals'
daily means and ranges, one blood-pressure reading per instant and the
workouts' units are exactly the importer's; and a day's weight, vitals and
sleep get the same external keys as from a file, so a payload and a file
export of the same days never add a row twice.

Health Auto Export (`{"data": {"metrics": [...], "workouts": [...]}}`):
- metrics `{name, units, data: [{date, qty, source}]}`; dates as the app
  writes them, `yyyy-MM-dd HH:mm:ss Z`; `blood_pressure` samples carry
  `systolic` and `diastolic`; `sleep_analysis` either one aggregated night
  per sample (`sleepStart`, `sleepEnd`, hours `asleep`/`totalSleep`, `core`,
  `deep`, `rem`, `awake`) or unaggregated stage samples (`startDate`,
  `endDate`, `value`);
- workouts `{name, start, end, duration (s), activeEnergyBurned|activeEnergy
  {qty, units}, distance {qty, units}, heartRate {avg, max} or
  avgHeartRate/maxHeartRate {qty}}`.
Everything else is counted as "not imported".

The simple format (`{"samples": [...]}`), each sample
`{"type", "date" (ISO 8601; without an offset the profile's time zone),
"value", "unit", "source"}`, types `weight` (kg, lb, g, st),
`resting_heart_rate`, `hrv` (ms), `spo2` (% or a fraction), `vo2_max`,
`respiratory_rate`, and `blood_pressure` with `systolic` and `diastolic`
in mmHg instead of a value.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta, tzinfo
from typing import Any

from mitai_app.imports import apple_health as ah
from mitai_app.imports.rows import Parsed

SOURCE = "health_auto_export"
SHORTCUT_SOURCE = "api_samples"  # the simple format's rows

# Health Auto Export's metric names → the Apple Health type they carry.
METRICS = {
    "weight_body_mass": ah.WEIGHT,
    "resting_heart_rate": ah.HK + "RestingHeartRate",
    "heart_rate_variability": ah.HK + "HeartRateVariabilitySDNN",
    "vo2_max": ah.HK + "VO2Max",
    "blood_oxygen_saturation": ah.HK + "OxygenSaturation",
    "respiratory_rate": ah.HK + "RespiratoryRate",
}
BLOOD_PRESSURE, SLEEP = "blood_pressure", "sleep_analysis"
# The simple format's types → Health Auto Export's metric names.
SAMPLE_TYPES = {
    "weight": "weight_body_mass",
    "resting_heart_rate": "resting_heart_rate",
    "hrv": "heart_rate_variability",
    "vo2_max": "vo2_max",
    "spo2": "blood_oxygen_saturation",
    "respiratory_rate": "respiratory_rate",
    "blood_pressure": BLOOD_PRESSURE,
}
# Unaggregated sleep stages as Health Auto Export names them.
SLEEP_VALUES = {
    "In Bed": "HKCategoryValueSleepAnalysisInBed",
    "Asleep": "HKCategoryValueSleepAnalysisAsleepUnspecified",
    "Core": "HKCategoryValueSleepAnalysisAsleepCore",
    "Deep": "HKCategoryValueSleepAnalysisAsleepDeep",
    "REM": "HKCategoryValueSleepAnalysisAsleepREM",
    "Awake": "HKCategoryValueSleepAnalysisAwake",
}
UNITS = {"kcal": "kcal", "Cal": "kcal", "kJ": "kJ", "km": "km", "m": "m", "mi": "mi", "yd": "yd"}


def _text(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    return ah.number(value) if isinstance(value, str) else None


def _quantity(value: Any) -> tuple[float | None, str]:
    """`{"qty": 5.1, "units": "km"}` (or a bare number) as (number, unit)."""
    if isinstance(value, Mapping):
        return _number(value.get("qty")), _text(value.get("units"))
    return _number(value), ""


class _Reader:
    """Hands each sample to the Apple Health reader as its record."""

    def __init__(self) -> None:
        self.result = Parsed()
        self.handler = ah.Handler(self.result)

    def metric(self, metric: Mapping[str, Any]) -> None:
        name, unit = _text(metric.get("name")), _text(metric.get("units"))
        samples = metric.get("data")
        samples = samples if isinstance(samples, list) else []
        for sample in samples:
            if not isinstance(sample, Mapping):
                self.result.records += 1
                self.handler.skip(name, "value")
                continue
            self.sample(name, unit, sample)

    def sample(self, name: str, unit: str, sample: Mapping[str, Any]) -> None:
        source = _text(sample.get("source") or sample.get("sourceName"))
        start = _text(sample.get("date"))
        if name == BLOOD_PRESSURE:
            self.result.records += 1
            self.handler.add_blood_pressure(
                {
                    "attrib": {"type": ah.BP, "startDate": start, "sourceName": source},
                    "parts": {
                        ah.BP_PARTS[0]: {"value": _text(sample.get("systolic"))},
                        ah.BP_PARTS[1]: {"value": _text(sample.get("diastolic"))},
                    },
                }
            )
        elif name == SLEEP:
            self.sleep(sample, source)
        elif name in METRICS:
            self.result.records += 1
            self.handler.add_record(
                {
                    "type": METRICS[name],
                    "startDate": start,
                    "endDate": start,
                    "value": _text(sample.get("qty")),
                    "unit": unit,
                    "sourceName": source,
                }
            )
        else:
            self.result.records += 1
            self.result.not_imported[name or "?"] += 1

    def sleep(self, sample: Mapping[str, Any], source: str) -> None:
        """A stage sample as the record it is; an aggregated night as the
        in-bed span and each stage's minutes laid end to end from its start
        (the reader sums minutes per stage, not where they fall)."""
        if "value" in sample:
            self.result.records += 1
            self.handler.add_record(
                {
                    "type": ah.SLEEP,
                    "startDate": _text(sample.get("startDate")),
                    "endDate": _text(sample.get("endDate")),
                    "value": SLEEP_VALUES.get(_text(sample.get("value")), ""),
                    "sourceName": source or _text(sample.get("sleepSource")),
                }
            )
            return
        self.result.records += 1
        source = source or _text(sample.get("sleepSource"))
        begin = _text(sample.get("inBedStart") or sample.get("sleepStart"))
        end = _text(sample.get("inBedEnd") or sample.get("sleepEnd"))
        try:
            at, until = ah.parse_time(begin), ah.parse_time(end)
        except ValueError:
            self.handler.skip("SleepAnalysis", "date", end or begin)
            return
        if until <= at:
            self.handler.skip("SleepAnalysis", "value", f"{begin} – {end}")
            return
        self.handler.sleep.append(ah.SleepRecord(source, "", at, until, "in_bed"))
        stages = {"deep": "deep", "rem": "rem", "core": "light", "awake": "awake"}
        found = {stage: _number(sample.get(key)) for key, stage in stages.items()}
        if not any(found.values()):
            asleep = _number(sample.get("asleep") or sample.get("totalSleep"))
            found = {"asleep": asleep}
        for stage, hours in found.items():
            if hours and 0 < hours <= 24:
                span = timedelta(hours=hours)
                self.handler.sleep.append(ah.SleepRecord(source, "", at, at + span, stage))

    def workout(self, workout: Mapping[str, Any]) -> None:
        self.result.records += 1
        stats: dict[str, dict[str, str]] = {}
        energy = workout.get("activeEnergyBurned") or workout.get("activeEnergy")
        kcal, unit = _quantity(energy)
        if kcal is not None:
            stats[ah.HK + "ActiveEnergyBurned"] = {"sum": str(kcal), "unit": UNITS.get(unit, unit)}
        km, unit = _quantity(workout.get("distance"))
        if km is not None:
            stats[ah.HK + "DistanceWalkingRunning"] = {"sum": str(km), "unit": unit or "km"}
        heart = workout.get("heartRate") if isinstance(workout.get("heartRate"), Mapping) else {}
        average, _ = _quantity(heart.get("avg") or workout.get("avgHeartRate"))
        peak, _ = _quantity(heart.get("max") or workout.get("maxHeartRate"))
        if average is not None or peak is not None:
            stats[ah.HK + "HeartRate"] = {
                "average": "" if average is None else str(average),
                "maximum": "" if peak is None else str(peak),
            }
        seconds, _ = _quantity(workout.get("duration"))
        self.handler.add_workout(
            {
                "attrib": {
                    "workoutActivityType": _text(workout.get("name")),
                    "startDate": _text(workout.get("start")),
                    "endDate": _text(workout.get("end")),
                    "duration": "" if seconds is None else str(seconds),
                    "durationUnit": "s",
                    "sourceName": _text(workout.get("source") or workout.get("sourceName")),
                },
                "stats": stats,
            }
        )

    def rows(self) -> Parsed:
        self.handler.finish(drop=None)
        return self.result


def parse_payload(payload: Mapping[str, Any]) -> Parsed:
    """The rows of one Health Auto Export REST-automation body."""
    reader = _Reader()
    data = payload.get("data") if isinstance(payload.get("data"), Mapping) else payload
    for metric in data.get("metrics") or ():
        if isinstance(metric, Mapping):
            reader.metric(metric)
    for workout in data.get("workouts") or ():
        if isinstance(workout, Mapping):
            reader.workout(workout)
    return reader.rows()


def apple_time(text: str, zone: tzinfo) -> str:
    """An ISO 8601 moment as Apple Health writes one (`2026-03-01 07:12:00
    +0100`); one without an offset is in `zone`. Unreadable text stays as it
    is (the reader then skips the sample for its date)."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.strftime("%Y-%m-%d %H:%M:%S %z")


def parse_samples(samples: list[Mapping[str, Any]], *, zone: tzinfo) -> Parsed:
    """The rows of the simple format's samples."""
    reader = _Reader()
    for sample in samples:
        kind = _text(sample.get("type"))
        name = SAMPLE_TYPES.get(kind, kind)
        found = {**sample, "date": apple_time(_text(sample.get("date")), zone)}
        found.setdefault("qty", sample.get("value"))
        reader.sample(name, _text(sample.get("unit")) or "kg", found)
    return reader.rows()
