"""Today's totals: the day picker, each total against its target, water,
where the totals come from, energy in and out, the adaptive TDEE; and the
week view (7 days × totals against the targets)."""

from __future__ import annotations

import reflex as rx

from mitai_app.core import routes
from mitai_app.nutrition.consts import TARGET_KEYS
from mitai_app.nutrition.pages.fields import card, water_button
from mitai_app.nutrition.pages.today_state import NutritionState
from mitai_app.ui.session import in_language, t

# The totals by the day's words' short keys (words.day_words), each also
# the catalogue's label ("nutrition.protein"), in the order of TARGET_KEYS.
BARS = ("kcal", "protein", "carbs", "fat", "fiber", "water")


def _bar(label_key: str, value_key: str, pct_key: str) -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.text(t(label_key), weight="medium"),
            rx.text(in_language(NutritionState.summary, value_key)),
            justify="between",
            width="100%",
            wrap="wrap",
        ),
        rx.cond(
            NutritionState.has_targets,
            rx.progress(
                value=NutritionState.summary[pct_key].to(int),
                max=100,
                aria_label=t(label_key),
                width="100%",
            ),
            rx.fragment(),
        ),
        spacing="1",
        width="100%",
    )


def _day_picker() -> rx.Component:
    state = NutritionState
    return rx.hstack(
        rx.icon_button(
            rx.icon("chevron-left", aria_hidden="true"),
            on_click=NutritionState.move_day(-1),
            variant="soft",
            aria_label=t("nutrition.previous_day"),
        ),
        rx.heading(in_language(state.day_title, "title"), size="4", as_="h2", id="day-title"),
        rx.icon_button(
            rx.icon("chevron-right", aria_hidden="true"),
            on_click=NutritionState.move_day(1),
            variant="soft",
            disabled=state.day == state.today,
            aria_label=t("nutrition.next_day"),
        ),
        justify="between",
        align="center",
        width="100%",
    )


def totals_card() -> rx.Component:
    return rx.card(
        rx.vstack(_day_picker(), *_totals(), spacing="3"),
        width="100%",
    )


def _totals() -> list[rx.Component]:
    return [
        rx.text(in_language(NutritionState.summary, "source"), size="2", color_scheme="gray"),
        *[_bar(f"nutrition.{short}", short, f"{short}_pct") for short in BARS],
        water_button(NutritionState.add_water, NutritionState.day),
        rx.cond(
            NutritionState.summary["goal_en"] != "",
            rx.text(in_language(NutritionState.summary, "goal"), size="2", id="goal-line"),
            rx.fragment(),
        ),
        rx.cond(
            NutritionState.has_targets,
            rx.text(in_language(NutritionState.summary, "bmr"), size="2", color_scheme="gray"),
            rx.text(
                t("nutrition.targets_need_profile"),
                " ",
                # Inside a sentence a link needs more than its colour (axe).
                rx.link(t("nutrition.open_profile"), href=routes.PROFILE, underline="always"),
                size="2",
            ),
        ),
        rx.cond(
            NutritionState.summary["energy_out_en"] != "",
            rx.text(in_language(NutritionState.summary, "energy_out"), size="2"),
            rx.fragment(),
        ),
        rx.cond(
            NutritionState.summary["week_en"] != "",
            rx.text(in_language(NutritionState.summary, "week"), size="2"),
            rx.fragment(),
        ),
        rx.text(in_language(NutritionState.summary, "adaptive"), size="2", id="adaptive-tdee"),
        rx.cond(
            NutritionState.summary["adaptive_weeks_en"] != "",
            rx.text(in_language(NutritionState.summary, "adaptive_weeks"), size="2"),
            rx.fragment(),
        ),
        rx.text(in_language(NutritionState.summary, "limitation"), size="1", color_scheme="gray"),
    ]


# Visually hidden, read by screen readers (the "✓" alone says little).
_HIDDEN = {
    "position": "absolute",
    "width": "1px",
    "height": "1px",
    "overflow": "hidden",
    "clip": "rect(0 0 0 0)",
    "white_space": "nowrap",
}
_CELL = {"padding": "0.25rem 0.5rem", "text_align": "right", "white_space": "nowrap"}


def _week_cell(row: rx.Var, key: str) -> rx.Component:
    return rx.el.td(
        in_language(row, key),
        rx.cond(
            row[f"{key}_hit"] != "",
            rx.el.span(" ✓", rx.el.span(t("nutrition.on_target_mark"), style=_HIDDEN)),
            rx.fragment(),
        ),
        style={**_CELL, "font_weight": rx.cond(row["kind"] == "day", "normal", "bold")},
    )


def week_card() -> rx.Component:
    """The last 7 days × their totals against the targets, with the
    averages and the days on target. A plain table in a region that
    scrolls sideways on a phone and takes the keyboard focus to do so."""
    header = {**_CELL, "text_align": "left", "font_weight": "500"}
    return card(
        "nutrition.week",
        rx.box(
            rx.el.table(
                rx.el.thead(
                    rx.el.tr(
                        rx.el.th(t("nutrition.week_day"), scope="col", style=header),
                        *[
                            rx.el.th(t(f"nutrition.{short}"), scope="col", style=_CELL)
                            for short in BARS
                        ],
                    )
                ),
                rx.el.tbody(
                    rx.foreach(
                        NutritionState.week,
                        lambda row: rx.el.tr(
                            rx.el.th(in_language(row, "label"), scope="row", style=header),
                            *[_week_cell(row, key) for key in TARGET_KEYS],
                        ),
                    )
                ),
                aria_describedby="week-caption",
                style={"border_collapse": "collapse", "font_size": "0.875rem"},
            ),
            overflow_x="auto",
            width="100%",
            tab_index=0,
            aria_label=t("nutrition.week"),
            role="region",
        ),
        rx.text(t("nutrition.week_caption"), size="1", color_scheme="gray", id="week-caption"),
    )
