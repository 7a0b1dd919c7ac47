"""Fitness tests: pick a standard test to read its protocol and cited
source, enter a result (answered at the field when implausible, keeping
what was typed), and see its norm category, the test's history chart over
the norm bands of the user's sex and age, and the results listed."""

from __future__ import annotations

import reflex as rx

from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import format_number, in_both, today_in
from mitai_app.core.i18n import translate
from mitai_app.core.series import date_axis
from mitai_app.goals.consts import FITNESS, GOALS, NOTES_MAX
from mitai_app.goals.fitness import (
    band_words,
    catalogue,
    history_of,
    norm_words,
    record_test,
    result_words,
)
from mitai_app.goals.pages.parts import checked
from mitai_app.ui.charts import date_xaxis, dated_trace, figure, plot
from mitai_app.ui.forms import (
    error_callout,
    field,
    form,
    invalid_attrs,
    select_field,
    success_callout,
)
from mitai_app.ui.layout import page
from mitai_app.ui.session import call_service, in_language, shown, signed_in, t, to_login

_FIELDS = {"test", "date", "result", "notes"}
# Band fills from the worst category (red) to the best (green), light enough
# for the line over them in both colour schemes.
_FILLS = (
    "rgba(220, 38, 38, 0.16)",
    "rgba(234, 88, 12, 0.16)",
    "rgba(217, 119, 6, 0.16)",
    "rgba(202, 138, 4, 0.16)",
    "rgba(101, 163, 13, 0.16)",
    "rgba(22, 163, 74, 0.16)",
    "rgba(5, 150, 105, 0.2)",
)
_LINE = "#2563eb"


def _fill(rank: int, count: int) -> str:
    """The fill of the category `rank` (0: worst) of `count`."""
    return _FILLS[round(rank * (len(_FILLS) - 1) / max(count - 1, 1))]


class FitnessState(rx.State):
    choice: str = catalogue()[0].key
    test: dict[str, str] = {}  # the chosen test's name, protocol, source and result label
    results: list[dict[str, str]] = []  # newest first, in both languages
    dates: list[str] = []  # the chart's points, oldest first
    values: list[float] = []
    axis: dict[str, list[str]] = {}
    y_range: list[float] = []
    shapes: list[dict] = []  # the norm bands as Plotly rectangles
    legend: list[dict[str, str]] = []  # the bands' names, ranges and fills
    norms: dict[str, str] = {}  # whose norms the bands show
    today: str = ""
    error: str = ""
    error_field: str = ""
    outcome: dict[str, str] = {}  # the stored result's category (and VO2max) in both languages
    form_key: int = 0

    async def _show(self, me) -> None:
        today = today_in(me.user.timezone)
        history = await call_service(
            history_of, profile_id=me.user.id, test_key=self.choice, today=today
        )
        info = history.test
        self.today = today.isoformat()
        time_input = info.input == "time"
        self.test = {
            "key": info.key,
            "source": info.source,
            **in_both(
                lambda lang: {
                    "name": info.name.pick(lang),
                    "protocol": info.protocol.pick(lang),
                    "result": translate(
                        "goals.fitness.result_time" if time_input else "goals.fitness.result",
                        lang,
                        unit=info.unit,
                    ),
                }
            ),
        }
        self.results = [
            in_both(lambda lang, r=r: result_words(info, r, lang)) for r in history.results
        ]
        oldest_first = list(reversed(history.results))
        self.dates = [r.day.isoformat() for r in oldest_first]
        self.values = [r.value for r in oldest_first]
        self.axis = date_axis(self.dates).as_state()
        count = len(history.bands)
        by_rank = {c.category: i for i, c in enumerate(history.bands)}
        if info.better == "lower":  # the axis runs from the best band up
            by_rank = {c.category: count - 1 - i for i, c in enumerate(history.bands)}
        self.shapes = [
            {
                "type": "rect",
                "xref": "paper",
                "x0": 0,
                "x1": 1,
                "y0": b.low,
                "y1": b.high,
                "fillcolor": _fill(by_rank[b.category], count),
                "line": {"width": 0},
                "layer": "below",
            }
            for b in history.bands
        ]
        self.legend = [
            {
                "fill": _fill(by_rank[b.category], count),
                **in_both(lambda lang, i=i: band_words(info, history.bands, i, lang)),
            }
            for i, b in enumerate(history.bands)
        ]
        # The outer bands run to the plausible extremes: show the inner
        # bounds and the results with some room, not the whole range.
        inner = [b.low for b in history.bands[1:]] + self.values
        if inner:
            low, high = min(inner), max(inner)
            pad = max((high - low) * 0.15, abs(high) * 0.05, 1)
            self.y_range = [low - pad, high + pad]
        else:
            self.y_range = []
        self.norms = in_both(lambda lang: {"text": norm_words(history, lang)})

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.error = self.error_field = ""
        self.outcome = {}
        await self._show(me)
        return None

    @rx.event
    async def choose(self, key: str):
        me = await signed_in(self)
        if me is None:
            return to_login()
        if key in {info.key for info in catalogue()}:
            self.choice = key
        self.error = self.error_field = ""
        self.outcome = {}
        await self._show(me)
        return None

    @rx.event
    async def record(self, values: dict):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.error = self.error_field = ""
        self.outcome = {}
        try:
            recorded = await call_service(
                record_test,
                profile_id=me.user.id,
                test_key=str(values.get("test", "")),
                day=str(values.get("date", "")),
                result=str(values.get("result", "")),
                notes=str(values.get("notes", "")),
                today=today_in(me.user.timezone),
            )
        except FeatureRefused as refused:
            self.error = refusal_message(refused.decision, me.lang)
            return None
        except UserError as error:
            self.error = user_message(error, me.lang)
            self.error_field = error.field if error.field in _FIELDS else ""
            return None
        info = next(i for i in catalogue() if i.key == recorded.result.test)

        def words(lang: str) -> dict[str, str]:
            stored = result_words(info, recorded.result, lang)
            text = translate(
                "goals.fitness.recorded", lang, value=stored["value"], category=stored["category"]
            )
            if recorded.vo2max is not None:
                vo2max = format_number(recorded.vo2max, lang, decimals=1)
                text += " " + translate("goals.fitness.vo2max", lang, value=vo2max)
            return {"text": text}

        self.outcome = in_both(words)
        self.form_key += 1
        await self._show(me)
        return None


