"""Many analyses stream at once: does reading the providers' answers stall the
event loop that serves every user? (Target: worst stall under 10 ms.)

    .venv/bin/python bench/ai_streaming.py [--streams 20] [--chars 6000] [--chunk 8]

Starts the fake provider (tests/fake_ai_provider.py) on localhost, in a
process of its own so that it does not compete for this one's CPU, and reads
`--streams` answers at the same time through `stream_text`, half over the
OpenAI-compatible API and half over Anthropic's, each `--chars` long in
`--chunk`-character events (a long answer in small tokens is the most
events per second). A watch task on the same loop wakes every 2 ms and
records how late it woke. Prints time to first chunk, total time, events per
second and the loop's worst and 99th-percentile lateness.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mitai_app.ai.providers import ProviderConfig, stream_text  # noqa: E402
from tests.fake_ai_provider import FakeProvider, Reply  # noqa: E402

WATCH_INTERVAL_S = 0.002


async def _watch(lateness: list[float], stop: asyncio.Event) -> None:
    while not stop.is_set():
        started = time.perf_counter()
        await asyncio.sleep(WATCH_INTERVAL_S)
        lateness.append(time.perf_counter() - started - WATCH_INTERVAL_S)


async def _read(config: ProviderConfig, started: float) -> tuple[float, int]:
    first = 0.0
    length = 0
    async for text in stream_text(config, prompt="Analyse my week."):
        if not length:
            first = time.perf_counter() - started
        length += len(text)
    return first, length


def _serve(replies: int, chars: int, chunk: int, port, stop) -> None:
    """The fake provider's process: `replies` answers, until told to stop."""
    fake = FakeProvider().start()
    fake.enqueue(*[Reply("x" * chars, chunk_size=chunk)] * replies)
    port.send(fake.port)
    stop.wait()
    fake.stop()


async def _bench(port: int, streams: int, chars: int, chunk: int) -> None:
    base = f"http://127.0.0.1:{port}"
    configs = [
        ProviderConfig("openai" if i % 2 == 0 else "anthropic", base + "/v1", "k", "fake")
        for i in range(streams)
    ]
    lateness: list[float] = []
    stop = asyncio.Event()
    watch = asyncio.create_task(_watch(lateness, stop))
    started = time.perf_counter()
    results = await asyncio.gather(*(_read(config, started) for config in configs))
    total = time.perf_counter() - started
    stop.set()
    await watch

    firsts = sorted(first for first, _ in results)
    assert all(length == chars for _, length in results), "an answer arrived incomplete"
    pieces = streams * -(-chars // chunk)
    late_ms = sorted(value * 1000 for value in lateness)
    print(f"{streams} streams × {chars} characters in {chunk}-character events")
    print(f"  requests: {streams}, text events: {pieces}")
    print(
        f"  time to first chunk: median {statistics.median(firsts) * 1000:.0f} ms, "
        f"max {firsts[-1] * 1000:.0f} ms"
    )
    print(f"  all answers complete: {total:.2f} s ({pieces / total:,.0f} events/s)")
    print(
        f"  event-loop lateness: p99 {late_ms[int(len(late_ms) * 0.99)]:.1f} ms, "
        f"worst {late_ms[-1]:.1f} ms over {len(late_ms)} wake-ups"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=20)
    parser.add_argument("--chars", type=int, default=6000)
    parser.add_argument("--chunk", type=int, default=8)
    args = parser.parse_args()
    receive_port, send_port = multiprocessing.Pipe(duplex=False)
    stop = multiprocessing.Event()
    server = multiprocessing.Process(
        target=_serve, args=(args.streams, args.chars, args.chunk, send_port, stop), daemon=True
    )
    server.start()
    try:
        asyncio.run(_bench(receive_port.recv(), args.streams, args.chars, args.chunk))
    finally:
        stop.set()
        server.join(timeout=10)
