"""The page a user lands on after signing in: the dashboard, unless a
module leads a new account elsewhere first (its manifest's `after_sign_in`,
e.g. onboarding's unfinished first run). Accounts signs people in and asks
here, so it needs no import of the module that keeps the first run."""

from __future__ import annotations

import uuid

from sqlmodel import Session

from mitai_app.core import routes
from mitai_app.core.modules import first_answer


def landing_page(*, session: Session, profile_id: uuid.UUID | str) -> str:
    return first_answer("after_sign_in", session=session, profile_id=profile_id) or routes.DASHBOARD
