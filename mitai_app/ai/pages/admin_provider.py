"""Administration: which AI provider the analyses use, and a connection test.

The API key never reaches the browser: the form only sends a new one, the
state holds merely whether one is stored, and the connection test loads the
configuration (key included) inside the handler, on the server.
"""

from __future__ import annotations

import reflex as rx

from mitai_app.ai import config as ai_config
from mitai_app.ai import providers as ai_providers
from mitai_app.ai.config import PROVIDERS, AiConfigSummary
from mitai_app.ai.providers import ProviderError
from mitai_app.core import routes
from mitai_app.core.errors import UserError, user_message
from mitai_app.ui.admin import signed_in_admin
from mitai_app.ui.admin_nav import admin_page_body
from mitai_app.ui.forms import (
    error_callout,
    field,
    invalid_attrs,
    select_field,
    submit_button,
    success_callout,
    with_field_error,
)
from mitai_app.ui.layout import page
from mitai_app.ui.session import call_service, t

FIELDS = ("provider", "base_url", "model", "api_key")


class AdminAiState(rx.State):
    provider: str = "openai"
    base_url: str = ""
    model: str = ""
    has_key: bool = False
    source: str = "none"
    # A new key re-mounts the form (after a load or save); a new base-URL key
    # re-mounts only that input (a provider's preset filled in).
    form_key: int = 0
    base_url_key: int = 0
    error: str = ""
    error_field: str = ""
    saved: bool = False
    test_busy: bool = False
    test_reply: str = ""
    test_error: str = ""
    # False until the stored settings arrived: a provider picked before then
    # would be overwritten by them (the picker stays disabled until loaded).
    loaded: bool = False
    test_detail: str = ""

    def _show(self, summary: AiConfigSummary) -> None:
        self.provider = summary.provider or "openai"
        # Nothing configured yet: start from the default provider's address.
        self.base_url = summary.base_url or PROVIDERS[self.provider][1]
        self.model = summary.model
        self.has_key = summary.has_key
        self.source = summary.source
        self.form_key += 1
        self.loaded = True

    @rx.event
    async def load(self):
        self.error = self.error_field = self.test_reply = self.test_error = ""
        self.saved = False
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        self._show(await call_service(ai_config.config_summary))

    @rx.event
    async def choose_provider(self, value: str):
        """The usual base URL of the chosen provider (the admin may edit it)."""
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        if value in PROVIDERS and value != self.provider:
            self.provider = value
            self.base_url = PROVIDERS[value][1]
            self.base_url_key += 1

    @rx.event
    async def save(self, form: dict):
        self.saved = False
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        typed_key = str(form.get("api_key", "")).strip()
        # An empty key field keeps the stored key; the checkbox removes it.
        api_key = typed_key or ("" if form.get("remove_key") else None)
        try:
            summary = await call_service(
                ai_config.save_config,
                admin_id=me.user.id,
                kind=str(form.get("provider", "")),
                base_url=str(form.get("base_url", "")),
                model=str(form.get("model", "")),
                api_key=api_key,
            )
        except UserError as error:
            self.error = user_message(error, me.lang)
            self.error_field = error.field if error.field in FIELDS else ""
            if self.error_field:
                return rx.call_script(f"document.getElementById('field-{error.field}')?.focus()")
            return
        self.error = self.error_field = ""
        self._show(summary)
        self.saved = True

    @rx.event(background=True)
    async def test_connection(self):
        async with self:
            if self.test_busy:
                return
            me, refusal = await signed_in_admin(self)
            if me is None:
                return refusal
            self.test_busy = True
            self.test_reply = self.test_error = self.test_detail = ""
        reply, code, detail = "", "", ""
        try:
            config = await call_service(ai_config.load_config)
            if config is None:
                code = "not_configured"
            else:
                reply = await ai_providers.test_connection(config)
        except ProviderError as error:
            code, detail = error.code, str(error)
        async with self:
            self.test_busy = False
            self.test_reply = reply
            # The provider's failure in the admin's words.
            failure = UserError(f"ai_provider.error.{code}")
            self.test_error = user_message(failure, me.lang) if code else ""
            self.test_detail = detail


def _checked(component: rx.Component, name: str) -> rx.Component:
    return with_field_error(component, name, AdminAiState.error_field, AdminAiState.error)


def _invalid(name: str) -> dict:
    return invalid_attrs(name, AdminAiState.error_field)


def _source() -> rx.Component:
    return rx.text(
        rx.match(
            AdminAiState.source,
            ("admin", t("ai_provider.source_admin")),
            ("environment", t("ai_provider.source_environment")),
            t("ai_provider.source_none"),
        ),
        size="2",
        color_scheme="gray",
    )


