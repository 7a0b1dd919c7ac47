"""Following a run as it streams: a state mixin (not a page) shared by the
Analysis page and the prompt admin's test run.

The answer reaches the browser as Markdown gathered into one state update
about every 100 ms (not one per token), with the stage in words; `_cancel`
closes the provider's stream.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable

import reflex as rx

from mitai_app.ai import service as ai
from mitai_app.core.access import refusal_message
from mitai_app.core.errors import UNEXPECTED, UserError, user_message
from mitai_app.core.i18n import translate

# How often streamed text reaches the browser; while the provider is still
# thinking, how often a cancel is looked for.
FLUSH_S = 0.1
CANCEL_CHECK_S = 0.5
PRE = {"white_space": "pre-wrap", "overflow_wrap": "anywhere", "font_size": "0.85rem", "margin": 0}


def failure_text(event: ai.RunEvent, lang: str) -> str:
    """A failed run in words."""
    if event.decision is not None:
        return refusal_message(event.decision, lang)
    return user_message(event.error or UserError(UNEXPECTED), lang)


def stage_heading(event: ai.RunEvent, lang: str) -> str:
    return translate(
        "ai.stage_progress",
        lang,
        stage=event.stage,
        count=event.stage_count,
        name=event.stage_name,
    )


class RunnerState(rx.State, mixin=True):
    """What a page that shows a run holds: whether it runs, the stage in
    words, the text so far, and the request to stop."""

    running: bool = False
    _cancel: bool = False
    progress: str = ""
    streamed: str = ""

    async def _follow_run(
        self,
        events: AsyncIterator[ai.RunEvent],
        on_event: Callable[[ai.RunEvent], None],
    ) -> None:
        """Feeds a run's events to `on_event` inside `async with self` (from a
        background event), text chunks gathered for FLUSH_S; stops the run
        (closing the provider stream) as soon as `_cancel` is set."""
        buffered: list[str] = []
        pending: asyncio.Future | None = asyncio.ensure_future(anext(events))
        looked = time.monotonic()
        try:
            while pending is not None:
                done, _ = await asyncio.wait({pending}, timeout=FLUSH_S)
                event = None
                if done:
                    try:
                        event = pending.result()
                    except StopAsyncIteration:
                        pending = None
                    else:
                        pending = asyncio.ensure_future(anext(events))
                        if event.kind == "chunk":
                            buffered.append(event.text)
                            event = None
                if not (buffered or event or done) and time.monotonic() - looked < CANCEL_CHECK_S:
                    continue  # waiting for the provider: no need to lock the state yet
                looked = time.monotonic()
                async with self:
                    if buffered:
                        self.streamed += "".join(buffered)
                        buffered.clear()
                    if event is not None:
                        on_event(event)
                    if self._cancel:
                        return
        finally:
            if pending is not None:
                pending.cancel()
                with contextlib.suppress(asyncio.CancelledError, StopAsyncIteration, Exception):
                    await pending
            await events.aclose()
