"""Onboarding identifiers: its route and the six steps of the first run."""

from __future__ import annotations

ONBOARDING = "/onboarding"  # the first-run flow

# The steps in their order; the page numbers them from 1.
STEPS = ("profile", "goal", "focus", "diet", "training", "ai")
