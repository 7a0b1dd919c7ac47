"""What the imports module names: its route, the job's statuses and phases,
the formats it reads, the tables it writes and the limits on what it reads."""

from __future__ import annotations

from mitai_app.core.reference import FeatureSeed
from mitai_app.core.text import Text

IMPORTS = "/import"  # upload, progress, history, undo

# The feature a started import charges (membership seeds its limits).
IMPORT_FEATURE = "data_import"
FEATURES: tuple[FeatureSeed, ...] = (
    FeatureSeed(
        id=IMPORT_FEATURE,
        name=Text(de="Datenimport", en="Data import"),
        description=Text(
            de="Daten aus Apple Health, Omron und anderen CSV-Quellen importieren.",
            en="Import data from Apple Health, Omron and other CSV sources.",
        ),
        category="data",
        default_limit=0,
        limit_type="monthly",
    ),
)

QUEUED, RUNNING, DONE, FAILED, CANCELLED, UNDONE = (
    "queued",
    "running",
    "done",
    "failed",
    "cancelled",
    "undone",
)
STATUSES = (QUEUED, RUNNING, DONE, FAILED, CANCELLED, UNDONE)
ACTIVE = (QUEUED, RUNNING)

# Phases of a running job: reading the file, then writing day by day.
READING, WRITING = "reading", "writing"
PHASES = ("", READING, WRITING)

APPLE_HEALTH = "apple_health"
HEALTH_AUTO_EXPORT, QS_ACCESS = "health_auto_export", "qs_access"  # Apple Health as CSV
WITHINGS_WEIGHT = "withings_weight"
OMRON_BP, WITHINGS_BP = "omron_bp", "withings_bp"
BEURER_WEIGHT, OPENSCALE_WEIGHT, WGER_WEIGHT = "beurer_weight", "openscale_weight", "wger_weight"
GARMIN_WEIGHT, FITBIT_WEIGHT = "garmin_weight", "fitbit_weight"
GPX, TCX, FIT = "gpx", "tcx", "fit"
ACTIVITY_ZIP = "activity_zip"  # a zip of FIT, GPX and TCX files (gzipped or not)
STRAVA_ACTIVITIES, GARMIN_ACTIVITIES = "strava_activities", "garmin_activities"
WITHINGS_SLEEP, FITBIT_SLEEP = "withings_sleep", "fitbit_sleep"
OURA_SLEEP, SLEEP_CYCLE = "oura_sleep", "sleep_cycle"
MYFITNESSPAL, SPARKYFITNESS = "myfitnesspal", "sparkyfitness"
CRONOMETER_DAILY, CRONOMETER_SERVINGS = "cronometer_daily", "cronometer_servings"
MAPPED_CSV = "mapped_csv"  # any other CSV, read as its mapping says
FORMATS = (
    APPLE_HEALTH,
    HEALTH_AUTO_EXPORT,
    QS_ACCESS,
    WITHINGS_WEIGHT,
    OMRON_BP,
    WITHINGS_BP,
    BEURER_WEIGHT,
    OPENSCALE_WEIGHT,
    WGER_WEIGHT,
    GARMIN_WEIGHT,
    FITBIT_WEIGHT,
    GPX,
    TCX,
    FIT,
    ACTIVITY_ZIP,
    STRAVA_ACTIVITIES,
    GARMIN_ACTIVITIES,
    WITHINGS_SLEEP,
    FITBIT_SLEEP,
    OURA_SLEEP,
    SLEEP_CYCLE,
    MYFITNESSPAL,
    CRONOMETER_DAILY,
    CRONOMETER_SERVINGS,
    SPARKYFITNESS,
    MAPPED_CSV,
)

# The domain tables an import writes, in the order the report lists them.
TABLES = (
    "weight_log",
    "body_device_log",
    "vitals_baseline",
    "blood_pressure_log",
    "sleep_log",
    "activity_log",
    "nutrition_log",
    "daily_activity",
    "profiles",  # the height, where the profile has none
)

# Upload limit: the app setting `max_import_upload_mb` (an admin changes it).
MEGABYTE = 1024 * 1024
DEFAULT_MAX_UPLOAD_MB = 4096
UPLOAD_MB_RANGE = (1, 65536)

# Zip files: what a real Apple Health export needs, and no more.
ZIP_MAX_ENTRIES = 200_000
ZIP_MAX_TOTAL_BYTES = 100 * 1024 * MEGABYTE  # uncompressed, all entries together
ZIP_MAX_RATIO = 200  # uncompressed ÷ compressed, per entry (XML reaches ~30)

# JSON exports and FIT files are read whole: the biggest real ones
# (Garmin's biometrics of ten years, a day-long ride) are a few MB.
WHOLE_FILE_MAX_BYTES = 64 * MEGABYTE

# A worker writes a heartbeat with every chunk read and batch written; a job
# without one for this long (its worker was killed) is run again.
STALLED_AFTER_S = 60

REPORT_SKIPPED_MAX = 10_000  # skipped lines kept in the report (the count is exact)
