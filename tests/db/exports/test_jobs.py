"""An export as a job on the task queue: its progress and outcome kept in
the profile's export folder for the Your data page, whoever asks and when."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from mitai_app.body.models import WeightEntry
from mitai_app.core import access
from mitai_app.core.errors import UserError
from mitai_app.exports import downloads, jobs
from tests.factories import new_profile


def test_a_queued_export_runs_on_the_worker_and_ends_ready_to_download(session, export_settings):
    ana, ben = new_profile(session, tier="premium"), new_profile(session, tier="premium")
    session.add(WeightEntry(profile_id=ana, date=date(2026, 3, 1), weight=Decimal("70")))
    session.commit()

    queued = jobs.start_export(session=session, profile_id=ana)
    seen = jobs.export_job(profile_id=ana)
    with pytest.raises(UserError) as twice:
        jobs.start_export(session=session, profile_id=ana)
    finished = jobs.run_export(session=session, profile_id=ana)

    assert queued.status == seen.status == jobs.QUEUED and seen.tables == downloads.table_count()
    assert twice.value.code == "exports.error.running"
    assert jobs.export_job(profile_id=ana) == finished
    assert finished.status == jobs.DONE and finished.tables_done == finished.tables
    assert [d.name for d in downloads.list_downloads(profile_id=ana)] == [finished.name]
    assert jobs.export_job(profile_id=ben) is None  # another profile sees no job


def test_the_job_shows_each_table_written_while_it_runs(session, export_settings, monkeypatch):
    ana = new_profile(session, tier="premium")
    seen: list[tuple[str, int]] = []
    create = downloads.create_download

    def watched(**kwargs):
        progress = kwargs.pop("progress")

        def step(table: str) -> None:
            progress(table)
            job = jobs.export_job(profile_id=ana)
            seen.append((job.status, job.tables_done))

        return create(**kwargs, progress=step)

    monkeypatch.setattr(downloads, "create_download", watched)
    jobs.run_export(session=session, profile_id=ana)

    assert [done for _, done in seen] == list(range(downloads.table_count()))  # before each
    assert {status for status, _ in seen} == {jobs.RUNNING}


def test_a_failed_or_stopped_job_says_why_and_a_new_one_may_start(session, export_settings):
    free = new_profile(session, tier="free")
    jobs.run_export(session=session, profile_id=free)  # the free plan's one export a month
    refused = jobs.run_export(session=session, profile_id=free)
    assert refused.status == jobs.FAILED and refused.error.en and refused.error.de
    with pytest.raises(access.FeatureRefused):
        jobs.start_export(session=session, profile_id=free)  # refused before queueing

    ana = new_profile(session, tier="premium")
    jobs.start_export(session=session, profile_id=ana)
    later = datetime.now(UTC) + jobs.STALLED_AFTER + timedelta(seconds=1)
    stopped = jobs.export_job(profile_id=ana, now=later)
    assert stopped.status == jobs.FAILED and "again" in stopped.error.en
    assert jobs.start_export(session=session, profile_id=ana, now=later).status == jobs.QUEUED
