"""Every column the export writes has a meaning in English and German in
columns.csv: a new column without one (a log description, a shared column
or its own `info["doc"]`) fails here."""

from __future__ import annotations

import pytest

from mitai_app.core.columns import document
from mitai_app.core.modules import exported_tables
from mitai_app.core.text import Text
from mitai_app.exports.column_docs import HEADER, column_lines

EN, DE = HEADER.index("meaning_en"), HEADER.index("meaning_de")


def test_every_exported_column_has_a_meaning_in_both_languages() -> None:
    lines = column_lines(list(exported_tables()))
    assert lines
    missing = [
        f"{line[0]}.{line[1]}" for line in lines if not line[EN].strip() or not line[DE].strip()
    ]
    assert not missing, f"exported columns without a meaning (info['doc'] = Text(...)): {missing}"


def test_document_refuses_a_column_the_table_lacks() -> None:
    from mitai_app.photos.models import Photo

    with pytest.raises(KeyError):
        document(Photo, no_such_column=Text(de="x", en="x"))
