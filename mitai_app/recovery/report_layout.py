"""The doctor's blood-pressure report as a PDF (fpdf2): the patient, the
period, the averages (the whole period, morning and evening, and the ESH
home series), a chart of systolic and diastolic, the classification with
its guideline, and a table of every reading. Pure: the data comes in as
`ReportData`, the bytes go out; no database.

The built-in PDF fonts hold Latin-1 only (`core.pdf.plain`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from fpdf import FPDF

from mitai_app.core.formatting import format_date, format_number
from mitai_app.core.i18n import translate
from mitai_app.core.pdf import FooterPDF, plain
from mitai_app.recovery.bloodpressure import (
    HomeAverage,
    Mean,
    Reading,
    classify_blood_pressure,
    period_means,
)
from mitai_app.recovery.views import SOURCES, home_words

APP_NAME = "Mitai Jinkendo"


@dataclass(frozen=True)
class ReportReading:
    at: datetime  # local wall-clock time
    systolic: int
    diastolic: int
    pulse: int | None
    context: str  # one of consts.BP_CONTEXTS
    irregular: bool
    afib: bool


@dataclass(frozen=True)
class ReportData:
    name: str
    born: date | None
    first: date
    last: date
    readings: tuple[ReportReading, ...]  # oldest first
    home: HomeAverage | None  # the 7 days ending on the period's newest reading
    guideline: str = "esh"
    made_on: date | None = None


def _n(value: float, lang: str) -> str:
    return format_number(value, lang, decimals=0)


def _mean_text(mean: Mean | None, lang: str) -> str:
    if mean is None:
        return translate("recovery.home.none", lang)
    return translate(
        "recovery.home.mean",
        lang,
        sys=format_number(mean.systolic, lang),
        dia=format_number(mean.diastolic, lang),
        n=mean.count,
    )


def _heading(pdf: FPDF, text: str) -> None:
    pdf.ln(3)
    pdf.set_font("helvetica", "B", 12)
    pdf.cell(0, 7, plain(text), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=9)


def _line(pdf: FPDF, text: str, *, bold: bool = False) -> None:
    pdf.set_font("helvetica", "B" if bold else "", 9)
    pdf.multi_cell(0, 5, plain(text), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=9)


def _averages(pdf: FPDF, data: ReportData, lang: str) -> None:
    _heading(pdf, translate("recovery.report.averages", lang))
    series = [Reading(r.at, r.systolic, r.diastolic, r.afib) for r in data.readings]
    means = period_means(series)
    _line(pdf, translate("recovery.report.whole_period", lang), bold=True)
    for key, label in (
        ("all", "recovery.report.all"),
        ("morning", "recovery.home.morning"),
        ("evening", "recovery.home.evening"),
    ):
        _line(pdf, f"{translate(label, lang)}: {_mean_text(means[key], lang)}")
    if data.home is None:
        return
    words = home_words(data.home, lang)
    _line(pdf, translate("recovery.home.title", lang) + f" · {words['period']}", bold=True)
    for key in ("overall", "morning", "evening"):
        _line(pdf, f"{translate(f'recovery.home.{key}', lang)}: {words[key]}")
    _line(pdf, words["verdict"], bold=True)
    if words["afib"]:
        _line(pdf, f"{translate('recovery.home.afib', lang)} {words['afib']}")


_CHART_HEIGHT = 60.0
_SYSTOLIC_COLOUR = (200, 30, 30)
_DIASTOLIC_COLOUR = (30, 80, 200)


def _chart(pdf: FPDF, data: ReportData, lang: str) -> None:
    """Systolic and diastolic against time, with the home threshold (135/85)
    dashed; the days of the period along the bottom."""
    _heading(pdf, translate("recovery.report.chart", lang))
    if pdf.will_page_break(_CHART_HEIGHT + 12):
        pdf.add_page()
    left, top = pdf.l_margin + 10, pdf.get_y() + 2
    width, height = pdf.epw - 10, _CHART_HEIGHT
    values = [v for r in data.readings for v in (r.systolic, r.diastolic)] + [85, 135]
    low, high = (min(values) // 10) * 10 - 10, (max(values) // 10) * 10 + 10
    start = datetime.combine(data.first, datetime.min.time())
    span = max((datetime.combine(data.last, datetime.max.time()) - start).total_seconds(), 1)

    def x(moment: datetime) -> float:
        return left + width * (moment - start).total_seconds() / span

    def y(value: float) -> float:
        return top + height * (high - value) / (high - low)

    pdf.set_draw_color(160)
    pdf.set_line_width(0.2)
    pdf.rect(left, top, width, height)
    pdf.set_font("helvetica", size=7)
    step = 20 if high - low > 100 else 10
    for value in range(int(low) + step - int(low) % step, int(high), step):
        pdf.set_xy(pdf.l_margin, y(value) - 2)
        pdf.cell(9, 4, str(value), align="R")
    with pdf.local_context(dash_pattern={"dash": 1.5, "gap": 1.5}):
        for value in (135, 85):
            pdf.line(left, y(value), left + width, y(value))
    for colour, column in ((_SYSTOLIC_COLOUR, "systolic"), (_DIASTOLIC_COLOUR, "diastolic")):
        points = [(x(r.at), y(getattr(r, column))) for r in data.readings]
        pdf.set_draw_color(*colour)
        pdf.set_fill_color(*colour)
        pdf.set_line_width(0.35)
        if len(points) > 1:
            pdf.polyline(points)
        if len(points) <= 200:
            for px, py in points:
                pdf.circle(px, py, 0.6, style="F")
    pdf.set_text_color(0)
    pdf.set_xy(left, top + height + 1)
    pdf.cell(width / 2, 4, plain(format_date(data.first, lang)))
    pdf.cell(width / 2, 4, plain(format_date(data.last, lang)), align="R")
    pdf.set_xy(left, top + height + 5)
    for colour, key in (
        (_SYSTOLIC_COLOUR, "recovery.bp.systolic"),
        (_DIASTOLIC_COLOUR, "recovery.bp.diastolic"),
    ):
        pdf.set_text_color(*colour)
        pdf.cell(30, 4, plain(translate(key, lang) + " (mmHg)"))
    pdf.set_text_color(0)
    pdf.cell(0, 4, plain(translate("recovery.report.threshold", lang)))
    pdf.set_draw_color(0)
    pdf.set_line_width(0.2)
    pdf.set_xy(pdf.l_margin, top + height + 11)


def _category_name(data: ReportData, key: str, lang: str) -> str:
    return translate(f"recovery.bp.class.{data.guideline}.{key}", lang)


def _classification(pdf: FPDF, data: ReportData, categories: list[str], lang: str) -> None:
    guideline = translate(f"recovery.bp.guideline.{data.guideline}", lang)
    _heading(pdf, translate("recovery.report.classification", lang, guideline=guideline))
    _line(pdf, translate("recovery.report.source", lang, source=SOURCES[data.guideline]))
    counts = Counter(categories)
    for key, n in sorted(counts.items(), key=lambda item: -item[1]):
        _line(
            pdf,
            translate(
                "recovery.report.class_count", lang, category=_category_name(data, key, lang), n=n
            ),
        )


# Column widths (mm, adding up to A4's 190 mm between the margins).
_WIDTHS = (24, 12, 22, 13, 36, 28, 55)
_WORDS_FROM = 4  # the columns from the context on hold words; the others always fit
_ROW = 5  # a reading's row height (mm)
_ROW_BASELINE = 3.4  # its text's baseline below the row's top: 8 pt text centred


def _fit(pdf: FPDF, text: str, width: float) -> str:
    text = plain(text)
    while text and pdf.get_string_width(text) > width - 2:
        text = text[:-2] + "."
    return text


def _table_header(pdf: FPDF, data: ReportData, lang: str) -> None:
    guideline = translate(f"recovery.bp.guideline.{data.guideline}", lang)
    titles = (
        translate("recovery.bp.date", lang),
        translate("recovery.bp.time", lang),
        "mmHg",
        translate("recovery.bp.pulse", lang),
        translate("recovery.bp.context", lang),
        translate("recovery.report.flags", lang),
        translate("recovery.report.class", lang, guideline=guideline),
    )
    pdf.set_font("helvetica", "B", 8)
    pdf.set_fill_color(230)
    for title, width in zip(titles, _WIDTHS, strict=True):
        pdf.cell(width, 6, _fit(pdf, title, width), border="B", fill=True)
    pdf.ln()
    pdf.set_font("helvetica", size=8)


def _table(pdf: FPDF, data: ReportData, categories: list[str], lang: str) -> None:
    _heading(pdf, translate("recovery.report.readings", lang))
    if not data.readings:
        _line(pdf, translate("recovery.report.none", lang))
        return
    _table_header(pdf, data, lang)
    flags = {
        "irregular": translate("recovery.report.flag.irregular", lang),
        "afib": translate("recovery.report.flag.afib", lang),
    }
    contexts: dict[str, str] = {}
    fitted: dict[tuple[str, float], str] = {}
    for reading, category in zip(data.readings, categories, strict=True):
        if pdf.will_page_break(_ROW):
            pdf.add_page()
            _table_header(pdf, data, lang)
        context = contexts.setdefault(
            reading.context, translate(f"recovery.bp.context.{reading.context}", lang)
        )
        marks = [flags[k] for k in ("irregular", "afib") if getattr(reading, k)]
        cells = (
            format_date(reading.at.date(), lang),
            f"{reading.at:%H:%M}",
            f"{reading.systolic}/{reading.diastolic}",
            "" if reading.pulse is None else str(reading.pulse),
            context,
            ", ".join(marks),
            _category_name(data, category, lang),
        )
        # Placed text and one rule per row, not a cell each: cells lay out
        # every string again, and a year holds some 10,000 of them (bench/recovery_load.py).
        top, x = pdf.get_y(), pdf.l_margin
        for index, (text, width) in enumerate(zip(cells, _WIDTHS, strict=True)):
            if index >= _WORDS_FROM:  # words may need shortening; a row has few kinds of them
                key = (text, width)
                text = (
                    fitted[key] if key in fitted else fitted.setdefault(key, _fit(pdf, text, width))
                )
            pdf.text(x + pdf.c_margin, top + _ROW_BASELINE, text)
            x += width
        pdf.line(pdf.l_margin, top + _ROW, x, top + _ROW)
        pdf.set_y(top + _ROW)


def report_pdf(data: ReportData, lang: str) -> bytes:
    """The report in `lang` ("de" or "en") as PDF bytes."""
    pdf = FooterPDF(format="A4")
    pdf.set_title(plain(translate("recovery.report.title", lang)))
    pdf.set_creator(APP_NAME)
    made_on = data.made_on or data.last
    pdf.footer_text = translate(
        "recovery.report.footer", lang, app=APP_NAME, date=format_date(made_on, lang)
    )
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.cell(0, 9, plain(translate("recovery.report.title", lang)), new_x="LMARGIN", new_y="NEXT")
    born = (
        translate("recovery.report.unknown", lang)
        if data.born is None
        else format_date(data.born, lang)
    )
    _line(pdf, translate("recovery.report.patient", lang, name=data.name), bold=True)
    _line(pdf, translate("recovery.report.born", lang, date=born))
    _line(
        pdf,
        translate(
            "recovery.report.period",
            lang,
            first=format_date(data.first, lang),
            last=format_date(data.last, lang),
            n=len(data.readings),
        ),
    )
    categories = [
        classify_blood_pressure(r.systolic, r.diastolic, data.guideline) for r in data.readings
    ]
    if data.readings:
        _averages(pdf, data, lang)
        _chart(pdf, data, lang)
        _classification(pdf, data, categories, lang)
    _table(pdf, data, categories, lang)
    _line(pdf, translate("recovery.not_medical_advice", lang))
    return bytes(pdf.output())
