"""Administration: the activity log, newest first, filtered by profile and
action, one page at a time.

Every handler asks the server first whether the caller is an admin.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import reflex as rx

from mitai_app.core.formatting import format_datetime
from mitai_app.membership import admin as admin_service
from mitai_app.membership import consts
from mitai_app.ui.admin import signed_in_admin
from mitai_app.ui.admin_nav import admin_page_body
from mitai_app.ui.forms import field
from mitai_app.ui.layout import page
from mitai_app.ui.session import call_service, t


@dataclass
class LogView:
    when: str
    email: str
    action: str
    details: str


class AdminLogState(rx.State):
    email: str = ""
    action: str = ""
    page: int = 0
    pages: int = 1
    total: int = 0
    rows: list[LogView] = []
    actions: list[str] = []

    async def _show(self):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        result = await call_service(
            admin_service.activity_log,
            admin_id=me.user.id,
            email=self.email,
            action=self.action,
            page=self.page,
        )
        lang = me.lang
        self.page, self.pages, self.total = result.page, result.pages, result.total
        self.actions = result.actions
        self.rows = [
            LogView(
                when=format_datetime(row.created, lang, me.user.timezone) if row.created else "",
                email=row.email,
                action=row.action,
                details=json.dumps(row.details, ensure_ascii=False, sort_keys=True)
                if row.details
                else "",
            )
            for row in result.rows
        ]
        return None

    @rx.event
    async def load(self):
        self.page = 0
        return await self._show()

    @rx.event
    async def filter(self, form: dict):
        self.email = str(form.get("email_filter", ""))[:255]
        self.action = str(form.get("action_filter", ""))[:100]
        self.page = 0
        return await self._show()

    @rx.event
    async def turn(self, step: int):
        self.page = max(0, self.page + (step if isinstance(step, int) else 0))
        return await self._show()


def _filters() -> rx.Component:
    return rx.form(
        rx.flex(
            rx.box(
                field(
                    t("membership.log.profile"),
                    "email_filter",
                    type="search",
                    default_value=AdminLogState.email,
                    auto_complete="off",
                ),
                flex="1",
                min_width="12rem",
            ),
            rx.vstack(
                rx.el.label(
                    t("membership.log.action"),
                    html_for="field-action_filter",
                    style={"font_weight": "500"},
                ),
                rx.el.select(
                    rx.el.option(t("membership.log.all_actions"), value=""),
                    rx.foreach(
                        AdminLogState.actions,
                        lambda action: rx.el.option(action, value=action),
                    ),
                    id="field-action_filter",
                    name="action_filter",
                    default_value=AdminLogState.action,
                    class_name="rt-reset rt-SelectTrigger rt-r-size-3 rt-variant-surface",
                    style={"width": "100%"},
                ),
                spacing="1",
                flex="1",
                min_width="12rem",
            ),
            rx.button(t("membership.log.filter"), type="submit", size="3"),
            gap="3",
            align="end",
            wrap="wrap",
            width="100%",
        ),
        on_submit=AdminLogState.filter,
        width="100%",
    )


def _row(row: LogView) -> rx.Component:
    return rx.box(
        rx.flex(
            rx.text(row.action, weight="medium"),
            rx.text(row.when, size="2", color_scheme="gray"),
            justify="between",
            gap="2",
            wrap="wrap",
        ),
        rx.text(row.email, size="2", word_break="break-all"),
        rx.cond(
            row.details != "",
            rx.text(
                row.details,
                size="1",
                font_family="monospace",
                white_space="pre-wrap",
                word_break="break-all",
            ),
        ),
        padding_y="0.5rem",
        border_top=f"1px solid {rx.color('gray', 5)}",
        width="100%",
        role="listitem",
    )


def _pager() -> rx.Component:
    return rx.flex(
        rx.button(
            t("membership.log.previous"),
            on_click=AdminLogState.turn(-1),
            disabled=AdminLogState.page <= 0,
            variant="soft",
        ),
        rx.text(
            t("membership.log.page"),
            " ",
            AdminLogState.page + 1,
            " / ",
            AdminLogState.pages,
            " · ",
            AdminLogState.total,
            " ",
            t("membership.log.entries"),
            size="2",
        ),
        rx.button(
            t("membership.log.next"),
            on_click=AdminLogState.turn(1),
            disabled=AdminLogState.page + 1 >= AdminLogState.pages,
            variant="soft",
        ),
        justify="between",
        align="center",
        gap="2",
        wrap="wrap",
        width="100%",
    )


@page(
    route=consts.ADMIN_LOG,
    title_key=("nav.admin", "nav.admin_log"),
    access="admin",
    on_load=AdminLogState.load,
)
def admin_log_page() -> rx.Component:
    return admin_page_body(
        consts.ADMIN_LOG,
        "nav.admin_log",
        rx.vstack(
            _filters(),
            rx.cond(
                AdminLogState.total > 0,
                rx.box(rx.foreach(AdminLogState.rows, _row), role="list", width="100%"),
                rx.text(t("membership.log.empty"), color_scheme="gray"),
            ),
            _pager(),
            spacing="4",
            width="100%",
            max_width="48rem",
        ),
    )
