"""Goals: a form for a new goal (the types whose values the app can read,
and custom goals), and the goals with a progress bar, status, rate and
projected date; pause, resume, complete, reopen, make primary, delete after
confirming, and a custom goal's value of today. This week's goals with
their progress and streaks, and a form for the weekly targets. The training
phases (pages.phases). The focus
areas: where the weights go, and a form for them by category."""

from __future__ import annotations

import reflex as rx

from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import as_typed, format_number, in_both, today_in
from mitai_app.core.i18n import translate
from mitai_app.goals.achievements import achievement_words, note_achievements
from mitai_app.goals.consts import CUSTOM, FITNESS, GOALS, TITLE_MAX, WEEKLY_KINDS
from mitai_app.goals.focus import focus_weights, goal_contributions, set_focus_weights
from mitai_app.goals.pages.effort import EffortState, effort_section
from mitai_app.goals.pages.parts import area_input, checked, week_goal
from mitai_app.goals.pages.phases import phases_section
from mitai_app.goals.service import (
    ACTIVE,
    COMPLETED,
    PAUSED,
    create_goal,
    delete_goal,
    goal_types,
    goal_words,
    goals_overview,
    log_progress,
    make_primary,
    set_status,
    update_goal,
)
from mitai_app.goals.weekly import (
    WeeklyOverview,
    set_weekly_targets,
    streak_words,
    week_rows,
    weekly_overview,
)
from mitai_app.ui.csv_download import csv_download
from mitai_app.ui.dialogs import confirm_dialog
from mitai_app.ui.forms import (
    error_callout,
    field,
    field_error,
    form,
    invalid_attrs,
    select_field,
    success_callout,
)
from mitai_app.ui.layout import page
from mitai_app.ui.session import call_service, in_language, shown, signed_in, t, to_login

_FIELDS = {"goal_type", "title", "target_value", "target_date", "start_value"}
_EDIT_FIELDS = {"edit_title", "edit_target_value", "edit_target_date"}
SHARE_TOTAL = "share_total"  # the goal's contributions do not add up


def _area_rows(groups) -> list[dict[str, str]]:
    """The focus areas as form rows: key, percent as typed, the name and, on
    a category's first area, the category's name, in both languages."""
    return [
        {
            "key": area.key,
            "weight": format_number(area.weight, "en", decimals=0) if area.weight else "",
            "name_de": area.name.de,
            "name_en": area.name.en,
            "head_de": group.name.de if index == 0 else "",
            "head_en": group.name.en if index == 0 else "",
        }
        for group in groups
        for index, area in enumerate(group.areas)
    ]


