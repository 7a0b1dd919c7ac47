"""The body module's Capture card: the quick weight entry (pre-filled with the
last weight and today's date: two taps on a phone), then the circumference
and skinfold forms, folded.

The inputs are uncontrolled: a refused entry keeps what the user typed; a
form is re-mounted (new `key`) only after it was saved. A second weight on
the same day is held on the server while a dialog asks whether to replace.
"""

from __future__ import annotations

import reflex as rx

from mitai_app.body import service
from mitai_app.body.consts import (
    CONVERSIONS,
    FORMULA_SITES,
    READINGS_PER_SITE,
    SKINFOLD_FORMULAS,
    SKINFOLD_SITES,
)
from mitai_app.body.logs import CIRCUMFERENCES, SKINFOLDS, WEIGHT
from mitai_app.core import logs, routes
from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import as_typed, format_number, today_in
from mitai_app.core.i18n import translate
from mitai_app.core.logs import NOTES_MAX, LogSpec
from mitai_app.core.units import to_display
from mitai_app.ui.capture_card import capture_card, capture_form, saved_and_refused
from mitai_app.ui.dialogs import confirm_dialog
from mitai_app.ui.forms import field, field_error, invalid_attrs, select_field, submit_button
from mitai_app.ui.log_list import field_label
from mitai_app.ui.session import AuthState, signed_in_then, t, to_login

# Each form's log and the prefix of its date and notes fields (ids on the page are unique).
_FORMS: dict[str, tuple[LogSpec, str]] = {
    "weight": (WEIGHT, ""),
    "circumferences": (CIRCUMFERENCES, "circumference_"),
    "skinfolds": (SKINFOLDS, "skinfold_"),
}


def _field_of(form: str, error: UserError) -> str:
    """The form's input an error belongs to; "" for the entry as a whole."""
    spec, prefix = _FORMS[form]
    if error.field in ("date", "notes"):
        return f"{prefix}{error.field}"
    names = {item.name for item in spec.fields} | {choice.name for choice in spec.choices}
    return error.field if error.field in names else ""


def _skinfolds_text(saved: service.SkinfoldsSaved, lang: str) -> str:
    """E.g. "Saved. Body fat 18.3 % (Jackson-Pollock, 3 sites) · Healthy: 8–19.9 %, age 20–39"."""
    text = translate(
        "body.skinfolds_saved",
        lang,
        value=format_number(saved.row.details["body_fat_pct"], lang),
        formula=translate(f"body.formula.{saved.row.details['formula']}", lang),
    )
    category = saved.category
    if category is None:
        return text
    label = category.label.pick(lang)
    return f"{text} · {label}: {category.range.pick(lang)}"


DEFAULT_FORMULA = "jp3"
# The skinfold readings as typed (`chest_1` …): kept while the user completes
# the profile elsewhere, put back when the card mounts again, dropped once saved.
_EMPTY_DRAFT = {
    f"{site}_{n}": "" for site in SKINFOLD_SITES for n in range(1, READINGS_PER_SITE + 1)
}


def _sites_for(formula: str, sex: str) -> list[str]:
    """The sites `formula` needs for `sex`, for both sexes when it is unknown."""
    sites = FORMULA_SITES.get(formula, FORMULA_SITES[DEFAULT_FORMULA])
    if sex in sites:
        return list(sites[sex])
    return list(dict.fromkeys(sites["male"] + sites["female"]))


