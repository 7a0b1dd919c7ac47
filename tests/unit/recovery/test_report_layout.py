"""The doctor's report as a reader sees it: the PDF's text (read back with
pypdf) holds the patient, every reading with its time, context, flags and
category by the named guideline, and the averages, in the reader's language."""

from __future__ import annotations

import io
from datetime import date, datetime

from pypdf import PdfReader

from mitai_app.recovery.bloodpressure import Reading, home_average
from mitai_app.recovery.report_layout import ReportData, ReportReading, report_pdf

FIRST, LAST = date(2026, 3, 1), date(2026, 3, 7)


def _reading(day: int, hour: int, sys: int, dia: int, **kwargs) -> ReportReading:
    kwargs.setdefault("context", "morning" if hour < 12 else "evening")
    return ReportReading(
        at=datetime(2026, 3, day, hour, 30),
        systolic=sys,
        diastolic=dia,
        pulse=kwargs.pop("pulse", 64),
        irregular=kwargs.pop("irregular", False),
        afib=kwargs.pop("afib", False),
        **kwargs,
    )


READINGS = (
    _reading(1, 7, 150, 95),  # the first day: discarded from the home series
    _reading(2, 7, 128, 82),
    _reading(2, 20, 132, 84, irregular=True),
    _reading(3, 7, 124, 80),
    _reading(3, 20, 146, 86, afib=True),
    _reading(7, 13, 118, 76, context="after_meal", pulse=None),  # neither morning nor evening
)


def _data(readings=READINGS) -> ReportData:
    series = [Reading(r.at, r.systolic, r.diastolic, r.afib) for r in readings]
    return ReportData(
        name="Erika Mustermann",
        born=date(1961, 8, 12),
        first=FIRST,
        last=LAST,
        readings=readings,
        home=home_average(series, series[-1].at.date()) if series else None,
        made_on=LAST,
    )


def _text(pdf: bytes) -> str:
    assert pdf.startswith(b"%PDF")
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_english_report_holds_the_patient_every_reading_and_the_averages():
    text = _text(report_pdf(_data(), "en"))
    assert "Blood pressure report" in text
    assert "Patient: Erika Mustermann" in text
    assert "Born: 12 Aug 1961" in text
    assert "Period: 1 Mar 2026 to 7 Mar 2026 · 6 readings" in text
    # Every reading, with its time, value, context, flags and category.
    assert "1 Mar 2026 07:30 150/95 64 Morning Grade 1 hypertension" in text
    assert "2 Mar 2026 20:30 132/84 64 Evening Irregular High normal" in text
    assert "3 Mar 2026 20:30 146/86 64 Evening AFib Isolated systolic hypertension" in text
    assert "7 Mar 2026 13:30 118/76 After a meal Optimal" in text
    # The whole period's means: all six, the three mornings, the two evenings.
    assert "All readings: 133.0/83.8 mmHg from 6 readings" in text
    assert "Morning: 134.0/85.7 mmHg from 3 readings" in text
    assert "Evening: 139.0/85.0 mmHg from 2 readings" in text
    # The ESH home series of 1-7 March drops the first day: 128/82, 132/84,
    # 124/80 and 146/86 count, on two days (three are needed).
    assert "1 Mar 2026 (discarded) to 7 Mar 2026: 2 days counted" in text
    assert "Overall: 132.5/83.0 mmHg from 4 readings" in text
    assert "Too few days" in text
    assert "Readings flagged for AFib" in text
    # The classification names its guideline and source.
    assert "Classification by ESH 2023" in text
    assert "J Hypertens 2023;41:1874" in text
    assert "1 × Grade 1 hypertension" in text
    assert "Class (ESH 2023)" in text


def test_the_german_report_speaks_german():
    text = _text(report_pdf(_data(), "de"))
    assert "Blutdruckbericht" in text
    assert "Geboren: 12.08.1961" in text
    assert "01.03.2026 07:30 150/95 64 Morgens Hypertonie Grad 1" in text
    assert "03.03.2026 20:30 146/86 64 Abends VHF Isolierte systolische Hypertonie" in text
    assert "Gesamt: 132,5/83,0 mmHg aus 4 Messungen" in text
    assert "Einstufung nach ESH 2023" in text


def test_a_period_without_readings_says_so():
    text = _text(report_pdf(_data(readings=()), "en"))
    assert "Period: 1 Mar 2026 to 7 Mar 2026 · 0 readings" in text
    assert "No readings in this period." in text
    assert "Averages" not in text
