"""The REST API, `/api/v1`, mounted beside the app (FastAPI; OpenAPI at
`/api/openapi.json`, docs at `/api/docs`).

Callers send `Authorization: Bearer mjt_…` (a personal access token from
Settings). The routes call the same services as the pages, with the same
ownership checks, feature limits and validation; every error is an RFC 9457
problem document. Each registered log (`core.logs`) gets its routes here
from its description, so a new module's log is in the API without new code:

    GET    /api/v1/logs/<log>?since=&until=&cursor=&limit=   newest first
    POST   /api/v1/logs/<log>
    GET    /api/v1/logs/<log>/<id>
    PUT    /api/v1/logs/<log>/<id>
    DELETE /api/v1/logs/<log>/<id>
    GET    /api/v1/profile
    GET    /api/v1/goals                        with progress and projection
    GET    /api/v1/insights?prompt=&limit=      AI insights, with the values they were built from
    GET    /api/v1/export                       the export archive (ZIP), as on Your data
    POST   /api/v1/ingest/health-auto-export   Health Auto Export's REST automation
    POST   /api/v1/ingest/samples              the simple format (Shortcuts, Home Assistant)
"""

# No `from __future__ import annotations`: FastAPI reads the routes'
# annotations, which name dependencies local to the function making them.
import base64
import binascii
import logging
import re
import tempfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from datetime import time as dt_time
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from sqlmodel import Session
from starlette.exceptions import HTTPException
from starlette.routing import Match

from mitai_app.accounts import profile
from mitai_app.ai import service as ai_service
from mitai_app.api import tokens
from mitai_app.api.consts import (
    API_V1,
    EXPORT_SCOPE,
    GOALS_SCOPE,
    INGEST_MAX_BODY_BYTES,
    INSIGHTS_SCOPE,
    MAX_BODY_BYTES,
    PAGE_LIMIT_MAX,
    PROFILE_SCOPE,
    READ,
    WRITE,
)
from mitai_app.core import db, logs
from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import today_in
from mitai_app.core.modules import contributions, table_modules
from mitai_app.exports import service as exports_service
from mitai_app.goals import service as goals_service
from mitai_app.imports import health_auto_export, ingest
from mitai_app.imports.rows import Parsed

log = logging.getLogger(__name__)
PROBLEM = "application/problem+json"
API_SOURCE = "api"  # the source of entries made through the API


class Problem(Exception):
    def __init__(self, status: int, title: str, detail: str = "", **extra: Any) -> None:
        super().__init__(title)
        self.status, self.title, self.detail, self.extra = status, title, detail, extra


def _problem(
    status: int, title: str, detail: str = "", headers: dict[str, str] | None = None, **extra: Any
) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status, **extra}
    if detail:
        body["detail"] = detail
    headers = {**(headers or {}), **({"WWW-Authenticate": "Bearer"} if status == 401 else {})}
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


# --- request models --------------------------------------------------------------

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_only(value: Any) -> Any:
    """Days as YYYY-MM-DD only: pydantic would also read 0 or 1700000000 as
    a date, which the schema does not allow."""
    if isinstance(value, date) or (isinstance(value, str) and _ISO_DAY.match(value)):
        return value
    raise ValueError("a day as YYYY-MM-DD")


IsoDate = Annotated[date, BeforeValidator(_iso_only)]


class EntryIn(BaseModel):
    """An entry as the API takes it: values in SI units as stored (kg, cm,
    mm), several readings of a field as a list; a field left out is empty."""

    model_config = ConfigDict(extra="forbid")
    date: IsoDate
    time: Annotated[
        str | None,
        Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$", description="HH:MM local, in a log of moments"),
    ] = None
    values: dict[str, float | list[float]] = Field(default_factory=dict)
    choices: dict[str, str] = Field(default_factory=dict)
    notes: str = ""


