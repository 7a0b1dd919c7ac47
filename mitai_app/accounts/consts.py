"""Route paths only the accounts module links to (the sign-in pages that
other modules link to stay in `core.routes`), and the browser script its
pages ask for the time zone."""

# Where the e-mailed links lead
VERIFY = "/verify"
FORGOT = "/forgot"
RESET = "/reset"
VERIFY_EMAIL_CHANGE = "/verify-email-change"
# Behind "More"
SETTINGS = "/settings"

# The browser's IANA time zone (e.g. "Europe/Berlin"): a new account's and
# the profile picker's first choice, instead of UTC.
BROWSER_ZONE_JS = "Intl.DateTimeFormat().resolvedOptions().timeZone"
