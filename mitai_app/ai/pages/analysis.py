"""The Analysis tab: AI analyses of the user's own numbers.

Nothing is sent until the user allows AI analyses (the switch here sets the
profile's `ai_enabled`), and "Show what will be sent" shows every prompt with
the user's values first. A run is a background event: the answer streams in
as Markdown, gathered into one state update about every 100 ms (not one per
token), with the stage in words; Cancel closes the provider's stream.
"""

from __future__ import annotations

import reflex as rx

from mitai_app.ai import service as ai
from mitai_app.ai.pages.runner import PRE, RunnerState, failure_text, stage_heading
from mitai_app.core import routes
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import format_datetime
from mitai_app.core.i18n import translate
from mitai_app.ui.dialogs import confirm_dialog
from mitai_app.ui.forms import error_callout, success_callout
from mitai_app.ui.layout import page
from mitai_app.ui.markdown import markdown
from mitai_app.ui.session import call_service, signed_in, t, to_login


class AnalysisState(RunnerState, rx.State):
    loaded: bool = False
    ai_enabled: bool = False
    prompts: list[dict[str, str]] = []
    selected: str = ""
    description: str = ""
    preview_open: bool = False
    preview: list[dict[str, str]] = []
    preview_error: str = ""

    notice: str = ""
    saved: str = ""
    error: str = ""

    history: list[dict[str, str]] = []
    opened: str = ""
    delete_id: str = ""
    delete_text: str = ""

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        overview = await call_service(ai.analysis_overview, profile_id=me.user.id)
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
        me = await signed_in(self)
        if me is None:
            return to_login()
        if not self.selected:
            self.history = []
            return
        rows = await call_service(ai.list_insights, profile_id=me.user.id, slug=self.selected)
        self.history = [
            {
                "id": row.id,
                "date": format_datetime(row.created, me.lang, me.user.timezone),
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
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.ai_enabled = await call_service(
            ai.set_ai_enabled, profile_id=me.user.id, enabled=bool(enabled)
        )
        self.error = ""

    @rx.event
    async def toggle_preview(self):
        if self.preview_open:
            self.preview_open = False
            return
        me = await signed_in(self)
        if me is None:
            return to_login()
        try:
            parts = await call_service(ai.preview, profile_id=me.user.id, slug=self.selected)
        except UserError as error:
            self.preview_error, self.preview = user_message(error, me.lang), []
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
            me = await signed_in(self)
            if me is None:
                return to_login()
            self.running, self._cancel = True, False
            self.streamed = self.error = self.notice = self.saved = self.progress = ""
            self.preview_open = False
            slug = self.selected
        try:
            await self._follow_run(
                ai.run(profile_id=me.user.id, slug=slug),
                lambda event: self._show(event, me.lang),
            )
        finally:
            async with self:
                if self._cancel:
                    self.notice, self.progress = translate("ai.cancelled", me.lang), ""
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
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.delete_id = insight_id
        self.delete_text = translate("ai.delete_text", me.lang, date=date)

    @rx.event
    def set_delete_open(self, value: bool):
        if not value:
            self.delete_id = ""

    @rx.event
    async def delete(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        insight_id, self.delete_id = self.delete_id, ""
        await call_service(ai.delete_insight, profile_id=me.user.id, insight_id=insight_id)
        return [AnalysisState.load_history, rx.toast.success(translate("ai.deleted", me.lang))]


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
                markdown(AnalysisState.streamed, id="analysis-result"),
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
                markdown(row["content"]),
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


@page(route=routes.ANALYSIS, title_key="nav.analysis", on_load=AnalysisState.load)
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
