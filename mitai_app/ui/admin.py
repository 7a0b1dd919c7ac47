"""The admin check every admin handler runs first: the page guard alone is
not enough, since any event can be sent without the page."""

from __future__ import annotations

import reflex as rx
from reflex.event import EventSpec

from mitai_app.accounts.service import CurrentUser
from mitai_app.core import routes
from mitai_app.ui.session import require_user


async def require_admin_user(state: rx.State) -> tuple[CurrentUser | None, EventSpec | None]:
    """The signed-in admin, or (None, the redirect for whoever else is asking)."""
    user = await require_user(state)
    if user is None:
        return None, rx.redirect(routes.LOGIN)
    if not user.is_admin:
        return None, rx.redirect(routes.DASHBOARD)
    return user, None
