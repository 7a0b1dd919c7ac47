"""Account settings: signed-in devices, password, e-mail address, deleting
the account. Everything that checks a password (bcrypt) runs in a
background event, holding the state only while changing it."""

from __future__ import annotations

from dataclasses import dataclass

import reflex as rx

from mitai_app.accounts import service as auth_service
from mitai_app.accounts.consts import SETTINGS
from mitai_app.core import routes
from mitai_app.core.formatting import format_datetime
from mitai_app.core.i18n import translate
from mitai_app.ui.dialogs import confirm_dialog
from mitai_app.ui.forms import error_callout, field, form, new_password_fields, success_callout
from mitai_app.ui.layout import page
from mitai_app.ui.session import AuthState, attempt, call_service, signed_in, t, to_login


@dataclass
class SessionView:
    """One signed-in device as the list shows it. `ref` is its place in the
    list; the session's id stays on the server."""

    ref: int
    device: str
    client_ip: str
    last_seen: str
    current: bool


class SettingsState(rx.State):
    sessions: list[SessionView] = []
    _session_ids: list[str] = []
    email: str = ""
    others_open: bool = False  # "sign out everywhere else?" asked
    others_done: str = ""

    password_error: str = ""
    password_done: str = ""
    password_busy: bool = False
    password_key: int = 0

    email_error: str = ""
    email_done: str = ""
    email_busy: bool = False
    email_key: int = 0

    delete_open: bool = False
    delete_error: str = ""
    delete_busy: bool = False

    @rx.event
    def load(self):
        self.password_error = self.password_done = ""
        self.email_error = self.email_done = ""
        self.delete_open, self.delete_error = False, ""
        self.others_open, self.others_done = False, ""
        return SettingsState.load_sessions

    @rx.event
    async def load_sessions(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        here = (await self.get_state(AuthState)).session_id()
        rows = await call_service(
            auth_service.list_sessions, profile_id=me.user.id, current_session=here
        )
        # This device first, then the others by when they were last seen.
        rows = sorted(rows, key=lambda row: not row.current)
        self.email = me.user.email
        self._session_ids = [row.id for row in rows]
        self.sessions = [
            SessionView(
                ref=index,
                device=row.device,
                client_ip=row.client_ip,
                last_seen=(
                    format_datetime(seen, me.lang, me.user.timezone)
                    if (seen := row.last_seen_at or row.created_at)
                    else ""
                ),
                current=row.current,
            )
            for index, row in enumerate(rows)
        ]

    @rx.event
    async def end_session(self, ref: int):
        me = await signed_in(self)
        if me is None:
            return to_login()
        # The id comes from the list this server sent, never from the browser.
        if not isinstance(ref, int) or not 0 <= ref < len(self._session_ids):
            return SettingsState.load_sessions
        if self.sessions[ref].current:
            return
        await call_service(
            auth_service.end_session, profile_id=me.user.id, session_id=self._session_ids[ref]
        )
        return [
            SettingsState.load_sessions,
            rx.toast.success(translate("settings.session_ended", me.lang)),
        ]

    @rx.event
    def set_others_open(self, value: bool):
        self.others_open = bool(value)
        if value:
            self.others_done = ""

    @rx.event
    async def end_other_sessions(self):
        self.others_open = False
        me = await signed_in(self)
        if me is None:
            return to_login()
        # The session this browser is signed in with is the one kept.
        keep_session = (await self.get_state(AuthState)).session_id()
        await call_service(
            auth_service.end_other_sessions, profile_id=me.user.id, keep_session=keep_session
        )
        self.others_done = translate("settings.end_others_done", me.lang)
        return SettingsState.load_sessions

    @rx.event(background=True)
    async def change_password(self, form: dict):
        async with self:
            if self.password_busy:
                return
            self.password_error = self.password_done = ""
            me = await signed_in(self)
            if me is None:
                return to_login()
            if form.get("new_password") != form.get("repeat_password"):
                self.password_error = translate("error.passwords_differ", me.lang)
                return
            self.password_busy = True
            keep_session = (await self.get_state(AuthState)).session_id()
            client_ip = self.router.session.client_ip
        outcome = await attempt(
            auth_service.change_password,
            me.lang,
            rechecks_password=True,
            client_ip=client_ip,
            profile_id=me.user.id,
            current=form.get("current_password", ""),
            new=form.get("new_password", ""),
            keep_session=keep_session,
        )
        async with self:
            self.password_busy, self.password_error = False, outcome.error
            if outcome.ok:
                self.password_done = translate("settings.password_changed", me.lang)
                self.password_key += 1
        if outcome.ok:
            return SettingsState.load_sessions

    @rx.event(background=True)
    async def change_email(self, form: dict):
        async with self:
            if self.email_busy:
                return
            self.email_error = self.email_done = ""
            me = await signed_in(self)
            if me is None:
                return to_login()
            self.email_busy = True
            client_ip = self.router.session.client_ip
            opened_at = self.router.headers.origin
        outcome = await attempt(
            auth_service.request_email_change,
            me.lang,
            rechecks_password=True,
            client_ip=client_ip,
            profile_id=me.user.id,
            password=form.get("email_password", ""),
            new_email=form.get("new_email", ""),
            opened_at=opened_at,
        )
        async with self:
            self.email_busy, self.email_error = False, outcome.error
            if outcome.ok:
                self.email_done = translate("settings.email_sent", me.lang)
                self.email_key += 1

    @rx.event
    def set_delete_open(self, value: bool):
        self.delete_open = bool(value)
        if not value:
            self.delete_error = ""

    @rx.event(background=True)
    async def delete_account(self, form: dict):
        async with self:
            if self.delete_busy:
                return
            self.delete_error = ""
            me = await signed_in(self)
            if me is None:
                return to_login()
            self.delete_busy = True
            client_ip = self.router.session.client_ip
        outcome = await attempt(
            auth_service.delete_account,
            me.lang,
            rechecks_password=True,
            client_ip=client_ip,
            profile_id=me.user.id,
            password=form.get("delete_password", ""),
        )
        async with self:
            self.delete_busy, self.delete_error = False, outcome.error
            if outcome.ok:
                (await self.get_state(AuthState)).forget()
                self.delete_open = False
                self.sessions, self._session_ids = [], []
        if outcome.ok:
            message = translate("settings.account_deleted", me.lang)
            return [rx.redirect(routes.HOME), rx.toast.success(message)]


def _section(title_key: str, *children: rx.Component, **props) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(t(title_key), size="4", as_="h2"),
            *children,
            spacing="4",
            width="100%",
        ),
        width="100%",
        **props,
    )


