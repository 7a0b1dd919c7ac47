"""Reflex configuration, derived from the app's one settings object."""

import reflex as rx

from mitai_app.settings import settings

_settings = settings()

config = rx.Config(
    app_name="mitai_app",
    db_url=_settings.database_url,
    # With Redis, Reflex keeps state there so several workers can share it.
    redis_url=_settings.redis_url,
    state_manager_mode="redis" if _settings.redis_url else "disk",
    telemetry_enabled=False,
    show_built_with_reflex=False,
    frontend_port=3000,
    backend_port=8000,
    plugins=[
        rx.plugins.RadixThemesPlugin(
            theme=rx.theme(accent_color="teal", gray_color="slate", radius="medium")
        )
    ],
    disable_plugins=["reflex.plugins.sitemap.SitemapPlugin"],
)