def _remove_key() -> rx.Component:
    return rx.cond(
        AdminAiState.has_key,
        rx.vstack(
            rx.text(
                t("ai_provider.key_stored"), size="2", color_scheme="green", high_contrast=True
            ),
            rx.hstack(
                rx.el.input(type="checkbox", id="field-remove_key", name="remove_key"),
                rx.el.label(t("ai_provider.remove_key"), html_for="field-remove_key"),
                spacing="2",
                align="center",
            ),
            spacing="2",
            width="100%",
        ),
        rx.fragment(),
    )


def _settings_form() -> rx.Component:
    return rx.form(
        rx.vstack(
            rx.heading(t("ai_provider.settings"), size="4", as_="h2"),
            _source(),
            _checked(
                rx.vstack(
                    select_field(
                        t("ai_provider.provider"),
                        "provider",
                        [(kind, t(f"ai_provider.kind_{kind}")) for kind in PROVIDERS],
                        default_value=AdminAiState.provider,
                        on_change=AdminAiState.choose_provider,
                        disabled=~AdminAiState.loaded,
                        custom_attrs=_invalid("provider"),
                    ),
                    rx.text(t("ai_provider.provider_hint"), size="2", color_scheme="gray"),
                    spacing="1",
                    width="100%",
                ),
                "provider",
            ),
            _checked(
                field(
                    t("ai_provider.base_url"),
                    "base_url",
                    type="url",
                    default_value=AdminAiState.base_url,
                    key=AdminAiState.base_url_key,
                    hint=t("ai_provider.base_url_hint"),
                    auto_complete="off",
                    required=True,
                    custom_attrs=_invalid("base_url"),
                ),
                "base_url",
            ),
            _checked(
                field(
                    t("ai_provider.model"),
                    "model",
                    default_value=AdminAiState.model,
                    hint=t("ai_provider.model_hint"),
                    auto_complete="off",
                    required=True,
                    limit=ai_config.MAX_MODEL_LENGTH,
                    custom_attrs=_invalid("model"),
                ),
                "model",
            ),
            _checked(
                field(
                    t("ai_provider.api_key"),
                    "api_key",
                    type="password",
                    hint=t("ai_provider.api_key_hint"),
                    auto_complete="new-password",
                    custom_attrs=_invalid("api_key"),
                ),
                "api_key",
            ),
            _remove_key(),
            success_callout(rx.cond(AdminAiState.saved, t("ai_provider.saved"), "")),
            rx.cond(AdminAiState.error_field == "", error_callout(AdminAiState.error)),
            submit_button(t("common.save"), False),
            spacing="4",
            width="100%",
        ),
        key=AdminAiState.form_key,
        on_submit=AdminAiState.save,
        width="100%",
    )


def _test() -> rx.Component:
    return rx.vstack(
        rx.heading(t("ai_provider.test_title"), size="4", as_="h2"),
        rx.text(t("ai_provider.test_hint"), size="2", color_scheme="gray"),
        rx.button(
            rx.icon("plug-zap", size=16, aria_hidden="true"),
            t("ai_provider.test_title"),
            type="button",
            on_click=AdminAiState.test_connection,
            loading=AdminAiState.test_busy,
            variant="soft",
            size="3",
        ),
        rx.cond(
            AdminAiState.test_busy,
            rx.text(t("ai_provider.testing"), role="status", size="2"),
            rx.fragment(),
        ),
        rx.cond(
            AdminAiState.test_reply != "",
            rx.callout(
                rx.vstack(
                    rx.text(t("ai_provider.test_ok"), weight="medium"),
                    rx.text(AdminAiState.test_reply, word_break="break-word"),
                    spacing="1",
                ),
                icon="circle_check",
                color_scheme="green",
                high_contrast=True,
                role="status",
                width="100%",
            ),
            rx.fragment(),
        ),
        rx.cond(
            AdminAiState.test_error != "",
            rx.callout(
                rx.vstack(
                    rx.text(AdminAiState.test_error, weight="medium"),
                    rx.text(AdminAiState.test_detail, size="2", word_break="break-word"),
                    spacing="1",
                ),
                icon="triangle_alert",
                color_scheme="red",
                role="alert",
                width="100%",
            ),
            rx.fragment(),
        ),
        spacing="3",
        width="100%",
    )


@page(
    route=routes.ADMIN_AI,
    title_key=("nav.admin", "nav.admin_ai"),
    access="admin",
    on_load=AdminAiState.load,
)
def admin_ai_page() -> rx.Component:
    return admin_page_body(
        routes.ADMIN_AI,
        "nav.admin_ai",
        rx.vstack(
            rx.text(t("ai_provider.intro")),
            rx.card(_settings_form(), width="100%"),
            rx.card(_test(), width="100%"),
            spacing="5",
            width="100%",
            max_width="40rem",
        ),
    )
