"""Body composition: weight, circumferences and skinfolds, derived values
with their reference ranges, and the Body page's charts."""

from mitai_app.core import routes
from mitai_app.core.modules import Module, NavEntry

MODULE = Module(
    name="body",
    depends=("accounts",),
    models="mitai_app.body.models",
    strings="mitai_app.body.strings:CATALOG",
    features="mitai_app.body.consts:FEATURES",
    pages=("mitai_app.body.pages.body",),
    nav=(NavEntry(routes.BODY, "nav.body", "more", 10, icon="activity"),),
)
