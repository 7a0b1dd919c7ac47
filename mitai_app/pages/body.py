"""Body composition: charts over a chosen range and the derived values."""

from __future__ import annotations

import reflex as rx

from mitai_app import routes
from mitai_app.components.empty import empty_state
from mitai_app.components.layout import page


@page(route=routes.BODY, title="Body")
def body_page() -> rx.Component:
    return empty_state("nav.body", "empty.body", "construction")
