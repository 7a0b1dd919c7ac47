"""Training's dashboard card: this week's sessions and minutes, each against
the weekly goal when one is set, the latest personal record, and the way to
the Training page. Shows nothing until the week has a session or a goal,
or the last 90 days a record."""

from __future__ import annotations

import reflex as rx

from mitai_app.core.formatting import in_both, today_in
from mitai_app.core.i18n import translate
from mitai_app.training.card import training_card, week_goal_words
from mitai_app.training.consts import TRAINING
from mitai_app.training.overview import week_total
from mitai_app.training.strength import dated_records
from mitai_app.ui.session import call_service, in_language, signed_in, t, to_login


class TrainingCardState(rx.State):
    week: dict[str, str] = {}  # "3 sessions · 135 min" in both languages; {} for none
    goals: list[dict[str, str]] = []  # `percent` and "2 of 3 sessions" in both languages
    record: dict[str, str] = {}  # the latest record in both languages; {} for none

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        card = await call_service(
            training_card, profile_id=me.user.id, today=today_in(me.user.timezone)
        )
        overview, latest, system = card.overview, card.latest, me.user.unit_system
        self.week = (
            in_both(lambda lang: {"total": week_total(overview, lang)})
            if overview.week or card.goals
            else {}
        )
        self.goals = [
            {
                "percent": str(goal.percent),
                **in_both(lambda lang, g=goal: {"text": week_goal_words(g, lang)}),
            }
            for goal in card.goals
        ]
        self.record = (
            {}
            if latest is None
            else in_both(
                lambda lang: {
                    "text": translate(
                        "training.latest_record",
                        lang,
                        exercise=latest[0].name_de if lang == "de" else latest[0].name_en,
                        record=dated_records({latest[1].kind: latest[1]}, lang, system)[0],
                    )
                }
            )
        )
        return None


def _goal(row: rx.Var) -> rx.Component:
    return rx.vstack(
        rx.text(in_language(row, "text"), size="2"),
        rx.progress(value=row["percent"].to(int), max=100, aria_label=in_language(row, "text")),
        spacing="1",
        width="100%",
        class_name="training-week-goal",
    )


def training_dashboard_card() -> rx.Component:
    """Named in the training manifest (`dashboard=`); loads itself when shown."""
    return rx.fragment(
        rx.cond(
            (TrainingCardState.week.length() > 0) | (TrainingCardState.record.length() > 0),
            rx.card(
                rx.vstack(
                    rx.text(t("training.this_week"), size="2", color_scheme="gray"),
                    rx.text(
                        rx.cond(
                            TrainingCardState.week.length() > 0,
                            in_language(TrainingCardState.week, "total"),
                            "—",
                        ),
                        size="5",
                        weight="bold",
                    ),
                    rx.cond(
                        TrainingCardState.goals.length() > 0,
                        rx.vstack(
                            rx.text(t("training.week_goal"), size="2", color_scheme="gray"),
                            rx.foreach(TrainingCardState.goals, _goal),
                            spacing="2",
                            width="100%",
                        ),
                        rx.fragment(),
                    ),
                    rx.cond(
                        TrainingCardState.record.length() > 0,
                        rx.text(in_language(TrainingCardState.record, "text"), size="2"),
                        rx.fragment(),
                    ),
                    rx.link(t("training.to_training"), href=TRAINING),
                    spacing="1",
                ),
                width="100%",
                id="training-card",
            ),
            rx.fragment(),
        ),
        rx.el.div(hidden=True, on_mount=TrainingCardState.load),
    )
