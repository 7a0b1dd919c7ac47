"""Fixtures the generic-log tests share."""

from __future__ import annotations

import pytest

from mitai_app.core import logs


@pytest.fixture
def charged(monkeypatch) -> list[str]:
    """The feature ids charged, while charging for real."""
    calls: list[str] = []
    real = logs.consume

    def consume(**kwargs):
        calls.append(kwargs["feature_id"])
        return real(**kwargs)

    monkeypatch.setattr(logs, "consume", consume)
    return calls
