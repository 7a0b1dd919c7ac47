"""Foods: the search with the favourite and recent foods (as on Today, each
to mark as a favourite), a new food of one's own, and the profile's own
foods and recipes, each to edit or delete (after a confirmation, with
undo; entries that used it keep their values). A food is edited in its
form; a recipe through its ingredients (found by the search, which moves
into the recipe while it is open), yield and servings."""

from __future__ import annotations

import reflex as rx

from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import as_typed
from mitai_app.core.i18n import translate
from mitai_app.nutrition import service, words
from mitai_app.nutrition.consts import FOODS_PAGE, NAME_MAX, TODAY_PAGE
from mitai_app.nutrition.pages.fields import (
    card,
    checked_field,
    food_fields,
    food_input,
    form_error,
    ingredient_line,
    number,
    recipe_input,
)
from mitai_app.nutrition.pages.food_list import (
    FoodListState,
    food_delete_dialog,
    food_search,
    new_food_card,
)
from mitai_app.ui.forms import select_field, submit_button, success_callout
from mitai_app.ui.layout import page
from mitai_app.ui.session import AuthState, call_service, in_language, signed_in, t, to_login

FORMS = ("list", "edit", "food", "recipe", "ingredient")  # "food": a new food


class FoodsState(FoodListState, rx.State):
    foods: list[dict[str, str]] = []
    editing: dict[str, str] = {}  # the food being edited, its fields as typed
    recipe: dict[str, str] = {}  # the recipe being edited: id, name, yield, servings as typed
    ingredients: list[dict[str, str]] = []  # words.ingredient_row
    chosen: dict[str, str] = {}  # the ingredient to add
    errors: dict[str, str] = dict.fromkeys(FORMS, "")
    error_fields: dict[str, str] = dict.fromkeys(FORMS, "")
    done: str = ""

    def _clear(self) -> None:
        for form in FORMS:
            self.errors[form] = self.error_fields[form] = ""

    async def _run(self, form: str, call, **kwargs):
        """Runs a service for `form`; returns (me, result) or (None, event)."""
        me = await signed_in(self)
        if me is None:
            return None, to_login()
        self._clear()
        self.done = ""
        try:
            return me, await call_service(call, profile_id=me.user.id, **kwargs)
        except FeatureRefused as refused:
            self.errors[form] = refusal_message(refused.decision, me.lang)
            return None, None
        except UserError as error:
            return None, self._refused(form, error, me.lang)

    def _refused(self, form: str, error: UserError, lang: str):
        self.errors[form] = user_message(error, lang)
        self.error_fields[form] = error.field
        return rx.call_script(f"document.getElementById('field-{error.field}')?.focus()")

    async def _list(self, me) -> None:
        found = await call_service(service.own_foods, profile_id=me.user.id)
        self.foods = [words.own_food_row(food, me.user.unit_system) for food in found]

    async def _foods_changed(self, me) -> None:
        """The lists again; a food's or recipe's form closes once it is gone."""
        await self._list(me)
        await self._recent(me)
        ids = {food["id"] for food in self.foods}
        if self.editing.get("id") not in ids:
            self.editing = {}
        if self.recipe.get("id") not in ids:
            self.recipe, self.ingredients, self.chosen = {}, [], {}

    async def _food_created(self, me, saved: service.FoodRow) -> None:
        self.food_saved = translate("nutrition.food_updated", me.lang, name=saved.name_en)
        await self._foods_changed(me)

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self._clear()
        self._reset_foods()
        self.done, self.editing, self.recipe, self.ingredients = "", {}, {}, []
        await self._list(me)
        await self._recent(me)
        return None

    @rx.event
    async def edit(self, food_id: str):
        """Opens a food's form, or a recipe's ingredients."""
        me, food = await self._run("list", service.get_food, food_id=food_id)
        if me is None:
            return food
        self.editing, self.recipe, self.ingredients, self.chosen = {}, {}, [], {}
        self.query, self.results = "", []
        if food.recipe:
            view = await call_service(
                service.get_recipe, profile_id=me.user.id, recipe_id=food_id, lang=me.lang
            )
            typed = {
                "yield_amount": view.yield_amount,
                "servings": view.servings,
            }
            self.recipe = {
                "id": food.id,
                "name": food.name_en,
                **{k: "" if v is None else as_typed(v, me.lang) for k, v in typed.items()},
            }
            self.ingredients = [
                words.ingredient_row(row, me.user.unit_system) for row in view.ingredients
            ]
            return rx.call_script("document.getElementById('field-recipe_name')?.focus()")
        values = {k: "" if v is None else as_typed(v, me.lang) for k, v in food.values.items()}
        self.editing = {
            "id": food.id,
            "name": food.name_en,
            "brand": food.brand,
            "barcode": food.barcode,
            "basis": food.basis,
            **values,
            "serving_name": food.serving_en,
            "serving_amount": ""
            if food.serving_amount is None
            else as_typed(food.serving_amount, me.lang),
        }
        return rx.call_script("document.getElementById('field-name')?.focus()")

    @rx.event
    def close(self):
        self.editing, self.recipe, self.ingredients, self.chosen = {}, {}, [], {}
        self.query, self.results = "", []
        self._clear()

    @rx.event
    async def save_food(self, form: dict):
        try:
            food = food_input(form)
        except UserError as error:
            return self._refused("edit", error, (await self.get_state(AuthState)).lang)
        me, saved = await self._run(
            "edit", service.update_food, food_id=self.editing.get("id", ""), food=food
        )
        if me is None:
            return saved
        self.done = translate("nutrition.food_updated", me.lang, name=saved.name_en)
        self.editing = {}
        await self._list(me)
        return None

    @rx.event
    def choose(self, food: dict[str, str]):
        """A food found: the ingredient to add while a recipe is open, else
        one's own food to edit."""
        if not self.recipe:
            return FoodsState.edit(food.get("id", ""))
        self.chosen = dict(food)
        return rx.call_script("document.getElementById('field-amount')?.focus()")

    @rx.event
    async def add_ingredient(self, form: dict):
        lang = (await self.get_state(AuthState)).lang or "en"
        try:
            amount = number(form, "amount")
        except UserError as error:
            return self._refused("ingredient", error, lang)
        ingredient = service.IngredientInput(
            self.chosen.get("id", ""), amount, str(form.get("unit", ""))
        )
        me, checked = await self._run(
            "ingredient", service.check_ingredient, ingredient=ingredient, lang=lang
        )
        if me is None:
            return checked
        self.ingredients = [*self.ingredients, words.ingredient_row(checked, me.user.unit_system)]
        self.chosen, self.query, self.results = {}, "", []
        return None

    @rx.event
    def remove_ingredient(self, index: int):
        self.ingredients = [row for n, row in enumerate(self.ingredients) if n != int(index)]

    @rx.event
    async def save_recipe(self, form: dict):
        lang = (await self.get_state(AuthState)).lang or "en"
        try:
            recipe = recipe_input(form, self.ingredients)
        except UserError as error:
            return self._refused("recipe", error, lang)
        me, saved = await self._run(
            "recipe",
            service.update_recipe,
            recipe_id=self.recipe.get("id", ""),
            recipe=recipe,
            lang=lang,
        )
        if me is None:
            return saved
        self.done = translate("nutrition.food_updated", me.lang, name=saved.name_en)
        self.recipe, self.ingredients = {}, []
        await self._list(me)
        return None


