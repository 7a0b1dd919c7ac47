"""The one error a service raises for input or an action it refuses.

`code` is the catalogue key of the message (for example
`"body.error.range"`), `field` the form field it belongs to (empty for the
whole form), and `values` fill the message's `{placeholders}`. Pages show
`user_message(error, lang)`; nothing else maps errors to words.
`checked_text` is the one length check of free text.
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


def checked_text(value: str | None, *, field: str, limit: int, label_key: str = "") -> str:
    """`value` without surrounding blanks, refused (`error.too_long`, naming
    the limit and the length) when it is longer than `limit` characters.
    Every free text a service stores passes here: a browser's maxlength is
    only a hint a client can drop, and cutting silently loses what was typed.
    `label_key` names the field in the message, for forms that show their
    errors above the form rather than at the field."""
    text = (value or "").strip()
    if len(text) > limit:
        if label_key:
            raise UserError(
                "error.too_long_named",
                field=field,
                limit=limit,
                length=len(text),
                name=CATALOG[label_key],
            )
        raise UserError("error.too_long", field=field, limit=limit, length=len(text))
    return text


def user_message(error: UserError, lang: str) -> str:
    """The message in the reader's language; an unknown code reads as an
    unexpected failure rather than showing a key. Values given as `Text`
    (e.g. the names of missing sites) are read in the same language."""
    key = error.code if error.code in CATALOG else UNEXPECTED
    values = {k: v.pick(lang) if isinstance(v, Text) else v for k, v in error.values.items()}
    return translate(key, lang or "en", **values)
