"""Every page module; importing this package registers all their routes."""

from mitai_app.pages import home, shell
from mitai_app.pages.auth import links, login, register, setup

__all__ = ["home", "links", "login", "register", "setup", "shell"]
