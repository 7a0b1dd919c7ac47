"""History: a tab for every log the registered modules declare (ui.log_list)."""

from __future__ import annotations

import reflex as rx

from mitai_app.core import routes
from mitai_app.ui.layout import page
from mitai_app.ui.log_list import LogListState, log_tabs
from mitai_app.ui.session import t


@page(route=routes.HISTORY, title_key="nav.history", on_load=LogListState.load, checks_session=True)
def history_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.history"), size="7", as_="h1"),
        log_tabs(),
        spacing="4",
        width="100%",
        max_width="48rem",
    )
