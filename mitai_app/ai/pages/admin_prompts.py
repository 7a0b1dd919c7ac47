"""Administration: Prompts. The list (active switch, up/down), the edit form
(a base prompt's templates or a pipeline's stage editor), a preview with the
admin's own data and a test run that streams like Analysis but is not saved.

The form's inputs are uncontrolled: what the admin typed stays when a save is
refused. Only the type and the output format are followed by the state, since
they decide which fields show; the stage editor's rows are named
`row<i>_<field>` and read back from the submitted form.
"""

from __future__ import annotations

from dataclasses import dataclass

import reflex as rx

from mitai_app.ai import service as ai
from mitai_app.ai.config import MAX_MODEL_LENGTH
from mitai_app.ai.pages.runner import PRE, RunnerState, failure_text, stage_heading
from mitai_app.ai.prompts import MAX_STAGE_NAME_LENGTH, STAGE_ROW_FIELDS, TEXT_LIMITS
from mitai_app.core import routes
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.i18n import translate
from mitai_app.ui.admin import signed_in_admin
from mitai_app.ui.admin_nav import admin_page_body
from mitai_app.ui.forms import error_callout, field, limit_hint, select_field, success_callout
from mitai_app.ui.layout import page
from mitai_app.ui.markdown import markdown
from mitai_app.ui.session import call_service, in_language, t

TEXT_AREA = {"width": "100%", "min_height": "9rem", "font_family": "monospace"}


@dataclass
class PromptListRow:
    slug: str
    title_de: str  # the title in each language: the list follows the language switch
    title_en: str
    type: str
    active: bool
    first: bool
    last: bool


def _blank_row(number: int) -> dict[str, str]:
    return {**dict.fromkeys(STAGE_ROW_FIELDS, ""), "stage": str(number)}