class GoalsState(rx.State):
    goals: list[dict[str, str]] = []
    _ids: list[str] = []
    loaded: bool = False
    error: str = ""
    error_field: str = ""
    done: str = ""
    form_key: int = 0
    delete_ref: int = -1
    primary_ask: str = ""  # the question before the primary goal is replaced; "": none
    primary_ref: int = -1  # the goal to make primary once confirmed
    _pending: dict = {}  # the new goal's form, sent again once the user confirms
    edit_ref: int = -1
    edit_goal: dict[str, str] = {}  # the edited goal's title, target and date as typed
    edit_error: str = ""
    edit_field: str = ""
    edit_shares: list[dict[str, str]] = []  # what the edited goal works on, rows as `focus`
    achievements: dict[str, str] = {}  # the new ones (shown once) and all earned, both languages
    week: list[dict[str, str]] = []  # this week's goals: name and "2 of 3" in both languages
    week_lines: dict[str, str] = {}  # the week's first day and the streaks, both languages
    week_targets: dict[str, str] = {}  # the targets in force, as the form shows them
    week_error: str = ""
    week_field: str = ""
    week_done: str = ""
    week_key: int = 0
    # The 26 areas in category order: key, weight as typed, the name and, on
    # a category's first area, the category's name, in both languages.
    focus: list[dict[str, str]] = []
    focus_top: list[dict[str, str]] = []  # the weighted areas, heaviest first
    focus_error: str = ""
    focus_field: str = ""
    focus_done: str = ""

    async def _show(self, me) -> None:
        views = await call_service(
            goals_overview, profile_id=me.user.id, today=today_in(me.user.timezone)
        )
        self._ids = [v.id for v in views]
        self.goals = [
            {
                "ref": str(index),
                "title": v.title,
                "status_key": v.status,
                "primary": "1" if v.is_primary else "",
                "custom": "1" if v.goal_type == CUSTOM else "",
                "percent": str(round(v.progress.percent or 0)),
                "target": as_typed(v.target_value, me.lang),
                "target_date": v.target_date.isoformat() if v.target_date else "",
                **in_both(lambda lang, view=v: goal_words(view, lang)),
            }
            for index, v in enumerate(views)
        ]
        weekly = await self._show_week(me)
        found = await call_service(
            note_achievements,
            profile_id=me.user.id,
            goals=views,
            weekly=weekly,
            today=today_in(me.user.timezone),
        )
        self.achievements = in_both(lambda lang: achievement_words(found, lang))
        self._show_focus(await call_service(focus_weights, profile_id=me.user.id))
        self.loaded = True

    def _show_focus(self, groups) -> None:
        self.focus = _area_rows(groups)
        weighted = sorted((a for g in groups for a in g.areas if a.weight), key=lambda a: -a.weight)
        self.focus_top = [
            {"percent": str(round(a.weight)), "name_de": a.name.de, "name_en": a.name.en}
            for a in weighted
        ]

    @rx.event
    async def save_focus(self, values: dict):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.focus_error = self.focus_field = self.focus_done = ""
        keys = {row["key"] for row in self.focus}
        try:
            groups = await call_service(
                set_focus_weights,
                profile_id=me.user.id,
                typed={k: str(v) for k, v in values.items() if k in keys},
            )
        except UserError as error:
            self.focus_error = user_message(error, me.lang)
            self.focus_field = error.field if error.field in keys else ""
            return None
        self._show_focus(groups)
        self.focus_done = translate("goals.focus.saved", me.lang)
        return EffortState.load

    async def _show_week(self, me) -> WeeklyOverview:
        overview = await call_service(
            weekly_overview, profile_id=me.user.id, today=today_in(me.user.timezone)
        )
        self.week = week_rows(overview)
        self.week_lines = in_both(lambda lang: streak_words(overview, lang))
        self.week_targets = {k: str(overview.targets.get(k, "")) for k in WEEKLY_KINDS}
        return overview

    @rx.event
    async def save_week(self, values: dict):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.week_error = self.week_field = self.week_done = ""
        message, at = await self._run(
            me,
            set_weekly_targets,
            targets={k: str(values.get(k, "")) for k in WEEKLY_KINDS},
            today=today_in(me.user.timezone),
        )
        self.week_error, self.week_field = message, at if at in WEEKLY_KINDS else ""
        if not message:
            self.week_done = translate("goals.weekly.saved", me.lang)
            await self._show_week(me)
            self.week_key += 1
        return None

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.error = self.error_field = self.done = ""
        await self._show(me)
        return None

    async def _run(self, me, function, **kwargs) -> tuple[str, str]:
        """Runs a service: ("", "") when done, else the message and its field."""
        try:
            await call_service(function, profile_id=me.user.id, **kwargs)
        except FeatureRefused as refused:
            return refusal_message(refused.decision, me.lang), ""
        except UserError as error:
            return user_message(error, me.lang), error.field
        return "", ""

    async def _act(self, me, function, **kwargs):
        """A goal's action: the list shown afresh, a refusal as a toast."""
        message, _ = await self._run(me, function, **kwargs)
        await self._show(me)
        return rx.toast.error(message) if message else None

    @rx.event
    async def create(self, values: dict):
        me = await signed_in(self)
        if me is None:
            return to_login()
        return await self._create(me, dict(values), replace=False)

    async def _create(self, me, values: dict, *, replace: bool):
        self.error = self.error_field = self.done = ""
        message, at = await self._run(
            me,
            create_goal,
            goal_type=str(values.get("goal_type", "")),
            title=str(values.get("title", "")),
            target_value=str(values.get("target_value", "")),
            target_date=str(values.get("target_date", "")),
            start_value=str(values.get("start_value", "")),
            primary=bool(values.get("primary")),
            replace_primary=replace,
            today=today_in(me.user.timezone),
        )
        if at == "primary":  # another goal is primary: ask before demoting it
            self.primary_ask, self._pending = message, values
            return None
        self.error, self.error_field = message, at if at in _FIELDS else ""
        if not message:
            self.done = translate("goals.created", me.lang)
            self.form_key += 1
            await self._show(me)
            return EffortState.load  # the new goal's contributions
        return None

    @rx.event
    async def ask_primary(self, ref: str):
        """Making a goal primary asks first when another one is."""
        me = await signed_in(self)
        if me is None:
            return to_login()
        index = int(ref) if str(ref).isdigit() else -1
        current = next((g for g in self.goals if g["primary"]), None)
        if not 0 <= index < len(self.goals) or current is None:
            return None  # the first goal is primary already
        self.primary_ref, self._pending = index, {}
        self.primary_ask = translate(
            "goals.primary_text", me.lang, new=self.goals[index]["title"], old=current["title"]
        )
        return None

    @rx.event
    async def replace_primary(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        pending, ref = self._pending, self.primary_ref
        self.primary_ask, self._pending, self.primary_ref = "", {}, -1
        if pending:
            return await self._create(me, pending, replace=True)
        if ref >= 0:
            return await self._act(
                me, make_primary, goal_id=self._id(str(ref)), today=today_in(me.user.timezone)
            )
        return None

    @rx.event
    def keep_primary(self):
        """The user kept the primary goal: the form keeps what was typed."""
        self.primary_ask, self._pending, self.primary_ref = "", {}, -1

    def _id(self, ref: str) -> str:
        """The goal id behind a list place; "" (found nowhere) for another."""
        index = int(ref) if str(ref).isdigit() else -1
        return self._ids[index] if 0 <= index < len(self._ids) else ""

    @rx.event
    async def change(self, ref: str, status: str):
        me = await signed_in(self)
        if me is None:
            return to_login()
        return await self._act(
            me, set_status, goal_id=self._id(ref), status=status, today=today_in(me.user.timezone)
        )

    @rx.event
    async def log(self, values: dict):
        me = await signed_in(self)
        if me is None:
            return to_login()
        today = today_in(me.user.timezone)
        return await self._act(
            me,
            log_progress,
            goal_id=self._id(str(values.get("ref", ""))),
            value=str(values.get("value", "")),
            day=today,
            today=today,
        )

    @rx.event
    async def ask_edit(self, ref: str):
        me = await signed_in(self)
        if me is None:
            return to_login()
        index = int(ref) if str(ref).isdigit() else -1
        if 0 <= index < len(self.goals):
            row = self.goals[index]
            self.edit_goal = {k: row[k] for k in ("title", "target", "target_date")}
            self.edit_shares = _area_rows(
                await call_service(goal_contributions, profile_id=me.user.id, goal_id=self._id(ref))
            )
            self.edit_ref, self.edit_error, self.edit_field = index, "", ""
        return None

    @rx.event
    def close_edit(self, open_: bool = False):
        if not open_:
            self.edit_ref = -1

    @rx.event
    async def save_edit(self, values: dict):
        me = await signed_in(self)
        if me is None:
            return to_login()
        message, at = await self._run(
            me,
            update_goal,
            goal_id=self._id(str(self.edit_ref)),
            title=str(values.get("edit_title", "")),
            target_value=str(values.get("edit_target_value", "")),
            target_date=str(values.get("edit_target_date", "")),
            today=today_in(me.user.timezone),
            contributions={
                row["key"]: str(values.get(f"share_{row['key']}", "")) for row in self.edit_shares
            },
        )
        areas = {row["key"] for row in self.edit_shares}
        field = (
            f"share_{at}" if at in areas else SHARE_TOTAL if at == "focus_total" else f"edit_{at}"
        )
        self.edit_error = message
        self.edit_field = (
            field if field in _EDIT_FIELDS or at in areas or field == SHARE_TOTAL else ""
        )
        if not message:
            self.edit_ref = -1
            await self._show(me)
        return None

    @rx.event
    def ask_delete(self, ref: str):
        self.delete_ref = int(ref) if str(ref).isdigit() else -1

    @rx.event
    def keep(self):
        self.delete_ref = -1

    @rx.event
    async def delete(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        goal_id, self.delete_ref = self._id(str(self.delete_ref)), -1
        message, _ = await self._run(me, delete_goal, goal_id=goal_id)
        await self._show(me)
        if message:
            return rx.toast.error(message)
        return rx.toast.success(translate("goals.deleted", me.lang))


S = GoalsState


def _checked(name: str, component: rx.Component) -> rx.Component:
    return checked(name, component, S.error_field, S.error)


def _new_goal() -> rx.Component:
    return rx.card(
        rx.heading(t("goals.new"), size="4", as_="h2", margin_bottom="0.75rem"),
        form(
            _checked(
                "goal_type",
                rx.vstack(
                    select_field(
                        t("goals.type"),
                        "goal_type",
                        [(kind.key, shown(kind.name)) for kind in goal_types()],
                        custom_attrs=invalid_attrs("goal_type", S.error_field),
                    ),
                    rx.text(t("goals.type_hint"), size="2", color_scheme="gray"),
                    spacing="1",
                    width="100%",
                ),
            ),
            _checked(
                "title",
                field(
                    t("goals.name"),
                    "title",
                    limit=TITLE_MAX,
                    required=True,
                    custom_attrs=invalid_attrs("title", S.error_field),
                ),
            ),
            _checked(
                "target_value",
                field(
                    t("goals.target"),
                    "target_value",
                    input_mode="decimal",
                    required=True,
                    custom_attrs=invalid_attrs("target_value", S.error_field),
                ),
            ),
            _checked(
                "target_date",
                field(
                    t("goals.target_date"),
                    "target_date",
                    type="date",
                    custom_attrs=invalid_attrs("target_date", S.error_field),
                ),
            ),
            _checked(
                "start_value",
                field(
                    t("goals.start_value"),
                    "start_value",
                    input_mode="decimal",
                    custom_attrs=invalid_attrs("start_value", S.error_field),
                ),
            ),
            rx.hstack(
                rx.el.input(
                    type="checkbox",
                    id="field-primary",
                    name="primary",
                    style={"width": "1.25rem", "height": "1.25rem"},
                ),
                rx.el.label(t("goals.primary"), html_for="field-primary"),
                align="center",
                spacing="2",
                min_height="44px",
            ),
            success_callout(S.done),
            rx.cond(S.error_field == "", error_callout(S.error), rx.fragment()),
            submit=t("goals.create"),
            busy=False,
            on_submit=S.create,
            key=S.form_key,
        ),
        width="100%",
    )


def _action(label_key: str, on_click) -> rx.Component:
    return rx.button(t(label_key), on_click=on_click, variant="soft", high_contrast=True, size="2")


def _log_form(goal: rx.Var) -> rx.Component:
    input_id = "log-" + goal["ref"]
    return rx.form(
        rx.el.input(type="hidden", name="ref", value=goal["ref"]),
        rx.hstack(
            rx.vstack(
                rx.el.label(t("goals.log_value"), html_for=input_id, style={"font_weight": "500"}),
                rx.input(id=input_id, name="value", input_mode="decimal", required=True, size="3"),
                spacing="1",
            ),
            rx.button(t("goals.log"), type="submit", size="3"),
            align="end",
            spacing="2",
            wrap="wrap",
        ),
        on_submit=S.log,
        reset_on_submit=True,
    )


def _goal(goal: rx.Var) -> rx.Component:
    status = goal["status_key"]
    line = lambda key: rx.cond(  # noqa: E731
        in_language(goal, key) != "", rx.text(in_language(goal, key), size="2"), rx.fragment()
    )
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.heading(goal["title"], size="4", as_="h3"),
                rx.cond(
                    goal["primary"] != "",
                    rx.badge(t("goals.primary_badge"), color_scheme="green", high_contrast=True),
                    rx.fragment(),
                ),
                rx.badge(in_language(goal, "status"), variant="outline", high_contrast=True),
                wrap="wrap",
                align="center",
                spacing="2",
            ),
            rx.text(in_language(goal, "type"), " · ", in_language(goal, "from_to"), size="2"),
            rx.progress(
                value=goal["percent"].to(int),
                max=100,
                aria_label=t("goals.progress_label"),
                width="100%",
            ),
            rx.text(
                goal["percent"], " % · ", in_language(goal, "verdict"), weight="bold", size="3"
            ),
            line("current"),
            line("rate"),
            line("projected"),
            line("by"),
            rx.cond((goal["custom"] != "") & (status == ACTIVE), _log_form(goal), rx.fragment()),
            rx.hstack(
                rx.match(
                    status,
                    (
                        ACTIVE,
                        rx.fragment(
                            _action("goals.pause", S.change(goal["ref"], PAUSED)),
                            _action("goals.complete", S.change(goal["ref"], COMPLETED)),
                        ),
                    ),
                    (PAUSED, _action("goals.resume", S.change(goal["ref"], ACTIVE))),
                    (COMPLETED, _action("goals.reopen", S.change(goal["ref"], ACTIVE))),
                    rx.fragment(),
                ),
                rx.cond(
                    goal["primary"] == "",
                    _action("goals.make_primary", S.ask_primary(goal["ref"])),
                    rx.fragment(),
                ),
                _action("goals.edit", S.ask_edit(goal["ref"])),
                rx.button(
                    t("goals.delete"),
                    on_click=S.ask_delete(goal["ref"]),
                    variant="soft",
                    color_scheme="red",
                    high_contrast=True,
                    size="2",
                ),
                wrap="wrap",
                spacing="2",
            ),
            spacing="2",
            width="100%",
        ),
        width="100%",
        class_name="goal",
    )