class EntryOut(BaseModel):
    id: str
    date: date
    values: dict[str, float]
    details: dict[str, Any]
    source: str
    notes: str
    imported: bool


class EntryPage(BaseModel):
    items: list[EntryOut]
    next_cursor: str | None = Field(description="pass as `cursor` for the next (older) page")


class ProblemOut(BaseModel):
    """An RFC 9457 problem document; `field` names the input at fault."""

    type: str
    title: str
    status: int
    detail: str | None = None
    field: str | None = None
    feature: str | None = None


def _problem_response(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {PROBLEM: {"schema": ProblemOut.model_json_schema()}},
    }


# Every route may answer these; documented so that clients (and the fuzzing
# test) know their shape.
PROBLEMS: dict[int | str, dict[str, Any]] = {
    400: _problem_response("the body is not JSON (or not UTF-8)"),
    401: _problem_response("no valid token"),
    403: _problem_response("the token lacks the scope, or the plan's limit is reached"),
    404: _problem_response("no such entry of yours"),
    409: _problem_response("one entry a day: the day has one"),
    413: _problem_response("the body is over the limit"),
    422: _problem_response("an input is refused; `field` names it"),
    429: _problem_response("too many requests with this token"),
}


class ProfileOut(BaseModel):
    id: str
    email: str
    display_name: str
    sex: str
    date_of_birth: str
    language: str
    unit_system: str
    timezone: str


# --- who is calling --------------------------------------------------------------


def session_dependency() -> Iterator[Session]:
    with db.session() as session:
        yield session


SessionDep = Annotated[Session, Depends(session_dependency)]


def _caller(request: Request, session: Session) -> tokens.Caller:
    scheme, _, secret = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not secret:
        raise Problem(401, "Unauthorized", "Send a personal access token: Authorization: Bearer …")
    try:
        caller = tokens.authenticate(session=session, secret=secret.strip())
    except UserError as error:  # its rate limit
        raise Problem(429, "Too Many Requests", user_message(error, "en")) from error
    if caller is None:
        raise Problem(401, "Unauthorized", "The token is wrong, expired or revoked.")
    return caller


def needs(area: str, level: str) -> Callable[..., tokens.Caller]:
    def dependency(request: Request, session: SessionDep) -> tokens.Caller:
        caller = _caller(request, session)
        if not tokens.allows(caller.scopes, area, level):
            raise Problem(403, "Forbidden", f"This token lacks the scope {area}:{level}.")
        return caller

    return dependency


def any_scope(request: Request, session: SessionDep) -> tokens.Caller:
    """A valid token; the route checks its scopes once it knows what they must be."""
    return _caller(request, session)


# --- routes ----------------------------------------------------------------------


def _out(row: logs.LogRow) -> EntryOut:
    return EntryOut(
        id=row.id,
        date=row.date,
        values=row.values,
        details=row.details,
        source=row.source,
        notes=row.notes,
        imported=row.imported,
    )


def _cursor(row: logs.LogRow) -> str:
    at = row.details.get("time", "")  # a log of moments: the entry's local time
    return base64.urlsafe_b64encode(f"{row.date.isoformat()}|{at}|{row.id}".encode()).decode()


def _before(cursor: str | None) -> tuple[date, dt_time | None, str] | None:
    if not cursor:
        return None
    try:
        day, at, entry_id = base64.urlsafe_b64decode(cursor.encode()).decode().split("|")
        return date.fromisoformat(day), dt_time.fromisoformat(at) if at else None, entry_id
    except (ValueError, binascii.Error, UnicodeDecodeError) as error:
        raise Problem(
            422, "Unprocessable Content", "cursor is not one this API gave", field="cursor"
        ) from error


