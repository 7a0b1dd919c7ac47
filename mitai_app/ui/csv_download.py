"""One module's data as CSV for a period, offered on its page.

The tables are the module's share of the export (`core.modules`), each
named by its log where it has one; the form is a GET to `routes.TABLE_CSV`,
which answers with the file as an attachment, so the page stays where it is
and no state is involved. Reflex's forms always prevent their own submit, so
the browser is sent to the form's address with its fields by a script. A
new module's page gets its tables by calling `csv_download("<module>")`.
"""

from __future__ import annotations

import reflex as rx

from mitai_app.core import logs, routes
from mitai_app.core.modules import exported_tables, table_modules
from mitai_app.ui.session import t


def module_tables(module: str) -> list[tuple[str, str]]:
    """(table, catalogue key of its log or "") of the module's data."""
    named = {spec.model.__tablename__: spec.label_key for spec in logs.registered().values()}
    owners = table_modules()
    return [
        (table.name, named.get(table.name, ""))
        for table in exported_tables()
        if owners.get(table.name) == module
    ]


def _day(module: str, name: str, label_key: str) -> rx.Component:
    input_id = f"csv-{module}-{name}"
    return rx.vstack(
        rx.el.label(t(label_key), html_for=input_id, style={"font_weight": "500"}),
        rx.input(id=input_id, name=name, type="date", size="3"),
        spacing="1",
    )


def csv_download(module: str) -> rx.Component:
    tables = module_tables(module)
    select_id, form_id = f"csv-{module}-table", f"csv-{module}"
    send = (
        f"const form = document.getElementById({form_id!r}); "
        "window.location.assign(form.action + '?' + new URLSearchParams(new FormData(form)));"
    )
    return rx.card(
        rx.el.form(
            rx.vstack(
                rx.heading(t("csv.heading"), size="4", as_="h2"),
                rx.text(t("csv.explained"), size="2"),
                rx.vstack(
                    rx.el.label(t("csv.table"), html_for=select_id, style={"font_weight": "500"}),
                    rx.el.select(
                        *(
                            rx.el.option(t(key) if key else f"{name}.csv", value=name)
                            for name, key in tables
                        ),
                        id=select_id,
                        name="table",
                        style={"min_height": "2.5rem", "padding": "0 0.5rem"},
                    ),
                    spacing="1",
                ),
                rx.flex(
                    _day(module, "since", "csv.since"),
                    _day(module, "until", "csv.until"),
                    gap="3",
                    wrap="wrap",
                ),
                rx.button(
                    rx.icon("file-down", size=16, aria_hidden="true"),
                    t("csv.download"),
                    type="submit",
                    variant="soft",
                    size="3",
                ),
                spacing="3",
            ),
            id=form_id,
            action=routes.TABLE_CSV,
            method="get",
            on_submit=rx.call_script(send),
        ),
        width="100%",
    )
