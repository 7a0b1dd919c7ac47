"""Talking to a language model: any OpenAI-compatible chat-completions endpoint
(OpenAI, OpenRouter, Ollama, LM Studio, vLLM) and Anthropic's Messages API.

`stream_text` yields the answer as it streams in. Failures before the first
chunk (429, 5xx, refused connections, time-outs) are retried with exponential
back-off and jitter, honouring Retry-After; after the first chunk a failure
ends the answer, since the reader has already seen part of it. A circuit
breaker per endpoint stops calling a provider that keeps failing, so users get
an immediate "try again in N s" instead of a minute of waiting each.

The breaker lives in this process: with several backend workers each keeps
its own count, which only means a failing provider is tried a few more times.
"""

from __future__ import annotations

import asyncio
import json
import random
import threading
import time
from collections.abc import AsyncIterator
from contextlib import aclosing
from dataclasses import dataclass, replace

import httpx

KINDS = ("openai", "anthropic")
ANTHROPIC_VERSION = "2023-06-01"
# Anthropic requires a ceiling on the answer's length; this fits any analysis.
ANTHROPIC_MAX_TOKENS = 4096
BREAKER_THRESHOLD = 3  # consecutive failed calls (after their retries)
BREAKER_OPEN_S = 60.0
# A provider asking us to wait longer than this is reported, not waited for.
MAX_RETRY_WAIT_S = 30.0
BACKOFF_MAX_S = 8.0
TEST_PROMPT = "Reply with one short sentence confirming that you can read this."
TEST_TIMEOUT_S = 30.0
# JSON answers are asked for in words, not with `response_format`: some
# OpenAI-compatible servers (LM Studio) refuse its "json_object" type, and the
# caller checks the answer against its schema anyway.
JSON_INSTRUCTION = "Answer with JSON only, without Markdown code fences or comments."
# httpx builds this (reading the CA bundle, ~50 ms of CPU) for every client
# by default: built once here, a call never stalls the event loop with it.
TLS_CONTEXT = httpx.create_ssl_context()
# A burst of buffered stream lines is read in batches of this many.
YIELD_EVERY_LINES = 64
# Failures that waiting may cure: these are retried and count for the breaker.
TRANSIENT = frozenset({"rate_limited", "unavailable", "timeout"})


@dataclass(frozen=True)
class ProviderConfig:
    kind: str  # "openai" (any OpenAI-compatible incl. OpenRouter, Ollama, LM Studio, vLLM) | "anthropic"
    base_url: str
    api_key: str
    model: str
    timeout_s: float = 60.0
    max_retries: int = 3
    # The first retry waits about this long, each further one twice as long.
    backoff_s: float = 1.0


class ProviderError(Exception):
    """A failed call. `code` is stable (the pages translate it); the message
    is safe to show: it never holds the API key."""

    def __init__(self, code: str, message: str = "", *, retry_after_s: float | None = None):
        super().__init__(message or code)
        self.code = code
        self.retry_after_s = retry_after_s


# --- circuit breaker ------------------------------------------------------


@dataclass
class _Breaker:
    failures: int = 0
    open_until: float = 0.0


_breakers: dict[tuple[str, str], _Breaker] = {}
_breakers_lock = threading.Lock()


def _endpoint(config: ProviderConfig) -> tuple[str, str]:
    return config.kind, config.base_url.rstrip("/")


def _check_breaker(config: ProviderConfig) -> None:
    with _breakers_lock:
        breaker = _breakers.get(_endpoint(config))
        remaining = breaker.open_until - time.monotonic() if breaker else 0.0
    if remaining > 0:
        raise ProviderError(
            "circuit_open",
            f"The AI provider failed repeatedly; calls resume in {remaining:.0f} s.",
            retry_after_s=remaining,
        )


def _record(config: ProviderConfig, *, failed: bool) -> None:
    """A success closes the breaker; the threshold's failure in a row opens
    it, and once it has been open, the first trial call decides alone."""
    with _breakers_lock:
        breaker = _breakers.setdefault(_endpoint(config), _Breaker())
        if not failed:
            breaker.failures, breaker.open_until = 0, 0.0
            return
        breaker.failures += 1
        if breaker.failures >= BREAKER_THRESHOLD:
            breaker.open_until = time.monotonic() + BREAKER_OPEN_S


def reset_breaker(config: ProviderConfig) -> None:
    """A changed configuration deserves a fresh start."""
    with _breakers_lock:
        _breakers.pop(_endpoint(config), None)


# --- requests ---------------------------------------------------------------


@dataclass(frozen=True)
class _Request:
    url: str
    headers: dict[str, str]
    body: dict


