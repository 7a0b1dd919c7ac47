"""Onboarding: the first-run flow a new account is led to after signing in,
six steps that can each be skipped and resume where they were left (profile
basics, primary goal, focus areas, diet and nutrition targets, training
schedule, AI consent). Every value is saved through the owning module's
service, so each stays editable on that module's page."""

from mitai_app.core.modules import Module

MODULE = Module(
    name="onboarding",
    # each step writes through the service of the module that keeps its values
    depends=("accounts", "body", "goals", "nutrition", "ai"),
    models="mitai_app.onboarding.models",
    # Where this account is in its first run: not the user's data, so a new
    # account that has started the flow can still be restored into, and an
    # archive never carries another installation's progress.
    internal_tables=("onboarding_states",),
    strings="mitai_app.onboarding.strings:CATALOG",
    pages=("mitai_app.onboarding.pages.onboarding",),
    after_sign_in="mitai_app.onboarding.service:first_run_page",
    rebuild="mitai_app.onboarding.service:restored",
    profile="mitai_app.onboarding.pages.onboarding:setup_again",
    dashboard="mitai_app.onboarding.pages.dashboard_card:onboarding_dashboard_card",
)
