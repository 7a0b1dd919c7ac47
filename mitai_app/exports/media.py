"""`GET /media/exports/{name}`: an export archive, to its owner only.

Without a valid session cookie: 401. Someone else's archive, an expired one
and a name that does not exist: 404 alike. Nothing is cached on the way.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from mitai_app.accounts import service as auth_service
from mitai_app.accounts.http import SESSION_COOKIE
from mitai_app.core import db
from mitai_app.exports import downloads
from mitai_app.exports.consts import EXPORT_MEDIA

PRIVATE = {"Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff"}


def _owned_archive(token: str, name: str) -> Path | int:
    with db.session() as session:
        user = auth_service.session_user(session=session, token=token)
    if user is None:
        return 401
    return downloads.download_path(profile_id=user.id, name=name) or 404


async def serve_archive(request: Request) -> Response:
    name = request.path_params["name"]
    found = await asyncio.to_thread(_owned_archive, request.cookies.get(SESSION_COOKIE, ""), name)
    if isinstance(found, int):
        return Response(status_code=found, headers=PRIVATE)
    return FileResponse(found, media_type="application/zip", filename=name, headers=PRIVATE)


ROUTES: list[Route] = [Route(EXPORT_MEDIA + "/{name}", serve_archive, methods=["GET", "HEAD"])]
