"""The photos module's route paths."""

PHOTOS = "/photos"  # gallery, upload, before/after
# + "/{photo_id}" or "/{photo_id}/thumb": served after a session check
PHOTO_MEDIA = "/media/photos"
