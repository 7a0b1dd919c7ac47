"""Any other CSV through the mapping screen's services, on SQLite and
PostgreSQL: the unknown file is offered for mapping, the mapped import
writes the days, a saved mapping is offered again for the same header, a
second import adds nothing, and another profile's upload is out of reach."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from mitai_app.core.errors import UserError
from mitai_app.core.settings import settings
from mitai_app.imports import runner, service, writer
from mitai_app.imports.mapping import Mapping
from mitai_app.training.daily_activity import day_summaries
from tests.db.imports.test_imports import HOUSEHOLD
from tests.factories import new_profile
from tests.unit.imports.test_mapping import CHOSEN, GERMAN, chosen


@pytest.fixture(autouse=True)
def uploads(tmp_path, monkeypatch):
    monkeypatch.setattr(settings(), "import_dir", tmp_path / "uploads")


def _upload(session, owner, data: bytes):
    sink = service.open_upload(session=session, profile_id=owner)
    sink.write(data)
    return sink.close()


def _mapped(session, owner, how, remember=False):
    path = _upload(session, owner, GERMAN)
    job = service.start_import(
        session=session,
        profile_id=owner,
        path=path,
        filename="Waage.csv",
        mapping=how,
        remember=remember,
    )
    assert runner.run_job(session=session, job_id=job.id) == "done"
    return service.job(session=session, profile_id=owner, job_id=job.id)


def test_a_german_csv_is_mapped_imported_and_its_mapping_offered_again(session):
    owner = new_profile(session, **HOUSEHOLD)
    path = _upload(session, owner, GERMAN)
    preview = service.inspect_upload(session=session, profile_id=owner, path=path)
    assert preview is not None and not preview.saved
    assert preview.header[0] == "Tag"
    shown = service.csv_preview(
        session=session, profile_id=owner, path=path, mapping=preview.mapping
    )
    assert shown[0][:3] == ["2024-03-01", "07:12", "72.5"]
    # The person maps the two pressure columns, which nothing suggested.
    how = chosen(preview.mapping)
    service.discard_upload(session=session, profile_id=owner, path=path)
    assert not path.exists()

    done = _mapped(session, owner, how, remember=True)
    assert {t.table: t.added for t in done.tables} == {
        "weight_log": 2,
        "blood_pressure_log": 1,
        "daily_activity": 2,
    }
    weights = writer.table("weight_log")
    assert session.execute(
        sa.select(weights.c.date, weights.c.weight, weights.c.source)
        .where(weights.c.profile_id == owner)
        .order_by(weights.c.date)
    ).all() == [(date(2024, 3, 1), 73.1, "csv"), (date(2024, 3, 2), 72.3, "csv")]
    steps = day_summaries(
        session=session, profile_id=owner, since=date(2024, 3, 1), until=date(2024, 3, 2)
    )
    assert [d.values["steps"] for d in steps] == [9123, 10456]

    again = _upload(session, owner, GERMAN)
    offered = service.inspect_upload(session=session, profile_id=owner, path=again)
    assert offered.saved and offered.mapping == how
    second = _mapped(session, owner, offered.mapping)
    assert (second.added, second.updated) == (0, 0)

    service.undo_import(session=session, profile_id=owner, job_id=done.id)
    assert (
        day_summaries(
            session=session, profile_id=owner, since=date(2024, 3, 1), until=date(2024, 3, 2)
        )
        == []
    )


def test_a_known_format_needs_no_mapping_and_a_binary_file_is_refused(session):
    owner = new_profile(session, **HOUSEHOLD)
    withings = _upload(session, owner, b"Date,Weight (kg)\n2024-03-01 07:00:00,72.5\n")
    assert service.inspect_upload(session=session, profile_id=owner, path=withings) is None
    png = _upload(session, owner, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64)
    with pytest.raises(UserError) as refused:
        service.inspect_upload(session=session, profile_id=owner, path=png)
    assert refused.value.code == "imports.error.unknown_format"


def test_a_mapping_that_cannot_be_read_is_refused_before_anything_is_charged(session):
    owner = new_profile(session, **HOUSEHOLD)
    path = _upload(session, owner, GERMAN)
    preview = service.inspect_upload(session=session, profile_id=owner, path=path)
    no_date = Mapping(
        **{**preview.mapping.as_dict(), "columns": ("",) + preview.mapping.columns[1:]}
    )
    with pytest.raises(UserError) as refused:
        service.start_import(
            session=session, profile_id=owner, path=path, filename="x.csv", mapping=no_date
        )
    assert (refused.value.code, refused.value.field) == ("imports.mapping.error.date", "mapping")
    assert service.history(session=session, profile_id=owner) == []


def test_another_profiles_upload_cannot_be_previewed_or_imported(session):
    owner, stranger = new_profile(session, **HOUSEHOLD), new_profile(session, **HOUSEHOLD)
    path = _upload(session, owner, GERMAN)
    how = Mapping("cp1252", ";", ",", "%d.%m.%Y", CHOSEN)
    for call in (service.inspect_upload, service.csv_preview):
        extra = {"mapping": how} if call is service.csv_preview else {}
        with pytest.raises(UserError):
            call(session=session, profile_id=stranger, path=path, **extra)
    with pytest.raises(UserError):
        service.start_import(
            session=session, profile_id=stranger, path=path, filename="x", mapping=how
        )
    service.discard_upload(session=session, profile_id=stranger, path=path)
    assert path.exists()
