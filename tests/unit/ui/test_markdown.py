"""Markdown from others is shown by the one component that drops raw HTML."""

from __future__ import annotations

from pathlib import Path

import reflex as rx

from mitai_app.ui.markdown import markdown

APP = Path(__file__).resolve().parents[3] / "mitai_app"


def test_the_markdown_component_has_no_raw_html_plugin():
    rendered = str(markdown(rx.Var("text").to(str)))
    assert "ReactMarkdown" in rendered
    assert "rehypeRaw" not in rendered


def test_no_page_renders_markdown_but_through_it():
    direct = [
        str(path.relative_to(APP))
        for path in APP.rglob("*.py")
        if "rx.markdown(" in path.read_text() and path.name != "markdown.py"
    ]
    assert direct == []
