"""HTTP routes for private media (progress photos), served only to their
owner after a session check. Filled in by the photos module."""

from __future__ import annotations

from starlette.routing import Route

ROUTES: list[Route] = []
