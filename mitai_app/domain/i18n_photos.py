"""The UI's words for progress photos: key -> (German, English)."""

CATALOG: dict[str, tuple[str, str]] = {}
