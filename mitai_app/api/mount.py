"""The API mounted into the app's HTTP routes (see `Module.routes`)."""

from __future__ import annotations

from starlette.routing import Mount

from mitai_app.api.app import api_app
from mitai_app.api.consts import API_MOUNT

ROUTES = [Mount(API_MOUNT, app=api_app())]
