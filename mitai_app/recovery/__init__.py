"""Recovery: sleep, morning vitals, blood pressure and rest days. Its pages
come with the Recovery issue."""

from mitai_app.core.modules import Module

MODULE = Module(
    name="recovery",
    depends=("accounts",),
    models="mitai_app.recovery.models",
    features="mitai_app.recovery.consts:FEATURES",
    placeholders="mitai_app.recovery.placeholders",
)
