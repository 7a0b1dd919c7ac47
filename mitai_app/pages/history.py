"""The History tab: every entry per module, newest first."""

from __future__ import annotations

import reflex as rx

from mitai_app import routes
from mitai_app.components.empty import empty_state
from mitai_app.components.layout import page


@page(route=routes.HISTORY, title="History")
def history_page() -> rx.Component:
    return empty_state("nav.history", "empty.history", "history")
