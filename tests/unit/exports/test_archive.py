"""The archive's JSON document streams row by row both ways, and its
manifest is refused unless it is this app's and of a version it knows."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from mitai_app.core.errors import UserError
from mitai_app.exports import archive
from mitai_app.exports.archive import Document, read_document

ROWS = {
    "weight_log": [
        {"id": uuid.UUID(int=1), "date": date(2026, 3, 1), "weight": Decimal("71.40"), "notes": ""},
        {
            "id": uuid.UUID(int=2),
            "date": date(2026, 3, 2),
            "weight": Decimal("71.1"),
            "notes": None,
        },
    ],
    "sleep_log": [],
    "blood_pressure_log": [
        {"measured_at": datetime(2026, 3, 1, 7, 30, tzinfo=UTC), "segments": [{"stage": "rem"}]}
    ],
}


def _document(rows: dict[str, list[dict]]) -> str:
    parts = [archive.document_head(schema="0003", profile={"display_name": 'Zoë, "Z"\n'})]
    for position, (table, table_rows) in enumerate(rows.items()):
        parts.append(archive.document_table(table, first=position == 0))
        parts += [archive.document_row(row, first=i == 0) for i, row in enumerate(table_rows)]
    parts.append(archive.document_end(any_table=bool(rows)))
    return "".join(parts)


def test_the_document_is_one_json_value_and_reads_back_row_by_row():
    text = _document(ROWS)
    whole = json.loads(text)
    assert whole["version"] == archive.FORMAT_VERSION and whole["schema"] == "0003"
    assert whole["tables"]["weight_log"][0] == {
        "id": str(uuid.UUID(int=1)),
        "date": "2026-03-01",
        "weight": 71.4,
        "notes": "",
    }
    found = Document()
    rows = list(read_document(text.splitlines(keepends=True), found))
    assert [table for table, _ in rows] == ["weight_log", "weight_log", "blood_pressure_log"]
    assert rows[1][1]["notes"] is None and rows[2][1]["segments"] == [{"stage": "rem"}]
    assert rows[2][1]["measured_at"] == "2026-03-01T07:30:00+00:00"
    assert found.head["profile"] == {"display_name": 'Zoë, "Z"\n'}


def test_an_export_without_tables_is_still_a_document():
    assert json.loads(_document({}))["tables"] == {}
    assert list(read_document(_document({}).splitlines(), Document())) == []


def test_a_line_out_of_place_is_refused_with_its_number():
    lines = _document(ROWS).splitlines()
    lines.insert(4, "<html>")
    with pytest.raises(UserError) as refused:
        list(read_document(lines, Document()))
    assert refused.value.code == "exports.error.damaged" and refused.value.values["line"] == 5


def _manifest(**changes) -> bytes:
    data = json.loads(
        archive.manifest(schema="0002", profile_id=uuid.UUID(int=7), counts={}, files={})
    )
    data.update(changes)
    return json.dumps(data).encode()


@pytest.mark.parametrize(
    ("manifest", "code"),
    [
        (b"\x89PNG", "exports.error.not_an_export"),
        (_manifest(format="another-app"), "exports.error.not_an_export"),
        (_manifest(version=archive.FORMAT_VERSION + 1), "exports.error.newer"),
        (_manifest(schema="0009"), "exports.error.newer"),
        (_manifest(sha256=None), "exports.error.not_an_export"),
    ],
)
def test_a_manifest_not_ours_or_from_a_newer_app_is_refused(manifest, code):
    with pytest.raises(UserError) as refused:
        archive.checked_manifest(manifest, revisions=["0001", "0002", "0003"])
    assert refused.value.code == code


def test_an_older_schema_revision_is_read_forward():
    found = archive.checked_manifest(_manifest(), revisions=["0001", "0002", "0003"])
    assert found["schema"] == "0002" and found["profile_id"] == str(uuid.UUID(int=7))


def test_csv_cells_keep_none_apart_from_false_and_nest_json():
    line = archive.csv_line([None, False, Decimal("1.50"), {"a": [1, 2]}, "x,y"])
    assert line == ',false,1.5,"{""a"": [1, 2]}","x,y"\n'
