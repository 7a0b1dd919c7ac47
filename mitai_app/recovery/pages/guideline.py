"""The blood-pressure guideline, a setting on the Profile page (the recovery
manifest's `profile=`): ESH 2023 or ACC/AHA 2017, saved as soon as it is
chosen; every class shown, the Vitals page and the doctor's report follow it."""

from __future__ import annotations

import reflex as rx

from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import in_both
from mitai_app.core.i18n import translate
from mitai_app.recovery.service import BP_GUIDELINES, bp_guideline, set_bp_guideline
from mitai_app.ui.forms import error_callout, select_field, success_callout
from mitai_app.ui.session import call_service, in_language, signed_in, t, to_login


class GuidelineState(rx.State):
    guideline: str = ""  # "" until loaded: the select is shown with the stored choice
    saved: dict[str, str] = {}  # "Guideline saved: …" in both languages
    error: str = ""

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.guideline = await call_service(bp_guideline, profile_id=me.user.id)
        self.saved, self.error = {}, ""
        return None

    @rx.event
    async def choose(self, guideline: str):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.saved, self.error = {}, ""
        try:
            self.guideline = await call_service(
                set_bp_guideline, profile_id=me.user.id, guideline=guideline
            )
        except UserError as error:
            self.error = user_message(error, me.lang)
            return None
        name = self.guideline
        self.saved = in_both(
            lambda lang: {
                "text": translate(
                    "recovery.bp.guideline_saved",
                    lang,
                    guideline=translate(f"recovery.bp.guideline.{name}", lang),
                )
            }
        )
        return None


S = GuidelineState


def guideline_setting() -> rx.Component:
    """Named in the recovery manifest (`profile=`); loads itself when shown."""
    return rx.vstack(
        rx.cond(
            S.guideline != "",
            select_field(
                t("recovery.bp.guideline_choice"),
                "bp_guideline",
                [(key, t(f"recovery.bp.guideline.{key}")) for key in BP_GUIDELINES],
                value=S.guideline,
                on_change=S.choose,
                aria_describedby="bp-guideline-hint",
            ),
            rx.fragment(),
        ),
        rx.text(
            t("recovery.bp.guideline_hint"), size="2", color_scheme="gray", id="bp-guideline-hint"
        ),
        error_callout(S.error),
        success_callout(rx.cond(S.saved.length() > 0, in_language(S.saved, "text"), "")),
        rx.el.div(hidden=True, on_mount=S.load),
        spacing="2",
        width="100%",
        id="bp-guideline",
    )
