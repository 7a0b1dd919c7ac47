"""Today's meals: each slot (the four and the profile's own) with its
entries, copying a meal or a day from an earlier date, and the profile's
own slots (add, rename, delete when empty)."""

from __future__ import annotations

import reflex as rx

from mitai_app.nutrition.consts import SLOT_NAME_MAX
from mitai_app.nutrition.pages.fields import card, checked_field, form_error
from mitai_app.nutrition.pages.food_list import food_delete_dialog
from mitai_app.nutrition.pages.today_state import NutritionState
from mitai_app.ui.dialogs import confirm_dialog
from mitai_app.ui.forms import error_callout, limit_hint, submit_button, success_callout
from mitai_app.ui.session import in_language, t


def _entry_line(entry: rx.Var) -> rx.Component:
    return rx.el.li(
        rx.hstack(
            rx.vstack(
                rx.text(entry["name"], weight="medium"),
                rx.text(in_language(entry, "amount"), size="2", color_scheme="gray"),
                spacing="0",
            ),
            rx.hstack(
                rx.text(in_language(entry, "kcal")),
                rx.icon_button(
                    rx.icon("trash-2", aria_hidden="true"),
                    on_click=NutritionState.ask_delete(entry["id"]),
                    variant="ghost",
                    color_scheme="red",
                    aria_label=t("nutrition.delete_entry"),
                ),
                align="center",
            ),
            justify="between",
            width="100%",
        ),
        list_style="none",
    )


def _meal(slot: rx.Var) -> rx.Component:
    entries = NutritionState.meals.to(list[dict[str, str]])
    return rx.vstack(
        rx.hstack(
            rx.heading(in_language(slot, "name"), size="3", as_="h3"),
            rx.button(
                t("nutrition.copy_yesterday"),
                on_click=NutritionState.copy_yesterday(slot["key"]),
                variant="ghost",
                size="1",
                aria_label=in_language(slot, "copy"),
            ),
            justify="between",
            width="100%",
            align="center",
        ),
        rx.el.ul(
            rx.foreach(
                entries,
                lambda entry: rx.cond(
                    entry["slot"] == slot["key"], _entry_line(entry), rx.fragment()
                ),
            ),
            aria_label=in_language(slot, "name"),
            style={"padding": 0, "margin": 0, "width": "100%"},
        ),
        spacing="1",
        width="100%",
    )


def _copy_form() -> rx.Component:
    """Copy a meal or the whole day from an earlier date onto the day shown."""
    state = NutritionState
    return rx.el.details(
        rx.el.summary(
            rx.heading(t("nutrition.copy_form"), size="3", as_="h3", display="inline"),
            cursor="pointer",
        ),
        rx.form(
            rx.vstack(
                rx.grid(
                    checked_field(
                        NutritionState,
                        "copy",
                        "from_day",
                        "nutrition.copy_from",
                        type="date",
                        default_value=state.previous_day,
                        max=state.day,
                        required=True,
                    ),
                    rx.vstack(
                        rx.el.label(
                            t("nutrition.copy_what"),
                            html_for="field-copy_slot",
                            style={"font_weight": "500"},
                        ),
                        rx.el.select(
                            rx.el.option(t("nutrition.copy_whole_day"), value="day"),
                            rx.foreach(
                                state.slots,
                                lambda slot: rx.el.option(
                                    in_language(slot, "name"), value=slot["key"]
                                ),
                            ),
                            id="field-copy_slot",
                            name="copy_slot",
                            class_name="rt-reset rt-SelectTrigger rt-r-size-3 rt-variant-surface",
                            style={"width": "100%"},
                        ),
                        spacing="1",
                        width="100%",
                    ),
                    columns="2",
                    gap="3",
                    width="100%",
                ),
                submit_button(t("nutrition.copy"), busy=False),
                form_error(NutritionState, "copy"),
                success_callout(state.done["copy"]),
                spacing="3",
                width="100%",
                padding_top="0.75rem",
            ),
            on_submit=NutritionState.copy_from,
            key=state.day,
            width="100%",
        ),
        width="100%",
    )


OWN_SLOTS_HINT = "own-slots-hint"


