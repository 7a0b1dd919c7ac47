"""Opening an import file: recognised by content, zips checked before a
byte is inflated."""

from __future__ import annotations

import io
import zipfile

import pytest

from mitai_app.core.errors import UserError
from mitai_app.imports import files
from mitai_app.imports.files import open_import
from tests.fixtures.apple_health import export_xml, export_zip, write


def _refused(path) -> str:
    with pytest.raises(UserError) as refused, open_import(path):
        pass
    return refused.value.code


def test_the_export_inside_a_zip_in_any_language(tmp_path):
    path = write(tmp_path / "x.zip", export_zip(folder="apple_health_export_de"))
    with open_import(path) as opened:
        assert opened.format == "apple_health"
        assert opened.stream.read() == export_xml()
        assert opened.size == len(export_xml())


def test_a_plain_export_xml_whatever_its_name(tmp_path):
    with open_import(write(tmp_path / "data.bin", export_xml())) as opened:
        assert opened.stream.read(5) == b"<?xml"


def test_an_empty_file_and_a_png_renamed_are_refused(tmp_path):
    assert _refused(write(tmp_path / "empty.zip", b"")) == "imports.error.empty"
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 100
    assert _refused(write(tmp_path / "export.xml", png)) == "imports.error.unknown_format"


def test_a_zip_with_a_parent_or_absolute_path_is_refused(tmp_path):
    for name in ("../evil/export.xml", "/etc/export.xml"):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr(name, export_xml())
        assert _refused(write(tmp_path / "x.zip", buffer.getvalue())) == "imports.error.zip_path"


def test_a_zip_bomb_is_refused_before_inflating(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("apple_health_export/export.xml", b"\0" * (20 * 1024 * 1024))
    assert _refused(write(tmp_path / "bomb.zip", buffer.getvalue())) == "imports.error.zip_ratio"


def test_too_many_entries_and_too_much_in_all_are_refused(tmp_path, monkeypatch):
    path = write(tmp_path / "x.zip", export_zip(extra={"a.gpx": b"1", "b.gpx": b"2"}))
    monkeypatch.setattr(files, "ZIP_MAX_ENTRIES", 3)
    assert _refused(path) == "imports.error.zip_entries"
    monkeypatch.setattr(files, "ZIP_MAX_ENTRIES", 100)
    monkeypatch.setattr(files, "ZIP_MAX_TOTAL_BYTES", 100)
    assert _refused(path) == "imports.error.zip_size"


def test_a_zip_without_an_export_is_not_recognised(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photos/a.jpg", b"jpeg")
    assert _refused(write(tmp_path / "x.zip", buffer.getvalue())) == "imports.error.unknown_format"