class BodyCaptureState(rx.State):
    today: str = ""
    last_weight: str = ""
    profile_complete: bool = True
    sex: str = ""
    formula: str = DEFAULT_FORMULA
    more_sites: bool = False  # the sites the formula does not need are shown too
    skinfold_draft: dict[str, str] = _EMPTY_DRAFT

    # One message pair per form: what went wrong (and in which field), or what was saved.
    errors: dict[str, str] = dict.fromkeys(_FORMS, "")
    error_fields: dict[str, str] = dict.fromkeys(_FORMS, "")
    done: dict[str, str] = dict.fromkeys(_FORMS, "")
    form_keys: dict[str, int] = dict.fromkeys(_FORMS, 0)

    replace_open: bool = False
    _pending_weight: dict = {}

    def _reset_messages(self, form: str) -> None:
        self.errors[form] = self.error_fields[form] = self.done[form] = ""

    @rx.var
    def formula_sites(self) -> list[str]:
        return _sites_for(self.formula, self.sex)

    @rx.event
    def choose_formula(self, value: str):
        if value in SKINFOLD_FORMULAS:
            self.formula = value

    @rx.event
    def toggle_sites(self):
        self.more_sites = not self.more_sites

    @rx.event
    def keep_reading(self, name: str, value: str):
        """A reading as typed, kept for when the card mounts again."""
        if name in _EMPTY_DRAFT:
            self.skinfold_draft[name] = value[:20]  # a reading, not a text to store

    @rx.event
    async def load(self):
        answer = await signed_in_then(
            self,
            lambda session, user: service.capture_defaults(
                session=session,
                profile_id=user.id,
                timezone=user.timezone,
                unit_system=user.unit_system,
            ),
        )
        me = answer.me
        if me is None:
            return to_login()
        defaults = answer.result()
        self.today = defaults.today.isoformat()
        last = defaults.last_weight
        self.last_weight = "" if last is None else as_typed(last, me.lang)
        self.profile_complete, self.sex = defaults.profile_complete, defaults.sex
        for form in _FORMS:
            self._reset_messages(form)
            self.form_keys[form] += 1
        self.replace_open = False
        return None

    def _refused(self, form: str, error: UserError, lang: str):
        self.errors[form] = user_message(error, lang)
        self.error_fields[form] = _field_of(form, error)
        return rx.call_script(
            f"document.getElementById('field-{self.error_fields[form]}')?.focus()"
        )

    async def _save(self, form: str, values: dict, add, done, **kwargs):
        """Reads the form, runs `add` with the entry; on success `done(result,
        lang)` is the message shown and the form starts afresh."""
        spec, prefix = _FORMS[form]

        def parse_and_add(session, user):
            entry = logs.parse(spec, values, user.unit_system, prefix)
            return add(
                session=session,
                profile_id=user.id,
                entry=entry,
                today=today_in(user.timezone),
                **kwargs,
            )

        answer = await signed_in_then(self, parse_and_add)
        me = answer.me
        if me is None:
            return to_login()
        self._reset_messages(form)
        try:
            result = answer.result()
        except FeatureRefused as refused:
            self.errors[form] = refusal_message(refused.decision, me.lang)
            return None
        except UserError as error:
            if form == "weight" and error.code == "record.error.date_exists":
                self._pending_weight = values
                self.replace_open = True
                return None
            return self._refused(form, error, me.lang)
        self.done[form] = done(result, me.lang)
        self.form_keys[form] += 1
        if form == "skinfolds":
            self.skinfold_draft = dict(_EMPTY_DRAFT)
        return None

    def _weight_saved(self, system: str):
        def saved(row: logs.LogRow, lang: str) -> str:
            # The next quick entry starts from the weight just saved.
            self.last_weight = as_typed(to_display(row.values["weight"], "mass", system), lang)
            return translate("body.weight_saved", lang)

        return saved

    @rx.event
    async def save_weight(self, form: dict):
        system = (await self.get_state(AuthState)).unit_system
        return await self._save("weight", form, _add_weight, self._weight_saved(system))

    @rx.event
    async def replace_weight(self):
        self.replace_open = False
        if not self._pending_weight:
            return None
        form, self._pending_weight = dict(self._pending_weight), {}
        system = (await self.get_state(AuthState)).unit_system
        return await self._save(
            "weight", form, _add_weight, self._weight_saved(system), replace=True
        )

    @rx.event
    def keep_weight(self):
        self.replace_open, self._pending_weight = False, {}

    @rx.event
    async def save_circumferences(self, form: dict):
        return await self._save(
            "circumferences",
            form,
            _add_circumferences,
            lambda row, lang: translate("body.circumferences_saved", lang),
        )

    @rx.event
    async def save_skinfolds(self, form: dict):
        return await self._save("skinfolds", form, _add_skinfolds, _skinfolds_text)


# The services by the entry the form gave (signed_in_then passes the session).


def _add_weight(*, session, profile_id, entry: logs.LogInput, today, replace=False):
    return service.add_weight(
        session=session,
        profile_id=profile_id,
        day=entry.day,
        kg=entry.values["weight"][0],
        notes=entry.notes,
        replace=replace,
        today=today,
    )


def _add_circumferences(*, session, profile_id, entry: logs.LogInput, today):
    return service.add_circumferences(
        session=session,
        profile_id=profile_id,
        day=entry.day,
        sites_cm={site: values[0] for site, values in entry.values.items()},
        notes=entry.notes,
        today=today,
    )


