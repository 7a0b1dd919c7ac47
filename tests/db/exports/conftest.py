"""Fixtures the exports' tests share: settings with a usage log of their
own, and (for the media routes) the photos' committed session and people."""

import pytest

from tests.db.photos.test_media import committed  # noqa: F401 (a fixture)


@pytest.fixture
def export_settings(auth_settings, tmp_path):
    auth_settings.usage_log = tmp_path / "usage.log"
    return auth_settings
