"""Body: the derived values with their reference ranges, and the charts
(weight with trend, 7-day average and goal; body fat by method; fat and lean
mass; circumferences; waist-to-height with its risk band) for a time range.
What a scale or app measured (body fat, lean mass, waist) is drawn as its
own series beside the typed values, labelled "Scale or app".

The state holds only compact series (core/series.py); each figure is put
together in the browser from a fixed Plotly template whose data arrays are
state vars, so no figure travels with the state.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, timedelta

import reflex as rx

from mitai_app.body.consts import BODY, BODY_FAT_SERIES, CIRCUMFERENCE_SITES
from mitai_app.body.overview import (
    BodyOverview,
    body_overview,
    derived_facts,
    derived_words,
    weight_words,
)
from mitai_app.core import routes
from mitai_app.core.formatting import in_both, today_in
from mitai_app.core.series import DAY_MS, DEFAULT_RANGE, RANGE_DAYS, date_axis
from mitai_app.ui.charts import (
    category_badge,
    date_xaxis,
    dated_trace,
    figure,
    phase_shapes,
    plot,
)
from mitai_app.ui.csv_download import csv_download
from mitai_app.ui.layout import page
from mitai_app.ui.session import call_service, in_language, signed_in, t, to_login

CIRCUMFERENCE_PANEL_HEIGHT = 170
# The charts by the key of their axis; a circumference panel is "tape-<site>".
CHARTS = ("weight", "fat", "mass", *(f"tape-{site}" for site in CIRCUMFERENCE_SITES), "whtr")
_NO_AXIS = date_axis([]).as_state()
COLOURS = {
    "recorded": "#94a3b8",
    "average": "#0d9488",
    "trend": "#c2410c",
    "goal": "#16a34a",
    "jp3": "#2563eb",
    "jp7": "#7c3aed",
    "jp4": "#db2777",
    "dw4": "#0891b2",
    "navy": "#ea580c",
    "device": "#475569",
    "fat_mass": "#f59e0b",
    "lean_mass": "#14b8a6",
}


class BodyState(rx.State):
    range: str = DEFAULT_RANGE
    loaded: bool = False
    mass_unit: str = "kg"
    length_unit: str = "cm"
    summary: dict[str, str] = {}  # latest weight and weekly rate, in both languages
    profile_complete: bool = True

    weight_start: str = ""
    weight_end: str = ""
    weights: list[float | None] = []
    weight_average: list[float | None] = []
    weight_trend: list[float | None] = []
    goal_x: list[str] = []
    goal_y: list[float] = []
    phase_shapes: list[dict] = []  # the confirmed phases as shaded spans of the weight chart

    fat_dates: dict[str, list[str]] = {}
    fat_values: dict[str, list[float]] = {}
    mass_dates: list[str] = []
    fat_mass: list[float] = []
    lean_mass: list[float] = []
    device_lean_dates: list[str] = []
    device_lean_mass: list[float] = []
    device_waist_dates: list[str] = []
    device_waist: list[float] = []
    circumference_dates: dict[str, list[str]] = {}
    circumference_values: dict[str, list[float]] = {}
    whtr_dates: list[str] = []
    whtr_values: list[float] = []
    derived: list[dict[str, str]] = []
    # Each chart's x axis (core.series.DateAxis.as_state), and whether it has
    # a single day (one point: no trend to see yet).
    axes: dict[str, dict[str, list[str]]] = dict.fromkeys(CHARTS, _NO_AXIS)
    single_day: dict[str, bool] = dict.fromkeys(CHARTS, False)

    @rx.var
    def has_weights(self) -> bool:
        return bool(self.weights)

    @rx.var
    def has_body_fat(self) -> bool:
        return any(self.fat_dates.values())

    @rx.var
    def has_mass(self) -> bool:
        return bool(self.mass_dates or self.device_lean_dates)

    @rx.var
    def has_circumferences(self) -> bool:
        return any(self.circumference_dates.values()) or bool(self.device_waist_dates)

    @rx.var
    def has_whtr(self) -> bool:
        return bool(self.whtr_dates)

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        overview = await call_service(
            body_overview,
            profile_id=me.user.id,
            range_key=self.range,
            today=today_in(me.user.timezone),
        )
        self._show(overview)
        self.loaded = True
        return None

    @rx.event
    async def choose_range(self, value: str | list[str]):
        if isinstance(value, str) and value in RANGE_DAYS:
            self.range = value
            return BodyState.load
        return None

    def _show(self, overview: BodyOverview) -> None:
        weight = overview.weight
        self.mass_unit, self.length_unit = overview.mass_unit, overview.length_unit
        self.weight_start, self.weight_end = weight.days.start, weight.end
        self.weights = weight.days.values
        self.weight_average, self.weight_trend = weight.average, weight.trend
        has_goal = weight.goal is not None and weight.days.start
        self.goal_x = [weight.days.start, weight.end] if has_goal else []
        self.goal_y = [weight.goal, weight.goal] if has_goal else []
        self.phase_shapes = phase_shapes(weight.phases)
        self.summary = in_both(lambda lang: weight_words(overview, lang))
        self.fat_dates = {m: s.dates for m, s in overview.body_fat.items()}
        self.fat_values = {m: s.values for m, s in overview.body_fat.items()}
        self.mass_dates = overview.fat_mass.dates
        self.fat_mass, self.lean_mass = overview.fat_mass.values, overview.lean_mass.values
        self.device_lean_dates = overview.device_lean_mass.dates
        self.device_lean_mass = overview.device_lean_mass.values
        self.device_waist_dates = overview.device_waist.dates
        self.device_waist = overview.device_waist.values
        self.circumference_dates = {s: v.dates for s, v in overview.circumferences.items()}
        self.circumference_values = {s: v.values for s, v in overview.circumferences.items()}
        self.whtr_dates = overview.waist_to_height.dates
        self.whtr_values = overview.waist_to_height.values
        self.derived = [
            {**derived_facts(item), **in_both(lambda lang, item=item: derived_words(item, lang))}
            for item in overview.derived
        ]
        self.profile_complete = overview.profile_complete
        self._axes(overview)

    def _axes(self, overview: BodyOverview) -> None:
        weight = overview.weight
        start = date.fromisoformat(weight.days.start) if weight.days.start else None
        weighed = [
            (start + timedelta(days=i)).isoformat()
            for i, value in enumerate(weight.days.values)
            if value is not None and start is not None
        ]
        dates = {
            "weight": weighed,
            "fat": [d for series in overview.body_fat.values() for d in series.dates],
            "mass": overview.fat_mass.dates + overview.device_lean_mass.dates,
            **{f"tape-{s}": v.dates for s, v in overview.circumferences.items()},
            "tape-waist": overview.circumferences["waist"].dates + overview.device_waist.dates,
            "whtr": overview.waist_to_height.dates,
        }
        self.axes = {
            key: date_axis(days, max_ticks=3 if key.startswith("tape-") else 5).as_state()
            for key, days in dates.items()
        }
        self.single_day = {key: len(set(days)) == 1 for key, days in dates.items()}


def chart_payload(overview: BodyOverview) -> dict:
    """What the weight chart sends to the browser (for the bench)."""
    weight = overview.weight
    return {
        "weight_start": weight.days.start,
        "weight_end": weight.end,
        "weights": weight.days.values,
        "weight_average": weight.average,
        "weight_trend": weight.trend,
        "goal": weight.goal,
        "body_fat": {m: asdict(s) for m, s in overview.body_fat.items()},
    }


# --- figures: fixed templates around state arrays --------------------------------------


def _daily(name_key: str, values: rx.Var, colour: str, **extra) -> dict:
    return {
        "type": "scatter",
        "x0": BodyState.weight_start,
        "dx": DAY_MS,
        "y": values,
        "name": t(name_key),
        "connectgaps": True,
        "line": {"color": colour, "width": 2},
        **extra,
    }


def _weight_figure() -> rx.Var:
    return figure(
        [
            _daily(
                "body.chart.recorded",
                BodyState.weights,
                COLOURS["recorded"],
                mode="markers",
                marker={"color": COLOURS["recorded"], "size": 5},
            ),
            _daily(
                "body.chart.average", BodyState.weight_average, COLOURS["average"], mode="lines"
            ),
            _daily("body.chart.trend", BodyState.weight_trend, COLOURS["trend"], mode="lines"),
            {
                "type": "scatter",
                "mode": "lines",
                "x": BodyState.goal_x,
                "y": BodyState.goal_y,
                "name": t("body.chart.goal"),
                "line": {"color": COLOURS["goal"], "dash": "dash"},
            },
        ],
        yaxis={"title": {"text": BodyState.mass_unit}},
        xaxis=date_xaxis(BodyState.axes["weight"]),
        shapes=BodyState.phase_shapes,
    )


def _body_fat_figure() -> rx.Var:
    return figure(
        [
            dated_trace(
                t(f"body.formula.{method}"),
                BodyState.fat_dates[method],
                BodyState.fat_values[method],
                COLOURS[method],
            )
            for method in BODY_FAT_SERIES
        ],
        yaxis={"title": {"text": "%"}},
        xaxis=date_xaxis(BodyState.axes["fat"]),
    )


def _mass_figure() -> rx.Var:
    return figure(
        [
            dated_trace(
                t(f"body.chart.{part}"),
                BodyState.mass_dates,
                getattr(BodyState, part),
                COLOURS[part],
                stackgroup="mass",
            )
            for part in ("lean_mass", "fat_mass")
        ]
        + [
            # Not stacked: the scale's own lean mass, beside the skinfolds' split.
            dated_trace(
                t("body.chart.device_lean_mass"),
                BodyState.device_lean_dates,
                BodyState.device_lean_mass,
                COLOURS["device"],
            )
        ],
        yaxis={"title": {"text": BodyState.mass_unit}},
        xaxis=date_xaxis(BodyState.axes["mass"]),
    )


def _circumference_panel(site: str) -> rx.Component:
    """One small chart per site that has values (small multiples); the
    waist's also shows what a scale or app measured, as its own line."""
    tape = dated_trace(
        t("body.chart.tape"),
        BodyState.circumference_dates[site],
        BodyState.circumference_values[site],
        COLOURS["average"],
    )
    shown = BodyState.circumference_dates[site].length() > 0
    traces = [tape]
    layout = {
        "height": CIRCUMFERENCE_PANEL_HEIGHT,
        "margin": {"l": 36, "r": 8, "t": 8, "b": 28},
        "showlegend": False,
    }
    if site == "waist":
        device = dated_trace(
            t("body.formula.device"),
            BodyState.device_waist_dates,
            BodyState.device_waist,
            COLOURS["device"],
        )
        shown = shown | (BodyState.device_waist_dates.length() > 0)
        traces = [tape, device]
        # Room under the axis for the legend that names the two lines.
        layout = {
            "height": CIRCUMFERENCE_PANEL_HEIGHT + 40,
            "margin": {"l": 36, "r": 8, "t": 8, "b": 64},
            "legend": {"orientation": "h", "y": -0.45},
        }
    return rx.cond(
        shown,
        rx.box(
            rx.text(t(f"body.site.{site}"), size="2", weight="medium"),
            plot(
                figure(
                    traces,
                    hovermode="closest",
                    xaxis=date_xaxis(BodyState.axes[f"tape-{site}"]),
                    **layout,
                ),
                t(f"body.site.{site}"),
                f"chart-tape-{site}",  # ids the e2e tests find
            ),
            _one_point(f"tape-{site}"),
            min_width="0",
        ),
        rx.fragment(),
    )


