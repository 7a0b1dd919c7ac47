"""Archives to download: listed for their owner only, gone after 24 hours,
and nothing half-written left behind by a refused export."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from mitai_app.accounts.models import Profile
from mitai_app.body.models import WeightEntry
from mitai_app.core import access
from mitai_app.exports import downloads
from tests.factories import new_profile


def test_an_archive_is_listed_and_served_to_its_owner_only(session, export_settings):
    ana, ben = new_profile(session, tier="premium"), new_profile(session, tier="premium")
    session.add(WeightEntry(profile_id=ana, date=date(2026, 3, 1), weight=Decimal("70")))
    session.commit()
    tables: list[str] = []

    made = downloads.create_download(session=session, profile_id=ana, progress=tables.append)

    assert [d.name for d in downloads.list_downloads(profile_id=ana)] == [made.name]
    assert "weight_log" in tables and len(tables) == downloads.table_count()
    assert downloads.download_path(profile_id=ana, name=made.name).stat().st_size == made.size_bytes
    assert downloads.list_downloads(profile_id=ben) == []
    assert downloads.download_path(profile_id=ben, name=made.name) is None
    assert downloads.download_path(profile_id=ana, name="../" + made.name) is None


def test_archives_expire_after_a_day_and_go_with_their_account(session, export_settings):
    ana, ben = new_profile(session, tier="premium"), new_profile(session, tier="premium")
    mine = downloads.create_download(session=session, profile_id=ana)
    downloads.create_download(session=session, profile_id=ben)
    tomorrow = datetime.now(UTC) + timedelta(hours=24, minutes=1)
    assert downloads.download_path(profile_id=ana, name=mine.name, now=tomorrow) is None

    session.delete(session.get(Profile, ben))
    session.commit()
    assert downloads.purge_downloads(session=session) == 1  # ben's, his account is gone
    assert downloads.purge_downloads(session=session, now=tomorrow) == 1  # ana's, a day old
    assert not any(export_settings.export_dir.rglob("*.zip"))


def test_a_refused_export_leaves_no_file(session, export_settings):
    free = new_profile(session, tier="free")
    downloads.create_download(session=session, profile_id=free)  # one a month on free
    with pytest.raises(access.FeatureRefused):
        downloads.create_download(session=session, profile_id=free)
    folder = export_settings.export_dir / str(free)
    assert len(list(folder.iterdir())) == 1
