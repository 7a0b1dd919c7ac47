"""Where links in e-mails point (confirmation, reset, change of address,
invitation).

MITAI_PUBLIC_BASE_URL when it is set. Otherwise the address the person opened
the app with (the browser's Origin, such as http://192.168.1.20:3000 for a
phone on the home network), so a household install needs no setting. That
address is taken only when it names this machine or the local network: any
client can send any Origin, and a reset link pointing to someone else's
server on the internet would hand them its token. Anything else falls back to
http://localhost on the app's port; a server reachable under a public name
sets MITAI_PUBLIC_BASE_URL.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

# Names that resolve only inside a home network (mDNS, common router domains).
LOCAL_SUFFIXES = (".local", ".lan", ".home", ".home.arpa", ".internal")


def link_base(*, configured: str | None, opened_at: str | None, port: int) -> str:
    if configured:
        return configured.rstrip("/")
    if opened_at and (origin := _local_origin(opened_at)):
        return origin
    return f"http://localhost:{port}"


def _local_origin(address: str) -> str | None:
    try:
        parts = urlsplit(address.strip())
        host, _port = parts.hostname, parts.port  # .port raises when malformed
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not host or parts.path.strip("/"):
        return None
    if not (_is_local_address(host) or _is_local_name(host)):
        return None
    return f"{parts.scheme}://{parts.netloc}"


def _is_local_address(host: str) -> bool:
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return ip.is_loopback or ip.is_private or ip.is_link_local


def _is_local_name(host: str) -> bool:
    name = host.lower().rstrip(".")
    return name == "localhost" or "." not in name or name.endswith(LOCAL_SUFFIXES)
