"""The single-use links that arrive by e-mail: confirm an address, reset a
password. The token comes from the link's query string."""

from __future__ import annotations

import reflex as rx

from mitai_app.accounts import service as auth_service
from mitai_app.accounts.consts import FORGOT, RESET, VERIFY, VERIFY_EMAIL_CHANGE
from mitai_app.core import routes
from mitai_app.core.i18n import translate
from mitai_app.ui.forms import error_callout, field, form, new_password_fields, success_callout
from mitai_app.ui.layout import page
from mitai_app.ui.session import AuthState, attempt, t


class ConfirmLinkState(rx.State):
    """Shared by /verify and /verify-email-change: redeem the link on load."""

    error: str = ""
    done: str = ""

    async def _redeem(self, service, success_key: str):
        lang = (await self.get_state(AuthState)).lang
        token = self.router.url.query_parameters.get("token", "")
        outcome = await attempt(service, lang, token=token)
        self.error = outcome.error
        self.done = translate(success_key, lang) if outcome.ok else ""

    @rx.event
    async def verify_email(self):
        await self._redeem(auth_service.verify_email, "auth.verified")

    @rx.event
    async def confirm_email_change(self):
        await self._redeem(auth_service.confirm_email_change, "auth.email_changed")


def _confirmation() -> rx.Component:
    return rx.vstack(
        success_callout(ConfirmLinkState.done),
        error_callout(ConfirmLinkState.error),
        rx.cond(
            (ConfirmLinkState.done == "") & (ConfirmLinkState.error == ""),
            rx.text(t("common.working")),
            rx.link(t("auth.sign_in"), href=routes.LOGIN),
        ),
        spacing="4",
        width="100%",
    )


@page(
    route=VERIFY,
    title_key="auth.title.verify",
    access="public",
    on_load=ConfirmLinkState.verify_email,
)
def verify_page() -> rx.Component:
    return _confirmation()


@page(
    route=VERIFY_EMAIL_CHANGE,
    title_key="auth.title.verify_email_change",
    access="public",
    on_load=ConfirmLinkState.confirm_email_change,
)
def verify_email_change_page() -> rx.Component:
    return _confirmation()


class ForgotState(rx.State):
    done: str = ""
    error: str = ""
    busy: bool = False

    @rx.event
    def load(self):
        self.done = self.error = ""

    @rx.event(background=True)
    async def submit(self, form: dict):
        async with self:
            if self.busy:
                return
            self.busy, self.error = True, ""
            client_ip = self.router.session.client_ip
            opened_at = self.router.headers.origin
            lang = (await self.get_state(AuthState)).lang
        outcome = await attempt(
            auth_service.request_password_reset,
            lang,
            email=form.get("email", ""),
            client_ip=client_ip,
            opened_at=opened_at,
        )
        async with self:
            self.busy, self.error = False, outcome.error
            self.done = translate("auth.reset_sent", lang) if outcome.ok else ""


@page(route=FORGOT, title_key="auth.title.forgot", access="public", on_load=ForgotState.load)
def forgot_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("auth.forgot"), size="7", as_="h1"),
        success_callout(ForgotState.done),
        error_callout(ForgotState.error),
        form(
            field(
                t("common.email"),
                "email",
                type="email",
                auto_complete="username",
                required=True,
            ),
            submit=t("auth.send_reset"),
            busy=ForgotState.busy,
            on_submit=ForgotState.submit,
        ),
        rx.link(t("auth.sign_in"), href=routes.LOGIN),
        spacing="4",
        width="100%",
    )


class ResetState(rx.State):
    error: str = ""
    busy: bool = False

    @rx.event
    def load(self):
        self.error = ""

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
            token = self.router.url.query_parameters.get("token", "")
            lang = auth.lang
        outcome = await attempt(
            auth_service.reset_password,
            lang,
            hashes_passwords=True,
            token=token,
            new_password=form.get("password", ""),
        )
        async with self:
            self.busy, self.error = False, outcome.error
        if outcome.ok:
            message = translate("auth.password_was_reset", lang)
            return [rx.toast.success(message), rx.redirect(routes.LOGIN)]


@page(route=RESET, title_key="auth.title.reset", access="public", on_load=ResetState.load)
def reset_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("auth.set_password"), size="7", as_="h1"),
        error_callout(ResetState.error),
        form(
            *new_password_fields(t("auth.new_password"), "password", "password_repeat"),
            submit=t("auth.set_password"),
            busy=ResetState.busy,
            secret=True,
            on_submit=ResetState.submit,
        ),
        spacing="4",
        width="100%",
    )
