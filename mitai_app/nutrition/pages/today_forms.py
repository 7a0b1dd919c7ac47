"""Today's forms below the meals: a recipe put together from foods, and
the targets (how they are derived, and those set
by hand)."""

from __future__ import annotations

import reflex as rx

from mitai_app.nutrition.consts import ACTIVITY_FACTORS, NAME_MAX, TARGET_KEYS
from mitai_app.nutrition.pages.fields import (
    checked_field,
    form_error,
    ingredient_line,
)
from mitai_app.nutrition.pages.today_state import NutritionState
from mitai_app.ui.forms import (
    field,
    field_error,
    invalid_attrs,
    select_field,
    submit_button,
    success_callout,
)
from mitai_app.ui.session import t


def recipe_card() -> rx.Component:
    """A recipe put together from foods found above: while this is open,
    a chosen food goes into the recipe instead of a meal."""
    state = NutritionState
    return rx.card(
        rx.el.details(
            rx.el.summary(
                rx.heading(t("nutrition.new_recipe"), size="4", as_="h2", display="inline"),
                cursor="pointer",
                on_click=NutritionState.toggle_recipe.prevent_default,
            ),
            rx.vstack(
                rx.text(t("nutrition.recipe_hint"), size="2", color_scheme="gray"),
                rx.el.ul(
                    rx.foreach(
                        state.ingredients,
                        lambda row, index: ingredient_line(row, index, state.remove_ingredient),
                    ),
                    aria_label=t("nutrition.ingredients"),
                    style={"padding": 0, "margin": 0, "width": "100%"},
                ),
                rx.form(
                    rx.vstack(
                        checked_field(
                            NutritionState,
                            "recipe",
                            "recipe_name",
                            "nutrition.recipe_name",
                            limit=NAME_MAX,
                        ),
                        rx.grid(
                            checked_field(
                                NutritionState,
                                "recipe",
                                "yield_amount",
                                "nutrition.yield_amount",
                                input_mode="decimal",
                                hint=t("nutrition.yield_hint"),
                            ),
                            checked_field(
                                NutritionState,
                                "recipe",
                                "servings",
                                "nutrition.servings",
                                input_mode="decimal",
                            ),
                            columns="2",
                            gap="3",
                            width="100%",
                        ),
                        submit_button(t("nutrition.save_recipe"), busy=False),
                        form_error(NutritionState, "recipe"),
                        spacing="3",
                        width="100%",
                    ),
                    on_submit=NutritionState.save_recipe,
                    key=state.form_keys["recipe"].to_string(),
                    width="100%",
                ),
                padding_top="1rem",
                spacing="3",
            ),
            open=state.recipe_open,
        ),
        width="100%",
    )


def targets_card() -> rx.Component:
    state = NutritionState
    return rx.card(
        rx.el.details(
            rx.el.summary(
                rx.heading(t("nutrition.targets"), size="4", as_="h2", display="inline"),
                cursor="pointer",
            ),
            rx.form(
                rx.vstack(
                    rx.text(t("nutrition.targets_hint"), size="2", color_scheme="gray"),
                    select_field(
                        t("nutrition.activity"),
                        "activity",
                        [(key, t(f"nutrition.activity.{key}")) for key in ACTIVITY_FACTORS],
                        default_value=state.activity,
                    ),
                    rx.vstack(
                        field(
                            t("nutrition.protein_per_kg"),
                            "protein_g_per_kg",
                            input_mode="decimal",
                            default_value=state.protein_per_kg,
                            **invalid_attrs("protein_g_per_kg", state.error_fields["targets"]),
                        ),
                        field_error(
                            "protein_g_per_kg",
                            state.error_fields["targets"],
                            state.errors["targets"],
                        ),
                        width="100%",
                    ),
                    rx.heading(t("nutrition.hand_targets"), size="3", as_="h3"),
                    rx.grid(
                        *[
                            checked_field(
                                state,
                                "targets",
                                f"target_{key}",
                                f"nutrition.target.{key}",
                                input_mode="decimal",
                                default_value=state.hand[key],
                                placeholder=t("nutrition.target_placeholder"),
                            )
                            for key in TARGET_KEYS
                        ],
                        columns="2",
                        gap="3",
                        width="100%",
                    ),
                    submit_button(t("nutrition.save_targets"), busy=False),
                    form_error(state, "targets"),
                    success_callout(state.done["targets"]),
                    spacing="3",
                    width="100%",
                    padding_top="1rem",
                ),
                on_submit=NutritionState.save_targets,
                key=state.activity + state.protein_per_kg + state.form_keys["targets"].to_string(),
                width="100%",
            ),
        ),
        width="100%",
    )
