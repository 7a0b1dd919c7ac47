"""Administration: profiles. Find a profile by e-mail or name, then set its
role, own plan, e-mail verification and AI access, its restrictions per
feature, and its access grants (grant, pause, resume).

Every handler asks the server first whether the caller is an admin.
"""

from __future__ import annotations

from dataclasses import dataclass

import reflex as rx

from mitai_app.accounts.models import ROLES, TIERS
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import format_datetime
from mitai_app.core.i18n import translate
from mitai_app.core.text import Text
from mitai_app.membership import admin as admin_service
from mitai_app.membership import consts
from mitai_app.ui.admin import signed_in_admin
from mitai_app.ui.admin_nav import admin_page_body
from mitai_app.ui.forms import error_callout, field
from mitai_app.ui.layout import page
from mitai_app.ui.session import SignedIn, call_service, shown, t


@dataclass
class ProfileView:
    id: str
    email: str
    display_name: str
    role: str
    tier: str
    effective_tier: str
    email_verified: bool
    ai_enabled: bool


@dataclass
class RestrictionView:
    feature_id: str
    name: Text
    custom_limit: str
    disabled: bool


@dataclass
class GrantView:
    id: str
    tier_id: str
    source: str
    period: str
    paused: bool
    remaining_days: str
    current: bool


def _profile_view(row: admin_service.ProfileRow) -> ProfileView:
    return ProfileView(
        id=row.id,
        email=row.email,
        display_name=row.display_name,
        role=row.role,
        tier=row.tier,
        effective_tier=row.effective_tier,
        email_verified=row.email_verified,
        ai_enabled=row.ai_enabled,
    )


NO_PROFILE = ProfileView("", "", "", "user", "free", "free", False, False)


class AdminProfilesState(rx.State):
    query: str = ""
    results: list[ProfileView] = []
    searched: bool = False
    has_selection: bool = False
    selected: ProfileView = NO_PROFILE
    restrictions: list[RestrictionView] = []
    grants: list[GrantView] = []
    detail_key: int = 0
    error: str = ""

    async def _search(self, admin_id) -> None:
        rows = await call_service(
            admin_service.search_profiles, admin_id=admin_id, query=self.query
        )
        self.results = [_profile_view(row) for row in rows]
        self.searched = True

    async def _open(self, me: SignedIn, profile_id: str) -> None:
        detail = await call_service(
            admin_service.profile_detail, admin_id=me.user.id, profile_id=profile_id
        )
        lang = me.lang
        self.selected, self.has_selection = _profile_view(detail.profile), True
        self.restrictions = [
            RestrictionView(
                feature_id=row.feature_id,
                name=row.name,
                custom_limit="" if row.custom_limit is None else str(row.custom_limit),
                disabled=row.disabled,
            )
            for row in detail.restrictions
        ]
        self.grants = [
            GrantView(
                id=grant.id,
                tier_id=grant.tier_id,
                source=grant.source,
                period=f"{format_datetime(grant.valid_from, lang, me.user.timezone)} – "
                f"{format_datetime(grant.valid_until, lang, me.user.timezone)}",
                paused=grant.paused,
                remaining_days="" if grant.remaining_days is None else str(grant.remaining_days),
                current=grant.current,
            )
            for grant in detail.grants
        ]
        self.detail_key += 1

    @rx.event
    async def load(self):
        self.error, self.has_selection = "", False
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        await self._search(me.user.id)

    @rx.event
    async def search(self, form: dict):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        self.query = str(form.get("query", ""))[:100]
        await self._search(me.user.id)

    @rx.event
    async def open_profile(self, profile_id: str):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        self.error = ""
        try:
            await self._open(me, profile_id)
        except UserError as error:
            self.error = user_message(error, me.lang)

    @rx.event
    async def close_profile(self):
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        self.has_selection, self.error = False, ""

    async def _change(self, service, **kwargs):
        """One change to the open profile, then it and the list are shown afresh."""
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        if not self.has_selection:
            return None
        lang = me.lang
        profile_id = self.selected.id
        try:
            await call_service(service, admin_id=me.user.id, profile_id=profile_id, **kwargs)
        except UserError as error:
            self.error = user_message(error, lang)
            return rx.toast.error(self.error)
        self.error = ""
        await self._open(me, profile_id)
        await self._search(me.user.id)
        return rx.toast.success(translate("common.saved", lang))

    @rx.event
    async def save_account(self, form: dict):
        return await self._change(
            admin_service.update_profile,
            role=str(form.get("role", "")),
            tier=str(form.get("tier", "")),
            email_verified=form.get("email_verified") == "on",
            ai_enabled=form.get("ai_enabled") == "on",
        )

    @rx.event
    async def save_restriction(self, form: dict):
        return await self._change(
            admin_service.set_restriction,
            feature_id=str(form.get("feature_id", "")),
            custom_limit=str(form.get("custom_limit", "")),
            disabled=form.get("disabled") == "on",
        )

    @rx.event
    async def grant(self, form: dict):
        return await self._change(
            admin_service.grant_access,
            tier_id=str(form.get("grant_tier", "")),
            days=str(form.get("grant_days", "")),
        )

    @rx.event
    async def pause(self, grant_id: str):
        return await self._change(admin_service.pause_grant, grant_id=grant_id)

    @rx.event
    async def resume(self, grant_id: str):
        return await self._change(admin_service.resume_grant, grant_id=grant_id)


