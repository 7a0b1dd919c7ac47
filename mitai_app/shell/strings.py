"""The shell's words: navigation, common buttons, empty states, status."""

from mitai_app.core.text import Text

CATALOG: dict[str, Text] = {
    # Shell and navigation
    "app.tagline": Text(
        de="Deine Gesundheitswerte auf deinem eigenen Server – mit Auswertungen, die deine "
        "eigenen Zahlen zitieren.",
        en="Your health numbers on your own server, with analyses that cite your own numbers.",
    ),
    "app.features": Text(de="Was du festhalten kannst", en="What you can keep track of"),
    "error.not_found_title": Text(de="Seite nicht gefunden", en="Page not found"),
    "error.not_found_text": Text(
        de="Diese Adresse gibt es hier nicht. Vielleicht ist der Link veraltet oder vertippt.",
        en="There is no page at this address. The link may be old or mistyped.",
    ),
    "error.not_found_home": Text(de="Zur Startseite", en="Go to the front page"),
    "error.not_found_dashboard": Text(de="Zur Übersicht", en="Go to the dashboard"),
    "nav.main": Text(de="Hauptnavigation", en="Main navigation"),
    "nav.dashboard": Text(de="Übersicht", en="Dashboard"),
    "nav.capture": Text(de="Erfassen", en="Capture"),
    "nav.history": Text(de="Verlauf", en="History"),
    "nav.analysis": Text(de="Analyse", en="Analysis"),
    "nav.more": Text(de="Mehr", en="More"),
    "nav.profile": Text(de="Profil", en="Profile"),
    "nav.settings": Text(de="Einstellungen", en="Settings"),
    "nav.admin": Text(de="Verwaltung", en="Admin"),
    "nav.body": Text(de="Körper", en="Body"),
    "nav.photos": Text(de="Fotos", en="Photos"),
    "nav.subscription": Text(de="Mitgliedschaft", en="Subscription"),
    "nav.admin_general": Text(de="Allgemein", en="General"),
    "nav.admin_profiles": Text(de="Nutzer", en="Profiles"),
    "nav.admin_tiers": Text(de="Stufen und Limits", en="Tiers and limits"),
    "nav.admin_coupons": Text(de="Gutscheine", en="Coupons"),
    "nav.admin_log": Text(de="Aktivitätsprotokoll", en="Activity log"),
    "nav.admin_prompts": Text(de="Prompts", en="Prompts"),
    "nav.admin_ai": Text(de="KI-Anbieter", en="AI provider"),
    "nav.sign_out": Text(de="Abmelden", en="Sign out"),
    "nav.color_mode": Text(de="Farbschema", en="Colour scheme"),
    "nav.theme_light": Text(de="Hell", en="Light"),
    "nav.theme_dark": Text(de="Dunkel", en="Dark"),
    "nav.theme_system": Text(de="Wie das System", en="Same as the system"),
    "status.checking": Text(de="Server wird geprüft …", en="Checking the server…"),
    "status.version": Text(de="Version", en="Version"),
    "status.database": Text(de="Datenbank", en="database"),
    "common.save": Text(de="Speichern", en="Save"),
    "common.saved": Text(de="Gespeichert.", en="Saved."),
    "common.cancel": Text(de="Abbrechen", en="Cancel"),
    "common.working": Text(de="Einen Moment …", en="One moment…"),
    "common.email": Text(de="E-Mail-Adresse", en="E-mail address"),
    "common.password": Text(de="Passwort", en="Password"),
    "common.language": Text(de="Sprache", en="Language"),
    "common.german": Text(de="Deutsch", en="German"),
    "common.english": Text(de="Englisch", en="English"),
    # Placeholder pages
    "empty.dashboard": Text(
        de="Noch keine Daten. Sobald du Werte erfasst, erscheint hier deine Übersicht.",
        en="No data yet. Your overview appears here once you capture your first values.",
    ),
    "empty.history": Text(de="Noch keine Einträge.", en="No entries yet."),
    "empty.body": Text(
        de="Diagramme und abgeleitete Werte erscheinen hier, sobald du Werte erfasst.",
        en="Charts and derived values appear here once you capture values.",
    ),
    "error.unexpected": Text(
        de="Etwas ist schiefgelaufen. Bitte versuche es gleich noch einmal.",
        en="Something went wrong. Please try again in a moment.",
    ),
    "error.too_long": Text(
        de="Höchstens {limit} Zeichen – das sind {length}.",
        en="At most {limit} characters – this has {length}.",
    ),
    "error.too_long_named": Text(
        de="{name}: höchstens {limit} Zeichen – das sind {length}.",
        en="{name}: at most {limit} characters – this has {length}.",
    ),
    "form.max_chars": Text(de="Höchstens {limit} Zeichen", en="Up to {limit} characters"),
    # Every log's list (ui.log_list)
    "log.load_more": Text(de="Mehr laden", en="Load more"),
    "log.edit": Text(de="Bearbeiten", en="Edit"),
    "log.delete": Text(de="Löschen", en="Delete"),
    "log.deleted": Text(de="Eintrag gelöscht.", en="Entry deleted."),
    "log.replace_title": Text(
        de="An diesem Tag oder zu dieser Minute gibt es schon einen Eintrag",
        en="There is already an entry on that day or at that minute",
    ),
    "log.replace_text": Text(
        de="Soll die Änderung den Eintrag ersetzen, der dort steht? Abbrechen lässt beide, "
        "wie sie sind.",
        en="Replace the entry already there with this one? Cancel keeps both as they are.",
    ),
    "log.replace": Text(de="Ersetzen", en="Replace"),
    "log.undo": Text(de="Rückgängig", en="Undo"),
    "log.restored": Text(de="Eintrag wiederhergestellt.", en="Entry restored."),
    "log.imported": Text(de="Importiert", en="Imported"),
    "log.source": Text(de="Quelle", en="Source"),
    "log.source.manual": Text(de="von Hand erfasst", en="entered by hand"),
    "log.date": Text(de="Datum", en="Date"),
    "log.notes": Text(de="Notizen", en="Notes"),
    "log.time": Text(de="Uhrzeit", en="Time"),
    # What any log refuses (core.logs, core.records)
    "log.error.number": Text(
        de="Bitte eine Zahl eingeben, z. B. 82,5.", en="Please enter a number, e.g. 82.5."
    ),
    "log.error.date_future": Text(
        de="Das Datum darf nicht in der Zukunft liegen.", en="The date cannot be in the future."
    ),
    "log.error.date_before_birth": Text(
        de="Das Datum liegt vor deinem Geburtsdatum ({date}).",
        en="The date is before your date of birth ({date}).",
    ),
    "log.error.date_too_early": Text(
        de="Bitte ein Datum ab dem {date} wählen.", en="Please choose a date from {date} on."
    ),
    "log.error.date_invalid": Text(
        de="Bitte ein gültiges Datum wählen.", en="Please choose a valid date."
    ),
    "log.error.time_invalid": Text(
        de="Bitte eine gültige Uhrzeit wählen.", en="Please choose a valid time."
    ),
    "log.error.empty": Text(
        de="Bitte mindestens einen Wert eingeben.", en="Please enter at least one value."
    ),
    "log.error.range": Text(
        de="Dieser Wert ist nicht plausibel.", en="This value is not plausible."
    ),
    "log.error.choice": Text(
        de="Bitte einen Wert aus der Liste wählen.", en="Please choose from the list."
    ),
    # A lost connection (ui.offline)
    "offline.banner": Text(
        de="Offline – deine Einträge bleiben hier gespeichert und werden gesendet, "
        "sobald die Verbindung zurück ist.",
        en="Offline — your entries are kept and will be sent when the connection is back.",
    ),
    "offline.waiting_one": Text(de="1 Eintrag wartet.", en="1 entry waiting."),
    "offline.waiting_many": Text(de="{n} Einträge warten.", en="{n} entries waiting."),
    "offline.kept": Text(
        de="Auf diesem Gerät gespeichert. Er wird gesendet, sobald die Verbindung zurück ist.",
        en="Kept on this device. It will be sent when the connection is back.",
    ),
    "offline.sent": Text(de="Gesendet: {entry}", en="Sent: {entry}"),
    "offline.not_sent": Text(
        de="Nicht gespeichert: {entry}. {reason}", en="Not saved: {entry}. {reason}"
    ),
    "offline.entry": Text(de="{log} vom {day}: {values}", en="{log} of {day}: {values}"),
    "offline.conflict_title": Text(
        de="Für diesen Tag gibt es schon einen Eintrag",
        en="There is already an entry for this day",
    ),
    "offline.conflict_text": Text(
        de="Gespeichert ist {saved}. Offline erfasst wurde {kept}. Soll der neue Eintrag "
        "den alten ersetzen?",
        en="Saved: {saved}. Made offline: {kept}. Replace the saved entry with the new one?",
    ),
    "offline.replace": Text(de="Ersetzen", en="Replace"),
    "record.error.not_found": Text(
        de="Diesen Eintrag gibt es nicht mehr.", en="This entry no longer exists."
    ),
    "record.error.date_exists": Text(
        de="Für dieses Datum gibt es schon einen Eintrag. Bearbeite ihn im Verlauf.",
        en="There is already an entry on this date. Edit it in History.",
    ),
    "record.error.time_exists": Text(
        de="Zu dieser Minute gibt es schon einen Eintrag.",
        en="There is already an entry at this minute.",
    ),
}
