"""Admin → Training: one training type at a time (picked from the 29) with
its names, category, colour, icon, MET value, abilities matrix and rule-set
profile; the global workout-name mappings (rename, retarget, delete); and
the profiles' own mappings, each of which can be promoted to a global one.

A refused save names its field and keeps what was typed (the form is only
re-mounted after a save that worked). Every handler asks the server first
whether the caller is an admin.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import reflex as rx

from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import format_number, in_both
from mitai_app.core.i18n import translate
from mitai_app.core.text import Text
from mitai_app.training import admin as admin_service
from mitai_app.training import tasks
from mitai_app.training.consts import ABILITY_KEYS, ADMIN_TRAINING
from mitai_app.training.data import TRAINING_CATEGORIES
from mitai_app.training.pages.pickers import type_groups, type_options
from mitai_app.training.type_catalogue import list_types
from mitai_app.ui.admin import signed_in_admin
from mitai_app.ui.admin_nav import admin_page_body
from mitai_app.ui.forms import error_callout, field_error, invalid_attrs
from mitai_app.ui.layout import page
from mitai_app.ui.session import call_service, in_language, shown, t

WATCH_SECONDS = 1.0  # between looks at a running re-evaluation's progress
SELECT_CLASS = "rt-reset rt-SelectTrigger rt-r-size-2 rt-variant-surface"


@dataclass
class MappingRow:
    id: str
    name: str
    type_key: str


@dataclass
class UserMappingRow:
    id: str
    name: str
    type_key: str
    type_name: Text
    profiles: str
    is_global: bool


class AdminTrainingState(rx.State):
    choices: list[dict[str, str]] = []  # id, label ("Laufen / Running")
    selected: str = ""  # the type id being edited
    form: dict[str, str] = {}  # the selected type's fields as the form shows them
    forms_key: int = 0
    error: str = ""
    error_field: str = ""
    mappings: list[MappingRow] = []
    user_mappings: list[UserMappingRow] = []
    types: dict[str, list[dict[str, str]]] = {}  # pickers.type_groups
    mapping_error: str = ""
    mapping_error_id: str = ""
    reevaluating: bool = False  # the selected type's re-evaluation is not finished
    progress: dict[str, str] = {}  # "Re-evaluated 200 of 3,000 activities" in both languages
    _watching: str = ""  # the type whose re-evaluation a `watch` follows

    async def _reload(self, admin_id) -> None:
        kinds = await call_service(admin_service.list_types, admin_id=admin_id)
        self.choices = [
            {"id": str(k.id), "label": f"{k.name} / {k.name_en}" if k.name_en else k.name}
            for k in kinds
        ]
        if self.selected not in {c["id"] for c in self.choices}:
            self.selected = self.choices[0]["id"] if self.choices else ""
        chosen = next((k for k in kinds if str(k.id) == self.selected), None)
        self.form = (
            {}
            if chosen is None
            else {
                "key": chosen.key,
                "name": chosen.name,
                "name_en": chosen.name_en,
                "category": chosen.category,
                "color": chosen.color,
                "icon": chosen.icon,
                "met": chosen.met,
                "profile": chosen.profile,
                **{f"ability_{key}": str(chosen.abilities[key]) for key in ABILITY_KEYS},
            }
        )
        found = await call_service(admin_service.list_mappings, admin_id=admin_id)
        looks = await call_service(list_types)
        self.types = type_groups(looks)
        names = {kind.key: kind.name for kind in looks}
        self.mappings = [MappingRow(m.id, m.name, m.type_key) for m in found.global_mappings]
        self.user_mappings = [
            UserMappingRow(
                id=m.id,
                name=m.name,
                type_key=m.type_key,
                type_name=names[m.type_key],
                profiles=str(m.profiles),
                is_global=m.is_global,
            )
            for m in found.user_mappings
        ]
        self.forms_key += 1

    @rx.event
    async def load(self):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        self.error = self.error_field = self.mapping_error = self.mapping_error_id = ""
        await self._reload(me.user.id)
        return AdminTrainingState.watch

    @rx.event
    async def pick(self, type_id: str):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        self.selected = str(type_id)
        self.error = self.error_field = ""
        self.progress = {}
        await self._reload(me.user.id)
        return AdminTrainingState.watch

    @rx.event
    async def save_type(self, form: dict):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        try:
            saved = await call_service(
                admin_service.update_type,
                admin_id=me.user.id,
                type_id=self.selected,
                form={key: str(value) for key, value in form.items()},
            )
        except UserError as error:
            self.error, self.error_field = user_message(error, me.lang), error.field
            return None
        rules_changed = saved.profile != self.form.get("profile", "")
        self.error = self.error_field = ""
        await self._reload(me.user.id)
        saved_toast = rx.toast.success(translate("common.saved", me.lang))
        if not rules_changed:
            return saved_toast
        await self._reevaluate(me.user.id)
        return [saved_toast, AdminTrainingState.watch]

    def _show_progress(self, job) -> None:
        self.reevaluating = job is not None and job.status != admin_service.DONE
        self.progress = (
            {}
            if job is None
            else in_both(
                lambda lang: {
                    "text": translate(
                        "training.admin.reevaluated",
                        lang,
                        done=format_number(job.done, lang, decimals=0),
                        total=format_number(job.total, lang, decimals=0),
                    )
                }
            )
        )

    @rx.event(background=True)
    async def watch(self):
        """The selected type's re-evaluation (on the task queue) followed
        until it is finished or another type is picked; leaving the page
        stops only the watching."""
        async with self:
            if self._watching == self.selected:
                return None
            me, refusal = await signed_in_admin(self)
            if me is None:
                return refusal
            self._watching = type_id = self.selected
        try:
            while True:
                job = await call_service(
                    admin_service.reevaluation, admin_id=me.user.id, type_id=type_id
                )
                async with self:
                    if self.selected != type_id:
                        return None
                    self._show_progress(job)
                    if not self.reevaluating:
                        return None
                await asyncio.sleep(WATCH_SECONDS)
        finally:
            async with self:
                if self._watching == type_id:
                    self._watching = ""

    async def _reevaluate(self, admin_id) -> None:
        job = await call_service(
            admin_service.start_reevaluation, admin_id=admin_id, type_id=self.selected
        )
        await asyncio.to_thread(tasks.enqueue_reevaluation, job.id)
        self._show_progress(job)

    async def _mapping(self, mapping_id: str, service, **kwargs):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        try:
            await call_service(service, admin_id=me.user.id, mapping_id=mapping_id, **kwargs)
        except UserError as error:
            self.mapping_error, self.mapping_error_id = user_message(error, me.lang), mapping_id
            return None
        self.mapping_error = self.mapping_error_id = ""
        await self._reload(me.user.id)
        return rx.toast.success(translate("common.saved", me.lang))

    @rx.event
    async def save_mapping(self, form: dict):
        return await self._mapping(
            str(form.get("mapping_id", "")),
            admin_service.update_mapping,
            name=str(form.get("mapping_name", "")),
            type_key=str(form.get("mapping_type", "")),
        )

    @rx.event
    async def delete_mapping(self, mapping_id: str):
        return await self._mapping(str(mapping_id), admin_service.delete_mapping)

    @rx.event
    async def promote(self, mapping_id: str):
        return await self._mapping(str(mapping_id), admin_service.promote_mapping)


def _input(label_key: str, name: str, **props) -> rx.Component:
    """A labelled input of the type form, its value from the state, its
    message under it when the last save was refused there."""
    input_id = f"field-{name}"
    return rx.vstack(
        rx.el.label(t(label_key), html_for=input_id, style={"font_weight": "500"}),
        rx.input(
            id=input_id,
            name=name,
            default_value=AdminTrainingState.form[name],
            size="2",
            width="100%",
            custom_attrs=invalid_attrs(name, AdminTrainingState.error_field),
            **props,
        ),
        field_error(name, AdminTrainingState.error_field, AdminTrainingState.error),
        spacing="1",
        min_width="9rem",
        flex="1",
    )


def _picker() -> rx.Component:
    return rx.vstack(
        rx.el.label(t("training.admin.type"), html_for="field-type", style={"font_weight": "500"}),
        rx.el.select(
            rx.foreach(
                AdminTrainingState.choices,
                lambda c: rx.el.option(c["label"], value=c["id"]),
            ),
            id="field-type",
            name="type",
            value=AdminTrainingState.selected,
            on_change=AdminTrainingState.pick,
            class_name=SELECT_CLASS,
            style={"width": "100%"},
        ),
        spacing="1",
        width="100%",
    )


def _category() -> rx.Component:
    return rx.vstack(
        rx.el.label(
            t("training.admin.category"), html_for="field-category", style={"font_weight": "500"}
        ),
        rx.el.select(
            *[
                rx.el.option(t(f"training.category.{c.key}"), value=c.key)
                for c in TRAINING_CATEGORIES
            ],
            id="field-category",
            name="category",
            default_value=AdminTrainingState.form["category"],
            class_name=SELECT_CLASS,
            style={"width": "100%"},
        ),
        field_error("category", AdminTrainingState.error_field, AdminTrainingState.error),
        spacing="1",
        min_width="9rem",
        flex="1",
    )


def _abilities() -> rx.Component:
    return rx.el.fieldset(
        rx.el.legend(t("training.admin.abilities"), style={"font_weight": "500"}),
        rx.text(t("training.admin.abilities_hint"), size="2", color_scheme="gray"),
        rx.grid(
            *[
                _input(f"training.ability.{key}", f"ability_{key}", input_mode="numeric")
                for key in ABILITY_KEYS
            ],
            columns=rx.breakpoints(initial="2", sm="4"),
            gap="3",
            width="100%",
        ),
        style={"border": "none", "padding": 0, "margin": 0, "width": "100%"},
    )


def _profile() -> rx.Component:
    return rx.vstack(
        rx.el.label(
            t("training.admin.profile"), html_for="field-profile", style={"font_weight": "500"}
        ),
        rx.text_area(
            id="field-profile",
            name="profile",
            default_value=AdminTrainingState.form["profile"],
            rows="8",
            width="100%",
            font_family="monospace",
            custom_attrs=invalid_attrs("profile", AdminTrainingState.error_field),
        ),
        rx.text(t("training.admin.profile_hint"), size="2", color_scheme="gray"),
        field_error("profile", AdminTrainingState.error_field, AdminTrainingState.error),
        spacing="1",
        width="100%",
    )


def _type_form() -> rx.Component:
    return rx.card(
        rx.vstack(
            _picker(),
            rx.form(
                rx.vstack(
                    rx.flex(
                        _input("training.admin.name_de", "name", required=True),
                        _input("training.admin.name_en", "name_en"),
                        _category(),
                        _input("training.admin.color", "color", placeholder="#1e88e5"),
                        _input("training.admin.icon", "icon"),
                        _input("training.admin.met", "met", input_mode="decimal"),
                        gap="3",
                        wrap="wrap",
                        width="100%",
                    ),
                    _abilities(),
                    _profile(),
                    rx.button(t("common.save"), type="submit", size="3"),
                    rx.cond(
                        AdminTrainingState.progress.length() > 0,
                        rx.text(
                            in_language(AdminTrainingState.progress, "text"),
                            role="status",
                            size="2",
                        ),
                        rx.fragment(),
                    ),
                    spacing="4",
                    width="100%",
                ),
                on_submit=AdminTrainingState.save_type,
                key=AdminTrainingState.forms_key,
                width="100%",
            ),
            spacing="4",
            width="100%",
        ),
        width="100%",
    )


def _mapping_row(row: MappingRow) -> rx.Component:
    name_id = "field-mapping_name-" + row.id
    type_id = "field-mapping_type-" + row.id
    return rx.card(
        rx.form(
            rx.el.input(type="hidden", name="mapping_id", value=row.id),
            rx.flex(
                rx.vstack(
                    rx.el.label(t("training.admin.mapping_name"), html_for=name_id),
                    rx.input(
                        id=name_id,
                        name="mapping_name",
                        default_value=row.name,
                        size="2",
                        width="100%",
                    ),
                    spacing="1",
                    flex="1",
                    min_width="10rem",
                ),
                rx.vstack(
                    rx.el.label(t("training.type"), html_for=type_id),
                    rx.el.select(
                        *type_options(AdminTrainingState.types, uncategorised=False),
                        id=type_id,
                        name="mapping_type",
                        default_value=row.type_key,
                        class_name=SELECT_CLASS,
                        style={"width": "100%"},
                    ),
                    spacing="1",
                    flex="1",
                    min_width="10rem",
                ),
                rx.hstack(
                    rx.button(t("common.save"), type="submit", size="2", variant="soft"),
                    rx.button(
                        t("training.admin.delete"),
                        type="button",
                        size="2",
                        variant="soft",
                        color_scheme="red",
                        on_click=AdminTrainingState.delete_mapping(row.id),
                    ),
                    spacing="2",
                ),
                gap="3",
                wrap="wrap",
                align="end",
                width="100%",
            ),
            rx.cond(
                AdminTrainingState.mapping_error_id == row.id,
                rx.text(
                    AdminTrainingState.mapping_error, role="alert", color_scheme="red", size="2"
                ),
                rx.fragment(),
            ),
            on_submit=AdminTrainingState.save_mapping,
            width="100%",
        ),
        width="100%",
        key=row.id,
    )


def _user_mapping_row(row: UserMappingRow) -> rx.Component:
    return rx.flex(
        rx.vstack(
            rx.text(row.name, weight="medium", word_break="break-word"),
            rx.text(
                shown(row.type_name),
                " · ",
                t("training.admin.profiles"),
                " ",
                row.profiles,
                size="2",
                color_scheme="gray",
            ),
            spacing="0",
            flex="1",
        ),
        rx.cond(
            row.is_global,
            rx.badge(t("training.admin.is_global"), color_scheme="green", high_contrast=True),
            rx.button(
                t("training.admin.promote"),
                size="2",
                variant="soft",
                on_click=AdminTrainingState.promote(row.id),
            ),
        ),
        gap="3",
        align="center",
        padding_y="0.5rem",
        border_top=f"1px solid {rx.color('gray', 5)}",
        role="listitem",
        width="100%",
        key=row.id,
    )


def _mappings() -> rx.Component:
    return rx.vstack(
        rx.heading(t("training.admin.global_mappings"), size="5", as_="h2"),
        rx.cond(
            AdminTrainingState.mappings.length() > 0,
            rx.vstack(
                rx.foreach(AdminTrainingState.mappings, _mapping_row), spacing="2", width="100%"
            ),
            rx.text(t("training.admin.no_global"), color_scheme="gray"),
        ),
        rx.heading(t("training.admin.user_mappings"), size="5", as_="h2"),
        rx.text(t("training.admin.user_mappings_hint"), size="2", color_scheme="gray"),
        rx.cond(
            AdminTrainingState.user_mappings.length() > 0,
            rx.box(
                rx.foreach(AdminTrainingState.user_mappings, _user_mapping_row),
                role="list",
                width="100%",
            ),
            rx.text(t("training.admin.no_user"), color_scheme="gray"),
        ),
        spacing="3",
        width="100%",
    )


@page(
    route=ADMIN_TRAINING,
    title_key=("nav.admin", "nav.admin_training"),
    on_load=AdminTrainingState.load,
    access="admin",
)
def admin_training_page() -> rx.Component:
    return admin_page_body(
        ADMIN_TRAINING,
        "nav.admin_training",
        error_callout(rx.cond(AdminTrainingState.error_field == "", AdminTrainingState.error, "")),
        rx.heading(t("training.admin.types"), size="5", as_="h2"),
        _type_form(),
        _mappings(),
    )
