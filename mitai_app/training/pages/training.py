"""Training: this week at a glance, minutes per category stacked per week,
the session-RPE load (acute, chronic, ratio) and the Karvonen heart-rate
zones. The state holds words in both languages and compact arrays; the
chart is put together in the browser."""

from __future__ import annotations

from datetime import timedelta

import reflex as rx

from mitai_app.core.formatting import format_date_skeleton, format_number, in_both, today_in
from mitai_app.core.i18n import translate
from mitai_app.training.consts import (
    CATEGORISE,
    QUALITY_FILTER_LEVELS,
    STRENGTH,
    TRAINING,
    UNCATEGORISED,
)
from mitai_app.training.data import TRAINING_CATEGORIES
from mitai_app.training.evaluation import set_quality_filter
from mitai_app.training.overview import (
    TrainingOverview,
    session_words,
    training_overview,
    week_total,
)
from mitai_app.ui.charts import figure, plot
from mitai_app.ui.forms import select_field
from mitai_app.ui.layout import page
from mitai_app.ui.session import call_service, in_language, signed_in, t, to_login

CATEGORY_KEYS = [c.key for c in TRAINING_CATEGORIES] + [UNCATEGORISED]
COLOURS = {c.key: c.color for c in TRAINING_CATEGORIES} | {UNCATEGORISED: "#94a3b8"}


def _day_words(overview: TrainingOverview, lang: str) -> list[dict[str, str]]:
    days = []
    for offset in range(7):
        day = overview.week_start + timedelta(days=offset)
        sessions = [s for s in overview.week if s.day == day]
        text = " · ".join(session_words(s, lang) for s in sessions)
        days.append({"day": format_date_skeleton(day, lang, "MMMEd"), "sessions": text or "—"})
    return days


def _load_words(overview: TrainingOverview, lang: str) -> dict[str, str]:
    load = overview.load
    return {
        "acute": f"{format_number(load.acute, lang, decimals=0)} AU",
        "chronic": f"{format_number(load.chronic, lang, decimals=0)} AU",
        "ratio": "—" if load.ratio is None else format_number(load.ratio, lang, decimals=2),
    }


def _zone_basis(overview: TrainingOverview, lang: str) -> dict[str, str]:
    zones = overview.zones
    if zones is None:
        return {"basis": translate("training.zones.missing", lang)}
    maximum = format_number(zones.max_hr, lang, decimals=0)
    rest = format_number(zones.resting_hr, lang, decimals=0)
    return {
        "basis": translate(f"training.zones.max_{zones.max_source}", lang, max=maximum)
        + " · "
        + translate("training.zones.resting_assumed", lang, rest=rest)
    }


class TrainingState(rx.State):
    loaded: bool = False
    has_sessions: bool = False
    days: list[dict[str, str]] = []
    words: dict[str, str] = {}  # week total, load and zone basis in both languages
    weeks: list[str] = []
    minutes: dict[str, list[int]] = {key: [] for key in CATEGORY_KEYS}
    zones: list[str] = []  # "120–132 bpm", zone 1 first
    quality_filter: str = "disabled"

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        overview = await call_service(
            training_overview, profile_id=me.user.id, today=today_in(me.user.timezone)
        )
        both_days = {lang: _day_words(overview, lang) for lang in ("de", "en")}
        self.days = [
            {
                f"{key}_{lang}": both_days[lang][n][key]
                for lang in both_days
                for key in ("day", "sessions")
            }
            for n in range(7)
        ]
        self.words = in_both(
            lambda lang: {
                "week": week_total(overview, lang),
                **_load_words(overview, lang),
                **_zone_basis(overview, lang),
            }
        )
        self.weeks = [week.isoformat() for week in overview.weeks]
        self.minutes = {key: overview.minutes.get(key, []) for key in CATEGORY_KEYS}
        self.zones = (
            []
            if overview.zones is None
            else [f"{low:.0f}–{high:.0f} bpm" for low, high in overview.zones.zones]
        )
        self.has_sessions = bool(overview.minutes)
        self.quality_filter = overview.quality_filter
        self.loaded = True
        return None

    @rx.event
    async def set_quality_filter(self, level: str):
        me = await signed_in(self)
        if me is None:
            return to_login()
        await call_service(set_quality_filter, profile_id=me.user.id, level=level)
        return TrainingState.load


