"""Administration: open or close self-registration, invite someone.

The page's guard sends non-admins away, and every handler asks the server
again whether the caller is an admin: any event can be sent without the page.
"""

from __future__ import annotations

import reflex as rx

from mitai_app.accounts import service as auth_service
from mitai_app.accounts.models import TIERS
from mitai_app.core import routes
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.i18n import translate
from mitai_app.membership import admin as membership_admin
from mitai_app.ui.admin import signed_in_admin
from mitai_app.ui.admin_nav import admin_page_body
from mitai_app.ui.forms import (
    error_callout,
    field,
    form,
    select_field,
    success_callout,
    switch_field,
)
from mitai_app.ui.layout import page
from mitai_app.ui.session import AuthState, attempt, call_service, t


class AdminState(rx.State):
    registration_open: bool = True
    registration_error: str = ""
    default_tier: str = ""
    invite_link: str = ""
    invite_error: str = ""
    invite_busy: bool = False
    invite_key: int = 0

    @rx.event
    async def load(self):
        self.registration_error = self.invite_error = self.invite_link = ""
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        self.registration_open = await call_service(auth_service.registration_open)
        self.default_tier = await call_service(membership_admin.default_tier)

    @rx.event
    async def set_default_tier(self, value: str):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        lang = me.lang
        try:
            self.default_tier = await call_service(
                membership_admin.set_default_tier, admin_id=me.user.id, tier_id=value
            )
        except UserError as error:
            self.registration_error = user_message(error, lang)
            return
        self.registration_error = ""
        return rx.toast.success(translate("common.saved", lang))

    @rx.event
    async def set_registration(self, value: bool):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        lang = me.lang
        outcome = await attempt(
            auth_service.set_registration_open, lang, admin_id=me.user.id, open=bool(value)
        )
        self.registration_error = outcome.error
        if outcome.ok:
            self.registration_open = outcome.value
            return rx.toast.success(translate("common.saved", lang))

    @rx.event(background=True)
    async def invite(self, form: dict):
        async with self:
            if self.invite_busy:
                return
            self.invite_error = self.invite_link = ""
            me, refusal = await signed_in_admin(self)
            if me is None:
                return refusal
            self.invite_busy = True
            lang = me.lang
            opened_at = self.router.headers.origin
        outcome = await attempt(
            auth_service.invite,
            lang,
            admin_id=me.user.id,
            email=form.get("invite_email", ""),
            opened_at=opened_at,
        )
        async with self:
            self.invite_busy, self.invite_error = False, outcome.error
            if outcome.ok:
                self.invite_link = outcome.value
                self.invite_key += 1

    @rx.event
    async def copy_link(self):
        auth = await self.get_state(AuthState)
        return [
            rx.set_clipboard(self.invite_link),
            rx.toast.success(auth.message("admin.copied")),
        ]


def _registration() -> rx.Component:
    return rx.card(
        rx.vstack(
            switch_field(
                t("admin.registration"),
                "registration_open",
                AdminState.registration_open,
                AdminState.set_registration,
            ),
            rx.text(t("admin.registration_hint"), size="2", color_scheme="gray"),
            rx.cond(
                AdminState.default_tier != "",
                select_field(
                    t("admin.default_tier"),
                    "default_tier",
                    [(tier, tier) for tier in TIERS],
                    value=AdminState.default_tier,
                    on_change=AdminState.set_default_tier,
                ),
                rx.fragment(),
            ),
            rx.text(t("admin.default_tier_hint"), size="2", color_scheme="gray"),
            error_callout(AdminState.registration_error),
            spacing="3",
            width="100%",
        ),
        width="100%",
    )


def _invitation() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(t("admin.invite"), size="4", as_="h2"),
            error_callout(AdminState.invite_error),
            form(
                field(
                    t("common.email"),
                    "invite_email",
                    type="email",
                    auto_complete="off",
                    required=True,
                ),
                submit=t("admin.send_invite"),
                busy=AdminState.invite_busy,
                on_submit=AdminState.invite,
                key=AdminState.invite_key,
            ),
            rx.cond(
                AdminState.invite_link != "",
                rx.vstack(
                    success_callout(t("admin.invite_sent")),
                    field(
                        t("admin.invite_link"),
                        "invite_link",
                        value=AdminState.invite_link,
                        read_only=True,
                        on_focus=rx.call_script(
                            "document.getElementById('field-invite_link').select()"
                        ),
                    ),
                    rx.button(
                        rx.icon("copy", size=16, aria_hidden="true"),
                        t("admin.copy"),
                        type="button",
                        on_click=AdminState.copy_link,
                        variant="soft",
                        size="3",
                    ),
                    spacing="3",
                    width="100%",
                ),
                rx.fragment(),
            ),
            spacing="4",
            width="100%",
        ),
        width="100%",
    )


@page(route=routes.ADMIN, title_key="nav.admin", access="admin", on_load=AdminState.load)
def admin_page() -> rx.Component:
    return admin_page_body(
        routes.ADMIN,
        "nav.admin",
        rx.vstack(_registration(), _invitation(), spacing="5", width="100%", max_width="40rem"),
    )
