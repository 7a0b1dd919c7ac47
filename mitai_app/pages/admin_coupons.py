"""Administration: Coupons."""

from __future__ import annotations

import reflex as rx

from mitai_app import routes
from mitai_app.components.admin_nav import admin_page_body
from mitai_app.components.layout import page
from mitai_app.state.auth import t


@page(route=routes.ADMIN_COUPONS, title="Admin · Coupons", access="admin")
def admin_coupons_page() -> rx.Component:
    return admin_page_body(routes.ADMIN_COUPONS, "nav.admin_coupons", rx.text(t("empty.coming")))
