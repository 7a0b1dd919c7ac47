"""The Sleep page: enter a night (bed and wake time crossing midnight,
minutes per stage, how rested, notes), charts of the recent nights (hours
asleep against the recommended band, stages stacked), and the nights, each
with its sleep score and every component of it.

The inputs are uncontrolled: a refused night keeps what was typed; the form
is re-mounted (new `key`) only after it was saved. A second night on the
same day is held on the server while a dialog asks whether to replace it.
A night saved while offline is kept in the browser and sent later
(recovery.offline), asked about the same way if its day has a night.
"""

from __future__ import annotations

from dataclasses import dataclass

import reflex as rx

from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import format_date, in_both, today_in
from mitai_app.core.i18n import translate
from mitai_app.core.logs import NOTES_MAX
from mitai_app.recovery.consts import QUALITY_RANGE, SLEEP, SLEEP_STAGES
from mitai_app.recovery.offline import SLEEP_LOG
from mitai_app.recovery.pages.parts import (
    delete_button,
    entry_form,
    listing,
    row_props,
    section,
)
from mitai_app.recovery.sleep import (
    DeletedNight,
    add_sleep,
    delete_sleep,
    parse_sleep,
    restore_sleep,
    sleep_nights,
)
from mitai_app.recovery.views import (
    CLOCK_LABELS,
    CLOCK_TICKS,
    HYPNOGRAM_LEVELS,
    component_words,
    hypnogram,
    night_charts,
    night_words,
)
from mitai_app.ui.charts import date_xaxis, dated_trace, figure, plot
from mitai_app.ui.dialogs import undo_toast
from mitai_app.ui.forms import (
    field,
    field_error,
    invalid_attrs,
    select_field,
)
from mitai_app.ui.layout import page
from mitai_app.ui.offline import show_sent_on
from mitai_app.ui.replace import ReplaceQuestion, replace_dialog
from mitai_app.ui.session import call_service, in_language, signed_in, t, to_login

_FIELDS = {"date", "bed", "wake", *SLEEP_STAGES, "quality", "notes"}


@dataclass
class NightRow:
    id: str
    words: dict[str, str]  # date, span, score, stages, quality, notes in both languages
    components: list[dict[str, str]]  # label and text in both languages


