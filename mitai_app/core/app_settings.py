"""The app settings' defaults: seeded into `app_settings` when missing (an
admin changes them there) and the fallback where a setting is read."""

from __future__ import annotations

APP_SETTINGS: dict[str, str] = {
    "app_name": "Mitai Jinkendo",
    "default_language": "de",
    "supported_languages": "de,en",
    "registration_open": "true",
    "email_verification_required": "true",
    "default_tier": "selfhosted",  # a household install; hosted services pick "free"
    "trial_tier": "premium",
    "trial_days": "14",
    "session_days_default": "30",
    "ai_default_model": "",
    "max_photo_upload_mb": "10",
    "max_import_upload_mb": "4096",  # Apple Health exports reach 1–4 GB
    "default_quality_filter_level": "disabled",
    "maintenance_mode": "false",
}
