"""HTTP routes for private media (progress photos), served only to their
owner after a session check.

`GET /media/photos/{id}` is the photo, `GET /media/photos/{id}/thumb` its
thumbnail. Without a valid session cookie: 401. Someone else's photo and one
that does not exist: both 404, so a guessed URL tells nothing. Nothing is
cached by the browser or by anything in between.
"""

from __future__ import annotations

import asyncio

from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from mitai_app.accounts import service as auth_service
from mitai_app.accounts.http import SESSION_COOKIE
from mitai_app.core import db
from mitai_app.core.errors import UserError
from mitai_app.photos import service as photos
from mitai_app.photos.consts import PHOTO_MEDIA
from mitai_app.photos.service import PhotoFile

PRIVATE = {"Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff"}


def _owned_file(token: str, photo_id: str, thumbnail: bool) -> PhotoFile | int:
    """The file to send, or the status code to answer with."""
    with db.session() as session:
        user = auth_service.session_user(session=session, token=token)
        if user is None:
            return 401
        try:
            return photos.photo_file(
                session=session, profile_id=user.id, photo_id=photo_id, thumbnail=thumbnail
            )
        except UserError:
            return 404


async def serve_photo(request: Request) -> Response:
    found = await asyncio.to_thread(
        _owned_file,
        request.cookies.get(SESSION_COOKIE, ""),
        request.path_params["photo_id"],
        request.url.path.endswith("/thumb"),
    )
    if isinstance(found, int):
        return Response(status_code=found, headers=PRIVATE)
    if not found.path.is_file():  # the row committed a moment before its file moved in
        return Response(status_code=404, headers=PRIVATE)
    return FileResponse(found.path, media_type=found.content_type, headers=PRIVATE)


ROUTES: list[Route] = [
    Route(PHOTO_MEDIA + "/{photo_id}", serve_photo, methods=["GET", "HEAD"]),
    Route(PHOTO_MEDIA + "/{photo_id}/thumb", serve_photo, methods=["GET", "HEAD"]),
]
