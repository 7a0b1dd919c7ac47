"""Markdown written by others (AI answers, admins' stage names) shown safely.

Reflex's `rx.markdown` adds rehype-raw unless told otherwise, which turns raw
HTML in the text into live elements: an answer holding `<iframe srcdoc=…>`
or `<img onerror=…>` ran script in the app's origin. Without rehype-raw,
react-markdown shows raw HTML as the text it is. Markdown images are shown
as their alt text: their address could be anywhere, and its query could
carry what the user's data says to whoever answers it.
"""

from __future__ import annotations

import reflex as rx

# Code blocks (an answer's JSON) wrap instead of widening a phone's page.
_BOX = {
    "width": "100%",
    "overflow_wrap": "anywhere",
    "& pre": {"white_space": "pre-wrap", "overflow_wrap": "anywhere"},
}


def _image_as_text(_children: rx.Var) -> rx.Component:
    return rx.el.span(rx.Var("props.alt"))


def markdown(source: rx.Var | str, **props) -> rx.Component:
    """The one way the app shows Markdown: no raw HTML, no remote images."""
    return rx.box(
        rx.markdown(source, use_raw=False, component_map={"img": _image_as_text}),
        style=_BOX,
        **props,
    )
