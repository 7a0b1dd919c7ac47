"""core.web: the headers every response gets, other sites' requests refused,
the websocket limit per client address, and where `next` may lead."""

from __future__ import annotations

import asyncio

import pytest
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route, WebSocketRoute
from starlette.testclient import TestClient
from starlette.websockets import WebSocket, WebSocketDisconnect

from mitai_app.core import web
from tests.aio import run_async

APP = "127.0.0.1:8100"


async def _hello(_request):
    return PlainTextResponse("hello")


async def _socket(websocket: WebSocket):
    await websocket.accept()
    await websocket.receive_text()  # held open until the client leaves


def _client(tmp_path, *, hops: int = 0, dev_ports=(), ws_per_address=3) -> TestClient:
    (tmp_path / "index.html").write_text(
        "<html><script>window.a = 1;</script><script src='/x.js'></script></html>"
    )
    inner = Starlette(routes=[Route("/", _hello), WebSocketRoute("/_event", _socket)])
    secured = web.SecureWeb(
        inner,
        trusted_proxy_hops=hops,
        static_dir=lambda: tmp_path,
        websocket_path="/_event",
        dev_ports=dev_ports,
        ws_per_address=ws_per_address,
    )
    return TestClient(secured, base_url=f"http://{APP}")


def test_every_response_has_a_strict_policy_and_the_security_headers(tmp_path):
    response = _client(tmp_path).get("/")
    assert response.status_code == 200
    csp = dict(
        part.strip().split(" ", 1)
        for part in response.headers["content-security-policy"].split(";")
    )
    assert csp["frame-src"] == "'none'"
    assert csp["object-src"] == "'none'"
    assert csp["frame-ancestors"] == "'none'"
    assert csp["img-src"] == "'self' data: blob:"
    assert csp["base-uri"] == "'self'"
    assert csp["worker-src"] == "'self'" and csp["manifest-src"] == "'self'"
    assert csp["connect-src"] == f"'self' ws://{APP}"
    # Inline scripts only by the hash of those in the built pages; no 'unsafe-inline'.
    assert "'unsafe-inline'" not in csp["script-src"]
    assert csp["script-src"].count("'sha256-") == 1
    assert response.headers["referrer-policy"] == "same-origin"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert "strict-transport-security" not in response.headers


def test_hsts_only_over_https_and_behind_a_trusted_proxy_that_says_so(tmp_path):
    forwarded = {"x-forwarded-proto": "https"}
    assert "strict-transport-security" not in _client(tmp_path).get("/", headers=forwarded).headers
    proxied = _client(tmp_path, hops=1).get("/", headers=forwarded)
    assert proxied.headers["strict-transport-security"] == web.HSTS
    assert "wss://" in proxied.headers["content-security-policy"]


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 200),  # curl, the tests: no page behind it
        ({"origin": f"http://{APP}", "sec-fetch-site": "same-origin"}, 200),
        ({"origin": "http://127.0.0.1:9999", "sec-fetch-site": "same-site"}, 403),
        ({"origin": "https://evil.example"}, 403),
        ({"origin": "null"}, 403),
        # A subresource another port's page asked for (an <img>, no Origin).
        ({"sec-fetch-site": "same-site", "sec-fetch-mode": "no-cors"}, 403),
        # A link followed from anywhere opens the page.
        (
            {
                "sec-fetch-site": "cross-site",
                "sec-fetch-mode": "navigate",
                "sec-fetch-dest": "document",
            },
            200,
        ),
    ],
)
def test_requests_from_other_sites_pages_are_refused(tmp_path, headers, status):
    response = _client(tmp_path).get("/", headers=headers)
    assert response.status_code == status
    assert response.headers["x-content-type-options"] == "nosniff"


def test_a_post_from_another_site_is_refused_even_as_a_navigation(tmp_path):
    headers = {
        "origin": "https://evil.example",
        "sec-fetch-site": "cross-site",
        "sec-fetch-mode": "navigate",
    }
    assert _client(tmp_path).post("/", headers=headers).status_code in (403, 405)
    assert _client(tmp_path).post("/", headers=headers).status_code == 403


