"""Progress photos: upload and processing, the owner-only media route, the
gallery and the before/after slider."""

from mitai_app.core.modules import Module, NavEntry
from mitai_app.photos.consts import PHOTOS

MODULE = Module(
    name="photos",
    depends=("accounts",),
    models="mitai_app.photos.models",
    strings="mitai_app.photos.strings:CATALOG",
    features="mitai_app.photos.consts:FEATURES",
    pages=("mitai_app.photos.pages.photos",),
    routes="mitai_app.photos.media:ROUTES",
    summary="photos.summary",
    nav=(NavEntry(PHOTOS, "nav.photos", "more", 20, icon="camera"),),
)
