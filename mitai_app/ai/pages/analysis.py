"""The Analysis tab: AI analyses of the user's own numbers.

Nothing is sent until the user allows AI analyses (the switch here sets the
profile's `ai_enabled`), and "Show what will be sent" shows every prompt with
the user's values first. A run is a background event: the answer streams in
as Markdown, gathered into one state update about every 100 ms (not one per
token), with the stage in words; Cancel closes the provider's stream.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable

import reflex as rx

from mitai_app.ai import service as ai
from mitai_app.ai.prompts import PromptError
from mitai_app.core import routes
from mitai_app.core.access import refusal_message
from mitai_app.core.formatting import format_datetime
from mitai_app.core.i18n import translate
from mitai_app.ui.dialogs import confirm_dialog
from mitai_app.ui.forms import error_callout, success_callout
from mitai_app.ui.layout import page
from mitai_app.ui.session import AuthState, call_service, require_user, t

# How often streamed text reaches the browser; while the provider is still
# thinking, how often a cancel is looked for.
FLUSH_S = 0.1
CANCEL_CHECK_S = 0.5
PRE = {"white_space": "pre-wrap", "overflow_wrap": "anywhere", "font_size": "0.85rem", "margin": 0}
# An answer's code blocks (JSON) wrap instead of widening a phone's page.
MARKDOWN_BOX = {
    "width": "100%",
    "overflow_wrap": "anywhere",
    "& pre": {"white_space": "pre-wrap", "overflow_wrap": "anywhere"},
}


def failure_text(event: ai.RunEvent, lang: str) -> str:
    """A failed run in words."""
    if event.decision is not None:
        return refusal_message(event.decision, lang)
    return prompt_error_text(
        event.error_code,
        lang,
        detail=event.detail,
        names=event.detail,
        seconds=round(event.retry_after_s or 0),
    )


def prompt_error_text(code: str, lang: str, **values: object) -> str:
    key = f"ai.error.{code}"
    try:
        return translate(key, lang, **values)
    except KeyError:
        return translate("error.unexpected", lang)


def prompt_error(error: PromptError, lang: str) -> str:
    return prompt_error_text(error.code, lang, names=", ".join(error.names), detail=error.detail)


def stage_heading(event: ai.RunEvent, lang: str) -> str:
    return translate(
        "ai.stage_progress",
        lang,
        stage=event.stage,
        count=event.stage_count,
        name=event.stage_name,
    )


async def follow_run(
    state: rx.State,
    events: AsyncIterator[ai.RunEvent],
    on_event: Callable[[ai.RunEvent], None],
) -> None:
    """Feeds a run's events to `on_event` inside `async with state`, text
    chunks gathered for FLUSH_S; stops the run (closing the provider stream)
    as soon as the state's `_cancel` is set. The state needs `streamed`."""
    buffered: list[str] = []
    pending: asyncio.Future | None = asyncio.ensure_future(anext(events))
    looked = time.monotonic()
    try:
        while pending is not None:
            done, _ = await asyncio.wait({pending}, timeout=FLUSH_S)
            event = None
            if done:
                try:
                    event = pending.result()
                except StopAsyncIteration:
                    pending = None
                else:
                    pending = asyncio.ensure_future(anext(events))
                    if event.kind == "chunk":
                        buffered.append(event.text)
                        event = None
            if not (buffered or event or done) and time.monotonic() - looked < CANCEL_CHECK_S:
                continue  # waiting for the provider: no need to lock the state yet
            looked = time.monotonic()
            async with state:
                if buffered:
                    state.streamed += "".join(buffered)
                    buffered.clear()
                if event is not None:
                    on_event(event)
                if state._cancel:
                    return
    finally:
        if pending is not None:
            pending.cancel()
            with contextlib.suppress(asyncio.CancelledError, StopAsyncIteration, Exception):
                await pending
        await events.aclose()


