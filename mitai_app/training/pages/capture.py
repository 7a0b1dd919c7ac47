"""Capture's training card: today's run in three taps (its type among the
last ones logged, a duration chip, Save). The other types are grouped by
their seven categories, each with its colour, icon and name as the admins
keep them (Admin → Training); kcal, heart rate,
distance, RPE, mood and a description are folded under "More details".

The inputs are uncontrolled: a refused entry keeps what the user typed; the
form is re-mounted (new `key`) only after it was saved.
"""

from __future__ import annotations

import reflex as rx

from mitai_app.core import logs
from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import today_in
from mitai_app.core.i18n import translate
from mitai_app.core.logs import NOTES_MAX
from mitai_app.core.text import LANGUAGES
from mitai_app.training import service
from mitai_app.training.consts import MOODS, QUICK_DURATIONS
from mitai_app.training.data import TRAINING_CATEGORIES
from mitai_app.training.logs import ACTIVITY
from mitai_app.training.pages.pickers import type_groups
from mitai_app.training.type_catalogue import seeded_types
from mitai_app.ui.capture_card import capture_card, capture_form, saved_and_refused
from mitai_app.ui.forms import field, field_error, invalid_attrs, select_field, submit_button
from mitai_app.ui.log_list import field_label
from mitai_app.ui.session import AuthState, call_service, in_language, signed_in, t, to_login

PREFIX = "training_"  # of the date and notes fields (Capture holds other forms)
_NAMES = {
    "date": f"{PREFIX}date",
    "notes": f"{PREFIX}notes",
    "start_time": "start_time",
}


def _field_of(error: UserError) -> str:
    """The input an error belongs to; "" for the entry as a whole."""
    if error.field in _NAMES:
        return _NAMES[error.field]
    names = {item.name for item in ACTIVITY.fields} | {c.name for c in ACTIVITY.choices}
    return error.field if error.field in names else ""


class TrainingCaptureState(rx.State):
    today: str = ""
    now: str = ""
    # Every type by category key: key, name_de, name_en, color, icon (as
    # seeded until the card's load reads the admins' names: offline too).
    types: dict[str, list[dict[str, str]]] = type_groups(seeded_types())
    quick_rows: list[dict[str, str]] = []  # the quick types' rows, the last logged first
    error: dict[str, str] = dict.fromkeys(LANGUAGES, "")
    error_field: str = ""
    done: dict[str, str] = dict.fromkeys(LANGUAGES, "")
    form_key: int = 0

    def _quick(self, keys: list[str]) -> None:
        rows = {row["key"]: row for rows in self.types.values() for row in rows}
        self.quick_rows = [rows[key] for key in keys if key in rows]

    def _messages(self) -> None:
        self.error = dict.fromkeys(LANGUAGES, "")
        self.done = dict.fromkeys(LANGUAGES, "")
        self.error_field = ""

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        defaults = await call_service(
            service.capture_defaults, profile_id=me.user.id, timezone=me.user.timezone
        )
        self.today, self.now = defaults.today.isoformat(), defaults.now
        self.types = type_groups(defaults.types)
        self._quick(list(defaults.quick_types))
        self._messages()
        self.form_key += 1
        return None

    @rx.event
    async def save(self, form: dict):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self._messages()
        system = me.user.unit_system
        try:
            entry = logs.parse(ACTIVITY, form, system, PREFIX)
            row = await call_service(
                service.add_activity,
                profile_id=me.user.id,
                entry=entry,
                start=str(form.get("start_time") or ""),
                today=today_in(me.user.timezone),
            )
        except FeatureRefused as refused:
            self.error = {lang: refusal_message(refused.decision, lang) for lang in LANGUAGES}
            return None
        except UserError as error:
            self.error = {lang: user_message(error, lang) for lang in LANGUAGES}
            self.error_field = _field_of(error)
            return rx.call_script(f"document.getElementById('field-{self.error_field}')?.focus()")
        self.done = {
            lang: translate(
                "training.saved", lang, summary=logs.describe(ACTIVITY, row, lang, system)
            )
            for lang in LANGUAGES
        }
        kind = row.details["training_type"]
        shown = [kind, *(r["key"] for r in self.quick_rows if r["key"] != kind)]
        self._quick(shown[: service.QUICK_TYPES])
        self.form_key += 1
        return None