def _add_skinfolds(*, session, profile_id, entry: logs.LogInput, today):
    return service.add_skinfolds(
        session=session,
        profile_id=profile_id,
        day=entry.day,
        readings=entry.values,
        formula=entry.choices["formula"],
        conversion=entry.choices["conversion"],
        notes=entry.notes,
        today=today,
    )


# --- the card -------------------------------------------------------------------------


def _problem(form: str, name: str) -> rx.Component:
    return field_error(name, BodyCaptureState.error_fields[form], BodyCaptureState.errors[form])


def _invalid(form: str, name: str) -> dict:
    return invalid_attrs(name, BodyCaptureState.error_fields[form])


def _checked(form: str, name: str, component: rx.Component) -> rx.Component:
    return rx.vstack(component, _problem(form, name), spacing="1", width="100%")


def _number_field(form: str, label, name: str, **props) -> rx.Component:
    return _checked(
        form,
        name,
        field(label, name, input_mode="decimal", custom_attrs=_invalid(form, name), **props),
    )


def _date_and_notes(form: str) -> list[rx.Component]:
    """The quick weight entry has "Date" and "Notes"; the other forms on the
    card name theirs apart (own ids, and labels a search for "Date" does not
    find twice)."""
    prefix = _FORMS[form][1]
    date_label, notes_label = (
        ("body.date", "body.notes") if not prefix else ("body.measured_on", "body.comment")
    )
    return [
        _checked(
            form,
            f"{prefix}date",
            field(
                t(date_label),
                f"{prefix}date",
                type="date",
                default_value=BodyCaptureState.today,
                max=BodyCaptureState.today,
                required=True,
                custom_attrs=_invalid(form, f"{prefix}date"),
            ),
        ),
        _checked(
            form,
            f"{prefix}notes",
            field(
                t(notes_label),
                f"{prefix}notes",
                limit=NOTES_MAX,
                custom_attrs=_invalid(form, f"{prefix}notes"),
            ),
        ),
    ]


def _messages(form: str) -> rx.Component:
    return saved_and_refused(
        BodyCaptureState.done[form],
        BodyCaptureState.error_fields[form],
        BodyCaptureState.errors[form],
    )


def _weight_form() -> rx.Component:
    return capture_card(
        "body.weight",
        capture_form(
            WEIGHT,
            rx.vstack(
                _number_field(
                    "weight",
                    field_label(WEIGHT.fields[0]),
                    "weight",
                    default_value=BodyCaptureState.last_weight,
                    required=True,
                    auto_focus=False,
                ),
                *_date_and_notes("weight"),
                _messages("weight"),
                submit_button(t("body.save_weight"), False),
                spacing="4",
                width="100%",
            ),
            key=BodyCaptureState.form_keys["weight"],
            on_submit=BodyCaptureState.save_weight,
            width="100%",
        ),
    )


def _replace_dialog() -> rx.Component:
    return confirm_dialog(
        title=t("body.replace_title"),
        text=t("body.replace_text"),
        confirm=t("body.replace"),
        on_confirm=BodyCaptureState.replace_weight,
        open=BodyCaptureState.replace_open,
        on_cancel=BodyCaptureState.keep_weight,
    )


def _circumference_form() -> rx.Component:
    return capture_card(
        "body.circumferences",
        capture_form(
            CIRCUMFERENCES,
            rx.vstack(
                rx.text(t("body.circumference_hint"), size="2", color_scheme="gray"),
                rx.grid(
                    *[
                        _number_field("circumferences", field_label(item), item.name)
                        for item in CIRCUMFERENCES.fields
                    ],
                    columns={"initial": "2", "sm": "4"},
                    gap="3",
                    width="100%",
                ),
                *_date_and_notes("circumferences"),
                _messages("circumferences"),
                submit_button(t("body.save_circumferences"), False),
                spacing="4",
                width="100%",
            ),
            prefix=_FORMS["circumferences"][1],
            key=BodyCaptureState.form_keys["circumferences"],
            on_submit=BodyCaptureState.save_circumferences,
            width="100%",
        ),
        collapsed=True,
    )


