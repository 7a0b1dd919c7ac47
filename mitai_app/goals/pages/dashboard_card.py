"""Goals' dashboard cards: the primary goal with its progress bar, verdict
and projection, and the week's goals with their progress and the streak of
met weeks; each with the way to the Goals page, each shown only when set."""

from __future__ import annotations

import reflex as rx

from mitai_app.core.formatting import in_both, today_in
from mitai_app.goals.consts import GOALS
from mitai_app.goals.pages.parts import week_goal
from mitai_app.goals.service import goal_words, primary_goal
from mitai_app.goals.weekly import streak_words, week_rows, weekly_overview
from mitai_app.ui.session import call_service, in_language, signed_in, t, to_login


class GoalCardState(rx.State):
    goal: dict[str, str] = {}  # the primary goal's lines in both languages; {} for none
    week: list[dict[str, str]] = []  # this week's goals in both languages; [] for none
    streak: dict[str, str] = {}  # the streak of met weeks in both languages

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        today = today_in(me.user.timezone)
        view = await call_service(primary_goal, profile_id=me.user.id, today=today)
        overview = await call_service(weekly_overview, profile_id=me.user.id, today=today)
        self.week = week_rows(overview)
        self.streak = in_both(lambda lang: {"text": streak_words(overview, lang)["weeks_met"]})
        self.goal = (
            {}
            if view is None
            else {
                "title": view.title,
                "percent": str(round(view.progress.percent or 0)),
                **in_both(lambda lang: goal_words(view, lang)),
            }
        )
        return None


def _week_card() -> rx.Component:
    return rx.cond(
        GoalCardState.week.length() > 0,
        rx.card(
            rx.vstack(
                rx.text(t("goals.weekly.dashboard"), size="2", color_scheme="gray"),
                rx.foreach(GoalCardState.week, week_goal),
                rx.text(in_language(GoalCardState.streak, "text"), size="2"),
                rx.link(t("goals.to_goals"), href=GOALS),
                spacing="2",
                width="100%",
            ),
            width="100%",
            id="week-card",
        ),
        rx.fragment(),
    )


def goals_dashboard_card() -> rx.Component:
    """Named in the goals manifest (`dashboard=`); loads itself when shown."""
    goal = GoalCardState.goal
    return rx.fragment(
        _week_card(),
        rx.cond(
            goal.length() > 0,
            rx.card(
                rx.vstack(
                    rx.text(t("goals.primary_badge"), size="2", color_scheme="gray"),
                    rx.text(goal["title"], size="5", weight="bold"),
                    rx.progress(
                        value=goal["percent"].to(int),
                        max=100,
                        aria_label=t("goals.progress_label"),
                        width="100%",
                    ),
                    rx.text(goal["percent"], " % · ", in_language(goal, "verdict"), size="2"),
                    rx.cond(
                        in_language(goal, "projected") != "",
                        rx.text(in_language(goal, "projected"), size="2"),
                        rx.fragment(),
                    ),
                    rx.link(t("goals.to_goals"), href=GOALS),
                    spacing="1",
                    width="100%",
                ),
                width="100%",
            ),
            rx.fragment(),
        ),
        rx.el.div(hidden=True, on_mount=GoalCardState.load),
    )
