"""The Capture tab: quick entry of today's values."""

from __future__ import annotations

import reflex as rx

from mitai_app import routes
from mitai_app.components.empty import empty_state
from mitai_app.components.layout import page


@page(route=routes.CAPTURE, title="Capture")
def capture_page() -> rx.Component:
    return empty_state("nav.capture", "empty.capture", "circle-plus")
