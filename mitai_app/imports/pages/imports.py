"""The Import page: upload a file, follow its import, the history of
imports with their counts, the report of skipped lines, cancel and undo.

The upload streams to disk chunk by chunk in a background handler; a queue
worker reads the file. The page polls the job rows while one is active, so
the progress survives a reload (it is in the database, not in the tab).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

import reflex as rx

from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import format_date, format_number
from mitai_app.core.i18n import CATALOG, translate
from mitai_app.core.text import Text
from mitai_app.imports import service, tasks
from mitai_app.imports.consts import DEFAULT_MAX_UPLOAD_MB, IMPORTS, MEGABYTE
from mitai_app.imports.mapping import CHOICES, DATE_FORMATS, DECIMALS, Mapping
from mitai_app.imports.service import CsvPreview, JobView
from mitai_app.ui.dialogs import confirm_dialog
from mitai_app.ui.forms import error_callout, field_error, select_field
from mitai_app.ui.layout import page
from mitai_app.ui.session import AuthState, call_service, shown, signed_in, t, to_login

log = logging.getLogger(__name__)
UPLOAD_ID = "import-file"
POLL_S = 1.0
ACCEPT = {
    "application/zip": [".zip"],
    "application/x-zip-compressed": [".zip"],
    "text/xml": [".xml"],
    "application/xml": [".xml"],
    "text/csv": [".csv"],
}


# The mapping screen's delimiters, by the names its select shows.
DELIMITER_NAMES = {";": "semicolon", ",": "comma", "\t": "tab"}


def date_pattern(form: str) -> str:
    """`%d.%m.%Y` as people read it: `dd.mm.yyyy`."""
    for code, shown_as in (("%d", "dd"), ("%m", "mm"), ("%Y", "yyyy"), ("%y", "yy")):
        form = form.replace(code, shown_as)
    return form


@dataclass
class TableLine:
    label: Text
    counts: Text


@dataclass
class ImportView:
    """One import as the page shows it (words in both languages)."""

    id: str
    filename: str
    status: Text
    when: Text
    active: bool
    cancelling: bool
    can_undo: bool
    percent: int
    progress: Text  # phase, bytes and records while it runs; "" after
    time_left: Text
    counts: Text
    tables: list[TableLine]
    notes: list[Text]  # conflicts, not imported, where the file broke
    error: Text


def _megabytes(value: int, lang: str) -> str:
    return f"{format_number(value / MEGABYTE, lang, decimals=1)} MB"


def _duration(seconds: int, lang: str) -> str:
    return f"{seconds // 60} min" if seconds >= 90 else f"{seconds} s"


def _view(job: JobView) -> ImportView:
    def progress(lang: str) -> str:
        if not job.active:
            return ""
        if not job.phase:  # queued, or taken and opening the file
            return translate("imports.waiting", lang)
        return translate(
            "imports.progress",
            lang,
            phase=translate(f"imports.phase.{job.phase}", lang),
            read=_megabytes(job.bytes_read, lang),
            total=_megabytes(job.bytes_total, lang),
            records=format_number(job.records_read, lang, decimals=0),
        )

    def notes(lang: str) -> list[str]:
        out = []
        if job.conflicts:
            out.append(translate("imports.conflicts", lang, count=job.conflicts))
        if job.not_imported:
            out.append(translate("imports.not_imported", lang, count=job.not_imported))
        if job.stopped_line is not None:
            out.append(translate("imports.stopped", lang, line=job.stopped_line))
        return out

    count = len(notes("en"))
    return ImportView(
        id=job.id,
        filename=job.filename,
        status=Text.composed(lambda lang: translate(f"imports.status.{job.status}", lang)),
        when=Text.composed(lambda lang: format_date(job.created_at.date(), lang)),
        active=job.active,
        cancelling=job.cancel_requested and job.active,
        can_undo=not job.active and job.status != "undone" and job.added > 0,
        percent=job.percent,
        progress=Text.composed(progress),
        time_left=Text.composed(
            lambda lang: translate(
                "imports.time_left", lang, time=_duration(job.seconds_left, lang)
            )
            if job.active and job.seconds_left is not None
            else ""
        ),
        counts=Text.composed(
            lambda lang: translate(
                "imports.counts", lang, added=job.added, updated=job.updated, skipped=job.skipped
            )
        ),
        tables=[
            TableLine(
                label=CATALOG[f"imports.table.{line.table}"],
                counts=Text.composed(
                    lambda lang, line=line: translate(
                        "imports.counts",
                        lang,
                        added=line.added,
                        updated=line.updated,
                        skipped=line.skipped,
                    )
                ),
            )
            for line in job.tables
        ],
        notes=[Text.composed(lambda lang, i=i: notes(lang)[i]) for i in range(count)],
        error=Text.composed(lambda lang: translate(job.error, lang) if job.error else ""),
    )


class ImportsState(rx.State):
    imports: list[ImportView] = []
    upload_mb: int = DEFAULT_MAX_UPLOAD_MB
    hint: Text = Text("", "")
    uploading: bool = False
    upload_percent: int = 0
    upload_error: str = ""
    watching: bool = False
    undo_id: str = ""

    @rx.var
    def undo_open(self) -> bool:
        return self.undo_id != ""

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.uploading, self.upload_percent, self.upload_error = False, 0, ""
        self.upload_mb = mb = await call_service(service.upload_limit_bytes) // MEGABYTE
        self.hint = Text.composed(lambda lang: translate("imports.hint", lang, mb=mb))
        return ImportsState.refresh

    @rx.event
    async def refresh(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        jobs = await call_service(service.history, profile_id=me.user.id)
        self.imports = [_view(job) for job in jobs]
        if any(job.active for job in jobs) and not self.watching:
            return ImportsState.watch
        return None

    @rx.event(background=True)
    async def watch(self):
        """Polls the job rows while an import runs (the worker writes them)."""
        async with self:
            if self.watching:
                return
            self.watching = True
            me = await signed_in(self)
        try:
            while me is not None:
                await asyncio.sleep(POLL_S)
                jobs = await call_service(service.history, profile_id=me.user.id)
                async with self:
                    self.imports = [_view(job) for job in jobs]
                if not any(job.active for job in jobs):
                    break
        finally:
            async with self:
                self.watching = False

    # --- upload -----------------------------------------------------------------

    @rx.event
    def upload_progress(self, progress: dict[str, Any]):
        if self.uploading:
            self.upload_percent = round(float(progress.get("progress", 0)) * 100)

    @rx.event
    async def file_rejected(self):
        lang = (await self.get_state(AuthState)).lang
        self.upload_error = translate("imports.error.rejected", lang, mb=self.upload_mb)

    @rx.event(background=True)
    async def upload(self, chunks: rx.UploadChunkIterator):
        async with self:
            if self.uploading:
                return None
            me = await signed_in(self)
            if me is None:
                return to_login()
            self.uploading, self.upload_percent, self.upload_error = True, 0, ""
        error, sink = "", None
        try:
            sink = await call_service(service.open_upload, profile_id=me.user.id)
            filename = ""
            async for chunk in chunks:
                filename = filename or chunk.filename
                await asyncio.to_thread(sink.write, chunk.data, chunk.offset)
            path = await asyncio.to_thread(sink.close)
            sink = None
            try:
                # A CSV of no known format waits for its mapping (the head only is read).
                found = await call_service(service.inspect_upload, profile_id=me.user.id, path=path)
                if found is not None:
                    async with self:
                        self.uploading = False
                        self._show_mapping(str(path), filename, found)
                    return None
                job = await call_service(
                    service.start_import, profile_id=me.user.id, path=path, filename=filename
                )
            except BaseException:
                path.unlink(missing_ok=True)
                raise
            await asyncio.to_thread(tasks.enqueue_import, job.id)
        except UserError as refused:
            error = user_message(refused, me.lang)
        except FeatureRefused as refused:
            error = refusal_message(refused.decision, me.lang)
        except Exception:  # never leave the form spinning
            log.exception("import upload failed")
            error = translate("error.unexpected", me.lang)
        finally:
            if sink is not None:
                sink.discard()
        async with self:
            self.uploading, self.upload_error = False, error
        if error:
            return None
        return [
            rx.clear_selected_files(UPLOAD_ID),
            ImportsState.refresh,
            rx.toast.success(translate("imports.started", me.lang)),
        ]

    # --- the mapping screen: a CSV of no known format waits on the server ---
    _pending: str = ""  # its path (backend only: never sent to the browser)
    _encoding: str = "utf-8-sig"
    pending_name: str = ""
    mapping_labels: list[Text] = []  # "Column “Tag”" per column
    mapping_columns: list[str] = []  # mapping.CHOICES, per column
    mapping_delimiter: str = "semicolon"  # DELIMITER_NAMES
    mapping_decimal: str = "."
    mapping_date_format: str = DATE_FORMATS[0]
    mapping_saved: bool = False
    preview_head: list[Text] = []
    preview_rows: list[list[str]] = []
    mapping_error: str = ""
    mapping_busy: bool = False

    @rx.var
    def mapping_open(self) -> bool:
        return self.pending_name != ""

    def _show_mapping(self, path: str, filename: str, found: CsvPreview) -> None:
        how = found.mapping
        self._pending, self._encoding, self.pending_name = path, how.encoding, filename
        self.mapping_labels = [
            Text.composed(
                lambda lang, name=name: translate("imports.mapping.column", lang, name=name)
            )
            for name in found.header
        ]
        self.mapping_columns = list(how.columns)
        self.mapping_delimiter = DELIMITER_NAMES.get(how.delimiter, "semicolon")
        self.mapping_decimal = how.decimal
        self.mapping_date_format, self.mapping_saved = how.date_format, found.saved
        self.mapping_error = ""
        self._show_preview(found.rows)

    def _show_preview(self, rows: list[list[str]]) -> None:
        self.preview_head = [
            CATALOG[f"imports.field.{c}"] for c in self.mapping_columns if c in CHOICES and c
        ]
        self.preview_rows = rows

    def _mapping(self) -> Mapping:
        return Mapping(
            self._encoding,
            {name: mark for mark, name in DELIMITER_NAMES.items()}[self.mapping_delimiter],
            self.mapping_decimal,
            self.mapping_date_format,
            tuple(self.mapping_columns),
        )

    def _close_mapping(self) -> None:
        self._pending = self.pending_name = self.mapping_error = ""
        self.mapping_labels, self.mapping_columns, self.preview_rows = [], [], []

    async def _repreview(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        try:
            rows = await call_service(
                service.csv_preview,
                profile_id=me.user.id,
                path=self._pending,
                mapping=self._mapping(),
            )
        except UserError as refused:
            self.mapping_error = user_message(refused, me.lang)
            return None
        self.mapping_error = ""
        self._show_preview(rows)
        return None

    @rx.event
    async def set_column(self, index: int, choice: str):
        if 0 <= index < len(self.mapping_columns) and choice in CHOICES:
            self.mapping_columns[index] = choice
        return await self._repreview()

    @rx.event
    async def set_delimiter(self, name: str):
        if name in DELIMITER_NAMES.values():
            self.mapping_delimiter = name
        return await self._repreview()

    @rx.event
    async def set_decimal(self, mark: str):
        if mark in DECIMALS:
            self.mapping_decimal = mark
        return await self._repreview()

    @rx.event
    async def set_date_format(self, form: str):
        if form in DATE_FORMATS:
            self.mapping_date_format = form
        return await self._repreview()

    @rx.event
    async def discard_mapping(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        if self._pending:
            await call_service(service.discard_upload, profile_id=me.user.id, path=self._pending)
        self._close_mapping()
        return rx.clear_selected_files(UPLOAD_ID)

    @rx.event(background=True)
    async def start_mapped(self, form: dict[str, Any]):
        async with self:
            if self.mapping_busy or not self._pending:
                return None
            me = await signed_in(self)
            if me is None:
                return to_login()
            self.mapping_busy, self.mapping_error = True, ""
            path, name, how = self._pending, self.pending_name, self._mapping()
        error = ""
        try:
            job = await call_service(
                service.start_import,
                profile_id=me.user.id,
                path=path,
                filename=name,
                mapping=how,
                remember=bool(form.get("remember")),
            )
            await asyncio.to_thread(tasks.enqueue_import, job.id)
        except UserError as refused:
            error = user_message(refused, me.lang)
        except FeatureRefused as refused:
            error = refusal_message(refused.decision, me.lang)
        except Exception:  # never leave the form spinning
            log.exception("mapped import failed")
            error = translate("error.unexpected", me.lang)
        async with self:
            self.mapping_busy, self.mapping_error = False, error
            if not error:
                self._close_mapping()
        if error:
            return None
        return [
            rx.clear_selected_files(UPLOAD_ID),
            ImportsState.refresh,
            rx.toast.success(translate("imports.started", me.lang)),
        ]

    # --- a job ------------------------------------------------------------------

    @rx.event
    async def cancel(self, job_id: str):
        me = await signed_in(self)
        if me is None:
            return to_login()
        try:
            await call_service(service.request_cancel, profile_id=me.user.id, job_id=job_id)
        except UserError as refused:
            return rx.toast.error(user_message(refused, me.lang))
        return ImportsState.refresh

    @rx.event
    async def download_report(self, job_id: str):
        me = await signed_in(self)
        if me is None:
            return to_login()
        try:
            text = await call_service(
                service.report_csv, profile_id=me.user.id, job_id=job_id, lang=me.lang
            )
        except UserError as refused:
            return rx.toast.error(user_message(refused, me.lang))
        return rx.download(data=text, filename="import-report.csv", mime_type="text/csv")

    @rx.event
    def ask_undo(self, job_id: str):
        self.undo_id = job_id

    @rx.event
    def set_undo_open(self, value: bool):
        if not value:
            self.undo_id = ""

    @rx.event
    async def undo(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        job_id, self.undo_id = self.undo_id, ""
        try:
            removed = await call_service(service.undo_import, profile_id=me.user.id, job_id=job_id)
        except UserError as refused:
            return rx.toast.error(user_message(refused, me.lang))
        return [
            ImportsState.refresh,
            rx.toast.success(translate("imports.undone", me.lang, count=sum(removed.values()))),
        ]


# --- components -------------------------------------------------------------


def _picker() -> rx.Component:
    chosen = rx.selected_files(UPLOAD_ID)
    zone = rx.upload.root(
        rx.button(
            rx.icon("file-up", size=18, aria_hidden="true"),
            t("imports.choose"),
            type="button",
            variant="soft",
            size="3",
        ),
        id=UPLOAD_ID,
        accept=ACCEPT,
        multiple=False,
        max_files=1,
        max_size=ImportsState.upload_mb * MEGABYTE,
        on_drop_rejected=lambda _rejected: ImportsState.file_rejected,
        width="100%",
    )
    # The (hidden) file input gets a name for screen readers and tests.
    zone.children[0].children[0].custom_attrs["aria-label"] = t("imports.file")
    return rx.vstack(
        zone,
        rx.cond(
            chosen.length() > 0,
            rx.text(t("imports.chosen"), " ", chosen[0], word_break="break-all", size="2"),
            rx.text(t("imports.none_chosen"), size="2", color_scheme="gray"),
        ),
        spacing="2",
        width="100%",
    )


def _upload_card() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(t("imports.new"), size="4", as_="h2"),
            rx.text(shown(ImportsState.hint), size="2"),
            _picker(),
            error_callout(ImportsState.upload_error),
            rx.cond(
                ImportsState.uploading,
                rx.vstack(
                    rx.text(t("imports.uploading"), " ", ImportsState.upload_percent, " %"),
                    rx.progress(value=ImportsState.upload_percent, width="100%"),
                    role="status",
                    width="100%",
                ),
            ),
            rx.button(
                t("imports.start"),
                on_click=ImportsState.upload(
                    rx.upload_files_chunk(
                        upload_id=UPLOAD_ID, on_upload_progress=ImportsState.upload_progress
                    )
                ),
                loading=ImportsState.uploading,
                disabled=rx.selected_files(UPLOAD_ID).length() == 0,
                size="3",
            ),
            spacing="4",
            width="100%",
        ),
        width="100%",
    )


def _column(label: rx.Var, index: rx.Var) -> rx.Component:
    select_id = f"field-column-{index}"
    return rx.vstack(
        rx.el.label(shown(label), html_for=select_id, style={"font_weight": "500"}),
        rx.el.select(
            *[rx.el.option(t(f"imports.field.{c}"), value=c) for c in CHOICES],
            id=select_id,
            name=f"column-{index}",
            value=ImportsState.mapping_columns[index],
            on_change=lambda choice: ImportsState.set_column(index, choice),
            class_name="rt-reset rt-SelectTrigger rt-r-size-3 rt-variant-surface",
            style={"width": "100%"},
        ),
        spacing="1",
        width="100%",
    )


def _preview() -> rx.Component:
    return rx.vstack(
        rx.heading(t("imports.mapping.preview"), size="3", as_="h3"),
        rx.box(
            rx.table.root(
                rx.table.header(
                    rx.table.row(
                        rx.foreach(
                            ImportsState.preview_head,
                            lambda head: rx.table.column_header_cell(shown(head)),
                        )
                    )
                ),
                rx.table.body(
                    rx.foreach(
                        ImportsState.preview_rows,
                        lambda row: rx.table.row(rx.foreach(row, lambda cell: rx.table.cell(cell))),
                    )
                ),
                size="1",
            ),
            overflow_x="auto",
            width="100%",
        ),
        spacing="2",
        width="100%",
    )


def _mapping_card() -> rx.Component:
    settings = rx.grid(
        select_field(
            t("imports.mapping.delimiter"),
            "delimiter",
            [("semicolon", ";"), ("comma", ","), ("tab", "Tab")],
            value=ImportsState.mapping_delimiter,
            on_change=ImportsState.set_delimiter,
        ),
        select_field(
            t("imports.mapping.decimal"),
            "decimal",
            [(".", t("imports.mapping.decimal.point")), (",", t("imports.mapping.decimal.comma"))],
            value=ImportsState.mapping_decimal,
            on_change=ImportsState.set_decimal,
        ),
        select_field(
            t("imports.mapping.date_format"),
            "date_format",
            [(form, date_pattern(form)) for form in DATE_FORMATS],
            value=ImportsState.mapping_date_format,
            on_change=ImportsState.set_date_format,
        ),
        columns=rx.breakpoints(initial="1", sm="3"),
        spacing="3",
        width="100%",
    )
    return rx.card(
        rx.form(
            rx.vstack(
                rx.heading(t("imports.mapping.title"), size="4", as_="h2"),
                rx.text(ImportsState.pending_name, weight="bold", word_break="break-all"),
                rx.text(t("imports.mapping.intro"), size="2"),
                rx.cond(
                    ImportsState.mapping_saved,
                    rx.text(t("imports.mapping.saved"), size="2", color_scheme="gray"),
                ),
                settings,
                rx.grid(
                    rx.foreach(ImportsState.mapping_labels, _column),
                    columns=rx.breakpoints(initial="1", sm="2"),
                    spacing="3",
                    width="100%",
                ),
                _preview(),
                field_error(
                    "mapping",
                    rx.cond(ImportsState.mapping_error != "", "mapping", ""),
                    ImportsState.mapping_error,
                ),
                rx.hstack(
                    rx.checkbox(id="field-remember", name="remember", default_checked=True),
                    rx.el.label(t("imports.mapping.remember"), html_for="field-remember"),
                    spacing="2",
                    align="center",
                ),
                rx.flex(
                    rx.button(
                        t("imports.mapping.start"),
                        type="submit",
                        loading=ImportsState.mapping_busy,
                        size="3",
                    ),
                    rx.button(
                        t("imports.mapping.discard"),
                        type="button",
                        on_click=ImportsState.discard_mapping,
                        variant="soft",
                        color_scheme="gray",
                        size="3",
                    ),
                    gap="2",
                    wrap="wrap",
                ),
                spacing="4",
                width="100%",
            ),
            on_submit=ImportsState.start_mapped,
            width="100%",
        ),
        width="100%",
    )


def _job(job: ImportView) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.flex(
                rx.text(job.filename, weight="bold", word_break="break-all"),
                rx.badge(shown(job.status)),
                rx.text(shown(job.when), size="2", color_scheme="gray"),
                gap="2",
                wrap="wrap",
                align="center",
            ),
            rx.cond(
                job.active,
                rx.vstack(
                    rx.progress(value=job.percent, width="100%"),
                    rx.text(shown(job.progress), size="2"),
                    rx.text(shown(job.time_left), size="2", color_scheme="gray"),
                    role="status",
                    width="100%",
                    spacing="1",
                ),
            ),
            rx.text(shown(job.counts), size="2"),
            rx.foreach(
                job.tables,
                lambda line: rx.text(
                    shown(line.label), ": ", shown(line.counts), size="2", color_scheme="gray"
                ),
            ),
            rx.foreach(job.notes, lambda note: rx.text(shown(note), size="2")),
            rx.cond(job.error.en != "", error_callout(shown(job.error))),
            rx.flex(
                rx.cond(
                    job.active,
                    rx.button(
                        rx.cond(job.cancelling, t("imports.cancelling"), t("imports.cancel")),
                        on_click=ImportsState.cancel(job.id),
                        disabled=job.cancelling,
                        variant="soft",
                        color_scheme="red",
                    ),
                ),
                rx.cond(
                    ~job.active,
                    rx.button(
                        t("imports.report"),
                        on_click=ImportsState.download_report(job.id),
                        variant="soft",
                    ),
                ),
                rx.cond(
                    job.can_undo,
                    rx.button(
                        t("imports.undo"),
                        on_click=ImportsState.ask_undo(job.id),
                        variant="soft",
                        color_scheme="red",
                    ),
                ),
                gap="2",
                wrap="wrap",
            ),
            spacing="2",
            width="100%",
        ),
        role="listitem",
        width="100%",
    )


def _history() -> rx.Component:
    return rx.vstack(
        rx.heading(t("imports.history"), size="4", as_="h2"),
        rx.cond(
            ImportsState.imports.length() > 0,
            rx.vstack(
                rx.foreach(ImportsState.imports, _job),
                role="list",
                aria_label=t("imports.history"),
                spacing="3",
                width="100%",
            ),
            rx.text(t("imports.empty"), color_scheme="gray"),
        ),
        spacing="3",
        width="100%",
    )


@page(route=IMPORTS, title_key="nav.imports", on_load=ImportsState.load, checks_session=True)
def imports_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.imports"), size="7", as_="h1"),
        rx.cond(ImportsState.mapping_open, _mapping_card(), _upload_card()),
        _history(),
        confirm_dialog(
            title=t("imports.undo_title"),
            text=t("imports.undo_text"),
            confirm=t("imports.undo"),
            on_confirm=ImportsState.undo,
            open=ImportsState.undo_open,
            on_open_change=ImportsState.set_undo_open,
            danger=True,
        ),
        spacing="5",
        width="100%",
        max_width="56rem",
    )
