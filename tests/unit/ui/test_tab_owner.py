"""ui.session.TabOwner: a tab's state belongs to the session it was made
under. Another session speaking for the tab (the next user in a shared
tab, or a tab's token replayed without the cookie) finds it emptied:
no rows, no pending undo (F9, F10)."""

from __future__ import annotations

from reflex.state import State

import mitai_app.mitai_app  # noqa: F401  (every page's state registered)
from mitai_app.ui.log_list import LogListState
from mitai_app.ui.session import AuthState, TabOwner
from tests.aio import run_async


def _speaks(root: State, cookie: str) -> None:
    """A websocket handshake with this Cookie header (as Reflex sees it)."""
    root._update_router_vars({"headers": {"cookie": cookie}}, root.router_data)


async def _event(root: State) -> None:
    await TabOwner().preprocess(None, root, None)


def _tab() -> tuple[State, AuthState, LogListState]:
    async def build():
        root = State(_reflex_internal_init=True)
        return root, await root.get_state(AuthState), await root.get_state(LogListState)

    return run_async(build())


def test_the_same_session_keeps_its_tab():
    root, auth, logs = _tab()
    _speaks(root, "mitai_session_id=ana")
    run_async(_event(root))
    logs._undo_log, logs.loaded = "weight", True
    run_async(_event(root))
    assert (logs._undo_log, logs.loaded, auth._owner) == ("weight", True, "ana")


def test_another_session_finds_the_tab_emptied_pending_undo_included():
    root, auth, logs = _tab()
    _speaks(root, "theme=dark; mitai_session_id=ana")
    run_async(_event(root))
    logs._undo_log, logs.loaded, auth.display_name = "weight", True, "Ana"
    _speaks(root, "mitai_session_id=ben")
    run_async(_event(root))
    assert (logs._undo_log, logs._undo_row, logs.loaded, auth.display_name) == ("", None, False, "")
    assert auth._owner == "ben"


def test_a_replayed_tab_without_the_cookie_gets_nothing():
    root, auth, logs = _tab()
    _speaks(root, "mitai_session_id=ana")
    run_async(_event(root))
    logs.loaded = True
    _speaks(root, "")
    run_async(_event(root))
    assert not logs.loaded and auth._owner == ""


def test_a_tab_whose_owner_record_is_new_is_emptied_too():
    """The owner record is written with every event, so it is the last to
    expire from the store; one that is new (expired, or from an older
    release) does not vouch for the states beside it."""
    root, auth, logs = _tab()
    logs.loaded = True
    _speaks(root, "")
    run_async(_event(root))
    assert not logs.loaded and auth._owner == ""
