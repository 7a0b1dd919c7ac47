"""The one layout decorator every page uses: shell, title, route, on_load.

Signed-in pages get the app shell (tab bar on phones, sidebar above 640 px)
and check the session on load; public pages get a narrow centred column.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import reflex as rx
from reflex_base.style import color_mode, set_color_mode

from mitai_app.core import routes
from mitai_app.core.i18n import CATALOG
from mitai_app.core.modules import nav_entries
from mitai_app.core.text import Text
from mitai_app.ui.session import AuthState, shown, t

APP_NAME = "Mitai Jinkendo"

# Every page registers itself here; the app module adds them all.
PAGES: list[tuple[Callable[[], rx.Component], dict]] = []

# The tab bar and "More" list what the registered modules declare.
TABS = tuple((e.route, e.label_key, e.icon) for e in nav_entries("tab"))
MORE_LINKS = tuple((e.route, e.label_key, e.icon) for e in nav_entries("more"))

Access = Literal["public", "signed_in", "admin"]


def nav_link(route: str, key: str, icon: str, *, active: str) -> rx.Component:
    current = {"aria-current": "page"} if route == active else {}
    return rx.el.a(
        rx.icon(icon, size=20, aria_hidden="true"), t(key), href=route, custom_attrs=current
    )


def language_switch() -> rx.Component:
    return rx.segmented_control.root(
        rx.segmented_control.item("DE", value="de"),
        rx.segmented_control.item("EN", value="en"),
        value=rx.cond(AuthState.lang == "de", "de", "en"),
        on_change=AuthState.choose_language,
        aria_label=t("common.language"),
        size="1",
    )


THEMES = (("light", "sun", "nav.theme_light"), ("dark", "moon", "nav.theme_dark"))


def theme_switch() -> rx.Component:
    """Light, dark, or the system's choice (prefers-color-scheme, followed as
    it changes). Kept in the browser by Reflex's colour-mode context."""
    return rx.segmented_control.root(
        *[
            rx.segmented_control.item(
                rx.icon(icon, size=16, aria_hidden="true"),
                value=mode,
                aria_label=t(key),
                custom_attrs={"title": t(key)},
            )
            for mode, icon, key in (*THEMES, ("system", "monitor", "nav.theme_system"))
        ],
        value=color_mode,
        on_change=lambda mode: set_color_mode(mode),
        aria_label=t("nav.color_mode"),
        size="1",
    )


def admin_link(*, active: str) -> rx.Component:
    return rx.cond(
        AuthState.is_admin,
        nav_link(routes.ADMIN, "nav.admin", "shield", active=active),
        rx.fragment(),
    )


def preferences(**props) -> rx.Component:
    """Colour mode and language, in the sidebar and on the "More" page."""
    return rx.hstack(
        theme_switch(),
        language_switch(),
        align="center",
        **props,
    )


def sign_out_button(**props) -> rx.Component:
    return rx.button(
        rx.icon("log-out", size=18, aria_hidden="true"),
        t("nav.sign_out"),
        on_click=AuthState.sign_out,
        **props,
    )


def _sidebar(active: str) -> rx.Component:
    return rx.el.nav(
        rx.heading(APP_NAME, size="4", margin_bottom="1rem", padding_x="0.75rem"),
        *[nav_link(route, key, icon, active=active) for route, key, icon in TABS[:-1]],
        rx.separator(margin_y="0.5rem"),
        *[nav_link(route, key, icon, active=active) for route, key, icon in MORE_LINKS],
        admin_link(active=active),
        rx.spacer(),
        preferences(padding_x="0.75rem"),
        sign_out_button(variant="ghost", justify="start", margin_top="0.5rem"),
        class_name="mj-sidebar",
        aria_label=t("nav.main"),
    )


def _tabbar(active: str) -> rx.Component:
    return rx.el.nav(
        *[nav_link(route, key, icon, active=active) for route, key, icon in TABS],
        class_name="mj-tabbar",
        aria_label=t("nav.main"),
    )


def _app_shell(content: rx.Component, active: str) -> rx.Component:
    return rx.box(
        _sidebar(active),
        rx.el.main(content, class_name="mj-content"),
        _tabbar(active),
        min_height="100vh",
    )


def _public_shell(content: rx.Component) -> rx.Component:
    return rx.box(
        rx.hstack(
            theme_switch(),
            language_switch(),
            justify="end",
            padding="0.75rem",
        ),
        rx.el.main(content, class_name="mj-public"),
        min_height="100vh",
    )


def document_title(*keys: str) -> str | rx.Var:
    """The browser tab's title: the catalogue texts `keys` joined by " · ",
    then the app's name, in the reader's language (it follows the language
    switch); the app's name alone without keys."""
    if not keys:
        return APP_NAME
    texts = [CATALOG[key] for key in keys]
    return shown(
        Text.composed(lambda lang: " · ".join([*(text.pick(lang) for text in texts), APP_NAME]))
    )


def page(
    *,
    route: str,
    title_key: str | tuple[str, ...] = (),
    on_load=None,
    access: Access = "signed_in",
    checks_session: bool = False,
) -> Callable:
    """Wrap a page in its shell and register it.

    `title_key` names the catalogue text of the page's title (a tuple: its
    parts, e.g. `("nav.admin", "nav.admin_tiers")`); without one the title
    is the app's name.

    Signed-in and admin pages first ask the server whether the session is
    valid (and, for admin pages, whether the user is an admin); the page's
    own handlers check again, since any event can be sent without a page.
    `checks_session`: the page's own loading (its on_load, or the handlers
    its components send when they mount) begins with `signed_in()` and
    sends a signed-out visitor to the login page, so the separate check is
    left out. Every on_load handler is an event of its own (a state load
    and save each), and a page with any also costs Reflex's
    `set_is_hydrated` event after them, so a page opens faster with fewer
    of them: none is cheapest.

    Public pages follow the browser's language on a first visit; on the
    others, the session check sets the profile's language anyway.
    """
    keys = (title_key,) if isinstance(title_key, str) else title_key
    shown_title = document_title(*keys)
    guard = {
        "public": [AuthState.init_language],
        "signed_in": [] if checks_session else [AuthState.require_login],
        "admin": [AuthState.require_admin],
    }[access]
    own = [] if on_load is None else on_load if isinstance(on_load, list) else [on_load]

    def decorator(render: Callable[[], rx.Component]) -> Callable[[], rx.Component]:
        def wrapped() -> rx.Component:
            body = render()
            return _public_shell(body) if access == "public" else _app_shell(body, route)

        wrapped.__name__ = render.__name__
        # Reflex writes a page's memoized pieces to a JavaScript module named
        # after this: the page's own, so each page loads only what it uses
        # (named after this module, every page loaded every page's pieces).
        wrapped.__module__ = render.__module__
        PAGES.append(
            (
                wrapped,
                {
                    "route": route,
                    "title": shown_title,
                    "on_load": [*guard, *own],
                },
            )
        )
        return wrapped

    return decorator
