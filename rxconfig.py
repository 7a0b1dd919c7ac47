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
# With Redis: how long the worker holding a tab's websocket keeps the tab's
# state (and its Redis lock) after taking it, and how long a Redis lock lives
# when nobody releases it (a worker that died holding it). The state is
# written back at the end of the hold only while the lock still lives: the
# margin covers an event still running then, or a loop lagging under load
# (with a 10 s margin, bench/event_load.py saw write-backs refused at 100
# clients on a busy machine).
OPLOCK_HOLD_S = 20
LOCK_EXPIRATION_S = OPLOCK_HOLD_S + 30
if _settings.redis_url:
    # A tab's events all reach the worker holding its websocket: that worker
    # keeps the tab's state between events instead of locking, reading and
    # writing it in Redis on every event (round trips and pickling that cost
    # the worker CPU on each). The hold is counted from taking the lock, not
    # from the last event: a phone acting every few seconds paid a lock, a
    # read and a write-back about every other action with 5 s, and every
    # seventh or so with 20 s. Another worker asking for the state (a
    # reconnect, an upload) makes it write the state back first.
    os.environ.setdefault("REFLEX_OPLOCK_ENABLED", "true")
    os.environ.setdefault("REFLEX_OPLOCK_HOLD_TIME", f"{OPLOCK_HOLD_S}s")

config = rx.Config(
    app_name="mitai_app",
    # No db_url: the app manages its own engine and Alembic (mitai_app/core/db.py).
    # With Redis, Reflex keeps state there so several workers can share it.
    redis_url=_settings.redis_url,
    state_manager_mode="redis" if _settings.redis_url else "disk",
    # Longer than the hold above, as Reflex requires.
    redis_lock_expiration=LOCK_EXPIRATION_S * 1000,
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