def _whtr_figure() -> rx.Var:
    return figure(
        [
            dated_trace(
                t("body.chart.whtr"), BodyState.whtr_dates, BodyState.whtr_values, COLOURS["trend"]
            )
        ],
        shapes=[
            {
                "type": "rect",
                "xref": "paper",
                "x0": 0,
                "x1": 1,
                "y0": 0.5,
                "y1": 0.7,
                "fillcolor": "rgba(234, 88, 12, 0.15)",
                "line": {"width": 0},
                "layer": "below",
            }
        ],
        annotations=[
            {
                "text": t("body.chart.risk_band"),
                "xref": "paper",
                "x": 0,
                "y": 0.69,
                "xanchor": "left",
                "yanchor": "top",
                "showarrow": False,
            }
        ],
        showlegend=False,
        xaxis=date_xaxis(BodyState.axes["whtr"]),
    )


def _one_point(chart: str) -> rx.Component:
    """Under a chart with one day: its point is shown, a trend needs more."""
    return rx.cond(
        BodyState.single_day[chart],
        rx.text(t("body.chart.one_point"), size="2", color_scheme="gray"),
        rx.fragment(),
    )


# --- the page -------------------------------------------------------------------------


def _card(title_key: str, *children: rx.Component) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(t(title_key), size="4", as_="h2"), *children, spacing="3", width="100%"
        ),
        width="100%",
    )


