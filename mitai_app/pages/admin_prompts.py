"""Administration: Prompts."""

from __future__ import annotations

import reflex as rx

from mitai_app import routes
from mitai_app.components.admin_nav import admin_page_body
from mitai_app.components.layout import page
from mitai_app.state.auth import t


@page(route=routes.ADMIN_PROMPTS, title="Admin · Prompts", access="admin")
def admin_prompts_page() -> rx.Component:
    return admin_page_body(routes.ADMIN_PROMPTS, "nav.admin_prompts", rx.text(t("empty.coming")))