def _shown(texts: rx.Var) -> rx.Var:
    return rx.cond(AuthState.lang == "de", texts["de"], texts["en"])


def _error() -> rx.Var:
    return _shown(TrainingCaptureState.error)


def _checked(name: str, component: rx.Component) -> rx.Component:
    return rx.vstack(
        component,
        field_error(name, TrainingCaptureState.error_field, _error()),
        spacing="1",
        width="100%",
    )


def _invalid(name: str) -> dict:
    return invalid_attrs(name, TrainingCaptureState.error_field)


# --- the type picker --------------------------------------------------------------------

_CHIP_STYLE = {
    "display": "inline-flex",
    "align_items": "center",
    "gap": "0.4rem",
    "min_height": "44px",
    "padding": "0 0.75rem",
    "border_radius": "999px",
    "border": f"1px solid {rx.color('gray', 7)}",
    "cursor": "pointer",
    "&:has(input:checked)": {
        "border_color": rx.color("accent", 9),
        "background": rx.color("accent", 4),
        "font_weight": "600",
    },
    "&:has(input:focus-visible)": {"outline": f"2px solid {rx.color('accent', 8)}"},
}


def _type_chip(kind: rx.Var, group: str, checked: rx.Var | bool = False) -> rx.Component:
    """A radio named `training_type`, labelled with the type's icon (in its
    colour) and name, as the admins keep them."""
    return rx.el.label(
        rx.el.input(
            type="radio",
            name="training_type",
            value=kind["key"],
            id=f"{group}-type-{kind['key']}",
            default_checked=checked,
            style={"accent_color": kind["color"]},
        ),
        rx.icon(kind["icon"], size=18, color=kind["color"], aria_hidden="true"),
        in_language(kind, "name"),
        style=_CHIP_STYLE,
    )


def _quick_types() -> rx.Component:
    """The last types logged (else common ones), the newest first and chosen."""
    return rx.flex(
        rx.foreach(
            TrainingCaptureState.quick_rows,
            lambda kind, n: _type_chip(kind, "quick", checked=n == 0),
        ),
        wrap="wrap",
        gap="2",
    )


def _all_types() -> rx.Component:
    """Every type, grouped by category (the category's colour and icon)."""
    return rx.el.details(
        rx.el.summary(t("training.type"), " …", cursor="pointer"),
        rx.vstack(
            *[
                rx.el.fieldset(
                    rx.el.legend(
                        rx.flex(
                            rx.icon(
                                category.icon, size=16, color=category.color, aria_hidden="true"
                            ),
                            t(f"training.category.{category.key}"),
                            align="center",
                            gap="1",
                        ),
                        style={"font_weight": "500"},
                    ),
                    rx.flex(
                        rx.foreach(
                            TrainingCaptureState.types[category.key],
                            lambda kind: _type_chip(kind, "all"),
                        ),
                        wrap="wrap",
                        gap="2",
                    ),
                    style={
                        "border": "none",
                        "border_left": f"4px solid {category.color}",
                        "padding": "0 0 0 0.5rem",
                        "margin": "0",
                        "min_width": "0",
                    },
                )
                for category in TRAINING_CATEGORIES
            ],
            spacing="3",
            padding_top="0.75rem",
            width="100%",
        ),
    )


