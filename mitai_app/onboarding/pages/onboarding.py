"""The first-run flow: one step at a time with "Step n of 6", Back, Skip
and Next (Finish on the last), and "Set up later". A step's Next saves it
through onboarding.service; a refused value is shown at its field with
what was typed kept (the form is not rebuilt), and the step stays."""

from __future__ import annotations

import reflex as rx

from mitai_app.accounts.models import DISPLAY_NAME_MAX
from mitai_app.core import routes
from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import as_typed, format_number, in_both, today_in
from mitai_app.core.i18n import translate
from mitai_app.goals.consts import TITLE_MAX
from mitai_app.goals.pages.parts import area_input
from mitai_app.goals.service import goal_types
from mitai_app.nutrition.consts import ACTIVITY_FACTORS
from mitai_app.nutrition.pages.diet import diet_fields
from mitai_app.onboarding import service
from mitai_app.onboarding.consts import ONBOARDING, STEPS
from mitai_app.onboarding.service import FirstRun
from mitai_app.onboarding.steps import TOTAL, Position
from mitai_app.ui.forms import error_callout, field, field_error, invalid_attrs, select_field
from mitai_app.ui.layout import page
from mitai_app.ui.session import (
    AuthState,
    call_service,
    in_language,
    shown,
    signed_in,
    t,
    to_login,
)


