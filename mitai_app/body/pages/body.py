"""Body: the derived values with their reference ranges, and the charts
(weight with trend, 7-day average and goal; body fat by method; fat and lean
mass; circumferences; waist-to-height with its risk band) for a time range.

The state holds only compact series (domain/charts.py); each figure is put
together in the browser from a fixed Plotly template whose data arrays are
state vars, so no figure travels with the state.
"""

from __future__ import annotations

from dataclasses import asdict

import reflex as rx
from plotly.graph_objs import Figure

from mitai_app.body.circumferences import TAPE_SITES
from mitai_app.body.overview import BODY_FAT_METHODS, BodyOverview, body_overview
from mitai_app.core import routes
from mitai_app.core.formatting import format_date, format_number, today_in
from mitai_app.core.i18n import translate
from mitai_app.core.series import DAY_MS, DEFAULT_RANGE, RANGE_DAYS
from mitai_app.ui.layout import page
from mitai_app.ui.session import AuthState, call_service, require_user, t

TAPE_PANEL_HEIGHT = 170
CHART_HEIGHT = 300
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
    "fat_mass": "#f59e0b",
    "lean_mass": "#14b8a6",
}


def derived_rows(overview: BodyOverview, lang: str) -> list[dict[str, str]]:
    """The derived-values card: "Waist-to-height 0.53 · Increased risk (0.50–0.59)"."""
    rows = []
    for item in overview.derived:
        label = item.classification
        rows.append(
            {
                "key": item.key,
                "name": translate(f"body.derived.{item.key}", lang),
                "value": f"{format_number(item.value, lang, decimals=item.decimals)} {item.unit}".strip(),
                "category": ""
                if label is None
                else (label.label_de if lang == "de" else label.label_en),
                "colour": "gray" if label is None else label.colour,
                "range": "" if label is None else label.range_text,
                "source": "" if label is None else label.source,
            }
        )
    return rows


def weight_summary(overview: BodyOverview, lang: str) -> dict[str, str]:
    """The newest weight, the weekly rate and the newest 7-day average as
    text ("" for what is unknown)."""
    unit = overview.mass_unit

    def amount(value: float | None, decimals: int = 1) -> str:
        return "" if value is None else f"{format_number(value, lang, decimals=decimals)} {unit}"

    averages = [v for v in overview.weight.average if v is not None]
    latest = amount(overview.latest_weight)
    return {
        "latest": translate(
            "body.latest", lang, value=latest, date=format_date(overview.latest_weight_date, lang)
        )
        if latest
        else "",
        "rate": translate("body.weekly_rate", lang, value=amount(overview.weekly_rate, 2))
        if overview.weekly_rate is not None
        else "",
        "average": amount(averages[-1] if averages else None),
    }


class BodyState(rx.State):
    range: str = DEFAULT_RANGE
    loaded: bool = False
    mass_unit: str = "kg"
    length_unit: str = "cm"
    latest: str = ""
    rate: str = ""
    profile_complete: bool = True

    weight_start: str = ""
    weight_end: str = ""
    weights: list[float | None] = []
    weight_average: list[float | None] = []
    weight_trend: list[float | None] = []
    goal_x: list[str] = []
    goal_y: list[float] = []

    fat_dates: dict[str, list[str]] = {}
    fat_values: dict[str, list[float]] = {}
    mass_dates: list[str] = []
    fat_mass: list[float] = []
    lean_mass: list[float] = []
    tape_dates: dict[str, list[str]] = {}
    tape_values: dict[str, list[float]] = {}
    whtr_dates: list[str] = []
    whtr_values: list[float] = []
    derived: list[dict[str, str]] = []

    @rx.var
    def has_weights(self) -> bool:
        return bool(self.weights)

    @rx.var
    def has_body_fat(self) -> bool:
        return any(self.fat_dates.values())

    @rx.var
    def has_mass(self) -> bool:
        return bool(self.mass_dates)

    @rx.var
    def has_tape(self) -> bool:
        return any(self.tape_dates.values())

    @rx.var
    def has_whtr(self) -> bool:
        return bool(self.whtr_dates)

    @rx.event
    async def load(self):
        user = await require_user(self)
        if user is None:
            return rx.redirect(routes.LOGIN)
        lang = (await self.get_state(AuthState)).lang or user.language
        overview = await call_service(
            body_overview,
            profile_id=user.id,
            range_key=self.range,
            today=today_in(user.timezone),
        )
        self._show(overview, lang)
        self.loaded = True
        return None

    @rx.event
    async def choose_range(self, value: str | list[str]):
        if isinstance(value, str) and value in RANGE_DAYS:
            self.range = value
            return BodyState.load
        return None

    def _show(self, overview: BodyOverview, lang: str) -> None:
        weight = overview.weight
        self.mass_unit, self.length_unit = overview.mass_unit, overview.length_unit
        self.weight_start, self.weight_end = weight.days.start, weight.end
        self.weights = weight.days.values
        self.weight_average, self.weight_trend = weight.average, weight.trend
        has_goal = weight.goal is not None and weight.days.start
        self.goal_x = [weight.days.start, weight.end] if has_goal else []
        self.goal_y = [weight.goal, weight.goal] if has_goal else []
        summary = weight_summary(overview, lang)
        self.latest, self.rate = summary["latest"], summary["rate"]
        self.fat_dates = {m: s.dates for m, s in overview.body_fat.items()}
        self.fat_values = {m: s.values for m, s in overview.body_fat.items()}
        self.mass_dates = overview.fat_mass.dates
        self.fat_mass, self.lean_mass = overview.fat_mass.values, overview.lean_mass.values
        self.tape_dates = {s: v.dates for s, v in overview.circumferences.items()}
        self.tape_values = {s: v.values for s, v in overview.circumferences.items()}
        self.whtr_dates = overview.waist_to_height.dates
        self.whtr_values = overview.waist_to_height.values
        self.derived = derived_rows(overview, lang)
        self.profile_complete = overview.profile_complete


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


