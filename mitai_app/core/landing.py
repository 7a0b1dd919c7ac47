"""The page a user lands on after signing in: the dashboard, unless a
module leads a new account elsewhere first (its manifest's `after_sign_in`,
e.g. onboarding's unfinished first run). Accounts signs people in and asks
here, so it needs no import of the module that keeps the first run."""

from __future__ import annotations

import uuid

from sqlmodel import Session

from mitai_app.core import routes
from mitai_app.core.modules import contributions


def landing_page(*, session: Session, profile_id: uuid.UUID | str) -> str:
    for _, lead in contributions("after_sign_in"):
        found = lead(session=session, profile_id=profile_id)
        if found:
            return found
    return routes.DASHBOARD
