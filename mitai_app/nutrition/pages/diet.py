"""The dietary preferences, a setting on the Profile page (the nutrition
manifest's `profile=`): the kind of diet and what one avoids. The fields
are shared with the first-run flow (onboarding), which sets them too."""

from __future__ import annotations

import reflex as rx

from mitai_app.core.errors import UserError, user_message
from mitai_app.core.i18n import translate
from mitai_app.nutrition.consts import AVOID_MAX, DIET_TYPES
from mitai_app.nutrition.diet import dietary_preferences, set_dietary_preferences
from mitai_app.ui.forms import (
    error_callout,
    field,
    field_error,
    form,
    invalid_attrs,
    select_field,
    success_callout,
)
from mitai_app.ui.session import call_service, signed_in, t, to_login


def diet_fields(diet_type: rx.Var, avoid: rx.Var, error_field: rx.Var, error: rx.Var):
    """The two controls, filled with `diet_type` and `avoid`, with the
    error under the one `error_field` names."""
    return (
        rx.vstack(
            select_field(
                t("nutrition.diet.type"),
                "diet_type",
                [(key, t(f"nutrition.diet.type.{key}")) for key in DIET_TYPES],
                default_value=diet_type,
                custom_attrs=invalid_attrs("diet_type", error_field),
            ),
            field_error("diet_type", error_field, error),
            spacing="1",
            width="100%",
        ),
        rx.vstack(
            field(
                t("nutrition.diet.avoid"),
                "avoid",
                hint=t("nutrition.diet.avoid_hint"),
                default_value=avoid,
                limit=AVOID_MAX,
                custom_attrs=invalid_attrs("avoid", error_field),
            ),
            field_error("avoid", error_field, error),
            spacing="1",
            width="100%",
        ),
    )


class DietState(rx.State):
    diet_type: str = ""  # "" until loaded: the form is shown with the stored values
    avoid: str = ""
    error: str = ""
    error_field: str = ""
    done: str = ""

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        view = await call_service(dietary_preferences, profile_id=me.user.id)
        self.diet_type, self.avoid = view.diet_type, view.avoid
        self.error = self.error_field = self.done = ""
        return None

    @rx.event
    async def save(self, values: dict):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.error = self.error_field = self.done = ""
        try:
            view = await call_service(
                set_dietary_preferences,
                profile_id=me.user.id,
                diet_type=str(values.get("diet_type", "")),
                avoid=str(values.get("avoid", "")),
            )
        except UserError as error:
            self.error, self.error_field = user_message(error, me.lang), error.field
            return None
        self.diet_type, self.avoid = view.diet_type, view.avoid
        self.done = translate("nutrition.diet.saved", me.lang)
        return None


S = DietState


def diet_setting() -> rx.Component:
    """Named in the nutrition manifest (`profile=`); loads itself when shown."""
    return rx.vstack(
        rx.heading(t("nutrition.diet.heading"), size="4", as_="h2"),
        rx.cond(
            S.diet_type != "",
            form(
                *diet_fields(S.diet_type, S.avoid, S.error_field, S.error),
                success_callout(S.done),
                rx.cond(S.error_field == "", error_callout(S.error), rx.fragment()),
                submit=t("nutrition.diet.save"),
                busy=False,
                on_submit=S.save,
            ),
            rx.fragment(),
        ),
        rx.el.div(hidden=True, on_mount=S.load),
        spacing="2",
        width="100%",
        id="diet-preferences",
    )
