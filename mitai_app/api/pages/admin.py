"""Administration: whether personal API tokens are allowed at all. Every
handler asks the server again whether the caller is an admin."""

from __future__ import annotations

import reflex as rx

from mitai_app.api import tokens
from mitai_app.api.consts import ADMIN_API
from mitai_app.core.i18n import translate
from mitai_app.ui.admin import signed_in_admin
from mitai_app.ui.admin_nav import admin_page_body
from mitai_app.ui.forms import error_callout, switch_field
from mitai_app.ui.layout import page
from mitai_app.ui.session import attempt, call_service, t


class ApiAdminState(rx.State):
    allowed: bool = True
    error: str = ""

    @rx.event
    async def load(self):
        self.error = ""
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        self.allowed = await call_service(tokens.tokens_allowed)

    @rx.event
    async def set_allowed(self, value: bool):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        outcome = await attempt(
            tokens.set_tokens_allowed, me.lang, admin_id=me.user.id, allowed=bool(value)
        )
        self.error = outcome.error
        if outcome.ok:
            self.allowed = outcome.value
            return rx.toast.success(translate("common.saved", me.lang))


@page(route=ADMIN_API, title_key="nav.admin_api", access="admin", on_load=ApiAdminState.load)
def api_admin_page() -> rx.Component:
    return admin_page_body(
        ADMIN_API,
        "nav.admin_api",
        rx.card(
            rx.vstack(
                switch_field(
                    t("api.admin.allowed"),
                    "api_tokens_allowed",
                    ApiAdminState.allowed,
                    ApiAdminState.set_allowed,
                ),
                rx.text(t("api.admin.allowed_hint"), size="2", color_scheme="gray"),
                error_callout(ApiAdminState.error),
                spacing="3",
                width="100%",
            ),
            width="100%",
        ),
    )