def _picker() -> rx.Component:
    return _checked(
        "training_type",
        rx.el.fieldset(
            rx.el.legend(t("training.type"), style={"font_weight": "500"}),
            rx.vstack(_quick_types(), _all_types(), spacing="2", width="100%"),
            style={"border": "none", "padding": "0", "margin": "0", "min_width": "0"},
            custom_attrs=_invalid("training_type"),
        ),
    )


# --- the rest of the form ---------------------------------------------------------------


def _fill_duration(minutes: int):
    return rx.call_script(
        f"(() => {{ const e = document.getElementById('field-duration'); "
        f"if (e) {{ e.value = '{minutes}'; }} }})()"
    )


def _duration() -> rx.Component:
    item = ACTIVITY.fields[0]
    return _checked(
        "duration",
        rx.vstack(
            field(
                field_label(item),
                item.name,
                input_mode="numeric",
                required=True,
                custom_attrs=_invalid(item.name),
            ),
            rx.flex(
                *[
                    rx.button(
                        f"{minutes} min",
                        type="button",
                        variant="soft",
                        size="3",
                        on_click=_fill_duration(minutes),
                    )
                    for minutes in QUICK_DURATIONS
                ],
                wrap="wrap",
                gap="2",
            ),
            spacing="2",
            width="100%",
        ),
    )


def _number(name: str) -> rx.Component:
    item = next(i for i in ACTIVITY.fields if i.name == name)
    return _checked(
        name,
        field(field_label(item), name, input_mode="decimal", custom_attrs=_invalid(name)),
    )


def _details() -> rx.Component:
    return rx.el.details(
        rx.el.summary(t("training.more_details"), cursor="pointer"),
        rx.vstack(
            rx.vstack(
                _number("active_kcal"),
                rx.text(t("training.kcal_hint"), size="2", color_scheme="gray"),
                spacing="1",
                width="100%",
            ),
            rx.grid(
                _number("avg_hr"),
                _number("max_hr"),
                _number("distance"),
                _number("rpe"),
                columns="2",
                gap="3",
                width="100%",
            ),
            _checked(
                "session_mood",
                select_field(
                    t("training.mood"),
                    "session_mood",
                    [(mood, t(f"training.mood.{mood}")) for mood in MOODS],
                    default_value="none",
                ),
            ),
            _checked(
                _NAMES["notes"],
                field(
                    t("training.description"),
                    _NAMES["notes"],
                    limit=NOTES_MAX,
                    custom_attrs=_invalid(_NAMES["notes"]),
                ),
            ),
            spacing="3",
            padding_top="0.75rem",
            width="100%",
        ),
    )


def _when() -> rx.Component:
    return rx.grid(
        _checked(
            _NAMES["date"],
            field(
                t("training.date"),
                _NAMES["date"],
                type="date",
                default_value=TrainingCaptureState.today,
                max=TrainingCaptureState.today,
                required=True,
                custom_attrs=_invalid(_NAMES["date"]),
            ),
        ),
        _checked(
            "start_time",
            field(
                t("training.start_time"),
                "start_time",
                type="time",
                default_value=TrainingCaptureState.now,
                custom_attrs=_invalid("start_time"),
            ),
        ),
        columns="2",
        gap="3",
        width="100%",
    )


def training_capture_card() -> rx.Component:
    """Named in the training manifest (`capture=`); loads itself when shown."""
    return rx.fragment(
        capture_card(
            "training.session",
            capture_form(
                ACTIVITY,
                rx.vstack(
                    _picker(),
                    _duration(),
                    _when(),
                    _details(),
                    saved_and_refused(
                        _shown(TrainingCaptureState.done),
                        TrainingCaptureState.error_field,
                        _error(),
                    ),
                    submit_button(t("training.save"), False),
                    spacing="4",
                    width="100%",
                ),
                prefix=PREFIX,
                key=TrainingCaptureState.form_key,
                on_submit=TrainingCaptureState.save,
                width="100%",
            ),
        ),
        rx.el.div(hidden=True, on_mount=TrainingCaptureState.load),
    )
