"""The provider layer against a real (fake) HTTP server speaking both APIs:
streaming, retries, time-outs, the circuit breaker and the API key's headers."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from mitai_app.ai import providers as ai_providers
from mitai_app.ai.providers import ProviderConfig, ProviderError, stream_text
from tests import fake_ai_provider
from tests.aio import run_async
from tests.fake_ai_provider import FakeProvider, Hang, Reply, Status

# The fixture, made visible to this module's tests.
fake_provider = fake_ai_provider.fake_provider

KEY = "sk-test-secret-0123456789"


def _config(fake: FakeProvider, kind: str = "openai", **changes) -> ProviderConfig:
    base_url = fake.base_url if kind == "openai" else fake.anthropic_base_url
    # Tiny waits so that retries and time-outs take well under a second.
    config = ProviderConfig(kind, base_url, KEY, "fake-model", timeout_s=2.0, backoff_s=0.01)
    return replace(config, **changes)


def _collect(config: ProviderConfig, **kwargs) -> list[str]:
    async def collect() -> list[str]:
        return [text async for text in stream_text(config, prompt="How am I doing?", **kwargs)]

    return run_async(collect())


def _failure(config: ProviderConfig) -> ProviderError:
    with pytest.raises(ProviderError) as raised:
        _collect(config)
    return raised.value


@pytest.mark.parametrize("kind", ["openai", "anthropic"])
def test_the_answer_streams_in_chunks(fake_provider, kind):
    fake_provider.enqueue(Reply("Your weight is trending down nicely.", chunk_size=10))

    chunks = _collect(_config(fake_provider, kind), system="You are a coach.")

    assert chunks == ["Your weigh", "t is trend", "ing down n", "icely."]
    (request,) = fake_provider.requests
    assert request.body["stream"] is True
    assert request.body["model"] == "fake-model"
    assert request.prompt == "How am I doing?"


def test_openai_sends_the_key_as_bearer_token_and_the_system_message(fake_provider):
    _collect(_config(fake_provider), system="You are a coach.")

    (request,) = fake_provider.requests
    assert request.path == "/v1/chat/completions"
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert request.body["messages"][0] == {"role": "system", "content": "You are a coach."}


def test_anthropic_sends_x_api_key_and_version(fake_provider):
    _collect(_config(fake_provider, "anthropic"), system="You are a coach.")

    (request,) = fake_provider.requests
    assert request.path == "/v1/messages"
    assert request.headers["x-api-key"] == KEY
    assert request.headers["anthropic-version"] == ai_providers.ANTHROPIC_VERSION
    assert "authorization" not in request.headers
    assert request.body["system"] == "You are a coach."
    assert request.body["max_tokens"] > 0


def test_a_local_server_without_key_gets_no_auth_header(fake_provider):
    _collect(_config(fake_provider, api_key=""))

    assert "authorization" not in fake_provider.requests[0].headers


@pytest.mark.parametrize("kind", ["openai", "anthropic"])
def test_a_prompts_own_model_and_json_output_reach_the_provider(fake_provider, kind):
    _collect(_config(fake_provider, kind), model="special-model", json_output=True)

    body = fake_provider.requests[0].body
    assert body["model"] == "special-model"
    system = body["system"] if kind == "anthropic" else body["messages"][0]["content"]
    assert "JSON only" in system


@pytest.mark.parametrize("kind", ["openai", "anthropic"])
def test_a_server_that_does_not_stream_still_answers(fake_provider, kind):
    fake_provider.enqueue(Reply("All in one piece.", whole=True))

    assert _collect(_config(fake_provider, kind)) == ["All in one piece."]


def test_429_with_retry_after_is_waited_for_then_retried(fake_provider):
    fake_provider.enqueue(Status(429, retry_after=0.3), Reply("Fine now."))

    started = time.monotonic()
    assert "".join(_collect(_config(fake_provider))) == "Fine now."

    assert time.monotonic() - started >= 0.3
    assert len(fake_provider.requests) == 2


def test_a_long_retry_after_is_reported_not_waited_for(fake_provider):
    fake_provider.enqueue(Status(429, retry_after=120), Reply("too late"))

    error = _failure(_config(fake_provider))

    assert (error.code, error.retry_after_s) == ("rate_limited", 120)
    assert len(fake_provider.requests) == 1


def test_server_errors_are_retried_then_reported_as_unavailable(fake_provider):
    fake_provider.enqueue(Status(500), Status(500), Status(500), Status(500), Reply("too late"))

    error = _failure(_config(fake_provider, max_retries=3))

    assert error.code == "unavailable"
    assert "500" in str(error)
    assert len(fake_provider.requests) == 4  # the first try and three retries


def test_a_hanging_provider_times_out_after_its_retries(fake_provider):
    fake_provider.enqueue(Hang(5), Hang(5), Hang(5))

    started = time.monotonic()
    error = _failure(_config(fake_provider, timeout_s=0.3, max_retries=2))

    assert error.code == "timeout"
    assert len(fake_provider.requests) == 3
    assert time.monotonic() - started < 4


@pytest.mark.parametrize("kind", ["openai", "anthropic"])
def test_a_failure_mid_answer_ends_it_without_a_retry(fake_provider, kind):
    fake_provider.enqueue(Reply("First part. Second part.", chunk_size=12, fail_after=1))
    received: list[str] = []

    async def read() -> None:
        async for text in stream_text(_config(fake_provider, kind), prompt="Go"):
            received.append(text)

    with pytest.raises(ProviderError) as raised:
        run_async(read())

    assert raised.value.code == "unavailable"
    assert received == ["First part. "]  # what the reader saw already stays seen
    assert len(fake_provider.requests) == 1


def test_a_refused_key_is_not_retried(fake_provider):
    fake_provider.enqueue(Status(401), Reply("never asked"))

    error = _failure(_config(fake_provider))

    assert error.code == "auth"
    assert KEY not in str(error)
    assert len(fake_provider.requests) == 1


def test_an_unreachable_provider_is_unavailable():
    config = ProviderConfig("openai", "http://127.0.0.1:9/v1", KEY, "m", max_retries=1, backoff_s=0)

    assert _failure(config).code == "unavailable"


def test_nothing_is_sent_without_a_model(fake_provider):
    error = _failure(_config(fake_provider, model=""))

    assert error.code == "not_configured"
    assert fake_provider.requests == []


def test_the_breaker_opens_after_three_failed_calls_and_calls_nothing(fake_provider):
    config = _config(fake_provider, max_retries=0)
    fake_provider.enqueue(Status(503), Status(503), Status(503))
    for _ in range(ai_providers.BREAKER_THRESHOLD):
        assert _failure(config).code == "unavailable"
    sent = len(fake_provider.requests)

    error = _failure(config)

    assert error.code == "circuit_open"
    assert 0 < error.retry_after_s <= ai_providers.BREAKER_OPEN_S
    assert len(fake_provider.requests) == sent
    # Another provider is not affected.
    other = _config(fake_provider, base_url=f"http://localhost:{fake_provider.port}/v1")
    assert _collect(other)


def test_a_success_resets_the_count_of_failures(fake_provider):
    config = _config(fake_provider, max_retries=0)
    fake_provider.enqueue(Status(500), Status(500), Reply("ok"), Status(500), Status(500))
    for _ in range(5):
        try:
            _collect(config)
        except ProviderError as error:
            assert error.code == "unavailable"

    assert _collect(config)  # still closed: never three failures in a row


def test_test_connection_passes_an_open_breaker_and_closes_it(fake_provider):
    config = _config(fake_provider, max_retries=0)
    fake_provider.enqueue(Status(500), Status(500), Status(500))
    for _ in range(ai_providers.BREAKER_THRESHOLD):
        _failure(config)
    assert _failure(config).code == "circuit_open"

    fake_provider.enqueue(Reply("Hello admin."))
    assert run_async(ai_providers.test_connection(config)) == "Hello admin."

    assert _collect(config)


def test_test_connection_reports_the_failure(fake_provider):
    fake_provider.enqueue(Status(401))

    with pytest.raises(ProviderError) as raised:
        run_async(ai_providers.test_connection(_config(fake_provider)))

    assert raised.value.code == "auth"
