"""The admin check every admin handler runs first: the page guard alone is
not enough, since any event can be sent without the page."""

from __future__ import annotations

import reflex as rx
from reflex.event import EventSpec

from mitai_app.core import routes
from mitai_app.ui.session import SignedIn, signed_in, to_login


async def signed_in_admin(state: rx.State) -> tuple[SignedIn | None, EventSpec | None]:
    """The signed-in admin and the language to answer in, or (None, the
    redirect for whoever else is asking):

    me, refusal = await signed_in_admin(self)
    if me is None:
        return refusal
    """
    me = await signed_in(state)
    if me is None:
        return None, to_login()
    if not me.user.is_admin:
        return None, rx.redirect(routes.DASHBOARD)
    return me, None
