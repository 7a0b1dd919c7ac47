"""Monitors', scales' and watches' files on SQLite and PostgreSQL: each
imports its rows, and importing the same file again adds nothing."""

from __future__ import annotations

import pytest

from tests.db.imports.test_imports import HOUSEHOLD, _import, _rows
from tests.factories import new_profile
from tests.fixtures import devices
from tests.fixtures.apple_health import write

FILES = {
    "omron_en": (devices.OMRON_EN, "blood_pressure_log", 3),
    "omron_de": (devices.OMRON_DE, "blood_pressure_log", 2),
    "withings_bp": (devices.WITHINGS_BP, "blood_pressure_log", 2),
    "beurer": (devices.BEURER, "weight_log", 2),
    "openscale": (devices.OPENSCALE, "weight_log", 2),
    "wger": (devices.WGER, "weight_log", 2),
    "gpx": (devices.GPX, "activity_log", 1),
    "tcx": (devices.TCX, "activity_log", 2),
}


@pytest.mark.parametrize("name", FILES)
def test_the_same_file_twice_adds_nothing_the_second_time(session, tmp_path, name):
    data, table, count = FILES[name]
    owner = new_profile(session, **HOUSEHOLD)
    first = _import(session, owner, write(tmp_path / "first", data))
    assert {t.table: t.added for t in first.tables} == {table: count}
    held = _rows(session, owner)
    second = _import(session, owner, write(tmp_path / "again", data))
    assert (second.added, second.updated, second.skipped) == (0, 0, count)
    assert _rows(session, owner) == held
