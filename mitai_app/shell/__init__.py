"""The app shell: front page, dashboard, Capture, History and "More", each
filled from what the registered modules contribute."""

from mitai_app.core import routes
from mitai_app.core.modules import Module, NavEntry

MODULE = Module(
    name="shell",
    depends=("accounts",),  # the front page asks whether anyone can sign in yet
    strings="mitai_app.shell.strings:CATALOG",
    pages=(
        "mitai_app.shell.pages.home",
        "mitai_app.shell.pages.dashboard",
        "mitai_app.shell.pages.capture",
        "mitai_app.shell.pages.history",
        "mitai_app.shell.pages.more",
        "mitai_app.shell.pages.not_found",
    ),
    nav=(
        NavEntry(routes.DASHBOARD, "nav.dashboard", "tab", 10, icon="layout-dashboard"),
        NavEntry(routes.CAPTURE, "nav.capture", "tab", 20, icon="circle-plus"),
        NavEntry(routes.HISTORY, "nav.history", "tab", 30, icon="history"),
        NavEntry(routes.MORE, "nav.more", "tab", 90, icon="menu"),
    ),
)