def _entry(spec: logs.LogSpec, body: EntryIn) -> logs.LogInput:
    known = {item.name for item in spec.fields}
    for name in body.values:
        if name not in known:
            raise Problem(
                422,
                "Unprocessable Content",
                f"{spec.id} has no field {name!r}",
                field=f"values.{name}",
            )
    values = {
        name: [float(v) for v in (value if isinstance(value, list) else [value])]
        for name, value in body.values.items()
    }
    at = dt_time.fromisoformat(body.time) if body.time else None
    return logs.LogInput(
        day=body.date, values=values, choices=dict(body.choices), notes=body.notes, at=at
    )


def _log_routes(router: APIRouter, area: str, spec: logs.LogSpec) -> None:
    path = f"/logs/{spec.id}"
    reader, writer = needs(area, READ), needs(area, WRITE)
    tag = [spec.id]

    @router.get(path, response_model=EntryPage, tags=tag, name=f"list {spec.id}")
    def list_entries(
        session: SessionDep,
        caller: Annotated[tokens.Caller, Depends(reader)],
        since: IsoDate | None = None,
        until: IsoDate | None = None,
        cursor: str | None = None,
        limit: Annotated[int, Query(ge=1, le=PAGE_LIMIT_MAX)] = 50,
    ) -> EntryPage:
        rows = logs.window(
            spec,
            session=session,
            profile_id=caller.profile_id,
            since=since,
            until=until,
            before=_before(cursor),
            limit=limit + 1,
        )
        more = len(rows) > limit
        rows = rows[:limit]
        return EntryPage(
            items=[_out(r) for r in rows], next_cursor=_cursor(rows[-1]) if more else None
        )

    @router.post(path, response_model=EntryOut, status_code=201, tags=tag, name=f"create {spec.id}")
    def create_entry(
        body: EntryIn, session: SessionDep, caller: Annotated[tokens.Caller, Depends(writer)]
    ) -> EntryOut:
        row = logs.add(
            spec,
            session=session,
            profile_id=caller.profile_id,
            entry=_entry(spec, body),
            source=API_SOURCE,
        )
        return _out(row)

    @router.get(path + "/{entry_id}", response_model=EntryOut, tags=tag, name=f"get {spec.id}")
    def get_entry(
        entry_id: str, session: SessionDep, caller: Annotated[tokens.Caller, Depends(reader)]
    ) -> EntryOut:
        return _out(
            logs.get(spec, session=session, profile_id=caller.profile_id, entry_id=entry_id)
        )

    @router.put(path + "/{entry_id}", response_model=EntryOut, tags=tag, name=f"update {spec.id}")
    def update_entry(
        entry_id: str,
        body: EntryIn,
        session: SessionDep,
        caller: Annotated[tokens.Caller, Depends(writer)],
    ) -> EntryOut:
        row = logs.update(
            spec,
            session=session,
            profile_id=caller.profile_id,
            entry_id=entry_id,
            entry=_entry(spec, body),
        )
        return _out(row)

    @router.delete(path + "/{entry_id}", status_code=204, tags=tag, name=f"delete {spec.id}")
    def delete_entry(
        entry_id: str, session: SessionDep, caller: Annotated[tokens.Caller, Depends(writer)]
    ) -> Response:
        logs.delete(spec, session=session, profile_id=caller.profile_id, entry_id=entry_id)
        return Response(status_code=204)


def _profile_routes(router: APIRouter) -> None:
    reader = needs(PROFILE_SCOPE, READ)

    @router.get("/profile", response_model=ProfileOut, tags=["profile"])
    def read_profile(
        session: SessionDep, caller: Annotated[tokens.Caller, Depends(reader)]
    ) -> ProfileOut:
        shown = profile.get_profile(session=session, profile_id=caller.profile_id)
        return ProfileOut(
            id=str(caller.profile_id),
            email=shown.email,
            display_name=shown.display_name,
            sex=shown.sex,
            date_of_birth=shown.date_of_birth,
            language=shown.language,
            unit_system=shown.unit_system,
            timezone=shown.timezone,
        )


