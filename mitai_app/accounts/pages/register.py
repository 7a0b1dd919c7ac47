"""Create an account (or accept an invitation: /register?token=…)."""

from __future__ import annotations

import reflex as rx

from mitai_app.accounts import service as auth_service
from mitai_app.accounts.models import DISPLAY_NAME_MAX
from mitai_app.core import routes
from mitai_app.core.i18n import translate
from mitai_app.ui.forms import (
    browser_zone_field,
    error_callout,
    field,
    form,
    new_password_fields,
    success_callout,
)
from mitai_app.ui.layout import page
from mitai_app.ui.session import AuthState, attempt, t


class RegisterState(rx.State):
    error: str = ""
    done: str = ""
    busy: bool = False

    @rx.event
    def load(self):
        self.error = self.done = ""

    @rx.event(background=True)
    async def submit(self, form: dict):
        async with self:
            if self.busy:
                return
            auth = await self.get_state(AuthState)
            if form.get("password") != form.get("password_repeat"):
                self.error = auth.message("error.passwords_differ")
                return
            self.busy, self.error = True, ""
            client_ip = self.router.session.client_ip
            opened_at = self.router.headers.origin
            invite_token = self.router.url.query_parameters.get("token", "")
            lang = auth.lang or "en"
        outcome = await attempt(
            auth_service.register,
            lang,
            hashes_passwords=True,
            email=form.get("email", ""),
            password=form.get("password", ""),
            display_name=form.get("display_name", ""),
            language=lang,
            client_ip=client_ip,
            invite_token=invite_token or None,
            timezone=str(form.get("timezone", "")),  # the browser's: browser_zone_field
            opened_at=opened_at,
        )
        async with self:
            self.busy, self.error = False, outcome.error
            if outcome.ok:
                self.done = translate("auth.check_mail" if outcome.value else "auth.verified", lang)


@page(
    route=routes.REGISTER,
    title_key="auth.register",
    access="public",
    on_load=[AuthState.redirect_if_signed_in, RegisterState.load],
)
def register_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("auth.register"), size="7", as_="h1"),
        success_callout(RegisterState.done),
        error_callout(RegisterState.error),
        rx.cond(
            RegisterState.done == "",
            form(
                field(
                    t("common.email"),
                    "email",
                    type="email",
                    auto_complete="email",
                    required=True,
                ),
                field(
                    t("auth.display_name"),
                    "display_name",
                    auto_complete="nickname",
                    limit=DISPLAY_NAME_MAX,
                ),
                *new_password_fields(t("common.password"), "password", "password_repeat"),
                browser_zone_field(),
                submit=t("auth.register"),
                busy=RegisterState.busy,
                secret=True,
                on_submit=RegisterState.submit,
            ),
            rx.link(t("auth.sign_in"), href=routes.LOGIN),
        ),
        # A link inside a sentence is underlined: colour alone does not set it apart.
        rx.text(
            t("auth.have_account"),
            " ",
            rx.link(t("auth.sign_in"), href=routes.LOGIN, underline="always"),
        ),
        spacing="4",
        width="100%",
    )