def _session_row(row: SessionView) -> rx.Component:
    return rx.flex(
        rx.vstack(
            rx.hstack(
                rx.text(row.device, weight="medium"),
                rx.cond(
                    row.current,
                    rx.badge(t("settings.this_device"), color_scheme="green", high_contrast=True),
                    rx.fragment(),
                ),
                spacing="2",
                align="center",
                wrap="wrap",
            ),
            rx.text(
                t("settings.ip"),
                ": ",
                rx.cond(row.client_ip != "", row.client_ip, "–"),
                size="2",
                color_scheme="gray",
                word_break="break-all",
            ),
            rx.text(
                t("settings.last_seen"),
                ": ",
                rx.cond(row.last_seen != "", row.last_seen, "–"),
                size="2",
                color_scheme="gray",
            ),
            spacing="1",
            min_width="0",
        ),
        rx.cond(
            row.current,
            rx.fragment(),
            rx.button(
                rx.icon("log-out", size=16, aria_hidden="true"),
                t("settings.end_session"),
                on_click=SettingsState.end_session(row.ref),
                variant="soft",
                color_scheme="red",
            ),
        ),
        direction={"initial": "column", "sm": "row"},
        justify="between",
        align={"initial": "start", "sm": "center"},
        gap="3",
        padding_y="0.75rem",
        border_top=f"1px solid {rx.color('gray', 5)}",
        width="100%",
        role="listitem",
    )


