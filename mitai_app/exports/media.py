"""`GET /media/exports/{name}`: an export archive, to its owner only;
`GET /media/access-report.html|pdf`: the signed-in person's access report,
built on request in their language and time zone; and
`GET /media/csv?table=&since=&until=`: one table of theirs as CSV for a
period (the form `ui.csv_download` puts on each module's page).

Without a valid session cookie: 401. Someone else's archive, an expired one
and a name that does not exist: 404 alike. Nothing is cached on the way.
"""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, Response, StreamingResponse
from starlette.routing import Route

from mitai_app.accounts import service as auth_service
from mitai_app.accounts.http import SESSION_COOKIE
from mitai_app.core import db, routes
from mitai_app.exports import downloads, report_layout
from mitai_app.exports import service as exports_service
from mitai_app.exports.access_report import access_report
from mitai_app.exports.consts import ACCESS_REPORT, EXPORT_MEDIA

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


def _table_csv(token: str, table: str, since: date | None, until: date | None):
    """The CSV's lines, read on a session of their own as they are sent."""
    with db.session() as session:
        user = auth_service.session_user(session=session, token=token)
        if user is None:
            yield 401
            return
        try:
            lines = exports_service.table_csv(
                session=session, profile_id=user.id, table_name=table, since=since, until=until
            )
            yield next(lines)
        except LookupError:
            yield 404
            return
        yield from lines


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


async def serve_table_csv(request: Request) -> Response:
    query = request.query_params
    try:
        since, until = _day(query.get("since")), _day(query.get("until"))
    except ValueError:
        return Response("since and until are days: YYYY-MM-DD", 422, headers=PRIVATE)
    table = query.get("table", "")
    lines = _table_csv(request.cookies.get(SESSION_COOKIE, ""), table, since, until)
    first = await asyncio.to_thread(next, lines)
    if isinstance(first, int):
        return Response(status_code=first, headers=PRIVATE)
    period = "-".join(day.isoformat() for day in (since, until) if day)
    name = f"{table}-{period}.csv" if period else f"{table}.csv"

    def body():
        yield first
        yield from lines

    return StreamingResponse(
        body(),
        media_type="text/csv; charset=utf-8",
        headers={**PRIVATE, "Content-Disposition": f'attachment; filename="{name}"'},
    )


REPORT_KINDS = {"html": "text/html; charset=utf-8", "pdf": "application/pdf"}


def _report(token: str, kind: str) -> bytes | int:
    with db.session() as session:
        user = auth_service.session_user(session=session, token=token)
        if user is None:
            return 401
        report = access_report(session=session, profile_id=user.id)
    if kind == "pdf":
        return report_layout.report_pdf(report, user.language, user.timezone)
    return report_layout.report_html(report, user.language, user.timezone).encode()


async def serve_report(request: Request) -> Response:
    kind = request.path_params["kind"]
    if kind not in REPORT_KINDS:
        return Response(status_code=404, headers=PRIVATE)
    found = await asyncio.to_thread(_report, request.cookies.get(SESSION_COOKIE, ""), kind)
    if isinstance(found, int):
        return Response(status_code=found, headers=PRIVATE)
    # The HTML is shown in the browser; it holds no script and loads nothing.
    disposition = "attachment" if kind == "pdf" else "inline"
    return Response(
        found,
        media_type=REPORT_KINDS[kind],
        headers={
            **PRIVATE,
            "Content-Disposition": f'{disposition}; filename="mitai-access-report.{kind}"',
            "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
        },
    )


ROUTES: list[Route] = [
    Route(EXPORT_MEDIA + "/{name}", serve_archive, methods=["GET", "HEAD"]),
    Route(ACCESS_REPORT + ".{kind}", serve_report, methods=["GET"]),
    Route(routes.TABLE_CSV, serve_table_csv, methods=["GET"]),
]
