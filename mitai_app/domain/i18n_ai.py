"""The UI's words for the AI analysis pipeline and its admin pages: key -> (German, English)."""

CATALOG: dict[str, tuple[str, str]] = {}
