"""Route paths, in one place so links never repeat strings."""

HOME = "/"
HEALTH = "/health"
