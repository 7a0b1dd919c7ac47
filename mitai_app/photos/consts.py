"""The photos module's route paths and the feature it charges."""

from __future__ import annotations

from mitai_app.core.reference import FeatureSeed
from mitai_app.core.text import Text

PHOTOS = "/photos"  # gallery, upload, before/after
# + "/{photo_id}" or "/{photo_id}/thumb": served after a session check
PHOTO_MEDIA = "/media/photos"

FEATURES: tuple[FeatureSeed, ...] = (
    FeatureSeed(
        id="photo_uploads",
        name=Text(de="Fortschrittsfotos", en="Progress photos"),
        description=Text(
            de="Fotos hochladen, um die körperliche Entwicklung zu vergleichen.",
            en="Upload photos to compare your physical progress.",
        ),
        category="tracking",
        default_limit=10,
        limit_type="total",
    ),
)