def test_in_development_the_front_end_port_is_the_app_too(tmp_path):
    headers = {"origin": "http://127.0.0.1:3000", "sec-fetch-site": "same-site"}
    assert _client(tmp_path, dev_ports=(3000,)).get("/", headers=headers).status_code == 200
    assert _client(tmp_path).get("/", headers=headers).status_code == 403


def test_the_websocket_accepts_only_the_apps_own_origin(tmp_path):
    client = _client(tmp_path)
    with client.websocket_connect(f"ws://{APP}/_event", headers={"origin": f"http://{APP}"}) as ws:
        ws.send_text("bye")
    with (
        pytest.raises(WebSocketDisconnect) as refused,
        client.websocket_connect(f"ws://{APP}/_event", headers={"origin": "http://127.0.0.1:9999"}),
    ):
        pass
    assert refused.value.code == 1008


def test_one_address_may_hold_only_so_many_websockets(tmp_path):
    """F12: the fourth websocket from one address is refused while three are
    open, another address is not, and a closed one frees its place."""
    client = _client(tmp_path, ws_per_address=3)
    first = [client.websocket_connect(f"ws://{APP}/_event") for _ in range(3)]
    for ws in first:
        ws.__enter__()
    with (
        pytest.raises(WebSocketDisconnect) as refused,
        client.websocket_connect(f"ws://{APP}/_event"),
    ):
        pass
    assert refused.value.code == 1008
    first[0].send_text("bye")
    first[0].__exit__(None, None, None)
    with client.websocket_connect(f"ws://{APP}/_event") as again:
        again.send_text("bye")
    for ws in first[1:]:
        ws.send_text("bye")
        ws.__exit__(None, None, None)


def test_behind_a_trusted_proxy_the_forwarded_address_is_counted():
    scope = {
        "client": ("10.0.0.1", 1),
        "headers": [(b"x-forwarded-for", b"198.51.100.7, 203.0.113.5")],
    }
    assert web.client_address(scope, 0) == "10.0.0.1"
    assert web.client_address(scope, 1) == "203.0.113.5"
    assert web.client_address(scope, 2) == "198.51.100.7"
    assert web.client_address(scope, 3) == "10.0.0.1"  # fewer entries than proxies


@pytest.mark.parametrize(
    ("asked", "goes_to"),
    [
        ("/history?tab=weight", "/history?tab=weight"),
        ("/admin/prompts", "/admin/prompts"),
        ("", "/dashboard"),
        ("https://evil.example/", "/dashboard"),
        ("//evil.example/", "/dashboard"),
        ("/\\evil.example", "/dashboard"),
        ("javascript:alert(1)", "/dashboard"),
        ("/ok\nSet-Cookie: x", "/dashboard"),
    ],
)
def test_after_signing_in_only_paths_of_this_site(asked, goes_to):
    assert web.safe_next(asked) == goes_to


def test_inline_script_hashes_match_what_browsers_compute(tmp_path):
    # sha256 of "window.a = 1;" in base64, as a browser reports it in a CSP error.
    (tmp_path / "a.html").write_text("<script>window.a = 1;</script>")
    assert web.inline_script_hashes(tmp_path) == (
        "'sha256-ShPZs6SyOIfeOg7tsGkUC0BIIQiM/4HlSLumBwNEK6k='",
    )
    assert web.inline_script_hashes(tmp_path / "missing") == ()


def test_a_closed_websocket_frees_its_place(tmp_path):
    secured = web.SecureWeb(
        lambda scope, receive, send: asyncio.sleep(0),
        trusted_proxy_hops=0,
        static_dir=lambda: tmp_path,
        websocket_path="/_event",
    )
    scope = {"type": "websocket", "path": "/_event/", "client": ("192.0.2.1", 5), "headers": []}
    run_async(secured(scope, None, None))
    assert secured.open_websockets == {}
