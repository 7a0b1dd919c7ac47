"""The media routes' tests share the photos' committed session and people."""

from tests.db.photos.test_media import committed  # noqa: F401 (a fixture)
