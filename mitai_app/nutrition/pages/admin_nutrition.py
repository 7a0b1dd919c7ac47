"""Admin → Nutrition: the switch for the Open Food Facts barcode lookup
(off: barcodes are looked up in this app's own foods only)."""

from __future__ import annotations

import reflex as rx

from mitai_app.core.errors import UserError, user_message
from mitai_app.nutrition import service
from mitai_app.nutrition.consts import ADMIN_NUTRITION
from mitai_app.ui.admin import signed_in_admin
from mitai_app.ui.admin_nav import admin_page_body
from mitai_app.ui.forms import error_callout, switch_field
from mitai_app.ui.layout import page
from mitai_app.ui.session import call_service, t


class NutritionAdminState(rx.State):
    off_lookup: bool = True
    error: str = ""

    @rx.event
    async def load(self):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        self.off_lookup = await call_service(service.off_lookup_enabled)
        self.error = ""
        return None

    @rx.event
    async def set_off_lookup(self, value: bool):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        try:
            self.off_lookup = await call_service(
                service.set_off_lookup, admin_id=me.user.id, enabled=bool(value)
            )
        except UserError as error:
            self.error = user_message(error, me.lang)
        return None


@page(
    route=ADMIN_NUTRITION,
    title_key=("nav.admin", "nav.admin_nutrition"),
    on_load=NutritionAdminState.load,
    access="admin",
)
def admin_nutrition_page() -> rx.Component:
    return admin_page_body(
        ADMIN_NUTRITION,
        "nav.admin_nutrition",
        rx.card(
            rx.vstack(
                switch_field(
                    t("nutrition.admin.off_lookup"),
                    "off_lookup",
                    NutritionAdminState.off_lookup,
                    NutritionAdminState.set_off_lookup,
                ),
                rx.text(t("nutrition.admin.off_lookup_hint"), size="2", color_scheme="gray"),
                error_callout(NutritionAdminState.error),
                spacing="3",
            ),
            width="100%",
        ),
    )
