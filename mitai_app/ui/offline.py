"""A lost connection is an ordinary event: a calm banner instead of Reflex's
developer toast, and entries kept in the browser and sent later.

assets/offline.js keeps a form submitted while offline in IndexedDB: a
Capture form, the Sleep page's, a tap on "+ 250 ml water" (see
`capture_card.kept_offline`). When the socket is connected again, the
hidden trigger below hands the kept entries to `OfflineQueueState.send_queued`,
which stores each through `core.offline.send` (the online checks, `consume`,
and the browser's id so nothing is stored twice), confirms it by name, and
asks before replacing a day's entry, as Capture does online.
"""

from __future__ import annotations

import json
import logging
import uuid

import reflex as rx
from reflex.components.core.banner import has_connection_errors, has_too_many_connection_errors

from mitai_app.core import offline, routes
from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import format_date, today_in
from mitai_app.core.i18n import translate
from mitai_app.core.logs import LogRow
from mitai_app.ui.dialogs import confirm_dialog
from mitai_app.ui.log_list import LogListState
from mitai_app.ui.session import AuthState, SignedIn, call_service, signed_in, t

log = logging.getLogger(__name__)

# Names assets/offline.js looks for.
TRIGGER_ID = "mj-send-queued"
CONNECTION_ID = "mj-connection"


def describe(entry: LogRow, log_id: str, lang: str, system: str) -> str:
    """ "Weight of 2 Dec 2026: 82.5 kg"."""
    sender = offline.sender_of(log_id)
    return translate(
        "offline.entry",
        lang,
        log=translate(sender.label_key, lang),
        day=format_date(entry.date, lang),
        values=sender.describe(entry, lang, system),
    )


def _log_name(log_id: str, lang: str) -> str:
    """The log's name, or its id where no module sends it (any more)."""
    try:
        return translate(offline.sender_of(log_id).label_key, lang)
    except UserError:
        return log_id


def _entry_id(raw: object) -> str:
    """A kept entry's id, as handed back to the browser's script: only ever a UUID."""
    try:
        return str(uuid.UUID(str(raw.get("id")))) if isinstance(raw, dict) else ""
    except ValueError:
        return ""


def _tell_browser(done: list[str], release: list[str]) -> rx.event.EventSpec:
    """Which kept entries to forget (handled) and which to offer again later."""
    done, release = [i for i in done if i], [i for i in release if i]
    return rx.call_script(
        f"window.mjOffline && window.mjOffline.done({json.dumps(done)}, {json.dumps(release)})"
    )


# The pages that show what kept entries store, by route, with the event that
# reads their list again: one open while entries arrive read it before them.
_SHOWING_SENT: dict[str, rx.event.EventHandler] = {routes.HISTORY: LogListState.load}


def show_sent_on(route: str, reload: rx.event.EventHandler) -> None:
    """Has the page at `route` read its list again (`reload`) when kept
    entries are stored while it is open."""
    _SHOWING_SENT[route] = reload


