"""Today's "add a food": the barcode (typed or scanned), the search, the
favourites and recent foods, and the chosen food's amount and meal."""

from __future__ import annotations

import reflex as rx

from mitai_app.nutrition.pages.fields import card, checked_field, form_error
from mitai_app.nutrition.pages.food_list import food_search
from mitai_app.nutrition.pages.scanner import barcode_scanner
from mitai_app.nutrition.pages.today_state import NutritionState
from mitai_app.ui.forms import (
    field,
    field_error,
    invalid_attrs,
    select_field,
    submit_button,
    success_callout,
)
from mitai_app.ui.session import in_language, t


def _unit_options() -> list[tuple[str, rx.Var]]:
    return [
        ("g", t("nutrition.unit.g")),
        ("ml", t("nutrition.unit.ml")),
        ("serving", t("nutrition.unit.serving")),
        ("oz", t("nutrition.unit.oz")),
        ("fl_oz", t("nutrition.unit.fl_oz")),
    ]


def _entry_form() -> rx.Component:
    state = NutritionState
    return rx.form(
        rx.vstack(
            rx.hstack(
                rx.text(t("nutrition.chosen"), color_scheme="gray"),
                rx.text(in_language(state.chosen, "name"), weight="bold"),
                rx.button(
                    t("common.cancel"),
                    type="button",
                    variant="ghost",
                    on_click=NutritionState.unchoose,
                ),
                wrap="wrap",
                align="center",
            ),
            rx.cond(
                state.chosen["warning"] != "",
                rx.text(t("nutrition.warning_4_4_9"), size="2", color_scheme="orange"),
                rx.fragment(),
            ),
            rx.grid(
                checked_field(
                    NutritionState,
                    "entry",
                    "amount",
                    "nutrition.amount",
                    input_mode="decimal",
                    default_value=rx.cond(state.chosen["serving"] != "", "1", "100"),
                ),
                rx.vstack(
                    select_field(
                        t("nutrition.unit"),
                        "unit",
                        _unit_options(),
                        default_value=rx.cond(
                            state.chosen["serving"] != "",
                            "serving",
                            rx.cond(
                                state.imperial,
                                rx.cond(state.chosen["basis"] == "ml", "fl_oz", "oz"),
                                state.chosen["basis"],
                            ),
                        ),
                    ),
                    field_error("unit", state.error_fields["entry"], state.errors["entry"]),
                    width="100%",
                ),
                columns="2",
                gap="3",
                width="100%",
            ),
            rx.cond(
                state.recipe_open,
                submit_button(t("nutrition.add_to_recipe"), busy=False),
                rx.vstack(
                    _slot_select(),
                    submit_button(t("nutrition.add"), busy=False),
                    spacing="3",
                    width="100%",
                ),
            ),
            form_error(NutritionState, "entry"),
            spacing="3",
            width="100%",
        ),
        on_submit=NutritionState.add_entry,
        key=state.form_keys["entry"].to_string() + state.chosen["id"],
        width="100%",
    )


def _slot_select() -> rx.Component:
    """The meal to add to: the four and the profile's own."""
    return rx.vstack(
        rx.el.label(t("nutrition.meal"), html_for="field-slot", style={"font_weight": "500"}),
        rx.el.select(
            rx.foreach(
                NutritionState.slots,
                lambda slot: rx.el.option(in_language(slot, "name"), value=slot["key"]),
            ),
            id="field-slot",
            name="slot",
            class_name="rt-reset rt-SelectTrigger rt-r-size-3 rt-variant-surface",
            style={"width": "100%"},
        ),
        field_error("slot", NutritionState.error_fields["entry"], NutritionState.errors["entry"]),
        spacing="1",
        width="100%",
    )


def _barcode_form() -> rx.Component:
    state = NutritionState
    return rx.form(
        rx.hstack(
            rx.box(
                field(
                    t("nutrition.barcode"),
                    "scan_barcode",
                    input_mode="numeric",
                    auto_complete="off",
                    hint=t("nutrition.barcode_hint"),
                    **invalid_attrs("scan_barcode", state.error_fields["entry"]),
                ),
                field_error("scan_barcode", state.error_fields["entry"], state.errors["entry"]),
                flex="1",
            ),
            rx.button(
                t("nutrition.look_up"),
                type="submit",
                loading=state.looking_up,
                size="3",
                variant="soft",
                margin_top="1.6rem",
            ),
            rx.icon_button(
                rx.icon(rx.cond(state.scanning, "camera-off", "camera"), aria_hidden="true"),
                type="button",
                on_click=NutritionState.toggle_scanning,
                size="3",
                variant="soft",
                margin_top="1.6rem",
                aria_label=t("nutrition.scan"),
                aria_pressed=rx.cond(state.scanning, "true", "false"),
            ),
            align="start",
            width="100%",
        ),
        rx.cond(
            state.scanning,
            barcode_scanner(
                label=t("nutrition.scanner_label"),
                on_detected=NutritionState.detected,
                on_error=NutritionState.camera_failed,
            ),
            rx.fragment(),
        ),
        on_submit=NutritionState.look_up,
        width="100%",
    )


def add_card() -> rx.Component:
    state = NutritionState
    return card(
        "nutrition.add_food",
        success_callout(state.done["entry"]),
        rx.cond(
            state.chosen.length() > 0,
            _entry_form(),
            rx.vstack(
                _barcode_form(),
                rx.cond(
                    state.lookup_message != "",
                    rx.callout(
                        state.lookup_message,
                        icon="info",
                        role="status",
                        high_contrast=True,
                        width="100%",
                    ),
                    rx.fragment(),
                ),
                food_search(state),
                width="100%",
            ),
        ),
    )
