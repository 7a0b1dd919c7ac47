"""Form pieces: every input has a visible label tied to it, and a `name`."""

from __future__ import annotations

import reflex as rx

from mitai_app.accounts.consts import BROWSER_ZONE_JS
from mitai_app.core.i18n import translate
from mitai_app.core.text import Text
from mitai_app.ui.session import shown, t


def limit_hint(limit: int) -> rx.Var:
    """ "Up to 500 characters": said at a free-text field instead of a
    maxlength that cuts silently; the server refuses more (core.errors.checked_text)."""
    return shown(Text.composed(lambda lang: translate("form.max_chars", lang, limit=limit)))


def field(
    label: rx.Var | str,
    name: str,
    *,
    type: str = "text",
    hint: rx.Var | str | None = None,
    limit: int | None = None,
    **props,
) -> rx.Component:
    """A labelled input; `limit` shows the text's length limit under the
    hint, if there is one."""
    input_id = f"field-{name}"
    hints = [hint, None if limit is None else limit_hint(limit)]
    hint_text = [rx.text(text, size="2", color_scheme="gray") for text in hints if text is not None]
    return rx.vstack(
        rx.el.label(label, html_for=input_id, style={"font_weight": "500"}),
        rx.input(id=input_id, name=name, type=type, width="100%", size="3", **props),
        *hint_text,
        spacing="1",
        width="100%",
    )


def new_password_fields(
    label: rx.Var | str, name: str, repeat_name: str
) -> tuple[rx.Component, rx.Component]:
    """A new password and its repetition, with the rules shown under it. No
    maxlength: a browser would cut a longer pasted password silently, so the
    account would get one its owner never typed; the server refuses more
    than 128 characters with its own message (accounts.passwords)."""
    return (
        field(
            label,
            name,
            type="password",
            auto_complete="new-password",
            hint=t("auth.password_hint"),
            required=True,
            min_length=8,
        ),
        field(
            t("auth.repeat_password"),
            repeat_name,
            type="password",
            auto_complete="new-password",
            required=True,
        ),
    )


def select_field(
    label: rx.Var | str,
    name: str,
    options: list[tuple[str, rx.Var | str]],
    **props,
) -> rx.Component:
    """A native <select>: labelled, keyboard-friendly, and a phone's own picker."""
    select_id = f"field-{name}"
    return rx.vstack(
        rx.el.label(label, html_for=select_id, style={"font_weight": "500"}),
        rx.el.select(
            *[rx.el.option(text, value=value) for value, text in options],
            id=select_id,
            name=name,
            class_name="rt-reset rt-SelectTrigger rt-r-size-3 rt-variant-surface",
            style={"width": "100%"},
            **props,
        ),
        spacing="1",
        width="100%",
    )


def field_error(name: str, error_field: rx.Var, error: rx.Var) -> rx.Component:
    """`error` under the field `name` while `error_field` names it."""
    return rx.cond(
        error_field == name,
        rx.text(
            error,
            id=f"error-{name}",
            role="alert",
            size="2",
            color_scheme="red",
            weight="medium",
        ),
        rx.fragment(),
    )


def invalid_attrs(name: str, error_field: rx.Var) -> dict:
    """aria-invalid and the link to the message, for the input `name`."""
    return {
        "aria-invalid": rx.cond(error_field == name, "true", "false"),
        "aria-describedby": rx.cond(error_field == name, f"error-{name}", ""),
    }


def with_field_error(
    component: rx.Component, name: str, error_field: rx.Var, error: rx.Var
) -> rx.Component:
    """A field with its error message underneath."""
    return rx.vstack(component, field_error(name, error_field, error), spacing="1", width="100%")


def switch_field(label: rx.Var | str, name: str, checked: rx.Var, on_change) -> rx.Component:
    """An on/off setting with its visible label (the admin pages' switches)."""
    return rx.hstack(
        rx.switch(id=f"field-{name}", name=name, checked=checked, on_change=on_change, size="3"),
        rx.el.label(label, html_for=f"field-{name}", style={"font_weight": "500"}),
        spacing="3",
        align="center",
    )


def error_callout(message: rx.Var) -> rx.Component:
    return rx.cond(
        message != "",
        rx.callout(message, icon="triangle_alert", color_scheme="red", role="alert", width="100%"),
        rx.fragment(),
    )


def success_callout(message: rx.Var) -> rx.Component:
    return rx.cond(
        message != "",
        # Radix's green text misses 4.5:1 on its tint; high contrast passes (axe).
        rx.callout(
            message,
            icon="circle_check",
            color_scheme="green",
            high_contrast=True,
            role="status",
            width="100%",
        ),
        rx.fragment(),
    )


def submit_button(label: rx.Var | str, busy: rx.Var, **props) -> rx.Component:
    return rx.button(label, type="submit", loading=busy, size="3", width="100%", **props)


def form(
    *fields: rx.Component,
    submit: rx.Var | str,
    busy: rx.Var,
    on_submit,
    secret: bool = False,
    **props,
) -> rx.Component:
    """Fields stacked above their submit button; Enter submits.

    A `secret` form (one with a password) cannot be sent until the page is
    live: before React takes over the pre-rendered page, the browser itself
    would send the form as a GET, putting the password in the address bar,
    the history and the server's log. A disabled default button also stops
    Enter from sending it."""
    button = (
        submit_button(submit, busy, disabled=~rx.State.is_hydrated)
        if secret
        else submit_button(submit, busy)
    )
    return rx.form(
        rx.vstack(*fields, button, spacing="4", width="100%"),
        on_submit=on_submit,
        width="100%",
        **props,
    )


def browser_zone_field(name: str = "timezone") -> rx.Component:
    """A hidden input carrying the browser's IANA time zone with the form.
    Filled in the browser when it mounts, so it is there before any submit
    (an answer to a separate server event could arrive after it)."""
    field_id = f"field-{name}"
    return rx.el.input(
        type="hidden",
        name=name,
        id=field_id,
        default_value="",
        on_mount=rx.call_script(f"document.getElementById('{field_id}').value = {BROWSER_ZONE_JS}"),
    )
