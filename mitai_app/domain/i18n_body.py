"""The UI's words for weight, circumferences, skinfolds, body charts: key -> (German, English)."""

CATALOG: dict[str, tuple[str, str]] = {}