def _food_line(food: rx.Var) -> rx.Component:
    return rx.el.li(
        rx.hstack(
            rx.vstack(
                rx.hstack(
                    rx.text(in_language(food, "name"), weight="medium"),
                    rx.cond(
                        food["recipe"] != "",
                        rx.badge(t("nutrition.recipe"), color_scheme="gray", high_contrast=True),
                        rx.fragment(),
                    ),
                    align="center",
                    wrap="wrap",
                ),
                rx.text(in_language(food, "detail"), size="1"),
                spacing="0",
                flex="1",
            ),
            rx.icon_button(
                rx.icon("pencil", aria_hidden="true"),
                on_click=FoodsState.edit(food["id"]),
                variant="soft",
                aria_label=in_language(food, "edit"),
            ),
            rx.icon_button(
                rx.icon("trash-2", aria_hidden="true"),
                on_click=FoodsState.ask_delete_food(food["id"]),
                variant="ghost",
                color_scheme="red",
                aria_label=in_language(food, "delete"),
            ),
            align="center",
            width="100%",
        ),
        list_style="none",
        padding_y="0.25rem",
    )


def _food_form() -> rx.Component:
    state = FoodsState
    return card(
        "nutrition.edit_food",
        rx.form(
            rx.vstack(
                *food_fields(state, "edit", values=state.editing),
                rx.hstack(
                    submit_button(t("common.save"), busy=False),
                    rx.button(
                        t("common.cancel"), type="button", variant="soft", on_click=state.close
                    ),
                    spacing="3",
                ),
                form_error(state, "edit"),
                spacing="3",
                width="100%",
            ),
            on_submit=state.save_food,
            key=state.editing["id"],
            width="100%",
        ),
    )


