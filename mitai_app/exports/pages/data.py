"""Your data: make an export archive and download it (24 hours). The
export runs as a job on the task queue (`exports.jobs`); a background event
shows how far it got, from the job, so the progress is back after a reload.
The archive is served by the owner-only route in `exports.media`."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import reflex as rx

from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import format_datetime, format_number
from mitai_app.core.i18n import translate
from mitai_app.exports import downloads, jobs, tasks
from mitai_app.exports import service as exports_service
from mitai_app.exports.consts import ACCESS_REPORT, DATA, EXPORT_MEDIA
from mitai_app.imports import service as imports_service
from mitai_app.ui.forms import error_callout, success_callout
from mitai_app.ui.layout import page
from mitai_app.ui.session import attempt, call_service, signed_in, t, to_login

PROGRESS_INTERVAL_S = 0.5
RESTORE_UPLOAD = "restore-archive"


@dataclass
class DownloadView:
    name: str
    url: str
    created: str
    size: str
    expires: str


class DataState(rx.State):
    downloads: list[DownloadView] = []
    loaded: bool = False
    busy: bool = False
    progress: str = ""
    percent: int = 0
    error: str = ""
    done: str = ""
    restoring: bool = False
    restore_percent: int = 0
    restore_error: str = ""
    restored: str = ""

    async def _show(self, me) -> None:
        rows = await asyncio.to_thread(downloads.list_downloads, profile_id=me.user.id)
        zone = me.user.timezone
        self.downloads = [
            DownloadView(
                name=row.name,
                url=f"{EXPORT_MEDIA}/{row.name}",
                created=format_datetime(row.created_at, me.lang, zone),
                size=format_number(row.size_bytes / 1e6, me.lang, decimals=1) + " MB",
                expires=format_datetime(row.expires_at, me.lang, zone),
            )
            for row in rows
        ]
        self.loaded = True

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.error = self.done = ""
        await self._show(me)
        job = await asyncio.to_thread(jobs.export_job, profile_id=me.user.id)
        if job is not None and job.active:
            self.busy, self.progress, self.percent = True, _progress(job, me.lang), _percent(job)
            return DataState.watch
        self.busy = False
        return None

    @rx.event
    async def create(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        if self.busy:
            return None
        outcome = await attempt(jobs.start_export, me.lang, profile_id=me.user.id)
        self.error, self.done = outcome.error, ""
        if not outcome.ok:
            return None
        await asyncio.to_thread(tasks.enqueue_export, me.user.id)
        self.busy, self.progress, self.percent = True, _progress(outcome.value, me.lang), 0
        return DataState.watch

    @rx.event(background=True)
    async def watch(self):
        """Follows the export job until it is done or failed."""
        async with self:
            me = await signed_in(self)
            if me is None:
                return
        while True:
            job = await asyncio.to_thread(jobs.export_job, profile_id=me.user.id)
            async with self:
                if job is not None and job.active:
                    self.busy, self.progress, self.percent = (
                        True,
                        _progress(job, me.lang),
                        _percent(job),
                    )
                else:
                    self.busy, self.progress = False, ""
                    if job is not None and job.status == jobs.DONE:
                        self.done = translate("exports.ready", me.lang)
                        await self._show(me)
                    elif job is not None and job.error is not None:
                        self.error = job.error.pick(me.lang)
                    return
            await asyncio.sleep(PROGRESS_INTERVAL_S)

    # --- restore ----------------------------------------------------------------

    @rx.event
    def restore_progress(self, progress: dict[str, Any]):
        if self.restoring:
            self.restore_percent = round(float(progress.get("progress", 0)) * 100)

    @rx.event(background=True)
    async def restore(self, chunks: rx.UploadChunkIterator):
        """The archive streams to disk (the import upload's file and limit),
        then is checked and restored in a worker thread, all or nothing."""
        async with self:
            if self.restoring:
                return None
            me = await signed_in(self)
            if me is None:
                return to_login()
            self.restoring, self.restore_percent = True, 0
            self.restore_error = self.restored = ""
        sink, path, outcome = None, None, None
        try:
            sink = await call_service(imports_service.open_upload, profile_id=me.user.id)
            async for chunk in chunks:
                await asyncio.to_thread(sink.write, chunk.data, chunk.offset)
            path = await asyncio.to_thread(sink.close)
            sink = None
            outcome = await attempt(
                exports_service.restore_archive, me.lang, profile_id=me.user.id, source=path
            )
        except UserError as refused:  # the upload itself (too big, empty)
            error = user_message(refused, me.lang)
        else:
            error = outcome.error
        finally:
            if sink is not None:
                await asyncio.to_thread(sink.discard)
            if path is not None:
                await asyncio.to_thread(path.unlink, missing_ok=True)
        async with self:
            self.restoring, self.restore_error = False, error
            if outcome is not None and outcome.ok:
                self.restored = translate(
                    "exports.restored",
                    me.lang,
                    rows=outcome.value.total_rows,
                    photos=outcome.value.photo_files,
                )
        return rx.clear_selected_files(RESTORE_UPLOAD)


def _progress(job: jobs.ExportJob, lang: str) -> str:
    if job.status == jobs.QUEUED:
        return translate("exports.queued", lang)
    return translate("exports.progress", lang, done=job.tables_done, total=job.tables)


def _percent(job: jobs.ExportJob) -> int:
    return round(100 * job.tables_done / job.tables) if job.tables else 0


def _download_row(row: DownloadView) -> rx.Component:
    return rx.card(
        rx.flex(
            rx.vstack(
                rx.text(row.created, weight="medium"),
                rx.text(
                    row.size,
                    " · ",
                    t("exports.expires"),
                    " ",
                    row.expires,
                    size="2",
                    color_scheme="gray",
                ),
                spacing="1",
            ),
            rx.link(
                rx.button(
                    rx.icon("download", size=16, aria_hidden="true"),
                    t("exports.download"),
                    size="3",
                ),
                href=row.url,
                download=row.name,
                is_external=True,
            ),
            justify="between",
            align="center",
            gap="3",
            wrap="wrap",
        ),
        role="listitem",
        width="100%",
    )


def _restore() -> rx.Component:
    chosen = rx.selected_files(RESTORE_UPLOAD)
    zone = rx.upload.root(
        rx.button(
            rx.icon("file-up", size=18, aria_hidden="true"),
            t("exports.choose_archive"),
            type="button",
            variant="soft",
            size="3",
        ),
        id=RESTORE_UPLOAD,
        accept={"application/zip": [".zip"]},
        multiple=False,
        max_files=1,
        width="100%",
    )
    # The (hidden) file input gets a name for screen readers and tests.
    zone.children[0].children[0].custom_attrs["aria-label"] = t("exports.archive_file")
    return rx.card(
        rx.vstack(
            rx.heading(t("exports.restore"), size="4", as_="h2"),
            rx.text(t("exports.restore_explained"), size="2"),
            zone,
            rx.cond(
                chosen.length() > 0,
                rx.text(chosen[0], word_break="break-all", size="2"),
            ),
            error_callout(DataState.restore_error),
            success_callout(DataState.restored),
            rx.cond(
                DataState.restoring,
                rx.text(
                    t("exports.restoring"), " ", DataState.restore_percent, " %", role="status"
                ),
            ),
            rx.button(
                t("exports.restore_start"),
                on_click=DataState.restore(
                    rx.upload_files_chunk(
                        upload_id=RESTORE_UPLOAD, on_upload_progress=DataState.restore_progress
                    )
                ),
                loading=DataState.restoring,
                disabled=chosen.length() == 0,
                size="3",
            ),
            spacing="3",
            width="100%",
        ),
        width="100%",
    )


def _access_report() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(t("exports.report.heading"), size="4", as_="h2"),
            rx.text(t("exports.report.explained"), size="2"),
            rx.flex(
                rx.link(
                    rx.button(
                        rx.icon("file-text", size=16, aria_hidden="true"),
                        t("exports.report.html"),
                        variant="soft",
                        size="3",
                    ),
                    href=ACCESS_REPORT + ".html",
                    is_external=True,
                ),
                rx.link(
                    rx.button(
                        rx.icon("file-down", size=16, aria_hidden="true"),
                        t("exports.report.pdf"),
                        variant="soft",
                        size="3",
                    ),
                    href=ACCESS_REPORT + ".pdf",
                    download="mitai-access-report.pdf",
                    is_external=True,
                ),
                gap="3",
                wrap="wrap",
            ),
            spacing="3",
            width="100%",
        ),
        width="100%",
    )


@page(route=DATA, title_key="nav.data", on_load=DataState.load, checks_session=True)
def data_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.data"), size="7", as_="h1"),
        rx.text(t("exports.explained")),
        error_callout(DataState.error),
        success_callout(DataState.done),
        rx.button(
            rx.cond(
                DataState.busy,
                rx.spinner(size="2"),
                rx.icon("archive", size=16, aria_hidden="true"),
            ),
            t("exports.create"),
            on_click=DataState.create,
            disabled=DataState.busy,
            size="3",
        ),
        rx.cond(
            DataState.busy,
            rx.vstack(
                rx.progress(value=DataState.percent, max=100, aria_label=t("exports.create")),
                rx.text(DataState.progress, role="status", aria_live="polite"),
                width="100%",
            ),
        ),
        rx.heading(t("exports.ready_to_download"), size="4", as_="h2"),
        rx.cond(
            DataState.downloads.length() > 0,
            rx.vstack(rx.foreach(DataState.downloads, _download_row), role="list", width="100%"),
            rx.cond(DataState.loaded, rx.text(t("exports.none_yet"), color_scheme="gray")),
        ),
        _restore(),
        _access_report(),
        spacing="4",
        width="100%",
        max_width="40rem",
    )