class OfflineQueueState(rx.State):
    conflict_open: bool = False
    conflict_text: str = ""
    # The entry asked about, and those kept after it (sent in order, after the answer).
    _conflict: dict = {}
    _waiting: list[dict] = []

    @rx.event
    async def send_queued(self, entries: list[dict]):
        me = await signed_in(self)
        if me is None:  # kept until someone signs in
            return _tell_browser([], [_entry_id(raw) for raw in entries])
        batch = entries[: offline.BATCH]
        if self._conflict:
            asked = {_entry_id(raw) for raw in [self._conflict, *self._waiting]}
            # Sent after the answer; any beyond a batch the browser offers again later.
            fresh = [raw for raw in batch if _entry_id(raw) not in asked]
            self._waiting = (self._waiting + fresh)[: offline.BATCH]
            return None
        return await self._send(me, batch)

    @rx.event
    async def replace_saved(self):
        me = await signed_in(self)
        batch = [self._conflict, *self._waiting]
        self._close()
        if me is None:
            return _tell_browser([], [_entry_id(raw) for raw in batch])
        return await self._send(me, batch, replace_first=True)

    @rx.event
    async def keep_saved(self):
        me = await signed_in(self)
        kept, batch = _entry_id(self._conflict), self._waiting
        self._close()
        if me is None:
            return _tell_browser([], [kept, *(_entry_id(raw) for raw in batch)])
        return [_tell_browser([kept], []), *await self._send(me, batch)]

    def _close(self) -> None:
        self.conflict_open, self.conflict_text = False, ""
        self._conflict, self._waiting = {}, []

    async def _send(self, me: SignedIn, batch: list[dict], replace_first: bool = False) -> list:
        """Sends `batch` in order until a day's entry must be asked about."""
        done: list[str] = []
        release: list[str] = []
        shown: list = []
        stored = False
        system = me.user.unit_system
        for index, raw in enumerate(batch):
            try:
                entry = offline.read_queued(raw)
            except ValueError:
                done.append(_entry_id(raw))  # nothing the server could ever store
                continue
            if not offline.owner_matches(entry.owner, me.user.email):
                release.append(str(entry.id))
                continue
            try:
                outcome = await call_service(
                    offline.send,
                    profile_id=me.user.id,
                    entry=entry,
                    today=today_in(me.user.timezone),
                    replace=replace_first and index == 0,
                )
            except (UserError, FeatureRefused) as refused:
                reason = (
                    refusal_message(refused.decision, me.lang)
                    if isinstance(refused, FeatureRefused)
                    else user_message(refused, me.lang)
                )
                shown.append(
                    rx.toast.error(
                        translate(
                            "offline.not_sent",
                            me.lang,
                            entry=_log_name(entry.log, me.lang),
                            reason=reason,
                        ),
                        duration=20000,
                        close_button=True,
                    )
                )
                done.append(str(entry.id))
                continue
            except Exception:
                log.exception("sending a kept entry failed")
                release.extend(_entry_id(rest) for rest in batch[index:])
                shown.append(rx.toast.error(translate("error.unexpected", me.lang)))
                break
            if isinstance(outcome, offline.Conflict):
                self._conflict, self._waiting = raw, batch[index + 1 :]
                self.conflict_text = translate(
                    "offline.conflict_text",
                    me.lang,
                    saved=describe(outcome.saved, entry.log, me.lang, system),
                    kept=describe(outcome.kept, entry.log, me.lang, system),
                )
                self.conflict_open = True
                break
            shown.append(
                rx.toast.success(
                    translate(
                        "offline.sent",
                        me.lang,
                        entry=describe(outcome.row, entry.log, me.lang, system),
                    ),
                    duration=10000,
                )
            )
            done.append(str(entry.id))
            stored = stored or outcome.new
        reload = _SHOWING_SENT.get(self.router.url.path.rstrip("/"))
        if stored and reload is not None:
            shown.append(reload)
        return [_tell_browser(done, release), *shown]


# --- the components -------------------------------------------------------------------


def _banner() -> rx.Component:
    return rx.el.div(
        rx.icon("wifi-off", size=18, aria_hidden="true", flex_shrink="0"),
        rx.el.span(
            t("offline.banner"),
            # assets/offline.js writes how many entries wait, in these words.
            rx.el.span(
                class_name="mj-waiting",
                custom_attrs={
                    "data-one": t("offline.waiting_one"),
                    "data-many": t("offline.waiting_many"),
                },
            ),
        ),
        class_name="mj-offline-banner",
    )


def connection_overlay() -> rx.Component:
    """Replaces Reflex's connection toast and pulser (which name the backend's
    address): the banner while the connection is lost, the trigger that
    sends kept entries once it is back, and the replace-or-keep question."""
    return rx.fragment(
        rx.el.div(
            rx.cond(has_too_many_connection_errors, _banner(), rx.fragment()),
            id=CONNECTION_ID,
            role="status",
            custom_attrs={
                "data-state": rx.cond(has_too_many_connection_errors, "offline", "online"),
                # Who keeps an entry made now, and in which units its form is.
                "data-owner": AuthState.email,
                "data-units": AuthState.unit_system,
            },
        ),
        rx.cond(
            has_connection_errors,
            rx.fragment(),
            # Mounted once the socket is connected (a queued client-side call
            # runs only then): the browser sends what it kept, if anything.
            rx.el.span(
                hidden=True,
                on_mount=rx.call_function("() => window.mjOffline && window.mjOffline.connected()"),
            ),
        ),
        rx.el.button(
            id=TRIGGER_ID,
            type="button",
            hidden=True,
            tab_index=-1,
            on_click=OfflineQueueState.send_queued(
                rx.Var("(window.mjOffline ? window.mjOffline.batch : [])").to(list)
            ),
        ),
        confirm_dialog(
            title=t("offline.conflict_title"),
            text=OfflineQueueState.conflict_text,
            confirm=t("offline.replace"),
            on_confirm=OfflineQueueState.replace_saved,
            open=OfflineQueueState.conflict_open,
            on_cancel=OfflineQueueState.keep_saved,
        ),
    )


# rx.App(extra_app_wraps=...): in the place of Reflex's default overlay.
APP_WRAPS = {(5, "Overlay"): lambda stateful: connection_overlay() if stateful else None}
