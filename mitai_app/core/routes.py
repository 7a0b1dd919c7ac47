"""Route paths that more than one module links to; a path only its own
module uses lives in that module's `consts.py`."""

HOME = "/"
HEALTH = "/health"
EVENT_LOOP_METRICS = "/metrics/event-loop"

# Signed out
LOGIN = "/login"
REGISTER = "/register"
SETUP = "/setup"

# Signed in: the tab bar
DASHBOARD = "/dashboard"
CAPTURE = "/capture"
HISTORY = "/history"
ANALYSIS = "/analysis"
MORE = "/more"
# Behind "More"
PROFILE = "/profile"
DATA = "/data"  # Your data: export, restore, access report (Settings offers it before deletion)
# ?table=&since=&until=: one table of the signed-in profile as CSV, offered on
# each module's page (ui.csv_download), served by exports
TABLE_CSV = "/media/csv"
ADMIN = "/admin"


# Admin pages (each checks the admin role on the server)
ADMIN_PROMPTS = "/admin/prompts"
ADMIN_AI = "/admin/ai"  # provider, key, model, test connection
