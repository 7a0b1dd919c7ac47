"""What PDFs made with fpdf2's built-in fonts share. Those fonts hold
Latin-1 only: German is fine, a few signs (dashes, ≥) are written as their
plain equivalents and anything else as "?"."""

from __future__ import annotations

_PLAIN = str.maketrans(
    {"–": "-", "—": "-", "≥": ">=", "≤": "<=", "…": "...", "\u202f": " ", "\u2009": " "}
)


def plain(text: str) -> str:
    """What the built-in fonts can write."""
    return text.translate(_PLAIN).encode("latin-1", "replace").decode("latin-1")