def _select(label_key: str, name: str, options, value) -> rx.Component:
    select_id = f"field-{name}"
    return rx.vstack(
        rx.el.label(t(label_key), html_for=select_id, style={"font_weight": "500"}),
        rx.el.select(
            *[rx.el.option(option, value=option) for option in options],
            id=select_id,
            name=name,
            default_value=value,
            class_name="rt-reset rt-SelectTrigger rt-r-size-3 rt-variant-surface",
            style={"width": "100%"},
        ),
        spacing="1",
        width="100%",
    )


def _checkbox(label, input_id, name: str, checked) -> rx.Component:
    return rx.hstack(
        rx.el.input(type="checkbox", id=input_id, name=name, default_checked=checked),
        rx.el.label(label, html_for=input_id),
        spacing="2",
        align="center",
    )


def _flag(on, key: str) -> rx.Component:
    return rx.cond(on, rx.badge(t(key), color_scheme="green", high_contrast=True), rx.fragment())


def _result(row: ProfileView) -> rx.Component:
    return rx.card(
        rx.flex(
            rx.vstack(
                rx.text(row.email, weight="medium", word_break="break-all"),
                rx.flex(
                    rx.badge(row.role),
                    rx.badge(row.effective_tier, color_scheme="teal"),
                    _flag(row.email_verified, "membership.admin.verified"),
                    _flag(row.ai_enabled, "membership.admin.ai"),
                    gap="2",
                    wrap="wrap",
                ),
                spacing="1",
                min_width="0",
            ),
            rx.button(
                t("membership.admin.manage"),
                on_click=AdminProfilesState.open_profile(row.id),
                variant="soft",
                aria_label=t("membership.admin.manage") + " " + row.email,
            ),
            justify="between",
            align="center",
            gap="3",
            wrap="wrap",
            width="100%",
        ),
        width="100%",
        role="listitem",
        key=row.id,
    )


def _search() -> rx.Component:
    return rx.vstack(
        rx.form(
            rx.flex(
                rx.box(
                    field(
                        t("membership.admin.search"),
                        "query",
                        type="search",
                        default_value=AdminProfilesState.query,
                        auto_complete="off",
                    ),
                    flex="1",
                    min_width="12rem",
                ),
                rx.button(t("membership.admin.search_button"), type="submit", size="3"),
                gap="3",
                align="end",
                wrap="wrap",
                width="100%",
            ),
            on_submit=AdminProfilesState.search,
            width="100%",
        ),
        rx.cond(
            AdminProfilesState.searched & (AdminProfilesState.results.length() == 0),
            rx.text(t("membership.admin.no_profiles"), color_scheme="gray"),
            rx.vstack(
                rx.foreach(AdminProfilesState.results, _result),
                role="list",
                spacing="2",
                width="100%",
            ),
        ),
        spacing="3",
        width="100%",
    )


def _account(selected) -> rx.Component:
    return rx.form(
        rx.vstack(
            _select("membership.admin.role", "role", ROLES, selected.role),
            _select("membership.admin.own_plan", "tier", TIERS, selected.tier),
            _checkbox(
                t("membership.admin.verified"),
                "field-email_verified",
                "email_verified",
                selected.email_verified,
            ),
            _checkbox(
                t("membership.admin.ai"), "field-ai_enabled", "ai_enabled", selected.ai_enabled
            ),
            rx.button(t("common.save"), type="submit", size="3"),
            spacing="3",
            width="100%",
        ),
        on_submit=AdminProfilesState.save_account,
        width="100%",
    )


def _restriction(row: RestrictionView) -> rx.Component:
    limit_id = "field-custom_limit-" + row.feature_id
    return rx.form(
        # The feature travels with the form: Reflex cannot bind a list item's
        # value into a form's submit handler inside rx.foreach.
        rx.el.input(type="hidden", name="feature_id", value=row.feature_id),
        rx.flex(
            rx.vstack(
                rx.el.label(
                    shown(row.name),
                    html_for=limit_id,
                    style={"font_weight": "500"},
                ),
                rx.input(
                    id=limit_id,
                    name="custom_limit",
                    default_value=row.custom_limit,
                    placeholder=t("membership.admin.plan_limit"),
                    input_mode="numeric",
                    size="2",
                ),
                spacing="1",
                min_width="10rem",
                flex="1",
            ),
            _checkbox(
                t("membership.admin.disabled"),
                "field-disabled-" + row.feature_id,
                "disabled",
                row.disabled,
            ),
            rx.button(t("common.save"), type="submit", size="2", variant="soft"),
            gap="3",
            align="end",
            wrap="wrap",
            width="100%",
        ),
        on_submit=AdminProfilesState.save_restriction,
        width="100%",
        role="listitem",
        key=row.feature_id,
    )


