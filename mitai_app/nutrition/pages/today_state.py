"""The Today page's state: the day shown, its totals, targets and week,
the chosen food (the search, favourites and own foods: food_list.py), the
meals and their slots, and the forms' messages. The page's pieces (today_*.py) render it.

The inputs are uncontrolled: a refused entry keeps what the user typed; a
form is re-mounted (new `key`) only after it was saved.
"""

from __future__ import annotations

from datetime import date, timedelta

import reflex as rx

from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import as_typed, format_date, today_in
from mitai_app.core.i18n import translate
from mitai_app.nutrition import service, slots, words
from mitai_app.nutrition.consts import TARGET_KEYS
from mitai_app.nutrition.pages.fields import number, recipe_input
from mitai_app.nutrition.pages.food_list import FoodListState
from mitai_app.nutrition.slots import meal_slots
from mitai_app.nutrition.targets import set_targets
from mitai_app.ui.session import AuthState, call_service, signed_in, to_login

FORMS = ("entry", "food", "targets", "day", "copy", "recipe", "slots", "own_slot")


class NutritionState(FoodListState, rx.State):
    day: str = ""
    today: str = ""
    previous_day: str = ""  # the copy form's default
    day_title: dict[str, str] = {}  # "Today" or the date, in both languages
    summary: dict[str, str] = {}
    has_targets: bool = False
    meals: list[dict[str, str]] = []
    chosen: dict[str, str] = {}
    slots: list[dict[str, str]] = []  # words.slot_rows
    week: list[dict[str, str]] = []  # words.week_rows
    activity: str = "light"
    protein_per_kg: str = ""
    hand: dict[str, str] = {}  # the targets set by hand, as typed ("" = derived)
    imperial: bool = False

    errors: dict[str, str] = dict.fromkeys(FORMS, "")
    error_fields: dict[str, str] = dict.fromkeys(FORMS, "")
    done: dict[str, str] = dict.fromkeys(FORMS, "")
    form_keys: dict[str, int] = dict.fromkeys(FORMS, 0)
    looking_up: bool = False
    scanning: bool = False  # the camera is on
    lookup_message: str = ""
    recipe_open: bool = False  # the chosen food goes into the recipe instead of a meal
    ingredients: list[dict[str, str]] = []
    delete_open: bool = False
    _pending_delete: str = ""

    async def _foods_changed(self, me) -> None:
        await self._refresh(me)

    async def _food_created(self, me, saved: service.FoodRow):
        """The food just created is the one to add."""
        self.lookup_message = ""
        self.chosen = words.food_row(saved, me.user.unit_system)

    def _reset_messages(self, form: str) -> None:
        self.errors[form] = self.error_fields[form] = self.done[form] = ""

    async def _refresh(self, me) -> None:
        day = date.fromisoformat(self.day)
        self.previous_day = (day - timedelta(days=1)).isoformat()
        system = me.user.unit_system
        overview = await call_service(service.day_overview, profile_id=me.user.id, day=day)
        day_slots = await call_service(meal_slots, profile_id=me.user.id)
        self.summary = words.day_words(overview, system)
        self.slots = words.slot_rows(day_slots)
        self.week = words.week_rows(overview.week, overview.targets, system)
        self.day_title = words.day_title(day, date.fromisoformat(self.today))
        self.has_targets = overview.targets is not None
        self.meals = [words.entry_row(entry, system) for entry in overview.entries]
        await self._recent(me)
        settings = overview.settings
        self.activity = settings.activity
        self.protein_per_kg = as_typed(settings.protein_g_per_kg, me.lang)
        self.hand = {
            key: "" if key not in settings.hand else as_typed(settings.hand[key], me.lang)
            for key in TARGET_KEYS
        }
        self.imperial = system == "imperial"

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.day = self.today = today_in(me.user.timezone).isoformat()
        self.chosen, self.lookup_message = {}, ""
        self._reset_foods()
        for form in FORMS:
            self._reset_messages(form)
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
            self.food_form_key += 1
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
    def choose(self, food: dict[str, str]):
        """The food to add (from the results or the recent foods shown; the
        service checks again that the profile may see it)."""
        self.chosen = dict(food)
        self._reset_messages("entry")
        return rx.call_script("document.getElementById('field-amount')?.focus()")

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
            amount = number(form, "amount")
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
            recipe = recipe_input(form, self.ingredients)
        except UserError as error:
            return self._refused("recipe", error, lang)
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
        meal = next((row[f"name_{me.lang}"] for row in self.slots if row["key"] == slot), slot)
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
    async def save_targets(self, form: dict):
        try:
            per_kg = number(form, "protein_g_per_kg")
            hand = {key: number(form, f"target_{key}") for key in TARGET_KEYS}
        except UserError as error:
            return self._refused("targets", error, (await self.get_state(AuthState)).lang)
        me, result = await self._run(
            "targets",
            set_targets,
            activity=str(form.get("activity", "")),
            protein_g_per_kg=per_kg,
            hand=hand,
        )
        if me is None:
            return result
        self.done["targets"] = translate("nutrition.targets_saved", me.lang)
        self.form_keys["targets"] += 1
        await self._refresh(me)
        return None

    @rx.event
    async def add_slot(self, form: dict):
        self._reset_messages("own_slot")  # one message at a time in the section
        me, added = await self._run("slots", slots.add_slot, name=str(form.get("slot_name", "")))
        if me is None:
            return added
        self.done["slots"] = translate("nutrition.slot_added", me.lang, name=added.name)
        self.form_keys["slots"] += 1
        await self._refresh(me)
        return None

    async def _own_slot(self, call, key: str, **kwargs):
        """Renames or deletes one of the profile's slots: a refusal is said at
        that slot's own line (the add field below shares its field name)."""
        self._reset_messages("slots")  # one message at a time in the section
        me, result = await self._run("own_slot", call, key=key, **kwargs)
        if me is None and self.errors["own_slot"]:
            self.error_fields["own_slot"] = key
            return None, None
        return me, result

    @rx.event
    async def rename_slot(self, form: dict):
        me, renamed = await self._own_slot(
            slots.rename_slot,
            key=str(form.get("slot_key", "")),
            name=str(form.get("slot_name", "")),
        )
        if me is None:
            return renamed
        self.done["own_slot"] = translate("nutrition.slot_renamed", me.lang, name=renamed.name)
        self.form_keys["slots"] += 1
        await self._refresh(me)
        return None

    @rx.event
    async def delete_slot(self, key: str):
        me, result = await self._own_slot(slots.delete_slot, key=key)
        if me is None:
            return result
        self.done["own_slot"] = translate("nutrition.slot_deleted", me.lang)
        await self._refresh(me)
        return None
