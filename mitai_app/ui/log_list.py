"""Every registered log as a list (History): one tab per log, newest first,
paged ("Load more"), each row editable in place and deletable with undo (a
toast whose "Undo" button puts the entry back). Imported entries are marked.

Rows are plain string dicts holding what the server composes in both
languages (`summary_de`, `summary_en`), so a language switch shows the other
without a round trip. The deleted entry waiting for undo stays on the server
(a backend-only var), so the browser cannot restore something else.
"""

from __future__ import annotations

from functools import partial

import reflex as rx

from mitai_app.core import logs
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import as_typed, format_date, in_both, today_in
from mitai_app.core.i18n import translate
from mitai_app.core.logs import LogField, LogRow, LogSpec, registered
from mitai_app.core.text import LANGUAGES
from mitai_app.core.units import System, to_display, unit_label
from mitai_app.ui.dialogs import undo_toast
from mitai_app.ui.forms import error_callout, field, field_error, invalid_attrs, select_field
from mitai_app.ui.replace import ReplaceQuestion, replace_dialog
from mitai_app.ui.session import (
    AuthState,
    call_service,
    in_language,
    signed_in,
    signed_in_then,
    t,
    to_login,
)

PAGE_SIZE = 20


def row_view(spec: LogSpec, row: LogRow, system: System) -> dict[str, str]:
    """What one list row shows, and the values its edit form (`edit_form`)
    starts with."""

    at = str(row.details.get("time", "")) if spec.moment else ""

    def words(lang: str) -> dict[str, str]:
        out = {
            "date_text": f"{format_date(row.date, lang)} {at}".strip(),
            "summary": logs.describe(spec, row, lang, system),
            "source": row.source if row.imported else translate("log.source.manual", lang),
        }
        for item in spec.fields:
            value = row.values.get(item.name)
            if value is not None and item.quantity is not None:
                value = to_display(value, item.quantity, system)
            out[item.name] = "" if value is None else as_typed(value, lang)
        return out

    return {
        "id": row.id,
        "date": row.date.isoformat(),
        "notes": row.notes,
        "time": at,
        "imported": "true" if row.imported else "",
        **{choice.name: str(row.details.get(choice.name, "")) for choice in spec.choices},
        **in_both(words),
    }


def _form_names(spec: LogSpec) -> set[str]:
    names = {"date", *(item.name for item in spec.fields), *(c.name for c in spec.choices)}
    return names | {"time"} if spec.moment else names


async def update_entry(me, spec: LogSpec, entry_id: str, form: dict, *, replace=False) -> LogRow:
    """An edit form of `spec` (`edit_form`) read in the signed-in user's
    (`me`) units and saved on their day; refused input raises UserError."""
    entry = logs.parse(spec, form, me.user.unit_system)
    return await call_service(
        partial(logs.update, spec),
        profile_id=me.user.id,
        entry_id=entry_id,
        entry=entry,
        today=today_in(me.user.timezone),
        replace=replace,
    )


