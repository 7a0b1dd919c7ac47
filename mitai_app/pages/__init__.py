"""Every page module; importing this package registers all their routes."""

from mitai_app.pages import home

__all__ = ["home"]
