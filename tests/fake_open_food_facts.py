"""A fake Open Food Facts: a real HTTP server on 127.0.0.1 answering
`GET /api/v2/product/<barcode>.json` from `products` (barcode → the
product's JSON), 404 with status 0 for others, and for barcodes in `hang`
no answer for that many seconds. `requests` records each request's path
and lower-cased headers.

In-process tests use the `fake_off` fixture (`from tests import
fake_open_food_facts` and `fake_off = fake_open_food_facts.fake_off`).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

_PRODUCT = re.compile(r"^/api/v2/product/(\d+)\.json")


@dataclass
class FakeOpenFoodFacts:
    products: dict[str, dict] = field(default_factory=dict)
    hang: dict[str, float] = field(default_factory=dict)
    requests: list[dict] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> FakeOpenFoodFacts:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                fake.requests.append(
                    {"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}}
                )
                match = _PRODUCT.match(self.path)
                code = match.group(1) if match else ""
                if code in fake.hang:
                    time.sleep(fake.hang[code])
                    return
                product = fake.products.get(code)
                body = (
                    {"code": code, "status": 1, "product": product}
                    if product is not None
                    else {"code": code, "status": 0, "status_verbose": "product not found"}
                )
                data = json.dumps(body).encode()
                self.send_response(200 if product is not None else 404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


@pytest.fixture
def fake_off() -> Iterator[FakeOpenFoodFacts]:
    server = FakeOpenFoodFacts().start()
    yield server
    server.stop()
