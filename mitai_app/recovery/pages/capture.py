"""Recovery's Capture card: the quick blood-pressure entry (date and time
start at the user's now; systolic, diastolic and pulse side by side; the
context; the irregular-heartbeat and AFib flags), then the morning vitals,
folded.

The inputs are uncontrolled: a refused entry keeps what the user typed; a
form is re-mounted (new `key`) only after it was saved. A second reading at
the same minute (a second vitals entry on the same day) is held on the
server while a dialog asks whether to replace it.
"""

from __future__ import annotations

from functools import partial

import reflex as rx

from mitai_app.core import logs
from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import today_in
from mitai_app.core.i18n import translate
from mitai_app.core.logs import NOTES_MAX, LogField, LogRow, LogSpec
from mitai_app.recovery import service
from mitai_app.recovery.consts import BP_CONTEXTS, HRV_MEASURES
from mitai_app.recovery.logs import BLOOD_PRESSURE, VITALS, bp_text
from mitai_app.recovery.pages.parts import reading_replace_dialog
from mitai_app.ui.capture_card import capture_card, capture_form, saved_and_refused
from mitai_app.ui.forms import field, field_error, invalid_attrs, select_field, submit_button
from mitai_app.ui.log_list import field_label
from mitai_app.ui.replace import ReplaceQuestion
from mitai_app.ui.session import call_service, signed_in, t, to_login

# Each form's log and the prefix of its date, time and notes fields (ids on Capture are unique).
_FORMS: dict[str, tuple[LogSpec, str]] = {
    "bp": (BLOOD_PRESSURE, "bp_"),
    "vitals": (VITALS, "vitals_"),
}


def _field_of(form: str, error: UserError) -> str:
    spec, prefix = _FORMS[form]
    if error.field in ("date", "time", "notes"):
        return f"{prefix}{error.field}"
    names = {item.name for item in spec.fields} | {c.name for c in spec.choices}
    return error.field if error.field in names else ""


def _done(form: str, row: LogRow, lang: str) -> str:
    if form == "bp":
        return translate("recovery.bp.saved", lang, text=bp_text(row, lang))
    return translate("recovery.vitals.saved", lang)


class RecoveryCaptureState(ReplaceQuestion, rx.State):
    today: str = ""
    now: str = ""  # HH:MM, the user's wall clock when the card loaded
    errors: dict[str, str] = dict.fromkeys(_FORMS, "")
    error_fields: dict[str, str] = dict.fromkeys(_FORMS, "")
    done: dict[str, str] = dict.fromkeys(_FORMS, "")
    form_keys: dict[str, int] = dict.fromkeys(_FORMS, 0)

    def _reset(self, form: str) -> None:
        self.errors[form] = self.error_fields[form] = self.done[form] = ""

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        now = await call_service(service.capture_today, profile_id=me.user.id)
        self.today, self.now = now.date().isoformat(), now.strftime("%H:%M")
        for form in _FORMS:
            self._reset(form)
            self.form_keys[form] += 1
        self._forget_replace()
        return None

    async def _save(self, form: str, values: dict, replace: bool = False):
        me = await signed_in(self)
        if me is None:
            return to_login()
        spec, prefix = _FORMS[form]
        self._reset(form)
        try:
            entry = logs.parse(spec, values, me.user.unit_system, prefix)
            row = await call_service(
                partial(logs.add, spec),
                profile_id=me.user.id,
                entry=entry,
                replace=replace,
                today=today_in(me.user.timezone),
            )
        except FeatureRefused as refused:
            self.errors[form] = refusal_message(refused.decision, me.lang)
            return None
        except UserError as error:
            if self._ask_replace(error, form, values, replace=replace):
                return None
            self.errors[form] = user_message(error, me.lang)
            self.error_fields[form] = _field_of(form, error)
            return rx.call_script(
                f"document.getElementById('field-{self.error_fields[form]}')?.focus()"
            )
        self.done[form] = _done(form, row, me.lang)
        self.form_keys[form] += 1
        return None

    @rx.event
    async def save_bp(self, values: dict):
        return await self._save("bp", values)

    @rx.event
    async def save_vitals(self, values: dict):
        return await self._save("vitals", values)

    async def _resend(self, form: str, values: dict):
        return await self._save(form, values, replace=True)


# --- the card -------------------------------------------------------------------------

S = RecoveryCaptureState


def _checked(form: str, name: str, component: rx.Component) -> rx.Component:
    return rx.vstack(
        component,
        field_error(name, S.error_fields[form], S.errors[form]),
        spacing="1",
        width="100%",
    )


def _input(form: str, label, name: str, **props) -> rx.Component:
    return _checked(
        form,
        name,
        field(label, name, custom_attrs=invalid_attrs(name, S.error_fields[form]), **props),
    )


def _number(form: str, item: LogField) -> rx.Component:
    mode = "decimal" if item.decimals else "numeric"
    return _input(form, field_label(item), item.name, input_mode=mode, required=bool(item.required))


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


def _day(form: str, label_key: str) -> rx.Component:
    name = f"{_FORMS[form][1]}date"
    return _input(
        form, t(label_key), name, type="date", default_value=S.today, max=S.today, required=True
    )


def _form(form: str, *children: rx.Component, submit_key: str, on_submit) -> rx.Component:
    spec, prefix = _FORMS[form]
    return capture_form(
        spec,
        rx.vstack(
            *children,
            saved_and_refused(S.done[form], S.error_fields[form], S.errors[form]),
            submit_button(t(submit_key), False),
            spacing="4",
            width="100%",
        ),
        prefix=prefix,
        key=S.form_keys[form],
        on_submit=on_submit,
        width="100%",
    )


def _bp_form() -> rx.Component:
    return capture_card(
        "recovery.bp.title",
        _form(
            "bp",
            rx.grid(
                *[_number("bp", item) for item in BLOOD_PRESSURE.fields],
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
            rx.grid(
                _day("bp", "recovery.bp.date"),
                _input(
                    "bp",
                    t("recovery.bp.time"),
                    "bp_time",
                    type="time",
                    default_value=S.now,
                    required=True,
                ),
                columns="2",
                gap="2",
                width="100%",
            ),
            _input("bp", t("recovery.bp.notes"), "bp_notes", limit=NOTES_MAX),
            submit_key="recovery.bp.save",
            on_submit=S.save_bp,
        ),
    )


def _vitals_form() -> rx.Component:
    return capture_card(
        "recovery.vitals.title",
        _form(
            "vitals",
            rx.grid(
                *[_number("vitals", item) for item in VITALS.fields],
                columns="2",
                gap="2",
                width="100%",
            ),
            select_field(
                t("recovery.vitals.hrv_measure"),
                "hrv_measure",
                [(m, t(f"recovery.vitals.hrv_measure.{m}")) for m in HRV_MEASURES],
            ),
            _day("vitals", "recovery.vitals.date"),
            submit_key="recovery.vitals.save",
            on_submit=S.save_vitals,
        ),
        collapsed=True,
    )


def recovery_capture_card() -> rx.Component:
    """Named in the recovery manifest (`capture=`); loads itself when shown."""
    return rx.fragment(
        _bp_form(),
        _vitals_form(),
        reading_replace_dialog(S),
        rx.el.div(hidden=True, on_mount=S.load),
    )
