"""The Analysis tab: AI analyses of the user's own numbers."""

from __future__ import annotations

import reflex as rx

from mitai_app import routes
from mitai_app.components.empty import empty_state
from mitai_app.components.layout import page


@page(route=routes.ANALYSIS, title="Analysis")
def analysis_page() -> rx.Component:
    return empty_state("nav.analysis", "empty.analysis", "sparkles")
