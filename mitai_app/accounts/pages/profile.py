"""The user's profile: name, sex, birthday, height, resting heart rate,
language, units, time zone, session lifetime; below, the settings modules
add (`profile=` in their manifest), e.g. the blood-pressure guideline, and
the profile's history (each change: its day and what changed).

The inputs are uncontrolled (`default_value`): they keep what the user typed
when a save is refused, and the form is re-mounted (a new `key`) only after a
successful load or save. Height is the exception: it follows the units
select, so it is converted when the user switches between cm and in.
"""

from __future__ import annotations

import math

import reflex as rx

from mitai_app.accounts import profile as profile_service
from mitai_app.accounts.consts import BROWSER_ZONE_JS, SETTINGS
from mitai_app.accounts.models import DISPLAY_NAME_MAX
from mitai_app.accounts.profile import ProfileForm
from mitai_app.accounts.service import known_zone
from mitai_app.core import routes
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import in_both
from mitai_app.core.i18n import translate
from mitai_app.core.modules import contributions
from mitai_app.core.units import from_input, to_display
from mitai_app.ui.forms import (
    error_callout,
    field,
    invalid_attrs,
    select_field,
    submit_button,
    success_callout,
    with_field_error,
)
from mitai_app.ui.layout import page
from mitai_app.ui.session import AuthState, call_service, in_language, signed_in, t, to_login

FIELDS = (
    "display_name",
    "sex",
    "date_of_birth",
    "height",
    "resting_hr",
    "language",
    "unit_system",
    "timezone",
    "session_days",
)


def _convert_height(text: str, old: str, new: str) -> str:
    """The typed height in the other unit system, or as typed when it is no number."""
    try:
        value = float(text.replace(",", ".").strip())
    except ValueError:
        return text
    if not math.isfinite(value):
        return text
    return f"{to_display(from_input(value, 'length', old), 'length', new):.1f}"


class ProfileHistoryState(rx.State):
    changes: list[dict[str, str]] = []  # day, field, change in both languages, newest first
    loaded: bool = False

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        found = await call_service(profile_service.profile_changes, profile_id=me.user.id)
        system = me.user.unit_system
        self.changes = [
            in_both(lambda lang, c=change: _change_row(c, lang, system)) for change in found
        ]
        self.loaded = True
        return None


def _change_row(change, lang: str, system: str) -> dict[str, str]:
    words = profile_service.change_words(change, lang, system)
    return {
        "day": words["day"],
        "field": words["field"],
        "change": translate(
            "profile.history.change", lang, before=words["before"], after=words["after"]
        ),
    }