def _build_request(
    config: ProviderConfig, *, prompt: str, system: str | None, model: str | None, json_output: bool
) -> _Request:
    if config.kind not in KINDS or not config.base_url.strip() or not (model or config.model):
        raise ProviderError("not_configured", "No AI provider is configured.")
    system = "\n\n".join(
        part for part in (system, JSON_INSTRUCTION if json_output else None) if part
    )
    base = config.base_url.strip().rstrip("/")
    if config.kind == "anthropic":
        headers = {"anthropic-version": ANTHROPIC_VERSION}
        if config.api_key:
            headers["x-api-key"] = config.api_key
        body = {
            "model": model or config.model,
            "max_tokens": ANTHROPIC_MAX_TOKENS,
            "messages": [{"role": "user", "content": prompt}],
            "stream": True,
        }
        if system:
            body["system"] = system
        # The documented base is the host; accept one that already ends in /v1.
        path = "/messages" if base.endswith("/v1") else "/v1/messages"
        return _Request(base + path, headers, body)
    headers = {"Authorization": f"Bearer {config.api_key}"} if config.api_key else {}
    messages = [{"role": "system", "content": system}] if system else []
    body = {
        "model": model or config.model,
        "messages": [*messages, {"role": "user", "content": prompt}],
        "stream": True,
    }
    return _Request(base + "/chat/completions", headers, body)


def _safe(text: str, config: ProviderConfig, limit: int = 300) -> str:
    """A provider's own words, short and without the key (some echo it)."""
    if config.api_key:
        text = text.replace(config.api_key, "***")
    return " ".join(text.split())[:limit]


def _retry_after(response: httpx.Response) -> float | None:
    milliseconds = response.headers.get("retry-after-ms")
    seconds = response.headers.get("retry-after")
    try:
        if milliseconds is not None:
            return max(0.0, float(milliseconds) / 1000)
        if seconds is not None:
            return max(0.0, float(seconds))
    except ValueError:
        return None  # an HTTP date: fall back to our own back-off
    return None


def _provider_message(response: httpx.Response) -> str:
    try:
        error = response.json().get("error")
    except (ValueError, AttributeError):
        return response.text
    if isinstance(error, dict):
        return str(error.get("message") or error)
    return str(error or response.text)


def _http_error(response: httpx.Response, config: ProviderConfig) -> ProviderError:
    status = response.status_code
    detail = _safe(_provider_message(response), config)
    said = f"HTTP {status}" + (f": {detail}" if detail else "")
    if status in (401, 403):
        return ProviderError("auth", f"The AI provider refused the API key ({said}).")
    if status == 429:
        return ProviderError(
            "rate_limited",
            f"The AI provider is rate-limiting requests ({said}).",
            retry_after_s=_retry_after(response),
        )
    if status == 408:
        return ProviderError("timeout", f"The AI provider timed out ({said}).")
    if status >= 500:
        return ProviderError(
            "unavailable",
            f"The AI provider is unavailable ({said}).",
            retry_after_s=_retry_after(response),
        )
    return ProviderError("bad_response", f"The AI provider rejected the request ({said}).")


# --- answers ----------------------------------------------------------------


def _event_error(event: dict, config: ProviderConfig) -> ProviderError:
    """An error reported inside the stream (OpenRouter, Anthropic)."""
    error = event.get("error") if isinstance(event.get("error"), dict) else {}
    kind = str(error.get("type") or error.get("code") or "")
    message = _safe(str(error.get("message") or event), config)
    if kind in ("overloaded_error", "api_error") or kind.startswith("5"):
        return ProviderError("unavailable", f"The AI provider failed: {message}")
    if kind == "rate_limit_error" or kind == "429":
        return ProviderError("rate_limited", f"The AI provider is rate-limiting: {message}")
    return ProviderError("bad_response", f"The AI provider reported an error: {message}")


def _text_of(kind: str, event: dict, config: ProviderConfig) -> str:
    if event.get("error") or event.get("type") == "error":
        raise _event_error(event, config)
    if kind == "anthropic":
        if event.get("type") == "content_block_delta":
            return event["delta"].get("text") or ""
        # A non-streamed message (a server that ignored "stream").
        if event.get("type") == "message":
            return "".join(block.get("text") or "" for block in event["content"])
        return ""
    choices = event.get("choices") or [{}]
    part = choices[0].get("delta") or choices[0].get("message") or {}
    return part.get("content") or ""


def _read(kind: str, data: str | bytes, config: ProviderConfig) -> str:
    """The text in one JSON document (a stream's event or a whole answer)."""
    try:
        event = json.loads(data)
        return _text_of(kind, event, config) if isinstance(event, dict) else ""
    except (ValueError, KeyError, AttributeError, IndexError, TypeError) as error:
        raise ProviderError(
            "bad_response", "The AI provider's answer could not be read."
        ) from error