class AdminPromptsState(RunnerState, rx.State):
    rows: list[PromptListRow] = []
    base_slugs: list[str] = []
    placeholder_names: str = ""

    form_open: bool = False
    editing: str = ""  # the slug being edited; "" while creating
    values: dict[str, str] = {}
    prompt_type: str = "base"
    output_format: str = "text"
    stage_rows: list[dict[str, str]] = []
    form_key: int = 0
    error: str = ""
    done: str = ""

    preview: list[dict[str, str]] = []
    run_error: str = ""

    @rx.event
    async def load(self):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        prompts = await call_service(ai.admin_prompts)
        self.rows = [
            PromptListRow(
                slug=p.slug,
                title_de=p.title,
                title_en=p.title_en,
                type=p.type,
                active=p.active,
                first=index == 0,
                last=index == len(prompts) - 1,
            )
            for index, p in enumerate(prompts)
        ]
        self.base_slugs = [p.slug for p in prompts if p.type == "base"]
        self.placeholder_names = ", ".join(ai.placeholder_names())

    def _open(self, form: ai.PromptForm, editing: str) -> None:
        self.values = {key: getattr(form, key) for key in ai.FORM_FIELDS}
        self.prompt_type, self.output_format = form.type, form.output_format
        self.stage_rows = form.stage_rows or [_blank_row(1)]
        self.editing, self.form_open = editing, True
        self.error = self.done = self.streamed = self.progress = self.run_error = ""
        self.preview = []
        self.form_key += 1

    @rx.event
    async def new_prompt(self):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        self._open(ai.PromptForm(), "")

    @rx.event
    async def edit(self, slug: str):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        try:
            form = await call_service(ai.prompt_form, slug=slug)
        except UserError as error:
            self.error = user_message(error, me.lang)
            return
        self._open(form, slug)

    @rx.event
    async def close_form(self):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        if not self.running:
            self.form_open = False

    @rx.event
    async def set_prompt_type(self, value: str):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        self.prompt_type = value

    @rx.event
    async def set_output_format(self, value: str):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        self.output_format = value

    @rx.event
    async def add_row(self):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        last = self.stage_rows[-1]["stage"] if self.stage_rows else "0"
        number = int(last) + 1 if last.isdigit() else len(self.stage_rows) + 1
        self.stage_rows = [*self.stage_rows, _blank_row(number)]

    @rx.event
    async def remove_row(self):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        if len(self.stage_rows) > 1:
            self.stage_rows = self.stage_rows[:-1]

    @rx.event
    async def save(self, form: dict):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        rows = [
            {key: str(form.get(f"row{index}_{key}", "")) for key in STAGE_ROW_FIELDS}
            for index in range(len(self.stage_rows))
        ]
        try:
            saved = await call_service(
                ai.save_prompt,
                admin_id=me.user.id,
                form={key: str(form.get(key, "")) for key in ai.FORM_FIELDS},
                stage_rows=rows if self.prompt_type == "pipeline" else [],
                editing=self.editing or None,
            )
        except UserError as error:
            self.error, self.done = user_message(error, me.lang), ""
            return
        self.error, self.done = "", translate("ai.prompt_saved", me.lang)
        self.editing = saved.slug
        return AdminPromptsState.load

    @rx.event
    async def set_active(self, slug: str, active: bool):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        await call_service(ai.set_prompt_active, admin_id=me.user.id, slug=slug, active=active)
        return AdminPromptsState.load

    @rx.event
    async def move(self, slug: str, step: int):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        await call_service(ai.move_prompt, admin_id=me.user.id, slug=slug, step=step)
        return AdminPromptsState.load

    @rx.event
    async def show_preview(self):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        try:
            parts = await call_service(
                ai.preview, profile_id=me.user.id, slug=self.editing, include_inactive=True
            )
        except UserError as error:
            self.run_error, self.preview = user_message(error, me.lang), []
            return
        self.run_error = ""
        self.preview = [{"label": p.label, "text": p.text} for p in parts]

    def _show(self, event: ai.RunEvent, lang: str) -> None:
        if event.kind == "stage_started":
            self.progress = stage_heading(event, lang)
            self.streamed += f"\n\n### {self.progress}\n\n" if event.stage_count > 1 else ""
        elif event.kind == "repairing":
            self.streamed += "\n\n---\n\n"
        elif event.kind == "failed":
            self.run_error = failure_text(event, lang)
        if event.kind in ("done", "failed"):
            self.progress = ""

    @rx.event(background=True)
    async def test_run(self):
        async with self:
            if self.running or not self.editing:
                return
            me, refusal = await signed_in_admin(self)
            if me is None:
                return refusal
            lang = me.lang
            self.running, self._cancel = True, False
            self.streamed = self.progress = self.run_error = ""
            slug = self.editing
        try:
            await self._follow_run(
                ai.run(profile_id=me.user.id, slug=slug, save=False, include_inactive=True),
                lambda event: self._show(event, lang),
            )
        finally:
            async with self:
                if self._cancel:
                    self.progress = translate("ai.cancelled", lang)
                self.running = False

    @rx.event
    async def cancel(self):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        if self.running:
            self._cancel = True


def _list_row(row: PromptListRow) -> rx.Component:
    title = in_language(row, "title")
    return rx.flex(
        rx.vstack(
            rx.text(title, weight="medium"),
            rx.text(
                row.slug,
                " · ",
                rx.cond(row.type == "pipeline", t("ai.type_pipeline"), t("ai.type_base")),
                size="2",
                color_scheme="gray",
                word_break="break-all",
            ),
            spacing="0",
            min_width="0",
        ),
        rx.hstack(
            rx.switch(
                checked=row.active,
                on_change=lambda value: AdminPromptsState.set_active(row.slug, value),
                aria_label=t("ai.active") + " " + title,
            ),
            rx.icon_button(
                rx.icon("arrow-up", size=16),
                on_click=AdminPromptsState.move(row.slug, -1),
                disabled=row.first,
                variant="soft",
                high_contrast=True,
                aria_label=t("ai.move_up") + " " + title,
            ),
            rx.icon_button(
                rx.icon("arrow-down", size=16),
                on_click=AdminPromptsState.move(row.slug, 1),
                disabled=row.last,
                variant="soft",
                high_contrast=True,
                aria_label=t("ai.move_down") + " " + title,
            ),
            rx.button(
                t("ai.edit"),
                on_click=AdminPromptsState.edit(row.slug),
                variant="soft",
                high_contrast=True,
                aria_label=t("ai.edit") + " " + title,
            ),
            spacing="2",
            align="center",
        ),
        direction={"initial": "column", "sm": "row"},
        justify="between",
        align={"initial": "start", "sm": "center"},
        gap="2",
        padding_y="0.5rem",
        border_top=f"1px solid {rx.color('gray', 5)}",
        width="100%",
        role="listitem",
    )