def _layout(**extra) -> dict:
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


def _figure(data: list[dict], **layout) -> rx.Var:
    return rx.Var.create({"data": data, "layout": _layout(**layout)}).to(Figure)


def _plot(figure: rx.Var, label, chart_id: str) -> rx.Component:
    return rx.box(
        rx.plotly.basic(
            data=figure,
            config={"displayModeBar": False, "responsive": True},
            style={"width": "100%"},
        ),
        id=chart_id,
        role="img",
        aria_label=label,
        width="100%",
    )


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
    return _figure(
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
    )


def _dated(name, dates: rx.Var, values: rx.Var, colour: str, **extra) -> dict:
    return {
        "type": "scatter",
        "mode": "lines+markers",
        "x": dates,
        "y": values,
        "name": name,
        "line": {"color": colour},
        **extra,
    }


def _body_fat_figure() -> rx.Var:
    return _figure(
        [
            _dated(
                t(f"body.formula.{method}"),
                BodyState.fat_dates[method],
                BodyState.fat_values[method],
                COLOURS[method],
            )
            for method in BODY_FAT_METHODS
        ],
        yaxis={"title": {"text": "%"}},
    )


def _mass_figure() -> rx.Var:
    return _figure(
        [
            _dated(
                t(f"body.chart.{part}"),
                BodyState.mass_dates,
                getattr(BodyState, part),
                COLOURS[part],
                stackgroup="mass",
            )
            for part in ("lean_mass", "fat_mass")
        ],
        yaxis={"title": {"text": BodyState.mass_unit}},
    )


def _tape_panel(site: str) -> rx.Component:
    """One small chart per site that has values (small multiples)."""
    return rx.cond(
        BodyState.tape_dates[site].length() > 0,
        rx.box(
            rx.text(t(f"body.site.{site}"), size="2", weight="medium"),
            _plot(
                _figure(
                    [
                        _dated(
                            t(f"body.site.{site}"),
                            BodyState.tape_dates[site],
                            BodyState.tape_values[site],
                            COLOURS["average"],
                            showlegend=False,
                        )
                    ],
                    height=TAPE_PANEL_HEIGHT,
                    hovermode="closest",
                    margin={"l": 36, "r": 8, "t": 8, "b": 28},
                    xaxis={"type": "date", "nticks": 3},
                ),
                t(f"body.site.{site}"),
                f"chart-tape-{site}",
            ),
            min_width="0",
        ),
        rx.fragment(),
    )


def _whtr_figure() -> rx.Var:
    return _figure(
        [
            _dated(
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
    )


# --- the page -------------------------------------------------------------------------


def _card(title_key: str, *children: rx.Component) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(t(title_key), size="4", as_="h2"), *children, spacing="3", width="100%"
        ),
        width="100%",
    )


def _chart_card(title_key: str, shown: rx.Var, figure: rx.Var, chart_id: str) -> rx.Component:
    return _card(
        title_key,
        rx.cond(
            shown,
            _plot(figure, t(title_key), chart_id),
            rx.text(t("body.chart.empty"), color_scheme="gray"),
        ),
    )


def category_badge(row: rx.Var) -> rx.Component:
    """The category as a coloured badge with its range, e.g. "Healthy (8–19.9 % (20–39))"."""
    return rx.cond(
        row["category"] != "",
        rx.hstack(
            rx.badge(
                row["category"],
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
            rx.text("(", row["range"], ")", size="2", color_scheme="gray"),
            spacing="2",
            align="center",
            wrap="wrap",
        ),
        rx.fragment(),
    )


def _derived_row(row: rx.Var) -> rx.Component:
    return rx.flex(
        rx.text(row["name"], weight="medium", min_width="9rem"),
        rx.text(row["value"]),
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
            BodyState.latest != "",
            rx.text(BodyState.latest, " ", rx.text.span(BodyState.rate, color_scheme="gray")),
            rx.fragment(),
        ),
        rx.cond(
            BodyState.has_weights,
            _plot(_weight_figure(), t("body.chart.weight"), "chart-weight"),
            rx.text(t("body.chart.empty"), color_scheme="gray"),
        ),
    )


@page(route=routes.BODY, title="Body", on_load=BodyState.load)
def body_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.body"), size="7", as_="h1"),
        _derived_card(),
        _range_picker(),
        _weight_card(),
        _chart_card("body.chart.body_fat", BodyState.has_body_fat, _body_fat_figure(), "chart-fat"),
        _chart_card("body.chart.mass", BodyState.has_mass, _mass_figure(), "chart-mass"),
        _card(
            "body.chart.circumferences",
            rx.cond(
                BodyState.has_tape,
                rx.grid(
                    *[_tape_panel(site) for site in TAPE_SITES],
                    columns="2",
                    gap="3",
                    width="100%",
                    id="chart-tape",
                ),
                rx.text(t("body.chart.empty"), color_scheme="gray"),
            ),
        ),
        _chart_card("body.chart.whtr", BodyState.has_whtr, _whtr_figure(), "chart-whtr"),
        spacing="4",
        width="100%",
        max_width="56rem",
    )
