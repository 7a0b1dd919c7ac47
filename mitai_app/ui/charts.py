"""Chart pieces: a Plotly figure put together in the browser from a fixed
template whose data arrays are state vars (no figure travels with the
state), readable on a 390 px phone, and the badge of a reference category.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import reflex as rx
from plotly.graph_objs import Figure

from mitai_app.core.phases import PhaseBand
from mitai_app.ui.session import AuthState, in_language

CHART_HEIGHT = 300
# Confirmed training phases behind a chart: light, so the points stay readable.
PHASE_COLOURS = {
    "calorie_deficit": "rgba(37, 99, 235, 0.12)",
    "calorie_surplus": "rgba(234, 88, 12, 0.12)",
    "maintenance": "rgba(100, 116, 139, 0.12)",
    "recomposition": "rgba(22, 163, 74, 0.12)",
    "deload": "rgba(147, 51, 234, 0.12)",
}


def phase_shapes(bands: Sequence[PhaseBand]) -> list[dict]:
    """The confirmed phases (core.phases) as shaded spans behind a date
    chart, for its layout's `shapes`; a phase's last day is shaded to its end."""
    return [
        {
            "type": "rect",
            "xref": "x",
            "yref": "paper",
            "x0": band.start,
            "x1": (date.fromisoformat(band.end) + timedelta(days=1)).isoformat(),
            "y0": 0,
            "y1": 1,
            "fillcolor": PHASE_COLOURS.get(band.phase, PHASE_COLOURS["maintenance"]),
            "line": {"width": 0},
            "layer": "below",
        }
        for band in bands
    ]


def layout(**extra) -> dict:
    """Readable on a 390 px phone: small margins, legend under the plot, no toolbar."""
    return {
        "autosize": True,
        "height": CHART_HEIGHT,
        "margin": {"l": 44, "r": 12, "t": 12, "b": 40},
        "legend": {"orientation": "h", "y": -0.18},
        "xaxis": {"type": "date"},
        "hovermode": "x unified",
        # Decimal and thousands marks of the reader's language.
        "separators": rx.cond(AuthState.lang == "de", ",.", ".,"),
        **extra,
    }


def date_xaxis(axis: rx.Var, **extra) -> dict:
    """An x axis of whole days from a `core.series.DateAxis.as_state()`:
    the server's ticks and labels in the reader's language, and hover dates
    without a time of day."""
    return {
        "type": "date",
        "range": axis["range"],
        "tickmode": "array",
        "tickvals": axis["ticks"],
        "ticktext": in_language(axis, "labels"),
        # Numbers only in German: Plotly's own month names are English.
        "hoverformat": rx.cond(AuthState.lang == "de", "%-d.%-m.%Y", "%-d %b %Y"),
        **extra,
    }


def figure(data: list[dict], **extra) -> rx.Var:
    """A Plotly figure assembled in the browser around state arrays."""
    return rx.Var.create({"data": data, "layout": layout(**extra)}).to(Figure)


def plot(data: rx.Var, label, chart_id: str) -> rx.Component:
    """The figure as an image with a label for screen readers."""
    return rx.box(
        rx.plotly.basic(
            data=data,
            config={"displayModeBar": False, "responsive": True},
            style={"width": "100%"},
        ),
        id=chart_id,
        role="img",
        aria_label=label,
        width="100%",
    )


def dated_trace(name, dates: rx.Var, values: rx.Var, colour: str, **extra) -> dict:
    """A line with markers over ISO dates (a sparse series)."""
    return {
        "type": "scatter",
        "mode": "lines+markers",
        "x": dates,
        "y": values,
        "name": name,
        "line": {"color": colour},
        **extra,
    }


def category_badge(row: rx.Var) -> rx.Component:
    """A value's reference category as a coloured badge with its range beside
    it, e.g. "Healthy" "8.0–19.9 %, age 20–39"; `row` has `category_de`/`_en`,
    `range_de`/`_en`, `colour` and `source` (the citation, as a tooltip)."""
    category = in_language(row, "category")
    return rx.cond(
        category != "",
        rx.hstack(
            rx.badge(
                category,
                color_scheme=rx.match(
                    row["colour"],
                    ("green", "green"),
                    ("yellow", "yellow"),
                    ("orange", "orange"),
                    ("red", "red"),
                    ("blue", "blue"),
                    "gray",
                ),
                title=row["source"],
                # Radix's soft badge text is below 4.5:1 in some colours (blue).
                high_contrast=True,
            ),
            rx.text(in_language(row, "range"), size="2", color_scheme="gray"),
            spacing="2",
            align="center",
            wrap="wrap",
        ),
        rx.fragment(),
    )