def _readings(site: str) -> rx.Component:
    """Up to three readings of one site, averaged when saved. Every site
    stays in the form (what was typed survives a change of formula); the
    formula's sites come first, the others only after "More sites"."""
    needed = BodyCaptureState.formula_sites.contains(site)
    return rx.el.fieldset(
        rx.el.legend(t(f"body.site.{site}"), " (mm)", style={"font_weight": "500"}),
        rx.grid(
            *[
                field(
                    rx.fragment(t(f"body.site.{site}"), f" {n}"),
                    f"{site}_{n}",
                    input_mode="decimal",
                    default_value=BodyCaptureState.skinfold_draft[f"{site}_{n}"],
                    on_blur=lambda value, name=f"{site}_{n}": BodyCaptureState.keep_reading(
                        name, value
                    ),
                    custom_attrs=_invalid("skinfolds", site),
                )
                for n in range(1, READINGS_PER_SITE + 1)
            ],
            columns="3",
            gap="2",
            width="100%",
        ),
        _problem("skinfolds", site),
        style={
            "border": "none",
            "padding": "0",
            "margin": "0",
            "min_width": "0",
            "order": rx.cond(needed, "0", "2"),
            "display": rx.cond(needed | BodyCaptureState.more_sites, "block", "none"),
        },
        width="100%",
    )


def _sites() -> rx.Component:
    """The sites, the formula's first, then the way to the others."""
    return rx.flex(
        *[_readings(item.name) for item in SKINFOLDS.fields],
        rx.button(
            rx.cond(BodyCaptureState.more_sites, t("body.fewer_sites"), t("body.more_sites")),
            type="button",
            variant="soft",
            on_click=BodyCaptureState.toggle_sites,
            aria_expanded=rx.cond(BodyCaptureState.more_sites, "true", "false"),
            style={"order": "1", "align_self": "flex-start"},
        ),
        direction="column",
        gap="4",
        width="100%",
    )


def _site_list(sites: tuple[str, ...]) -> rx.Component:
    parts: list = []
    for index, site in enumerate(sites):
        if index:
            parts.append(", ")
        parts.append(t(f"body.site.{site}"))
    return rx.fragment(*parts)


def _formula_hint(formula: str) -> rx.Component:
    """Which sites the formula needs, for the profile's sex (both when unknown)."""
    sites = FORMULA_SITES[formula]
    return rx.text(
        t(f"body.formula.{formula}"),
        ": ",
        rx.match(
            BodyCaptureState.sex,
            ("male", _site_list(sites["male"])),
            ("female", _site_list(sites["female"])),
            _site_list(tuple(dict.fromkeys(sites["male"] + sites["female"]))),
        ),
        size="2",
        color_scheme="gray",
    )


def _profile_needed() -> rx.Component:
    return rx.cond(
        BodyCaptureState.profile_complete,
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


def _skinfold_form() -> rx.Component:
    return capture_card(
        "body.skinfolds",
        capture_form(
            SKINFOLDS,
            rx.vstack(
                _profile_needed(),
                _checked(
                    "skinfolds",
                    "formula",
                    select_field(
                        t("body.formula"),
                        "formula",
                        [(f, t(f"body.formula.{f}")) for f in SKINFOLD_FORMULAS],
                        default_value=BodyCaptureState.formula,
                        on_change=BodyCaptureState.choose_formula,
                    ),
                ),
                rx.vstack(*[_formula_hint(f) for f in SKINFOLD_FORMULAS], spacing="1"),
                select_field(
                    t("body.conversion"),
                    "conversion",
                    [(c, t(f"body.conversion.{c}")) for c in CONVERSIONS],
                    default_value="siri",
                ),
                rx.text(t("body.readings_hint"), size="2", color_scheme="gray"),
                _sites(),
                *_date_and_notes("skinfolds"),
                _messages("skinfolds"),
                submit_button(t("body.save_skinfolds"), False),
                spacing="4",
                width="100%",
            ),
            prefix=_FORMS["skinfolds"][1],
            key=BodyCaptureState.form_keys["skinfolds"],
            on_submit=BodyCaptureState.save_skinfolds,
            width="100%",
        ),
        collapsed=True,
    )


def body_capture_card() -> rx.Component:
    """Named in the body manifest (`capture=`); loads itself when shown."""
    return rx.fragment(
        _weight_form(),
        _replace_dialog(),
        _circumference_form(),
        _skinfold_form(),
        rx.el.div(hidden=True, on_mount=BodyCaptureState.load),
    )
