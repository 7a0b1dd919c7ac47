"""History: the weight, tape and caliper logs, newest first, paged ("Load
more"), each row editable in place and deletable with undo (a toast whose
"Undo" button puts the entry back). Entries from imports are marked.

Rows are plain string dicts; the deleted entry waiting for undo stays on the
server (a backend-only var), so the browser cannot restore something else.
"""

from __future__ import annotations

import reflex as rx

from mitai_app.body import logs as body_history
from mitai_app.body.circumferences import TAPE_SITES, TapeRow
from mitai_app.body.forms import as_typed, error_message
from mitai_app.body.formulas import SKINFOLD_SITES
from mitai_app.body.logs import KINDS
from mitai_app.body.service import BodyError, WeightRow
from mitai_app.body.skinfolds import CONVERSIONS, FORMULAS, CaliperRow
from mitai_app.core import routes
from mitai_app.core.formatting import format_date, format_number, format_quantity, today_in
from mitai_app.core.i18n import translate
from mitai_app.core.units import to_display
from mitai_app.ui.forms import error_callout, field, select_field
from mitai_app.ui.layout import page
from mitai_app.ui.session import AuthState, call_service, require_user, t

PAGE_SIZE = 20
UNDO_SECONDS = 10


def _view(row: body_history.Row, lang: str, system: str) -> dict[str, str]:
    """What one list row shows, and the values its edit form starts with."""
    view = {
        "id": row.id,
        "date": row.date.isoformat(),
        "date_text": format_date(row.date, lang),
        "notes": row.notes,
        "source": translate("body.source.manual", lang) if not row.imported else row.source,
        "imported": "true" if row.imported else "",
    }
    if isinstance(row, WeightRow):
        view["weight"] = as_typed(to_display(row.weight_kg, "mass", system), lang)
        view["summary"] = format_quantity(row.weight_kg, "mass", system, lang)
    elif isinstance(row, TapeRow):
        for site in TAPE_SITES:
            cm = row.sites_cm.get(site)
            view[site] = "" if cm is None else as_typed(to_display(cm, "length", system), lang)
        view["summary"] = " · ".join(
            f"{translate(f'body.site.{site}', lang)} {format_quantity(cm, 'length', system, lang)}"
            for site, cm in row.sites_cm.items()
        )
    elif isinstance(row, CaliperRow):
        for site in SKINFOLD_SITES:
            mm = row.sites_mm.get(site)
            view[site] = "" if mm is None else as_typed(mm, lang)
        view["formula"] = row.formula
        view["conversion"] = row.conversion
        formula = translate(f"body.formula.{row.formula}", lang) if row.formula else ""
        view["summary"] = (
            f"{format_number(row.body_fat_pct, lang)} % · {formula}".strip(" ·")
            if row.body_fat_pct is not None
            else formula
        )
    return view


