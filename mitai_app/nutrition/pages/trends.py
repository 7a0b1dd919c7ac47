"""Nutrition trends: energy against the target and the adaptive TDEE,
macros stacked and as shares, protein per kg, and the energy balance beside
the weight trend, over 4 weeks, 3 months, a year or everything (weekly
means beyond about four months)."""

from __future__ import annotations

import reflex as rx

from mitai_app.core.formatting import today_in
from mitai_app.core.series import DEFAULT_RANGE, RANGE_DAYS, date_axis
from mitai_app.core.units import kg_to_lb
from mitai_app.nutrition import service
from mitai_app.nutrition.consts import MACROS, TODAY_PAGE, TRENDS_PAGE
from mitai_app.ui.charts import date_xaxis, figure, plot
from mitai_app.ui.csv_download import csv_download
from mitai_app.ui.layout import page
from mitai_app.ui.session import call_service, signed_in, t, to_login

COLOURS = {
    "kcal": "#2563eb",
    "target": "#16a34a",
    "tdee": "#ea580c",
    "protein_g": "#db2777",
    "carbs_g": "#f59e0b",
    "fat_g": "#0891b2",
    "balance": "#7c3aed",
    "weight": "#475569",
}
_NO_AXIS: dict[str, list[str]] = {"range": [], "ticks": [], "labels_de": [], "labels_en": []}


class NutritionTrendsState(rx.State):
    range: str = DEFAULT_RANGE
    loaded: bool = False
    mass_unit: str = "kg"
    dates: list[str] = []
    kcal: list[float | None] = []
    macros: dict[str, list[float | None]] = {}
    shares: dict[str, list[float | None]] = {}
    protein_per_kg: list[float | None] = []
    balance: list[float | None] = []
    weight_trend: list[float | None] = []
    tdee_dates: list[str] = []
    tdee: list[float | None] = []
    target_x: list[str] = []  # the range's ends, for the horizontal target lines
    kcal_target: list[float] = []
    protein_target: list[float] = []
    axis: dict[str, list[str]] = _NO_AXIS

    @rx.var
    def has_data(self) -> bool:
        return bool(self.dates)

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        view = await call_service(
            service.nutrition_charts,
            profile_id=me.user.id,
            range_key=self.range,
            today=today_in(me.user.timezone),
        )
        series = view.series
        imperial = me.user.unit_system == "imperial"
        self.mass_unit = "lb" if imperial else "kg"
        self.dates, self.kcal = series.dates, series.kcal
        self.macros, self.shares = series.macros, series.shares
        self.protein_per_kg, self.balance = series.protein_per_kg, series.balance
        self.weight_trend = [
            None if w is None else round(kg_to_lb(w), 1) if imperial else w
            for w in series.weight_trend
        ]
        self.tdee_dates, self.tdee = series.tdee_dates, series.tdee
        ends = [series.dates[0], series.dates[-1]] if series.dates else []
        self.target_x = ends
        self.kcal_target = [round(view.kcal_target)] * len(ends) if view.kcal_target else []
        self.protein_target = [view.protein_g_per_kg] * len(ends)
        self.axis = date_axis(series.dates).as_state() if series.dates else _NO_AXIS
        self.loaded = True
        return None

    @rx.event
    async def choose_range(self, value: str | list[str]):
        if isinstance(value, str) and value in RANGE_DAYS:
            self.range = value
            return NutritionTrendsState.load
        return None


# --- figures: fixed templates around state arrays --------------------------------------

S = NutritionTrendsState


def _bars(name, values: rx.Var, colour: str, **extra) -> dict:
    return {
        "type": "bar",
        "x": S.dates,
        "y": values,
        "name": name,
        "marker": {"color": colour},
        **extra,
    }


def _line(name, x: rx.Var, y: rx.Var, colour: str, **extra) -> dict:
    return {
        "type": "scatter",
        "mode": "lines",
        "x": x,
        "y": y,
        "name": name,
        "connectgaps": True,
        "line": {"color": colour, "width": 2},
        **extra,
    }