class GoalOut(BaseModel):
    id: str
    title: str
    goal_type: str
    unit: str
    status: str
    is_primary: bool
    start_date: date | None
    start_value: float
    target_value: float
    target_date: date | None
    current: float | None
    percent: float | None
    weekly_rate: float | None
    projected: date | None = Field(description="when the trend reaches the target")
    progress: str = Field(description="reached, on_track, behind or not_enough_data")


class InsightOut(BaseModel):
    id: str
    prompt: str
    created: datetime | None
    content: str = Field(description="Markdown")
    values: dict[str, str] = Field(description="the values of your data it was built from")


def _read_routes(router: APIRouter) -> None:
    @router.get("/goals", response_model=list[GoalOut], tags=["goals"])
    def read_goals(
        session: SessionDep, caller: Annotated[tokens.Caller, Depends(needs(GOALS_SCOPE, READ))]
    ) -> list[GoalOut]:
        zone = profile.get_profile(session=session, profile_id=caller.profile_id).timezone
        return [
            GoalOut(
                id=goal.id,
                title=goal.title,
                goal_type=goal.goal_type,
                unit=goal.unit,
                status=goal.status,
                is_primary=goal.is_primary,
                start_date=goal.start_date,
                start_value=goal.start_value,
                target_value=goal.target_value,
                target_date=goal.target_date,
                current=goal.progress.current,
                percent=goal.progress.percent,
                weekly_rate=goal.progress.weekly_rate,
                projected=goal.progress.projected,
                progress=goal.progress.status,
            )
            for goal in goals_service.goals_overview(
                session=session, profile_id=caller.profile_id, today=today_in(zone)
            )
        ]

    @router.get("/insights", response_model=list[InsightOut], tags=["insights"])
    def read_insights(
        session: SessionDep,
        caller: Annotated[tokens.Caller, Depends(needs(INSIGHTS_SCOPE, READ))],
        prompt: Annotated[str | None, Query(max_length=100, pattern=r"^[A-Za-z0-9_.-]+$")] = None,
        limit: Annotated[int, Query(ge=1, le=PAGE_LIMIT_MAX)] = 50,
    ) -> list[InsightOut]:
        return [
            InsightOut(
                id=row.id,
                prompt=row.scope,
                created=row.created,
                content=row.content,
                values=row.values,
            )
            for row in ai_service.list_insights(
                session=session, profile_id=caller.profile_id, slug=prompt, limit=limit
            )
        ]


EXPORT_CHUNK = 1 << 16


def _export_routes(router: APIRouter) -> None:
    @router.get(
        "/export",
        tags=["export"],
        response_class=StreamingResponse,
        responses={200: {"description": "the export archive", "content": {"application/zip": {}}}},
    )
    def export_archive(
        session: SessionDep,
        caller: Annotated[tokens.Caller, Depends(needs(EXPORT_SCOPE, READ))],
    ) -> StreamingResponse:
        """The same ZIP as Your data's export (CSV per table, `mitai.json`,
        photos, manifest with checksums), charged to `data_export`. It is
        written to a temporary file on the request's session, then streamed
        from there: memory stays flat, and a refused or failed export sends
        a problem document instead of half an archive."""
        # Closed by the response's generator once sent (or below on failure).
        spool = tempfile.TemporaryFile(dir=exports_service.spool_folder())  # noqa: SIM115
        try:
            exports_service.export_archive(session=session, profile_id=caller.profile_id, out=spool)
        except BaseException:
            spool.close()
            raise
        size = spool.tell()
        spool.seek(0)

        def chunks() -> Iterator[bytes]:
            with spool:
                while data := spool.read(EXPORT_CHUNK):
                    yield data

        return StreamingResponse(
            chunks(),
            media_type="application/zip",
            headers={
                "Content-Length": str(size),
                "Content-Disposition": 'attachment; filename="mitai-export.zip"',
                "Cache-Control": "private, no-store",
            },
        )


