"""The Vitals page: the newest morning vitals against the user's own
baseline, blood pressure readings with their category by the guideline
(named beside every label; chosen on the Profile page, pages/guideline.py),
the 7-day home average, and the doctor's report of a chosen period (a PDF
from recovery.media, to its owner only).

The recent mornings and the readings are edited in place (the generic log's
edit form, ui.log_list.edit_form): a refused value is named at its field and
what was typed stays; moved onto a morning or a minute that has an entry, the
edit asks before replacing it."""

from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import urlencode

import reflex as rx

from mitai_app.core import routes
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import format_date, in_both, today_in
from mitai_app.core.i18n import translate
from mitai_app.core.text import LANGUAGES
from mitai_app.recovery import logs as recovery_logs
from mitai_app.recovery.consts import REPORT_DEFAULT_DAYS, REPORT_MEDIA, VITALS
from mitai_app.recovery.pages.parts import (
    edit_button,
    listing,
    reading_replace_dialog,
    row_props,
    section,
)
from mitai_app.recovery.report import check_report_period, report_file_name
from mitai_app.recovery.service import vitals_page as vitals_page_data
from mitai_app.recovery.views import (
    home_words,
    readiness_input_words,
    readiness_words,
    reading_facts,
    reading_words,
    vital_facts,
    vital_words,
)
from mitai_app.ui.charts import category_badge
from mitai_app.ui.csv_download import csv_download
from mitai_app.ui.forms import field, invalid_attrs, with_field_error
from mitai_app.ui.layout import page
from mitai_app.ui.log_list import edit_form, row_view, update_entry
from mitai_app.ui.replace import ReplaceQuestion
from mitai_app.ui.session import call_service, in_language, signed_in, t, to_login

# The logs edited in place, and the question before an edit replaces another entry.
_EDITED = {"vitals": recovery_logs.VITALS, "bp": recovery_logs.BLOOD_PRESSURE}


class VitalsState(ReplaceQuestion, rx.State):
    readiness: dict[str, str] = {}  # the headline in both languages
    readiness_inputs: list[dict[str, str]] = []
    vitals_day: dict[str, str] = {}  # "Latest on …" in both languages
    vitals: list[dict[str, str]] = []
    mornings: list[dict[str, str]] = []  # the recent mornings (ui.log_list.row_view)
    readings: list[dict[str, str]] = []
    home: dict[str, str] = {}
    classified_by: dict[str, str] = {}  # which guideline, in both languages
    loaded: bool = False
    report_from: str = ""
    report_to: str = ""
    report_error: str = ""
    report_error_field: str = ""

    editing: str = ""  # the id of the morning or reading being edited
    edit_log: str = ""  # "vitals" or "bp"
    edit_error: dict[str, str] = dict.fromkeys(LANGUAGES, "")
    edit_field: str = ""  # the form field the error belongs to; "" for the whole entry

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        today = today_in(me.user.timezone)
        data = await call_service(vitals_page_data, profile_id=me.user.id, day=today)
        system = me.user.unit_system
        ready = data.readiness
        self.readiness = in_both(lambda lang: readiness_words(ready, lang))
        self.readiness_inputs = [
            in_both(lambda lang, i=item: readiness_input_words(i, lang)) for item in ready.inputs
        ]
        overview = data.blood_pressure
        self.readings = [
            {
                **row_view(recovery_logs.BLOOD_PRESSURE, row, system),
                **reading_facts(row),
                **in_both(lambda lang, row=row: reading_words(row, lang)),
            }
            for row in overview.readings
        ]
        self.home = in_both(lambda lang: home_words(overview.home, lang)) if overview.home else {}
        self.classified_by = in_both(
            lambda lang: {
                "text": translate(f"recovery.bp.classified_by.{overview.guideline}", lang)
            }
        )
        morning = data.morning
        latest = morning.latest
        self.vitals_day = (
            {}
            if latest is None
            else in_both(
                lambda lang: {
                    "text": translate(
                        "recovery.vitals.latest", lang, date=format_date(latest.date, lang)
                    )
                }
            )
        )
        measure = "" if latest is None else latest.details["hrv_measure"]
        self.vitals = [
            {**vital_facts(sign), **in_both(lambda lang, s=sign: vital_words(s, measure, lang))}
            for sign in morning.signs
            if sign.value is not None
        ]
        self.mornings = [row_view(recovery_logs.VITALS, row, system) for row in morning.recent]
        self.report_to = today.isoformat()
        self.report_from = (today - timedelta(days=REPORT_DEFAULT_DAYS - 1)).isoformat()
        self.report_error = self.report_error_field = ""
        self.loaded = True
        return None

    def _clear_edit(self) -> None:
        self.editing = self.edit_log = self.edit_field = ""
        self.edit_error = dict.fromkeys(LANGUAGES, "")
        self._forget_replace()

    @rx.event
    def edit(self, log: str, entry_id: str):
        self._clear_edit()
        if log in _EDITED:
            self.edit_log, self.editing = log, entry_id

    @rx.event
    def cancel_edit(self):
        self._clear_edit()

    async def _update(self, form: dict, replace: bool = False):
        me = await signed_in(self)
        if me is None:
            return to_login()
        if self.edit_log not in _EDITED:
            return None
        spec = _EDITED[self.edit_log]
        try:
            await update_entry(me, spec, self.editing, form, replace=replace)
        except UserError as error:
            if self._ask_replace(error, self.edit_log, form, replace=replace):
                return None
            names = {"date", "time", "notes", *(i.name for i in spec.fields)}
            self.edit_error = {lang: user_message(error, lang) for lang in LANGUAGES}
            self.edit_field = error.field if error.field in names else ""
            return None
        self._clear_edit()
        return VitalsState.load

    @rx.event
    async def save_edit(self, form: dict):
        return await self._update(form)

    async def _resend(self, log: str, form: dict):
        return await self._update(form, replace=True)

    @rx.event
    async def download_report(self, values: dict):
        """Checks the period, then has the browser fetch the report's PDF."""
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.report_error = self.report_error_field = ""
        self.report_from = str(values.get("report_from", "")).strip()
        self.report_to = str(values.get("report_to", "")).strip()
        try:
            first, last = _day(self.report_from, "report_from"), _day(self.report_to, "report_to")
            await call_service(check_report_period, profile_id=me.user.id, first=first, last=last)
        except UserError as error:
            self.report_error = user_message(error, me.lang)
            self.report_error_field = error.field
            return None
        query = urlencode({"from": first.isoformat(), "to": last.isoformat(), "lang": me.lang})
        return rx.download(url=f"{REPORT_MEDIA}?{query}", filename=report_file_name(first, last))


