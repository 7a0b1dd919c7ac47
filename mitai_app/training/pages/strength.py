"""The strength workout of the day: exercises in order, each with its sets,
last session's sets beside them, a set form (reps, weight in the user's
unit, RPE, kind, rest), "Repeat last set", and the records a set breaks
announced at once. The workout continues where it was when the page opens
again the same day."""

from __future__ import annotations

import reflex as rx

from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import (
    format_number,
    format_quantity,
    parse_decimal,
    today_in,
)
from mitai_app.core.i18n import translate
from mitai_app.core.text import LANGUAGES
from mitai_app.core.units import System, from_input, unit_label
from mitai_app.training import workouts
from mitai_app.training.consts import SET_KINDS, STRENGTH, TRACKS
from mitai_app.training.pages.pickers import exercise_select
from mitai_app.training.strength import Record, dated_records, record_words
from mitai_app.training.workouts import SetInput, SetView
from mitai_app.ui.forms import error_callout, field, select_field, success_callout
from mitai_app.ui.layout import page
from mitai_app.ui.session import AuthState, call_service, in_language, signed_in, t, to_login


def _set_words(s: SetView, lang: str, system: System) -> str:
    """ "8 × 60 kg" (warm-ups and other kinds named, RPE when given)."""
    text = str(s.reps or "")
    if s.weight_kg:
        text += f" × {format_quantity(s.weight_kg, 'mass', system, lang)}"
    if s.kind != "working":
        text += f" ({translate(f'training.strength.kind.{s.kind}', lang)})"
    if s.rpe is not None:
        text += f" @ {format_number(s.rpe, lang)}"
    return text


def _records_text(found: dict[str, Record], lang: str, system: System) -> str:
    return " · ".join(dated_records(found, lang, system))


def _exercise_row(view, found: dict[str, Record], system: System) -> dict[str, str]:
    row = {"id": view.id, "has_sets": "true" if view.sets else ""}
    for lang in LANGUAGES:
        row[f"name_{lang}"] = view.name_de if lang == "de" else view.name_en
        row[f"sets_{lang}"] = "\n".join(
            f"{n}. {_set_words(s, lang, system)}" for n, s in enumerate(view.sets, start=1)
        )
        row[f"last_{lang}"] = (
            translate(
                "training.strength.last_time",
                lang,
                sets=" · ".join(_set_words(s, lang, system) for s in view.last_time),
            )
            if view.last_time
            else ""
        )
        row[f"records_{lang}"] = _records_text(found, lang, system)
    return row


OWN = "own_exercise"  # where a refused deletion of an own exercise is shown


