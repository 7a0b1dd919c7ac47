"""The UI's words in German and English, and the lookup both sides share.

Each module keeps its words in its `strings.py` (`CATALOG: dict[str, Text]`)
and names it in its manifest; this merges them all. Pages render `t(key)` (a
Var that follows the user's language); handlers use
`translate(key, lang, **values)` for messages they compose on the server.
"""

from __future__ import annotations

from mitai_app.core.modules import contributions
from mitai_app.core.text import LANGUAGES, Text

__all__ = ["CATALOG", "LANGUAGES", "translate"]

CATALOG: dict[str, Text] = {}


def _merge() -> None:
    """Adds each module's words; a key defined twice is a mistake."""
    for module, catalog in contributions("strings"):
        twice = CATALOG.keys() & catalog.keys()
        if twice:
            raise ValueError(f"i18n keys defined twice ({module.name}): {sorted(twice)}")
        CATALOG.update(catalog)


_merge()


def translate(key: str, lang: str, **values: object) -> str:
    text = CATALOG[key].pick(lang)
    return text.format(**values) if values else text