class AnalysisState(rx.State):
    loaded: bool = False
    ai_enabled: bool = False
    prompts: list[dict[str, str]] = []
    selected: str = ""
    description: str = ""
    preview_open: bool = False
    preview: list[dict[str, str]] = []
    preview_error: str = ""

    running: bool = False
    _cancel: bool = False
    progress: str = ""
    streamed: str = ""
    notice: str = ""
    saved: str = ""
    error: str = ""

    history: list[dict[str, str]] = []
    opened: str = ""
    delete_id: str = ""
    delete_text: str = ""

    @rx.event
    async def load(self):
        user = await require_user(self)
        if user is None:
            return rx.redirect(routes.LOGIN)
        overview = await call_service(ai.analysis_overview, profile_id=user.id)
        self.ai_enabled = overview.ai_enabled
        self.prompts = [
            {"slug": p.slug, "title": p.title, "description": p.description}
            for p in overview.prompts
        ]
        slugs = [p.slug for p in overview.prompts]
        self._select(self.selected if self.selected in slugs else (slugs or [""])[0])
        self.preview_open, self.preview = False, []
        self.error = self.notice = self.saved = self.progress = ""
        if not self.running:
            self.streamed = ""
        self.loaded = True
        return AnalysisState.load_history

    @rx.event
    async def load_history(self):
        user = await require_user(self)
        if user is None:
            return rx.redirect(routes.LOGIN)
        if not self.selected:
            self.history = []
            return
        rows = await call_service(ai.list_insights, profile_id=user.id, slug=self.selected)
        lang = (await self.get_state(AuthState)).lang or user.language
        self.history = [
            {
                "id": row.id,
                "date": format_datetime(row.created, lang, user.timezone),
                "content": row.content,
                "values": "\n".join(f"{name}: {value}" for name, value in row.values.items()),
            }
            for row in rows
        ]

    def _select(self, slug: str) -> None:
        self.selected = slug
        self.description = next((p["description"] for p in self.prompts if p["slug"] == slug), "")

    @rx.event
    def choose(self, slug: str):
        if self.running or slug not in {p["slug"] for p in self.prompts}:
            return
        self._select(slug)
        self.preview_open, self.preview = False, []
        self.streamed = self.error = self.notice = self.saved = self.progress = ""
        self.opened = ""
        return AnalysisState.load_history

    @rx.event
    async def set_ai_enabled(self, enabled: bool):
        user = await require_user(self)
        if user is None:
            return rx.redirect(routes.LOGIN)
        self.ai_enabled = await call_service(
            ai.set_ai_enabled, profile_id=user.id, enabled=bool(enabled)
        )
        self.error = ""

    @rx.event
    async def toggle_preview(self):
        if self.preview_open:
            self.preview_open = False
            return
        user = await require_user(self)
        if user is None:
            return rx.redirect(routes.LOGIN)
        lang = (await self.get_state(AuthState)).lang or user.language
        try:
            parts = await call_service(ai.preview, profile_id=user.id, slug=self.selected)
        except PromptError as error:
            self.preview_error, self.preview = prompt_error(error, lang), []
        else:
            self.preview_error = ""
            self.preview = [{"label": p.label, "text": p.text} for p in parts]
        self.preview_open = True

    def _show(self, event: ai.RunEvent, lang: str) -> None:
        if event.kind == "stage_started":
            self.progress = stage_heading(event, lang)
            if event.stage_count > 1:
                separator = "\n\n" if self.streamed else ""
                self.streamed += f"{separator}### {self.progress}\n\n"
        elif event.kind == "repairing":
            self.notice = translate("ai.repairing", lang)
            self.streamed += "\n\n---\n\n"
        elif event.kind == "saved":
            self.saved = translate("ai.saved", lang)
            self.notice = self.progress = ""
        elif event.kind == "failed":
            self.error = failure_text(event, lang)
            self.notice = self.progress = ""

    @rx.event(background=True)
    async def run(self):
        async with self:
            if self.running or not self.selected:
                return
            user = await require_user(self)
            if user is None:
                return rx.redirect(routes.LOGIN)
            lang = (await self.get_state(AuthState)).lang or user.language
            self.running, self._cancel = True, False
            self.streamed = self.error = self.notice = self.saved = self.progress = ""
            self.preview_open = False
            slug = self.selected
        try:
            await follow_run(
                self,
                ai.run(profile_id=user.id, slug=slug),
                lambda event: self._show(event, lang),
            )
        finally:
            async with self:
                if self._cancel:
                    self.notice, self.progress = translate("ai.cancelled", lang), ""
                self.running = False
        return AnalysisState.load_history

    @rx.event
    def cancel(self):
        if self.running:
            self._cancel = True

    @rx.event
    def toggle_open(self, insight_id: str):
        self.opened = "" if self.opened == insight_id else insight_id

    @rx.event
    async def ask_delete(self, insight_id: str, date: str):
        lang = (await self.get_state(AuthState)).lang or "en"
        self.delete_id = insight_id
        self.delete_text = translate("ai.delete_text", lang, date=date)

    @rx.event
    def set_delete_open(self, value: bool):
        if not value:
            self.delete_id = ""

    @rx.event
    async def delete(self):
        user = await require_user(self)
        if user is None:
            return rx.redirect(routes.LOGIN)
        insight_id, self.delete_id = self.delete_id, ""
        await call_service(ai.delete_insight, profile_id=user.id, insight_id=insight_id)
        lang = (await self.get_state(AuthState)).lang or user.language
        return [AnalysisState.load_history, rx.toast.success(translate("ai.deleted", lang))]


