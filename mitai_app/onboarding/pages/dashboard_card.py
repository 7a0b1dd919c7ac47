"""The onboarding dashboard card: "Finish setting up — step n of 6", a
link back into the first run while it is neither finished nor set up later;
nothing once it is either. Loads itself when shown."""

from __future__ import annotations

import reflex as rx

from mitai_app.core.formatting import in_both
from mitai_app.core.i18n import translate
from mitai_app.onboarding import service
from mitai_app.onboarding.consts import ONBOARDING
from mitai_app.onboarding.steps import TOTAL
from mitai_app.ui.session import call_service, in_language, signed_in, to_login


class OnboardingCardState(rx.State):
    line: dict[str, str] = {}  # the link's text in both languages; {}: no card

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        step = await call_service(service.unfinished_step, profile_id=me.user.id)
        self.line = (
            {}
            if step is None
            else in_both(
                lambda lang: {"text": translate("onboarding.card", lang, n=step, total=TOTAL)}
            )
        )
        return None


def onboarding_dashboard_card() -> rx.Component:
    """Named in the onboarding manifest (`dashboard=`)."""
    return rx.fragment(
        rx.cond(
            OnboardingCardState.line.length() > 0,
            rx.card(
                rx.link(in_language(OnboardingCardState.line, "text"), href=ONBOARDING),
                width="100%",
            ),
            rx.fragment(),
        ),
        rx.el.div(hidden=True, on_mount=OnboardingCardState.load),
    )