class SleepState(ReplaceQuestion, rx.State):
    today: str = ""
    nights: list[NightRow] = []
    loaded: bool = False
    error: str = ""
    error_field: str = ""
    done: str = ""
    form_key: int = 0
    # The charts (recovery.views.night_charts), oldest night first.
    chart_dates: list[str] = []
    chart_hours: list[float] = []
    need_low: list[float] = []
    need_high: list[float] = []
    stage_minutes: dict[str, list[int | None]] = {}
    chart_scores: list[int | None] = []
    chart_bed: list[float | None] = []
    chart_wake: list[float | None] = []
    chart_axis: dict[str, list[str]] = {}
    # The newest recorded night's stages (recovery.views.hypnogram).
    hypnogram_title: dict[str, str] = {}
    hypnogram_times: list[str] = []
    hypnogram_levels: list[int] = []
    _undo: DeletedNight | None = None

    async def _show(self, user_id: str) -> None:
        nights = await call_service(sleep_nights, profile_id=user_id)
        self.nights = [
            NightRow(
                id=night.id,
                words={**in_both(lambda lang, n=night: night_words(n, lang)), "notes": night.notes},
                components=[
                    in_both(lambda lang, n=night, c=c: component_words(n, c, lang))
                    for c in (night.score.components if night.score else ())
                ],
            )
            for night in nights
        ]
        charts = night_charts(nights)
        self.chart_dates, self.chart_hours = charts["dates"], charts["hours"]
        self.need_low, self.need_high = charts["need_low"], charts["need_high"]
        self.stage_minutes, self.chart_axis = charts["stages"], charts["axis"]
        self.chart_scores, self.chart_bed, self.chart_wake = (
            charts["scores"],
            charts["bed"],
            charts["wake"],
        )
        stages = hypnogram(nights)
        self.hypnogram_times = stages.get("times", [])
        self.hypnogram_levels = stages.get("levels", [])
        self.hypnogram_title = (
            in_both(
                lambda lang: {
                    "text": translate(
                        "recovery.sleep.chart.hypnogram",
                        lang,
                        date=format_date(stages["date"], lang),
                    )
                }
            )
            if stages
            else {}
        )
        self.loaded = True

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.today = today_in(me.user.timezone).isoformat()
        self.error = self.error_field = self.done = ""
        self._forget_replace()
        await self._show(me.user.id)
        return None

    @rx.event
    async def read_again(self):
        """Nights kept offline arrived while the page is open: shown, the
        form and its messages left as they are."""
        me = await signed_in(self)
        if me is None:
            return to_login()
        await self._show(me.user.id)
        return None

    async def _save(self, values: dict, replace: bool = False):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.error = self.error_field = self.done = ""
        try:
            await call_service(
                add_sleep,
                profile_id=me.user.id,
                entry=parse_sleep(values),
                replace=replace,
                today=today_in(me.user.timezone),
            )
        except FeatureRefused as refused:
            self.error = refusal_message(refused.decision, me.lang)
            return None
        except UserError as error:
            if self._ask_replace(error, "night", values, replace=replace):
                return None
            self.error = user_message(error, me.lang)
            self.error_field = error.field if error.field in _FIELDS else ""
            return rx.call_script(f"document.getElementById('field-{self.error_field}')?.focus()")
        self.done = translate("recovery.sleep.saved", me.lang)
        self.form_key += 1
        await self._show(me.user.id)
        return None

    @rx.event
    async def save(self, values: dict):
        return await self._save(values)

    async def _resend(self, night: str, values: dict):
        return await self._save(values, replace=True)

    @rx.event
    async def delete(self, entry_id: str):
        me = await signed_in(self)
        if me is None:
            return to_login()
        try:
            self._undo = await call_service(delete_sleep, profile_id=me.user.id, entry_id=entry_id)
        except UserError as error:
            await self._show(me.user.id)
            return rx.toast.error(user_message(error, me.lang))
        await self._show(me.user.id)
        return undo_toast(translate("recovery.sleep.deleted", me.lang), me.lang, SleepState.undo)

    @rx.event
    async def undo(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        night, self._undo = self._undo, None
        if night is None:
            return None
        try:
            await call_service(restore_sleep, profile_id=me.user.id, night=night)
        except UserError as error:
            return rx.toast.error(user_message(error, me.lang))
        await self._show(me.user.id)
        return rx.toast.success(translate("recovery.sleep.restored", me.lang))


# --- the page -------------------------------------------------------------------------


def _input(label, name: str, **props) -> rx.Component:
    return rx.vstack(
        field(label, name, custom_attrs=invalid_attrs(name, SleepState.error_field), **props),
        field_error(name, SleepState.error_field, SleepState.error),
        spacing="1",
        width="100%",
    )


def _entry_form() -> rx.Component:
    quality = [("", t("recovery.sleep.quality.none"))] + [
        (str(q), str(q)) for q in range(QUALITY_RANGE[0], QUALITY_RANGE[1] + 1)
    ]
    return entry_form(
        "recovery.sleep.new",
        _input(
            t("recovery.sleep.date"),
            "date",
            type="date",
            default_value=SleepState.today,
            max=SleepState.today,
            required=True,
        ),
        rx.grid(
            _input(t("recovery.sleep.bed"), "bed", type="time", required=True),
            _input(t("recovery.sleep.wake"), "wake", type="time", required=True),
            columns="2",
            gap="2",
            width="100%",
        ),
        rx.text(t("recovery.sleep.stages_hint"), size="2", color_scheme="gray"),
        rx.grid(
            *[
                _input(
                    rx.fragment(t(f"recovery.sleep.stage.{stage}"), " (min)"),
                    stage,
                    input_mode="numeric",
                )
                for stage in SLEEP_STAGES
            ],
            columns="2",
            gap="2",
            width="100%",
        ),
        rx.vstack(
            select_field(t("recovery.sleep.quality"), "quality", quality, default_value=""),
            field_error("quality", SleepState.error_field, SleepState.error),
            spacing="1",
            width="100%",
        ),
        _input(t("recovery.sleep.notes"), "notes", limit=NOTES_MAX),
        state=SleepState,
        submit_key="recovery.sleep.save",
        on_submit=SleepState.save,
        kept_as=SLEEP_LOG,
    )


def _component(row: rx.Var) -> rx.Component:
    return rx.el.li(
        rx.text(
            rx.text.span(in_language(row, "label"), ": ", weight="medium"),
            in_language(row, "text"),
            size="2",
        )
    )


def _night(night: rx.Var) -> rx.Component:
    words = night.words
    return rx.box(
        rx.flex(
            rx.text(in_language(words, "date"), weight="medium"),
            rx.text(in_language(words, "score"), weight="bold", flex="1"),
            delete_button("recovery.sleep.delete", SleepState.delete(night.id)),
            column_gap="2",
            align="center",
            wrap="wrap",
        ),
        rx.text(in_language(words, "span"), size="2"),
        rx.cond(
            in_language(words, "stages") != "",
            rx.text(in_language(words, "stages"), size="2", color_scheme="gray"),
            rx.fragment(),
        ),
        rx.el.ul(rx.foreach(night.components, _component), style={"padding_left": "1.25rem"}),
        rx.text(
            in_language(words, "quality"),
            rx.cond(words["notes"] != "", rx.fragment(" · ", words["notes"]), rx.fragment()),
            size="2",
            color_scheme="gray",
        ),
        **row_props(),
    )


# Stages from the deepest up, as apps draw them; the band a pale green.
_STAGE_COLOURS = {"deep": "#1e3a8a", "rem": "#7c3aed", "light": "#60a5fa", "awake": "#f59e0b"}
_BAND = "rgba(34, 197, 94, 0.18)"


def _duration_figure() -> rx.Var:
    S = SleepState
    band = {"type": "scatter", "mode": "lines", "x": S.chart_dates, "hoverinfo": "skip"}
    return figure(
        [
            {**band, "y": S.need_low, "line": {"width": 0}, "showlegend": False},
            {
                **band,
                "y": S.need_high,
                "line": {"width": 0},
                "fill": "tonexty",
                "fillcolor": _BAND,
                "name": t("recovery.sleep.chart.need"),
            },
            dated_trace(t("recovery.sleep.chart.asleep"), S.chart_dates, S.chart_hours, "#1e3a8a"),
        ],
        yaxis={"title": {"text": "h"}, "rangemode": "tozero"},
        xaxis=date_xaxis(S.chart_axis),
    )


def _stages_figure() -> rx.Var:
    S = SleepState
    return figure(
        [
            {
                "type": "bar",
                "x": S.chart_dates,
                "y": S.stage_minutes[stage],
                "name": t(f"recovery.sleep.stage.{stage}"),
                "marker": {"color": colour},
                "hovertemplate": "%{y} min",
            }
            for stage, colour in _STAGE_COLOURS.items()
        ],
        barmode="stack",
        yaxis={"title": {"text": "min"}},
        xaxis=date_xaxis(S.chart_axis),
    )


def _score_figure() -> rx.Var:
    S = SleepState
    return figure(
        [dated_trace(t("recovery.sleep.chart.score"), S.chart_dates, S.chart_scores, "#7c3aed")],
        yaxis={"range": [0, 100]},
        xaxis=date_xaxis(S.chart_axis),
    )


def _times_figure() -> rx.Var:
    S = SleepState
    return figure(
        [
            dated_trace(t("recovery.sleep.chart.bed"), S.chart_dates, S.chart_bed, "#1e3a8a"),
            dated_trace(t("recovery.sleep.chart.wake"), S.chart_dates, S.chart_wake, "#f59e0b"),
        ],
        yaxis={"tickmode": "array", "tickvals": CLOCK_TICKS, "ticktext": CLOCK_LABELS},
        xaxis=date_xaxis(S.chart_axis),
    )


def _hypnogram_figure() -> rx.Var:
    S = SleepState
    levels = sorted(HYPNOGRAM_LEVELS, key=HYPNOGRAM_LEVELS.get)
    return figure(
        [
            {
                "type": "scatter",
                "mode": "lines",
                "x": S.hypnogram_times,
                "y": S.hypnogram_levels,
                "line": {"shape": "hv", "color": "#7c3aed"},
                "hoverinfo": "x",
                "showlegend": False,
            }
        ],
        yaxis={
            "tickmode": "array",
            "tickvals": [HYPNOGRAM_LEVELS[stage] for stage in levels],
            "ticktext": [t(f"recovery.sleep.stage.{stage}") for stage in levels],
            "range": [-0.5, 3.5],
        },
        xaxis={"type": "date", "tickformat": "%H:%M"},
    )


def _chart(title_key: str, data: rx.Var, chart_id: str) -> list[rx.Component]:
    return [rx.heading(t(title_key), size="3", as_="h3"), plot(data, t(title_key), chart_id)]


def _charts() -> rx.Component:
    S = SleepState
    return rx.cond(
        S.chart_dates.length() > 0,
        section(
            "recovery.sleep.charts",
            rx.cond(
                S.hypnogram_times.length() > 0,
                rx.fragment(
                    rx.heading(in_language(S.hypnogram_title, "text"), size="3", as_="h3"),
                    plot(
                        _hypnogram_figure(),
                        in_language(S.hypnogram_title, "text"),
                        "chart-sleep-hypnogram",
                    ),
                ),
                rx.fragment(),
            ),
            *_chart("recovery.sleep.chart.duration", _duration_figure(), "chart-sleep-duration"),
            *_chart("recovery.sleep.chart.stages", _stages_figure(), "chart-sleep-stages"),
            *_chart("recovery.sleep.chart.score", _score_figure(), "chart-sleep-score"),
            *_chart("recovery.sleep.chart.times", _times_figure(), "chart-sleep-times"),
        ),
        rx.fragment(),
    )


def _nights() -> rx.Component:
    return section(
        "recovery.sleep.nights",
        rx.text(t("recovery.sleep.how"), size="2", color_scheme="gray"),
        listing(
            SleepState.nights, _night, loaded=SleepState.loaded, empty_key="recovery.sleep.empty"
        ),
        id="nights",
    )


show_sent_on(SLEEP, SleepState.read_again)


@page(route=SLEEP, title_key="nav.sleep", on_load=SleepState.load, checks_session=True)
def sleep_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.sleep"), size="7", as_="h1"),
        rx.link(t("recovery.sleep.to_nights"), href="#nights"),
        _entry_form(),
        _charts(),
        _nights(),
        replace_dialog(
            SleepState,
            title=t("recovery.sleep.replace_title"),
            text=t("recovery.sleep.replace_text"),
        ),
        rx.text(t("recovery.not_medical_advice"), size="2", color_scheme="gray"),
        spacing="4",
        width="100%",
        max_width="56rem",
    )