def _chart_card(title_key: str, shown: rx.Var, data: rx.Var, chart: str) -> rx.Component:
    return _card(
        title_key,
        rx.cond(
            shown,
            rx.fragment(plot(data, t(title_key), f"chart-{chart}"), _one_point(chart)),
            rx.text(t("body.chart.empty"), color_scheme="gray"),
        ),
    )


def _derived_row(row: rx.Var) -> rx.Component:
    return rx.flex(
        # The colon keeps name and value apart where the row is read as one line.
        rx.text(in_language(row, "name"), ":", weight="medium", min_width="9rem"),
        rx.text(in_language(row, "value")),
        category_badge(row),
        gap="2",
        wrap="wrap",
        align="center",
        padding_y="0.4rem",
        border_top=f"1px solid {rx.color('gray', 4)}",
        width="100%",
        role="listitem",
    )


def _derived_card() -> rx.Component:
    return _card(
        "body.derived",
        rx.cond(
            BodyState.derived.length() > 0,
            rx.box(rx.foreach(BodyState.derived, _derived_row), role="list", width="100%"),
            rx.text(t("empty.body"), color_scheme="gray"),
        ),
        rx.cond(
            BodyState.profile_complete,
            rx.fragment(),
            rx.text(
                t("body.error.profile_incomplete"),
                " ",
                rx.link(t("body.open_profile"), href=routes.PROFILE),
                size="2",
            ),
        ),
    )


