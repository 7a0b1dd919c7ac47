"""What every HTTP response and websocket of the app goes through (ASGI, no
Reflex): security headers, a refusal of other sites' requests, and a limit
on open websockets per client address.

- Headers: a strict Content-Security-Policy (inline scripts allowed only by
  the hashes of those in the built pages), Referrer-Policy, nosniff,
  framing refused, resources not loadable by other origins, and HSTS when
  the request came over HTTPS.
- Other sites: a request whose `Origin` is not the app's own (another port
  on the same host counts as another site), or that the browser marks as
  a cross-origin subresource (`Sec-Fetch-Site`), is answered 403; the
  websocket handshake is refused. Navigations (links from e-mail) pass.
- Websockets: at most `ws_per_address` open at once per client address in
  this worker process (so up to that many times the number of workers).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mitai_app.core import routes

Scope = dict[str, Any]
ASGIApp = Callable[..., Any]

WS_PER_ADDRESS = 30
HSTS = "max-age=31536000"
_INLINE_SCRIPT = re.compile(rb"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)
_DEFAULT_PORTS = {"http": "80", "https": "443", "ws": "80", "wss": "443"}


def header(scope: Scope, name: bytes) -> str:
    """The first value of request header `name` (lower case), or ""."""
    for key, value in scope.get("headers", []):
        if key == name:
            return value.decode("latin-1")
    return ""


def client_address(scope: Scope, trusted_proxy_hops: int) -> str:
    """The client's address: the peer, or behind `trusted_proxy_hops` reverse
    proxies the entry they added to X-Forwarded-For (the same rule Reflex
    applies to the websocket, so both count the same address)."""
    peer = (scope.get("client") or ("",))[0] or ""
    if trusted_proxy_hops:
        forwarded = [ip.strip() for ip in header(scope, b"x-forwarded-for").split(",")]
        forwarded = [ip for ip in forwarded if ip]
        if len(forwarded) >= trusted_proxy_hops:
            return forwarded[-trusted_proxy_hops]
    return peer


def is_https(scope: Scope, trusted_proxy_hops: int) -> bool:
    if scope.get("scheme") in ("https", "wss"):
        return True
    return bool(trusted_proxy_hops) and header(scope, b"x-forwarded-proto").lower() == "https"


def _netloc(scheme: str, netloc: str) -> str:
    """host:port in lower case, without the scheme's default port."""
    netloc = netloc.lower()
    default = _DEFAULT_PORTS.get(scheme)
    if default and netloc.endswith(":" + default):
        return netloc[: -len(default) - 1]
    return netloc


def own_origin(origin: str, scope: Scope, extra_ports: Iterable[int] = ()) -> bool:
    """Whether `origin` (a request's Origin header) is the app itself: the
    host and port the request was sent to, or the same host on one of
    `extra_ports` (the development server's front end)."""
    parts = urlsplit(origin)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return False
    host = header(scope, b"host").lower()
    if not host:
        return False
    theirs = _netloc(parts.scheme, parts.netloc)
    if theirs in (host, _netloc(parts.scheme, host)):
        return True
    hostname = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    return any(theirs == f"{hostname}:{port}" for port in extra_ports)


def foreign(scope: Scope, *, dev_ports: Iterable[int] = ()) -> bool:
    """Whether the request comes from another site's page (see the module
    doc). Clients that send neither header (curl, the tests) are not pages."""
    origin = header(scope, b"origin")
    if origin and not own_origin(origin, scope, dev_ports):
        return True
    site = header(scope, b"sec-fetch-site")
    if site in ("", "same-origin", "none"):
        return False
    if site == "same-site" and dev_ports and origin:
        return False  # the development front end on its own port, checked above
    # A top-level navigation (a link from anywhere) may open a page.
    return not (
        scope.get("method") == "GET"
        and header(scope, b"sec-fetch-mode") == "navigate"
        and header(scope, b"sec-fetch-dest") in ("document", "")
    )


