"""Every page module; importing this package registers all their routes."""

from mitai_app.accounts.pages import links, login, profile, register, settings, setup
from mitai_app.ai.pages import admin_prompts, analysis
from mitai_app.ai.pages import admin_provider as admin_ai
from mitai_app.body.pages import body
from mitai_app.membership.pages import (
    admin,
    admin_coupons,
    admin_log,
    admin_profiles,
    admin_tiers,
    subscription,
)
from mitai_app.photos.pages import photos
from mitai_app.shell.pages import capture, dashboard, history, home
from mitai_app.shell.pages import more as shell

__all__ = [
    "admin",
    "admin_ai",
    "admin_coupons",
    "admin_log",
    "admin_profiles",
    "admin_prompts",
    "admin_tiers",
    "analysis",
    "body",
    "capture",
    "dashboard",
    "history",
    "home",
    "links",
    "login",
    "photos",
    "profile",
    "register",
    "settings",
    "setup",
    "shell",
    "subscription",
]
