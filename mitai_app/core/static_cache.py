"""Browsers keep the production build's files instead of asking again.

Everything under /assets/ is named by a hash of its content (Vite's output),
so a changed file gets a new name and a stored copy never goes stale. Without
a Cache-Control header, a reload asked about each of them again (one round
trip each; seconds on a slow phone link).
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

ASSETS = "/assets/"
FOREVER = b"public, max-age=31536000, immutable"


class CacheBuiltAssets:
    """ASGI middleware: the year-long, immutable Cache-Control on /assets/."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(ASSETS):
            await self.app(scope, receive, send)
            return

        async def send_cacheable(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] in (200, 304):
                headers = [
                    (name, value)
                    for name, value in message.get("headers", [])
                    if name.lower() != b"cache-control"
                ]
                message = {**message, "headers": [*headers, (b"cache-control", FOREVER)]}
            await send(message)

        await self.app(scope, receive, send_cacheable)
