"""Reference data every package ships: the loader for its `data/*.json`
catalogues and the record a module declares a feature it charges with.

A package's `data/__init__.py` describes each file with pydantic models built
on `Record` and `Bilingual`, and reads it once with `read()`; a file that does
not match (an unknown field, a missing language, a broken cross-reference the
package's model checks) stops the import, so start-up and the unit tests
refuse it alike. Pure: no database, no Reflex.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PlainValidator

from mitai_app.core.text import Text


class Record(BaseModel):
    """One entry (or one whole file) of a data file: unknown fields are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class _TextIn(Record):
    de: str = Field(min_length=1)
    en: str = Field(min_length=1)


def _text(value: Any) -> Text:
    if isinstance(value, Text):
        return value
    text = _TextIn.model_validate(value)
    return Text(de=text.de, en=text.en)


# `{"de": ..., "en": ...}` in the file, both non-empty; `core.text.Text` in code.
Bilingual = Annotated[Text, PlainValidator(_text)]

# An identifier rows are keyed or grouped by: lower case, digits, underscores.
Key = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]

M = TypeVar("M", bound=BaseModel)


def read(package_file: str, name: str, schema: type[M]) -> M:
    """The file `name` beside `package_file` (a package's `__file__`), validated."""
    path = Path(package_file).parent / name
    return schema.model_validate_json(path.read_text(encoding="utf-8"))


def unique(keys: list[str], what: str) -> None:
    """Raises ValueError naming the first key that occurs twice."""
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise ValueError(f"{what} {key!r} occurs twice")
        seen.add(key)


@dataclass(frozen=True)
class FeatureSeed:
    """A limitable feature, declared by the module that charges it (its
    manifest's `features`) and seeded by membership.

    `default_limit` is the fallback when a tier sets no limit: None means
    unlimited, 0 disabled. `limit_type` ('daily', 'monthly' or 'total')
    applies to every tier."""

    id: str
    name: Text
    description: Text
    category: str
    default_limit: int | None
    limit_type: str
