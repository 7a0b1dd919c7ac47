"""`GET /media/recovery/blood-pressure.pdf?from=…&to=…&lang=…`: the doctor's
report of the signed-in user's own readings, built on request.

Without a valid session cookie: 401. A period that is not one (bad dates,
the end before the start, too long): 400; the Vitals page checks it first
and says why at the field. Nothing is cached on the way.
"""

from __future__ import annotations

import asyncio
from datetime import date

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from mitai_app.accounts import service as auth_service
from mitai_app.accounts.http import SESSION_COOKIE
from mitai_app.core import db
from mitai_app.core.errors import UserError
from mitai_app.core.text import LANGUAGES
from mitai_app.recovery.consts import REPORT_MEDIA
from mitai_app.recovery.report import blood_pressure_report_pdf, report_file_name

PRIVATE = {"Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff"}


def _owned_report(token: str, query: dict[str, str]) -> bytes | int:
    """The PDF of the cookie's owner, or the status code to answer with."""
    with db.session() as session:
        user = auth_service.session_user(session=session, token=token)
        if user is None:
            return 401
        lang = query.get("lang", "")
        try:
            return blood_pressure_report_pdf(
                session=session,
                profile_id=user.id,
                first=date.fromisoformat(query.get("from", "")),
                last=date.fromisoformat(query.get("to", "")),
                lang=lang if lang in LANGUAGES else user.language,
            )
        except (ValueError, UserError):
            return 400


async def serve_report(request: Request) -> Response:
    query = dict(request.query_params)
    found = await asyncio.to_thread(_owned_report, request.cookies.get(SESSION_COOKIE, ""), query)
    if isinstance(found, int):
        return Response(status_code=found, headers=PRIVATE)
    name = report_file_name(date.fromisoformat(query["from"]), date.fromisoformat(query["to"]))
    return Response(
        found,
        media_type="application/pdf",
        headers={**PRIVATE, "Content-Disposition": f'attachment; filename="{name}"'},
    )


ROUTES: list[Route] = [Route(REPORT_MEDIA, serve_report, methods=["GET"])]