class StrengthState(rx.State):
    loaded: bool = False
    workout_id: str = ""
    day: str = ""
    exercises: list[dict[str, str]] = []
    choices: list[dict[str, str]] = []
    own_choices: list[dict[str, str]] = []  # the profile's own exercises, to delete
    weight_unit: str = "kg"
    announce: dict[str, str] = dict.fromkeys(LANGUAGES, "")
    error: dict[str, str] = dict.fromkeys(LANGUAGES, "")
    error_item: str = ""  # the exercise whose form the error belongs to; "" for the page

    def _clear(self) -> None:
        self.announce = dict.fromkeys(LANGUAGES, "")
        self.error = dict.fromkeys(LANGUAGES, "")
        self.error_item = ""

    async def _show(self, me) -> None:
        system = me.user.unit_system
        day = today_in(me.user.timezone)
        found = await call_service(workouts.strength_page, profile_id=me.user.id, day=day)
        self.day = day.isoformat()
        self.weight_unit = unit_label("mass", system)
        self.choices = [
            {"id": c.id, "name_de": c.name_de, "name_en": c.name_en} for c in found.choices
        ]
        self.own_choices = [
            c for c, own in zip(self.choices, found.choices, strict=True) if own.own
        ]
        view = found.workout
        self.workout_id = "" if view is None else view.id
        self.exercises = (
            []
            if view is None
            else [
                _exercise_row(e, found.records.get(e.exercise_id, {}), system)
                for e in view.exercises
            ]
        )
        self.loaded = True

    def _refused(self, error: UserError, item: str = "") -> None:
        self.error = {lang: user_message(error, lang) for lang in LANGUAGES}
        self.error_item = item

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self._clear()
        await self._show(me)
        return None

    async def _act(self, function, item: str = "", **kwargs):
        """Runs `function` for the signed-in profile and shows the workout
        again, announcing the records a set broke; a refusal is shown at the
        exercise `item` (or above the page when "")."""
        me = await signed_in(self)
        if me is None:
            return to_login()
        self._clear()
        try:
            result = await call_service(function, profile_id=me.user.id, **kwargs)
        except FeatureRefused as refused:
            self.error = {lang: refusal_message(refused.decision, lang) for lang in LANGUAGES}
            return None
        except UserError as error:
            self._refused(error, item)
            return None
        system = me.user.unit_system
        if isinstance(result, workouts.SetSaved) and result.records:
            self.announce = {
                lang: translate(
                    "training.strength.new_record",
                    lang,
                    records=" · ".join(record_words(r, lang, system) for r in result.records),
                )
                for lang in LANGUAGES
            }
        await self._show(me)
        return None

    @rx.event
    async def start(self):
        return await self._act(workouts.start_workout)

    @rx.event
    async def add_exercise(self, form: dict):
        exercise = str(form.get("exercise") or "")
        return await self._act(
            workouts.add_exercise, workout_id=self.workout_id, exercise_id=exercise
        )

    @rx.event
    async def create_exercise(self, form: dict):
        name, tracks = str(form.get("exercise_name") or ""), str(form.get("tracks") or "")
        return await self._act(workouts.add_own_exercise, name=name, tracks=tracks)

    @rx.event
    async def delete_exercise(self, form: dict):
        exercise = str(form.get("own_exercise") or "")
        return await self._act(workouts.delete_own_exercise, OWN, exercise_id=exercise)

    @rx.event
    async def add_set(self, form: dict):
        item = str(form.get("item") or "")
        try:
            entry = _set_input(form, (await self.get_state(AuthState)).unit_system)
        except UserError as error:
            self._clear()
            self._refused(error, item)
            return None
        return await self._act(workouts.add_set, item, workout_exercise_id=item, entry=entry)

    @rx.event
    async def repeat(self, item: str):
        return await self._act(workouts.repeat_last_set, item, workout_exercise_id=item)


def _typed(form: dict, name: str, field_name: str) -> float | None:
    try:
        return parse_decimal(str(form.get(name) or ""))
    except ValueError as error:
        raise UserError("log.error.number", field=field_name) from error


def _set_input(form: dict, system: System) -> SetInput:
    reps, weight = _typed(form, "reps", "reps"), _typed(form, "weight", "weight")
    rest = _typed(form, "rest", "rest")
    return SetInput(
        reps=None if reps is None else (int(reps) if reps == int(reps) else reps),
        weight_kg=None if weight is None else from_input(weight, "mass", system),
        rpe=_typed(form, "set_rpe", "set_rpe"),
        kind=str(form.get("kind") or "working"),
        rest_seconds=None if rest is None else (int(rest) if rest == int(rest) else rest),
    )


# --- the page ---------------------------------------------------------------------------


def _shown(texts: rx.Var) -> rx.Var:
    return rx.cond(AuthState.lang == "de", texts["de"], texts["en"])


def _input(label, name: str, item: rx.Var, **props) -> rx.Component:
    """A labelled input of one exercise's set form (ids unique per exercise)."""
    input_id = f"{name}-" + item
    return rx.vstack(
        rx.el.label(label, html_for=input_id, style={"font_weight": "500"}),
        rx.input(id=input_id, name=name, width="100%", size="3", **props),
        spacing="1",
        width="100%",
    )


def _set_form(row: rx.Var) -> rx.Component:
    item = row["id"]
    return rx.form(
        rx.vstack(
            rx.el.input(type="hidden", name="item", value=item),
            rx.grid(
                _input(t("training.strength.reps"), "reps", item, input_mode="numeric"),
                _input(
                    rx.fragment(
                        t("training.strength.weight"), " (", StrengthState.weight_unit, ")"
                    ),
                    "weight",
                    item,
                    input_mode="decimal",
                ),
                _input(t("training.strength.rpe"), "set_rpe", item, input_mode="decimal"),
                _input(t("training.strength.rest"), "rest", item, input_mode="numeric"),
                columns="2",
                gap="2",
                width="100%",
            ),
            rx.vstack(
                rx.el.label(
                    t("training.strength.kind"),
                    html_for="kind-" + item,
                    style={"font_weight": "500"},
                ),
                rx.el.select(
                    *[
                        rx.el.option(t(f"training.strength.kind.{kind}"), value=kind)
                        for kind in SET_KINDS
                    ],
                    id="kind-" + item,
                    name="kind",
                    class_name="rt-reset rt-SelectTrigger rt-r-size-3 rt-variant-surface",
                    style={"width": "100%"},
                ),
                spacing="1",
                width="100%",
            ),
            rx.cond(
                StrengthState.error_item == item,
                error_callout(_shown(StrengthState.error)),
                rx.fragment(),
            ),
            rx.flex(
                rx.button(t("training.strength.add_set"), type="submit", size="3"),
                rx.button(
                    t("training.strength.repeat"),
                    type="button",
                    variant="soft",
                    size="3",
                    on_click=StrengthState.repeat(item),
                ),
                gap="2",
                wrap="wrap",
            ),
            spacing="3",
            width="100%",
        ),
        on_submit=StrengthState.add_set,
        width="100%",
    )


