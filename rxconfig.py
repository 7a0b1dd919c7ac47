"""Reflex configuration, derived from the app's one settings object."""

import os

import reflex as rx
from reflex.plugins.sitemap import SitemapPlugin

from mitai_app.core.settings import DATA_DIR, settings

_settings = settings()

# The SQLite file and photos live in ./data; without this, every write there
# would look like a code change to the dev server and restart it in a loop.
# (The dev server stops when an excluded path does not exist.)
DATA_DIR.mkdir(mode=0o700, exist_ok=True)
os.environ.setdefault("REFLEX_HOT_RELOAD_EXCLUDE_PATHS", str(DATA_DIR))
if _settings.redis_url:
    # A tab's events all reach the worker holding its websocket: that worker
    # keeps the tab's state (and its Redis lock) between events for a few
    # seconds instead of locking, reading and writing it in Redis on every
    # event (round trips and pickling that cost the worker CPU on each).
    # Another worker asking for the state (a reconnect, an upload) makes it
    # write the state back first.
    os.environ.setdefault("REFLEX_OPLOCK_ENABLED", "true")
    os.environ.setdefault("REFLEX_OPLOCK_HOLD_TIME", "5s")

config = rx.Config(
    app_name="mitai_app",
    # No db_url: the app manages its own engine and Alembic (mitai_app/core/db.py).
    # With Redis, Reflex keeps state there so several workers can share it.
    redis_url=_settings.redis_url,
    state_manager_mode="redis" if _settings.redis_url else "disk",
    trusted_proxy_hops=_settings.trusted_proxy_hops,
    telemetry_enabled=False,
    show_built_with_reflex=False,
    # The development server's ports; a production run serves both on
    # MITAI_PORT (scripts/serve.py).
    frontend_port=_settings.port,
    backend_port=8000,
    # Precompressed beside each file and served by encoding: Brotli where
    # the browser offers it (HTTPS), else gzip.
    frontend_compression_formats=["brotli", "gzip"],
    # Otherwise every page's first load carries all of Radix Themes (exposed
    # whole on `window` for dynamic components, which the app does not use)
    # instead of the parts it renders.
    frontend_lazy_bundled_libraries=True,
    plugins=[
        rx.plugins.RadixThemesPlugin(
            theme=rx.theme(accent_color="teal", gray_color="slate", radius="medium")
        )
    ],
    disable_plugins=[SitemapPlugin],
)
