"""The prompts a new installation starts with (six base prompts and the
original's three-stage pipeline: body trend, nutrition, and an overall
analysis that reads both), read from `data/prompts.json`. Seeded once by
`seeds.py`; admins own them after that.

A prompt's title, description and stage names are stored in German (the
table has one title column); the data file gives each in both languages, so
English readers see the English one while an admin has not changed it.
Every `{{name}}` in a template is a placeholder of the registry; in the
pipeline's last stage `{{body_trend}}` and `{{nutrition}}` are the outputs
of stages 1 and 2. A template is a list of lines in the file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mitai_app.ai.prompts import PromptSpec, parse_stages
from mitai_app.core.text import Text

DATA = Path(__file__).parent / "data" / "prompts.json"


def _text(raw: dict[str, str]) -> Text:
    return Text(de=raw["de"], en=raw["en"])


def _lines(raw: list[str] | None) -> str:
    return "\n".join(raw or ())


def _stages(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The file's stages in the shape `ai_prompts.stages` stores (German names)."""
    return [
        {
            "name": _text(stage["name"]).de,
            "prompts": [
                {
                    **prompt,
                    **(
                        {
                            "template": _lines(prompt["template"]),
                            "template_en": _lines(prompt.get("template_en")),
                        }
                        if prompt["type"] == "inline"
                        else {}
                    ),
                }
                for prompt in stage["prompts"]
            ],
        }
        for stage in raw
    ]


def _spec(raw: dict[str, Any]) -> PromptSpec:
    return PromptSpec(
        slug=raw["slug"],
        title=_text(raw["title"]).de,
        type=raw["type"],
        template=_lines(raw.get("template")),
        template_en=_lines(raw.get("template_en")),
        output_format=raw.get("output_format", "text"),
        output_schema=raw.get("output_schema"),
        stages=parse_stages(_stages(raw["stages"])) if raw["type"] == "pipeline" else (),
        model=raw.get("model", ""),
        description=_text(raw["description"]).de,
        category=raw["category"],
    )


_RAW: list[dict[str, Any]] = json.loads(DATA.read_text(encoding="utf-8"))["prompts"]

# In the order they are listed on the Analysis page.
DEFAULT_PROMPTS: tuple[PromptSpec, ...] = tuple(_spec(raw) for raw in _RAW)

_ENGLISH: dict[str, str] = {
    text["de"]: text["en"]
    for raw in _RAW
    for text in (raw["title"], raw["description"], *(s["name"] for s in raw.get("stages", ())))
}


def localized(text: str, lang: str) -> str:
    """A seeded German title, description or stage name in the reader's language."""
    return _ENGLISH.get(text, text) if lang == "en" else text
