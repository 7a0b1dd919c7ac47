"""Membership: tiers, features and limits, coupons, access grants, the
subscription page and the admin pages that run them."""

from mitai_app.core import routes
from mitai_app.core.modules import Module, NavEntry
from mitai_app.membership import consts

MODULE = Module(
    name="membership",
    depends=("accounts",),
    models="mitai_app.membership.models",
    strings="mitai_app.membership.strings:CATALOG",
    seed="mitai_app.membership.seeds:seed",
    # The plan's state belongs to the instance, not to the data (core's
    # access tables included: membership runs them).
    internal_tables=(
        "access_grants",
        "coupon_redemptions",
        "user_feature_restrictions",
        "user_feature_usage",
    ),
    pages=(
        "mitai_app.membership.pages.subscription",
        "mitai_app.membership.pages.admin",
        "mitai_app.membership.pages.admin_profiles",
        "mitai_app.membership.pages.admin_tiers",
        "mitai_app.membership.pages.admin_coupons",
        "mitai_app.membership.pages.admin_log",
    ),
    nav=(
        NavEntry(consts.SUBSCRIPTION, "nav.subscription", "more", 70, icon="badge-check"),
        NavEntry(routes.ADMIN, "nav.admin_general", "admin", 10),
        NavEntry(consts.ADMIN_PROFILES, "nav.admin_profiles", "admin", 20),
        NavEntry(consts.ADMIN_TIERS, "nav.admin_tiers", "admin", 30),
        NavEntry(consts.ADMIN_COUPONS, "nav.admin_coupons", "admin", 40),
        NavEntry(consts.ADMIN_LOG, "nav.admin_log", "admin", 50),
    ),
)
