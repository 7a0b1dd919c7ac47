"""The exports module's identifiers."""

from __future__ import annotations

from mitai_app.core import routes
from mitai_app.core.reference import FeatureSeed
from mitai_app.core.text import Text

# Charged once per export; membership seeds the feature with its limits.
DATA_EXPORT = "data_export"
FEATURES: tuple[FeatureSeed, ...] = (
    FeatureSeed(
        id=DATA_EXPORT,
        name=Text(de="Datenexport", en="Data export"),
        description=Text(
            de="Alle eigenen Daten als CSV, JSON oder ZIP herunterladen.",
            en="Download all your data as CSV, JSON or ZIP.",
        ),
        category="data",
        default_limit=1,
        limit_type="monthly",
    ),
)

DATA = routes.DATA  # the "Your data" page: exports to download
EXPORT_MEDIA = "/media/exports"  # + "/{name}": an archive, to its owner only
ACCESS_REPORT = "/media/access-report"  # + ".html" or ".pdf": the GDPR access report
