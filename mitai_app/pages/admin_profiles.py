"""Administration: Profiles."""

from __future__ import annotations

import reflex as rx

from mitai_app import routes
from mitai_app.components.admin_nav import admin_page_body
from mitai_app.components.layout import page
from mitai_app.state.auth import t


@page(route=routes.ADMIN_PROFILES, title="Admin · Profiles", access="admin")
def admin_profiles_page() -> rx.Component:
    return admin_page_body(routes.ADMIN_PROFILES, "nav.admin_profiles", rx.text(t("empty.coming")))
