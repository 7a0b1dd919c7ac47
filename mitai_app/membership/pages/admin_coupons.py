"""Administration: coupons. Create one (code, plan, days, optional maximum
uses and validity window), switch it off or on again, see who redeemed it.

Every handler asks the server first whether the caller is an admin.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import reflex as rx

from mitai_app.accounts.models import TIERS
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import format_datetime
from mitai_app.core.i18n import translate
from mitai_app.membership import admin as admin_service
from mitai_app.membership import consts
from mitai_app.ui.admin import signed_in_admin
from mitai_app.ui.admin_nav import admin_page_body
from mitai_app.ui.forms import error_callout, field, form
from mitai_app.ui.layout import page
from mitai_app.ui.session import SignedIn, call_service, t


@dataclass
class CouponView:
    id: str
    code: str
    tier_id: str
    days: str
    uses: str  # "2 / 10" or "2 / ∞"
    window: str  # "" when always valid
    is_active: bool


@dataclass
class RedemptionView:
    email: str
    when: str


def _day_start(text: str, timezone: str, *, next_day: bool = False) -> datetime | None:
    """A typed date as the UTC moment its day starts (or ends) in the admin's zone."""
    if not text:
        return None
    day = date.fromisoformat(text) + timedelta(days=1 if next_day else 0)
    return datetime.combine(day, time.min, tzinfo=ZoneInfo(timezone)).astimezone(UTC)


class AdminCouponsState(rx.State):
    coupons: list[CouponView] = []
    error: str = ""
    form_key: int = 0
    redemptions_of: str = ""  # the coupon whose redemptions are shown
    redemptions: list[RedemptionView] = []

    async def _reload(self, me: SignedIn) -> None:
        rows = await call_service(admin_service.list_coupons, admin_id=me.user.id)
        lang = me.lang

        def moment(value: datetime | None) -> str:
            return format_datetime(value, lang, me.user.timezone) if value else "…"

        self.coupons = [
            CouponView(
                id=row.id,
                code=row.code,
                tier_id=row.tier_id,
                days=str(row.duration_days or ""),
                uses=f"{row.current_uses} / {row.max_uses if row.max_uses else '∞'}",
                window=(
                    f"{moment(row.valid_from)} – {moment(row.valid_until)}"
                    if row.valid_from or row.valid_until
                    else ""
                ),
                is_active=row.is_active,
            )
            for row in rows
        ]

    @rx.event
    async def load(self):
        self.error, self.redemptions_of, self.redemptions = "", "", []
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        await self._reload(me)

    @rx.event
    async def create(self, form: dict):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        lang = me.lang
        try:
            valid_from = _day_start(str(form.get("valid_from", "")), me.user.timezone)
            valid_until = _day_start(
                str(form.get("valid_until", "")), me.user.timezone, next_day=True
            )
        except ValueError:
            self.error = translate("membership.error.window_invalid", lang)
            return
        try:
            created = await call_service(
                admin_service.create_coupon,
                admin_id=me.user.id,
                code=str(form.get("code", "")),
                tier_id=str(form.get("tier_id", "")),
                duration_days=str(form.get("duration_days", "")),
                max_uses=str(form.get("max_uses", "")),
                valid_from=valid_from,
                valid_until=valid_until,
            )
        except UserError as error:
            self.error = user_message(error, lang)
            return
        self.error = ""
        self.form_key += 1
        await self._reload(me)
        return rx.toast.success(
            translate("membership.admin.coupon_created", lang, code=created.code)
        )

    @rx.event
    async def set_active(self, coupon_id: str, active: bool):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        lang = me.lang
        try:
            row = await call_service(
                admin_service.set_coupon_active,
                admin_id=me.user.id,
                coupon_id=coupon_id,
                active=bool(active),
            )
        except UserError as error:
            return rx.toast.error(user_message(error, lang))
        await self._reload(me)
        key = "membership.admin.coupon_on" if row.is_active else "membership.admin.coupon_off"
        return rx.toast.success(translate(key, lang, code=row.code))

    @rx.event
    async def show_redemptions(self, coupon_id: str):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        if self.redemptions_of == coupon_id:
            self.redemptions_of, self.redemptions = "", []
            return
        lang = me.lang
        try:
            rows = await call_service(
                admin_service.coupon_redemptions, admin_id=me.user.id, coupon_id=coupon_id
            )
        except UserError as error:
            return rx.toast.error(user_message(error, lang))
        self.redemptions_of = coupon_id
        self.redemptions = [
            RedemptionView(
                email=row.email,
                when=format_datetime(row.redeemed_at, lang, me.user.timezone)
                if row.redeemed_at
                else "",
            )
            for row in rows
        ]


