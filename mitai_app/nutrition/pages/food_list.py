"""What Today and Foods share about foods: the search with the favourite and
recent foods under it, the star marking a favourite, a food of one's own
(created in a form; deleted after a confirmation, with undo), as a state
mixin and the components showing it.

A page's state mixes in FoodListState and provides `_run(form, call,
**kwargs)` and `_refused(form, error, lang)` (its forms' errors),
`_foods_changed(me)` (re-read what shows foods after a change) and
`_food_created(me, saved)`. The food waiting for undo stays on the server (a
backend-only var), so the browser cannot restore something else.
"""

from __future__ import annotations

import reflex as rx

from mitai_app.core.errors import UserError, user_message
from mitai_app.core.i18n import translate
from mitai_app.nutrition import service, words
from mitai_app.nutrition.pages.fields import food_fields, food_input, form_error
from mitai_app.ui.dialogs import confirm_dialog, undo_toast
from mitai_app.ui.forms import field, submit_button, success_callout
from mitai_app.ui.session import AuthState, call_service, in_language, signed_in, t, to_login


class FoodListState(rx.State, mixin=True):
    query: str = ""
    results: list[dict[str, str]] = []
    recent: list[dict[str, str]] = []  # favourites, then recently logged
    food_delete_open: bool = False
    _pending_food: str = ""
    _deleted_food: service.DeletedFood | None = None
    new_food_open: bool = False
    new_barcode: str = ""  # filled into "create a food" after an unknown barcode
    food_saved: str = ""
    food_warning: bool = False  # the food just saved breaks the 4/4/9 rule
    food_form_key: int = 0  # a new key mounts an empty form after a save

    def _reset_foods(self) -> None:
        self.query, self.results = "", []
        self.new_food_open, self.new_barcode, self.food_saved = False, "", ""
        self.food_warning = False

    async def _recent(self, me) -> None:
        found = await call_service(service.recent_foods, profile_id=me.user.id)
        self.recent = [words.food_row(food, me.user.unit_system) for food in found]

    async def _find(self, me) -> None:
        """The results for the query typed (none for an empty one)."""
        found = []
        if self.query.strip():
            found = await call_service(
                service.search_foods, profile_id=me.user.id, query=self.query
            )
        self.results = [words.food_row(food, me.user.unit_system) for food in found]

    @rx.event
    async def search(self, query: str):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.query = query[:100]
        await self._find(me)
        return None

    @rx.event
    async def toggle_favourite(self, food_id: str):
        me = await signed_in(self)
        if me is None:
            return to_login()
        try:
            await call_service(service.toggle_favourite, profile_id=me.user.id, food_id=food_id)
        except UserError as error:
            return rx.toast.error(user_message(error, me.lang))
        await self._foods_changed(me)
        await self._find(me)
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
        me = await signed_in(self)
        if me is None:
            return to_login()
        try:
            deleted = await call_service(
                service.delete_food, profile_id=me.user.id, food_id=food_id
            )
        except UserError as error:
            return rx.toast.error(user_message(error, me.lang))
        self._deleted_food = deleted
        await self._foods_changed(me)
        await self._find(me)
        return undo_toast(
            translate("nutrition.food_deleted", me.lang), me.lang, type(self).undo_delete_food
        )

    @rx.event
    async def undo_delete_food(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        deleted, self._deleted_food = self._deleted_food, None
        if deleted is None:
            return None
        try:
            food = await call_service(service.restore_food, profile_id=me.user.id, deleted=deleted)
        except UserError as error:
            return rx.toast.error(user_message(error, me.lang))
        await self._foods_changed(me)
        await self._find(me)
        return rx.toast.success(translate("nutrition.food_restored", me.lang, name=food.name_en))

    @rx.event
    def toggle_new_food(self):
        self.new_food_open = not self.new_food_open

    @rx.event
    async def create_food(self, form: dict):
        self.food_saved = ""
        try:
            food = food_input(form)
        except UserError as error:
            return self._refused("food", error, (await self.get_state(AuthState)).lang)
        me, saved = await self._run("food", service.create_food, food=food)
        if me is None:
            return saved
        self.food_warning = saved.warning
        self.new_barcode = ""
        self.food_saved = translate("nutrition.food_saved", me.lang, name=saved.name_en)
        self.food_form_key += 1
        return await self._food_created(me, saved)


def _food_item(state, food: rx.Var, choosable) -> rx.Component:
    favourite = food["favourite"] != ""
    return rx.el.li(
        rx.hstack(
            _choose_button(state, food)
            if choosable is None
            else rx.cond(choosable(food), _choose_button(state, food), _food_text(food, flex="1")),
            rx.icon_button(
                rx.icon(
                    "star", aria_hidden="true", fill=rx.cond(favourite, "currentColor", "none")
                ),
                on_click=state.toggle_favourite(food["id"]),
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
                    on_click=state.ask_delete_food(food["id"]),
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


def _food_text(food: rx.Var, **props) -> rx.Component:
    return rx.vstack(
        rx.text(in_language(food, "name"), weight="medium", text_align="left"),
        rx.text(in_language(food, "detail"), size="1", text_align="left"),
        rx.cond(
            food["warning"] != "",
            rx.text(t("nutrition.warning_4_4_9"), size="1", color_scheme="orange"),
            rx.fragment(),
        ),
        spacing="0",
        align="start",
        **props,
    )


def _choose_button(state, food: rx.Var) -> rx.Component:
    return rx.button(
        _food_text(food),
        on_click=state.choose(food),
        variant="ghost",
        height="auto",
        padding_y="0.5rem",
        flex="1",
        justify="start",
        color_scheme="gray",
        high_contrast=True,
    )


def _food_list(state, items: rx.Var, label_key: str, choosable) -> rx.Component:
    return rx.el.ul(
        rx.foreach(items, lambda food: _food_item(state, food, choosable)),
        aria_label=t(label_key),
        style={"padding": 0, "margin": 0, "width": "100%"},
    )


def food_search(state, choosable=None) -> rx.Component:
    """The search field, and under it the results, or the favourite and
    recent foods while nothing is typed. A food is a button calling
    `state.choose(food)` (only where `choosable(food)` holds, if given)."""
    return rx.vstack(
        field(
            t("nutrition.search"),
            "query",
            type="search",
            hint=t("nutrition.search_hint"),
            on_change=state.search.debounce(250),
            auto_complete="off",
        ),
        rx.cond(
            state.query.strip() != "",
            rx.cond(
                state.results.length() > 0,
                _food_list(state, state.results, "nutrition.results", choosable),
                rx.text(t("nutrition.no_results"), color_scheme="gray"),
            ),
            rx.cond(
                state.recent.length() > 0,
                rx.vstack(
                    rx.heading(t("nutrition.recent"), size="3", as_="h3"),
                    _food_list(state, state.recent, "nutrition.recent", choosable),
                    width="100%",
                ),
                rx.fragment(),
            ),
        ),
        width="100%",
    )


def food_delete_dialog(state) -> rx.Component:
    return confirm_dialog(
        title=t("nutrition.delete_food"),
        text=t("nutrition.delete_food_text"),
        confirm=t("nutrition.delete"),
        on_confirm=state.delete_food,
        on_cancel=state.keep_food,
        open=state.food_delete_open,
        danger=True,
    )


def new_food_card(state) -> rx.Component:
    """A food of one's own, in a form folded away until opened."""
    return rx.card(
        rx.el.details(
            rx.el.summary(
                rx.heading(t("nutrition.new_food"), size="4", as_="h2", display="inline"),
                cursor="pointer",
                on_click=state.toggle_new_food.prevent_default,
            ),
            rx.vstack(
                success_callout(state.food_saved),
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
                        *food_fields(state, "food", barcode=state.new_barcode),
                        submit_button(t("nutrition.save_food"), busy=False),
                        form_error(state, "food"),
                        spacing="3",
                        width="100%",
                    ),
                    on_submit=state.create_food,
                    key=state.food_form_key.to_string(),
                    width="100%",
                ),
                padding_top="1rem",
                spacing="3",
            ),
            open=state.new_food_open,
        ),
        width="100%",
    )
