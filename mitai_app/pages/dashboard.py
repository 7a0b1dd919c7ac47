"""The dashboard: the newest values and trends at a glance."""

from __future__ import annotations

import reflex as rx

from mitai_app import routes
from mitai_app.components.empty import empty_state
from mitai_app.components.layout import page


@page(route=routes.DASHBOARD, title="Dashboard")
def dashboard_page() -> rx.Component:
    return empty_state("nav.dashboard", "empty.dashboard", "layout-dashboard")
