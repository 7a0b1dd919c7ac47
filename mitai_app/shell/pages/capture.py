"""Capture: the quick weight entry on top (pre-filled with the last weight,
today's date: two taps on a phone), then the tape and skinfold forms.

The inputs are uncontrolled: a refused entry keeps what the user typed; a
form is re-mounted (new `key`) only after it was saved. A second weight on
the same day is held on the server while a dialog asks whether to replace.
"""

from __future__ import annotations

import reflex as rx

from mitai_app.body import circumferences as body_tape
from mitai_app.body import service as body_service
from mitai_app.body import skinfolds as body_caliper
from mitai_app.body.circumferences import TAPE_SITES
from mitai_app.body.forms import (
    READINGS_PER_SITE,
    as_typed,
    caliper_input,
    capture_defaults,
    error_message,
    tape_input,
    weight_input,
)
from mitai_app.body.formulas import FORMULA_SITES, SKINFOLD_SITES
from mitai_app.body.service import BodyError
from mitai_app.core import routes
from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.formatting import format_number, today_in
from mitai_app.core.i18n import translate
from mitai_app.core.units import to_display
from mitai_app.ui.dialogs import confirm_dialog
from mitai_app.ui.forms import (
    error_callout,
    field,
    field_error,
    invalid_attrs,
    select_field,
    submit_button,
    with_field_error,
)
from mitai_app.ui.layout import page
from mitai_app.ui.session import AuthState, call_service, require_user, t

_WHOLE_ENTRY = ("sites", "profile", "body_fat", "conversion")
# Field-name prefixes of the forms sharing the page (ids must be unique).
_PREFIX = {"weight": "", "tape": "tape_", "caliper": "caliper_"}


def _field_of(form: str, field_name: str) -> str:
    """The form's field an error names: the services say "date" for every form."""
    return f"{_PREFIX[form]}date" if field_name == "date" else field_name


def _body_fat_text(row: body_caliper.CaliperRow, lang: str) -> str:
    """E.g. "Saved. Body fat 18.3 % (Jackson-Pollock 3) · Healthy (8–19.9 % (20–39))"."""
    text = translate(
        "body.caliper_saved",
        lang,
        value=format_number(row.body_fat_pct, lang),
        formula=translate(f"body.formula.{row.formula}", lang),
    )
    if row.category is None:
        return text
    label = row.category.label_de if lang == "de" else row.category.label_en
    return f"{text} · {label} ({row.category.range_text})"


class CaptureState(rx.State):
    today: str = ""
    last_weight: str = ""
    profile_complete: bool = True
    sex: str = ""

    # One message pair per form: what went wrong (and in which field), or what was saved.
    errors: dict[str, str] = {"weight": "", "tape": "", "caliper": ""}
    error_fields: dict[str, str] = {"weight": "", "tape": "", "caliper": ""}
    done: dict[str, str] = {"weight": "", "tape": "", "caliper": ""}
    form_keys: dict[str, int] = {"weight": 0, "tape": 0, "caliper": 0}

    replace_open: bool = False
    _pending_weight: dict = {}

    def _reset_messages(self, form: str) -> None:
        self.errors[form] = self.error_fields[form] = self.done[form] = ""

    @rx.event
    async def load(self):
        user = await require_user(self)
        if user is None:
            return rx.redirect(routes.LOGIN)
        defaults = await call_service(
            capture_defaults,
            profile_id=user.id,
            timezone=user.timezone,
            unit_system=user.unit_system,
        )
        self.today = defaults.today.isoformat()
        lang = (await self.get_state(AuthState)).lang or user.language
        self.last_weight = (
            "" if defaults.last_weight is None else as_typed(defaults.last_weight, lang)
        )
        self.profile_complete, self.sex = defaults.profile_complete, defaults.sex
        for form in ("weight", "tape", "caliper"):
            self._reset_messages(form)
            self.form_keys[form] += 1
        self.replace_open = False

    async def _save(self, form: str, service, done, **kwargs):
        """Runs `service`; on success `done(result, lang)` is the message
        shown and the form starts afresh, otherwise the error is shown."""
        user = await require_user(self)
        if user is None:
            return rx.redirect(routes.LOGIN)
        lang = (await self.get_state(AuthState)).lang or user.language
        self._reset_messages(form)
        try:
            result = await call_service(
                service, profile_id=user.id, today=today_in(user.timezone), **kwargs
            )
        except FeatureRefused as refused:
            self.errors[form] = refusal_message(refused.decision, lang)
            return None
        except BodyError as error:
            if form == "weight" and (error.field, error.code) == ("date", "exists"):
                self._pending_weight = kwargs
                self.replace_open = True
                return None
            unit = "in" if user.unit_system == "imperial" else "cm"
            self.errors[form] = error_message(error, lang, length_unit=unit)
            self.error_fields[form] = _field_of(form, error.field)
            return rx.call_script(
                f"document.getElementById('field-{self.error_fields[form]}')?.focus()"
            )
        self.done[form] = done(result, lang)
        self.form_keys[form] += 1
        return None

    async def _parse(self, form: str, parse, values: dict):
        """`parse(values)`, or None with the error shown under its field."""
        try:
            return parse(values)
        except BodyError as error:
            lang = (await self.get_state(AuthState)).lang or "en"
            self._reset_messages(form)
            self.errors[form] = error_message(error, lang)
            self.error_fields[form] = _field_of(form, error.field)
            return None

    @rx.event
    async def save_weight(self, form: dict):
        system = (await self.get_state(AuthState)).unit_system
        entry = await self._parse("weight", lambda v: weight_input(v, system), form)
        if entry is None:
            return None
        return await self._save_weight(system, day=entry.day, kg=entry.kg, notes=entry.notes)

    async def _save_weight(self, system: str, **kwargs):
        def saved(row: body_service.WeightRow, lang: str) -> str:
            # The next quick entry starts from the weight just saved.
            self.last_weight = as_typed(to_display(row.weight_kg, "mass", system), lang)
            return translate("body.weight_saved", lang)

        return await self._save("weight", body_service.add_weight, saved, **kwargs)

    @rx.event
    async def replace_weight(self):
        self.replace_open = False
        if not self._pending_weight:
            return None
        kwargs, self._pending_weight = dict(self._pending_weight), {}
        system = (await self.get_state(AuthState)).unit_system
        return await self._save_weight(system, replace=True, **kwargs)

    @rx.event
    def keep_weight(self):
        self.replace_open, self._pending_weight = False, {}

    @rx.event
    async def save_tape(self, form: dict):
        system = (await self.get_state(AuthState)).unit_system
        entry = await self._parse("tape", lambda v: tape_input(v, system, "tape_"), form)
        if entry is None:
            return None
        return await self._save(
            "tape",
            body_tape.add_circumferences,
            lambda row, lang: translate("body.tape_saved", lang),
            day=entry.day,
            sites_cm=entry.sites_cm,
            notes=entry.notes,
        )

    @rx.event
    async def save_caliper(self, form: dict):
        entry = await self._parse("caliper", lambda v: caliper_input(v, "caliper_"), form)
        if entry is None:
            return None
        return await self._save(
            "caliper",
            body_caliper.add_caliper,
            _body_fat_text,
            day=entry.day,
            readings=entry.readings,
            formula=entry.formula,
            conversion=entry.conversion,
            notes=entry.notes,
        )


