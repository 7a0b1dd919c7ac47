"""An uploaded file's name on SQLite and PostgreSQL (issue #17, section 5):
nobody typed it, so a name too long for its column does not refuse the
import; the list shows its ending behind an ellipsis, visibly shortened."""

from __future__ import annotations

from mitai_app.imports import service
from mitai_app.imports.service import FILENAME_MAX
from tests.db.imports.test_imports import HOUSEHOLD
from tests.factories import new_profile


def test_a_file_name_too_long_for_its_column_keeps_its_ending_behind_an_ellipsis(session, tmp_path):
    owner = new_profile(session, **HOUSEHOLD)
    path = tmp_path / "export.zip"
    path.write_bytes(b"PK")
    ending = "-apple-health-2026-03-29.zip"
    named = {
        name: service.start_import(session=session, profile_id=owner, path=path, filename=name)
        for name in ("x" * (FILENAME_MAX - len(ending)) + ending, "y" * FILENAME_MAX + ending)
    }
    shown = {job.filename for job in service.history(session=session, profile_id=owner)}
    exact, too_long = named
    assert shown == {exact, "…" + too_long[-(FILENAME_MAX - 1) :]}
    assert all(len(name) == FILENAME_MAX and name.endswith(ending) for name in shown)
