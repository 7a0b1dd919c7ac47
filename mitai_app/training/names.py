"""Workout names from imports, matched to training types: a name is
normalised (camel case split, case and extra whitespace ignored), then the
profile's own mapping wins over a global one. Pure: no database."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# "TraditionalStrengthTraining" (Apple Health's type) reads as three words.
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
NAME_MAX = 255  # activity_type_mappings.activity_type


def normalise_name(name: str) -> str:
    """The form names are matched in: "  Traditional  strength training",
    "TraditionalStrengthTraining" and "traditional strength training" are one."""
    return " ".join(_CAMEL.sub(" ", name).split()).casefold()[:NAME_MAX]


def resolve(name: str, own: Mapping[str, str], shared: Mapping[str, str]) -> str | None:
    """The type key `name` maps to: the profile's own mapping first, then a
    global one; both keyed by normalised name. None: not seen yet."""
    key = normalise_name(name)
    return own.get(key) or shared.get(key)


@dataclass(frozen=True)
class UnknownName:
    name: str  # as shown: the most frequent spelling
    key: str  # normalised
    count: int  # activities carrying it


def _shown_spelling(spellings: Counter[str]) -> str:
    """The most frequent spelling; on a tie one in mixed case ("Laufen" over
    "LAUFEN" and "laufen")."""
    return max(
        spellings,
        key=lambda s: (spellings[s], not s.isupper() and not s.islower(), s),
    )


def unknown_names(
    names: Iterable[tuple[str, int]], own: Mapping[str, str], shared: Mapping[str, str]
) -> list[UnknownName]:
    """Names (with their activity counts) no mapping knows, grouped by their
    normalised form, most activities first."""
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for name, count in names:
        key = normalise_name(name)
        if not key or resolve(name, own, shared) is not None:
            continue
        counts[key] += count
        spellings.setdefault(key, Counter())[name.strip()] += count
    return [
        UnknownName(name=_shown_spelling(spellings[key]), key=key, count=count)
        for key, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]
