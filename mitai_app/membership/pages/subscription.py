"""The user's membership: the tier that applies and where it comes from,
its expiry, each feature's usage against its limit, redeeming a coupon and
starting the trial.

Texts that hold numbers are composed on the server in both languages, so
switching the language shows them at once without a reload.
"""

from __future__ import annotations

from dataclasses import dataclass

import reflex as rx

from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import format_datetime, format_number
from mitai_app.core.i18n import translate
from mitai_app.core.text import Text
from mitai_app.membership import consts
from mitai_app.membership import service as membership
from mitai_app.membership.service import FeatureUsage
from mitai_app.ui.forms import error_callout, field, form, success_callout
from mitai_app.ui.layout import page
from mitai_app.ui.session import call_service, shown, signed_in, t, to_login

NO_TEXT = Text(de="", en="")


@dataclass
class UsageView:
    feature_id: str
    name: Text
    text: Text
    percent: int  # of the limit used, for the bar
    limited: bool


def _both(key: str, **counts: int) -> Text:
    """A text in German and in English, numbers formatted for each."""

    def compose(lang: str) -> str:
        shown = {name: format_number(n, lang, decimals=0) for name, n in counts.items()}
        return translate(key, lang, **shown)

    return Text.composed(compose)


def _usage_view(usage: FeatureUsage) -> UsageView:
    if usage.reason == "disabled":
        text = _both("membership.usage.disabled")
    elif usage.limit is None:
        text = _both("membership.usage.unlimited", used=usage.used)
    elif usage.limit == 0:
        text = _both("membership.usage.not_included")
    else:
        text = _both(f"membership.usage.{usage.limit_type}", used=usage.used, limit=usage.limit)
    # A bar only where there is something to fill: not for unlimited,
    # switched-off or not-included features.
    limited = bool(usage.limit) and usage.reason != "disabled"
    percent = min(100, round(100 * usage.used / usage.limit)) if limited else 0
    return UsageView(
        feature_id=usage.feature_id,
        name=usage.name,
        text=text,
        percent=percent,
        limited=limited,
    )


class SubscriptionState(rx.State):
    loaded: bool = False
    tier: Text = NO_TEXT
    source: str = "profile"
    until: Text = NO_TEXT
    usage: list[UsageView] = []
    trial_available: bool = False
    trial_days: int = 14
    unlimited: bool = False  # nothing a coupon or trial could add: neither is offered

    coupon_error: str = ""
    coupon_done: str = ""
    coupon_key: int = 0
    trial_error: str = ""

    def _show(self, overview: membership.Subscription) -> None:
        self.tier = overview.tier_name
        self.source = overview.source
        until = overview.valid_until
        self.until = (
            NO_TEXT
            if until is None
            else Text.composed(lambda lang: format_datetime(until, lang, overview.timezone))
        )
        self.usage = [_usage_view(usage) for usage in overview.features]
        self.trial_available, self.trial_days = overview.trial_available, overview.trial_days
        self.unlimited = overview.unlimited
        self.loaded = True

    @rx.event
    async def load(self):
        self.coupon_error = self.coupon_done = self.trial_error = ""
        me = await signed_in(self)
        if me is None:
            return to_login()
        self._show(await call_service(membership.subscription, profile_id=me.user.id))

    async def _granted(self, profile_id, action, lang: str, **kwargs) -> str:
        """Runs the redeem or trial service: "" when it worked, else the message."""
        try:
            await call_service(action, profile_id=profile_id, **kwargs)
        except UserError as error:
            return user_message(error, lang)
        self._show(await call_service(membership.subscription, profile_id=profile_id))
        return ""

    @rx.event
    async def redeem(self, form: dict):
        self.coupon_error = self.coupon_done = ""
        me = await signed_in(self)
        if me is None:
            return to_login()
        lang = me.lang
        code = str(form.get("coupon_code", ""))
        self.coupon_error = await self._granted(
            me.user.id,
            membership.redeem_coupon,
            lang,
            code=code,
            client_ip=self.router.session.client_ip,
        )
        if self.coupon_error:
            return rx.call_script("document.getElementById('field-coupon_code')?.focus()")
        self.coupon_done = translate("membership.coupon_redeemed", lang, tier=self.tier.pick(lang))
        self.coupon_key += 1

    @rx.event
    async def start_trial(self):
        self.trial_error = ""
        me = await signed_in(self)
        if me is None:
            return to_login()
        self.trial_error = await self._granted(me.user.id, membership.start_trial, me.lang)
        if not self.trial_error:
            return rx.toast.success(translate("membership.trial_started", me.lang))


