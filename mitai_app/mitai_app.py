"""The Reflex app: pages, the health route, and start-up (migrate, seed)."""

from __future__ import annotations

import asyncio

import reflex as rx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

import mitai_app.pages  # noqa: F401  (registers every page)
from mitai_app import db, routes, startup
from mitai_app.components import pwa
from mitai_app.components.layout import PAGES
from mitai_app.services import system


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


app = rx.App(
    api_transformer=Starlette(routes=[Route(routes.HEALTH, health)]),
    head_components=pwa.head_components(),
    stylesheets=["/mitai.css"],
)
app.register_lifespan_task(startup.prepare_database)
app.register_lifespan_task(startup.purge_expired_periodically)
for render, options in PAGES:
    app.add_page(render, **options)
