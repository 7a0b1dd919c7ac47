"""The nutrition Capture card: a glass of water in one tap, and the way to
the Nutrition page, where meals are logged from search and recent foods."""

from __future__ import annotations

import reflex as rx

from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import today_in
from mitai_app.core.i18n import translate
from mitai_app.nutrition import service
from mitai_app.nutrition.consts import TODAY_PAGE
from mitai_app.ui.capture_card import capture_card
from mitai_app.ui.forms import error_callout, success_callout
from mitai_app.ui.session import call_service, signed_in, t, to_login


class NutritionCaptureState(rx.State):
    done: str = ""
    error: str = ""

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


def nutrition_capture_card() -> rx.Component:
    """Named in the nutrition manifest (`capture=`)."""
    return capture_card(
        "nav.nutrition",
        rx.text(t("nutrition.capture_hint")),
        rx.hstack(
            rx.button(
                rx.icon("glass-water", aria_hidden="true"),
                t("nutrition.add_water"),
                on_click=NutritionCaptureState.add_water,
                variant="soft",
                size="3",
            ),
            rx.link(t("nutrition.to_today"), href=TODAY_PAGE),
            align="center",
            wrap="wrap",
            spacing="4",
        ),
        success_callout(NutritionCaptureState.done),
        error_callout(NutritionCaptureState.error),
        collapsed=True,
    )
