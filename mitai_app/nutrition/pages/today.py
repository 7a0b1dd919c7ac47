"""Today: the day's totals against the targets, the week, adding a food
from search, the recent foods or a barcode to a meal, the meals with their
entries, water, a food or recipe of one's own, and the targets. The state
is in today_state.py, the pieces in today_*.py."""

from __future__ import annotations

import reflex as rx

from mitai_app.nutrition.consts import FOODS_PAGE, TODAY_PAGE, TRENDS_PAGE
from mitai_app.nutrition.pages.food_list import new_food_card
from mitai_app.nutrition.pages.today_add import add_card
from mitai_app.nutrition.pages.today_forms import recipe_card, targets_card
from mitai_app.nutrition.pages.today_meals import meals_card
from mitai_app.nutrition.pages.today_state import NutritionState
from mitai_app.nutrition.pages.today_totals import totals_card, week_card
from mitai_app.ui.layout import page
from mitai_app.ui.session import t


@page(route=TODAY_PAGE, title_key="nav.nutrition", on_load=NutritionState.load, checks_session=True)
def today_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.nutrition"), size="7", as_="h1"),
        rx.hstack(
            rx.link(t("nutrition.to_trends"), href=TRENDS_PAGE),
            rx.link(t("nutrition.to_foods"), href=FOODS_PAGE),
            spacing="4",
            wrap="wrap",
        ),
        totals_card(),
        add_card(),
        meals_card(),
        week_card(),
        new_food_card(NutritionState),
        recipe_card(),
        targets_card(),
        spacing="4",
        width="100%",
        max_width="40rem",
    )
