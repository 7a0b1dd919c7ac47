"""Helpers for the access and membership tests: profiles, limits, the usage
log in a temporary file, and committed data for the concurrency tests."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from mitai_app.accounts.models import Profile
from mitai_app.core import access
from mitai_app.core import settings as settings_module
from mitai_app.core.models import TierLimit
from tests.factories import new_profile


def log_to_tmp(tmp_path, monkeypatch):
    """Sends the usage log to tmp_path; returns a function reading its lines."""
    custom = settings_module.Settings(_env_file=None, usage_log=tmp_path / "logs" / "usage.log")
    monkeypatch.setattr(access, "settings", lambda: custom)

    def lines() -> list[dict]:
        if not custom.usage_log.exists():
            return []
        return [json.loads(line) for line in custom.usage_log.read_text().splitlines()]

    return lines


def set_limit(session: Session, tier: str, feature: str, value: int | None, kind: str | None):
    row = session.exec(
        select(TierLimit).where(TierLimit.tier_id == tier, TierLimit.feature_id == feature)
    ).first() or TierLimit(tier_id=tier, feature_id=feature)
    row.limit_value, row.limit_type = value, kind
    session.add(row)
    session.commit()


@contextmanager
def committed_profile(engine: Engine, **fields) -> Iterator[uuid.UUID]:
    """A profile committed for real (threads see it), deleted afterwards with
    everything that hangs off it."""
    with Session(engine) as session:
        profile_id = new_profile(session, **fields)
    try:
        yield profile_id
    finally:
        with Session(engine) as session:
            session.delete(session.get(Profile, profile_id))
            session.commit()
