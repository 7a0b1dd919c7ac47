"""The one layout decorator every page uses: shell, title, route, on_load."""

from __future__ import annotations

from collections.abc import Callable

import reflex as rx

APP_NAME = "Mitai Jinkendo"

# Every page registers itself here; the app module adds them all.
PAGES: list[tuple[Callable[[], rx.Component], dict]] = []


def _shell(content: rx.Component) -> rx.Component:
    return rx.box(
        rx.el.main(
            content,
            max_width="60rem",
            margin_x="auto",
            padding=["1rem", "1.5rem", "2rem"],
        ),
        min_height="100vh",
        width="100%",
        overflow_x="hidden",
    )


def page(*, route: str, title: str, on_load=None) -> Callable:
    """Wrap a page function in the app shell and register its route."""

    def decorator(render: Callable[[], rx.Component]) -> Callable[[], rx.Component]:
        def wrapped() -> rx.Component:
            return _shell(render())

        wrapped.__name__ = render.__name__
        PAGES.append(
            (
                wrapped,
                {
                    "route": route,
                    "title": f"{title} · {APP_NAME}" if title != APP_NAME else APP_NAME,
                    "on_load": on_load,
                },
            )
        )
        return wrapped

    return decorator
