"""The exports module's identifiers."""

from __future__ import annotations

# Charged once per export; membership seeds the feature with its limits.
DATA_EXPORT = "data_export"

DATA = "/data"  # the "Your data" page: exports to download
EXPORT_MEDIA = "/media/exports"  # + "/{name}": an archive, to its owner only
