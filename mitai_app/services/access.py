"""The one feature-access check (architecture, "Feature Access Control").

Every use case that creates an entry, uploads a photo, exports, imports or
calls the AI calls `consume()` inside its own transaction before it commits:
the usage is counted only when the action commits, and a refused action
raises `FeatureRefused` carrying the decision, which pages turn into a
message with `refusal_message()`.

INTERFACE FIRST: this module is being implemented in the Membership issue
(#5); until then `consume()` allows everything and counts nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlmodel import Session


@dataclass(frozen=True)
class AccessDecision:
    feature_id: str
    allowed: bool
    limit: int | None  # None: unlimited
    used: int
    remaining: int | None  # None: unlimited
    reason: str  # e.g. "unlimited", "within_limit", "limit_reached", "disabled"
    limit_type: str = "total"  # daily, monthly or total
    tier_id: str | None = None


class FeatureRefused(Exception):
    def __init__(self, decision: AccessDecision) -> None:
        super().__init__(f"{decision.feature_id}: {decision.reason}")
        self.decision = decision


def consume(
    *, session: Session, profile_id: uuid.UUID | str, feature_id: str, amount: int = 1
) -> AccessDecision:
    """Takes `amount` units of `feature_id` for the profile in the caller's
    transaction, or raises FeatureRefused. The caller commits (the usage is
    counted with the action) or rolls back (nothing is counted)."""
    return AccessDecision(
        feature_id=feature_id, allowed=True, limit=None, used=0, remaining=None, reason="unlimited"
    )


def refusal_message(decision: AccessDecision, lang: str) -> str:
    """What the user reads when `decision` refused an action."""
    if lang == "de":
        return f"Dein Tarif erlaubt das gerade nicht ({decision.feature_id})."
    return f"Your plan does not allow this right now ({decision.feature_id})."
