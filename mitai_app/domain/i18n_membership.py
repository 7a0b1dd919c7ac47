"""The UI's words for tiers, limits, coupons, subscription and membership admin: key -> (German, English)."""

CATALOG: dict[str, tuple[str, str]] = {
    # Refusals (services/access.refusal_message)
    "membership.refusal.limit": (
        "Dein Tarif ({tier}) erlaubt {limit} {feature} {period}; du hast {used} genutzt.",
        "Your plan ({tier}) allows {limit} {feature} {period}; you have used {used}.",
    ),
    "membership.refusal.not_included": (
        "Dein Tarif ({tier}) enthält {feature} nicht.",
        "Your plan ({tier}) does not include {feature}.",
    ),
    "membership.refusal.disabled": (
        "{feature}: für dein Konto gesperrt. Bitte wende dich an die Verwaltung.",
        "{feature}: switched off for your account. Please ask an administrator.",
    ),
    "membership.refusal.how": (
        "Löse auf der Seite Mitgliedschaft einen Gutschein ein oder starte eine Testphase.",
        "Redeem a coupon or start a trial on the Subscription page.",
    ),
    "membership.period.daily": ("pro Tag", "per day"),
    "membership.period.monthly": ("pro Monat", "per month"),
    "membership.period.total": ("insgesamt", "in total"),
}
