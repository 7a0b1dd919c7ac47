"""Pieces the nutrition pages share: reading a typed number and a food
form, a titled card, a field with its error underneath, a form's error that
names no field, the one-tap glass of water, and the fields of a food (new on Today, edited on Foods). A state passed in holds `errors` and
`error_fields` keyed by form."""

from __future__ import annotations

import reflex as rx

from mitai_app.core.errors import UserError
from mitai_app.core.formatting import parse_decimal
from mitai_app.nutrition.consts import BRAND_MAX, NAME_MAX, NUTRIENTS, SERVING_NAME_MAX
from mitai_app.nutrition.offline import WATER_LOG
from mitai_app.nutrition.service import FoodInput, IngredientInput, RecipeInput
from mitai_app.ui.capture_card import kept_offline, kept_status
from mitai_app.ui.forms import error_callout, field, field_error, invalid_attrs, select_field
from mitai_app.ui.session import in_language, t


def number(form: dict, name: str) -> float | None:
    """A typed number of a form (None: left empty), refused at its field."""
    try:
        return parse_decimal(str(form.get(name, "")))
    except ValueError as error:
        raise UserError("log.error.number", field=name) from error


def food_input(form: dict) -> FoodInput:
    """The food form's fields as typed (numbers read, refused at their field)."""
    return FoodInput(
        name=str(form.get("name", "")),
        values={name: number(form, name) for name in NUTRIENTS},
        basis=str(form.get("basis", "g")),
        brand=str(form.get("brand", "")),
        barcode=str(form.get("barcode", "")),
        serving_name=str(form.get("serving_name", "")),
        serving_amount=number(form, "serving_amount"),
    )


def recipe_input(form: dict, ingredients: list[dict[str, str]]) -> RecipeInput:
    """The recipe form as typed, with the ingredients put together so far
    (words.ingredient_row: food, amount as typed, unit)."""
    return RecipeInput(
        name=str(form.get("recipe_name", "")),
        ingredients=[
            IngredientInput(row["food_id"], float(row["typed"]), row["unit"]) for row in ingredients
        ],
        yield_amount=number(form, "yield_amount"),
        servings=number(form, "servings"),
    )


def ingredient_line(row: rx.Var, index: rx.Var, on_remove) -> rx.Component:
    """An ingredient of a recipe with its amount (or that its food was
    deleted since) and a button removing it (`on_remove(index)`)."""
    return rx.el.li(
        rx.hstack(
            rx.vstack(
                rx.text(row["name"], weight="medium"),
                rx.cond(
                    row["food_id"] == "",
                    rx.text(t("nutrition.ingredient_gone"), size="2", color_scheme="red"),
                    rx.text(in_language(row, "amount"), size="2", color_scheme="gray"),
                ),
                spacing="0",
            ),
            rx.hstack(
                rx.text(in_language(row, "kcal")),
                rx.icon_button(
                    rx.icon("x", aria_hidden="true"),
                    type="button",
                    on_click=on_remove(index),
                    variant="ghost",
                    color_scheme="red",
                    aria_label=t("nutrition.remove_ingredient"),
                ),
                align="center",
            ),
            justify="between",
            width="100%",
        ),
        list_style="none",
    )


def card(title_key: str, *children: rx.Component, **props) -> rx.Component:
    return rx.card(
        rx.vstack(rx.heading(t(title_key), size="4", as_="h2"), *children, spacing="3"),
        width="100%",
        **props,
    )


def checked_field(state, form: str, name: str, label_key: str, **props) -> rx.Component:
    """A field of `form` with its error underneath while the error names it."""
    return rx.vstack(
        field(t(label_key), name, **invalid_attrs(name, state.error_fields[form]), **props),
        field_error(name, state.error_fields[form], state.errors[form]),
        width="100%",
    )


def form_error(state, form: str) -> rx.Component:
    """The error of `form` that belongs to no field."""
    return rx.cond(state.error_fields[form] == "", error_callout(state.errors[form]), rx.fragment())


def food_fields(state, form: str, values=None, barcode="") -> list[rx.Component]:
    """A food's fields; `values` (a dict var of typed strings) fills them in."""

    def value(name: str):
        return {} if values is None else {"default_value": values[name]}

    numbers = [
        checked_field(
            state, form, name, f"nutrition.field.{name}", input_mode="decimal", **value(name)
        )
        for name in NUTRIENTS
    ]
    return [
        checked_field(state, form, "name", "nutrition.field.name", limit=NAME_MAX, **value("name")),
        checked_field(
            state, form, "brand", "nutrition.field.brand", limit=BRAND_MAX, **value("brand")
        ),
        checked_field(
            state,
            form,
            "barcode",
            "nutrition.field.barcode",
            input_mode="numeric",
            **(value("barcode") if values is not None else {"default_value": barcode}),
        ),
        select_field(
            t("nutrition.field.basis"),
            "basis",
            [("g", t("nutrition.per_100_g")), ("ml", t("nutrition.per_100_ml"))],
            **value("basis"),
        ),
        rx.grid(*numbers, columns="2", gap="3", width="100%"),
        rx.grid(
            checked_field(
                state,
                form,
                "serving_name",
                "nutrition.field.serving_name",
                limit=SERVING_NAME_MAX,
                **value("serving_name"),
            ),
            checked_field(
                state,
                form,
                "serving_amount",
                "nutrition.field.serving_amount",
                input_mode="decimal",
                **value("serving_amount"),
            ),
            columns="2",
            gap="3",
            width="100%",
        ),
    ]


def water_button(on_submit, day: rx.Var | str = "") -> rx.Component:
    """ "+ 250 ml water" in one tap, a glass on `day` (the page's). Tapped
    offline, assets/offline.js keeps the tap in the browser with that day, or
    the device's date where the page knows none (`data-mj-today`), and sends
    it later (nutrition.offline)."""
    return rx.form(
        rx.el.input(type="hidden", name="date", value=day, custom_attrs={"data-mj-today": ""}),
        rx.button(
            rx.icon("glass-water", aria_hidden="true"),
            t("nutrition.add_water"),
            type="submit",
            variant="soft",
            size="3",
        ),
        kept_status(),
        on_submit=on_submit,
        custom_attrs=kept_offline(WATER_LOG),
    )