def _words(key: str) -> rx.Var:
    return in_language(TrainingState.words, key)


def _section(title_key: str, *children: rx.Component) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(t(title_key), size="4", as_="h2"), *children, spacing="3", width="100%"
        ),
        width="100%",
    )


def _list(items: rx.Var, label, value, **props) -> rx.Component:
    """A list of rows, each its `label(item, n)` and `value(item)`, ruled."""
    return rx.box(
        rx.foreach(
            items,
            lambda item, n: rx.flex(
                label(item, n),
                value(item),
                gap="2",
                padding_y="0.25rem",
                border_top=f"1px solid {rx.color('gray', 5)}",
                role="listitem",
                **props,
            ),
        ),
        role="list",
        width="100%",
    )


def _week() -> rx.Component:
    return _section(
        "training.this_week",
        rx.text(_words("week"), weight="medium"),
        _list(
            TrainingState.days,
            lambda day, _: rx.text(in_language(day, "day"), weight="medium", min_width="6.5rem"),
            lambda day: rx.text(in_language(day, "sessions"), word_break="break-word"),
        ),
    )


def _chart() -> rx.Component:
    traces = [
        {
            "type": "bar",
            "x": TrainingState.weeks,
            "y": TrainingState.minutes[key],
            "name": t(f"training.category.{key}")
            if key != UNCATEGORISED
            else t("training.type.uncategorised"),
            "marker": {"color": COLOURS[key]},
            "visible": TrainingState.minutes[key].length() > 0,
            "hovertemplate": "%{y} min",
        }
        for key in CATEGORY_KEYS
    ]
    return _section(
        "training.minutes_chart",
        plot(
            figure(traces, barmode="stack", yaxis={"title": {"text": "min"}}),
            t("training.minutes_chart"),
            "chart-training-minutes",
        ),
    )


def _stat(label_key: str, value: rx.Var) -> rx.Component:
    return rx.vstack(
        rx.text(t(label_key), size="2", color_scheme="gray"),
        rx.text(value, size="5", weight="bold"),
        spacing="1",
    )


def _load() -> rx.Component:
    return _section(
        "training.load",
        rx.grid(
            _stat("training.load.acute", _words("acute")),
            _stat("training.load.chronic", _words("chronic")),
            _stat("training.load.ratio", _words("ratio")),
            columns="3",
            gap="3",
            width="100%",
        ),
        rx.text(t("training.load.hint"), size="2", color_scheme="gray"),
    )


def _zones() -> rx.Component:
    return _section(
        "training.zones",
        rx.cond(
            TrainingState.zones.length() > 0,
            _list(
                TrainingState.zones,
                lambda _, n: rx.text(t("training.zone"), " ", n + 1, weight="medium"),
                rx.text,
                justify="between",
            ),
            rx.fragment(),
        ),
        rx.text(_words("basis"), size="2", color_scheme="gray"),
    )


def _quality_filter() -> rx.Component:
    return rx.card(
        rx.vstack(
            select_field(
                t("training.quality_filter"),
                "quality_filter",
                [(level, t(f"training.quality_filter.{level}")) for level in QUALITY_FILTER_LEVELS],
                value=TrainingState.quality_filter,
                on_change=TrainingState.set_quality_filter,
            ),
            rx.text(t("training.quality_filter.hint"), size="2", color_scheme="gray"),
            spacing="2",
            width="100%",
        ),
        width="100%",
    )


@page(route=TRAINING, title_key="nav.training", on_load=TrainingState.load, checks_session=True)
def training_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.training"), size="7", as_="h1"),
        rx.flex(
            rx.link(t("training.strength"), href=STRENGTH),
            rx.link(t("training.categorise"), href=CATEGORISE),
            gap="4",
            wrap="wrap",
        ),
        rx.cond(
            TrainingState.loaded & ~TrainingState.has_sessions,
            rx.card(rx.text(t("training.empty")), width="100%"),
            rx.fragment(),
        ),
        _week(),
        _quality_filter(),
        _chart(),
        _load(),
        _zones(),
        spacing="4",
        width="100%",
        max_width="48rem",
    )
