"""Categorise: the imported workout names the app does not know yet,
grouped by name with their counts, one type picker each and one save. A
choice is learned as the profile's own mapping and applied to every workout
of that name, including later imports."""

from __future__ import annotations

import reflex as rx

from mitai_app.core.errors import UserError, user_message
from mitai_app.core.i18n import translate
from mitai_app.core.text import LANGUAGES
from mitai_app.training import learning
from mitai_app.training.consts import CATEGORISE, TRAINING, UNCATEGORISED
from mitai_app.training.pages.pickers import type_groups, type_options
from mitai_app.training.type_catalogue import list_types
from mitai_app.ui.forms import error_callout, submit_button, success_callout
from mitai_app.ui.layout import page
from mitai_app.ui.session import AuthState, call_service, signed_in, t, to_login


class CategoriseState(rx.State):
    loaded: bool = False
    busy: bool = False
    names: list[dict[str, str]] = []  # name, count; the picker of row n is "pick-n"
    types: dict[str, list[dict[str, str]]] = {}  # pickers.type_groups
    _keys: list[str] = []  # normalised name of row n, kept on the server
    saved: dict[str, str] = dict.fromkeys(LANGUAGES, "")
    error: dict[str, str] = dict.fromkeys(LANGUAGES, "")

    async def _show(self, profile_id) -> None:
        found = await call_service(learning.pending_names, profile_id=profile_id)
        self.types = type_groups(await call_service(list_types))
        self.names = [{"name": n.name, "count": f"{n.count}×"} for n in found]
        self._keys = [n.key for n in found]
        self.loaded = True

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.saved = dict.fromkeys(LANGUAGES, "")
        self.error = dict.fromkeys(LANGUAGES, "")
        await self._show(me.user.id)
        return None

    @rx.event
    async def save(self, form: dict):
        me = await signed_in(self)
        if me is None:
            yield to_login()
            return
        choices = {
            key: str(form.get(f"pick-{n}") or "")
            for n, key in enumerate(self._keys)
            if form.get(f"pick-{n}")
        }
        self.busy = True
        self.saved = dict.fromkeys(LANGUAGES, "")
        self.error = dict.fromkeys(LANGUAGES, "")
        yield
        try:
            done = await call_service(learning.learn_names, profile_id=me.user.id, choices=choices)
        except UserError as error:
            self.error = {lang: user_message(error, lang) for lang in LANGUAGES}
        else:
            self.saved = {
                lang: translate("training.categorise.saved", lang, count=done) for lang in LANGUAGES
            }
            await self._show(me.user.id)
        self.busy = False


def _shown(texts: rx.Var) -> rx.Var:
    return rx.cond(AuthState.lang == "de", texts["de"], texts["en"])


def _row(row: rx.Var, n: rx.Var) -> rx.Component:
    """One name with its count, and its type picker."""
    pick = "pick-" + n.to_string()
    return rx.grid(
        rx.el.label(
            rx.text(row["name"], weight="medium", word_break="break-word"),
            rx.text(row["count"], size="2", color_scheme="gray"),
            html_for=pick,
        ),
        rx.el.select(
            *type_options(CategoriseState.types, uncategorised=True),
            id=pick,
            name=pick,
            default_value=UNCATEGORISED,
            class_name="rt-reset rt-SelectTrigger rt-r-size-2 rt-variant-surface",
            style={"width": "100%"},
        ),
        columns="minmax(0, 1fr) minmax(0, 1fr)",
        gap="2",
        align="center",
        padding_y="0.25rem",
        border_top=f"1px solid {rx.color('gray', 5)}",
        role="listitem",
        key=row["name"],  # a new picker for each name after a save
    )


@page(
    route=CATEGORISE,
    title_key=("nav.training", "training.categorise"),
    on_load=CategoriseState.load,
    checks_session=True,
)
def categorise_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("training.categorise"), size="7", as_="h1"),
        rx.link(t("nav.training"), href=TRAINING),
        success_callout(_shown(CategoriseState.saved)),
        error_callout(_shown(CategoriseState.error)),
        rx.cond(
            CategoriseState.names.length() > 0,
            rx.form(
                rx.vstack(
                    rx.text(t("training.categorise.intro"), size="2", color_scheme="gray"),
                    rx.box(rx.foreach(CategoriseState.names, _row), role="list", width="100%"),
                    rx.box(
                        submit_button(t("training.categorise.save"), CategoriseState.busy),
                        position="sticky",
                        bottom="0",
                        padding_y="0.5rem",
                        background=rx.color("gray", 1),
                        width="100%",
                    ),
                    spacing="3",
                    width="100%",
                ),
                on_submit=CategoriseState.save,
                width="100%",
            ),
            rx.cond(
                CategoriseState.loaded,
                rx.card(rx.text(t("training.categorise.empty")), width="100%"),
                rx.fragment(),
            ),
        ),
        spacing="4",
        width="100%",
        max_width="40rem",
    )