def _create_form() -> rx.Component:
    tier_select_id = "field-tier_id"
    return rx.card(
        rx.vstack(
            rx.heading(t("membership.admin.new_coupon"), size="4", as_="h2"),
            error_callout(AdminCouponsState.error),
            form(
                field(
                    t("membership.admin.code"),
                    "code",
                    required=True,
                    auto_complete="off",
                    hint=t("membership.admin.code_hint"),
                ),
                rx.vstack(
                    rx.el.label(
                        t("membership.admin.plan"),
                        html_for=tier_select_id,
                        style={"font_weight": "500"},
                    ),
                    rx.el.select(
                        *[rx.el.option(tier, value=tier) for tier in TIERS],
                        id=tier_select_id,
                        name="tier_id",
                        default_value="premium",
                        class_name="rt-reset rt-SelectTrigger rt-r-size-3 rt-variant-surface",
                        style={"width": "100%"},
                    ),
                    spacing="1",
                    width="100%",
                ),
                field(
                    t("membership.admin.days"),
                    "duration_days",
                    type="number",
                    required=True,
                    min=1,
                    max=3650,
                    default_value="30",
                    input_mode="numeric",
                ),
                field(
                    t("membership.admin.max_uses"),
                    "max_uses",
                    type="number",
                    min=1,
                    input_mode="numeric",
                    hint=t("membership.admin.max_uses_hint"),
                ),
                field(t("membership.admin.valid_from"), "valid_from", type="date"),
                field(t("membership.admin.valid_until"), "valid_until", type="date"),
                submit=t("membership.admin.create_coupon"),
                busy=False,
                on_submit=AdminCouponsState.create,
                key=AdminCouponsState.form_key,
            ),
            spacing="4",
            width="100%",
        ),
        width="100%",
    )


def _redemptions() -> rx.Component:
    return rx.cond(
        AdminCouponsState.redemptions.length() > 0,
        rx.el.ul(
            rx.foreach(
                AdminCouponsState.redemptions,
                lambda row: rx.el.li(
                    rx.text(row.email, word_break="break-all"),
                    rx.text(row.when, size="1", color_scheme="gray"),
                ),
            ),
            style={"padding_left": "1.25rem", "width": "100%"},
        ),
        rx.text(t("membership.admin.no_redemptions"), size="2", color_scheme="gray"),
    )


def _coupon_card(coupon: CouponView) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.flex(
                rx.heading(coupon.code, size="4", as_="h3", word_break="break-all"),
                rx.cond(
                    coupon.is_active,
                    rx.badge(
                        t("membership.admin.active"), color_scheme="green", high_contrast=True
                    ),
                    rx.badge(t("membership.admin.inactive"), color_scheme="gray"),
                ),
                justify="between",
                align="center",
                gap="2",
                width="100%",
            ),
            rx.text(
                t("membership.admin.plan"),
                ": ",
                coupon.tier_id,
                " · ",
                coupon.days,
                " ",
                t("membership.admin.days_unit"),
                " · ",
                t("membership.admin.uses"),
                ": ",
                coupon.uses,
                size="2",
            ),
            rx.cond(
                coupon.window != "",
                rx.text(t("membership.admin.window"), ": ", coupon.window, size="2"),
                rx.fragment(),
            ),
            rx.flex(
                rx.cond(
                    coupon.is_active,
                    rx.button(
                        t("membership.admin.deactivate"),
                        on_click=AdminCouponsState.set_active(coupon.id, False),
                        variant="soft",
                        color_scheme="red",
                    ),
                    rx.button(
                        t("membership.admin.activate"),
                        on_click=AdminCouponsState.set_active(coupon.id, True),
                        variant="soft",
                    ),
                ),
                rx.button(
                    t("membership.admin.redemptions"),
                    on_click=AdminCouponsState.show_redemptions(coupon.id),
                    variant="outline",
                    aria_expanded=rx.cond(
                        AdminCouponsState.redemptions_of == coupon.id, "true", "false"
                    ),
                ),
                gap="2",
                wrap="wrap",
            ),
            rx.cond(AdminCouponsState.redemptions_of == coupon.id, _redemptions(), rx.fragment()),
            spacing="2",
            width="100%",
        ),
        width="100%",
        role="listitem",
        key=coupon.id,
    )


@page(
    route=consts.ADMIN_COUPONS,
    title_key=("nav.admin", "nav.admin_coupons"),
    access="admin",
    on_load=AdminCouponsState.load,
)
def admin_coupons_page() -> rx.Component:
    return admin_page_body(
        consts.ADMIN_COUPONS,
        "nav.admin_coupons",
        rx.vstack(
            _create_form(),
            rx.heading(t("membership.admin.coupons"), size="5", as_="h2"),
            rx.cond(
                AdminCouponsState.coupons.length() > 0,
                rx.vstack(
                    rx.foreach(AdminCouponsState.coupons, _coupon_card),
                    role="list",
                    spacing="3",
                    width="100%",
                ),
                rx.text(t("membership.admin.no_coupons"), color_scheme="gray"),
            ),
            spacing="5",
            width="100%",
            max_width="40rem",
        ),
    )
