"""The words of sign-in, registration, e-mail links, profile, settings and the admin's invitations."""

from mitai_app.core.text import Text

CATALOG: dict[str, Text] = {
    # Authentication
    "auth.sign_in": Text(de="Anmelden", en="Sign in"),
    "auth.register": Text(de="Konto anlegen", en="Create account"),
    "auth.display_name": Text(de="Anzeigename (optional)", en="Display name (optional)"),
    "auth.new_password": Text(de="Neues Passwort", en="New password"),
    "auth.repeat_password": Text(de="Passwort wiederholen", en="Repeat password"),
    "auth.current_password": Text(de="Aktuelles Passwort", en="Current password"),
    "auth.password_hint": Text(
        de="8 bis 128 Zeichen; häufige Passwörter werden abgelehnt.",
        en="8 to 128 characters; common passwords are refused.",
    ),
    "auth.forgot": Text(de="Passwort vergessen?", en="Forgot your password?"),
    "auth.no_account": Text(de="Noch kein Konto?", en="No account yet?"),
    "auth.have_account": Text(de="Schon ein Konto?", en="Already have an account?"),
    "auth.send_reset": Text(de="Link zum Zurücksetzen senden", en="Send reset link"),
    "auth.set_password": Text(de="Passwort festlegen", en="Set password"),
    "auth.check_mail": Text(
        de="Fast geschafft: Wir haben dir eine E-Mail mit einem Bestätigungslink geschickt.",
        en="Almost there: we have sent you an e-mail with a confirmation link.",
    ),
    "auth.reset_sent": Text(
        de="Wenn es zu dieser Adresse ein Konto gibt, ist ein Link zum Zurücksetzen unterwegs.",
        en="If an account exists for that address, a reset link is on its way.",
    ),
    "auth.verified": Text(
        de="Deine E-Mail-Adresse ist bestätigt. Du kannst dich jetzt anmelden.",
        en="Your e-mail address is confirmed. You can sign in now.",
    ),
    "auth.email_changed": Text(
        de="Deine neue E-Mail-Adresse ist bestätigt.", en="Your new e-mail address is confirmed."
    ),
    "auth.password_was_reset": Text(
        de="Dein Passwort wurde geändert. Bitte melde dich neu an.",
        en="Your password has been changed. Please sign in again.",
    ),
    "auth.setup_title": Text(de="Erstes Administratorkonto", en="First administrator account"),
    # Page titles (the browser tab) where no heading says the same
    "auth.title.verify": Text(de="E-Mail bestätigen", en="Confirm e-mail"),
    "auth.title.verify_email_change": Text(de="Neue E-Mail bestätigen", en="Confirm new e-mail"),
    "auth.title.forgot": Text(de="Passwort vergessen", en="Forgot password"),
    "auth.title.reset": Text(de="Passwort zurücksetzen", en="Reset password"),
    "auth.setup_intro": Text(
        de="Diese Installation hat noch keinen Administrator. Lege ihn jetzt an.",
        en="This installation has no administrator yet. Create one now.",
    ),
    # Refused account actions (UserError("error.…"))
    "error.invalid_email": Text(
        de="Bitte gib eine gültige E-Mail-Adresse ein.", en="Please enter a valid e-mail address."
    ),
    "error.password_too_short": Text(
        de="Das Passwort braucht mindestens 8 Zeichen.",
        en="The password needs at least 8 characters.",
    ),
    "error.password_too_long": Text(
        de="Das Passwort darf höchstens 128 Zeichen haben.",
        en="The password may have at most 128 characters.",
    ),
    "error.password_too_common": Text(
        de="Dieses Passwort ist zu verbreitet. Bitte wähle ein anderes.",
        en="This password is too common. Please choose another one.",
    ),
    "error.invalid_credentials": Text(
        de="E-Mail-Adresse oder Passwort sind falsch.",
        en="E-mail address or password is incorrect.",
    ),
    "error.email_not_verified": Text(
        de="Bitte bestätige zuerst deine E-Mail-Adresse (Link in deinem Postfach).",
        en="Please confirm your e-mail address first (the link is in your mailbox).",
    ),
    "error.rate_limited": Text(
        de="Zu viele Versuche. Bitte versuche es in {seconds} Sekunden erneut.",
        en="Too many attempts. Please try again in {seconds} seconds.",
    ),
    "error.registration_closed": Text(
        de="Die Registrierung ist geschlossen. Bitte frage nach einer Einladung.",
        en="Registration is closed. Please ask for an invitation.",
    ),
    "error.invalid_link": Text(
        de="Dieser Link ist ungültig, abgelaufen oder wurde schon verwendet.",
        en="This link is invalid, expired or has already been used.",
    ),
    "error.wrong_password": Text(de="Das Passwort ist falsch.", en="The password is incorrect."),
    "error.same_email": Text(
        de="Das ist bereits deine Adresse.", en="That is already your address."
    ),
    "error.admin_exists": Text(
        de="Es gibt bereits einen Administrator.", en="An administrator already exists."
    ),
    "error.not_admin": Text(de="Nur für Administratoren.", en="Administrators only."),
    "error.no_such_account": Text(
        de="Es gibt kein Konto mit der Adresse {email}.",
        en="There is no account with the address {email}.",
    ),
    "error.passwords_differ": Text(
        de="Die Passwörter stimmen nicht überein.", en="The passwords do not match."
    ),
    # Profile
    "profile.display_name": Text(de="Anzeigename", en="Display name"),
    "profile.sex": Text(de="Geschlecht", en="Sex"),
    "profile.sex_none": Text(de="Keine Angabe", en="Not specified"),
    "profile.male": Text(de="Männlich", en="Male"),
    "profile.female": Text(de="Weiblich", en="Female"),
    "profile.date_of_birth": Text(de="Geburtsdatum", en="Date of birth"),
    "profile.height_cm": Text(de="Körpergröße (cm)", en="Height (cm)"),
    "profile.height_in": Text(de="Körpergröße (in)", en="Height (in)"),
    "profile.resting_hr": Text(de="Ruhepuls (bpm)", en="Resting heart rate (bpm)"),
    "profile.resting_hr_hint": Text(
        de="Für deine Pulszonen, solange keine aktuellen Morgenwerte vorliegen.",
        en="For your heart-rate zones while there are no recent morning vitals.",
    ),
    "error.profile.resting_hr_range": Text(
        de="Bitte einen Ruhepuls zwischen 25 und 120 bpm als ganze Zahl eingeben.",
        en="Please enter a resting heart rate between 25 and 120 bpm as a whole number.",
    ),
    "profile.units": Text(de="Maßeinheiten", en="Units"),
    "profile.history.heading": Text(de="Verlauf deines Profils", en="Your profile's history"),
    "profile.history.hint": Text(
        de="Was sich wann geändert hat; Auswertungen nehmen die Werte, die an einem Tag galten.",
        en="What changed when; analyses use the values valid on a day.",
    ),
    "profile.history.none": Text(de="Noch keine Änderungen.", en="No changes yet."),
    "profile.history.change": Text(de="{before} → {after}", en="{before} → {after}"),
    "profile.history.de": Text(de="Deutsch", en="German"),
    "profile.history.en": Text(de="Englisch", en="English"),
    "profile.history.field.display_name": Text(de="Anzeigename", en="Display name"),
    "profile.history.field.sex": Text(de="Geschlecht", en="Sex"),
    "profile.history.field.date_of_birth": Text(de="Geburtsdatum", en="Date of birth"),
    "profile.history.field.height_cm": Text(de="Körpergröße", en="Height"),
    "profile.history.field.resting_hr": Text(de="Ruhepuls", en="Resting heart rate"),
    "profile.history.field.language": Text(de="Sprache", en="Language"),
    "profile.history.field.unit_system": Text(de="Maßeinheiten", en="Units"),
    "profile.history.field.timezone": Text(de="Zeitzone", en="Time zone"),
    "profile.history.field.session_days": Text(
        de="Angemeldet bleiben (Tage)", en="Stay signed in (days)"
    ),
    "profile.metric": Text(de="Metrisch (kg, cm)", en="Metric (kg, cm)"),
    "profile.imperial": Text(de="Imperial (lb, in)", en="Imperial (lb, in)"),
    "profile.timezone": Text(de="Zeitzone", en="Time zone"),
    "profile.timezone_common": Text(de="Häufige Zeitzonen", en="Common time zones"),
    "profile.timezone_all": Text(de="Alle Zeitzonen", en="All time zones"),
    "profile.session_days": Text(de="Angemeldet bleiben (Tage)", en="Stay signed in for (days)"),
    "profile.session_days_hint": Text(
        de="Gilt für neue Anmeldungen; bestehende behalten ihre Laufzeit.",
        en="Applies to new sign-ins; current sessions keep their expiry.",
    ),
    "profile.email_hint": Text(
        de="Deine E-Mail-Adresse änderst du in den Einstellungen.",
        en="You change your e-mail address in the settings.",
    ),
    "error.profile.invalid": Text(
        de="Bitte prüfe deine Eingaben.", en="Please check your entries."
    ),
    "error.profile.sex_invalid": Text(
        de="Bitte wähle einen Eintrag aus der Liste.", en="Please choose an entry from the list."
    ),
    "error.profile.date_of_birth_invalid": Text(
        de="Bitte gib ein gültiges Datum ein.", en="Please enter a valid date."
    ),
    "error.profile.date_of_birth_future": Text(
        de="Das Geburtsdatum darf nicht in der Zukunft liegen.",
        en="The date of birth cannot be in the future.",
    ),
    "error.profile.date_of_birth_age": Text(
        de="Das Alter muss zwischen 5 und 120 Jahren liegen.",
        en="The age must be between 5 and 120 years.",
    ),
    "error.profile.height_invalid": Text(
        de="Bitte gib die Körpergröße als Zahl ein, z. B. 178 oder 70,5.",
        en="Please enter the height as a number, e.g. 178 or 70.5.",
    ),
    "error.profile.height_range": Text(
        de="Die Körpergröße muss zwischen 50 und 272 cm liegen (19,7 bis 107,1 in).",
        en="The height must be between 50 and 272 cm (19.7 to 107.1 in).",
    ),
    "error.profile.language_invalid": Text(
        de="Bitte wähle eine Sprache aus der Liste.", en="Please choose a language from the list."
    ),
    "error.profile.unit_system_invalid": Text(
        de="Bitte wähle Maßeinheiten aus der Liste.", en="Please choose units from the list."
    ),
    "error.profile.timezone_invalid": Text(
        de="Bitte wähle eine Zeitzone aus der Liste.", en="Please choose a time zone from the list."
    ),
    "error.profile.session_days_invalid": Text(
        de="Bitte gib eine ganze Zahl von Tagen ein.", en="Please enter a whole number of days."
    ),
    "error.profile.session_days_range": Text(
        de="Eine Anmeldung kann 1 bis 365 Tage gültig sein.", en="A sign-in can last 1 to 365 days."
    ),
    # Settings
    "settings.sessions": Text(de="Angemeldete Geräte", en="Signed-in devices"),
    "settings.this_device": Text(de="Dieses Gerät", en="This device"),
    "settings.last_seen": Text(de="Zuletzt aktiv", en="Last seen"),
    "settings.ip": Text(de="IP-Adresse", en="IP address"),
    "settings.end_session": Text(de="Sitzung beenden", en="End session"),
    "settings.session_ended": Text(de="Sitzung beendet.", en="Session ended."),
    "settings.end_others": Text(de="Überall sonst abmelden", en="Sign out everywhere else"),
    "settings.end_others_title": Text(
        de="Auf allen anderen Geräten abmelden?", en="Sign out on every other device?"
    ),
    "settings.end_others_text": Text(
        de="Alle anderen Geräte werden abgemeldet; dieses bleibt angemeldet.",
        en="Every other device is signed out; this one stays signed in.",
    ),
    "settings.end_others_done": Text(
        de="Alle anderen Geräte sind abgemeldet.", en="Every other device is signed out."
    ),
    "settings.no_other_sessions": Text(
        de="Du bist auf keinem anderen Gerät angemeldet.",
        en="You are not signed in on any other device.",
    ),
    "settings.change_password": Text(de="Passwort ändern", en="Change password"),
    "settings.password_changed": Text(
        de="Dein Passwort wurde geändert. Alle anderen Geräte wurden abgemeldet.",
        en="Your password has been changed. All other devices have been signed out.",
    ),
    "settings.change_email": Text(de="E-Mail-Adresse ändern", en="Change e-mail address"),
    "settings.current_email": Text(de="Aktuelle Adresse:", en="Current address:"),
    "settings.new_email": Text(de="Neue E-Mail-Adresse", en="New e-mail address"),
    "settings.send_link": Text(de="Bestätigungslink senden", en="Send confirmation link"),
    "settings.email_sent": Text(
        de="Fast geschafft: Sieh in deinem neuen Postfach nach und bestätige die Adresse mit "
        "dem Link. Bis dahin gilt deine bisherige Adresse.",
        en="Almost done: check your new mailbox and confirm the address with the link. Until "
        "then your current address stays in use.",
    ),
    "settings.danger_zone": Text(de="Gefahrenzone", en="Danger zone"),
    "settings.delete_account": Text(de="Konto löschen", en="Delete account"),
    "settings.delete_intro": Text(
        de="Löscht dein Konto mit allen Messwerten, Fotos und Auswertungen endgültig.",
        en="Permanently deletes your account with all measurements, photos and analyses.",
    ),
    "settings.delete_title": Text(de="Konto wirklich löschen?", en="Really delete your account?"),
    "settings.delete_text": Text(
        de="Das lässt sich nicht rückgängig machen. Bitte bestätige mit deinem Passwort.",
        en="This cannot be undone. Please confirm with your password.",
    ),
    "settings.delete_confirm": Text(de="Endgültig löschen", en="Delete permanently"),
    "settings.delete_export_first": Text(
        de="Alles wird gelöscht, auch deine Fotos. Lade vorher einen Export herunter, wenn du deine Daten behalten oder anderswo wiederherstellen willst.",
        en="Everything is deleted, your photos too. Download an export first if you want to keep your data or restore it elsewhere.",
    ),
    "settings.export_first": Text(de="Erst exportieren", en="Export first"),
    "settings.account_deleted": Text(
        de="Dein Konto wurde gelöscht.", en="Your account has been deleted."
    ),
    # Admin
    "admin.registration": Text(de="Selbstregistrierung offen", en="Self-registration open"),
    "admin.registration_hint": Text(
        de="Ist sie geschlossen, kann nur mit einer Einladung ein Konto angelegt werden.",
        en="When it is closed, new accounts need an invitation.",
    ),
    "admin.default_tier": Text(de="Tarif für neue Konten", en="Plan for new accounts"),
    "admin.default_tier_hint": Text(
        de="„selfhosted“ ist unbegrenzt (ein Haushalt); ein gehosteter Dienst beginnt mit „free“.",
        en="“selfhosted” is unlimited (a household); a hosted service starts people on “free”.",
    ),
    "admin.invite": Text(de="Jemanden einladen", en="Invite someone"),
    "admin.send_invite": Text(de="Einladung senden", en="Send invitation"),
    "admin.invite_sent": Text(
        de="Einladung verschickt. Du kannst den Link auch selbst weitergeben (14 Tage gültig):",
        en="Invitation sent. You can also share the link yourself (valid for 14 days):",
    ),
    "admin.invite_link": Text(de="Einladungslink", en="Invitation link"),
    "admin.copy": Text(de="Link kopieren", en="Copy link"),
    "admin.copied": Text(de="Link kopiert.", en="Link copied."),
}