def _range_picker() -> rx.Component:
    return rx.segmented_control.root(
        *[rx.segmented_control.item(t(f"body.range.{key}"), value=key) for key in RANGE_DAYS],
        value=BodyState.range,
        on_change=BodyState.choose_range,
        aria_label=t("body.range"),
        # Size 1 keeps the four choices within a 360 px phone's width.
        size="1",
        width="100%",
    )


def _weight_card() -> rx.Component:
    return _card(
        "body.chart.weight",
        rx.cond(
            BodyState.summary["latest_en"] != "",
            rx.text(
                in_language(BodyState.summary, "latest"),
                " ",
                rx.text.span(in_language(BodyState.summary, "rate"), color_scheme="gray"),
            ),
            rx.fragment(),
        ),
        rx.cond(
            BodyState.has_weights,
            rx.fragment(
                plot(_weight_figure(), t("body.chart.weight"), "chart-weight"),
                _one_point("weight"),
                rx.cond(
                    BodyState.summary["phases_en"] != "",
                    rx.text(in_language(BodyState.summary, "phases"), size="2", id="weight-phases"),
                    rx.fragment(),
                ),
            ),
            rx.text(t("body.chart.empty"), color_scheme="gray"),
        ),
    )


@page(route=BODY, title_key="nav.body", on_load=BodyState.load)
def body_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.body"), size="7", as_="h1"),
        _derived_card(),
        _range_picker(),
        _weight_card(),
        _chart_card("body.chart.body_fat", BodyState.has_body_fat, _body_fat_figure(), "fat"),
        _chart_card("body.chart.mass", BodyState.has_mass, _mass_figure(), "mass"),
        _card(
            "body.chart.circumferences",
            rx.cond(
                BodyState.has_circumferences,
                rx.grid(
                    *[_circumference_panel(site) for site in CIRCUMFERENCE_SITES],
                    columns="2",
                    gap="3",
                    width="100%",
                    id="chart-tape",
                ),
                rx.text(t("body.chart.empty"), color_scheme="gray"),
            ),
        ),
        _chart_card("body.chart.whtr", BodyState.has_whtr, _whtr_figure(), "whtr"),
        csv_download("body"),
        spacing="4",
        width="100%",
        max_width="56rem",
    )