def _exercise(row: rx.Var) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(in_language(row, "name"), size="4", as_="h2"),
            rx.cond(
                in_language(row, "last") != "",
                rx.text(in_language(row, "last"), size="2", color_scheme="gray"),
                rx.fragment(),
            ),
            rx.cond(
                row["has_sets"] != "",
                rx.text(in_language(row, "sets"), white_space="pre-line"),
                rx.text(t("training.strength.no_sets"), color_scheme="gray"),
            ),
            rx.cond(
                in_language(row, "records") != "",
                rx.text(
                    t("training.strength.records"), ": ", in_language(row, "records"), size="2"
                ),
                rx.fragment(),
            ),
            _set_form(row),
            spacing="2",
            width="100%",
        ),
        width="100%",
    )


def _delete_own() -> rx.Component:
    """One of the profile's own exercises deleted; refused (with the count,
    under the form) while workouts use it."""
    return rx.form(
        rx.vstack(
            exercise_select(
                t("training.strength.delete_own"), "own_exercise", StrengthState.own_choices
            ),
            rx.cond(
                StrengthState.error_item == OWN,
                rx.text(_shown(StrengthState.error), role="alert", color_scheme="red", size="2"),
                rx.fragment(),
            ),
            rx.button(
                t("training.admin.delete"), type="submit", variant="soft", color_scheme="red"
            ),
            spacing="2",
            padding_top="1rem",
            width="100%",
        ),
        on_submit=StrengthState.delete_exercise,
        width="100%",
    )


def _add_exercise() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.form(
                rx.vstack(
                    exercise_select(
                        t("training.strength.exercise"), "exercise", StrengthState.choices
                    ),
                    rx.button(t("training.strength.add_exercise"), type="submit", size="3"),
                    spacing="2",
                    width="100%",
                ),
                on_submit=StrengthState.add_exercise,
                width="100%",
            ),
            rx.el.details(
                rx.el.summary(t("training.strength.own"), cursor="pointer"),
                rx.form(
                    rx.vstack(
                        field(
                            t("training.strength.own_name"),
                            "exercise_name",
                            limit=workouts.NAME_MAX,
                        ),
                        select_field(
                            t("training.strength.tracks"),
                            "tracks",
                            [(kind, t(f"training.strength.tracks.{kind}")) for kind in TRACKS],
                        ),
                        rx.button(t("training.strength.create"), type="submit", variant="soft"),
                        spacing="2",
                        padding_top="0.5rem",
                        width="100%",
                    ),
                    on_submit=StrengthState.create_exercise,
                    width="100%",
                ),
                rx.cond(
                    StrengthState.own_choices.length() > 0,
                    _delete_own(),
                    rx.fragment(),
                ),
            ),
            spacing="3",
            width="100%",
        ),
        width="100%",
    )


@page(
    route=STRENGTH,
    title_key=("nav.training", "training.strength"),
    on_load=StrengthState.load,
    checks_session=True,
)
def strength_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("training.strength"), size="7", as_="h1"),
        success_callout(_shown(StrengthState.announce)),
        rx.cond(
            StrengthState.error_item == "",
            error_callout(_shown(StrengthState.error)),
            rx.fragment(),
        ),
        rx.cond(
            StrengthState.workout_id == "",
            rx.cond(
                StrengthState.loaded,
                rx.card(
                    rx.vstack(
                        rx.text(t("training.strength.none")),
                        rx.button(
                            t("training.strength.start"), size="3", on_click=StrengthState.start
                        ),
                        spacing="3",
                    ),
                    width="100%",
                ),
                rx.fragment(),
            ),
            rx.vstack(
                rx.foreach(StrengthState.exercises, _exercise),
                _add_exercise(),
                spacing="4",
                width="100%",
            ),
        ),
        spacing="4",
        width="100%",
        max_width="40rem",
    )
