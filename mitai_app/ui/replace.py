"""The "Replace?" question, as a state mixin and its dialog: a new or edited
entry refused because its day or minute is taken (`core.logs.SLOT_TAKEN`) is
held on the server (a backend-only var, so the browser cannot have something
else saved) while a dialog asks; "Replace" saves it again over the entry
already there, "Cancel" keeps that entry and leaves the form as typed.

A page's state mixes in ReplaceQuestion, calls `_ask_replace` where its save
is refused, and provides `_resend(what, values)`: that save again, with
`replace=True`. Used by History (ui.log_list), recovery's Vitals page, its
Capture card and the Sleep page.
"""

from __future__ import annotations

import reflex as rx

from mitai_app.core.errors import UserError
from mitai_app.core.logs import SLOT_TAKEN
from mitai_app.ui.dialogs import confirm_dialog
from mitai_app.ui.session import t


class ReplaceQuestion(rx.State, mixin=True):
    replacing: str = ""  # the form or log whose entry waits for "Replace?"; "" when none
    _replace_values: dict = {}

    def _ask_replace(self, error: UserError, what: str, values: dict, *, replace: bool) -> bool:
        """Whether `error`, refusing `values` saved by `what`, is a taken day
        or minute: then they are held and the question asked (not again for a
        save that was already replacing)."""
        if replace or error.code not in SLOT_TAKEN:
            return False
        self.replacing, self._replace_values = what, dict(values)
        return True

    def _forget_replace(self) -> None:
        self.replacing, self._replace_values = "", {}

    @rx.event
    async def replace(self):
        """The held entry takes the day (or minute) of the one already there."""
        what, values = self.replacing, dict(self._replace_values)
        self._forget_replace()
        return await self._resend(what, values) if what and values else None

    @rx.event
    def keep(self):
        """The entry already there stays; the form stays open as typed."""
        self._forget_replace()


def replace_dialog(state: type[ReplaceQuestion], *, title: rx.Var, text: rx.Var) -> rx.Component:
    """The question of `state` (a ReplaceQuestion), open while an entry waits."""
    return confirm_dialog(
        title=title,
        text=text,
        confirm=t("log.replace"),
        on_confirm=state.replace,
        on_cancel=state.keep,
        open=state.replacing != "",
    )