def _list() -> rx.Component:
    return rx.vstack(
        rx.cond(
            S.loaded & (S.goals.length() == 0),
            rx.text(t("goals.empty"), color_scheme="gray"),
            rx.fragment(),
        ),
        rx.foreach(S.goals, _goal),
        spacing="3",
        width="100%",
        id="goal-list",
    )


def _edit_field(label_key: str, name: str, **props) -> rx.Component:
    return checked(
        name,
        field(t(label_key), name, custom_attrs=invalid_attrs(name, S.edit_field), **props),
        S.edit_field,
        S.edit_error,
    )


def _edit_dialog() -> rx.Component:
    """The edited goal's title, target and date; the start stays."""
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title(t("goals.edit_title")),
            rx.dialog.description(t("goals.edit_text"), size="2", margin_bottom="0.75rem"),
            form(
                _edit_field(
                    "goals.name",
                    "edit_title",
                    limit=TITLE_MAX,
                    required=True,
                    default_value=S.edit_goal["title"],
                ),
                _edit_field(
                    "goals.target",
                    "edit_target_value",
                    input_mode="decimal",
                    required=True,
                    default_value=S.edit_goal["target"],
                ),
                _edit_field(
                    "goals.target_date",
                    "edit_target_date",
                    type="date",
                    default_value=S.edit_goal["target_date"],
                ),
                rx.el.details(
                    rx.el.summary(
                        t("goals.contributions"), style={"cursor": "pointer", "min_height": "44px"}
                    ),
                    rx.text(t("goals.focus.hint"), size="2", color_scheme="gray"),
                    rx.foreach(
                        S.edit_shares,
                        lambda row: area_input(row, "share_", S.edit_field, S.edit_error),
                    ),
                    id="goal-contributions",
                    width="100%",
                ),
                field_error(SHARE_TOTAL, S.edit_field, S.edit_error),
                rx.cond(S.edit_field == "", error_callout(S.edit_error), rx.fragment()),
                submit=t("goals.save"),
                busy=False,
                on_submit=S.save_edit,
            ),
            rx.dialog.close(
                rx.button(
                    t("common.cancel"),
                    variant="soft",
                    color_scheme="gray",
                    high_contrast=True,
                    size="3",
                    width="100%",
                    margin_top="0.75rem",
                )
            ),
            max_width="28rem",
        ),
        open=S.edit_ref >= 0,
        on_open_change=S.close_edit,
    )


