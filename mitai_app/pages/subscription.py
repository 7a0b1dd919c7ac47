"""The user's membership: tier, expiry, usage against limits, coupons, trial."""

from __future__ import annotations

import reflex as rx

from mitai_app import routes
from mitai_app.components.empty import empty_state
from mitai_app.components.layout import page


@page(route=routes.SUBSCRIPTION, title="Subscription")
def subscription_page() -> rx.Component:
    return empty_state("nav.subscription", "empty.subscription", "construction")
