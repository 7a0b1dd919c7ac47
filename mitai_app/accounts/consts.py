"""Route paths only the accounts module links to (the sign-in pages that
other modules link to stay in `core.routes`)."""

# Where the e-mailed links lead
VERIFY = "/verify"
FORGOT = "/forgot"
RESET = "/reset"
VERIFY_EMAIL_CHANGE = "/verify-email-change"
# Behind "More"
SETTINGS = "/settings"