def _ingredient_search() -> rx.Component:
    """Find a food and add an amount of it to the recipe (not the recipe
    itself)."""
    state = FoodsState
    return rx.vstack(
        rx.heading(t("nutrition.add_ingredient"), size="3", as_="h3"),
        food_search(state, choosable=lambda food: food["id"] != state.recipe["id"]),
        rx.cond(
            state.chosen.length() > 0,
            rx.form(
                rx.vstack(
                    rx.text(in_language(state.chosen, "name"), weight="bold"),
                    rx.grid(
                        checked_field(
                            state,
                            "ingredient",
                            "amount",
                            "nutrition.amount",
                            input_mode="decimal",
                            default_value="100",
                        ),
                        select_field(
                            t("nutrition.unit"),
                            "unit",
                            [
                                (unit, t(f"nutrition.unit.{unit}"))
                                for unit in ("g", "ml", "serving")
                            ],
                            default_value=state.chosen["basis"],
                        ),
                        columns="2",
                        gap="3",
                        width="100%",
                    ),
                    submit_button(t("nutrition.add_to_recipe"), busy=False),
                    form_error(state, "ingredient"),
                    spacing="3",
                    width="100%",
                ),
                on_submit=state.add_ingredient,
                key=state.chosen["id"],
                width="100%",
            ),
            rx.fragment(),
        ),
        width="100%",
    )


def _recipe_form() -> rx.Component:
    state = FoodsState
    return card(
        "nutrition.edit_recipe",
        rx.el.ul(
            rx.foreach(
                state.ingredients,
                lambda row, index: ingredient_line(row, index, state.remove_ingredient),
            ),
            aria_label=t("nutrition.ingredients"),
            style={"padding": 0, "margin": 0, "width": "100%"},
        ),
        _ingredient_search(),
        rx.form(
            rx.vstack(
                checked_field(
                    state,
                    "recipe",
                    "recipe_name",
                    "nutrition.recipe_name",
                    limit=NAME_MAX,
                    default_value=state.recipe["name"],
                ),
                rx.grid(
                    checked_field(
                        state,
                        "recipe",
                        "yield_amount",
                        "nutrition.yield_amount",
                        input_mode="decimal",
                        hint=t("nutrition.yield_hint"),
                        default_value=state.recipe["yield_amount"],
                    ),
                    checked_field(
                        state,
                        "recipe",
                        "servings",
                        "nutrition.servings",
                        input_mode="decimal",
                        default_value=state.recipe["servings"],
                    ),
                    columns="2",
                    gap="3",
                    width="100%",
                ),
                rx.hstack(
                    submit_button(t("nutrition.save_recipe"), busy=False),
                    rx.button(
                        t("common.cancel"), type="button", variant="soft", on_click=state.close
                    ),
                    spacing="3",
                ),
                form_error(state, "recipe"),
                spacing="3",
                width="100%",
            ),
            on_submit=state.save_recipe,
            key=state.recipe["id"],
            width="100%",
        ),
    )


@page(route=FOODS_PAGE, title_key="nutrition.foods", on_load=FoodsState.load, checks_session=True)
def foods_page() -> rx.Component:
    state = FoodsState
    return rx.vstack(
        rx.heading(t("nutrition.foods"), size="7", as_="h1"),
        rx.link(t("nav.nutrition"), href=TODAY_PAGE),
        rx.text(t("nutrition.foods_hint"), size="2", color_scheme="gray"),
        success_callout(state.done),
        form_error(state, "list"),
        # One search and one form with a food's fields at a time: their
        # fields' ids would clash.
        rx.cond(
            state.recipe.length() > 0,
            _recipe_form(),
            card("nutrition.search", food_search(state, choosable=lambda food: food["own"] != "")),
        ),
        rx.cond(state.editing.length() > 0, _food_form(), new_food_card(state)),
        card(
            "nutrition.to_foods",
            rx.cond(
                state.foods.length() == 0,
                rx.text(t("nutrition.no_own_foods"), color_scheme="gray"),
                rx.el.ul(
                    rx.foreach(state.foods, _food_line),
                    aria_label=t("nutrition.to_foods"),
                    style={"padding": 0, "margin": 0, "width": "100%"},
                ),
            ),
        ),
        food_delete_dialog(state),
        spacing="4",
        width="100%",
        max_width="40rem",
    )