def _week_field(kind: str) -> rx.Component:
    return checked(
        kind,
        field(
            t(f"goals.weekly.kind.{kind}"),
            kind,
            input_mode="numeric",
            default_value=S.week_targets[kind],
            custom_attrs=invalid_attrs(kind, S.week_field),
        ),
        S.week_field,
        S.week_error,
    )


def _week() -> rx.Component:
    """This week's goals, the streaks, and the weekly targets' form."""
    return rx.card(
        rx.vstack(
            rx.heading(t("goals.weekly.heading"), size="4", as_="h2"),
            rx.text(in_language(S.week_lines, "since"), size="2", color_scheme="gray"),
            rx.cond(
                S.week.length() > 0,
                rx.vstack(rx.foreach(S.week, week_goal), spacing="2", width="100%"),
                rx.text(t("goals.weekly.none"), size="2", color_scheme="gray"),
            ),
            rx.text(in_language(S.week_lines, "weeks_met"), size="2", id="streak-weeks"),
            rx.text(in_language(S.week_lines, "logged_days"), size="2", id="streak-days"),
            rx.cond(
                S.achievements["new_en"] != "",
                rx.callout(
                    in_language(S.achievements, "new"),
                    icon="award",
                    color_scheme="green",
                    size="1",
                    role="status",
                    id="achievements-new",
                ),
                rx.fragment(),
            ),
            rx.cond(
                S.achievements["earned_en"] != "",
                rx.text(in_language(S.achievements, "earned"), size="2", id="achievements"),
                rx.fragment(),
            ),
            rx.text(t("goals.weekly.window"), size="1", color_scheme="gray"),
            rx.heading(t("goals.weekly.set"), size="3", as_="h3", margin_top="0.5rem"),
            rx.text(t("goals.weekly.hint"), size="2", color_scheme="gray"),
            form(
                rx.grid(
                    *[_week_field(kind) for kind in WEEKLY_KINDS],
                    columns=rx.breakpoints(initial="1", sm="2"),
                    spacing="3",
                    width="100%",
                ),
                success_callout(S.week_done),
                rx.cond(S.week_field == "", error_callout(S.week_error), rx.fragment()),
                submit=t("goals.weekly.save"),
                busy=False,
                on_submit=S.save_week,
                key=S.week_key,
            ),
            spacing="2",
            width="100%",
        ),
        width="100%",
        id="week-goals",
    )