class HistoryState(rx.State):
    tab: str = "weight"
    weight_rows: list[dict[str, str]] = []
    tape_rows: list[dict[str, str]] = []
    caliper_rows: list[dict[str, str]] = []
    more: dict[str, bool] = dict.fromkeys(KINDS, False)
    loaded: bool = False

    editing: str = ""  # the id of the row being edited
    edit_error: str = ""
    edit_field: str = ""

    _undo_kind: str = ""
    _undo_row: body_history.Row | None = None

    def _rows(self, kind: str) -> list[dict[str, str]]:
        return getattr(self, f"{kind}_rows")

    def _put(self, kind: str, offset: int, rows: list, lang: str, system: str) -> None:
        """Rows fetched from `offset` (one more than a page: is there more?)."""
        views = [_view(row, lang, system) for row in rows]
        setattr(self, f"{kind}_rows", self._rows(kind)[:offset] + views[:PAGE_SIZE])
        self.more[kind] = len(views) > PAGE_SIZE

    async def _fetch(self, kind: str, offset: int) -> bool:
        """Loads a page of `kind` from `offset`; False when signed out."""
        user = await require_user(self)
        if user is None:
            return False
        rows = await call_service(
            body_history.list_entries,
            profile_id=user.id,
            kind=kind,
            offset=offset,
            limit=PAGE_SIZE + 1,
        )
        lang = (await self.get_state(AuthState)).lang or user.language
        self._put(kind, offset, rows, lang, user.unit_system)
        return True

    async def _reload(self, kind: str, *events) -> list:
        """The first page of `kind` again, then `events` (a toast)."""
        if not await self._fetch(kind, 0):
            return [rx.redirect(routes.LOGIN)]
        return list(events)

    @rx.event
    async def load(self):
        self.editing = self.edit_error = self.edit_field = ""
        user = await require_user(self)
        if user is None:
            return rx.redirect(routes.LOGIN)
        pages = await call_service(
            body_history.first_pages, profile_id=user.id, limit=PAGE_SIZE + 1
        )
        lang = (await self.get_state(AuthState)).lang or user.language
        for kind, rows in pages.items():
            self._put(kind, 0, rows, lang, user.unit_system)
        self.loaded = True
        return None

    @rx.event
    def set_tab(self, value: str | list[str]):
        if isinstance(value, str) and value in KINDS:
            self.tab = value
            self.editing = ""

    @rx.event
    async def load_more(self, kind: str):
        if kind in KINDS and not await self._fetch(kind, len(self._rows(kind))):
            return rx.redirect(routes.LOGIN)
        return None

    @rx.event
    def edit(self, entry_id: str):
        self.editing, self.edit_error, self.edit_field = entry_id, "", ""

    @rx.event
    def cancel_edit(self):
        self.editing, self.edit_error, self.edit_field = "", "", ""

    @rx.event
    async def save_edit(self, form: dict):
        user = await require_user(self)
        if user is None:
            return rx.redirect(routes.LOGIN)
        kind = self.tab
        try:
            await call_service(
                body_history.update_entry,
                profile_id=user.id,
                kind=kind,
                entry_id=self.editing,
                form=form,
                unit_system=user.unit_system,
                today=today_in(user.timezone),
            )
        except BodyError as error:
            lang = (await self.get_state(AuthState)).lang or user.language
            unit = "in" if user.unit_system == "imperial" else "cm"
            self.edit_error = error_message(error, lang, length_unit=unit)
            self.edit_field = error.field
            return None
        self.editing = ""
        return await self._reload(kind)

    @rx.event
    async def delete(self, entry_id: str):
        user = await require_user(self)
        if user is None:
            return rx.redirect(routes.LOGIN)
        kind = self.tab
        lang = (await self.get_state(AuthState)).lang or user.language
        try:
            row = await call_service(
                body_history.delete_entry, profile_id=user.id, kind=kind, entry_id=entry_id
            )
        except BodyError as error:
            return await self._reload(kind, rx.toast.error(error_message(error, lang)))
        self._undo_kind, self._undo_row = kind, row
        self.editing = ""
        return await self._reload(
            kind,
            rx.toast.success(
                translate("body.deleted", lang),
                duration=UNDO_SECONDS * 1000,
                action={"label": translate("body.undo", lang), "on_click": HistoryState.undo},
            ),
        )

    @rx.event
    async def undo(self):
        user = await require_user(self)
        if user is None:
            return rx.redirect(routes.LOGIN)
        if self._undo_row is None:
            return None
        kind, row = self._undo_kind, self._undo_row
        self._undo_kind, self._undo_row = "", None
        lang = (await self.get_state(AuthState)).lang or user.language
        try:
            await call_service(body_history.restore_entry, profile_id=user.id, kind=kind, row=row)
        except BodyError as error:
            return rx.toast.error(error_message(error, lang))
        return await self._reload(kind, rx.toast.success(translate("body.restored", lang)))


# --- the page -------------------------------------------------------------------------


def _edit_problem(name: str) -> rx.Component:
    return rx.cond(
        HistoryState.edit_field == name,
        rx.text(HistoryState.edit_error, role="alert", size="2", color_scheme="red"),
        rx.fragment(),
    )


def _edit_field(label, name: str, value: rx.Var, **props) -> rx.Component:
    return rx.vstack(
        field(
            label,
            name,
            default_value=value,
            custom_attrs={
                "aria-invalid": rx.cond(HistoryState.edit_field == name, "true", "false")
            },
            **props,
        ),
        _edit_problem(name),
        spacing="1",
        width="100%",
    )


def _unit(metric_key: str, imperial_key: str) -> rx.Var:
    return rx.cond(AuthState.unit_system == "imperial", t(imperial_key), t(metric_key))


def _edit_fields(kind: str, row: rx.Var) -> list[rx.Component]:
    if kind == "weight":
        return [
            _edit_field(
                _unit("body.weight_kg", "body.weight_lb"),
                "weight",
                row["weight"],
                input_mode="decimal",
            )
        ]
    if kind == "tape":
        length = _unit("body.unit_cm", "body.unit_in")
        return [
            rx.grid(
                *[
                    _edit_field(
                        rx.fragment(t(f"body.site.{site}"), " (", length, ")"),
                        site,
                        row[site],
                        input_mode="decimal",
                    )
                    for site in TAPE_SITES
                ],
                columns={"initial": "2", "sm": "4"},
                gap="3",
                width="100%",
            )
        ]
    return [
        select_field(
            t("body.formula"),
            "formula",
            [(f, t(f"body.formula.{f}")) for f in FORMULAS],
            default_value=row["formula"],
        ),
        select_field(
            t("body.conversion"),
            "conversion",
            [(c, t(f"body.conversion.{c}")) for c in CONVERSIONS],
            default_value=row["conversion"],
        ),
        _edit_problem("sites"),
        rx.grid(
            *[
                _edit_field(
                    rx.fragment(t(f"body.site.{site}"), " (mm)"),
                    site,
                    row[site],
                    input_mode="decimal",
                )
                for site in SKINFOLD_SITES
            ],
            columns={"initial": "2", "sm": "4"},
            gap="3",
            width="100%",
        ),
    ]


