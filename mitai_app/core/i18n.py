"""The UI's words in German and English, and the lookup both sides share.

Pages render `t(key)` (a Var that follows the user's language); handlers use
`translate(key, lang, **values)` for messages they compose on the server.
The shell's words are here; each module keeps its own in `i18n_<module>.py`.
"""

from __future__ import annotations

from mitai_app.ai import strings as i18n_ai
from mitai_app.body import strings as i18n_body
from mitai_app.membership import strings as i18n_membership
from mitai_app.photos import strings as i18n_photos

LANGUAGES = ("de", "en")

# key -> (German, English)
CATALOG: dict[str, tuple[str, str]] = {
    # Shell and navigation
    "app.tagline": (
        "Gewicht, Körperzusammensetzung, Training, Ernährung, Schlaf und Vitalwerte auf "
        "deinem eigenen Server – mit Auswertungen, die deine eigenen Zahlen zitieren.",
        "Track weight, body composition, training, nutrition, sleep and vitals on your own "
        "server, and get analyses that cite your own numbers.",
    ),
    "nav.main": ("Hauptnavigation", "Main navigation"),
    "nav.dashboard": ("Übersicht", "Dashboard"),
    "nav.capture": ("Erfassen", "Capture"),
    "nav.history": ("Verlauf", "History"),
    "nav.analysis": ("Analyse", "Analysis"),
    "nav.more": ("Mehr", "More"),
    "nav.profile": ("Profil", "Profile"),
    "nav.settings": ("Einstellungen", "Settings"),
    "nav.admin": ("Verwaltung", "Admin"),
    "nav.body": ("Körper", "Body"),
    "nav.photos": ("Fotos", "Photos"),
    "nav.subscription": ("Mitgliedschaft", "Subscription"),
    "nav.admin_general": ("Allgemein", "General"),
    "nav.admin_profiles": ("Nutzer", "Profiles"),
    "nav.admin_tiers": ("Stufen und Limits", "Tiers and limits"),
    "nav.admin_coupons": ("Gutscheine", "Coupons"),
    "nav.admin_log": ("Aktivitätsprotokoll", "Activity log"),
    "nav.admin_prompts": ("Prompts", "Prompts"),
    "nav.admin_ai": ("KI-Anbieter", "AI provider"),
    "nav.sign_out": ("Abmelden", "Sign out"),
    "nav.color_mode": ("Hell/Dunkel umschalten", "Toggle light/dark mode"),
    "status.checking": ("Server wird geprüft …", "Checking the server…"),
    "status.version": ("Version", "Version"),
    "status.database": ("Datenbank", "database"),
    "common.save": ("Speichern", "Save"),
    "common.saved": ("Gespeichert.", "Saved."),
    "common.cancel": ("Abbrechen", "Cancel"),
    "common.working": ("Einen Moment …", "One moment…"),
    "common.email": ("E-Mail-Adresse", "E-mail address"),
    "common.password": ("Passwort", "Password"),
    "common.language": ("Sprache", "Language"),
    "common.german": ("Deutsch", "German"),
    "common.english": ("Englisch", "English"),
    # Placeholder pages
    "empty.dashboard": (
        "Noch keine Daten. Sobald du Werte erfasst, erscheint hier deine Übersicht.",
        "No data yet. Your overview appears here once you capture your first values.",
    ),
    "empty.capture": (
        "Hier erfasst du bald Gewicht, Umfänge, Caliper, Training, Ernährung, Schlaf und "
        "Vitalwerte.",
        "This is where you will capture weight, circumferences, skinfolds, training, "
        "nutrition, sleep and vitals.",
    ),
    "empty.history": ("Noch keine Einträge.", "No entries yet."),
    "empty.body": (
        "Diagramme und abgeleitete Werte erscheinen hier, sobald du Werte erfasst.",
        "Charts and derived values appear here once you capture values.",
    ),
    "empty.photos": ("Noch keine Fotos.", "No photos yet."),
    "empty.subscription": (
        "Hier siehst du bald deine Mitgliedschaft und ihre Limits.",
        "Your membership and its limits will appear here.",
    ),
    "empty.coming": ("Diese Seite folgt in Kürze.", "This page is coming soon."),
    "empty.analysis": (
        "KI-Auswertungen deiner eigenen Zahlen erscheinen hier.",
        "AI analyses of your own numbers will appear here.",
    ),
    # Authentication
    "auth.sign_in": ("Anmelden", "Sign in"),
    "auth.register": ("Konto anlegen", "Create account"),
    "auth.display_name": ("Anzeigename (optional)", "Display name (optional)"),
    "auth.new_password": ("Neues Passwort", "New password"),
    "auth.repeat_password": ("Passwort wiederholen", "Repeat password"),
    "auth.current_password": ("Aktuelles Passwort", "Current password"),
    "auth.password_hint": (
        "8 bis 128 Zeichen; häufige Passwörter werden abgelehnt.",
        "8 to 128 characters; common passwords are refused.",
    ),
    "auth.forgot": ("Passwort vergessen?", "Forgot your password?"),
    "auth.no_account": ("Noch kein Konto?", "No account yet?"),
    "auth.have_account": ("Schon ein Konto?", "Already have an account?"),
    "auth.send_reset": ("Link zum Zurücksetzen senden", "Send reset link"),
    "auth.set_password": ("Passwort festlegen", "Set password"),
    "auth.check_mail": (
        "Fast geschafft: Wir haben dir eine E-Mail mit einem Bestätigungslink geschickt.",
        "Almost there: we have sent you an e-mail with a confirmation link.",
    ),
    "auth.reset_sent": (
        "Wenn es zu dieser Adresse ein Konto gibt, ist ein Link zum Zurücksetzen unterwegs.",
        "If an account exists for that address, a reset link is on its way.",
    ),
    "auth.verified": (
        "Deine E-Mail-Adresse ist bestätigt. Du kannst dich jetzt anmelden.",
        "Your e-mail address is confirmed. You can sign in now.",
    ),
    "auth.email_changed": (
        "Deine neue E-Mail-Adresse ist bestätigt.",
        "Your new e-mail address is confirmed.",
    ),
    "auth.password_was_reset": (
        "Dein Passwort wurde geändert. Bitte melde dich neu an.",
        "Your password has been changed. Please sign in again.",
    ),
    "auth.setup_title": ("Erstes Administratorkonto", "First administrator account"),
    "auth.setup_intro": (
        "Diese Installation hat noch keinen Administrator. Lege ihn jetzt an.",
        "This installation has no administrator yet. Create one now.",
    ),
    "auth.resend": ("Bestätigungslink erneut senden", "Send the confirmation link again"),
    # Errors (codes from services.auth.AuthError)
    "error.invalid_email": (
        "Bitte gib eine gültige E-Mail-Adresse ein.",
        "Please enter a valid e-mail address.",
    ),
    "error.password_too_short": (
        "Das Passwort braucht mindestens 8 Zeichen.",
        "The password needs at least 8 characters.",
    ),
    "error.password_too_long": (
        "Das Passwort darf höchstens 128 Zeichen haben.",
        "The password may have at most 128 characters.",
    ),
    "error.password_too_common": (
        "Dieses Passwort ist zu verbreitet. Bitte wähle ein anderes.",
        "This password is too common. Please choose another one.",
    ),
    "error.invalid_credentials": (
        "E-Mail-Adresse oder Passwort sind falsch.",
        "E-mail address or password is incorrect.",
    ),
    "error.email_not_verified": (
        "Bitte bestätige zuerst deine E-Mail-Adresse (Link in deinem Postfach).",
        "Please confirm your e-mail address first (the link is in your mailbox).",
    ),
    "error.rate_limited": (
        "Zu viele Versuche. Bitte versuche es in {seconds} Sekunden erneut.",
        "Too many attempts. Please try again in {seconds} seconds.",
    ),
    "error.registration_closed": (
        "Die Registrierung ist geschlossen. Bitte frage nach einer Einladung.",
        "Registration is closed. Please ask for an invitation.",
    ),
    "error.invalid_link": (
        "Dieser Link ist ungültig, abgelaufen oder wurde schon verwendet.",
        "This link is invalid, expired or has already been used.",
    ),
    "error.unexpected": (
        "Etwas ist schiefgelaufen. Bitte versuche es gleich noch einmal.",
        "Something went wrong. Please try again in a moment.",
    ),
    "error.wrong_password": ("Das Passwort ist falsch.", "The password is incorrect."),
    "error.same_email": ("Das ist bereits deine Adresse.", "That is already your address."),
    "error.admin_exists": (
        "Es gibt bereits einen Administrator.",
        "An administrator already exists.",
    ),
    "error.not_admin": ("Nur für Administratoren.", "Administrators only."),
    "error.passwords_differ": (
        "Die Passwörter stimmen nicht überein.",
        "The passwords do not match.",
    ),
    # Profile
    "profile.display_name": ("Anzeigename", "Display name"),
    "profile.sex": ("Geschlecht", "Sex"),
    "profile.sex_none": ("Keine Angabe", "Not specified"),
    "profile.male": ("Männlich", "Male"),
    "profile.female": ("Weiblich", "Female"),
    "profile.date_of_birth": ("Geburtsdatum", "Date of birth"),
    "profile.height_cm": ("Körpergröße (cm)", "Height (cm)"),
    "profile.height_in": ("Körpergröße (in)", "Height (in)"),
    "profile.units": ("Maßeinheiten", "Units"),
    "profile.metric": ("Metrisch (kg, cm)", "Metric (kg, cm)"),
    "profile.imperial": ("Imperial (lb, in)", "Imperial (lb, in)"),
    "profile.timezone": ("Zeitzone", "Time zone"),
    "profile.session_days": ("Angemeldet bleiben (Tage)", "Stay signed in for (days)"),
    "profile.session_days_hint": (
        "Gilt für neue Anmeldungen; bestehende behalten ihre Laufzeit.",
        "Applies to new sign-ins; current sessions keep their expiry.",
    ),
    "profile.email_hint": (
        "Deine E-Mail-Adresse änderst du in den Einstellungen.",
        "You change your e-mail address in the settings.",
    ),
    "error.profile.invalid": ("Bitte prüfe deine Eingaben.", "Please check your entries."),
    "error.profile.display_name_too_long": (
        "Der Anzeigename darf höchstens 100 Zeichen haben.",
        "The display name may have at most 100 characters.",
    ),
    "error.profile.sex_invalid": (
        "Bitte wähle einen Eintrag aus der Liste.",
        "Please choose an entry from the list.",
    ),
    "error.profile.date_of_birth_invalid": (
        "Bitte gib ein gültiges Datum ein.",
        "Please enter a valid date.",
    ),
    "error.profile.date_of_birth_future": (
        "Das Geburtsdatum darf nicht in der Zukunft liegen.",
        "The date of birth cannot be in the future.",
    ),
    "error.profile.date_of_birth_age": (
        "Das Alter muss zwischen 5 und 120 Jahren liegen.",
        "The age must be between 5 and 120 years.",
    ),
    "error.profile.height_invalid": (
        "Bitte gib die Körpergröße als Zahl ein, z. B. 178 oder 70,5.",
        "Please enter the height as a number, e.g. 178 or 70.5.",
    ),
    "error.profile.height_range": (
        "Die Körpergröße muss zwischen 50 und 272 cm liegen (19,7 bis 107,1 in).",
        "The height must be between 50 and 272 cm (19.7 to 107.1 in).",
    ),
    "error.profile.language_invalid": (
        "Bitte wähle eine Sprache aus der Liste.",
        "Please choose a language from the list.",
    ),
    "error.profile.unit_system_invalid": (
        "Bitte wähle Maßeinheiten aus der Liste.",
        "Please choose units from the list.",
    ),
    "error.profile.timezone_invalid": (
        "Bitte wähle eine Zeitzone aus der Liste.",
        "Please choose a time zone from the list.",
    ),
    "error.profile.session_days_invalid": (
        "Bitte gib eine ganze Zahl von Tagen ein.",
        "Please enter a whole number of days.",
    ),
    "error.profile.session_days_range": (
        "Eine Anmeldung kann 1 bis 365 Tage gültig sein.",
        "A sign-in can last 1 to 365 days.",
    ),
    # Settings
    "settings.sessions": ("Angemeldete Geräte", "Signed-in devices"),
    "settings.this_device": ("Dieses Gerät", "This device"),
    "settings.last_seen": ("Zuletzt aktiv", "Last seen"),
    "settings.ip": ("IP-Adresse", "IP address"),
    "settings.end_session": ("Sitzung beenden", "End session"),
    "settings.session_ended": ("Sitzung beendet.", "Session ended."),
    "settings.no_other_sessions": (
        "Du bist auf keinem anderen Gerät angemeldet.",
        "You are not signed in on any other device.",
    ),
    "settings.change_password": ("Passwort ändern", "Change password"),
    "settings.password_changed": (
        "Dein Passwort wurde geändert. Alle anderen Geräte wurden abgemeldet.",
        "Your password has been changed. All other devices have been signed out.",
    ),
    "settings.change_email": ("E-Mail-Adresse ändern", "Change e-mail address"),
    "settings.current_email": ("Aktuelle Adresse:", "Current address:"),
    "settings.new_email": ("Neue E-Mail-Adresse", "New e-mail address"),
    "settings.send_link": ("Bestätigungslink senden", "Send confirmation link"),
    "settings.email_sent": (
        "Fast geschafft: Sieh in deinem neuen Postfach nach und bestätige die Adresse mit "
        "dem Link. Bis dahin gilt deine bisherige Adresse.",
        "Almost done: check your new mailbox and confirm the address with the link. Until "
        "then your current address stays in use.",
    ),
    "settings.danger_zone": ("Gefahrenzone", "Danger zone"),
    "settings.delete_account": ("Konto löschen", "Delete account"),
    "settings.delete_intro": (
        "Löscht dein Konto mit allen Messwerten, Fotos und Auswertungen endgültig.",
        "Permanently deletes your account with all measurements, photos and analyses.",
    ),
    "settings.delete_title": ("Konto wirklich löschen?", "Really delete your account?"),
    "settings.delete_text": (
        "Das lässt sich nicht rückgängig machen. Bitte bestätige mit deinem Passwort.",
        "This cannot be undone. Please confirm with your password.",
    ),
    "settings.delete_confirm": ("Endgültig löschen", "Delete permanently"),
    "settings.account_deleted": ("Dein Konto wurde gelöscht.", "Your account has been deleted."),
    # Admin
    "admin.registration": ("Selbstregistrierung offen", "Self-registration open"),
    "admin.registration_hint": (
        "Ist sie geschlossen, kann nur mit einer Einladung ein Konto angelegt werden.",
        "When it is closed, new accounts need an invitation.",
    ),
    "admin.default_tier": ("Tarif für neue Konten", "Plan for new accounts"),
    "admin.default_tier_hint": (
        "„selfhosted“ ist unbegrenzt (ein Haushalt); ein gehosteter Dienst beginnt mit „free“.",
        "“selfhosted” is unlimited (a household); a hosted service starts people on “free”.",
    ),
    "admin.invite": ("Jemanden einladen", "Invite someone"),
    "admin.send_invite": ("Einladung senden", "Send invitation"),
    "admin.invite_sent": (
        "Einladung verschickt. Du kannst den Link auch selbst weitergeben (14 Tage gültig):",
        "Invitation sent. You can also share the link yourself (valid for 14 days):",
    ),
    "admin.invite_link": ("Einladungslink", "Invitation link"),
    "admin.copy": ("Link kopieren", "Copy link"),
    "admin.copied": ("Link kopiert.", "Link copied."),
}


def _merge(*catalogs: dict[str, tuple[str, str]]) -> None:
    """Adds each module's words; a key defined twice is a mistake."""
    for catalog in catalogs:
        twice = CATALOG.keys() & catalog.keys()
        if twice:
            raise ValueError(f"i18n keys defined twice: {sorted(twice)}")
        CATALOG.update(catalog)


_merge(i18n_body.CATALOG, i18n_photos.CATALOG, i18n_membership.CATALOG, i18n_ai.CATALOG)


def translate(key: str, lang: str, **values: object) -> str:
    german, english = CATALOG[key]
    text = german if lang == "de" else english
    return text.format(**values) if values else text
