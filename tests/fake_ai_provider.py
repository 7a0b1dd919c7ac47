"""A fake language-model provider: a real HTTP server on 127.0.0.1 that speaks
OpenAI's chat completions (`POST /v1/chat/completions`) and Anthropic's
Messages API (`POST /v1/messages`), streamed (server-sent events) or not.

Tests script its answers with `enqueue(Reply(...), Status(...), Hang(...))`,
one behaviour per request in arrival order; with an empty queue it answers a
default reply that echoes the start of the prompt. `requests` records every
request received (path, lower-cased headers, JSON body).

In-process tests use the `fake_provider` fixture: `from tests import
fake_ai_provider` and `fake_provider = fake_ai_provider.fake_provider` in the
test module (importing the name itself trips ruff's F811 in every test that
takes it). End-to-end tests start one with `FakeProvider().start()`: the app
under test runs in another process and reaches it over localhost.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

DEFAULT_MODEL_REPLY = "Fake analysis of: {start}"


@dataclass(frozen=True)
class Reply:
    """An answer, streamed in pieces of `chunk_size` characters (`delay_s`
    apart); `whole` answers one JSON body even to a streaming request, as
    servers that ignore "stream" do; `fail_after` ends the stream with an
    error event after that many pieces (an upstream failure mid-answer)."""

    text: str
    chunk_size: int = 8
    delay_s: float = 0.0
    whole: bool = False
    fail_after: int | None = None


@dataclass(frozen=True)
class Status:
    """An HTTP error answer, e.g. 429 with Retry-After, 500, 401."""

    code: int
    retry_after: float | None = None


@dataclass(frozen=True)
class Hang:
    """No answer for `seconds` (longer than the client's time-out), then the
    connection closes without one."""

    seconds: float


Behaviour = Reply | Status | Hang


@dataclass(frozen=True)
class ReceivedRequest:
    path: str
    headers: dict[str, str]
    body: dict

    @property
    def prompt(self) -> str:
        """The text of the last user message."""
        content = self.body.get("messages", [{}])[-1].get("content", "")
        return content if isinstance(content, str) else json.dumps(content)


@dataclass
class FakeProvider:
    # When set, requests without this key (either API's header) get a 401.
    required_key: str | None = None
    requests: list[ReceivedRequest] = field(default_factory=list)
    _queue: deque = field(default_factory=deque)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _stopping: threading.Event = field(default_factory=threading.Event)
    _server: ThreadingHTTPServer | None = None

    @property
    def port(self) -> int:
        assert self._server is not None, "start() the fake provider first"
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        """The OpenAI-compatible base URL (chat completions live under it)."""
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def anthropic_base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def enqueue(self, *behaviours: Behaviour) -> None:
        with self._lock:
            self._queue.extend(behaviours)

    def start(self) -> FakeProvider:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        server.daemon_threads = True
        server.block_on_close = False
        self._server = server
        threading.Thread(
            target=server.serve_forever, args=(0.05,), name="fake-ai", daemon=True
        ).start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # hanging requests give up at once
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def _next(self, request: ReceivedRequest) -> Behaviour:
        with self._lock:
            self.requests.append(request)
            if self._queue:
                return self._queue.popleft()
        return Reply(DEFAULT_MODEL_REPLY.format(start=" ".join(request.prompt.split())[:60]))


def _openai_events(text: str, chunk_size: int) -> Iterator[dict]:
    for start in range(0, len(text), chunk_size):
        yield {"choices": [{"index": 0, "delta": {"content": text[start : start + chunk_size]}}]}


def _anthropic_events(text: str, chunk_size: int, model: str) -> Iterator[dict]:
    yield {"type": "message_start", "message": {"id": "msg_fake", "model": model, "content": []}}
    yield {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}
    for start in range(0, len(text), chunk_size):
        piece = text[start : start + chunk_size]
        yield {
            "type": "content_block_delta",
            "index": 0,
            "delta": {"type": "text_delta", "text": piece},
        }
    yield {"type": "content_block_stop", "index": 0}
    yield {"type": "message_delta", "delta": {"stop_reason": "end_turn"}}
    yield {"type": "message_stop"}


def _failing(events: Iterator[dict], pieces: int, anthropic: bool) -> Iterator[dict]:
    """The stream up to its `pieces`-th text piece, then an error event in
    the API's own form (OpenRouter's for OpenAI-compatible streams)."""
    for event in events:
        is_piece = "choices" in event or event.get("type") == "content_block_delta"
        if is_piece:
            if pieces == 0:
                break
            pieces -= 1
        yield event
    if anthropic:
        yield {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    else:
        yield {"error": {"code": 502, "message": "upstream failed mid-answer"}}


def _handler_for(fake: FakeProvider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        # HTTP/1.0: every answer ends by closing the connection, so a stream
        # needs neither a length nor chunked encoding.
        protocol_version = "HTTP/1.0"

        def log_message(self, *args) -> None:  # keep test output quiet
            pass

        def do_POST(self) -> None:
            # The client may stop listening (time-out, cancel) at any point.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self._serve()

        def _serve(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            try:
                body = json.loads(self.rfile.read(length) or b"{}")
            except ValueError:
                body = {}
            headers = {name.lower(): value for name, value in self.headers.items()}
            request = ReceivedRequest(path=self.path, headers=headers, body=body)
            if self.path not in ("/v1/chat/completions", "/v1/messages"):
                self._json(404, {"error": {"message": f"no route {self.path}"}})
                return
            behaviour = fake._next(request)
            if fake.required_key and fake.required_key not in (
                headers.get("x-api-key"),
                headers.get("authorization", "").removeprefix("Bearer "),
            ):
                behaviour = Status(401)
            if isinstance(behaviour, Hang):
                fake._stopping.wait(behaviour.seconds)
                return
            if isinstance(behaviour, Status):
                extra = {}
                if behaviour.retry_after is not None:
                    extra["Retry-After"] = f"{behaviour.retry_after:g}"
                message = {"error": {"message": f"fake status {behaviour.code}"}}
                self._json(behaviour.code, message, extra)
                return
            self._reply(request, behaviour)

        def _json(self, status: int, payload: dict, extra: dict | None = None) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (extra or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def _reply(self, request: ReceivedRequest, reply: Reply) -> None:
            anthropic = request.path == "/v1/messages"
            model = request.body.get("model", "")
            if reply.whole or not request.body.get("stream"):
                if anthropic:
                    content = [{"type": "text", "text": reply.text}]
                    self._json(200, {"type": "message", "model": model, "content": content})
                else:
                    message = {"role": "assistant", "content": reply.text}
                    self._json(200, {"model": model, "choices": [{"message": message}]})
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            events = (
                _anthropic_events(reply.text, reply.chunk_size, model)
                if anthropic
                else _openai_events(reply.text, reply.chunk_size)
            )
            if reply.fail_after is not None:
                events = _failing(events, reply.fail_after, anthropic)
            for event in events:
                prefix = f"event: {event['type']}\n" if anthropic else ""
                self.wfile.write(f"{prefix}data: {json.dumps(event)}\n\n".encode())
                self.wfile.flush()
                if reply.delay_s:
                    time.sleep(reply.delay_s)
            if not anthropic:
                self.wfile.write(b"data: [DONE]\n\n")

    return Handler


@pytest.fixture
def fake_provider() -> Iterator[FakeProvider]:
    fake = FakeProvider().start()
    yield fake
    fake.stop()