class Metric(BaseModel):
    """One Health Auto Export metric: its samples carry `date` and `qty`
    (blood pressure `systolic` and `diastolic`, sleep its night's fields)."""

    name: str
    units: str = ""
    data: list[dict[str, Any]] = Field(default_factory=list)


class HealthAutoExportData(BaseModel):
    metrics: list[Metric] = Field(default_factory=list)
    workouts: list[dict[str, Any]] = Field(
        default_factory=list,
        description="name, start, end (yyyy-MM-dd HH:mm:ss Z), duration (s), "
        "activeEnergyBurned, distance {qty, units}, heartRate {avg, max}",
    )


class HealthAutoExportIn(BaseModel):
    """The JSON body Health Auto Export's REST automation posts; other data
    types it may add (state of mind, medications, …) are ignored."""

    data: HealthAutoExportData


# A number as JSON writes one: `false` or "70" is refused, as the schema says.
Number = Annotated[float, Field(strict=True)]


class SampleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal[tuple(health_auto_export.SAMPLE_TYPES)]  # type: ignore[valid-type]
    date: str = Field(description="ISO 8601; without an offset, the profile's time zone")
    value: Number | None = Field(None, description="not for blood_pressure")
    unit: str = Field("", description="weight: kg (default), lb, g or st")
    systolic: Number | None = Field(None, description="blood_pressure, mmHg")
    diastolic: Number | None = Field(None, description="blood_pressure, mmHg")
    source: str = Field("", max_length=100, description="the app or device, kept with the row")


class SamplesIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    samples: list[SampleIn]


class TableCountsOut(BaseModel):
    added: int
    updated: int
    skipped: int


class IngestOut(BaseModel):
    counts: dict[str, TableCountsOut] = Field(description="per table written")
    records: int = Field(description="samples and workouts read")
    not_imported: dict[str, int] = Field(description="per metric this app does not keep")
    skipped: int = Field(description="samples refused for their date, value or range")
    conflicts: int = Field(description="days whose manual entry was kept")
    import_id: str | None = Field(description="the import recorded (undo on the Import page)")


def _ingest_routes(router: APIRouter) -> None:
    tag = ["ingest"]

    def write(
        session: Session, caller: tokens.Caller, parsed: Parsed, source: str, name: str
    ) -> IngestOut:
        areas = table_modules()
        missing = sorted(
            f"{areas[row.table]}:{WRITE}"
            for row in {row.table: row for row in parsed.rows}.values()
            if not tokens.allows(caller.scopes, areas[row.table], WRITE)
        )
        if missing:
            raise Problem(403, "Forbidden", f"This token lacks the scopes {', '.join(missing)}.")
        done = ingest.ingest(
            session=session, profile_id=caller.profile_id, parsed=parsed, source=source, name=name
        )
        return IngestOut(
            counts={t: TableCountsOut(**c) for t, c in done.counts.items()},
            records=done.records,
            not_imported=done.not_imported,
            skipped=done.skipped,
            conflicts=done.conflicts,
            import_id=done.job_id,
        )

    @router.post("/ingest/health-auto-export", response_model=IngestOut, tags=tag)
    def health_auto_export_payload(
        body: HealthAutoExportIn,
        session: SessionDep,
        caller: Annotated[tokens.Caller, Depends(any_scope)],
    ) -> IngestOut:
        """Health Auto Export's REST-automation JSON. Needs write on every
        module it brings data for (body, recovery, training)."""
        parsed = health_auto_export.parse_payload(body.model_dump())
        return write(session, caller, parsed, health_auto_export.SOURCE, "Health Auto Export (API)")

    @router.post("/ingest/samples", response_model=IngestOut, tags=tag)
    def samples_payload(
        body: SamplesIn, session: SessionDep, caller: Annotated[tokens.Caller, Depends(any_scope)]
    ) -> IngestOut:
        """The simple format for iOS Shortcuts and Home Assistant."""
        where = ingest.profile_zone(session=session, profile_id=caller.profile_id)
        parsed = health_auto_export.parse_samples(
            [sample.model_dump(exclude_none=True) for sample in body.samples], zone=where
        )
        return write(session, caller, parsed, health_auto_export.SHORTCUT_SOURCE, "Samples (API)")