def _grant(grant: GrantView) -> rx.Component:
    return rx.flex(
        rx.vstack(
            rx.hstack(
                rx.text(grant.tier_id, weight="medium"),
                rx.badge(
                    rx.match(
                        grant.source,
                        ("coupon", t("membership.source.coupon")),
                        ("trial", t("membership.source.trial")),
                        t("membership.source.admin"),
                    ),
                ),
                rx.cond(
                    grant.current,
                    rx.badge(
                        t("membership.admin.running"), color_scheme="green", high_contrast=True
                    ),
                ),
                rx.cond(
                    grant.paused, rx.badge(t("membership.admin.paused"), color_scheme="orange")
                ),
                spacing="2",
                wrap="wrap",
            ),
            rx.text(grant.period, size="2"),
            rx.cond(
                grant.paused,
                rx.text(t("membership.admin.remaining"), ": ", grant.remaining_days, size="2"),
            ),
            spacing="1",
            min_width="0",
        ),
        rx.cond(
            grant.paused,
            rx.button(
                t("membership.admin.resume"),
                on_click=AdminProfilesState.resume(grant.id),
                variant="soft",
            ),
            rx.cond(
                grant.current,
                rx.button(
                    t("membership.admin.pause"),
                    on_click=AdminProfilesState.pause(grant.id),
                    variant="soft",
                    color_scheme="orange",
                ),
            ),
        ),
        justify="between",
        align="center",
        gap="3",
        wrap="wrap",
        width="100%",
        padding_y="0.5rem",
        border_top=f"1px solid {rx.color('gray', 5)}",
        role="listitem",
        key=grant.id,
    )


def _grants() -> rx.Component:
    return rx.vstack(
        rx.cond(
            AdminProfilesState.grants.length() > 0,
            rx.box(rx.foreach(AdminProfilesState.grants, _grant), role="list", width="100%"),
            rx.text(t("membership.admin.no_grants"), color_scheme="gray"),
        ),
        rx.form(
            rx.flex(
                rx.box(
                    _select("membership.admin.plan", "grant_tier", TIERS, "premium"),
                    min_width="8rem",
                    flex="1",
                ),
                rx.box(
                    field(
                        t("membership.admin.days"),
                        "grant_days",
                        type="number",
                        min=1,
                        max=3650,
                        default_value="30",
                        required=True,
                    ),
                    min_width="8rem",
                    flex="1",
                ),
                rx.button(t("membership.admin.grant"), type="submit", size="3"),
                gap="3",
                align="end",
                wrap="wrap",
                width="100%",
            ),
            on_submit=AdminProfilesState.grant,
            width="100%",
        ),
        spacing="3",
        width="100%",
    )


def _section(title_key: str, *children) -> rx.Component:
    return rx.vstack(
        rx.heading(t(title_key), size="4", as_="h3"),
        *children,
        spacing="3",
        width="100%",
    )


def _detail() -> rx.Component:
    selected = AdminProfilesState.selected
    return rx.card(
        rx.vstack(
            rx.flex(
                rx.heading(selected.email, size="5", as_="h2", word_break="break-all"),
                rx.button(
                    t("membership.admin.close"),
                    on_click=AdminProfilesState.close_profile,
                    variant="ghost",
                ),
                justify="between",
                align="center",
                gap="2",
                width="100%",
            ),
            rx.text(t("membership.admin.effective"), ": ", selected.effective_tier),
            _section("membership.admin.account", _account(selected)),
            _section("membership.admin.grants", _grants()),
            _section(
                "membership.admin.restrictions",
                rx.text(t("membership.admin.restrictions_hint"), size="2", color_scheme="gray"),
                rx.vstack(
                    rx.foreach(AdminProfilesState.restrictions, _restriction),
                    role="list",
                    spacing="3",
                    width="100%",
                ),
            ),
            key=AdminProfilesState.detail_key,
            spacing="5",
            width="100%",
        ),
        width="100%",
    )


@page(
    route=consts.ADMIN_PROFILES,
    title_key=("nav.admin", "nav.admin_profiles"),
    access="admin",
    on_load=AdminProfilesState.load,
)
def admin_profiles_page() -> rx.Component:
    return admin_page_body(
        consts.ADMIN_PROFILES,
        "nav.admin_profiles",
        error_callout(AdminProfilesState.error),
        rx.vstack(
            rx.cond(AdminProfilesState.has_selection, _detail(), rx.fragment()),
            _search(),
            spacing="5",
            width="100%",
            max_width="48rem",
        ),
    )
