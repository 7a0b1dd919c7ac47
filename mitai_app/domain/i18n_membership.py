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
    # Subscription page
    "membership.current_plan": ("Dein aktueller Tarif", "Your current plan"),
    "membership.source.profile": ("Der Tarif deines Kontos.", "Your account's own plan."),
    "membership.source.coupon": ("Über einen Gutschein.", "From a coupon."),
    "membership.source.trial": ("Deine Testphase.", "Your trial."),
    "membership.source.admin": (
        "Von der Verwaltung freigeschaltet.",
        "Granted by an administrator.",
    ),
    "membership.until": ("Gültig bis", "Valid until"),
    "membership.usage": ("Nutzung und Limits", "Usage and limits"),
    "membership.usage.daily": ("{used} von {limit} heute", "{used} of {limit} today"),
    "membership.usage.monthly": (
        "{used} von {limit} in diesem Monat",
        "{used} of {limit} this month",
    ),
    "membership.usage.total": ("{used} von {limit} insgesamt", "{used} of {limit} in total"),
    "membership.usage.unlimited": ("unbegrenzt ({used} genutzt)", "unlimited ({used} used)"),
    "membership.usage.not_included": ("nicht enthalten", "not included"),
    "membership.usage.disabled": ("gesperrt", "switched off"),
    "membership.coupon": ("Gutschein einlösen", "Redeem a coupon"),
    "membership.coupon_code": ("Gutscheincode", "Coupon code"),
    "membership.redeem": ("Einlösen", "Redeem"),
    "membership.coupon_redeemed": (
        "Gutschein eingelöst: Du nutzt jetzt {tier}.",
        "Coupon redeemed: you are now on {tier}.",
    ),
    "membership.trial": ("Testphase", "Trial"),
    "membership.trial_intro_1": ("Teste alle Funktionen", "Try every feature for"),
    "membership.trial_intro_2": (
        "Tage lang kostenlos; danach gilt wieder dein Tarif.",
        "days for free; afterwards your own plan applies again.",
    ),
    "membership.start_trial": ("Testphase starten", "Start the trial"),
    "membership.trial_started": ("Deine Testphase läuft.", "Your trial has started."),
    "membership.trial_used": (
        "Du hast deine Testphase bereits genutzt (eine pro Konto).",
        "You have already used your trial (one per account).",
    ),
    # Refused membership actions (services/membership.error_text)
    "membership.error.code_required": (
        "Bitte gib einen Gutscheincode ein.",
        "Please enter a coupon code.",
    ),
    "membership.error.coupon_not_found": (
        "Diesen Gutscheincode gibt es nicht oder er ist nicht mehr aktiv.",
        "This coupon code does not exist or is no longer active.",
    ),
    "membership.error.coupon_expired": (
        "Dieser Gutschein ist gerade nicht gültig.",
        "This coupon is not valid at the moment.",
    ),
    "membership.error.coupon_used_up": (
        "Dieser Gutschein wurde bereits so oft eingelöst, wie er gilt.",
        "This coupon has been redeemed as often as it allows.",
    ),
    "membership.error.coupon_redeemed": (
        "Du hast diesen Gutschein bereits eingelöst.",
        "You have already redeemed this coupon.",
    ),
    "membership.error.trial_used": (
        "Du hast deine Testphase bereits genutzt.",
        "You have already used your trial.",
    ),
    "membership.error.trial_unavailable": (
        "Die Testphase ist gerade nicht verfügbar.",
        "The trial is not available at the moment.",
    ),
    "membership.error.not_found": ("Nicht gefunden.", "Not found."),
    "membership.error.forbidden": ("Nur für die Verwaltung.", "Administrators only."),
    "membership.error.limit_invalid": (
        "Bitte eine ganze Zahl ab 0 eingeben, oder leer lassen für unbegrenzt.",
        "Please enter a whole number from 0, or leave it empty for unlimited.",
    ),
    "membership.error.days_invalid": (
        "Bitte eine Anzahl Tage zwischen 1 und 3650 eingeben.",
        "Please enter a number of days between 1 and 3650.",
    ),
    "membership.error.uses_invalid": (
        "Bitte eine ganze Zahl ab 1 eingeben, oder leer lassen für unbegrenzt.",
        "Please enter a whole number from 1, or leave it empty for no limit.",
    ),
    "membership.error.price_invalid": (
        "Bitte einen Preis wie 4,99 eingeben, oder leer lassen.",
        "Please enter a price such as 4.99, or leave it empty.",
    ),
    "membership.error.order_invalid": (
        "Bitte eine Position zwischen 0 und 1000 eingeben.",
        "Please enter a position between 0 and 1000.",
    ),
    "membership.error.name_required": (
        "Bitte einen Namen (bis 100 Zeichen) eingeben.",
        "Please enter a name (up to 100 characters).",
    ),
    "membership.error.limit_type_invalid": ("Unbekannter Zeitraum.", "Unknown period."),
    "membership.error.tier_unknown": ("Unbekannter Tarif.", "Unknown plan."),
    "membership.error.feature_unknown": ("Unbekannte Funktion.", "Unknown feature."),
    "membership.error.role_invalid": ("Unbekannte Rolle.", "Unknown role."),
    "membership.error.own_role": (
        "Du kannst dir die Verwaltungsrolle nicht selbst entziehen.",
        "You cannot take the admin role from yourself.",
    ),
    "membership.error.grant_not_running": (
        "Diese Freischaltung läuft gerade nicht.",
        "This access grant is not running.",
    ),
    "membership.error.grant_not_paused": (
        "Diese Freischaltung ist nicht pausiert.",
        "This access grant is not paused.",
    ),
    "membership.error.code_invalid": (
        "Der Code braucht 3 bis 50 Zeichen: Buchstaben, Ziffern, - und _.",
        "The code needs 3 to 50 characters: letters, digits, - and _.",
    ),
    "membership.error.code_taken": (
        "Diesen Code gibt es schon.",
        "This code already exists.",
    ),
    "membership.error.window_invalid": (
        "„Gültig bis“ muss nach „Gültig ab“ liegen.",
        "“Valid until” must be after “valid from”.",
    ),
    # Admin: tiers, features, limits
    "membership.admin.matrix": ("Limits je Tarif", "Limits per plan"),
    "membership.admin.matrix_hint": (
        "Zahl eingeben und mit Enter bestätigen oder das Feld verlassen; leer heißt unbegrenzt.",
        "Type a number and press Enter or leave the cell to save; empty means unlimited.",
    ),
    "membership.admin.feature": ("Funktion", "Feature"),
    "membership.admin.tiers": ("Tarife", "Plans"),
    "membership.admin.features": ("Funktionen", "Features"),
    "membership.admin.name_de": ("Name (Deutsch)", "Name (German)"),
    "membership.admin.name_en": ("Name (Englisch)", "Name (English)"),
    "membership.admin.price_monthly": ("Preis pro Monat", "Price per month"),
    "membership.admin.price_yearly": ("Preis pro Jahr", "Price per year"),
    "membership.admin.trial_days": ("Testtage", "Trial days"),
    "membership.admin.sort_order": ("Reihenfolge", "Order"),
    "membership.admin.active": ("Aktiv", "Active"),
    "membership.admin.category": ("Kategorie", "Category"),
    "membership.admin.default_limit": ("Standardlimit", "Default limit"),
    "membership.admin.unlimited": ("unbegrenzt", "unlimited"),
    "membership.admin.period": ("Zeitraum", "Period"),
    "membership.period_name.daily": ("täglich", "daily"),
    "membership.period_name.monthly": ("monatlich", "monthly"),
    "membership.period_name.total": ("insgesamt", "in total"),
    # Admin: coupons
    "membership.admin.coupons": ("Gutscheine", "Coupons"),
    "membership.admin.no_coupons": ("Noch keine Gutscheine.", "No coupons yet."),
    "membership.admin.new_coupon": ("Neuer Gutschein", "New coupon"),
    "membership.admin.code": ("Code", "Code"),
    "membership.admin.code_hint": (
        "3 bis 50 Zeichen: Buchstaben, Ziffern, - und _; Groß-/Kleinschreibung egal.",
        "3 to 50 characters: letters, digits, - and _; case does not matter.",
    ),
    "membership.admin.plan": ("Tarif", "Plan"),
    "membership.admin.days": ("Dauer in Tagen", "Duration in days"),
    "membership.admin.days_unit": ("Tage", "days"),
    "membership.admin.max_uses": ("Höchstens so oft einlösbar", "Maximum uses"),
    "membership.admin.max_uses_hint": ("Leer: unbegrenzt.", "Empty: no limit."),
    "membership.admin.valid_from": ("Gültig ab (optional)", "Valid from (optional)"),
    "membership.admin.valid_until": ("Gültig bis (optional)", "Valid until (optional)"),
    "membership.admin.create_coupon": ("Gutschein anlegen", "Create coupon"),
    "membership.admin.coupon_created": ("Gutschein {code} angelegt.", "Coupon {code} created."),
    "membership.admin.coupon_on": (
        "Gutschein {code} ist wieder aktiv.",
        "Coupon {code} is active again.",
    ),
    "membership.admin.coupon_off": (
        "Gutschein {code} ist deaktiviert (jederzeit wieder aktivierbar).",
        "Coupon {code} is deactivated (you can activate it again at any time).",
    ),
    "membership.admin.inactive": ("Inaktiv", "Inactive"),
    "membership.admin.uses": ("Einlösungen", "Uses"),
    "membership.admin.window": ("Gültig", "Valid"),
    "membership.admin.deactivate": ("Deaktivieren", "Deactivate"),
    "membership.admin.activate": ("Aktivieren", "Activate"),
    "membership.admin.redemptions": ("Einlösungen anzeigen", "Show redemptions"),
    "membership.admin.no_redemptions": ("Noch nicht eingelöst.", "Not redeemed yet."),
}