def _edit_form(kind: str, row: rx.Var) -> rx.Component:
    return rx.form(
        rx.vstack(
            *_edit_fields(kind, row),
            _edit_field(t("body.date"), "date", row["date"], type="date", required=True),
            field(t("body.notes"), "notes", default_value=row["notes"], max_length=500),
            rx.cond(
                (HistoryState.edit_field == "")
                | (HistoryState.edit_field == "entry")
                | (HistoryState.edit_field == "profile")
                | (HistoryState.edit_field == "body_fat"),
                error_callout(HistoryState.edit_error),
                rx.fragment(),
            ),
            rx.flex(
                rx.button(
                    t("common.cancel"),
                    type="button",
                    variant="soft",
                    color_scheme="gray",
                    on_click=HistoryState.cancel_edit,
                ),
                rx.button(t("common.save"), type="submit"),
                gap="3",
                justify="end",
                width="100%",
            ),
            spacing="3",
            width="100%",
        ),
        on_submit=HistoryState.save_edit,
        width="100%",
    )


def _row_view(row: rx.Var) -> rx.Component:
    return rx.flex(
        rx.vstack(
            rx.hstack(
                rx.text(row["date_text"], weight="medium"),
                rx.cond(
                    row["imported"] != "",
                    rx.badge(t("body.imported"), color_scheme="blue", high_contrast=True),
                    rx.fragment(),
                ),
                spacing="2",
                align="center",
                wrap="wrap",
            ),
            rx.text(row["summary"], word_break="break-word"),
            rx.cond(
                row["notes"] != "",
                rx.text(row["notes"], size="2", color_scheme="gray", word_break="break-word"),
                rx.fragment(),
            ),
            rx.text(t("body.source"), ": ", row["source"], size="1", color_scheme="gray"),
            spacing="1",
            min_width="0",
        ),
        rx.hstack(
            rx.button(
                rx.icon("pencil", size=16, aria_hidden="true"),
                t("body.edit"),
                variant="soft",
                color_scheme="gray",
                on_click=HistoryState.edit(row["id"]),
            ),
            rx.button(
                rx.icon("trash-2", size=16, aria_hidden="true"),
                t("body.delete"),
                variant="soft",
                color_scheme="red",
                on_click=HistoryState.delete(row["id"]),
            ),
            spacing="2",
        ),
        direction={"initial": "column", "sm": "row"},
        justify="between",
        align={"initial": "start", "sm": "center"},
        gap="3",
        width="100%",
    )


def _row(kind: str):
    def render(row: rx.Var) -> rx.Component:
        return rx.box(
            rx.cond(HistoryState.editing == row["id"], _edit_form(kind, row), _row_view(row)),
            padding_y="0.75rem",
            border_top=f"1px solid {rx.color('gray', 5)}",
            width="100%",
            role="listitem",
        )

    return render


def _log(kind: str) -> rx.Component:
    rows = getattr(HistoryState, f"{kind}_rows")
    return rx.vstack(
        rx.cond(
            rows.length() > 0,
            rx.box(rx.foreach(rows, _row(kind)), role="list", width="100%"),
            rx.cond(
                HistoryState.loaded,
                rx.text(t("body.no_entries"), color_scheme="gray"),
                rx.fragment(),
            ),
        ),
        rx.cond(
            HistoryState.more[kind],
            rx.button(
                t("body.load_more"), variant="outline", on_click=HistoryState.load_more(kind)
            ),
            rx.fragment(),
        ),
        spacing="3",
        width="100%",
        padding_top="0.5rem",
    )


@page(route=routes.HISTORY, title="History", on_load=HistoryState.load)
def history_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.history"), size="7", as_="h1"),
        rx.tabs.root(
            rx.tabs.list(
                *[rx.tabs.trigger(t(f"body.history.{kind}"), value=kind) for kind in KINDS],
            ),
            *[rx.tabs.content(_log(kind), value=kind) for kind in KINDS],
            value=HistoryState.tab,
            on_change=HistoryState.set_tab,
            width="100%",
        ),
        spacing="4",
        width="100%",
        max_width="48rem",
    )
