"""Today: the day's totals against the targets, the adaptive TDEE, adding a
food from search or the recent foods to a meal, the meals with their
entries (copy yesterday's, delete with confirmation), water, a food of
one's own, and how the targets are derived.

The inputs are uncontrolled: a refused entry keeps what the user typed; a
form is re-mounted (new `key`) only after it was saved.
"""

from __future__ import annotations

from datetime import date, timedelta

import reflex as rx

from mitai_app.core import routes
from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import as_typed, format_date, parse_decimal, today_in
from mitai_app.core.i18n import translate
from mitai_app.nutrition import service, words
from mitai_app.nutrition.consts import ACTIVITY_FACTORS, NUTRIENTS, SLOTS, TODAY_PAGE, TRENDS_PAGE
from mitai_app.nutrition.pages.scanner import barcode_scanner
from mitai_app.ui.dialogs import confirm_dialog
from mitai_app.ui.forms import (
    error_callout,
    field,
    field_error,
    invalid_attrs,
    select_field,
    submit_button,
    success_callout,
)
from mitai_app.ui.layout import page
from mitai_app.ui.session import AuthState, call_service, in_language, signed_in, t, to_login

FORMS = ("entry", "food", "targets", "day", "copy", "recipe")
FOOD_FIELDS = ("name", "brand", "barcode", "basis", *NUTRIENTS, "serving_name", "serving_amount")


def _number(form: dict, name: str) -> float | None:
    try:
        return parse_decimal(str(form.get(name, "")))
    except ValueError as error:
        raise UserError("log.error.number", field=name) from error