def _day(text: str, name: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise UserError("log.error.date_invalid", field=name) from error


def _home(key: str) -> rx.Var:
    return in_language(VitalsState.home, key)


def _home_line(label_key: str, key: str) -> rx.Component:
    return rx.text(rx.text.span(t(label_key), ": ", weight="medium"), _home(key))


def _home_card() -> rx.Component:
    return section(
        "recovery.home.title",
        rx.text(t("recovery.home.how"), size="2", color_scheme="gray"),
        rx.cond(
            VitalsState.home.length() > 0,
            rx.vstack(
                rx.text(_home("period"), size="2"),
                _home_line("recovery.home.overall", "overall"),
                _home_line("recovery.home.morning", "morning"),
                _home_line("recovery.home.evening", "evening"),
                rx.text(_home("verdict"), weight="bold", id="home-verdict"),
                rx.cond(
                    _home("afib") != "",
                    rx.text(t("recovery.home.afib"), " ", _home("afib"), size="2"),
                    rx.fragment(),
                ),
                spacing="1",
                width="100%",
            ),
            rx.fragment(),
        ),
    )


def _readiness_input(row: rx.Var) -> rx.Component:
    return rx.el.li(
        rx.text(
            in_language(row, "reason"),
            " ",
            rx.text.span(in_language(row, "points"), color_scheme="gray"),
            size="2",
        )
    )


def _readiness_card() -> rx.Component:
    return section(
        "recovery.readiness.title",
        rx.cond(
            VitalsState.readiness.length() > 0,
            rx.text(in_language(VitalsState.readiness, "headline"), weight="bold", id="readiness"),
            rx.fragment(),
        ),
        rx.el.ul(
            rx.foreach(VitalsState.readiness_inputs, _readiness_input),
            style={"padding_left": "1.25rem"},
        ),
        rx.text(t("recovery.readiness.how"), size="2", color_scheme="gray"),
    )


def _vital(row: rx.Var) -> rx.Component:
    return rx.box(
        rx.flex(
            rx.text(in_language(row, "label"), weight="medium"),
            rx.text(in_language(row, "value"), weight="bold"),
            column_gap="2",
            wrap="wrap",
        ),
        rx.cond(
            in_language(row, "category") != "",
            category_badge(row),
            rx.text(in_language(row, "range"), size="2", color_scheme="gray"),
        ),
        **row_props(),
    )


def _editable(log: str, row: rx.Var, view: rx.Component) -> rx.Component:
    """A list row that turns into its edit form while it is being edited."""
    return rx.box(
        rx.cond(
            (VitalsState.edit_log == log) & (VitalsState.editing == row["id"]),
            edit_form(_EDITED[log], row, VitalsState),
            rx.flex(
                rx.box(view, min_width="0", flex="1"),
                edit_button(VitalsState.edit(log, row["id"])),
                align="center",
                gap="2",
                width="100%",
            ),
        ),
        **row_props(),
    )


def _morning(row: rx.Var) -> rx.Component:
    return _editable(
        "vitals",
        row,
        rx.flex(
            rx.text(in_language(row, "date_text"), weight="medium"),
            rx.text(in_language(row, "summary"), word_break="break-word"),
            column_gap="2",
            wrap="wrap",
        ),
    )


def _vitals_card() -> rx.Component:
    return section(
        "recovery.vitals.title",
        rx.text(t("recovery.vitals.baseline_how"), size="2", color_scheme="gray"),
        rx.cond(
            VitalsState.vitals.length() > 0,
            rx.vstack(
                rx.text(in_language(VitalsState.vitals_day, "text"), size="2"),
                rx.box(rx.foreach(VitalsState.vitals, _vital), role="list", width="100%"),
                spacing="1",
                width="100%",
            ),
            rx.cond(
                VitalsState.loaded & (VitalsState.mornings.length() == 0),
                rx.text(t("recovery.vitals.empty"), color_scheme="gray"),
                rx.fragment(),
            ),
        ),
        rx.cond(
            VitalsState.mornings.length() > 0,
            rx.vstack(
                rx.heading(t("recovery.vitals.recent"), size="3", as_="h3"),
                rx.box(
                    rx.foreach(VitalsState.mornings, _morning),
                    role="list",
                    width="100%",
                    id="mornings",
                ),
                spacing="1",
                width="100%",
            ),
            rx.fragment(),
        ),
        id="morning-vitals",
    )


def _reading(row: rx.Var) -> rx.Component:
    return _editable(
        "bp",
        row,
        rx.vstack(
            rx.flex(
                rx.text(in_language(row, "when"), weight="medium"),
                rx.text(in_language(row, "value"), weight="bold"),
                column_gap="2",
                wrap="wrap",
            ),
            rx.text(in_language(row, "extra"), size="2", color_scheme="gray"),
            category_badge(row),
            spacing="1",
        ),
    )


def _readings_card() -> rx.Component:
    return section(
        "recovery.bp.title",
        rx.text(
            in_language(VitalsState.classified_by, "text"),
            " ",
            rx.link(t("recovery.bp.guideline_where"), href=routes.PROFILE),
            size="2",
            color_scheme="gray",
        ),
        listing(
            VitalsState.readings, _reading, loaded=VitalsState.loaded, empty_key="recovery.bp.empty"
        ),
        id="blood-pressure",
    )


S = VitalsState


def _report_day(label_key: str, name: str, value: rx.Var) -> rx.Component:
    return with_field_error(
        field(
            t(label_key),
            name,
            type="date",
            default_value=value,
            required=True,
            custom_attrs=invalid_attrs(name, S.report_error_field),
        ),
        name,
        S.report_error_field,
        S.report_error,
    )


def _report_card() -> rx.Component:
    return section(
        "recovery.report.section",
        rx.text(t("recovery.report.how"), size="2", color_scheme="gray"),
        rx.form(
            rx.vstack(
                rx.flex(
                    _report_day("recovery.report.from", "report_from", S.report_from),
                    _report_day("recovery.report.to", "report_to", S.report_to),
                    gap="3",
                    direction=rx.breakpoints(initial="column", sm="row"),
                    width="100%",
                ),
                rx.button(
                    rx.icon("download", size=16, aria_hidden="true"),
                    t("recovery.report.download"),
                    type="submit",
                    size="3",
                ),
                spacing="3",
                width="100%",
            ),
            on_submit=S.download_report,
            key=S.report_from + S.report_to,
            width="100%",
        ),
        id="doctor-report",
    )


@page(route=VITALS, title_key="nav.vitals", on_load=VitalsState.load, checks_session=True)
def vitals_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.vitals"), size="7", as_="h1"),
        _readiness_card(),
        _vitals_card(),
        _home_card(),
        _readings_card(),
        _report_card(),
        reading_replace_dialog(VitalsState),
        csv_download("recovery"),
        rx.text(t("recovery.not_medical_advice"), size="2", color_scheme="gray"),
        spacing="4",
        width="100%",
        max_width="56rem",
    )