# --- the app ---------------------------------------------------------------------


class BodyLimit:
    """Refuses a body over the limit with 413 before a route reads it: by
    its Content-Length, and a body sent without one (chunked) as soon as
    what arrived passes the limit. Such a body is held until it is complete
    (at most the limit) and then handed on as it came."""

    def __init__(self, app: Callable) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        # A day of Health Auto Export's metrics is larger than any entry.
        limit = INGEST_MAX_BODY_BYTES if "/ingest/" in scope["path"] else MAX_BODY_BYTES
        too_large = _problem(413, "Content Too Large", f"At most {limit} bytes.")
        length = dict(scope["headers"]).get(b"content-length", b"")
        if length.isdigit():
            if int(length) > limit:
                return await too_large(scope, receive, send)
            return await self.app(scope, receive, send)
        held, size = [], 0
        while True:
            message = await receive()
            held.append(message)
            if message["type"] != "http.request":
                break
            size += len(message.get("body", b""))
            if size > limit:
                return await too_large(scope, receive, send)
            if not message.get("more_body"):
                break

        async def replay() -> dict:
            return held.pop(0) if held else await receive()

        return await self.app(scope, replay, send)


def api_app() -> FastAPI:
    app = FastAPI(
        title="Mitai Jinkendo API",
        version="1",
        docs_url="/docs",
        redoc_url=None,
        openapi_url="/openapi.json",
        description="Your own data: every log, your profile. Authenticate with a personal "
        "access token from Settings → API tokens (`Authorization: Bearer mjt_…`).",
    )
    router = APIRouter(prefix=API_V1, responses=PROBLEMS)
    _profile_routes(router)
    _read_routes(router)
    _ingest_routes(router)
    _export_routes(router)
    for module, specs in contributions("logs"):
        for spec in specs:
            _log_routes(router, module.name, spec)
    app.include_router(router)
    app.add_middleware(BodyLimit)

    @app.exception_handler(Problem)
    async def problem(_request: Request, error: Problem) -> JSONResponse:
        return _problem(error.status, error.title, error.detail, **error.extra)

    @app.exception_handler(UserError)
    async def refused(_request: Request, error: UserError) -> JSONResponse:
        if error.code == "record.error.not_found":
            return _problem(404, "Not Found", user_message(error, "en"))
        if error.code == "record.error.date_exists":
            return _problem(409, "Conflict", user_message(error, "en"), field=error.field)
        return _problem(422, "Unprocessable Content", user_message(error, "en"), field=error.field)

    @app.exception_handler(FeatureRefused)
    async def limited(_request: Request, error: FeatureRefused) -> JSONResponse:
        return _problem(
            403,
            "Forbidden",
            refusal_message(error.decision, "en"),
            feature=error.decision.feature_id,
        )

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        first = error.errors()[0] if error.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()) if part != "body")
        return _problem(422, "Unprocessable Content", first.get("msg", ""), field=where)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> JSONResponse:
        # Starlette's own: 404 for unknown paths, 405 whose Allow header
        # names only the first route of the path; it lists them all here.
        headers = dict(error.headers or {})
        if error.status_code == 405:
            allowed = {
                method
                for route in app.router.routes
                if route.matches(request.scope)[0] != Match.NONE
                for method in getattr(route, "methods", None) or ()
            }
            headers["Allow"] = ", ".join(sorted(allowed))
        return _problem(error.status_code, str(error.detail), headers=headers)

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, error: Exception) -> JSONResponse:
        log.exception("API request failed")
        return _problem(500, "Internal Server Error")

    return app
