"""The page for an address the app does not have: what happened, in the
reader's language, and the way home (the dashboard when signed in, else the
front page). Reflex shows the page registered at route "404" for every
unknown path."""

from __future__ import annotations

import reflex as rx

from mitai_app.core import routes
from mitai_app.ui.layout import page
from mitai_app.ui.session import AuthState, t

NOT_FOUND = "404"  # Reflex's route for its not-found page


class NotFoundState(rx.State):
    @rx.event
    async def load(self):
        # Who is asking decides where "home" is.
        await (await self.get_state(AuthState)).current_user()


@page(
    route=NOT_FOUND,
    title_key="error.not_found_title",
    access="public",
    on_load=NotFoundState.load,
)
def not_found_page() -> rx.Component:
    return rx.vstack(
        rx.text("404", size="2", color_scheme="gray", weight="medium"),
        rx.heading(t("error.not_found_title"), size="7", as_="h1"),
        rx.text(t("error.not_found_text")),
        rx.cond(
            AuthState.signed_in,
            rx.link(rx.button(t("error.not_found_dashboard"), size="3"), href=routes.DASHBOARD),
            rx.link(rx.button(t("error.not_found_home"), size="3"), href=routes.HOME),
        ),
        spacing="4",
        padding_top="1rem",
    )
