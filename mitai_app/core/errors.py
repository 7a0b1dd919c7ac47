"""The one error a service raises for input or an action it refuses.

`code` is the catalogue key of the message (for example
`"body.error.range"`), `field` the form field it belongs to (empty for the
whole form), and `values` fill the message's `{placeholders}`. Pages show
`user_message(error, lang)`; nothing else maps errors to words.
"""

from __future__ import annotations

from mitai_app.core.i18n import CATALOG, translate
from mitai_app.core.text import Text

UNEXPECTED = "error.unexpected"


class UserError(Exception):
    def __init__(self, code: str, *, field: str = "", **values: object) -> None:
        super().__init__(f"{field}: {code}" if field else code)
        self.code = code
        self.field = field
        self.values = values


def user_message(error: UserError, lang: str) -> str:
    """The message in the reader's language; an unknown code reads as an
    unexpected failure rather than showing a key. Values given as `Text`
    (e.g. the names of missing sites) are read in the same language."""
    key = error.code if error.code in CATALOG else UNEXPECTED
    values = {k: v.pick(lang) if isinstance(v, Text) else v for k, v in error.values.items()}
    return translate(key, lang or "en", **values)
