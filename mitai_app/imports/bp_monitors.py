"""Blood-pressure monitors' CSV exports → blood_pressure_log: Omron Connect
(English `,`; German `;` with a decimal comma, `Datum`/`Zeit`, dates as
`01.03.2024` or `23 Sep. 2025`), and Withings' `bp.csv` (one date-and-time
column, `Heart rate` before the pressures), each recognised by its own
header (`is_omron`, `is_withings`).

Each reading is a moment: the file's wall-clock time, read in the profile's
time zone, to the minute (recovery.logs); its day is the date as written.
Exact duplicate rows count once; two readings in one minute keep the first.
A line too long for a CSV field stops the file there, without its day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import IO

from mitai_app.imports import tables
from mitai_app.imports.consts import OMRON_BP, WITHINGS_BP
from mitai_app.imports.rows import ImportRow, Parsed, Skip
from mitai_app.recovery.consts import DIASTOLIC_RANGE, PULSE_RANGE, SYSTOLIC_RANGE

OMRON, WITHINGS = "omron", "withings"
DATE = ("date", "datum", "measurement date", "messdatum")
TIME = ("time", "zeit", "uhrzeit", "measurement time", "messzeit")
SYSTOLIC = ("systolic", "systolisch", "sys")
DIASTOLIC = ("diastolic", "diastolisch", "dia")
PULSE = ("pulse", "puls", "heart rate", "herzfrequenz")
IRREGULAR = ("irregular", "unregelmäßig", "unregelmaessig")
# Withings' bp.csv (Health Mate's data export: `Date,"Heart rate",Systolic,
# Diastolic,Comments`, German as its weight.csv is), with or without the
# comments column.
WITHINGS_HEADERS = (
    ("date", "heart rate", "systolic", "diastolic", "comments"),
    ("datum", "herzfrequenz", "systolisch", "diastolisch", "kommentare"),
)
# Omron Connect's exports (English since 2025: `Date,Time,Systolic (mmHg),
# Diastolic (mmHg),Pulse (bpm),Symptoms,Consumed,TruRead,Notes`; German:
# `Datum,Zeit,Systolisch (mmHg),Diastolisch (mmHg),Puls (bpm),…,Unregelmäßiger
# Herzschlag festgestellt,Mögliches AFib,Notizen`): the pressures as named,
# and the columns no other app writes (at least one of them).
OMRON_PRESSURES = (
    {"systolic (mmhg)", "systolisch (mmhg)"},
    {"diastolic (mmhg)", "diastolisch (mmhg)"},
)
OMRON_ONLY = (
    "truread",
    "symptoms",
    "symptome",
    "consumed",
    "irregular heartbeat",
    "unregelmäßiger herzschlag",
    "body movement",
    "körperbewegung",
    "possible afib",
    "mögliches afib",
)
YES = {"yes", "ja", "true", "1", "x", "wahr"}
DEVICES = {OMRON: "Omron", WITHINGS: "Withings"}


def _columns(names: list[str]) -> dict[str, int | None]:
    return {
        "date": tables.column(names, *DATE),
        "time": next((i for i, n in enumerate(names) if n in TIME), None),
        "systolic": tables.column(names, *SYSTOLIC),
        "diastolic": tables.column(names, *DIASTOLIC),
        "pulse": tables.column(names, *PULSE),
        "irregular": tables.column(names, *IRREGULAR),
    }


def is_header(names: list[str]) -> bool:
    """A date column first, then systolic and diastolic columns (the table
    of a file already recognised)."""
    found = _columns(names)
    return found["date"] == 0 and found["systolic"] is not None and found["diastolic"] is not None


def is_omron(names: list[str]) -> bool:
    """Omron Connect's header: date and time, the pressures with their unit,
    and one of the columns only Omron writes. Any other file with a date
    and blood pressures (another app's export) goes to the mapping screen."""
    return (
        names[:2] in (["date", "time"], ["datum", "zeit"])
        and bool(OMRON_PRESSURES[0] & set(names))
        and bool(OMRON_PRESSURES[1] & set(names))
        and any(name.startswith(OMRON_ONLY) for name in names)
    )


def is_withings(names: list[str]) -> bool:
    """Withings' own header, nothing more: another app's export with a date,
    a heart rate and pressures goes to the mapping screen."""
    return any(tuple(names) in (header, header[:4]) for header in WITHINGS_HEADERS)


def recognise(head: bytes) -> str | None:
    """OMRON_BP or WITHINGS_BP by the file's header, whatever its name."""
    names = tables.header_line(head, lambda n: is_omron(n) or is_withings(n))
    if names is None:
        return None
    return WITHINGS_BP if is_withings(names) else OMRON_BP


def _whole(text: str, low_high: tuple[int, int]) -> int | None:
    value = tables.number(text)
    if value is None or not low_high[0] <= value <= low_high[1]:
        return None
    return round(value)


def parse(
    stream: IO[bytes],
    *,
    progress: Callable[[int, int], bool] | None = None,
    zone: tzinfo | None = None,
) -> Parsed:
    result = Parsed()
    last_day = None
    found: dict[str, int | None] = {}
    source = OMRON
    for line, header, row in tables.rows(stream, result, progress, is_header):
        if not found:
            found, source = _columns(header), WITHINGS if is_withings(header) else OMRON
        date_text = tables.field(row, found["date"])
        sys_text = tables.field(row, found["systolic"])
        dia_text = tables.field(row, found["diastolic"])
        if not date_text or not sys_text or not dia_text:
            result.skipped.append(Skip(line, "BloodPressure", "ragged", ",".join(row)[:80]))
            continue
        local = tables.when(date_text, tables.field(row, found["time"]))
        if local is None or not tables.sane_day(local.date()):
            result.skipped.append(Skip(line, "BloodPressure", "date", date_text[:40]))
            continue
        systolic = _whole(sys_text, SYSTOLIC_RANGE)
        diastolic = _whole(dia_text, DIASTOLIC_RANGE)
        if systolic is None or diastolic is None or systolic <= diastolic:
            result.skipped.append(Skip(line, "BloodPressure", "range", f"{sys_text}/{dia_text}"))
            continue
        pulse_text = tables.field(row, found["pulse"])
        values = {
            "measured_at": tables.in_utc(local, zone),
            "systolic": systolic,
            "diastolic": diastolic,
            "pulse": _whole(pulse_text, PULSE_RANGE) if pulse_text else None,
            "irregular_heartbeat": tables.field(row, found["irregular"]).lower() in YES,
        }
        last_day = local.date()
        minute = local.strftime("%Y-%m-%dT%H:%M")
        result.rows.append(
            ImportRow(
                "blood_pressure_log", last_day, f"{source}:bp:{minute}", DEVICES[source], values
            )
        )
    if result.stopped is not None:
        result.rows = [r for r in result.rows if r.day != last_day]
    return result
