"""The nutrition Capture card: a glass of water in one tap, the way to the
Nutrition page (meals from search and recent foods), and, folded, the day's
totals for a user who only knows those (the generic log, nutrition.logs).

The totals form's inputs are uncontrolled: a refused entry keeps what was
typed; the form is re-mounted (new `key`) only after it was saved.
"""

from __future__ import annotations

import reflex as rx

from mitai_app.core import logs
from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import today_in
from mitai_app.core.i18n import translate
from mitai_app.core.logs import NOTES_MAX
from mitai_app.nutrition import service
from mitai_app.nutrition.consts import TODAY_PAGE
from mitai_app.nutrition.logs import TOTALS
from mitai_app.nutrition.pages.fields import water_button
from mitai_app.ui.capture_card import capture_card, capture_form, saved_and_refused
from mitai_app.ui.forms import (
    error_callout,
    field,
    field_error,
    invalid_attrs,
    submit_button,
    success_callout,
)
from mitai_app.ui.log_list import field_label
from mitai_app.ui.session import call_service, signed_in, t, to_login

PREFIX = "nutrition_"  # the totals form's date and notes (ids apart from the other cards')


class NutritionCaptureState(rx.State):
    today: str = ""
    done: str = ""
    error: str = ""
    totals_done: str = ""
    totals_error: str = ""
    totals_field: str = ""
    totals_key: int = 0

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.today = today_in(me.user.timezone).isoformat()
        self.done = self.error = self.totals_done = self.totals_error = self.totals_field = ""
        return None

    @rx.event
    async def add_water(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.done = self.error = ""
        today = today_in(me.user.timezone)
        try:
            await call_service(service.add_water, profile_id=me.user.id, day=today, today=today)
        except FeatureRefused as refused:
            self.error = refusal_message(refused.decision, me.lang)
            return None
        except UserError as error:
            self.error = user_message(error, me.lang)
            return None
        self.done = translate("nutrition.water_saved", me.lang)
        return None

    @rx.event
    async def save_totals(self, form: dict):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.totals_done = self.totals_error = self.totals_field = ""
        try:
            entry = logs.parse(TOTALS, form, me.user.unit_system, PREFIX)
            await call_service(
                service.add_totals,
                profile_id=me.user.id,
                entry=entry,
                today=today_in(me.user.timezone),
            )
        except FeatureRefused as refused:
            self.totals_error = refusal_message(refused.decision, me.lang)
            return None
        except UserError as error:
            self.totals_error = user_message(error, me.lang)
            named = {item.name for item in TOTALS.fields}
            self.totals_field = (
                f"{PREFIX}{error.field}"
                if error.field in ("date", "notes")
                else error.field
                if error.field in named
                else ""
            )
            return rx.call_script(f"document.getElementById('field-{self.totals_field}')?.focus()")
        self.totals_done = translate("nutrition.totals_saved", me.lang)
        self.totals_key += 1
        return None


def _checked(name: str, component: rx.Component) -> rx.Component:
    state = NutritionCaptureState
    return rx.vstack(
        component, field_error(name, state.totals_field, state.totals_error), width="100%"
    )


def _totals_form() -> rx.Component:
    state = NutritionCaptureState
    numbers = [
        _checked(
            item.name,
            field(
                field_label(item),
                item.name,
                input_mode="decimal",
                custom_attrs=invalid_attrs(item.name, state.totals_field),
            ),
        )
        for item in TOTALS.fields
    ]
    return capture_form(
        TOTALS,
        rx.vstack(
            rx.text(t("nutrition.totals_hint"), size="2", color_scheme="gray"),
            _checked(
                f"{PREFIX}date",
                field(
                    t("nutrition.date"),
                    f"{PREFIX}date",
                    type="date",
                    default_value=state.today,
                    max=state.today,
                    required=True,
                    custom_attrs=invalid_attrs(f"{PREFIX}date", state.totals_field),
                ),
            ),
            rx.grid(*numbers, columns="2", gap="3", width="100%"),
            _checked(
                f"{PREFIX}notes",
                field(
                    t("nutrition.notes"),
                    f"{PREFIX}notes",
                    limit=NOTES_MAX,
                    custom_attrs=invalid_attrs(f"{PREFIX}notes", state.totals_field),
                ),
            ),
            submit_button(t("nutrition.save_totals"), busy=False),
            saved_and_refused(state.totals_done, state.totals_field, state.totals_error),
            spacing="3",
            width="100%",
        ),
        prefix=PREFIX,
        on_submit=NutritionCaptureState.save_totals,
        key=state.totals_key.to_string(),
        width="100%",
    )


def nutrition_capture_card() -> rx.Component:
    """Named in the nutrition manifest (`capture=`)."""
    return capture_card(
        "nav.nutrition",
        rx.text(t("nutrition.capture_hint")),
        rx.hstack(
            water_button(NutritionCaptureState.add_water),
            rx.link(t("nutrition.to_today"), href=TODAY_PAGE),
            align="center",
            wrap="wrap",
            spacing="4",
        ),
        success_callout(NutritionCaptureState.done),
        error_callout(NutritionCaptureState.error),
        rx.el.details(
            rx.el.summary(
                rx.heading(t("nutrition.totals_form"), size="3", as_="h3", display="inline"),
                cursor="pointer",
            ),
            rx.box(_totals_form(), padding_top="1rem"),
        ),
        rx.el.div(hidden=True, on_mount=NutritionCaptureState.load),
        collapsed=True,
    )
