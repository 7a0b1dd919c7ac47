"""Data out: a profile's data as one ZIP archive (CSV per table, one JSON
document, the photos, a manifest with checksums) and its exact restore into
an empty account. Every module's profile-owned tables take part unless its
manifest names them `internal_tables`."""

from mitai_app.core.modules import Module

MODULE = Module(
    name="exports",
    depends=("accounts", "photos"),
    strings="mitai_app.exports.strings:CATALOG",
)
