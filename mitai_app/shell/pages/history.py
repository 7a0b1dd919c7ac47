"""History: a tab for every log the registered modules declare (ui.log_list).

The list loads when it mounts, as Capture's cards do, not by an on_load
handler: a page without one is marked hydrated by Reflex's own on_load
event, while each on_load handler costs an event of its own plus the
`set_is_hydrated` event Reflex sends after them (a state load and save each)."""

from __future__ import annotations

import reflex as rx

from mitai_app.core import routes
from mitai_app.ui.layout import page
from mitai_app.ui.log_list import LogListState, log_tabs
from mitai_app.ui.session import t


# The list's load checks the session and sends a signed-out visitor to the login page.
@page(route=routes.HISTORY, title_key="nav.history", checks_session=True)
def history_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.history"), size="7", as_="h1"),
        log_tabs(),
        rx.el.div(hidden=True, on_mount=LogListState.load),
        spacing="4",
        width="100%",
        max_width="48rem",
    )
