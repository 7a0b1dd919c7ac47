"""Route paths, in one place so links never repeat strings."""

HOME = "/"
HEALTH = "/health"
EVENT_LOOP_METRICS = "/metrics/event-loop"

# Signed out
LOGIN = "/login"
REGISTER = "/register"
VERIFY = "/verify"
FORGOT = "/forgot"
RESET = "/reset"
VERIFY_EMAIL_CHANGE = "/verify-email-change"
SETUP = "/setup"

# Signed in: the tab bar
DASHBOARD = "/dashboard"
CAPTURE = "/capture"
HISTORY = "/history"
ANALYSIS = "/analysis"
MORE = "/more"
# Behind "More"
PROFILE = "/profile"
SETTINGS = "/settings"
ADMIN = "/admin"