def _own_slot_line(slot: rx.Var) -> rx.Component:
    """Rename (a small form of its own) or delete one of the profile's slots;
    a refusal of either is said on this line."""
    state = NutritionState
    refused = state.error_fields["own_slot"] == slot["key"]
    error_id = "error-slot-" + slot["key"]
    return rx.el.li(
        rx.form(
            rx.hstack(
                rx.el.input(type="hidden", name="slot_key", value=slot["key"]),
                rx.input(
                    name="slot_name",
                    default_value=slot["name_en"],
                    aria_label=in_language(slot, "rename"),
                    aria_describedby=rx.cond(
                        refused, error_id + " " + OWN_SLOTS_HINT, OWN_SLOTS_HINT
                    ),
                    aria_invalid=rx.cond(refused, "true", "false"),
                    size="3",
                    flex="1",
                ),
                rx.button(t("nutrition.rename_slot"), type="submit", variant="soft", size="3"),
                rx.icon_button(
                    rx.icon("trash-2", aria_hidden="true"),
                    type="button",
                    on_click=state.delete_slot(slot["key"]),
                    variant="ghost",
                    color_scheme="red",
                    size="3",
                    aria_label=in_language(slot, "delete"),
                ),
                align="center",
                width="100%",
            ),
            rx.cond(
                refused,
                rx.text(
                    state.errors["own_slot"],
                    id=error_id,
                    role="alert",
                    size="2",
                    color_scheme="red",
                    weight="medium",
                ),
            ),
            on_submit=state.rename_slot,
            key=slot["key"] + state.form_keys["slots"].to_string(),
            width="100%",
        ),
        list_style="none",
    )


def _own_slots() -> rx.Component:
    """The profile's own meal slots: add, rename, delete (when empty)."""
    state = NutritionState
    return rx.el.details(
        rx.el.summary(
            rx.heading(t("nutrition.own_slots"), size="3", as_="h3", display="inline"),
            cursor="pointer",
        ),
        rx.vstack(
            # The rename boxes have no room for a hint of their own: the
            # section's says the limit the server holds them to.
            rx.text(
                t("nutrition.own_slots_hint"),
                " ",
                limit_hint(SLOT_NAME_MAX),
                ".",
                id=OWN_SLOTS_HINT,
                size="2",
                color_scheme="gray",
            ),
            rx.el.ul(
                rx.foreach(
                    state.slots,
                    lambda slot: rx.cond(slot["own"] != "", _own_slot_line(slot), rx.fragment()),
                ),
                aria_label=t("nutrition.own_slots"),
                style={"padding": 0, "margin": 0, "width": "100%"},
            ),
            form_error(state, "own_slot"),
            success_callout(state.done["own_slot"]),
            rx.form(
                rx.hstack(
                    rx.box(
                        checked_field(
                            state,
                            "slots",
                            "slot_name",
                            "nutrition.slot_name",
                            limit=SLOT_NAME_MAX,
                        ),
                        flex="1",
                    ),
                    rx.button(
                        t("nutrition.add_slot"),
                        type="submit",
                        variant="soft",
                        size="3",
                        margin_top="1.6rem",
                    ),
                    align="start",
                    width="100%",
                ),
                on_submit=state.add_slot,
                key=state.form_keys["slots"].to_string(),
                width="100%",
            ),
            form_error(state, "slots"),
            success_callout(state.done["slots"]),
            spacing="3",
            width="100%",
            padding_top="0.75rem",
        ),
        width="100%",
    )


def meals_card() -> rx.Component:
    state = NutritionState
    return card(
        "nutrition.meals",
        success_callout(state.done["day"]),
        error_callout(state.errors["day"]),
        rx.cond(
            state.meals.length() == 0,
            rx.text(t("nutrition.empty_day"), color_scheme="gray"),
            rx.fragment(),
        ),
        rx.foreach(state.slots, _meal),
        _copy_form(),
        _own_slots(),
        confirm_dialog(
            title=t("nutrition.delete_entry"),
            text=t("nutrition.delete_entry_text"),
            confirm=t("nutrition.delete"),
            on_confirm=NutritionState.delete_entry,
            on_cancel=NutritionState.keep_entry,
            open=state.delete_open,
            danger=True,
        ),
        food_delete_dialog(NutritionState),
    )
