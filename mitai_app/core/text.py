"""The one way German and English text is carried: `Text(de=..., en=...)`.

UI catalogues, seeded catalogue names, placeholder values that read
differently per language and view rows that must follow the language switch
all use it, so a caller picks the reader's language in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

LANGUAGES = ("de", "en")


@dataclass(frozen=True)
class Text:
    de: str
    en: str

    def pick(self, lang: str) -> str:
        """The text in `lang`; English for anything but German."""
        return self.de if lang == "de" else self.en

    @classmethod
    def composed(cls, compose: Callable[[str], str]) -> Text:
        """A text the server composes (with dates or numbers) in both
        languages, so a view row follows the language switch without a reload."""
        return cls(**{lang: compose(lang) for lang in LANGUAGES})
