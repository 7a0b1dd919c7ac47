"""Training: this week at a glance, minutes per category stacked per week,
the load (session RPE and Banister's TRIMP: acute, chronic, ratio), the
Karvonen heart-rate zones with the minutes in each, and the abilities radar.
The state holds words in both languages and compact arrays; the charts are
put together in the browser."""

from __future__ import annotations

from datetime import timedelta

import reflex as rx

from mitai_app.core.formatting import format_date_skeleton, format_number, in_both, today_in
from mitai_app.core.i18n import translate
from mitai_app.core.units import System, round_half_up, to_display, unit_label
from mitai_app.training import workouts
from mitai_app.training.consts import (
    ABILITY_KEYS,
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
    movement_words,
    phases_words,
    session_words,
    training_overview,
    week_total,
)
from mitai_app.training.pages.pickers import exercise_select
from mitai_app.training.strength import dated_records
from mitai_app.ui.charts import figure, phase_shapes, plot
from mitai_app.ui.csv_download import csv_download
from mitai_app.ui.forms import select_field
from mitai_app.ui.layout import page
from mitai_app.ui.session import call_service, in_language, signed_in, t, to_login

CATEGORY_KEYS = [c.key for c in TRAINING_CATEGORIES] + [UNCATEGORISED]
COLOURS = {c.key: c.color for c in TRAINING_CATEGORIES} | {UNCATEGORISED: "#94a3b8"}
WEEK_MS = 7 * 24 * 3600 * 1000


def _day_words(overview: TrainingOverview, lang: str, system: System) -> list[dict[str, str]]:
    days = []
    for offset in range(7):
        day = overview.week_start + timedelta(days=offset)
        sessions = [s for s in overview.week if s.day == day]
        text = " · ".join(session_words(s, lang) for s in sessions)
        days.append(
            {
                "day": format_date_skeleton(day, lang, "MMMEd"),
                "sessions": text or "—",
                "movement": movement_words(overview.movement.get(day), lang, system),
            }
        )
    return days


def _load_words(overview: TrainingOverview, lang: str) -> dict[str, str]:
    words: dict[str, str] = {}
    for prefix, load in (("", overview.load), ("trimp_", overview.trimp)):
        if load is None:
            continue
        unit = "" if prefix else " AU"
        words[f"{prefix}acute"] = f"{format_number(load.acute, lang, decimals=0)}{unit}"
        words[f"{prefix}chronic"] = f"{format_number(load.chronic, lang, decimals=0)}{unit}"
        words[f"{prefix}ratio"] = (
            "—" if load.ratio is None else format_number(load.ratio, lang, decimals=2)
        )
    return words


def _zone_basis(overview: TrainingOverview, lang: str) -> dict[str, str]:
    zones = overview.zones
    if zones is None:
        return {"basis": translate("training.zones.missing", lang)}
    maximum = format_number(zones.max_hr, lang, decimals=0)
    rest = format_number(zones.resting_hr, lang, decimals=0)
    return {
        "basis": translate(f"training.zones.max_{zones.max_source}", lang, max=maximum)
        + " · "
        + translate(f"training.zones.resting_{zones.resting_source}", lang, rest=rest),
        "counted": translate("training.zones.counted", lang, **zones.sessions)
        if any(zones.sessions.values())
        else "",
    }