class NutritionState(rx.State):
    day: str = ""
    today: str = ""
    previous_day: str = ""  # the copy form's default
    day_title: dict[str, str] = {}  # "Today" or the date, in both languages
    summary: dict[str, str] = {}
    has_targets: bool = False
    meals: list[dict[str, str]] = []
    query: str = ""
    results: list[dict[str, str]] = []
    recent: list[dict[str, str]] = []
    chosen: dict[str, str] = {}
    activity: str = "light"
    protein_per_kg: str = ""
    imperial: bool = False

    errors: dict[str, str] = dict.fromkeys(FORMS, "")
    error_fields: dict[str, str] = dict.fromkeys(FORMS, "")
    done: dict[str, str] = dict.fromkeys(FORMS, "")
    form_keys: dict[str, int] = dict.fromkeys(FORMS, 0)
    food_warning: bool = False
    looking_up: bool = False
    scanning: bool = False  # the camera is on
    lookup_message: str = ""
    new_barcode: str = ""  # filled into "create a food" after an unknown barcode
    new_food_open: bool = False
    recipe_open: bool = False  # the chosen food goes into the recipe instead of a meal
    ingredients: list[dict[str, str]] = []
    delete_open: bool = False
    _pending_delete: str = ""
    food_delete_open: bool = False
    _pending_food: str = ""

    def _reset_messages(self, form: str) -> None:
        self.errors[form] = self.error_fields[form] = self.done[form] = ""

    async def _refresh(self, me) -> None:
        day = date.fromisoformat(self.day)
        self.previous_day = (day - timedelta(days=1)).isoformat()
        system = me.user.unit_system
        overview = await call_service(service.day_overview, profile_id=me.user.id, day=day)
        recent = await call_service(service.recent_foods, profile_id=me.user.id)
        self.summary = words.day_words(overview, system)
        self.day_title = words.day_title(day, date.fromisoformat(self.today))
        self.has_targets = overview.targets is not None
        self.meals = [words.entry_row(entry, system) for entry in overview.entries]
        self.recent = [words.food_row(food, system) for food in recent]
        self.activity = overview.activity
        self.protein_per_kg = as_typed(overview.protein_g_per_kg, me.lang)
        self.imperial = system == "imperial"

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.day = self.today = today_in(me.user.timezone).isoformat()
        self.query, self.results, self.chosen = "", [], {}
        for form in FORMS:
            self._reset_messages(form)
        self.food_warning = False
        self.lookup_message, self.new_barcode, self.new_food_open = "", "", False
        await self._refresh(me)
        return None

    @rx.event
    async def move_day(self, days: int):
        """The day before or after the one shown (never after today)."""
        me = await signed_in(self)
        if me is None:
            return to_login()
        moved = date.fromisoformat(self.day) + timedelta(days=int(days))
        if moved > date.fromisoformat(self.today):
            return None
        self.day = moved.isoformat()
        for form in FORMS:
            self._reset_messages(form)
        await self._refresh(me)
        return None

    @rx.event(background=True)
    async def look_up(self, form: dict):
        """The barcode in this app's foods, then at Open Food Facts (up to a
        few seconds: in the background, the page stays usable)."""
        async with self:
            if self.looking_up:
                return None
            me = await signed_in(self)
            if me is None:
                return to_login()
            self.looking_up, self.lookup_message = True, ""
            self._reset_messages("entry")
        code = str(form.get("scan_barcode", ""))
        try:
            result = await call_service(service.lookup_barcode, profile_id=me.user.id, barcode=code)
        except UserError as error:
            async with self:
                self.looking_up = False
                self.errors["entry"] = user_message(error, me.lang)
                self.error_fields["entry"] = "scan_barcode"
            return None
        async with self:
            self.looking_up = False
            if result.food is not None:
                self.chosen = words.food_row(result.food, me.user.unit_system)
                return None
            self.lookup_message = translate(
                f"nutrition.barcode.{result.status}", me.lang, barcode=result.barcode
            )
            self.new_barcode, self.new_food_open = result.barcode, True
            self.form_keys["food"] += 1
        return None

    @rx.event
    def toggle_scanning(self):
        self.scanning = not self.scanning
        self.lookup_message = ""

    @rx.event
    def detected(self, code: str):
        """A barcode the camera read: looked up as if typed."""
        self.scanning = False
        return NutritionState.look_up({"scan_barcode": str(code)[:20]})

    @rx.event
    async def camera_failed(self, reason: str):
        self.scanning = False
        self.lookup_message = translate(
            "nutrition.camera_unavailable", (await self.get_state(AuthState)).lang
        )

    @rx.event
    def toggle_new_food(self):
        self.new_food_open = not self.new_food_open

    @rx.event
    async def search(self, query: str):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.query = query[:100]
        if not self.query.strip():
            self.results = []
            return None
        found = await call_service(service.search_foods, profile_id=me.user.id, query=self.query)
        self.results = [words.food_row(food, me.user.unit_system) for food in found]
        return None

    @rx.event
    def choose(self, food: dict[str, str]):
        """The food to add (from the results or the recent foods shown; the
        service checks again that the profile may see it)."""
        self.chosen = dict(food)
        self._reset_messages("entry")
        return rx.call_script("document.getElementById('field-amount')?.focus()")

    @rx.event
    async def toggle_favourite(self, food_id: str):
        me = await signed_in(self)
        if me is None:
            return to_login()
        try:
            await call_service(service.toggle_favourite, profile_id=me.user.id, food_id=food_id)
        except UserError as error:
            self.errors["entry"] = user_message(error, me.lang)
            return None
        await self._refresh(me)
        if self.query.strip():
            found = await call_service(
                service.search_foods, profile_id=me.user.id, query=self.query
            )
            self.results = [words.food_row(food, me.user.unit_system) for food in found]
        return None

    @rx.event
    def unchoose(self):
        self.chosen = {}

    def _refused(self, form: str, error: UserError, lang: str):
        self.errors[form] = user_message(error, lang)
        self.error_fields[form] = error.field
        return rx.call_script(f"document.getElementById('field-{error.field}')?.focus()")

    async def _run(self, form: str, call, **kwargs):
        """Runs a service for `form`; returns (me, result) or (None, event)."""
        me = await signed_in(self)
        if me is None:
            return None, to_login()
        self._reset_messages(form)
        try:
            return me, await call_service(call, profile_id=me.user.id, **kwargs)
        except FeatureRefused as refused:
            self.errors[form] = refusal_message(refused.decision, me.lang)
        except UserError as error:
            return None, self._refused(form, error, me.lang)
        return None, None

    @rx.event
    async def add_entry(self, form: dict):
        if not self.chosen:
            return None
        try:
            amount = _number(form, "amount")
        except UserError as error:
            return self._refused("entry", error, (await self.get_state(AuthState)).lang)
        if self.recipe_open:
            return await self._add_ingredient(amount, str(form.get("unit", "")))
        me, result = await self._run(
            "entry",
            service.log_food,
            day=date.fromisoformat(self.day),
            slot=str(form.get("slot", "")),
            food_id=self.chosen.get("id", ""),
            amount=amount,
            unit=str(form.get("unit", "")),
            today=date.fromisoformat(self.today),
            lang=(await self.get_state(AuthState)).lang or "en",
        )
        if me is None:
            return result
        self.done["entry"] = translate("nutrition.entry_saved", me.lang, name=result.name)
        self.chosen, self.query, self.results = {}, "", []
        self.form_keys["entry"] += 1
        await self._refresh(me)
        return None

    async def _add_ingredient(self, amount: float | None, unit: str):
        ingredient = service.IngredientInput(self.chosen.get("id", ""), amount, unit)
        lang = (await self.get_state(AuthState)).lang or "en"
        me, checked = await self._run(
            "entry", service.check_ingredient, ingredient=ingredient, lang=lang
        )
        if me is None:
            return checked
        self.ingredients = [*self.ingredients, words.ingredient_row(checked, me.user.unit_system)]
        self.done["entry"] = translate("nutrition.ingredient_added", me.lang, name=checked.name)
        self.chosen, self.query, self.results = {}, "", []
        self.form_keys["entry"] += 1
        return None

    @rx.event
    def toggle_recipe(self):
        self.recipe_open = not self.recipe_open
        self._reset_messages("recipe")

    @rx.event
    def remove_ingredient(self, index: int):
        self.ingredients = [row for n, row in enumerate(self.ingredients) if n != int(index)]

    @rx.event
    async def save_recipe(self, form: dict):
        lang = (await self.get_state(AuthState)).lang
        try:
            yield_amount = _number(form, "yield_amount")
            servings = _number(form, "servings")
        except UserError as error:
            return self._refused("recipe", error, lang)
        recipe = service.RecipeInput(
            name=str(form.get("recipe_name", "")),
            ingredients=[
                service.IngredientInput(row["food_id"], float(row["typed"]), row["unit"])
                for row in self.ingredients
            ],
            yield_amount=yield_amount,
            servings=servings,
        )
        me, saved = await self._run(
            "recipe", service.create_recipe, recipe=recipe, lang=lang or "en"
        )
        if me is None:
            return saved
        self.done["entry"] = translate("nutrition.recipe_saved", me.lang, name=saved.name_en)
        self.ingredients, self.recipe_open = [], False
        self.form_keys["recipe"] += 1
        self.chosen = words.food_row(saved, me.user.unit_system)
        await self._refresh(me)
        return rx.call_script("document.getElementById('field-amount')?.focus()")

    @rx.event
    async def add_water(self):
        day = date.fromisoformat(self.day)
        today = date.fromisoformat(self.today)
        me, result = await self._run("day", service.add_water, day=day, today=today)
        if me is None:
            return result
        self.done["day"] = translate("nutrition.water_saved", me.lang)
        await self._refresh(me)
        return None

    @rx.event
    async def copy_yesterday(self, slot: str):
        day = date.fromisoformat(self.day)
        me, copied = await self._run(
            "day",
            service.copy_meal,
            from_day=day - timedelta(days=1),
            to_day=day,
            slot=slot,
            today=date.fromisoformat(self.today),
        )
        if me is None:
            return copied
        meal = translate(f"nutrition.slot.{slot}", me.lang)
        key = {0: "nutrition.nothing_to_copy", 1: "nutrition.copied_one"}.get(
            copied, "nutrition.copied"
        )
        self.done["day"] = translate(key, me.lang, count=copied, meal=meal)
        await self._refresh(me)
        return None

    @rx.event
    async def copy_from(self, form: dict):
        """A meal or the whole day (slot "day") from an earlier date."""
        lang = (await self.get_state(AuthState)).lang
        try:
            from_day = date.fromisoformat(str(form.get("from_day", "")))
        except ValueError:
            return self._refused(
                "copy", UserError("nutrition.error.copy_date", field="from_day"), lang
            )
        slot = str(form.get("copy_slot", "day"))
        me, copied = await self._run(
            "copy",
            service.copy_meal,
            from_day=from_day,
            to_day=date.fromisoformat(self.day),
            slot=None if slot == "day" else slot,
            today=date.fromisoformat(self.today),
        )
        if me is None:
            return copied
        key = {0: "nutrition.nothing_on_day", 1: "nutrition.copied_one_from"}.get(
            copied, "nutrition.copied_from"
        )
        self.done["copy"] = translate(
            key, me.lang, count=copied, date=format_date(from_day, me.lang)
        )
        await self._refresh(me)
        return None

    @rx.event
    def ask_delete(self, entry_id: str):
        self._pending_delete, self.delete_open = entry_id, True

    @rx.event
    def keep_entry(self):
        self._pending_delete, self.delete_open = "", False

    @rx.event
    async def delete_entry(self):
        entry_id, self._pending_delete, self.delete_open = self._pending_delete, "", False
        if not entry_id:
            return None
        me, result = await self._run("day", service.delete_entry, entry_id=entry_id)
        if me is None:
            return result
        self.done["day"] = translate("nutrition.entry_deleted", me.lang, name=result.name)
        await self._refresh(me)
        return None

    @rx.event
    def ask_delete_food(self, food_id: str):
        self._pending_food, self.food_delete_open = food_id, True

    @rx.event
    def keep_food(self):
        self._pending_food, self.food_delete_open = "", False

    @rx.event
    async def delete_food(self):
        food_id, self._pending_food, self.food_delete_open = self._pending_food, "", False
        if not food_id:
            return None
        me, result = await self._run("day", service.delete_food, food_id=food_id)
        if me is None:
            return result
        self.done["day"] = translate("nutrition.food_deleted", me.lang)
        self.results = [food for food in self.results if food["id"] != food_id]
        await self._refresh(me)
        return None

    @rx.event
    async def save_targets(self, form: dict):
        try:
            per_kg = _number(form, "protein_g_per_kg")
        except UserError as error:
            return self._refused("targets", error, (await self.get_state(AuthState)).lang)
        me, result = await self._run(
            "targets",
            service.set_targets,
            activity=str(form.get("activity", "")),
            protein_g_per_kg=per_kg,
        )
        if me is None:
            return result
        self.done["targets"] = translate("nutrition.targets_saved", me.lang)
        await self._refresh(me)
        return None

    @rx.event
    async def create_food(self, form: dict):
        lang = (await self.get_state(AuthState)).lang
        try:
            values = {name: _number(form, name) for name in NUTRIENTS}
            serving_amount = _number(form, "serving_amount")
        except UserError as error:
            return self._refused("food", error, lang)
        food = service.FoodInput(
            name=str(form.get("name", "")),
            values=values,
            basis=str(form.get("basis", "g")),
            brand=str(form.get("brand", "")),
            barcode=str(form.get("barcode", "")),
            serving_name=str(form.get("serving_name", "")),
            serving_amount=serving_amount,
        )
        me, saved = await self._run("food", service.create_food, food=food)
        if me is None:
            return saved
        self.food_warning = saved.warning
        self.new_barcode, self.lookup_message = "", ""
        self.done["food"] = translate("nutrition.food_saved", me.lang, name=saved.name_en)
        self.form_keys["food"] += 1
        self.chosen = words.food_row(saved, me.user.unit_system)
        return None


