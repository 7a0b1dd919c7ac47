"""The Reflex app: pages, the health route, and start-up (migrate, seed)."""

from __future__ import annotations

import asyncio
import os

import reflex as rx
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from mitai_app.core import db, loop_monitor, routes, startup, system
from mitai_app.core.modules import import_pages
from mitai_app.core.static_cache import CacheBuiltAssets
from mitai_app.photos import media
from mitai_app.ui import offline, pwa
from mitai_app.ui.layout import PAGES


async def health(_request: Request) -> JSONResponse:
    report = await asyncio.to_thread(system.health_report, engine=db.engine())
    return JSONResponse(
        {
            "status": "ok" if report.ok else "error",
            "version": report.version,
            "database": report.database,
            "dialect": report.dialect,
            "revision": report.revision,
        },
        status_code=200 if report.ok else 503,
    )


async def event_loop_metrics(_request: Request) -> JSONResponse:
    """This worker's worst event-loop delay per second, for the last two minutes."""
    return JSONResponse(
        {
            "pid": os.getpid(),
            "worst_lag_ms_per_second": [[s, round(ms, 2)] for s, ms in loop_monitor.recent_lag()],
        }
    )


app = rx.App(
    api_transformer=Starlette(
        routes=[
            Route(routes.HEALTH, health),
            Route(routes.EVENT_LOOP_METRICS, event_loop_metrics),
            *media.ROUTES,
        ],
        middleware=[Middleware(CacheBuiltAssets)],
    ),
    head_components=pwa.head_components(),
    extra_app_wraps=offline.APP_WRAPS,  # our connection banner, not Reflex's toast
    stylesheets=["/mitai.css"],
)
app.register_lifespan_task(startup.prepare_database)
app.register_lifespan_task(startup.purge_expired_periodically)
app.register_lifespan_task(loop_monitor.watch_event_loop)
import_pages()
for render, options in PAGES:
    app.add_page(render, **options)