class TrainingState(rx.State):
    loaded: bool = False
    has_sessions: bool = False
    days: list[dict[str, str]] = []
    words: dict[str, str] = {}  # week total, load and zone basis in both languages
    weeks: list[str] = []
    phase_shapes: list[dict] = []  # the confirmed phases behind the minutes chart
    minutes: dict[str, list[int]] = {key: [] for key in CATEGORY_KEYS}
    zones: list[str] = []  # "120–132 bpm", zone 1 first
    zone_minutes: list[str] = []  # "45 min" in each zone, zone 1 first
    has_trimp: bool = False
    abilities: list[int] = []  # 0–100 in ABILITY_KEYS order; [] without sessions
    quality_filter: str = "disabled"
    # Records and progress of one exercise (the latest trained unless picked).
    exercises: list[dict[str, str]] = []  # id, name_de, name_en
    exercise_id: str = ""
    records: list[dict[str, str]] = []  # text_de, text_en
    progress_days: list[str] = []
    progress_e1rm: list[float] = []  # in the user's unit
    progress_volume: list[float] = []  # reps × the user's unit
    weight_unit: str = "kg"

    async def _strength(self, me, exercise_id: str = "") -> None:
        found = await call_service(
            workouts.strength_summary, profile_id=me.user.id, exercise_id=exercise_id
        )
        system = me.user.unit_system
        self.exercises = [
            {"id": e.id, "name_de": e.name_de, "name_en": e.name_en} for e in found.exercises
        ]
        self.exercise_id = found.exercise_id
        both = {lang: dated_records(found.records, lang, system) for lang in ("de", "en")}
        self.records = [
            {"text_de": de, "text_en": en} for de, en in zip(both["de"], both["en"], strict=True)
        ]
        self.progress_days = [p.day.isoformat() for p in found.progress]
        self.progress_e1rm = [
            round_half_up(to_display(p.e1rm, "mass", system), 1) for p in found.progress
        ]
        self.progress_volume = [
            round_half_up(to_display(p.volume, "mass", system), 0) for p in found.progress
        ]
        self.weight_unit = unit_label("mass", system)

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        overview = await call_service(
            training_overview, profile_id=me.user.id, today=today_in(me.user.timezone)
        )
        system = me.user.unit_system
        both_days = {lang: _day_words(overview, lang, system) for lang in ("de", "en")}
        self.days = [
            {
                f"{key}_{lang}": both_days[lang][n][key]
                for lang in both_days
                for key in ("day", "sessions", "movement")
            }
            for n in range(7)
        ]
        self.words = in_both(
            lambda lang: {
                "week": week_total(overview, lang),
                "phases": phases_words(overview, lang),
                **_load_words(overview, lang),
                **_zone_basis(overview, lang),
            }
        )
        self.weeks = [week.isoformat() for week in overview.weeks]
        self.phase_shapes = phase_shapes(overview.phases)
        self.minutes = {key: overview.minutes.get(key, []) for key in CATEGORY_KEYS}
        self.zones = (
            []
            if overview.zones is None
            else [f"{low:.0f}–{high:.0f} bpm" for low, high in overview.zones.zones]
        )
        self.zone_minutes = (
            []
            if overview.zones is None
            else [f"{round_half_up(m, 0):.0f} min" for m in overview.zones.minutes]
        )
        self.has_trimp = overview.trimp is not None
        self.abilities = (
            [round(overview.abilities.get(key, 0)) for key in ABILITY_KEYS]
            if overview.abilities
            else []
        )
        self.has_sessions = bool(overview.minutes)
        self.quality_filter = overview.quality_filter
        await self._strength(me)
        self.loaded = True
        return None

    @rx.event
    async def pick_exercise(self, exercise_id: str):
        me = await signed_in(self)
        if me is None:
            return to_login()
        await self._strength(me, str(exercise_id))
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
    """A list of rows, each its `label(item, n)` and `value(item, n)`, ruled."""
    return rx.box(
        rx.foreach(
            items,
            lambda item, n: rx.flex(
                label(item, n),
                value(item, n),
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
            lambda day, _: rx.vstack(
                rx.text(in_language(day, "sessions"), word_break="break-word"),
                rx.cond(
                    in_language(day, "movement") != "",
                    rx.text(
                        in_language(day, "movement"),
                        size="2",
                        color_scheme="gray",
                        word_break="break-word",
                    ),
                    rx.fragment(),
                ),
                spacing="0",
            ),
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
            # Each bar spans its week (Monday to Sunday), so a phase's shaded days line up.
            "xperiod": WEEK_MS,
            "xperiod0": "2000-01-03",  # a Monday
            "xperiodalignment": "middle",
        }
        for key in CATEGORY_KEYS
    ]
    return _section(
        "training.minutes_chart",
        plot(
            figure(
                traces,
                barmode="stack",
                yaxis={"title": {"text": "min"}},
                shapes=TrainingState.phase_shapes,
            ),
            t("training.minutes_chart"),
            "chart-training-minutes",
        ),
        rx.cond(
            _words("phases") != "",
            rx.text(_words("phases"), size="2", id="training-phases"),
            rx.fragment(),
        ),
    )


def _stat(label_key: str, value: rx.Var) -> rx.Component:
    return rx.vstack(
        rx.text(t(label_key), size="2", color_scheme="gray"),
        rx.text(value, size="5", weight="bold"),
        spacing="1",
    )


def _load_grid(prefix: str) -> rx.Component:
    """Acute, chronic and ratio of the load whose words start with `prefix`."""
    return rx.grid(
        *[
            _stat(f"training.load.{part}", _words(f"{prefix}{part}"))
            for part in ("acute", "chronic", "ratio")
        ],
        columns="3",
        gap="3",
        width="100%",
    )


def _load() -> rx.Component:
    return _section(
        "training.load",
        _load_grid(""),
        rx.text(t("training.load.hint"), size="2", color_scheme="gray"),
        rx.cond(
            TrainingState.has_trimp,
            rx.vstack(
                rx.heading(t("training.trimp"), size="3", as_="h3"),
                _load_grid("trimp_"),
                rx.text(t("training.trimp.hint"), size="2", color_scheme="gray"),
                spacing="2",
                width="100%",
            ),
            rx.fragment(),
        ),
    )


def _zones() -> rx.Component:
    return _section(
        "training.zones",
        rx.cond(
            TrainingState.zones.length() > 0,
            _list(
                TrainingState.zones,
                lambda zone, n: rx.text(
                    t("training.zone"), " ", n + 1, " · ", zone, weight="medium"
                ),
                lambda _, n: rx.text(TrainingState.zone_minutes[n]),
                justify="between",
            ),
            rx.fragment(),
        ),
        rx.text(_words("counted"), size="2", color_scheme="gray"),
        rx.text(_words("basis"), size="2", color_scheme="gray"),
    )


def _abilities() -> rx.Component:
    """The radar of what the last four weeks worked, and the same numbers
    as a list (what a screen reader and a test read)."""
    names = [t(f"training.ability.{key}") for key in ABILITY_KEYS]
    trace = {
        "type": "scatterpolar",
        "r": TrainingState.abilities,
        "theta": names,
        "fill": "toself",
        "name": t("training.abilities"),
        "marker": {"color": "#2563eb"},
        "hovertemplate": "%{theta}: %{r}<extra></extra>",
    }
    return _section(
        "training.abilities",
        rx.cond(
            TrainingState.abilities.length() > 0,
            rx.vstack(
                plot(
                    figure(
                        [trace],
                        polar={"radialaxis": {"range": [0, 100]}},
                        xaxis={"visible": False},
                        hovermode="closest",
                        showlegend=False,
                    ),
                    t("training.abilities"),
                    "chart-training-abilities",
                ),
                rx.box(
                    *[
                        rx.flex(
                            rx.text(name, weight="medium"),
                            rx.text(TrainingState.abilities[n]),
                            justify="between",
                            padding_y="0.25rem",
                            border_top=f"1px solid {rx.color('gray', 5)}",
                            role="listitem",
                        )
                        for n, name in enumerate(names)
                    ],
                    role="list",
                    id="training-abilities",
                    width="100%",
                ),
                spacing="2",
                width="100%",
            ),
            rx.fragment(),
        ),
        rx.text(t("training.abilities.hint"), size="2", color_scheme="gray"),
    )


def _strength() -> rx.Component:
    """One exercise's records with their days, and its estimated 1RM
    (Epley) and volume per workout over time."""
    traces = [
        {
            "type": "scatter",
            "mode": "lines+markers",
            "x": TrainingState.progress_days,
            "y": TrainingState.progress_e1rm,
            "name": t("training.progress.e1rm"),
            "line": {"color": "#2563eb"},
        },
        {
            "type": "bar",
            "x": TrainingState.progress_days,
            "y": TrainingState.progress_volume,
            "name": t("training.progress.volume"),
            "marker": {"color": "#94a3b8"},
            "opacity": 0.6,
            "yaxis": "y2",
        },
    ]
    return _section(
        "training.progress",
        rx.cond(
            TrainingState.exercises.length() > 0,
            rx.vstack(
                exercise_select(
                    t("training.strength.exercise"),
                    "progress_exercise",
                    TrainingState.exercises,
                    value=TrainingState.exercise_id,
                    on_change=TrainingState.pick_exercise,
                ),
                rx.heading(t("training.strength.records"), size="3", as_="h3"),
                rx.box(
                    rx.foreach(
                        TrainingState.records,
                        lambda r: rx.text(in_language(r, "text"), role="listitem"),
                    ),
                    role="list",
                    id="training-records",
                    width="100%",
                ),
                plot(
                    figure(
                        traces,
                        yaxis={"title": {"text": TrainingState.weight_unit}, "rangemode": "tozero"},
                        yaxis2={"overlaying": "y", "side": "right", "showgrid": False},
                        barmode="overlay",
                    ),
                    t("training.progress"),
                    "chart-training-progress",
                ),
                spacing="3",
                width="100%",
            ),
            rx.text(t("training.progress.none"), color_scheme="gray"),
        ),
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
        _abilities(),
        _strength(),
        csv_download("training"),
        spacing="4",
        width="100%",
        max_width="48rem",
    )