class ProfileState(rx.State):
    values: dict[str, str] = dict.fromkeys(FIELDS, "")
    height: str = ""
    unit_system: str = "metric"
    email: str = ""
    form_key: int = 0
    error: str = ""
    error_field: str = ""
    saved: bool = False
    common_zones: list[str] = list(profile_service.COMMON_ZONES)
    browser_zone: str = ""  # "" until the browser said, or when it is UTC or unknown

    def _fill(self, form: ProfileForm, *, offer_browser_zone: bool = False) -> None:
        # A profile still on the UTC it was created with is offered the
        # browser's zone (saved with the form); a saved choice is shown as is.
        zone = form.timezone
        if offer_browser_zone and zone == "UTC" and self.browser_zone:
            zone = self.browser_zone
        self.values = {
            "display_name": form.display_name,
            "sex": form.sex,
            "date_of_birth": form.date_of_birth,
            "height": form.height,
            "resting_hr": form.resting_hr,
            "language": form.language,
            "unit_system": form.unit_system,
            "timezone": zone,
            "session_days": str(form.session_days),
        }
        self.height = form.height
        self.unit_system = form.unit_system
        self.email = form.email
        self.form_key += 1

    @rx.event
    async def load(self):
        self.error = self.error_field = ""
        self.saved = False
        me = await signed_in(self)
        if me is None:
            return to_login()
        form = await call_service(profile_service.get_profile, profile_id=me.user.id)
        self._fill(form, offer_browser_zone=True)
        if not self.browser_zone:
            return [
                ProfileHistoryState.load,
                rx.call_script(BROWSER_ZONE_JS, callback=ProfileState.set_browser_zone),
            ]
        return ProfileHistoryState.load

    @rx.event
    def set_browser_zone(self, zone: str):
        """The browser's zone heads the picker's short list (and is offered
        to a profile still on UTC)."""
        browser = known_zone(str(zone or ""))
        self.common_zones = profile_service.common_zones(browser)
        self.browser_zone = "" if browser == "UTC" else browser
        if self.values["timezone"] == "UTC" and self.browser_zone:
            self.values = {**self.values, "timezone": self.browser_zone}
            self.form_key += 1

    @rx.event
    def set_height(self, value: str):
        self.height = value

    @rx.event
    def change_units(self, value: str):
        if value in ("metric", "imperial") and value != self.unit_system:
            self.height = _convert_height(self.height, self.unit_system, value)
            self.unit_system = value

    @rx.event
    async def save(self, form: dict):
        self.saved = False
        me = await signed_in(self)
        if me is None:
            return to_login()
        submitted = {key: str(form.get(key, "")) for key in FIELDS}
        try:
            result = await call_service(
                profile_service.update_profile, profile_id=me.user.id, form=submitted
            )
        except UserError as error:
            self.error = user_message(error, me.lang)
            self.error_field = error.field if error.field in FIELDS else ""
            if self.error_field:
                return rx.call_script(
                    f"document.getElementById('field-{self.error_field}')?.focus()"
                )
            return
        auth = await self.get_state(AuthState)
        auth.lang = result.language
        auth.unit_system = result.unit_system
        auth.display_name = result.display_name or result.email.split("@")[0]
        self.error = self.error_field = ""
        self._fill(result)
        self.saved = True
        return ProfileHistoryState.load


def _checked(component: rx.Component, name: str) -> rx.Component:
    return with_field_error(component, name, ProfileState.error_field, ProfileState.error)


def _invalid(name: str) -> dict:
    return invalid_attrs(name, ProfileState.error_field)


def _timezone_select(value: rx.Var) -> rx.Component:
    """The browser's and the usual zones first, then every zone."""
    return rx.vstack(
        rx.el.label(t("profile.timezone"), html_for="field-timezone", style={"font_weight": "500"}),
        rx.el.select(
            rx.el.optgroup(
                rx.foreach(ProfileState.common_zones, lambda zone: rx.el.option(zone, value=zone)),
                label=t("profile.timezone_common"),
            ),
            rx.el.optgroup(
                *[rx.el.option(zone, value=zone) for zone in profile_service.timezones()],
                label=t("profile.timezone_all"),
            ),
            id="field-timezone",
            name="timezone",
            default_value=value,
            class_name="rt-reset rt-SelectTrigger rt-r-size-3 rt-variant-surface",
            style={"width": "100%"},
            custom_attrs=_invalid("timezone"),
        ),
        spacing="1",
        width="100%",
    )