# --- the page -------------------------------------------------------------------------


def _problem(form: str, name: str) -> rx.Component:
    return field_error(name, CaptureState.error_fields[form], CaptureState.errors[form])


def _invalid(form: str, name: str) -> dict:
    return invalid_attrs(name, CaptureState.error_fields[form])


def _checked(form: str, name: str, component: rx.Component) -> rx.Component:
    return with_field_error(
        component, name, CaptureState.error_fields[form], CaptureState.errors[form]
    )


def _number_field(form: str, label, name: str, **props) -> rx.Component:
    return _checked(
        form,
        name,
        field(label, name, input_mode="decimal", custom_attrs=_invalid(form, name), **props),
    )


def _date_and_notes(form: str) -> list[rx.Component]:
    """The quick weight entry has "Date" and "Notes"; the other forms on the
    page name theirs apart (own ids, and labels a search for "Date" does not
    find twice)."""
    prefix = _PREFIX[form]
    date_label, notes_label = (
        ("body.date", "body.notes")
        if not prefix
        else (
            "body.measured_on",
            "body.comment",
        )
    )
    return [
        _checked(
            form,
            f"{prefix}date",
            field(
                t(date_label),
                f"{prefix}date",
                type="date",
                default_value=CaptureState.today,
                max=CaptureState.today,
                required=True,
                custom_attrs=_invalid(form, f"{prefix}date"),
            ),
        ),
        field(t(notes_label), f"{prefix}notes", max_length=500),
    ]


def _messages(form: str) -> rx.Component:
    """Saved (role=status), or a refusal not tied to one field (role=alert)."""
    return rx.fragment(
        rx.cond(
            CaptureState.done[form] != "",
            rx.callout(
                CaptureState.done[form],
                icon="circle_check",
                color_scheme="green",
                role="status",
                width="100%",
            ),
            rx.fragment(),
        ),
        rx.cond(CaptureState.error_fields[form] == "", error_callout(CaptureState.errors[form])),
        # Errors about the entry as a whole rather than one input.
        *[_problem(form, name) for name in _WHOLE_ENTRY],
    )


def _unit(metric_key: str, imperial_key: str) -> rx.Var:
    return rx.cond(AuthState.unit_system == "imperial", t(imperial_key), t(metric_key))


def _weight_form() -> rx.Component:
    return rx.card(
        rx.form(
            rx.vstack(
                rx.heading(t("body.weight"), size="4", as_="h2"),
                _number_field(
                    "weight",
                    _unit("body.weight_kg", "body.weight_lb"),
                    "weight",
                    default_value=CaptureState.last_weight,
                    required=True,
                    auto_focus=False,
                ),
                *_date_and_notes("weight"),
                _messages("weight"),
                submit_button(t("body.save_weight"), False),
                spacing="4",
                width="100%",
            ),
            key=CaptureState.form_keys["weight"],
            on_submit=CaptureState.save_weight,
            width="100%",
        ),
        width="100%",
    )


