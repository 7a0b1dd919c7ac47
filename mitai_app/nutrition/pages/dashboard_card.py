"""The nutrition dashboard card: today's energy and protein against their
targets, and the way to the Nutrition page. Loads itself when shown; shows
nothing until the day has a log or the profile has targets."""

from __future__ import annotations

import reflex as rx

from mitai_app.core.formatting import today_in
from mitai_app.nutrition import service, words
from mitai_app.nutrition.consts import TODAY_PAGE
from mitai_app.ui.session import call_service, in_language, signed_in, t, to_login


class NutritionCardState(rx.State):
    summary: dict[str, str] = {}

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        overview = await call_service(
            service.day_overview, profile_id=me.user.id, day=today_in(me.user.timezone)
        )
        shown = overview.source or overview.targets is not None
        self.summary = words.day_words(overview, me.user.unit_system) if shown else {}
        return None


def _line(label_key: str, value_key: str) -> rx.Component:
    return rx.hstack(
        rx.text(t(label_key), color_scheme="gray"),
        rx.text(in_language(NutritionCardState.summary, value_key), weight="bold"),
        justify="between",
        width="100%",
        wrap="wrap",
    )


def nutrition_dashboard_card() -> rx.Component:
    """Named in the nutrition manifest (`dashboard=`)."""
    return rx.fragment(
        rx.cond(
            NutritionCardState.summary.length() > 0,
            rx.card(
                rx.vstack(
                    rx.text(t("nutrition.card_title"), size="2", color_scheme="gray"),
                    _line("nutrition.kcal", "kcal"),
                    _line("nutrition.protein", "protein"),
                    rx.link(t("nutrition.to_today"), href=TODAY_PAGE),
                    spacing="2",
                    width="100%",
                ),
                width="100%",
            ),
            rx.fragment(),
        ),
        rx.el.div(hidden=True, on_mount=NutritionCardState.load),
    )