def _current_tier() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.text(t("membership.current_plan"), size="2", color_scheme="gray"),
            rx.heading(
                shown(SubscriptionState.tier),
                size="6",
                as_="h2",
            ),
            rx.text(
                rx.match(
                    SubscriptionState.source,
                    ("coupon", t("membership.source.coupon")),
                    ("trial", t("membership.source.trial")),
                    ("admin", t("membership.source.admin")),
                    t("membership.source.profile"),
                )
            ),
            rx.cond(
                SubscriptionState.until.en != "",
                rx.text(
                    t("membership.until"),
                    " ",
                    rx.text.strong(shown(SubscriptionState.until)),
                ),
                rx.fragment(),
            ),
            spacing="2",
            width="100%",
        ),
        width="100%",
    )


def _usage_row(row: UsageView) -> rx.Component:
    name = shown(row.name)
    return rx.vstack(
        rx.flex(
            rx.text(name, weight="medium"),
            rx.text(shown(row.text), size="2", color_scheme="gray"),
            justify="between",
            gap="2",
            wrap="wrap",
            width="100%",
        ),
        rx.cond(
            row.limited,
            rx.progress(value=row.percent, max=100, aria_label=name, width="100%"),
            rx.fragment(),
        ),
        spacing="1",
        width="100%",
        role="listitem",
    )


def _usage() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(t("membership.usage"), size="4", as_="h2"),
            rx.vstack(
                rx.foreach(SubscriptionState.usage, _usage_row),
                role="list",
                spacing="4",
                width="100%",
            ),
            spacing="4",
            width="100%",
        ),
        width="100%",
    )


def _coupon() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(t("membership.coupon"), size="4", as_="h2"),
            success_callout(SubscriptionState.coupon_done),
            error_callout(SubscriptionState.coupon_error),
            form(
                field(
                    t("membership.coupon_code"),
                    "coupon_code",
                    auto_complete="off",
                    auto_capitalize="characters",
                    required=True,
                    limit=consts.CODE_MAX,
                ),
                submit=t("membership.redeem"),
                busy=False,
                on_submit=SubscriptionState.redeem,
                key=SubscriptionState.coupon_key,
            ),
            spacing="4",
            width="100%",
        ),
        width="100%",
    )


def _trial() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(t("membership.trial"), size="4", as_="h2"),
            error_callout(SubscriptionState.trial_error),
            rx.cond(
                SubscriptionState.trial_available,
                rx.vstack(
                    rx.text(
                        t("membership.trial_intro_1"),
                        " ",
                        SubscriptionState.trial_days,
                        " ",
                        t("membership.trial_intro_2"),
                    ),
                    rx.button(
                        t("membership.start_trial"),
                        on_click=SubscriptionState.start_trial,
                        size="3",
                    ),
                    spacing="3",
                ),
                rx.text(t("membership.trial_used"), color_scheme="gray"),
            ),
            spacing="4",
            width="100%",
        ),
        width="100%",
    )


@page(route=consts.SUBSCRIPTION, title_key="nav.subscription", on_load=SubscriptionState.load)
def subscription_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.subscription"), size="7", as_="h1"),
        rx.cond(
            SubscriptionState.loaded,
            rx.vstack(
                _current_tier(),
                rx.cond(SubscriptionState.unlimited, rx.fragment(), _coupon()),
                rx.cond(SubscriptionState.unlimited, rx.fragment(), _trial()),
                _usage(),
                spacing="5",
                width="100%",
            ),
            rx.text(t("common.working"), color_scheme="gray"),
        ),
        spacing="5",
        width="100%",
        max_width="40rem",
    )
