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
SUBSCRIPTION = "/subscription"

# Body composition
BODY = "/body"  # charts and derived values
PHOTOS = "/photos"  # gallery, upload, before/after
PHOTO_MEDIA = (
    "/media/photos"  # + "/{photo_id}" or "/{photo_id}/thumb": served after a session check
)

# Admin pages (each checks the admin role on the server)
ADMIN_PROFILES = "/admin/profiles"
ADMIN_TIERS = "/admin/tiers"  # tiers, features, tier-limit matrix
ADMIN_COUPONS = "/admin/coupons"
ADMIN_LOG = "/admin/log"
ADMIN_PROMPTS = "/admin/prompts"
ADMIN_AI = "/admin/ai"  # provider, key, model, test connection