def _consent() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.cond(
                AnalysisState.ai_enabled,
                rx.fragment(),
                rx.vstack(
                    rx.heading(t("ai.disabled_title"), size="4", as_="h2"),
                    rx.text(t("ai.disabled_text")),
                    spacing="2",
                ),
            ),
            rx.hstack(
                rx.switch(
                    id="field-ai_enabled",
                    name="ai_enabled",
                    checked=AnalysisState.ai_enabled,
                    on_change=AnalysisState.set_ai_enabled,
                ),
                rx.el.label(t("ai.allow"), html_for="field-ai_enabled"),
                spacing="2",
                align="center",
            ),
            spacing="3",
            width="100%",
        ),
        width="100%",
    )


def _preview_part(part: rx.Var) -> rx.Component:
    return rx.vstack(
        rx.text(part["label"], weight="bold", size="2"),
        rx.el.pre(part["text"], style=PRE),
        spacing="1",
        width="100%",
    )


def _preview() -> rx.Component:
    return rx.cond(
        AnalysisState.preview_open,
        rx.card(
            rx.vstack(
                error_callout(AnalysisState.preview_error),
                rx.foreach(AnalysisState.preview, _preview_part),
                spacing="3",
                width="100%",
            ),
            width="100%",
        ),
        rx.fragment(),
    )


def _prompt_select() -> rx.Component:
    # select_field() takes fixed options; the prompts come from the database.
    return rx.vstack(
        rx.el.label(t("ai.choose"), html_for="field-prompt", style={"font_weight": "500"}),
        rx.el.select(
            rx.foreach(
                AnalysisState.prompts,
                lambda p: rx.el.option(p["title"], value=p["slug"]),
            ),
            id="field-prompt",
            name="prompt",
            value=AnalysisState.selected,
            on_change=AnalysisState.choose,
            disabled=AnalysisState.running,
            class_name="rt-reset rt-SelectTrigger rt-r-size-3 rt-variant-surface",
            style={"width": "100%"},
        ),
        rx.cond(
            AnalysisState.description != "",
            rx.text(AnalysisState.description, size="2", color_scheme="gray"),
            rx.fragment(),
        ),
        spacing="1",
        width="100%",
    )


def _controls() -> rx.Component:
    return rx.vstack(
        _prompt_select(),
        rx.flex(
            rx.button(
                rx.cond(AnalysisState.preview_open, t("ai.hide_sent"), t("ai.show_sent")),
                on_click=AnalysisState.toggle_preview,
                variant="soft",
                high_contrast=True,
                size="3",
            ),
            rx.button(
                rx.icon("sparkles", size=18, aria_hidden="true"),
                t("ai.run"),
                on_click=AnalysisState.run,
                loading=AnalysisState.running,
                disabled=~AnalysisState.ai_enabled,
                size="3",
            ),
            rx.cond(
                AnalysisState.running,
                rx.button(
                    t("ai.cancel"),
                    on_click=AnalysisState.cancel,
                    variant="soft",
                    high_contrast=True,
                    color_scheme="red",
                    size="3",
                ),
                rx.fragment(),
            ),
            gap="3",
            wrap="wrap",
            width="100%",
        ),
        spacing="3",
        width="100%",
    )


