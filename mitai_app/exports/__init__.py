"""Data out: a profile's data as one ZIP archive (CSV per table, one JSON
document, the photos, a manifest with checksums), downloadable by its owner
for 24 hours, and its exact restore into an empty account. Every module's
profile-owned tables take part unless its manifest names them
`internal_tables`."""

from mitai_app.core.modules import Module, NavEntry
from mitai_app.exports.consts import DATA

MODULE = Module(
    name="exports",
    # imports: its streamed upload; ai: the provider and insights in the access report
    depends=("accounts", "photos", "imports", "ai"),
    features="mitai_app.exports.consts:FEATURES",
    strings="mitai_app.exports.strings:CATALOG",
    pages=("mitai_app.exports.pages.data",),
    nav=(NavEntry(DATA, "nav.data", "more", 85, icon="download"),),
    routes="mitai_app.exports.media:ROUTES",
    purge="mitai_app.exports.downloads:purge_downloads",
    tasks="mitai_app.exports.tasks:register",
)