def _form() -> rx.Component:
    values = ProfileState.values
    return rx.form(
        rx.vstack(
            _checked(
                field(
                    t("profile.display_name"),
                    "display_name",
                    default_value=values["display_name"],
                    auto_complete="nickname",
                    limit=DISPLAY_NAME_MAX,
                    custom_attrs=_invalid("display_name"),
                ),
                "display_name",
            ),
            _checked(
                select_field(
                    t("profile.sex"),
                    "sex",
                    [
                        ("", t("profile.sex_none")),
                        ("male", t("profile.male")),
                        ("female", t("profile.female")),
                    ],
                    default_value=values["sex"],
                    custom_attrs=_invalid("sex"),
                ),
                "sex",
            ),
            _checked(
                field(
                    t("profile.date_of_birth"),
                    "date_of_birth",
                    type="date",
                    default_value=values["date_of_birth"],
                    auto_complete="bday",
                    custom_attrs=_invalid("date_of_birth"),
                ),
                "date_of_birth",
            ),
            _checked(
                field(
                    rx.cond(
                        ProfileState.unit_system == "imperial",
                        t("profile.height_in"),
                        t("profile.height_cm"),
                    ),
                    "height",
                    value=ProfileState.height,
                    on_change=ProfileState.set_height,
                    input_mode="decimal",
                    custom_attrs=_invalid("height"),
                ),
                "height",
            ),
            _checked(
                rx.vstack(
                    field(
                        t("profile.resting_hr"),
                        "resting_hr",
                        default_value=values["resting_hr"],
                        input_mode="numeric",
                        custom_attrs=_invalid("resting_hr"),
                    ),
                    rx.text(t("profile.resting_hr_hint"), size="2", color_scheme="gray"),
                    spacing="1",
                    width="100%",
                ),
                "resting_hr",
            ),
            _checked(
                select_field(
                    t("profile.units"),
                    "unit_system",
                    [("metric", t("profile.metric")), ("imperial", t("profile.imperial"))],
                    default_value=values["unit_system"],
                    custom_attrs=_invalid("unit_system"),
                    on_change=ProfileState.change_units,
                ),
                "unit_system",
            ),
            _checked(
                select_field(
                    t("common.language"),
                    "language",
                    [("de", t("common.german")), ("en", t("common.english"))],
                    default_value=values["language"],
                    custom_attrs=_invalid("language"),
                ),
                "language",
            ),
            _checked(_timezone_select(values["timezone"]), "timezone"),
            _checked(
                field(
                    t("profile.session_days"),
                    "session_days",
                    type="number",
                    default_value=values["session_days"],
                    hint=t("profile.session_days_hint"),
                    min=1,
                    max=365,
                    step=1,
                    input_mode="numeric",
                    custom_attrs=_invalid("session_days"),
                ),
                "session_days",
            ),
            success_callout(rx.cond(ProfileState.saved, t("common.saved"), "")),
            rx.cond(ProfileState.error_field == "", error_callout(ProfileState.error)),
            submit_button(t("common.save"), False),
            spacing="4",
            width="100%",
        ),
        key=ProfileState.form_key,
        on_submit=ProfileState.save,
        width="100%",
    )


def _change(row: rx.Var) -> rx.Component:
    return rx.box(
        rx.text(in_language(row, "day"), size="2", color_scheme="gray"),
        rx.text(
            rx.text.strong(in_language(row, "field")),
            ": ",
            in_language(row, "change"),
            size="2",
            word_break="break-word",
        ),
        padding_y="0.4rem",
        border_bottom="1px solid var(--gray-a5)",
        width="100%",
        class_name="profile-change",
    )


def _history() -> rx.Component:
    """The profile's changes, newest first (accounts.profile.HISTORY_SHOWN of them)."""
    H = ProfileHistoryState
    return rx.card(
        rx.vstack(
            rx.heading(t("profile.history.heading"), size="4", as_="h2"),
            rx.text(t("profile.history.hint"), size="2", color_scheme="gray"),
            rx.cond(
                H.changes.length() > 0,
                rx.vstack(rx.foreach(H.changes, _change), spacing="0", width="100%"),
                rx.cond(H.loaded, rx.text(t("profile.history.none"), size="2"), rx.fragment()),
            ),
            spacing="2",
            width="100%",
        ),
        width="100%",
        id="profile-history",
    )


@page(route=routes.PROFILE, title_key="nav.profile", on_load=ProfileState.load)
def profile_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.profile"), size="7", as_="h1"),
        rx.vstack(
            rx.text(t("common.email"), weight="medium"),
            rx.text(ProfileState.email, word_break="break-all"),
            rx.text(
                rx.link(t("profile.email_hint"), href=SETTINGS),
                size="2",
            ),
            spacing="1",
            width="100%",
        ),
        _form(),
        # Settings the modules keep on the profile (each loads and saves itself).
        *[setting() for _, setting in contributions("profile")],
        _history(),
        spacing="5",
        width="100%",
        max_width="36rem",
    )