class FirstRunState(rx.State):
    step: int = 0  # 0 until loaded
    lines: dict[str, str] = {}  # "Step n of 6", the diet step's targets: both languages
    error: str = ""
    error_field: str = ""
    form_key: int = 0
    units: str = "metric"  # the units chosen in step 1, for its labels
    profile: dict[str, str] = {}
    weight_unit: str = "kg"
    primary_goal: str = ""  # the title of the primary goal a profile has; "": none
    # The 26 areas in category order: key, weight as typed, the name and, on
    # a category's first area, the category's name, in both languages.
    focus: list[dict[str, str]] = []
    diet: dict[str, str] = {}
    training: dict[str, str] = {}
    ai_enabled: bool = False

    def _show(self, view: FirstRun) -> None:
        position = view.position
        self.step = position.step
        profile = view.profile
        self.units = profile.unit_system
        self.profile = {
            "display_name": profile.display_name,
            "sex": profile.sex,
            "date_of_birth": profile.date_of_birth,
            "height": profile.height,
            "language": profile.language,
            "unit_system": profile.unit_system,
            "weight": view.weight,
        }
        self.weight_unit = view.weight_unit
        self.primary_goal = view.primary_goal
        self.focus = [
            {
                "key": area.key,
                "weight": format_number(area.weight, "en", decimals=0) if area.weight else "",
                "name_de": area.name.de,
                "name_en": area.name.en,
                "head_de": group.name.de if index == 0 else "",
                "head_en": group.name.en if index == 0 else "",
            }
            for group in view.focus
            for index, area in enumerate(group.areas)
        ]
        lang = profile.language
        self.diet = {
            "diet_type": view.diet.diet_type,
            "avoid": view.diet.avoid,
            "activity": view.activity,
            "protein_g_per_kg": as_typed(view.protein_g_per_kg, lang),
            "target_kcal": "" if view.kcal_by_hand is None else str(round(view.kcal_by_hand)),
        }
        self.training = {kind: str(view.weekly.get(kind, "")) for kind in service.TRAINING_KINDS}
        self.ai_enabled = view.ai_enabled
        targets = view.targets
        self.lines = in_both(
            lambda lang: {
                "step": translate("onboarding.step_of", lang, n=position.step, total=TOTAL),
                "targets": translate("onboarding.diet.no_targets", lang)
                if targets is None or targets.kcal is None
                else translate(
                    "onboarding.diet.targets",
                    lang,
                    kcal=format_number(targets.kcal, lang, decimals=0),
                    protein=format_number(targets.protein_g, lang, decimals=0),
                    carbs=format_number(targets.carbs_g, lang, decimals=0),
                    fat=format_number(targets.fat_g, lang, decimals=0),
                ),
                "goal": translate("onboarding.goal.has_primary", lang, title=view.primary_goal),
            }
        )
        self.form_key += 1

    async def _reload(self, me):
        view = await call_service(
            service.first_run, profile_id=me.user.id, today=today_in(me.user.timezone)
        )
        if view.position.closed:
            return rx.redirect(routes.DASHBOARD)
        self._show(view)
        return None

    async def _moved(self, me, position: Position):
        if position.closed:
            return rx.redirect(routes.DASHBOARD)
        return await self._reload(me)

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.error = self.error_field = ""
        return await self._reload(me)

    @rx.event
    def choose_units(self, units: str):
        self.units = units

    def _saver(self, me, values: dict):
        """The service saving this step, with what the form sent."""
        key = STEPS[self.step - 1]
        today = today_in(me.user.timezone)
        if key == "profile":
            return service.save_profile, {"form": values, "today": today}
        if key == "goal":
            return service.save_goal, {"form": values, "lang": me.lang, "today": today}
        if key == "focus":
            keys = {row["key"] for row in self.focus}
            return service.save_focus, {"typed": {k: v for k, v in values.items() if k in keys}}
        if key == "diet":
            return service.save_diet, {"form": values}
        if key == "training":
            return service.save_training, {"form": values, "today": today}
        return service.save_ai, {"allowed": values.get("ai_enabled") == "on"}

    @rx.event
    async def save(self, values: dict):
        me = await signed_in(self)
        if me is None:
            return to_login()
        if not 1 <= self.step <= TOTAL:
            return None
        self.error = self.error_field = ""
        values = {k: str(v) for k, v in values.items()}
        function, kwargs = self._saver(me, values)
        try:
            position = await call_service(function, profile_id=me.user.id, **kwargs)
        except UserError as error:
            # The form is not rebuilt: what was typed stays in it.
            self.error, self.error_field = user_message(error, me.lang), error.field
            return None
        except FeatureRefused as refused:
            self.error = refusal_message(refused.decision, me.lang)
            return None
        if STEPS[self.step - 1] == "profile" and values.get("language") in ("de", "en"):
            (await self.get_state(AuthState)).lang = values["language"]
        return await self._moved(me, position)

    @rx.event
    async def skip(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        if not 1 <= self.step <= TOTAL:
            return None
        self.error = self.error_field = ""
        position = await call_service(
            service.skip_step, profile_id=me.user.id, key=STEPS[self.step - 1]
        )
        return await self._moved(me, position)

    @rx.event
    async def back(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.error = self.error_field = ""
        return await self._moved(me, await call_service(service.go_back, profile_id=me.user.id))

    @rx.event
    async def later(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        await call_service(service.dismiss, profile_id=me.user.id)
        return rx.redirect(routes.DASHBOARD)

    @rx.event
    async def again(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        await call_service(service.reopen, profile_id=me.user.id)
        return rx.redirect(ONBOARDING)


S = FirstRunState


def _checked(name: str, component: rx.Component) -> rx.Component:
    return rx.vstack(
        component, field_error(name, S.error_field, S.error), spacing="1", width="100%"
    )


def _input(label, name: str, value: rx.Var, **props) -> rx.Component:
    return _checked(
        name,
        field(
            label,
            name,
            default_value=value,
            custom_attrs=invalid_attrs(name, S.error_field),
            **props,
        ),
    )


def _select(label, name: str, options, value: rx.Var, **props) -> rx.Component:
    return _checked(
        name,
        select_field(
            label,
            name,
            options,
            default_value=value,
            custom_attrs=invalid_attrs(name, S.error_field),
            **props,
        ),
    )


def _hint(key: str) -> rx.Component:
    return rx.text(t(key), size="2", color_scheme="gray")


def _profile_step() -> rx.Component:
    values = S.profile
    imperial = S.units == "imperial"
    return rx.fragment(
        _input(
            t("profile.display_name"),
            "display_name",
            values["display_name"],
            auto_complete="nickname",
            limit=DISPLAY_NAME_MAX,
        ),
        _select(
            t("common.language"),
            "language",
            [("de", t("common.german")), ("en", t("common.english"))],
            values["language"],
        ),
        _select(
            t("profile.units"),
            "unit_system",
            [("metric", t("profile.metric")), ("imperial", t("profile.imperial"))],
            values["unit_system"],
            on_change=S.choose_units,
        ),
        _select(
            t("profile.sex"),
            "sex",
            [
                ("", t("profile.sex_none")),
                ("male", t("profile.male")),
                ("female", t("profile.female")),
            ],
            values["sex"],
        ),
        _input(t("profile.date_of_birth"), "date_of_birth", values["date_of_birth"], type="date"),
        _input(
            rx.cond(imperial, t("profile.height_in"), t("profile.height_cm")),
            "height",
            values["height"],
            input_mode="decimal",
        ),
        _input(
            rx.fragment(t("onboarding.weight"), " (", rx.cond(imperial, "lb", "kg"), ")"),
            "weight",
            values["weight"],
            input_mode="decimal",
        ),
        _hint("onboarding.profile_hint"),
    )


def _goal_step() -> rx.Component:
    return rx.cond(
        S.primary_goal != "",
        rx.text(in_language(S.lines, "goal"), id="primary-goal-set"),
        rx.fragment(
            _hint("onboarding.goal.hint"),
            _select(
                t("goals.type"),
                "goal_type",
                [(kind.key, shown(kind.name)) for kind in goal_types()],
                "weight",
            ),
            _input(
                t("goals.name"),
                "title",
                "",
                hint=t("onboarding.goal.title_hint"),
                limit=TITLE_MAX,
            ),
            _input(t("goals.target"), "target_value", "", input_mode="decimal", required=True),
            _input(t("goals.target_date"), "target_date", "", type="date"),
            _input(t("goals.start_value"), "start_value", "", input_mode="decimal"),
        ),
    )


def _focus_step() -> rx.Component:
    return rx.fragment(
        _hint("onboarding.focus.hint"),
        rx.foreach(S.focus, lambda row: area_input(row, "", S.error_field, S.error)),
        rx.el.div(field_error("focus_total", S.error_field, S.error), id="focus-total"),
    )


def _diet_step() -> rx.Component:
    values = S.diet
    return rx.fragment(
        rx.text(in_language(S.lines, "targets"), id="derived-targets"),
        *diet_fields(values["diet_type"], values["avoid"], S.error_field, S.error),
        _select(
            t("nutrition.activity"),
            "activity",
            [(key, t(f"nutrition.activity.{key}")) for key in ACTIVITY_FACTORS],
            values["activity"],
        ),
        _input(
            t("nutrition.protein_per_kg"),
            "protein_g_per_kg",
            values["protein_g_per_kg"],
            input_mode="decimal",
        ),
        _input(
            t("onboarding.diet.kcal"),
            "target_kcal",
            values["target_kcal"],
            input_mode="numeric",
            hint=t("onboarding.diet.kcal_hint"),
        ),
    )


def _training_step() -> rx.Component:
    return rx.fragment(
        _input(
            t("onboarding.training.workouts"),
            "workouts",
            S.training["workouts"],
            input_mode="numeric",
        ),
        _input(
            t("onboarding.training.minutes"),
            "active_minutes",
            S.training["active_minutes"],
            input_mode="numeric",
        ),
        _hint("onboarding.training.hint"),
    )


def _ai_step() -> rx.Component:
    return rx.fragment(
        rx.text(t("ai.disabled_text")),
        rx.hstack(
            rx.el.input(
                type="checkbox",
                id="field-ai_enabled",
                name="ai_enabled",
                default_checked=S.ai_enabled,
                style={"width": "1.25rem", "height": "1.25rem"},
            ),
            rx.el.label(t("ai.allow"), html_for="field-ai_enabled"),
            align="center",
            spacing="2",
            min_height="44px",
        ),
    )


def _buttons() -> rx.Component:
    return rx.hstack(
        rx.button(
            t("onboarding.back"),
            type="button",
            variant="soft",
            high_contrast=True,
            size="3",
            disabled=S.step <= 1,
            on_click=S.back,
            flex="1",
        ),
        rx.button(
            t("onboarding.skip"),
            type="button",
            variant="soft",
            high_contrast=True,
            size="3",
            on_click=S.skip,
            flex="1",
        ),
        rx.button(
            rx.cond(S.step == TOTAL, t("onboarding.finish"), t("onboarding.next")),
            type="submit",
            size="3",
            flex="1",
        ),
        spacing="2",
        width="100%",
    )


_STEPS = {
    "profile": _profile_step,
    "goal": _goal_step,
    "focus": _focus_step,
    "diet": _diet_step,
    "training": _training_step,
    "ai": _ai_step,
}


def _step() -> rx.Component:
    return rx.form(
        rx.vstack(
            rx.match(
                S.step,
                *[
                    (number, rx.heading(t(f"onboarding.step.{key}"), size="5", as_="h2"))
                    for number, key in enumerate(STEPS, start=1)
                ],
                rx.fragment(),
            ),
            rx.match(
                S.step,
                *[(number, _STEPS[key]()) for number, key in enumerate(STEPS, start=1)],
                rx.fragment(),
            ),
            rx.cond(S.error_field == "", error_callout(S.error), rx.fragment()),
            _buttons(),
            spacing="4",
            width="100%",
        ),
        on_submit=S.save,
        key=S.form_key,
        width="100%",
        id="onboarding-form",
    )


@page(route=ONBOARDING, title_key="onboarding.title", on_load=S.load, checks_session=True)
def onboarding_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("onboarding.title"), size="7", as_="h1"),
        rx.cond(
            S.step > 0,
            rx.vstack(
                rx.text(in_language(S.lines, "step"), weight="medium", id="onboarding-step"),
                rx.progress(
                    value=S.step * 100 // TOTAL,
                    max=100,
                    aria_label=in_language(S.lines, "step"),
                ),
                _hint("onboarding.intro"),
                rx.card(_step(), width="100%"),
                rx.button(
                    t("onboarding.later"),
                    type="button",
                    variant="ghost",
                    size="3",
                    on_click=S.later,
                    id="onboarding-later",
                ),
                spacing="3",
                width="100%",
            ),
            rx.text(t("common.working")),
        ),
        spacing="4",
        width="100%",
        max_width="36rem",
    )


def setup_again() -> rx.Component:
    """Named in the onboarding manifest (`profile=`): the way back into the
    flow, at step 1, once it was finished or set up later."""
    return rx.vstack(
        rx.heading(t("onboarding.title"), size="4", as_="h2"),
        _hint("onboarding.again_hint"),
        rx.button(
            t("onboarding.again"),
            type="button",
            variant="soft",
            high_contrast=True,
            size="3",
            on_click=S.again,
        ),
        spacing="2",
        width="100%",
    )