def _textarea(label: rx.Var, name: str, value: rx.Var) -> rx.Component:
    return rx.vstack(
        rx.el.label(label, html_for=f"field-{name}", style={"font_weight": "500"}),
        rx.text_area(id=f"field-{name}", name=name, default_value=value, style=TEXT_AREA),
        spacing="1",
        width="100%",
    )


def _stage_row(row: rx.Var, index: rx.Var) -> rx.Component:
    def name(key: str) -> rx.Var:
        return "row" + index.to_string() + "_" + key

    def labelled(label: rx.Var, key: str, *controls: rx.Component) -> rx.Component:
        return rx.vstack(
            rx.el.label(label, html_for=name(key), style={"font_weight": "500"}),
            *controls,
            spacing="1",
            width="100%",
        )

    return rx.card(
        rx.vstack(
            rx.grid(
                labelled(
                    t("ai.stage_number"),
                    "stage",
                    rx.input(
                        id=name("stage"),
                        name=name("stage"),
                        default_value=row["stage"],
                        type="number",
                        min=1,
                        width="100%",
                    ),
                ),
                labelled(
                    t("ai.stage_name"),
                    "name",
                    rx.input(
                        id=name("name"), name=name("name"), default_value=row["name"], width="100%"
                    ),
                    rx.text(limit_hint(MAX_STAGE_NAME_LENGTH), size="2", color_scheme="gray"),
                ),
                labelled(
                    t("ai.output_key"),
                    "output_key",
                    rx.input(
                        id=name("output_key"),
                        name=name("output_key"),
                        default_value=row["output_key"],
                        width="100%",
                    ),
                ),
                labelled(
                    t("ai.stage_prompt"),
                    "slug",
                    rx.el.select(
                        rx.el.option(t("ai.stage_inline"), value=""),
                        rx.foreach(
                            AdminPromptsState.base_slugs,
                            lambda slug: rx.el.option(slug, value=slug),
                        ),
                        id=name("slug"),
                        name=name("slug"),
                        default_value=row["slug"],
                        class_name="rt-reset rt-SelectTrigger rt-r-size-2 rt-variant-surface",
                        style={"width": "100%"},
                    ),
                ),
                columns={"initial": "1", "sm": "2"},
                gap="3",
                width="100%",
            ),
            labelled(
                t("ai.template_de"),
                "template",
                rx.text_area(
                    id=name("template"),
                    name=name("template"),
                    default_value=row["template"],
                    style=TEXT_AREA,
                ),
            ),
            labelled(
                t("ai.template_en"),
                "template_en",
                rx.text_area(
                    id=name("template_en"),
                    name=name("template_en"),
                    default_value=row["template_en"],
                    style=TEXT_AREA,
                ),
            ),
            spacing="3",
            width="100%",
        ),
        width="100%",
    )


def _stage_editor() -> rx.Component:
    return rx.vstack(
        rx.heading(t("ai.stages"), size="4", as_="h3"),
        rx.foreach(AdminPromptsState.stage_rows, _stage_row),
        rx.hstack(
            rx.button(t("ai.add_stage_row"), type="button", on_click=AdminPromptsState.add_row),
            rx.button(
                t("ai.remove_row"),
                type="button",
                on_click=AdminPromptsState.remove_row,
                variant="soft",
                high_contrast=True,
                color_scheme="gray",
                disabled=AdminPromptsState.stage_rows.length() <= 1,
            ),
            spacing="2",
            wrap="wrap",
        ),
        spacing="3",
        width="100%",
    )