def _target_line(values: rx.Var) -> dict:
    """A dashed horizontal line across the range at today's target."""
    return _line(
        t("nutrition.chart.target"),
        S.target_x,
        values,
        COLOURS["target"],
        line={"color": COLOURS["target"], "dash": "dash"},
    )


def _energy_figure() -> rx.Var:
    return figure(
        [
            _bars(t("nutrition.kcal"), S.kcal, COLOURS["kcal"]),
            _target_line(S.kcal_target),
            _line(
                t("nutrition.chart.adaptive"),
                S.tdee_dates,
                S.tdee,
                COLOURS["tdee"],
                mode="lines+markers",
            ),
        ],
        yaxis={"title": {"text": "kcal"}, "rangemode": "tozero"},
        xaxis=date_xaxis(S.axis),
    )


def _macros_figure(values: rx.Var, unit: str) -> rx.Var:
    return figure(
        [_bars(t(f"nutrition.field.{name}"), values[name], COLOURS[name]) for name in MACROS],
        barmode="stack",
        yaxis={"title": {"text": unit}},
        xaxis=date_xaxis(S.axis),
    )


def _protein_figure() -> rx.Var:
    return figure(
        [
            _line(
                t("nutrition.chart.protein_per_kg"),
                S.dates,
                S.protein_per_kg,
                COLOURS["protein_g"],
                mode="lines+markers",
            ),
            _target_line(S.protein_target),
        ],
        yaxis={"title": {"text": "g/kg"}, "rangemode": "tozero"},
        xaxis=date_xaxis(S.axis),
    )


def _balance_figure() -> rx.Var:
    return figure(
        [
            _bars(t("nutrition.chart.balance"), S.balance, COLOURS["balance"]),
            _line(
                t("nutrition.chart.weight_trend"),
                S.dates,
                S.weight_trend,
                COLOURS["weight"],
                yaxis="y2",
            ),
        ],
        yaxis={"title": {"text": "kcal"}},
        yaxis2={"title": {"text": S.mass_unit}, "overlaying": "y", "side": "right"},
        margin={"l": 44, "r": 44, "t": 12, "b": 40},
        xaxis=date_xaxis(S.axis),
    )


def _chart(title_key: str, data: rx.Var, chart_id: str, note_key: str = "") -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(t(title_key), size="4", as_="h2"),
            plot(data, t(title_key), chart_id),
            rx.text(t(note_key), size="2", color_scheme="gray") if note_key else rx.fragment(),
            spacing="2",
            width="100%",
        ),
        width="100%",
    )


def _range_picker() -> rx.Component:
    return rx.segmented_control.root(
        *[rx.segmented_control.item(t(f"body.range.{key}"), value=key) for key in RANGE_DAYS],
        value=S.range,
        on_change=S.choose_range,
        aria_label=t("body.range"),
        size="1",  # the four choices within a 360 px phone's width
        width="100%",
    )


@page(
    route=TRENDS_PAGE,
    title_key="nutrition.trends",
    on_load=NutritionTrendsState.load,
    checks_session=True,
)
def trends_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nutrition.trends"), size="7", as_="h1"),
        rx.link(t("nutrition.to_today"), href=TODAY_PAGE),
        _range_picker(),
        rx.cond(
            S.has_data,
            rx.vstack(
                _chart("nutrition.chart.energy", _energy_figure(), "chart-energy"),
                _chart("nutrition.chart.macros", _macros_figure(S.macros, "g"), "chart-macros"),
                _chart(
                    "nutrition.chart.shares",
                    _macros_figure(S.shares, "%"),
                    "chart-shares",
                    "nutrition.chart.shares_note",
                ),
                _chart("nutrition.chart.protein", _protein_figure(), "chart-protein"),
                _chart(
                    "nutrition.chart.balance_weight",
                    _balance_figure(),
                    "chart-balance",
                    "nutrition.chart.balance_note",
                ),
                spacing="4",
                width="100%",
            ),
            rx.cond(
                S.loaded,
                rx.text(t("nutrition.chart.empty"), color_scheme="gray"),
                rx.fragment(),
            ),
        ),
        csv_download("nutrition"),
        spacing="4",
        width="100%",
        max_width="48rem",
    )