# --- pieces ----------------------------------------------------------------------------


def _card(title_key: str, *children: rx.Component, **props) -> rx.Component:
    return rx.card(
        rx.vstack(rx.heading(t(title_key), size="4", as_="h2"), *children, spacing="3"),
        width="100%",
        **props,
    )


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


def _fact(label_key: str, value_key: str) -> rx.Component:
    return rx.hstack(
        rx.text(t(label_key), color_scheme="gray"),
        rx.text(in_language(NutritionState.summary, value_key)),
        spacing="2",
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


def _totals_card() -> rx.Component:
    return rx.card(
        rx.vstack(_day_picker(), *_totals(), spacing="3"),
        width="100%",
    )


def _totals() -> list[rx.Component]:
    return [
        rx.text(in_language(NutritionState.summary, "source"), size="2", color_scheme="gray"),
        _bar("nutrition.kcal", "kcal", "kcal_pct"),
        _bar("nutrition.protein", "protein", "protein_pct"),
        rx.flex(
            _fact("nutrition.carbs", "carbs"),
            _fact("nutrition.fat", "fat"),
            _fact("nutrition.fiber", "fiber"),
            _fact("nutrition.water", "water"),
            gap="3",
            wrap="wrap",
        ),
        rx.button(
            rx.icon("glass-water", aria_hidden="true"),
            t("nutrition.add_water"),
            on_click=NutritionState.add_water,
            variant="soft",
            size="3",
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


def _food_button(food: rx.Var) -> rx.Component:
    favourite = food["favourite"] != ""
    return rx.el.li(
        rx.hstack(
            _choose_button(food),
            rx.icon_button(
                rx.icon(
                    "star", aria_hidden="true", fill=rx.cond(favourite, "currentColor", "none")
                ),
                on_click=NutritionState.toggle_favourite(food["id"]),
                variant="ghost",
                color_scheme="amber",
                high_contrast=True,
                aria_label=t("nutrition.favourite"),
                aria_pressed=rx.cond(favourite, "true", "false"),
            ),
            rx.cond(
                food["own"] != "",
                rx.icon_button(
                    rx.icon("trash-2", aria_hidden="true"),
                    on_click=NutritionState.ask_delete_food(food["id"]),
                    variant="ghost",
                    color_scheme="red",
                    aria_label=t("nutrition.delete_food"),
                ),
                rx.fragment(),
            ),
            align="center",
            width="100%",
        ),
        list_style="none",
    )


def _choose_button(food: rx.Var) -> rx.Component:
    return rx.button(
        rx.vstack(
            rx.text(in_language(food, "name"), weight="medium", text_align="left"),
            rx.text(in_language(food, "detail"), size="1", text_align="left"),
            rx.cond(
                food["warning"] != "",
                rx.text(t("nutrition.warning_4_4_9"), size="1", color_scheme="orange"),
                rx.fragment(),
            ),
            spacing="0",
            align="start",
        ),
        on_click=NutritionState.choose(food),
        variant="ghost",
        height="auto",
        padding_y="0.5rem",
        flex="1",
        justify="start",
        color_scheme="gray",
        high_contrast=True,
    )


def _food_list(items: rx.Var, label_key: str) -> rx.Component:
    return rx.el.ul(
        rx.foreach(items, _food_button),
        aria_label=t(label_key),
        style={"padding": 0, "margin": 0, "width": "100%"},
    )


def _unit_options() -> list[tuple[str, rx.Var]]:
    return [
        ("g", t("nutrition.unit.g")),
        ("ml", t("nutrition.unit.ml")),
        ("serving", t("nutrition.unit.serving")),
        ("oz", t("nutrition.unit.oz")),
        ("fl_oz", t("nutrition.unit.fl_oz")),
    ]


def _entry_form() -> rx.Component:
    state = NutritionState
    return rx.form(
        rx.vstack(
            rx.hstack(
                rx.text(t("nutrition.chosen"), color_scheme="gray"),
                rx.text(in_language(state.chosen, "name"), weight="bold"),
                rx.button(
                    t("common.cancel"),
                    type="button",
                    variant="ghost",
                    on_click=NutritionState.unchoose,
                ),
                wrap="wrap",
                align="center",
            ),
            rx.cond(
                state.chosen["warning"] != "",
                rx.text(t("nutrition.warning_4_4_9"), size="2", color_scheme="orange"),
                rx.fragment(),
            ),
            rx.grid(
                _checked_field(
                    "entry",
                    "amount",
                    "nutrition.amount",
                    input_mode="decimal",
                    default_value=rx.cond(state.chosen["serving"] != "", "1", "100"),
                ),
                rx.vstack(
                    select_field(
                        t("nutrition.unit"),
                        "unit",
                        _unit_options(),
                        default_value=rx.cond(
                            state.chosen["serving"] != "",
                            "serving",
                            rx.cond(
                                state.imperial,
                                rx.cond(state.chosen["basis"] == "ml", "fl_oz", "oz"),
                                state.chosen["basis"],
                            ),
                        ),
                    ),
                    field_error("unit", state.error_fields["entry"], state.errors["entry"]),
                    width="100%",
                ),
                columns="2",
                gap="3",
                width="100%",
            ),
            rx.cond(
                state.recipe_open,
                submit_button(t("nutrition.add_to_recipe"), busy=False),
                rx.vstack(
                    select_field(
                        t("nutrition.meal"),
                        "slot",
                        [(slot, t(f"nutrition.slot.{slot}")) for slot in SLOTS],
                    ),
                    submit_button(t("nutrition.add"), busy=False),
                    spacing="3",
                    width="100%",
                ),
            ),
            _form_error("entry"),
            spacing="3",
            width="100%",
        ),
        on_submit=NutritionState.add_entry,
        key=state.form_keys["entry"].to_string() + state.chosen["id"],
        width="100%",
    )


def _barcode_form() -> rx.Component:
    state = NutritionState
    return rx.form(
        rx.hstack(
            rx.box(
                field(
                    t("nutrition.barcode"),
                    "scan_barcode",
                    input_mode="numeric",
                    auto_complete="off",
                    hint=t("nutrition.barcode_hint"),
                    **invalid_attrs("scan_barcode", state.error_fields["entry"]),
                ),
                field_error("scan_barcode", state.error_fields["entry"], state.errors["entry"]),
                flex="1",
            ),
            rx.button(
                t("nutrition.look_up"),
                type="submit",
                loading=state.looking_up,
                size="3",
                variant="soft",
                margin_top="1.6rem",
            ),
            rx.icon_button(
                rx.icon(rx.cond(state.scanning, "camera-off", "camera"), aria_hidden="true"),
                type="button",
                on_click=NutritionState.toggle_scanning,
                size="3",
                variant="soft",
                margin_top="1.6rem",
                aria_label=t("nutrition.scan"),
                aria_pressed=rx.cond(state.scanning, "true", "false"),
            ),
            align="start",
            width="100%",
        ),
        rx.cond(
            state.scanning,
            barcode_scanner(
                label=t("nutrition.scanner_label"),
                on_detected=NutritionState.detected,
                on_error=NutritionState.camera_failed,
            ),
            rx.fragment(),
        ),
        on_submit=NutritionState.look_up,
        width="100%",
    )


def _add_card() -> rx.Component:
    state = NutritionState
    return _card(
        "nutrition.add_food",
        success_callout(state.done["entry"]),
        rx.cond(
            state.chosen.length() > 0,
            _entry_form(),
            rx.vstack(
                _barcode_form(),
                rx.cond(
                    state.lookup_message != "",
                    rx.callout(
                        state.lookup_message,
                        icon="info",
                        role="status",
                        high_contrast=True,
                        width="100%",
                    ),
                    rx.fragment(),
                ),
                field(
                    t("nutrition.search"),
                    "query",
                    type="search",
                    hint=t("nutrition.search_hint"),
                    on_change=NutritionState.search.debounce(250),
                    auto_complete="off",
                ),
                rx.cond(
                    state.query.strip() != "",
                    rx.cond(
                        state.results.length() > 0,
                        _food_list(state.results, "nutrition.results"),
                        rx.text(t("nutrition.no_results"), color_scheme="gray"),
                    ),
                    rx.cond(
                        state.recent.length() > 0,
                        rx.vstack(
                            rx.heading(t("nutrition.recent"), size="3", as_="h3"),
                            _food_list(state.recent, "nutrition.recent"),
                            width="100%",
                        ),
                        rx.fragment(),
                    ),
                ),
                width="100%",
            ),
        ),
    )


def _entry_line(entry: rx.Var) -> rx.Component:
    return rx.el.li(
        rx.hstack(
            rx.vstack(
                rx.text(entry["name"], weight="medium"),
                rx.text(in_language(entry, "amount"), size="2", color_scheme="gray"),
                spacing="0",
            ),
            rx.hstack(
                rx.text(in_language(entry, "kcal")),
                rx.icon_button(
                    rx.icon("trash-2", aria_hidden="true"),
                    on_click=NutritionState.ask_delete(entry["id"]),
                    variant="ghost",
                    color_scheme="red",
                    aria_label=t("nutrition.delete_entry"),
                ),
                align="center",
            ),
            justify="between",
            width="100%",
        ),
        list_style="none",
    )


def _meal(slot: str) -> rx.Component:
    entries = NutritionState.meals.to(list[dict[str, str]])
    return rx.vstack(
        rx.hstack(
            rx.heading(t(f"nutrition.slot.{slot}"), size="3", as_="h3"),
            rx.button(
                t("nutrition.copy_yesterday"),
                on_click=NutritionState.copy_yesterday(slot),
                variant="ghost",
                size="1",
                aria_label=t(f"nutrition.copy_yesterday.{slot}"),
            ),
            justify="between",
            width="100%",
            align="center",
        ),
        rx.el.ul(
            rx.foreach(
                entries,
                lambda entry: rx.cond(entry["slot"] == slot, _entry_line(entry), rx.fragment()),
            ),
            aria_label=t(f"nutrition.slot.{slot}"),
            style={"padding": 0, "margin": 0, "width": "100%"},
        ),
        spacing="1",
        width="100%",
    )


def _copy_form() -> rx.Component:
    """Copy a meal or the whole day from an earlier date onto the day shown."""
    state = NutritionState
    return rx.el.details(
        rx.el.summary(
            rx.heading(t("nutrition.copy_form"), size="3", as_="h3", display="inline"),
            cursor="pointer",
        ),
        rx.form(
            rx.vstack(
                rx.grid(
                    _checked_field(
                        "copy",
                        "from_day",
                        "nutrition.copy_from",
                        type="date",
                        default_value=state.previous_day,
                        max=state.day,
                        required=True,
                    ),
                    select_field(
                        t("nutrition.copy_what"),
                        "copy_slot",
                        [
                            ("day", t("nutrition.copy_whole_day")),
                            *[(slot, t(f"nutrition.slot.{slot}")) for slot in SLOTS],
                        ],
                    ),
                    columns="2",
                    gap="3",
                    width="100%",
                ),
                submit_button(t("nutrition.copy"), busy=False),
                _form_error("copy"),
                success_callout(state.done["copy"]),
                spacing="3",
                width="100%",
                padding_top="0.75rem",
            ),
            on_submit=NutritionState.copy_from,
            key=state.day,
            width="100%",
        ),
        width="100%",
    )


def _meals_card() -> rx.Component:
    state = NutritionState
    return _card(
        "nutrition.meals",
        success_callout(state.done["day"]),
        error_callout(state.errors["day"]),
        rx.cond(
            state.meals.length() == 0,
            rx.text(t("nutrition.empty_day"), color_scheme="gray"),
            rx.fragment(),
        ),
        *[_meal(slot) for slot in SLOTS],
        _copy_form(),
        confirm_dialog(
            title=t("nutrition.delete_entry"),
            text=t("nutrition.delete_entry_text"),
            confirm=t("nutrition.delete"),
            on_confirm=NutritionState.delete_entry,
            on_cancel=NutritionState.keep_entry,
            open=state.delete_open,
            danger=True,
        ),
        confirm_dialog(
            title=t("nutrition.delete_food"),
            text=t("nutrition.delete_food_text"),
            confirm=t("nutrition.delete"),
            on_confirm=NutritionState.delete_food,
            on_cancel=NutritionState.keep_food,
            open=state.food_delete_open,
            danger=True,
        ),
    )


def _checked_field(form: str, name: str, label_key: str, **props) -> rx.Component:
    """A field of `form` with its error underneath while the error names it."""
    state = NutritionState
    return rx.vstack(
        field(t(label_key), name, **invalid_attrs(name, state.error_fields[form]), **props),
        field_error(name, state.error_fields[form], state.errors[form]),
        width="100%",
    )


def _form_error(form: str) -> rx.Component:
    """The error of `form` that belongs to no field."""
    state = NutritionState
    return rx.cond(state.error_fields[form] == "", error_callout(state.errors[form]), rx.fragment())


def _new_food_card() -> rx.Component:
    state = NutritionState
    numbers = [
        _checked_field("food", name, f"nutrition.field.{name}", input_mode="decimal")
        for name in NUTRIENTS
    ]
    return rx.card(
        rx.el.details(
            rx.el.summary(
                rx.heading(t("nutrition.new_food"), size="4", as_="h2", display="inline"),
                cursor="pointer",
                on_click=NutritionState.toggle_new_food.prevent_default,
            ),
            rx.vstack(
                success_callout(state.done["food"]),
                rx.cond(
                    state.food_warning,
                    rx.callout(
                        t("nutrition.warning_4_4_9"),
                        icon="triangle_alert",
                        color_scheme="orange",
                        role="status",
                        high_contrast=True,
                        width="100%",
                    ),
                    rx.fragment(),
                ),
                rx.form(
                    rx.vstack(
                        _checked_field("food", "name", "nutrition.field.name", limit=200),
                        _checked_field("food", "brand", "nutrition.field.brand"),
                        _checked_field(
                            "food",
                            "barcode",
                            "nutrition.field.barcode",
                            input_mode="numeric",
                            default_value=state.new_barcode,
                        ),
                        select_field(
                            t("nutrition.field.basis"),
                            "basis",
                            [("g", t("nutrition.per_100_g")), ("ml", t("nutrition.per_100_ml"))],
                        ),
                        rx.grid(*numbers, columns="2", gap="3", width="100%"),
                        rx.grid(
                            _checked_field("food", "serving_name", "nutrition.field.serving_name"),
                            _checked_field(
                                "food",
                                "serving_amount",
                                "nutrition.field.serving_amount",
                                input_mode="decimal",
                            ),
                            columns="2",
                            gap="3",
                            width="100%",
                        ),
                        submit_button(t("nutrition.save_food"), busy=False),
                        _form_error("food"),
                        spacing="3",
                        width="100%",
                    ),
                    on_submit=NutritionState.create_food,
                    key=state.form_keys["food"].to_string(),
                    width="100%",
                ),
                padding_top="1rem",
                spacing="3",
            ),
            open=state.new_food_open,
        ),
        width="100%",
    )


def _ingredient_line(row: rx.Var, index: rx.Var) -> rx.Component:
    return rx.el.li(
        rx.hstack(
            rx.vstack(
                rx.text(row["name"], weight="medium"),
                rx.text(in_language(row, "amount"), size="2", color_scheme="gray"),
                spacing="0",
            ),
            rx.hstack(
                rx.text(in_language(row, "kcal")),
                rx.icon_button(
                    rx.icon("x", aria_hidden="true"),
                    type="button",
                    on_click=NutritionState.remove_ingredient(index),
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


def _recipe_card() -> rx.Component:
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
                    rx.foreach(state.ingredients, _ingredient_line),
                    aria_label=t("nutrition.ingredients"),
                    style={"padding": 0, "margin": 0, "width": "100%"},
                ),
                rx.form(
                    rx.vstack(
                        _checked_field("recipe", "recipe_name", "nutrition.recipe_name", limit=200),
                        rx.grid(
                            _checked_field(
                                "recipe",
                                "yield_amount",
                                "nutrition.yield_amount",
                                input_mode="decimal",
                                hint=t("nutrition.yield_hint"),
                            ),
                            _checked_field(
                                "recipe", "servings", "nutrition.servings", input_mode="decimal"
                            ),
                            columns="2",
                            gap="3",
                            width="100%",
                        ),
                        submit_button(t("nutrition.save_recipe"), busy=False),
                        _form_error("recipe"),
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


def _targets_card() -> rx.Component:
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
                    submit_button(t("nutrition.save_targets"), busy=False),
                    success_callout(state.done["targets"]),
                    spacing="3",
                    width="100%",
                    padding_top="1rem",
                ),
                on_submit=NutritionState.save_targets,
                key=state.activity + state.protein_per_kg,
                width="100%",
            ),
        ),
        width="100%",
    )


@page(route=TODAY_PAGE, title_key="nav.nutrition", on_load=NutritionState.load, checks_session=True)
def today_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.nutrition"), size="7", as_="h1"),
        rx.link(t("nutrition.to_trends"), href=TRENDS_PAGE),
        _totals_card(),
        _add_card(),
        _meals_card(),
        _new_food_card(),
        _recipe_card(),
        _targets_card(),
        spacing="4",
        width="100%",
        max_width="40rem",
    )