def _sessions() -> rx.Component:
    return _section(
        "settings.sessions",
        rx.box(
            rx.foreach(SettingsState.sessions, _session_row),
            role="list",
            width="100%",
        ),
        success_callout(SettingsState.others_done),
        rx.cond(
            SettingsState.sessions.length() <= 1,
            rx.text(t("settings.no_other_sessions"), size="2", color_scheme="gray"),
            rx.button(
                rx.icon("log-out", size=16, aria_hidden="true"),
                t("settings.end_others"),
                on_click=SettingsState.set_others_open(True),
                variant="outline",
                color_scheme="red",
            ),
        ),
        confirm_dialog(
            title=t("settings.end_others_title"),
            text=t("settings.end_others_text"),
            confirm=t("settings.end_others"),
            on_confirm=SettingsState.end_other_sessions,
            open=SettingsState.others_open,
            on_open_change=SettingsState.set_others_open,
            danger=True,
        ),
    )


def _password() -> rx.Component:
    return _section(
        "settings.change_password",
        success_callout(SettingsState.password_done),
        error_callout(SettingsState.password_error),
        form(
            field(
                t("auth.current_password"),
                "current_password",
                type="password",
                auto_complete="current-password",
                required=True,
            ),
            *new_password_fields(t("auth.new_password"), "new_password", "repeat_password"),
            submit=t("settings.change_password"),
            busy=SettingsState.password_busy,
            secret=True,
            on_submit=SettingsState.change_password,
            key=SettingsState.password_key,
        ),
    )


def _email() -> rx.Component:
    return _section(
        "settings.change_email",
        rx.text(
            t("settings.current_email"),
            " ",
            rx.text.strong(SettingsState.email),
            word_break="break-all",
        ),
        success_callout(SettingsState.email_done),
        error_callout(SettingsState.email_error),
        form(
            field(
                t("settings.new_email"),
                "new_email",
                type="email",
                auto_complete="email",
                required=True,
            ),
            field(
                t("common.password"),
                "email_password",
                type="password",
                auto_complete="current-password",
                required=True,
            ),
            submit=t("settings.send_link"),
            busy=SettingsState.email_busy,
            secret=True,
            on_submit=SettingsState.change_email,
            key=SettingsState.email_key,
        ),
    )


def _delete_dialog() -> rx.Component:
    return rx.alert_dialog.root(
        rx.alert_dialog.trigger(
            rx.button(
                rx.icon("trash-2", size=16, aria_hidden="true"),
                t("settings.delete_account"),
                color_scheme="red",
                size="3",
            ),
        ),
        rx.alert_dialog.content(
            rx.alert_dialog.title(t("settings.delete_title")),
            rx.alert_dialog.description(t("settings.delete_text"), margin_bottom="1rem"),
            rx.callout(
                rx.vstack(
                    rx.text(t("settings.delete_export_first")),
                    rx.link(
                        rx.button(
                            rx.icon("download", size=16, aria_hidden="true"),
                            t("settings.export_first"),
                            type="button",
                            variant="soft",
                            size="3",
                        ),
                        href=routes.DATA,
                    ),
                    spacing="2",
                ),
                icon="info",
                margin_bottom="1rem",
            ),
            rx.form(
                rx.vstack(
                    error_callout(SettingsState.delete_error),
                    field(
                        t("common.password"),
                        "delete_password",
                        type="password",
                        auto_complete="current-password",
                        required=True,
                    ),
                    rx.flex(
                        rx.alert_dialog.cancel(
                            rx.button(
                                t("common.cancel"),
                                type="button",
                                variant="soft",
                                color_scheme="gray",
                                size="3",
                            ),
                        ),
                        rx.button(
                            t("settings.delete_confirm"),
                            type="submit",
                            color_scheme="red",
                            loading=SettingsState.delete_busy,
                            size="3",
                        ),
                        gap="3",
                        justify="end",
                        wrap="wrap",
                        width="100%",
                    ),
                    spacing="4",
                    width="100%",
                ),
                on_submit=SettingsState.delete_account,
                width="100%",
            ),
            max_width="28rem",
        ),
        open=SettingsState.delete_open,
        on_open_change=SettingsState.set_delete_open,
    )


def _danger_zone() -> rx.Component:
    return _section(
        "settings.danger_zone",
        rx.text(t("settings.delete_intro")),
        _delete_dialog(),
        style={"border": f"1px solid {rx.color('red', 7)}"},
    )


@page(route=SETTINGS, title_key="nav.settings", on_load=SettingsState.load)
def settings_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.settings"), size="7", as_="h1"),
        _sessions(),
        _password(),
        _email(),
        _danger_zone(),
        spacing="5",
        width="100%",
        max_width="40rem",
    )
