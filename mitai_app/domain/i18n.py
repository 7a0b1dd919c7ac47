"""The UI's words in German and English, and the lookup both sides share.

Pages render `t(key)` (a Var that follows the user's language); handlers use
`translate(key, lang, **values)` for messages they compose on the server.
"""

from __future__ import annotations

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
}


def translate(key: str, lang: str, **values: object) -> str:
    german, english = CATALOG[key]
    text = german if lang == "de" else english
    return text.format(**values) if values else text