class LogListState(ReplaceQuestion, rx.State):
    tab: str = next(iter(registered()), "")
    rows: dict[str, list[dict[str, str]]] = {log_id: [] for log_id in registered()}
    more: dict[str, bool] = dict.fromkeys(registered(), False)
    loaded: bool = False
    # Options named in the database (LogChoice.labels), by "log.choice.option.lang".
    choice_labels: dict[str, str] = {}

    editing: str = ""  # the id of the row being edited
    edit_error: dict[str, str] = dict.fromkeys(LANGUAGES, "")
    edit_field: str = ""  # the form field the error belongs to; "" for the whole entry

    _undo_log: str = ""
    _undo_row: LogRow | None = None

    def _put(
        self, log_id: str, offset: int, rows: list[LogRow], system: System, limit: int = PAGE_SIZE
    ) -> None:
        """Rows fetched from `offset` (one more than `limit`: is there more?)."""
        spec = registered()[log_id]
        views = [row_view(spec, row, system) for row in rows]
        self.rows[log_id] = self.rows[log_id][:offset] + views[:limit]
        self.more[log_id] = len(views) > limit

    def _clear_edit(self) -> None:
        self.editing, self.edit_field = "", ""
        self.edit_error = dict.fromkeys(LANGUAGES, "")
        self._forget_replace()

    def _refused(self, error: UserError) -> None:
        spec = registered()[self.tab]
        self.edit_error = {lang: user_message(error, lang) for lang in LANGUAGES}
        self.edit_field = error.field if error.field in _form_names(spec) else ""

    async def _fetch(self, log_id: str, offset: int, *events, limit: int = PAGE_SIZE) -> list:
        """`limit` rows of `log_id` from `offset`, then `events` (a toast);
        the way to the login page when signed out."""
        answer = await signed_in_then(
            self,
            lambda session, user: logs.page(
                registered()[log_id],
                session=session,
                profile_id=user.id,
                offset=offset,
                limit=limit + 1,
            ),
        )
        me = answer.me
        if me is None:
            return [to_login()]
        self._put(log_id, offset, answer.result(), me.user.unit_system, limit)
        return list(events)

    async def _refresh(self, log_id: str, *events, added: int = 0) -> list:
        """The list again after a change, as far down as it was shown ("Load
        more" pages included, plus the `added` entries): an edit, delete or
        undo keeps the reader's place."""
        shown = max(len(self.rows[log_id]) + added, PAGE_SIZE)
        return await self._fetch(log_id, 0, *events, limit=shown)

    @rx.event
    async def load(self):
        """The open tab's log only: another tab's is fetched when it is chosen.
        (Every log's first page on every visit cost a statement and a list
        in the state per log, for a page that shows one.)"""
        self._clear_edit()
        self.rows = {log_id: [] for log_id in registered()}
        self.more = dict.fromkeys(registered(), False)
        events = await self._fetch(self.tab, 0)
        self.loaded = True
        return events

    @rx.event
    async def set_tab(self, value: str | list[str]):
        if not isinstance(value, str) or value not in registered():
            return None
        self.tab = value
        self._clear_edit()
        # Shown together with its rows (one answer), never empty first.
        return await self._fetch(value, 0)

    @rx.event
    async def load_more(self, log_id: str):
        if log_id in registered():
            return await self._fetch(log_id, len(self.rows[log_id]))
        return None

    @rx.event
    async def edit(self, entry_id: str):
        self._clear_edit()
        # The names admins keep are read for the form that shows them, not on
        # every visit to History (its load is the page's hot path).
        self.choice_labels = await call_service(logs.choice_labels)
        self.editing = entry_id

    @rx.event
    def cancel_edit(self):
        self._clear_edit()

    async def _update(self, form: dict, replace: bool = False):
        me = await signed_in(self)
        if me is None:
            return to_login()
        spec = registered()[self.tab]
        try:
            await update_entry(me, spec, self.editing, form, replace=replace)
        except UserError as error:
            if not self._ask_replace(error, spec.id, form, replace=replace):
                self._refused(error)
            return None
        self._clear_edit()
        return await self._refresh(spec.id)

    @rx.event
    async def save_edit(self, form: dict):
        return await self._update(form)

    async def _resend(self, log_id: str, form: dict):
        return await self._update(form, replace=True)

    @rx.event
    async def delete(self, entry_id: str):
        me = await signed_in(self)
        if me is None:
            return to_login()
        spec = registered()[self.tab]
        try:
            row = await call_service(
                partial(logs.delete, spec), profile_id=me.user.id, entry_id=entry_id
            )
        except UserError as error:
            return await self._refresh(spec.id, rx.toast.error(user_message(error, me.lang)))
        self._undo_log, self._undo_row = spec.id, row
        self._clear_edit()
        return await self._refresh(
            spec.id,
            undo_toast(translate("log.deleted", me.lang), me.lang, LogListState.undo),
        )

    @rx.event
    async def undo(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        if self._undo_row is None or self._undo_log not in registered():
            return None
        spec, row = registered()[self._undo_log], self._undo_row
        self._undo_log, self._undo_row = "", None
        try:
            await call_service(partial(logs.restore, spec), profile_id=me.user.id, row=row)
        except UserError as error:
            return rx.toast.error(user_message(error, me.lang))
        return await self._refresh(
            spec.id, rx.toast.success(translate("log.restored", me.lang)), added=1
        )


# --- the list -------------------------------------------------------------------------


def _edit_error(state) -> rx.Var:
    return rx.cond(AuthState.lang == "de", state.edit_error["de"], state.edit_error["en"])


def _edit_field(state, label, name: str, value: rx.Var, **props) -> rx.Component:
    """An input of the edit form; its error sits underneath and describes it."""
    return rx.vstack(
        field(
            label,
            name,
            default_value=value,
            custom_attrs=invalid_attrs(name, state.edit_field),
            **props,
        ),
        field_error(name, state.edit_field, _edit_error(state)),
        spacing="1",
        width="100%",
    )


def field_label(item: LogField) -> rx.Component:
    """ "Weight (kg)", "Waist (in)", "Chest (mm)": the unit the user types in."""
    if item.quantity is None:
        unit = item.unit
    else:
        unit = rx.cond(
            AuthState.unit_system == "imperial",
            unit_label(item.quantity, "imperial"),
            unit_label(item.quantity, "metric"),
        )
    return (
        rx.fragment(t(item.label_key), " (", unit, ")")
        if item.unit or item.quantity
        else t(item.label_key)
    )


def _value_fields(spec: LogSpec, row: rx.Var, state) -> rx.Component:
    inputs = [
        _edit_field(
            state, field_label(item), item.name, in_language(row, item.name), input_mode="decimal"
        )
        for item in spec.fields
    ]
    if len(inputs) == 1:
        return inputs[0]
    return rx.grid(*inputs, columns={"initial": "2", "sm": "4"}, gap="3", width="100%")


def _option_label(spec: LogSpec, choice: logs.LogChoice, option: str) -> rx.Var:
    """An option's name: from the catalogue, or as the admins keep it in the
    database (History loads those names)."""
    if choice.labels is None:
        return t(f"{choice.label_key}.{option}")
    key = f"{spec.id}.{choice.name}.{option}"
    return rx.cond(
        AuthState.lang == "de",
        LogListState.choice_labels[f"{key}.de"],
        LogListState.choice_labels[f"{key}.en"],
    )


def edit_form(spec: LogSpec, row: rx.Var, state=None) -> rx.Component:
    """A row of `spec` (made by `row_view`) edited in place. `state` holds
    `edit_field`, `edit_error` (by language), `cancel_edit` and `save_edit`
    (a form's values): History's by default, a module page's own otherwise."""
    state = state or LogListState
    return rx.form(
        rx.vstack(
            *[
                rx.vstack(
                    select_field(
                        t(choice.label_key),
                        choice.name,
                        [(o, _option_label(spec, choice, o)) for o in choice.options],
                        default_value=row[choice.name],
                        custom_attrs=invalid_attrs(choice.name, state.edit_field),
                    ),
                    field_error(choice.name, state.edit_field, _edit_error(state)),
                    spacing="1",
                    width="100%",
                )
                for choice in spec.choices
            ],
            _value_fields(spec, row, state),
            # A log of moments: the time of day (the date follows).
            *(
                [_edit_field(state, t("log.time"), "time", row["time"], type="time", required=True)]
                if spec.moment
                else []
            ),
            _edit_field(state, t("log.date"), "date", row["date"], type="date", required=True),
            field(t("log.notes"), "notes", default_value=row["notes"], limit=logs.NOTES_MAX),
            rx.cond(state.edit_field == "", error_callout(_edit_error(state)), rx.fragment()),
            rx.flex(
                rx.button(
                    t("common.cancel"),
                    type="button",
                    variant="soft",
                    color_scheme="gray",
                    high_contrast=True,
                    on_click=state.cancel_edit,
                ),
                rx.button(t("common.save"), type="submit"),
                gap="3",
                justify="end",
                width="100%",
            ),
            spacing="3",
            width="100%",
        ),
        on_submit=state.save_edit,
        width="100%",
    )


def _row_button(icon: str, key: str, on_click, **props) -> rx.Component:
    """An icon button named by its label, 44 px square: a thumb's target."""
    return rx.icon_button(
        rx.icon(icon, size=18, aria_hidden="true"),
        aria_label=t(key),
        title=t(key),
        variant="soft",
        on_click=on_click,
        width="44px",
        height="44px",
        **props,
    )


def _row_view(row: rx.Var) -> rx.Component:
    """One dense row: date and value on the first line, where it came from
    and the notes on the second, Edit and Delete beside them."""
    return rx.flex(
        rx.box(
            rx.flex(
                rx.text(in_language(row, "date_text"), weight="medium"),
                rx.text(in_language(row, "summary"), word_break="break-word"),
                rx.cond(
                    row["imported"] != "",
                    rx.badge(t("log.imported"), color_scheme="blue", high_contrast=True),
                    rx.fragment(),
                ),
                column_gap="2",
                align="center",
                wrap="wrap",
            ),
            rx.text(
                t("log.source"),
                ": ",
                in_language(row, "source"),
                rx.cond(row["notes"] != "", rx.fragment(" · ", row["notes"]), rx.fragment()),
                size="1",
                color_scheme="gray",
                word_break="break-word",
            ),
            min_width="0",
            flex="1",
        ),
        rx.flex(
            _row_button(
                "pencil",
                "log.edit",
                LogListState.edit(row["id"]),
                color_scheme="gray",
                high_contrast=True,
            ),
            _row_button(
                "trash-2", "log.delete", LogListState.delete(row["id"]), color_scheme="red"
            ),
            gap="1",
            flex_shrink="0",
        ),
        align="center",
        gap="2",
        width="100%",
    )


def _log(spec: LogSpec) -> rx.Component:
    rows = LogListState.rows[spec.id]

    def render(row: rx.Var) -> rx.Component:
        return rx.box(
            rx.cond(LogListState.editing == row["id"], edit_form(spec, row), _row_view(row)),
            padding_y="0.375rem",
            border_top=f"1px solid {rx.color('gray', 5)}",
            width="100%",
            role="listitem",
        )

    return rx.vstack(
        rx.cond(
            rows.length() > 0,
            rx.box(rx.foreach(rows, render), role="list", width="100%"),
            rx.cond(
                LogListState.loaded,
                rx.text(t("empty.history"), color_scheme="gray"),
                rx.fragment(),
            ),
        ),
        rx.cond(
            LogListState.more[spec.id],
            rx.button(
                t("log.load_more"), variant="outline", on_click=LogListState.load_more(spec.id)
            ),
            rx.fragment(),
        ),
        spacing="3",
        width="100%",
        padding_top="0.5rem",
    )


def log_tabs() -> rx.Component:
    """One tab per registered log, in registry order."""
    specs = list(registered().values())
    return rx.fragment(
        rx.tabs.root(
            rx.tabs.list(*[rx.tabs.trigger(t(spec.label_key), value=spec.id) for spec in specs]),
            *[rx.tabs.content(_log(spec), value=spec.id) for spec in specs],
            value=LogListState.tab,
            on_change=LogListState.set_tab,
            width="100%",
        ),
        replace_dialog(LogListState, title=t("log.replace_title"), text=t("log.replace_text")),
    )
