"""The Reflex app: pages, the health route, and start-up (migrate, seed)."""

from __future__ import annotations

import asyncio
import os

import reflex as rx
from reflex.config import get_config
from reflex.constants import Dirs, Endpoint
from reflex.utils import prerequisites
from reflex.utils.exec import is_prod_mode
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from mitai_app.accounts.http import AuthRoutes, SessionForReflex
from mitai_app.core import db, loop_monitor, routes, startup, system
from mitai_app.core.modules import contributions, import_pages
from mitai_app.core.settings import settings
from mitai_app.core.static_cache import CacheBuiltAssets
from mitai_app.core.web import SecureWeb
from mitai_app.ui import offline, pwa
from mitai_app.ui.layout import PAGES
from mitai_app.ui.session import TabOwner, call_service


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


def _secure(asgi_app):
    """Security headers, other sites refused, websockets limited per address
    (core.web), and Reflex given session ids, not tokens (accounts.http)."""
    return SecureWeb(
        SessionForReflex(asgi_app, uploads_need_cookie=is_prod_mode()),
        trusted_proxy_hops=settings().trusted_proxy_hops,
        static_dir=lambda: prerequisites.get_web_dir() / Dirs.STATIC,
        websocket_path=str(Endpoint.EVENT),
        # In development the page comes from the front-end server's own port.
        dev_ports=() if is_prod_mode() else (get_config().frontend_port,),
        ws_per_address=settings().ws_per_address,
    )


def private_files() -> None:
    """Reflex's state files (embedded mode) stay readable by this user only:
    what this process creates from now on, and the folder they live in."""
    os.umask(0o077)
    states = prerequisites.get_states_dir()
    if states.is_dir():
        states.chmod(0o700)
        for path in states.glob("*.pkl"):
            path.chmod(0o600)


app = rx.App(
    api_transformer=[
        Starlette(
            routes=[
                Route(routes.HEALTH, health),
                Route(routes.EVENT_LOOP_METRICS, event_loop_metrics),
                *AuthRoutes(call_service, settings().trusted_proxy_hops).routes(),
                *(route for _, module_routes in contributions("routes") for route in module_routes),
            ],
            middleware=[Middleware(CacheBuiltAssets)],
        ),
        _secure,
    ],
    head_components=pwa.head_components(),
    extra_app_wraps=offline.APP_WRAPS,  # our connection banner, not Reflex's toast
    stylesheets=["/mitai.css"],
)
app.add_middleware(TabOwner())
app.register_lifespan_task(private_files)
app.register_lifespan_task(startup.prepare_database)
app.register_lifespan_task(startup.purge_expired_periodically)
app.register_lifespan_task(loop_monitor.watch_event_loop)
app.register_lifespan_task(loop_monitor.tune_garbage_collector)
import_pages()
for render, options in PAGES:
    app.add_page(render, **options)