def _replace_dialog() -> rx.Component:
    return confirm_dialog(
        title=t("body.replace_title"),
        text=t("body.replace_text"),
        confirm=t("body.replace"),
        on_confirm=CaptureState.replace_weight,
        open=CaptureState.replace_open,
        on_cancel=CaptureState.keep_weight,
    )


def _section(title_key: str, *children: rx.Component) -> rx.Component:
    """A collapsible section: a phone shows the quick weight entry first."""
    return rx.card(
        rx.el.details(
            rx.el.summary(
                rx.heading(t(title_key), size="4", as_="h2", display="inline"),
                cursor="pointer",
            ),
            rx.box(*children, padding_top="1rem"),
        ),
        width="100%",
    )


def _tape_form() -> rx.Component:
    length = _unit("body.unit_cm", "body.unit_in")
    return _section(
        "body.circumferences",
        rx.form(
            rx.vstack(
                rx.text(t("body.tape_hint"), size="2", color_scheme="gray"),
                rx.grid(
                    *[
                        _number_field(
                            "tape", rx.fragment(t(f"body.site.{site}"), " (", length, ")"), site
                        )
                        for site in TAPE_SITES
                    ],
                    columns={"initial": "2", "sm": "4"},
                    gap="3",
                    width="100%",
                ),
                *_date_and_notes("tape"),
                _messages("tape"),
                submit_button(t("body.save_tape"), False),
                spacing="4",
                width="100%",
            ),
            key=CaptureState.form_keys["tape"],
            on_submit=CaptureState.save_tape,
            width="100%",
        ),
    )


def _readings(site: str) -> rx.Component:
    """Up to three readings of one site, averaged when saved."""
    return rx.el.fieldset(
        rx.el.legend(t(f"body.site.{site}"), " (mm)", style={"font_weight": "500"}),
        rx.grid(
            *[
                field(
                    rx.fragment(t(f"body.site.{site}"), f" {n}"),
                    f"{site}_{n}",
                    input_mode="decimal",
                    custom_attrs=_invalid("caliper", site),
                )
                for n in range(1, READINGS_PER_SITE + 1)
            ],
            columns="3",
            gap="2",
            width="100%",
        ),
        _problem("caliper", site),
        style={"border": "none", "padding": "0", "margin": "0", "min_width": "0"},
        width="100%",
    )


def _formula_hint(formula: str) -> rx.Component:
    """Which sites the formula needs, for the profile's sex (both when unknown)."""
    return rx.text(
        t(f"body.formula.{formula}"),
        ": ",
        rx.match(
            CaptureState.sex,
            ("male", _site_list(FORMULA_SITES[formula]["male"])),
            ("female", _site_list(FORMULA_SITES[formula]["female"])),
            _site_list(
                tuple(
                    dict.fromkeys(FORMULA_SITES[formula]["male"] + FORMULA_SITES[formula]["female"])
                )
            ),
        ),
        size="2",
        color_scheme="gray",
    )


def _site_list(sites: tuple[str, ...]) -> rx.Component:
    parts: list = []
    for index, site in enumerate(sites):
        if index:
            parts.append(", ")
        parts.append(t(f"body.site.{site}"))
    return rx.fragment(*parts)


def _profile_needed() -> rx.Component:
    return rx.cond(
        CaptureState.profile_complete,
        rx.fragment(),
        rx.callout(
            rx.text(
                t("body.error.profile_incomplete"),
                " ",
                rx.link(t("body.open_profile"), href=routes.PROFILE),
            ),
            icon="info",
            color_scheme="amber",
            width="100%",
        ),
    )


def _caliper_form() -> rx.Component:
    return _section(
        "body.skinfolds",
        rx.form(
            rx.vstack(
                _profile_needed(),
                _checked(
                    "caliper",
                    "formula",
                    select_field(
                        t("body.formula"),
                        "formula",
                        [(f, t(f"body.formula.{f}")) for f in body_caliper.FORMULAS],
                        default_value="jp3",
                    ),
                ),
                rx.vstack(*[_formula_hint(f) for f in body_caliper.FORMULAS], spacing="1"),
                select_field(
                    t("body.conversion"),
                    "conversion",
                    [(c, t(f"body.conversion.{c}")) for c in body_caliper.CONVERSIONS],
                    default_value="siri",
                ),
                rx.text(t("body.readings_hint"), size="2", color_scheme="gray"),
                *[_readings(site) for site in SKINFOLD_SITES],
                *_date_and_notes("caliper"),
                _messages("caliper"),
                submit_button(t("body.save_caliper"), False),
                spacing="4",
                width="100%",
            ),
            key=CaptureState.form_keys["caliper"],
            on_submit=CaptureState.save_caliper,
            width="100%",
        ),
    )


@page(route=routes.CAPTURE, title="Capture", on_load=CaptureState.load)
def capture_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.capture"), size="7", as_="h1"),
        _weight_form(),
        _replace_dialog(),
        _tape_form(),
        _caliper_form(),
        spacing="4",
        width="100%",
        max_width="40rem",
    )