def safe_next(path: str, default: str = routes.DASHBOARD) -> str:
    """Where to go after signing in: a path of this site only (a `next`
    parameter from a link must not lead to another site)."""
    if (
        not path
        or not path.startswith("/")
        or path.startswith(("//", "/\\"))
        or any(ord(c) < 0x21 or c == "\\" for c in path)
        or urlsplit(path).netloc
    ):
        return default
    return path


def inline_script_hashes(static_dir: Path) -> tuple[str, ...]:
    """CSP sources for every inline <script> of the built pages: the prerendered
    pages carry React Router's and Reflex's small inline scripts."""
    found: set[str] = set()
    for page in sorted(static_dir.rglob("*.html")) if static_dir.is_dir() else ():
        for body in _INLINE_SCRIPT.findall(page.read_bytes()):
            digest = base64.b64encode(hashlib.sha256(body).digest()).decode()
            found.add(f"'sha256-{digest}'")
    return tuple(sorted(found))


def content_security_policy(host: str, https: bool, script_hashes: Iterable[str]) -> str:
    # 'unsafe-eval': Reflex runs rx.call_script code and event callbacks with
    # eval(). Inline styles: Radix and Emotion set them at run time.
    websocket = f"{'wss' if https else 'ws'}://{host}" if host else ""
    return "; ".join(
        [
            "default-src 'self'",
            " ".join(["script-src 'self' 'unsafe-eval'", *script_hashes]),
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            f"connect-src 'self' {websocket}".strip(),
            "worker-src 'self'",
            "manifest-src 'self'",
            "frame-src 'none'",
            "object-src 'none'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'",
        ]
    )


class SecureWeb:
    """ASGI middleware around the whole app (pages, static files, API,
    websocket)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        trusted_proxy_hops: int,
        static_dir: Callable[[], Path],
        websocket_path: str,
        dev_ports: Iterable[int] = (),
        ws_per_address: int = WS_PER_ADDRESS,
    ) -> None:
        self.app = app
        self.hops = trusted_proxy_hops
        self.static_dir = static_dir
        self.websocket_path = websocket_path.rstrip("/")
        self.dev_ports = tuple(dev_ports)
        self.ws_per_address = ws_per_address
        self.open_websockets: Counter[str] = Counter()
        self._hashes: tuple[str, ...] | None = None

    def _script_hashes(self) -> tuple[str, ...]:
        # Read once: the build does not change under a running server.
        if self._hashes is None:
            self._hashes = inline_script_hashes(self.static_dir())
        return self._hashes

    def headers(self, scope: Scope) -> list[tuple[bytes, bytes]]:
        https = is_https(scope, self.hops)
        csp = content_security_policy(header(scope, b"host"), https, self._script_hashes())
        headers = [
            (b"content-security-policy", csp.encode()),
            (b"referrer-policy", b"same-origin"),
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"cross-origin-opener-policy", b"same-origin"),
            (b"cross-origin-resource-policy", b"same-origin"),
        ]
        if https:
            headers.append((b"strict-transport-security", HSTS.encode()))
        return headers

    async def __call__(self, scope: Scope, receive, send) -> None:
        if scope["type"] == "websocket":
            await self._websocket(scope, receive, send)
        elif scope["type"] == "http":
            await self._http(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def _http(self, scope: Scope, receive, send) -> None:
        extra = self.headers(scope)
        if foreign(scope, dev_ports=self.dev_ports):
            await send({"type": "http.response.start", "status": 403, "headers": extra})
            await send({"type": "http.response.body", "body": b""})
            return

        async def with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in extra}
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message = {**message, "headers": kept + extra}
            await send(message)

        await self.app(scope, receive, with_headers)

    async def _websocket(self, scope: Scope, receive, send) -> None:
        if not scope.get("path", "").rstrip("/").startswith(self.websocket_path):
            await self.app(scope, receive, send)
            return
        address = client_address(scope, self.hops)
        refused = foreign(scope, dev_ports=self.dev_ports) or (
            self.open_websockets[address] >= self.ws_per_address
        )
        if refused:
            await receive()  # websocket.connect
            await send({"type": "websocket.close", "code": 1008})
            return
        self.open_websockets[address] += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.open_websockets[address] -= 1
            if self.open_websockets[address] <= 0:
                del self.open_websockets[address]
