"""Head tags that make the app an installable PWA: manifest, icons, service worker.

The files they point to live in assets/, which Reflex serves at the site root
(assets/sw.js is /sw.js, so the worker's scope is the whole app). The script
is a file, not inline code, so a strict Content-Security-Policy can allow it
by origin ('self').
"""

from __future__ import annotations

import reflex as rx
from reflex.utils.exec import is_prod_mode

THEME_COLOR = "#0d9488"
DESCRIPTION = (
    "Track your body and health: weight, body fat, training, nutrition, sleep, vitals and goals."
)


def head_components() -> list[rx.Component]:
    """The tags for every page's <head>; call it after Reflex has set the run mode."""
    return [
        rx.el.meta(name="description", content=DESCRIPTION),
        rx.el.meta(name="theme-color", content=THEME_COLOR),
        rx.el.link(rel="manifest", href="/manifest.webmanifest"),
        rx.el.link(rel="icon", href="/favicon.ico", sizes="any"),
        rx.el.link(rel="icon", href="/icons/icon-192.png", type="image/png", sizes="192x192"),
        rx.el.link(rel="apple-touch-icon", href="/icons/apple-touch-icon.png", sizes="180x180"),
        # Not rx.script: that goes through react-helmet, which adds the tag from
        # React at run time; the plain element is in the prerendered HTML itself.
        # The dev server's modules change under the same URLs, where a cached
        # copy would hide each edit: there the script removes the worker instead.
        rx.el.script(
            src="/offline.js",
            defer=True,
            custom_attrs={"data-service-worker": "register" if is_prod_mode() else "unregister"},
        ),
    ]
