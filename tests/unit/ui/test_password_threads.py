"""Password work and its threads: re-checks of a signed-in user's password
that fill their threads leave sign-in its own."""

from __future__ import annotations

import asyncio
import contextlib
import threading

from mitai_app.ui import session as ui_session
from mitai_app.ui.session import call_service
from tests.aio import run_async


def test_rechecks_filling_their_threads_do_not_delay_a_sign_in(monkeypatch):
    # No database: the services here only wait or answer.
    monkeypatch.setattr(ui_session.db, "session", lambda: contextlib.nullcontext(None))
    let_go = threading.Event()

    def recheck(*, session) -> None:
        let_go.wait(30)

    def sign_in(*, session) -> str:
        return "signed in"

    async def six_tabs_then_a_sign_in() -> str:
        tabs = [
            asyncio.ensure_future(call_service(recheck, rechecks_password=True)) for _ in range(6)
        ]
        await asyncio.sleep(0.1)  # the re-checks hold every thread they may use
        try:
            return await asyncio.wait_for(call_service(sign_in, hashes_passwords=True), 10)
        finally:
            let_go.set()
            await asyncio.gather(*tabs)

    assert run_async(six_tabs_then_a_sign_in()) == "signed in"