async def _numbered(lines: AsyncIterator[str]) -> AsyncIterator[tuple[int, str]]:
    number = 0
    async for line in lines:
        number += 1
        yield number, line


async def _chunks(kind: str, response: httpx.Response, config: ProviderConfig):
    """The answer's text pieces, from server-sent events or a plain JSON body."""
    if "text/event-stream" not in response.headers.get("content-type", ""):
        text = _read(kind, await response.aread(), config)
        if text:
            yield text
        return
    async for number, line in _numbered(response.aiter_lines()):
        if number % YIELD_EVERY_LINES == 0:
            # Lines already received come without awaiting the network: let
            # other users' events run between batches of them.
            await asyncio.sleep(0)
        # SSE: "event:" names are repeated in Anthropic's data; ":" lines are comments.
        if not line.startswith("data:"):
            continue
        data = line[5:].strip()
        if data == "[DONE]":
            return
        text = _read(kind, data, config)
        if text:
            yield text


def _wait_before_retry(config: ProviderConfig, attempt: int, error: ProviderError) -> float:
    if error.retry_after_s is not None:
        return error.retry_after_s
    # Full back-off times a random factor, so clients that failed together
    # do not come back together.
    return min(BACKOFF_MAX_S, config.backoff_s * 2**attempt) * random.uniform(0.5, 1.0)


async def _stream_with_retries(config: ProviderConfig, request: _Request) -> AsyncIterator[str]:
    timeout = httpx.Timeout(config.timeout_s)
    async with httpx.AsyncClient(timeout=timeout, verify=TLS_CONTEXT) as client:
        for attempt in range(config.max_retries + 1):
            started = False
            try:
                async with client.stream(
                    "POST", request.url, json=request.body, headers=request.headers
                ) as response:
                    if response.status_code >= 400:
                        await response.aread()
                        raise _http_error(response, config)
                    async for text in _chunks(config.kind, response, config):
                        started = True
                        yield text
                return
            except httpx.TimeoutException:
                error = ProviderError(
                    "timeout", f"The AI provider did not answer within {config.timeout_s:g} s."
                )
            except httpx.TransportError as failure:
                error = ProviderError(
                    "unavailable",
                    f"The AI provider cannot be reached ({type(failure).__name__}).",
                )
            except ProviderError as failure:
                error = failure
            wait = _wait_before_retry(config, attempt, error)
            if (
                started
                or error.code not in TRANSIENT
                or attempt == config.max_retries
                or wait > MAX_RETRY_WAIT_S
            ):
                raise error
            await asyncio.sleep(wait)


async def _stream(
    config: ProviderConfig,
    *,
    prompt: str,
    system: str | None,
    model: str | None,
    json_output: bool,
    check_breaker: bool,
) -> AsyncIterator[str]:
    request = _build_request(
        config, prompt=prompt, system=system, model=model, json_output=json_output
    )
    if check_breaker:
        _check_breaker(config)
    try:
        # aclosing: a reader that stops early (cancel) closes the connection now.
        async with aclosing(_stream_with_retries(config, request)) as chunks:
            async for text in chunks:
                yield text
    except ProviderError as error:
        if error.code in TRANSIENT:
            _record(config, failed=True)
        raise
    _record(config, failed=False)


def stream_text(
    config: ProviderConfig,
    *,
    prompt: str,
    system: str | None = None,
    model: str | None = None,
    json_output: bool = False,
) -> AsyncIterator[str]:
    """The model's answer, chunk by chunk as it streams in. `model` overrides
    the configured default (a prompt's own model). Raises ProviderError."""
    return _stream(
        config,
        prompt=prompt,
        system=system,
        model=model,
        json_output=json_output,
        check_breaker=True,
    )


async def test_connection(config: ProviderConfig) -> str:
    """A tiny prompt; the reply's text, or ProviderError. It passes an open
    breaker (an admin checking a repaired provider) and closes it on success;
    it does not retry, so the admin hears at once what is wrong."""
    quick = replace(config, max_retries=0, timeout_s=min(config.timeout_s, TEST_TIMEOUT_S))
    chunks = [
        text
        async for text in _stream(
            quick,
            prompt=TEST_PROMPT,
            system=None,
            model=None,
            json_output=False,
            check_breaker=False,
        )
    ]
    return "".join(chunks).strip()


# pytest would collect the module's `test_connection` as a test when imported.
test_connection.__test__ = False  # type: ignore[attr-defined]
