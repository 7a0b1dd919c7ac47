"""Every page module; importing this package registers all their routes."""

from mitai_app.pages import admin, home, profile, settings, shell
from mitai_app.pages.auth import links, login, register, setup

__all__ = [
    "admin",
    "home",
    "links",
    "login",
    "profile",
    "register",
    "settings",
    "setup",
    "shell",
]