S = FitnessState


def _checked(name: str, component: rx.Component) -> rx.Component:
    return checked(name, component, S.error_field, S.error)


def _entry() -> rx.Component:
    return rx.card(
        rx.heading(t("goals.fitness.enter"), size="4", as_="h2", margin_bottom="0.75rem"),
        form(
            _checked(
                "test",
                select_field(
                    t("goals.fitness.test"),
                    "test",
                    [(info.key, shown(info.name)) for info in catalogue()],
                    value=S.choice,
                    on_change=S.choose,
                    custom_attrs=invalid_attrs("test", S.error_field),
                ),
            ),
            rx.box(
                rx.text(t("goals.fitness.protocol"), weight="medium", size="2"),
                rx.text(in_language(S.test, "protocol"), size="2"),
                rx.text(
                    t("goals.fitness.source"), " ", S.test["source"], size="1", color_scheme="gray"
                ),
                id="fitness-protocol",
                width="100%",
            ),
            _checked(
                "date",
                field(
                    t("goals.fitness.date"),
                    "date",
                    type="date",
                    default_value=S.today,
                    required=True,
                    custom_attrs=invalid_attrs("date", S.error_field),
                ),
            ),
            _checked(
                "result",
                field(
                    in_language(S.test, "result"),
                    "result",
                    input_mode="decimal",
                    required=True,
                    custom_attrs=invalid_attrs("result", S.error_field),
                ),
            ),
            _checked(
                "notes",
                field(
                    t("goals.fitness.notes"),
                    "notes",
                    limit=NOTES_MAX,
                    custom_attrs=invalid_attrs("notes", S.error_field),
                ),
            ),
            rx.cond(
                S.outcome.length() > 0,
                success_callout(in_language(S.outcome, "text")),
                rx.fragment(),
            ),
            rx.cond(S.error_field == "", error_callout(S.error), rx.fragment()),
            submit=t("goals.fitness.save"),
            busy=False,
            on_submit=S.record,
            key=S.form_key,
        ),
        width="100%",
    )


def _chart() -> rx.Component:
    return figure(
        [dated_trace(in_language(S.test, "name"), S.dates, S.values, _LINE)],
        shapes=S.shapes,
        showlegend=False,
        xaxis=date_xaxis(S.axis),
        yaxis={"range": S.y_range},
    )


def _band(row: rx.Var) -> rx.Component:
    return rx.hstack(
        rx.box(
            width="1rem",
            height="1rem",
            background=row["fill"],
            border="1px solid var(--gray-8)",
            flex_shrink="0",
        ),
        rx.text(in_language(row, "name"), " · ", in_language(row, "range"), size="2"),
        align="center",
        spacing="2",
    )


def _result(row: rx.Var) -> rx.Component:
    return rx.hstack(
        rx.text(in_language(row, "date"), size="2", min_width="6.5rem"),
        rx.text(in_language(row, "value"), size="2", weight="bold"),
        rx.badge(in_language(row, "category"), variant="soft", high_contrast=True),
        spacing="3",
        align="center",
        wrap="wrap",
        class_name="fitness-result",
    )


def _history() -> rx.Component:
    return rx.card(
        rx.heading(in_language(S.test, "name"), size="4", as_="h2", margin_bottom="0.5rem"),
        rx.text(in_language(S.norms, "text"), size="2", color_scheme="gray"),
        rx.cond(
            S.results.length() > 0,
            rx.vstack(
                plot(_chart(), t("goals.fitness.chart"), "chart-fitness"),
                rx.vstack(rx.foreach(S.legend, _band), spacing="1", width="100%"),
                rx.vstack(rx.foreach(S.results, _result), spacing="2", width="100%"),
                spacing="3",
                width="100%",
            ),
            rx.text(t("goals.fitness.empty"), color_scheme="gray"),
        ),
        width="100%",
        id="fitness-history",
    )


@page(route=FITNESS, title_key="goals.fitness.heading", on_load=S.load, checks_session=True)
def fitness_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("goals.fitness.heading"), size="7", as_="h1"),
        rx.link(t("goals.to_goals"), href=GOALS),
        _entry(),
        _history(),
        spacing="4",
        width="100%",
        max_width="56rem",
    )
