"""Accounts: profiles, sign-in sessions, registration, e-mail links, the
profile and settings pages."""

from mitai_app.accounts.consts import SETTINGS
from mitai_app.core import routes
from mitai_app.core.modules import Module, NavEntry

MODULE = Module(
    name="accounts",
    models="mitai_app.accounts.models",
    placeholders="mitai_app.accounts.placeholders",
    strings="mitai_app.accounts.strings:CATALOG",
    pages=(
        "mitai_app.accounts.pages.login",
        "mitai_app.accounts.pages.register",
        "mitai_app.accounts.pages.setup",
        "mitai_app.accounts.pages.links",
        "mitai_app.accounts.pages.profile",
        "mitai_app.accounts.pages.settings",
    ),
    # Derived counters and the audit log are rebuilt, not carried along.
    internal_tables=("sessions", "account_tokens", "user_stats", "user_activity_log"),
    nav=(
        NavEntry(routes.PROFILE, "nav.profile", "more", 80, icon="user"),
        NavEntry(SETTINGS, "nav.settings", "more", 90, icon="settings"),
    ),
)