def _result() -> rx.Component:
    return rx.cond(
        (AnalysisState.streamed != "") | AnalysisState.running,
        rx.card(
            rx.vstack(
                rx.hstack(
                    rx.heading(t("ai.result"), size="4", as_="h2"),
                    rx.cond(AnalysisState.running, rx.spinner(size="2"), rx.fragment()),
                    align="center",
                    spacing="2",
                ),
                rx.cond(
                    AnalysisState.progress != "",
                    rx.text(AnalysisState.progress, size="2", color_scheme="gray", role="status"),
                    rx.fragment(),
                ),
                rx.box(
                    rx.markdown(AnalysisState.streamed),
                    id="analysis-result",
                    style=MARKDOWN_BOX,
                ),
                spacing="2",
                width="100%",
            ),
            width="100%",
        ),
        rx.fragment(),
    )


def _history_row(row: rx.Var) -> rx.Component:
    return rx.vstack(
        rx.flex(
            rx.text(row["date"], weight="medium"),
            rx.hstack(
                rx.button(
                    rx.cond(AnalysisState.opened == row["id"], t("ai.close"), t("ai.open")),
                    on_click=AnalysisState.toggle_open(row["id"]),
                    variant="soft",
                    high_contrast=True,
                    size="2",
                ),
                rx.button(
                    rx.icon("trash-2", size=16, aria_hidden="true"),
                    t("ai.delete"),
                    on_click=AnalysisState.ask_delete(row["id"], row["date"]),
                    variant="soft",
                    high_contrast=True,
                    color_scheme="red",
                    size="2",
                ),
                spacing="2",
            ),
            justify="between",
            align="center",
            gap="2",
            wrap="wrap",
            width="100%",
        ),
        rx.cond(
            AnalysisState.opened == row["id"],
            rx.vstack(
                rx.box(rx.markdown(row["content"]), style=MARKDOWN_BOX),
                rx.el.details(
                    rx.el.summary(t("ai.values_used")),
                    rx.el.pre(row["values"], style=PRE),
                    width="100%",
                ),
                spacing="2",
                width="100%",
            ),
            rx.fragment(),
        ),
        spacing="2",
        width="100%",
        padding_y="0.75rem",
        border_top=f"1px solid {rx.color('gray', 5)}",
        role="listitem",
    )


def _delete_dialog() -> rx.Component:
    return confirm_dialog(
        title=t("ai.delete_title"),
        text=AnalysisState.delete_text,
        confirm=t("ai.delete"),
        on_confirm=AnalysisState.delete,
        open=AnalysisState.delete_id != "",
        on_open_change=AnalysisState.set_delete_open,
        danger=True,
    )


def _history() -> rx.Component:
    return rx.vstack(
        rx.heading(t("ai.history"), size="5", as_="h2"),
        rx.cond(
            AnalysisState.history.length() > 0,
            rx.box(rx.foreach(AnalysisState.history, _history_row), role="list", width="100%"),
            rx.text(t("ai.history_empty"), color_scheme="gray"),
        ),
        _delete_dialog(),
        spacing="2",
        width="100%",
    )


@page(route=routes.ANALYSIS, title="Analysis", on_load=AnalysisState.load)
def analysis_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.analysis"), size="7", as_="h1"),
        rx.text(t("ai.intro")),
        rx.cond(
            AnalysisState.loaded & (AnalysisState.prompts.length() == 0),
            rx.callout(t("ai.no_prompts"), icon="info", width="100%"),
            rx.vstack(
                _consent(),
                _controls(),
                _preview(),
                error_callout(AnalysisState.error),
                rx.cond(
                    AnalysisState.notice != "",
                    rx.callout(AnalysisState.notice, icon="info", role="status", width="100%"),
                    rx.fragment(),
                ),
                success_callout(AnalysisState.saved),
                _result(),
                _history(),
                spacing="4",
                width="100%",
            ),
        ),
        spacing="4",
        width="100%",
        max_width="48rem",
    )
