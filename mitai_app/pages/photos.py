"""Progress photos: upload, gallery by date and pose, before/after."""

from __future__ import annotations

import reflex as rx

from mitai_app import routes
from mitai_app.components.empty import empty_state
from mitai_app.components.layout import page


@page(route=routes.PHOTOS, title="Photos")
def photos_page() -> rx.Component:
    return empty_state("nav.photos", "empty.photos", "construction")
