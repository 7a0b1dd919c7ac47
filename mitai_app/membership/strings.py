"""The UI's words for tiers, limits, coupons, subscription and membership admin."""

from mitai_app.core.text import Text
from mitai_app.membership.consts import CODE_MAX, CODE_MIN

CATALOG: dict[str, Text] = {
    # Refusals (core.access.refusal_message)
    "membership.refusal.limit": Text(
        de="Dein Tarif ({tier}) erlaubt {limit} {feature} {period}; du hast {used} genutzt.",
        en="Your plan ({tier}) allows {limit} {feature} {period}; you have used {used}.",
    ),
    "membership.refusal.not_included": Text(
        de="Dein Tarif ({tier}) enthält {feature} nicht.",
        en="Your plan ({tier}) does not include {feature}.",
    ),
    "membership.refusal.disabled": Text(
        de="{feature}: für dein Konto gesperrt. Bitte wende dich an die Verwaltung.",
        en="{feature}: switched off for your account. Please ask an administrator.",
    ),
    "membership.refusal.how": Text(
        de="Löse auf der Seite Mitgliedschaft einen Gutschein ein oder starte eine Testphase.",
        en="Redeem a coupon or start a trial on the Subscription page.",
    ),
    "membership.period.daily": Text(de="pro Tag", en="per day"),
    "membership.period.monthly": Text(de="pro Monat", en="per month"),
    "membership.period.total": Text(de="insgesamt", en="in total"),
    # Subscription page
    "membership.current_plan": Text(de="Dein aktueller Tarif", en="Your current plan"),
    "membership.source.profile": Text(de="Der Tarif deines Kontos.", en="Your account's own plan."),
    "membership.source.coupon": Text(de="Über einen Gutschein.", en="From a coupon."),
    "membership.source.trial": Text(de="Deine Testphase.", en="Your trial."),
    "membership.source.admin": Text(
        de="Von der Verwaltung freigeschaltet.", en="Granted by an administrator."
    ),
    "membership.until": Text(de="Gültig bis", en="Valid until"),
    "membership.usage": Text(de="Nutzung und Limits", en="Usage and limits"),
    "membership.usage.daily": Text(de="{used} von {limit} heute", en="{used} of {limit} today"),
    "membership.usage.monthly": Text(
        de="{used} von {limit} in diesem Monat", en="{used} of {limit} this month"
    ),
    "membership.usage.total": Text(
        de="{used} von {limit} insgesamt", en="{used} of {limit} in total"
    ),
    "membership.usage.unlimited": Text(
        de="unbegrenzt ({used} genutzt)", en="unlimited ({used} used)"
    ),
    "membership.usage.not_included": Text(de="nicht enthalten", en="not included"),
    "membership.usage.disabled": Text(de="gesperrt", en="switched off"),
    "membership.coupon": Text(de="Gutschein einlösen", en="Redeem a coupon"),
    "membership.coupon_code": Text(de="Gutscheincode", en="Coupon code"),
    "membership.redeem": Text(de="Einlösen", en="Redeem"),
    "membership.coupon_redeemed": Text(
        de="Gutschein eingelöst: Du nutzt jetzt {tier}.",
        en="Coupon redeemed: you are now on {tier}.",
    ),
    "membership.trial": Text(de="Testphase", en="Trial"),
    "membership.trial_intro_1": Text(de="Teste alle Funktionen", en="Try every feature for"),
    "membership.trial_intro_2": Text(
        de="Tage lang kostenlos; danach gilt wieder dein Tarif.",
        en="days for free; afterwards your own plan applies again.",
    ),
    "membership.start_trial": Text(de="Testphase starten", en="Start the trial"),
    "membership.trial_started": Text(de="Deine Testphase läuft.", en="Your trial has started."),
    "membership.trial_used": Text(
        de="Du hast deine Testphase bereits genutzt (eine pro Konto).",
        en="You have already used your trial (one per account).",
    ),
    # Refused membership actions (UserError("membership.error.…"))
    "membership.error.code_required": Text(
        de="Bitte gib einen Gutscheincode ein.", en="Please enter a coupon code."
    ),
    "membership.error.coupon_invalid": Text(
        de="Dieser Gutscheincode lässt sich nicht einlösen. Bitte prüfe ihn.",
        en="This coupon code cannot be redeemed. Please check it.",
    ),
    "membership.error.coupon_redeemed": Text(
        de="Du hast diesen Gutschein bereits eingelöst.",
        en="You have already redeemed this coupon.",
    ),
    "membership.error.trial_used": Text(
        de="Du hast deine Testphase bereits genutzt.", en="You have already used your trial."
    ),
    "membership.error.trial_unavailable": Text(
        de="Die Testphase ist gerade nicht verfügbar.",
        en="The trial is not available at the moment.",
    ),
    "membership.error.not_found": Text(de="Nicht gefunden.", en="Not found."),
    "membership.error.forbidden": Text(de="Nur für die Verwaltung.", en="Administrators only."),
    "membership.error.limit_invalid": Text(
        de="Bitte eine ganze Zahl ab 0 eingeben, oder leer lassen für unbegrenzt.",
        en="Please enter a whole number from 0, or leave it empty for unlimited.",
    ),
    "membership.error.days_invalid": Text(
        de="Bitte eine Anzahl Tage zwischen 1 und 3650 eingeben.",
        en="Please enter a number of days between 1 and 3650.",
    ),
    "membership.error.uses_invalid": Text(
        de="Bitte eine ganze Zahl ab 1 eingeben, oder leer lassen für unbegrenzt.",
        en="Please enter a whole number from 1, or leave it empty for no limit.",
    ),
    "membership.error.price_invalid": Text(
        de="Bitte einen Preis wie 4,99 eingeben, oder leer lassen.",
        en="Please enter a price such as 4.99, or leave it empty.",
    ),
    "membership.error.order_invalid": Text(
        de="Bitte eine Position zwischen 0 und 1000 eingeben.",
        en="Please enter a position between 0 and 1000.",
    ),
    "membership.error.name_required": Text(
        de="Bitte einen Namen (bis 100 Zeichen) eingeben.",
        en="Please enter a name (up to 100 characters).",
    ),
    "membership.error.limit_type_invalid": Text(de="Unbekannter Zeitraum.", en="Unknown period."),
    "membership.error.tier_unknown": Text(de="Unbekannter Tarif.", en="Unknown plan."),
    "membership.error.feature_unknown": Text(de="Unbekannte Funktion.", en="Unknown feature."),
    "membership.error.role_invalid": Text(de="Unbekannte Rolle.", en="Unknown role."),
    "membership.error.own_role": Text(
        de="Du kannst dir die Verwaltungsrolle nicht selbst entziehen.",
        en="You cannot take the admin role from yourself.",
    ),
    "membership.error.grant_not_running": Text(
        de="Diese Freischaltung läuft gerade nicht.", en="This access grant is not running."
    ),
    "membership.error.grant_not_paused": Text(
        de="Diese Freischaltung ist nicht pausiert.", en="This access grant is not paused."
    ),
    "membership.error.code_invalid": Text(
        de=f"Der Code braucht {CODE_MIN} bis {CODE_MAX} Zeichen: Buchstaben, Ziffern, - und _.",
        en=f"The code needs {CODE_MIN} to {CODE_MAX} characters: letters, digits, - and _.",
    ),
    "membership.error.code_taken": Text(
        de="Diesen Code gibt es schon.", en="This code already exists."
    ),
    "membership.error.window_invalid": Text(
        de="„Gültig bis“ muss nach „Gültig ab“ liegen.",
        en="“Valid until” must be after “valid from”.",
    ),
    # Admin: tiers, features, limits
    "membership.admin.matrix": Text(de="Limits je Tarif", en="Limits per plan"),
    "membership.admin.matrix_hint": Text(
        de="Zahl eingeben und mit Enter bestätigen oder das Feld verlassen; leer heißt unbegrenzt.",
        en="Type a number and press Enter or leave the cell to save; empty means unlimited.",
    ),
    "membership.admin.feature": Text(de="Funktion", en="Feature"),
    "membership.admin.tiers": Text(de="Tarife", en="Plans"),
    "membership.admin.features": Text(de="Funktionen", en="Features"),
    "membership.admin.name_de": Text(de="Name (Deutsch)", en="Name (German)"),
    "membership.admin.name_en": Text(de="Name (Englisch)", en="Name (English)"),
    "membership.admin.price_monthly": Text(de="Preis pro Monat", en="Price per month"),
    "membership.admin.price_yearly": Text(de="Preis pro Jahr", en="Price per year"),
    "membership.admin.trial_days": Text(de="Testtage", en="Trial days"),
    "membership.admin.sort_order": Text(de="Reihenfolge", en="Order"),
    "membership.admin.active": Text(de="Aktiv", en="Active"),
    "membership.admin.category": Text(de="Kategorie", en="Category"),
    "membership.admin.default_limit": Text(de="Standardlimit", en="Default limit"),
    "membership.admin.unlimited": Text(de="unbegrenzt", en="unlimited"),
    "membership.admin.period": Text(de="Zeitraum", en="Period"),
    "membership.period_name.daily": Text(de="täglich", en="daily"),
    "membership.period_name.monthly": Text(de="monatlich", en="monthly"),
    "membership.period_name.total": Text(de="insgesamt", en="in total"),
    # Admin: coupons
    "membership.admin.coupons": Text(de="Gutscheine", en="Coupons"),
    "membership.admin.no_coupons": Text(de="Noch keine Gutscheine.", en="No coupons yet."),
    "membership.admin.new_coupon": Text(de="Neuer Gutschein", en="New coupon"),
    "membership.admin.code": Text(de="Code", en="Code"),
    "membership.admin.code_hint": Text(
        de=f"{CODE_MIN} bis {CODE_MAX} Zeichen: Buchstaben, Ziffern, - und _; "
        "Groß-/Kleinschreibung egal.",
        en=f"{CODE_MIN} to {CODE_MAX} characters: letters, digits, - and _; case does not matter.",
    ),
    "membership.admin.plan": Text(de="Tarif", en="Plan"),
    "membership.admin.days": Text(de="Dauer in Tagen", en="Duration in days"),
    "membership.admin.days_unit": Text(de="Tage", en="days"),
    "membership.admin.max_uses": Text(de="Höchstens so oft einlösbar", en="Maximum uses"),
    "membership.admin.max_uses_hint": Text(de="Leer: unbegrenzt.", en="Empty: no limit."),
    "membership.admin.valid_from": Text(de="Gültig ab (optional)", en="Valid from (optional)"),
    "membership.admin.valid_until": Text(de="Gültig bis (optional)", en="Valid until (optional)"),
    "membership.admin.create_coupon": Text(de="Gutschein anlegen", en="Create coupon"),
    "membership.admin.coupon_created": Text(
        de="Gutschein {code} angelegt.", en="Coupon {code} created."
    ),
    "membership.admin.coupon_on": Text(
        de="Gutschein {code} ist wieder aktiv.", en="Coupon {code} is active again."
    ),
    "membership.admin.coupon_off": Text(
        de="Gutschein {code} ist deaktiviert (jederzeit wieder aktivierbar).",
        en="Coupon {code} is deactivated (you can activate it again at any time).",
    ),
    "membership.admin.inactive": Text(de="Inaktiv", en="Inactive"),
    "membership.admin.uses": Text(de="Einlösungen", en="Uses"),
    "membership.admin.window": Text(de="Gültig", en="Valid"),
    "membership.admin.deactivate": Text(de="Deaktivieren", en="Deactivate"),
    "membership.admin.activate": Text(de="Aktivieren", en="Activate"),
    "membership.admin.redemptions": Text(de="Einlösungen anzeigen", en="Show redemptions"),
    "membership.admin.no_redemptions": Text(de="Noch nicht eingelöst.", en="Not redeemed yet."),
    # Admin: profiles
    "membership.admin.search": Text(
        de="Suche nach E-Mail oder Name", en="Search by e-mail or name"
    ),
    "membership.admin.search_button": Text(de="Suchen", en="Search"),
    "membership.admin.no_profiles": Text(de="Keine passenden Nutzer.", en="No matching profiles."),
    "membership.admin.manage": Text(de="Verwalten", en="Manage"),
    "membership.admin.close": Text(de="Schließen", en="Close"),
    "membership.admin.verified": Text(de="E-Mail bestätigt", en="E-mail verified"),
    "membership.admin.ai": Text(de="KI freigeschaltet", en="AI enabled"),
    "membership.admin.effective": Text(de="Gültiger Tarif", en="Effective plan"),
    "membership.admin.account": Text(de="Konto", en="Account"),
    "membership.admin.role": Text(de="Rolle", en="Role"),
    "membership.admin.own_plan": Text(de="Eigener Tarif", en="Own plan"),
    "membership.admin.grants": Text(de="Freischaltungen", en="Access grants"),
    "membership.admin.no_grants": Text(de="Keine Freischaltungen.", en="No access grants."),
    "membership.admin.running": Text(de="Läuft", en="Running"),
    "membership.admin.paused": Text(de="Pausiert", en="Paused"),
    "membership.admin.remaining": Text(de="Verbleibende Tage", en="Days left"),
    "membership.admin.pause": Text(de="Pausieren", en="Pause"),
    "membership.admin.resume": Text(de="Fortsetzen", en="Resume"),
    "membership.admin.grant": Text(de="Freischalten", en="Grant"),
    "membership.admin.restrictions": Text(de="Einschränkungen", en="Restrictions"),
    "membership.admin.restrictions_hint": Text(
        de="Ein eigenes Limit für diesen Nutzer (leer: das Limit des Tarifs gilt) oder die "
        "Funktion ganz sperren.",
        en="A limit of this user's own (empty: the plan's limit applies), or switch the feature "
        "off entirely.",
    ),
    "membership.admin.plan_limit": Text(de="Limit des Tarifs", en="Plan's limit"),
    "membership.admin.disabled": Text(de="Gesperrt", en="Switched off"),
    # Admin: activity log
    "membership.log.profile": Text(de="Nutzer (E-Mail enthält)", en="Profile (e-mail contains)"),
    "membership.log.action": Text(de="Aktion", en="Action"),
    "membership.log.all_actions": Text(de="Alle Aktionen", en="All actions"),
    "membership.log.filter": Text(de="Filtern", en="Filter"),
    "membership.log.previous": Text(de="Zurück", en="Previous"),
    "membership.log.next": Text(de="Weiter", en="Next"),
    "membership.log.page": Text(de="Seite", en="Page"),
    "membership.log.entries": Text(de="Einträge", en="entries"),
    "membership.log.empty": Text(de="Keine passenden Einträge.", en="No matching entries."),
}
