"""The UI's words for tiers, limits, coupons, subscription and membership admin: key -> (German, English)."""

CATALOG: dict[str, tuple[str, str]] = {}
