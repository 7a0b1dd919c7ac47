"""The Rest days page: mark a day (past or planned) with a preset, this
week as a strip, and the rest days around today with delete and undo."""

from __future__ import annotations

from datetime import date

import reflex as rx

from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import in_both, today_in
from mitai_app.core.i18n import translate
from mitai_app.core.logs import NOTES_MAX
from mitai_app.recovery.consts import REST_DAYS, REST_PRESETS
from mitai_app.recovery.pages.parts import (
    delete_button,
    entry_form,
    listing,
    row_props,
    section,
)
from mitai_app.recovery.rest import (
    RestDayRow,
    add_rest_day,
    delete_rest_day,
    rest_overview,
    restore_rest_day,
)
from mitai_app.recovery.views import rest_words, weekday_words
from mitai_app.ui.dialogs import undo_toast
from mitai_app.ui.forms import (
    field,
    field_error,
    invalid_attrs,
    select_field,
)
from mitai_app.ui.layout import page
from mitai_app.ui.session import call_service, in_language, signed_in, t, to_login

_FIELDS = {"date", "preset", "notes"}


class RestDaysState(rx.State):
    today: str = ""
    week: list[dict[str, str]] = []
    days: list[dict[str, str]] = []
    loaded: bool = False
    error: str = ""
    error_field: str = ""
    done: str = ""
    form_key: int = 0
    _undo: RestDayRow | None = None

    async def _show(self, me) -> None:
        today = today_in(me.user.timezone)
        self.today = today.isoformat()
        overview = await call_service(rest_overview, profile_id=me.user.id, today=today)
        self.week = [
            {
                "today": "true" if day == today else "",
                **in_both(lambda lang, d=day, r=rows, s=sessions: weekday_words(d, r, s, lang)),
            }
            for day, rows, sessions in overview.week
        ]
        self.days = [
            {"id": row.id, **in_both(lambda lang, r=row: rest_words(r, lang))}
            for row in overview.days
        ]
        self.loaded = True

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.error = self.error_field = self.done = ""
        await self._show(me)
        return None

    @rx.event
    async def save(self, values: dict):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.error = self.error_field = self.done = ""
        try:
            try:
                day = date.fromisoformat(str(values.get("date", "")).strip())
            except ValueError as error:
                raise UserError("log.error.date_invalid", field="date") from error
            await call_service(
                add_rest_day,
                profile_id=me.user.id,
                day=day,
                preset=str(values.get("preset", "")),
                notes=str(values.get("notes", "")),
                today=today_in(me.user.timezone),
            )
        except FeatureRefused as refused:
            self.error = refusal_message(refused.decision, me.lang)
            return None
        except UserError as error:
            self.error = user_message(error, me.lang)
            self.error_field = error.field if error.field in _FIELDS else ""
            return None
        self.done = translate("recovery.rest.saved", me.lang)
        self.form_key += 1
        await self._show(me)
        return None

    @rx.event
    async def delete(self, entry_id: str):
        me = await signed_in(self)
        if me is None:
            return to_login()
        try:
            self._undo = await call_service(
                delete_rest_day, profile_id=me.user.id, entry_id=entry_id
            )
        except UserError as error:
            await self._show(me)
            return rx.toast.error(user_message(error, me.lang))
        await self._show(me)
        return undo_toast(translate("recovery.rest.deleted", me.lang), me.lang, RestDaysState.undo)

    @rx.event
    async def undo(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        row, self._undo = self._undo, None
        if row is None:
            return None
        try:
            await call_service(
                restore_rest_day, profile_id=me.user.id, row=row, today=today_in(me.user.timezone)
            )
        except UserError as error:
            return rx.toast.error(user_message(error, me.lang))
        await self._show(me)
        return rx.toast.success(translate("recovery.rest.restored", me.lang))


# --- the page -------------------------------------------------------------------------

S = RestDaysState


def _checked(name: str, component: rx.Component) -> rx.Component:
    return rx.vstack(
        component, field_error(name, S.error_field, S.error), spacing="1", width="100%"
    )


def _entry_form() -> rx.Component:
    return entry_form(
        "recovery.rest.new",
        _checked(
            "date",
            field(
                t("recovery.rest.date"),
                "date",
                type="date",
                default_value=S.today,
                required=True,
                custom_attrs=invalid_attrs("date", S.error_field),
            ),
        ),
        _checked(
            "preset",
            select_field(
                t("recovery.rest.preset"),
                "preset",
                [(p, t(f"recovery.rest.preset.{p}")) for p in REST_PRESETS],
                custom_attrs=invalid_attrs("preset", S.error_field),
            ),
        ),
        _checked(
            "notes",
            field(
                t("recovery.rest.notes"),
                "notes",
                limit=NOTES_MAX,
                custom_attrs=invalid_attrs("notes", S.error_field),
            ),
        ),
        state=S,
        submit_key="recovery.rest.save",
        on_submit=S.save,
    )


def _weekday(cell: rx.Var) -> rx.Component:
    return rx.box(
        rx.text(in_language(cell, "weekday"), size="1", weight="medium"),
        rx.text(in_language(cell, "day"), size="3", weight="bold"),
        rx.text(in_language(cell, "rest"), size="1", word_break="break-word"),
        rx.cond(
            in_language(cell, "training") != "",
            rx.text(
                in_language(cell, "training"),
                size="1",
                word_break="break-word",
                color=rx.color("accent", 11),
            ),
            rx.fragment(),
        ),
        padding="0.25rem",
        border_radius="6px",
        border=rx.cond(
            cell["today"] != "",
            f"2px solid {rx.color('accent', 9)}",
            f"1px solid {rx.color('gray', 6)}",
        ),
        min_width="0",
        role="listitem",
        text_align="center",
    )


def _week() -> rx.Component:
    return section(
        "recovery.rest.week",
        rx.grid(
            rx.foreach(S.week, _weekday),
            columns="7",
            gap="1",
            width="100%",
            role="list",
            id="week-strip",
        ),
    )


def _day(row: rx.Var) -> rx.Component:
    return rx.flex(
        rx.text(in_language(row, "date"), weight="medium"),
        rx.text(in_language(row, "preset"), flex="1"),
        delete_button("recovery.rest.delete", S.delete(row["id"])),
        align="center",
        gap="2",
        **row_props(),
    )


def _list() -> rx.Component:
    return section(
        "recovery.rest.list",
        listing(S.days, _day, loaded=S.loaded, empty_key="recovery.rest.empty", id="rest-list"),
    )


@page(route=REST_DAYS, title_key="nav.rest_days", on_load=S.load, checks_session=True)
def rest_days_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.rest_days"), size="7", as_="h1"),
        _week(),
        _entry_form(),
        _list(),
        spacing="4",
        width="100%",
        max_width="56rem",
    )
