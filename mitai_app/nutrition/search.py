"""Food search text: names folded for accent- and case-insensitive search
("Jöghurt" and "JOGHURT" both become "joghurt"), and a typed query turned
into the full-text query of each database (every word a prefix, all words
required). Pure: no database, no Reflex."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MAX_WORDS = 6  # of a query; more only slow the search down
# Word beginnings up to this length are indexed as words of their own
# (SQLite: FTS5 prefix indexes; PostgreSQL: nutrition_search_vector), so a
# short query word is one index lookup, not a walk over every word it begins.
PREFIX_MAX = 4
_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lower case without accents: NFKD drops the combining marks
    (ö → o, é → e) and casefold turns ß into ss."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))[:MAX_WORDS]


def words_all(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def search_text(parts: Iterable[str | None]) -> str:
    """What the search indexes for a food: its names, brand and barcode, folded."""
    return " ".join(" ".join(words_all(p)) for p in parts if p)


def matches(indexed: str, text: str) -> bool:
    """Whether a food's search text matches `text` as the full-text search
    does: every word of the query begins a word of the food's."""
    food_words = words_all(indexed)
    return bool(words(text)) and all(any(w.startswith(q) for w in food_words) for q in words(text))


def sqlite_query(text: str) -> str:
    """FTS5: `"jog"* "nat"*` (implicit AND); "" when nothing is searchable."""
    return " ".join(f'"{w}"*' for w in words(text))


def postgresql_query(text: str) -> str:
    """to_tsquery('simple', ...) over nutrition_search_vector: `joghurt:* & na`,
    a word of up to PREFIX_MAX letters as the indexed beginning it is, a
    longer one as a prefix; "" when nothing is searchable."""
    return " & ".join(w if len(w) <= PREFIX_MAX else f"{w}:*" for w in words(text))
