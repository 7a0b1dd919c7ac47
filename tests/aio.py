"""Running a coroutine from a synchronous test."""

import asyncio
import contextvars
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor


def run_async(coroutine: Coroutine):
    """asyncio.run on a thread of its own: Playwright's sync API, used by the
    e2e tests in the same pytest process, leaves an event loop running on the
    main thread, where asyncio.run refuses to start. The caller's context
    variables go along (Reflex keeps its registration context in one)."""
    context = contextvars.copy_context()
    with ThreadPoolExecutor(max_workers=1) as thread:
        return thread.submit(context.run, asyncio.run, coroutine).result()
