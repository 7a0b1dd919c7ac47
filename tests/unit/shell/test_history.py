"""Opening a page costs one event (a state load and save) per on_load
handler, plus Reflex's `set_is_hydrated` after them: History and Capture
have none (what they show loads on mount and checks the session there), and
signed-in pages do not ask the browser for its language (the profile's
wins)."""

from __future__ import annotations

from mitai_app.accounts.pages import login  # noqa: F401  (registers the page)
from mitai_app.body.consts import BODY
from mitai_app.body.pages import body  # noqa: F401
from mitai_app.core import routes
from mitai_app.shell.pages import capture, history  # noqa: F401
from mitai_app.ui.layout import PAGES
from mitai_app.ui.session import AuthState


def _on_load(route: str) -> list:
    return next(options["on_load"] for _, options in PAGES if options["route"] == route)


def test_history_and_capture_open_without_on_load_events():
    assert _on_load(routes.HISTORY) == []
    assert _on_load(routes.CAPTURE) == []


def test_only_public_pages_follow_the_browser_language():
    assert AuthState.init_language in _on_load(routes.LOGIN)
    assert _on_load(BODY)[0] == AuthState.require_login
    assert AuthState.init_language not in _on_load(BODY)
