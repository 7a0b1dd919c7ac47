"""Recovery's Capture card: the quick blood-pressure entry (date and time
start at the user's now; systolic, diastolic and pulse side by side; the
context; the irregular-heartbeat and AFib flags).

The inputs are uncontrolled: a refused entry keeps what the user typed; the
form is re-mounted (new `key`) only after it was saved. A second reading at
the same minute is held on the server while a dialog asks whether to
replace it.
"""

from __future__ import annotations

from functools import partial

import reflex as rx

from mitai_app.core import logs
from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import today_in
from mitai_app.core.i18n import translate
from mitai_app.core.logs import NOTES_MAX
from mitai_app.recovery import service
from mitai_app.recovery.consts import BP_CONTEXTS
from mitai_app.recovery.logs import BLOOD_PRESSURE, bp_text
from mitai_app.ui.capture_card import capture_card, capture_form, saved_and_refused
from mitai_app.ui.dialogs import confirm_dialog
from mitai_app.ui.forms import field, field_error, invalid_attrs, select_field, submit_button
from mitai_app.ui.log_list import field_label
from mitai_app.ui.session import call_service, signed_in, t, to_login

PREFIX = "bp_"  # the date, time and notes fields' prefix (ids on Capture are unique)
_NAMES = {item.name for item in BLOOD_PRESSURE.fields} | {c.name for c in BLOOD_PRESSURE.choices}


def _field_of(error: UserError) -> str:
    if error.field in ("date", "time", "notes"):
        return f"{PREFIX}{error.field}"
    return error.field if error.field in _NAMES else ""


class BloodPressureCaptureState(rx.State):
    today: str = ""
    now: str = ""  # HH:MM, the user's wall clock when the card loaded
    error: str = ""
    error_field: str = ""
    done: str = ""
    form_key: int = 0
    replace_open: bool = False
    _pending: dict = {}

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        now = await call_service(service.capture_today, profile_id=me.user.id)
        self.today, self.now = now.date().isoformat(), now.strftime("%H:%M")
        self.error = self.error_field = self.done = ""
        self.replace_open, self._pending = False, {}
        self.form_key += 1
        return None

    async def _save(self, form: dict, replace: bool = False):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.error = self.error_field = self.done = ""
        try:
            entry = logs.parse(BLOOD_PRESSURE, form, me.user.unit_system, PREFIX)
            row = await call_service(
                partial(logs.add, BLOOD_PRESSURE),
                profile_id=me.user.id,
                entry=entry,
                replace=replace,
                today=today_in(me.user.timezone),
            )
        except FeatureRefused as refused:
            self.error = refusal_message(refused.decision, me.lang)
            return None
        except UserError as error:
            if error.code == "record.error.time_exists" and not replace:
                self._pending, self.replace_open = dict(form), True
                return None
            self.error, self.error_field = user_message(error, me.lang), _field_of(error)
            return rx.call_script(f"document.getElementById('field-{self.error_field}')?.focus()")
        self.done = translate("recovery.bp.saved", me.lang, text=bp_text(row, me.lang))
        self.form_key += 1
        return None

    @rx.event
    async def save(self, form: dict):
        return await self._save(form)

    @rx.event
    async def replace(self):
        self.replace_open = False
        form, self._pending = dict(self._pending), {}
        return await self._save(form, replace=True) if form else None

    @rx.event
    def keep(self):
        self.replace_open, self._pending = False, {}


# --- the card -------------------------------------------------------------------------

S = BloodPressureCaptureState


def _checked(name: str, component: rx.Component) -> rx.Component:
    return rx.vstack(
        component, field_error(name, S.error_field, S.error), spacing="1", width="100%"
    )


def _number(item) -> rx.Component:
    return _checked(
        item.name,
        field(
            field_label(item),
            item.name,
            input_mode="numeric",
            required=bool(item.required),
            custom_attrs=invalid_attrs(item.name, S.error_field),
        ),
    )


def _flag(name: str) -> rx.Component:
    """A checkbox sending "yes"; the hidden "no" before it is sent when unticked
    (the last value of a name wins, here and in the offline queue)."""
    input_id = f"field-{name}"
    return rx.flex(
        rx.el.input(type="hidden", name=name, value="no"),
        rx.el.input(
            type="checkbox", id=input_id, name=name, value="yes", width="20px", height="20px"
        ),
        rx.el.label(t(f"recovery.bp.{name}"), html_for=input_id),
        gap="2",
        align="center",
    )


def _when() -> list[rx.Component]:
    return [
        _checked(
            f"{PREFIX}date",
            field(
                t("recovery.bp.date"),
                f"{PREFIX}date",
                type="date",
                default_value=S.today,
                max=S.today,
                required=True,
                custom_attrs=invalid_attrs(f"{PREFIX}date", S.error_field),
            ),
        ),
        _checked(
            f"{PREFIX}time",
            field(
                t("recovery.bp.time"),
                f"{PREFIX}time",
                type="time",
                default_value=S.now,
                required=True,
                custom_attrs=invalid_attrs(f"{PREFIX}time", S.error_field),
            ),
        ),
    ]


def _form() -> rx.Component:
    return capture_card(
        "recovery.bp.title",
        capture_form(
            BLOOD_PRESSURE,
            rx.vstack(
                rx.grid(
                    *[_number(item) for item in BLOOD_PRESSURE.fields],
                    columns="3",
                    gap="2",
                    width="100%",
                ),
                select_field(
                    t("recovery.bp.context"),
                    "context",
                    [(c, t(f"recovery.bp.context.{c}")) for c in BP_CONTEXTS],
                ),
                _flag("irregular"),
                _flag("afib"),
                rx.grid(*_when(), columns="2", gap="2", width="100%"),
                _checked(
                    f"{PREFIX}notes",
                    field(
                        t("recovery.bp.notes"),
                        f"{PREFIX}notes",
                        limit=NOTES_MAX,
                        custom_attrs=invalid_attrs(f"{PREFIX}notes", S.error_field),
                    ),
                ),
                saved_and_refused(S.done, S.error_field, S.error),
                submit_button(t("recovery.bp.save"), False),
                spacing="4",
                width="100%",
            ),
            prefix=PREFIX,
            key=S.form_key,
            on_submit=S.save,
            width="100%",
        ),
    )


def recovery_capture_card() -> rx.Component:
    """Named in the recovery manifest (`capture=`); loads itself when shown."""
    return rx.fragment(
        _form(),
        confirm_dialog(
            title=t("recovery.bp.replace_title"),
            text=t("recovery.bp.replace_text"),
            confirm=t("recovery.bp.replace"),
            on_confirm=S.replace,
            open=S.replace_open,
            on_cancel=S.keep,
        ),
        rx.el.div(hidden=True, on_mount=S.load),
    )