def _form() -> rx.Component:
    values = AdminPromptsState.values
    return rx.form(
        rx.vstack(
            field(
                t("ai.slug"),
                "slug",
                default_value=values["slug"],
                read_only=AdminPromptsState.editing != "",
                required=True,
                limit=TEXT_LIMITS["slug"][0],
            ),
            field(
                t("ai.title"),
                "title",
                default_value=values["title"],
                required=True,
                limit=TEXT_LIMITS["title"][0],
            ),
            field(
                t("ai.category"),
                "category",
                default_value=values["category"],
                limit=TEXT_LIMITS["category"][0],
            ),
            field(
                t("ai.description"),
                "description",
                default_value=values["description"],
                limit=TEXT_LIMITS["description"][0],
            ),
            select_field(
                t("ai.type"),
                "type",
                [("base", t("ai.type_base")), ("pipeline", t("ai.type_pipeline"))],
                value=AdminPromptsState.prompt_type,
                on_change=AdminPromptsState.set_prompt_type,
            ),
            select_field(
                t("ai.output_format"),
                "output_format",
                [("text", t("ai.format_text")), ("json", t("ai.format_json"))],
                value=AdminPromptsState.output_format,
                on_change=AdminPromptsState.set_output_format,
            ),
            rx.cond(
                AdminPromptsState.output_format == "json",
                _textarea(t("ai.schema"), "output_schema", values["output_schema"]),
                rx.fragment(),
            ),
            rx.cond(
                AdminPromptsState.prompt_type == "pipeline",
                _stage_editor(),
                rx.vstack(
                    _textarea(t("ai.template_de"), "template", values["template"]),
                    _textarea(t("ai.template_en"), "template_en", values["template_en"]),
                    spacing="4",
                    width="100%",
                ),
            ),
            field(t("ai.model"), "model", default_value=values["model"], limit=MAX_MODEL_LENGTH),
            rx.el.details(
                rx.el.summary(t("ai.placeholders")),
                rx.text(AdminPromptsState.placeholder_names, size="2", word_break="break-word"),
            ),
            error_callout(AdminPromptsState.error),
            success_callout(AdminPromptsState.done),
            rx.flex(
                rx.button(t("common.save"), type="submit", size="3"),
                rx.button(
                    t("ai.back"),
                    type="button",
                    on_click=AdminPromptsState.close_form,
                    variant="soft",
                    high_contrast=True,
                    color_scheme="gray",
                    size="3",
                ),
                gap="3",
                wrap="wrap",
            ),
            spacing="4",
            width="100%",
        ),
        key=AdminPromptsState.form_key,
        on_submit=AdminPromptsState.save,
        width="100%",
    )


def _try_out() -> rx.Component:
    return rx.cond(
        AdminPromptsState.editing != "",
        rx.card(
            rx.vstack(
                rx.text(t("ai.test_note"), size="2", color_scheme="gray"),
                rx.flex(
                    rx.button(
                        t("ai.preview"),
                        on_click=AdminPromptsState.show_preview,
                        variant="soft",
                        high_contrast=True,
                    ),
                    rx.button(
                        t("ai.test_run"),
                        on_click=AdminPromptsState.test_run,
                        loading=AdminPromptsState.running,
                    ),
                    rx.cond(
                        AdminPromptsState.running,
                        rx.button(
                            t("ai.cancel"),
                            on_click=AdminPromptsState.cancel,
                            variant="soft",
                            high_contrast=True,
                            color_scheme="red",
                        ),
                        rx.fragment(),
                    ),
                    gap="3",
                    wrap="wrap",
                ),
                error_callout(AdminPromptsState.run_error),
                rx.foreach(
                    AdminPromptsState.preview,
                    lambda part: rx.vstack(
                        rx.text(part["label"], weight="bold", size="2"),
                        rx.el.pre(part["text"], style=PRE),
                        spacing="1",
                        width="100%",
                    ),
                ),
                rx.cond(
                    AdminPromptsState.progress != "",
                    rx.text(AdminPromptsState.progress, role="status", size="2"),
                    rx.fragment(),
                ),
                markdown(AdminPromptsState.streamed, id="test-run-result"),
                spacing="3",
                width="100%",
            ),
            width="100%",
        ),
        rx.fragment(),
    )


@page(
    route=routes.ADMIN_PROMPTS,
    title_key=("nav.admin", "nav.admin_prompts"),
    access="admin",
    on_load=AdminPromptsState.load,
)
def admin_prompts_page() -> rx.Component:
    return admin_page_body(
        routes.ADMIN_PROMPTS,
        "nav.admin_prompts",
        rx.text(t("ai.admin_intro")),
        rx.cond(
            AdminPromptsState.form_open,
            rx.vstack(_form(), _try_out(), spacing="4", width="100%", max_width="48rem"),
            rx.vstack(
                rx.button(
                    rx.icon("plus", size=16, aria_hidden="true"),
                    t("ai.new_prompt"),
                    on_click=AdminPromptsState.new_prompt,
                ),
                rx.box(rx.foreach(AdminPromptsState.rows, _list_row), role="list", width="100%"),
                spacing="3",
                width="100%",
            ),
        ),
    )
