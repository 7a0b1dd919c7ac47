"""API tokens: make one (name, areas, optional expiry), see its secret
once, list them with their last use, revoke one after confirming."""

from __future__ import annotations

from dataclasses import dataclass

import reflex as rx

from mitai_app.api import tokens
from mitai_app.api.consts import API_MOUNT, READ, TOKEN_NAME_MAX, TOKENS, WRITE
from mitai_app.core.formatting import format_datetime
from mitai_app.core.i18n import translate
from mitai_app.ui.dialogs import confirm_dialog
from mitai_app.ui.forms import error_callout, field, form, success_callout
from mitai_app.ui.layout import page
from mitai_app.ui.session import attempt, call_service, signed_in, t, to_login

SCOPE_PREFIX = "scope:"


@dataclass
class TokenView:
    """One token as the list shows it; `ref` is its place in the list (the
    token's id stays on the server)."""

    ref: int
    name: str
    scopes: str
    last_used: str
    expires: str


class TokensState(rx.State):
    rows: list[TokenView] = []
    _ids: list[str] = []
    loaded: bool = False
    allowed: bool = True
    secret: str = ""
    error: str = ""
    done: str = ""
    busy: bool = False
    form_key: int = 0
    revoke_ref: int = -1

    async def _show(self, me) -> None:
        found = await call_service(tokens.list_tokens, profile_id=me.user.id)
        self.allowed = await call_service(tokens.tokens_allowed)
        zone, lang = me.user.timezone, me.lang
        never, no_end = translate("api.never", lang), translate("api.no_end", lang)
        self._ids = [row.id for row in found]
        self.rows = [
            TokenView(
                ref=index,
                name=row.name,
                scopes=", ".join(row.scopes),
                last_used=format_datetime(row.last_used_at, lang, zone)
                if row.last_used_at
                else never,
                expires=format_datetime(row.expires_at, lang, zone) if row.expires_at else no_end,
            )
            for index, row in enumerate(found)
        ]
        self.loaded = True

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.secret = self.error = self.done = ""
        await self._show(me)

    @rx.event
    async def create(self, form_data: dict):
        me = await signed_in(self)
        if me is None:
            return to_login()
        scopes = [
            k.removeprefix(SCOPE_PREFIX)
            for k, v in form_data.items()
            if k.startswith(SCOPE_PREFIX) and v
        ]
        outcome = await attempt(
            tokens.create_token,
            me.lang,
            profile_id=me.user.id,
            name=form_data.get("name", ""),
            scopes=scopes,
            expires_on=form_data.get("expires_on", ""),
        )
        self.error, self.done = outcome.error, ""
        if outcome.ok:
            self.secret = outcome.value[1]
            self.form_key += 1
            await self._show(me)

    @rx.event
    def ask_revoke(self, ref: int):
        self.revoke_ref = ref

    @rx.event
    def keep(self):
        self.revoke_ref = -1

    @rx.event
    async def revoke(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        ref, self.revoke_ref = self.revoke_ref, -1
        if not 0 <= ref < len(self._ids):
            return
        outcome = await attempt(
            tokens.revoke_token, me.lang, profile_id=me.user.id, token_id=self._ids[ref]
        )
        self.error = outcome.error
        self.secret = ""
        if outcome.ok:
            self.done = translate("api.revoked", me.lang)
        await self._show(me)


def _scope_choice(area: str, label_keys: list[str], level: str) -> rx.Component:
    name = f"{SCOPE_PREFIX}{area}:{level}"
    input_id = f"field-{name.replace(':', '-')}"
    return rx.hstack(
        rx.el.input(
            type="checkbox", id=input_id, name=name, style={"width": "1.25rem", "height": "1.25rem"}
        ),
        rx.el.label(
            *[
                part
                for index, key in enumerate(label_keys)
                for part in ((", ",) if index else ()) + (t(key),)
            ],
            " – ",
            t(f"api.{level}"),
            html_for=input_id,
        ),
        align="center",
        spacing="2",
        min_height="44px",
    )


def _new_token() -> rx.Component:
    choices = [
        _scope_choice(area, keys, level) for area, keys in tokens.areas() for level in (READ, WRITE)
    ]
    return rx.card(
        rx.vstack(
            rx.heading(t("api.new_token"), size="4", as_="h2"),
            form(
                field(t("api.name"), "name", hint=t("api.name_hint"), limit=TOKEN_NAME_MAX),
                rx.el.fieldset(
                    rx.el.legend(t("api.scopes"), style={"font_weight": "500"}),
                    rx.vstack(*choices, spacing="0"),
                    style={"border": "none", "padding": "0", "margin": "0"},
                ),
                field(t("api.expires_on"), "expires_on", type="date"),
                submit=t("api.create"),
                busy=TokensState.busy,
                on_submit=TokensState.create,
                key=TokensState.form_key,
            ),
            spacing="4",
            width="100%",
        ),
        width="100%",
    )


def _secret() -> rx.Component:
    return rx.cond(
        TokensState.secret != "",
        rx.callout(
            rx.vstack(
                rx.el.label(t("api.created"), html_for="field-secret"),
                rx.input(
                    id="field-secret",
                    name="secret",
                    value=TokensState.secret,
                    read_only=True,
                    width="100%",
                ),
                width="100%",
            ),
            icon="key-round",
            color_scheme="green",
            high_contrast=True,
            role="status",
            width="100%",
        ),
    )


def _token_row(row: TokenView) -> rx.Component:
    return rx.card(
        rx.flex(
            rx.vstack(
                rx.text(row.name, weight="medium"),
                rx.text(row.scopes, size="2", color_scheme="gray", word_break="break-all"),
                rx.text(t("api.last_used"), ": ", row.last_used, size="2", color_scheme="gray"),
                rx.text(t("api.expires"), ": ", row.expires, size="2", color_scheme="gray"),
                spacing="1",
            ),
            rx.button(
                t("api.revoke"),
                on_click=TokensState.ask_revoke(row.ref),
                variant="outline",
                color_scheme="red",
                size="3",
                aria_label=t("api.revoke") + " " + row.name,
            ),
            justify="between",
            align="center",
            gap="3",
            wrap="wrap",
        ),
        role="listitem",
        width="100%",
    )


@page(route=TOKENS, title_key="nav.tokens", on_load=TokensState.load, checks_session=True)
def tokens_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.tokens"), size="7", as_="h1"),
        rx.text(t("api.explained")),
        rx.link(t("api.docs_link"), href=f"{API_MOUNT}/docs", is_external=True),
        rx.cond(
            TokensState.allowed,
            rx.fragment(),
            rx.callout(t("api.error.not_allowed"), icon="ban", color_scheme="orange", width="100%"),
        ),
        error_callout(TokensState.error),
        success_callout(TokensState.done),
        _secret(),
        rx.cond(TokensState.allowed, _new_token()),
        rx.heading(t("api.yours"), size="4", as_="h2"),
        rx.cond(
            TokensState.rows.length() > 0,
            rx.vstack(rx.foreach(TokensState.rows, _token_row), role="list", width="100%"),
            rx.cond(TokensState.loaded, rx.text(t("api.none"), color_scheme="gray")),
        ),
        confirm_dialog(
            title=t("api.revoke_title"),
            text=t("api.revoke_text"),
            confirm=t("api.revoke"),
            on_confirm=TokensState.revoke,
            on_cancel=TokensState.keep,
            open=TokensState.revoke_ref >= 0,
            danger=True,
        ),
        spacing="4",
        width="100%",
        max_width="40rem",
    )