def _focus_share(row: rx.Var) -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.text(in_language(row, "name"), size="2"),
            rx.text(row["percent"], " %", size="2"),
            justify="between",
            width="100%",
        ),
        rx.progress(value=row["percent"].to(int), max=100, aria_label=in_language(row, "name")),
        spacing="1",
        width="100%",
    )


def _focus() -> rx.Component:
    """Where the weights go, and the weights by category (folded away)."""
    return rx.card(
        rx.vstack(
            rx.heading(t("goals.focus.heading"), size="4", as_="h2"),
            rx.cond(
                S.focus_top.length() > 0,
                rx.vstack(rx.foreach(S.focus_top, _focus_share), spacing="2", width="100%"),
                rx.text(t("goals.focus.none"), size="2", color_scheme="gray"),
            ),
            rx.el.details(
                rx.el.summary(
                    t("goals.focus.edit"), style={"cursor": "pointer", "min_height": "44px"}
                ),
                rx.text(t("goals.focus.hint"), size="2", color_scheme="gray"),
                form(
                    rx.foreach(
                        S.focus, lambda row: area_input(row, "", S.focus_field, S.focus_error)
                    ),
                    success_callout(S.focus_done),
                    rx.cond(S.focus_field == "", error_callout(S.focus_error), rx.fragment()),
                    submit=t("goals.focus.save"),
                    busy=False,
                    on_submit=S.save_focus,
                ),
                id="focus-form",
            ),
            spacing="2",
            width="100%",
        ),
        width="100%",
        id="focus-areas",
    )


@page(route=GOALS, title_key="nav.goals", on_load=S.load, checks_session=True)
def goals_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("goals.heading"), size="7", as_="h1"),
        rx.link(t("goals.fitness.heading"), href=FITNESS),
        _list(),
        _week(),
        phases_section(),
        _focus(),
        effort_section(),
        _new_goal(),
        csv_download("goals"),
        _edit_dialog(),
        confirm_dialog(
            title=t("goals.primary_title"),
            text=S.primary_ask,
            confirm=t("goals.primary_replace"),
            on_confirm=S.replace_primary,
            on_cancel=S.keep_primary,
            open=S.primary_ask != "",
        ),
        confirm_dialog(
            title=t("goals.delete_title"),
            text=t("goals.delete_text"),
            confirm=t("goals.delete"),
            on_confirm=S.delete,
            on_cancel=S.keep,
            open=S.delete_ref >= 0,
            danger=True,
        ),
        spacing="4",
        width="100%",
        max_width="56rem",
    )
