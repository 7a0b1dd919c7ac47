"""The words of export and restore."""

from mitai_app.core.text import Text

CATALOG: dict[str, Text] = {
    "nav.data": Text(de="Deine Daten", en="Your data"),
    "exports.explained": Text(
        de="Ein Export enthält alle deine Einträge als CSV-Dateien und als ein JSON-Dokument, deine Fotos und eine Liste mit Prüfsummen. Er lässt sich in ein leeres Konto – hier oder auf einer anderen Installation – vollständig wiederherstellen. Zum Herunterladen bleibt er 24 Stunden hier.",
        en="An export holds all your entries as CSV files and one JSON document, your photos and a list of checksums. It restores completely into an empty account, here or on another installation. It stays here for 24 hours to download.",
    ),
    "exports.create": Text(de="Export erstellen", en="Create an export"),
    "exports.progress": Text(
        de="{done} von {total} Tabellen geschrieben …", en="{done} of {total} tables written…"
    ),
    "exports.ready": Text(
        de="Dein Export ist fertig und kann unten heruntergeladen werden.",
        en="Your export is ready to download below.",
    ),
    "exports.ready_to_download": Text(de="Zum Herunterladen", en="Ready to download"),
    "exports.none_yet": Text(
        de="Noch kein Export in den letzten 24 Stunden.", en="No export in the last 24 hours."
    ),
    "exports.download": Text(de="Herunterladen", en="Download"),
    "exports.expires": Text(de="verfügbar bis", en="available until"),
    "exports.restore": Text(de="Aus einem Export wiederherstellen", en="Restore from an export"),
    "exports.restore_explained": Text(
        de="Nur in ein Konto ohne Einträge: alles aus dem Archiv wird übernommen, oder – wenn etwas nicht stimmt – gar nichts.",
        en="Only into an account without entries: everything in the archive is restored, or nothing if anything is wrong.",
    ),
    "exports.choose_archive": Text(de="Archiv wählen", en="Choose an archive"),
    "exports.archive_file": Text(de="Export-Archiv (ZIP)", en="Export archive (ZIP)"),
    "exports.restore_start": Text(de="Wiederherstellen", en="Restore"),
    "exports.restoring": Text(de="Wird hochgeladen und geprüft …", en="Uploading and checking…"),
    "exports.restored": Text(
        de="Wiederhergestellt: {rows} Einträge und {photos} Fotodateien.",
        en="Restored: {rows} entries and {photos} photo files.",
    ),
    "exports.error.not_an_export": Text(
        de="Diese Datei ist kein Export von Mitai Jinkendo.",
        en="This file is not a Mitai Jinkendo export.",
    ),
    "exports.error.damaged": Text(
        de="Der Export ist beschädigt oder unvollständig (Prüfsumme oder Aufbau stimmt nicht). Es wurde nichts übernommen.",
        en="The export is damaged or incomplete (a checksum or its layout does not match). Nothing was restored.",
    ),
    "exports.error.newer": Text(
        de="Dieser Export stammt aus einer neueren Version der App. Aktualisiere diese Installation und versuche es erneut.",
        en="This export was made by a newer version of the app. Update this installation and try again.",
    ),
    "exports.error.not_a_photo": Text(
        de="„{name}“ im Export ist kein Bild. Es wurde nichts übernommen.",
        en="“{name}” in the export is not an image. Nothing was restored.",
    ),
    "exports.error.reference_missing": Text(
        de="Der Export verweist auf Stammdaten („{table}“), die es hier nicht gibt. Es wurde nichts übernommen.",
        en="The export refers to reference data (“{table}”) this installation does not have. Nothing was restored.",
    ),
    "exports.error.foreign_rows": Text(
        de="Der Export enthält Daten eines anderen Profils. Es wurde nichts übernommen.",
        en="The export holds data of another profile. Nothing was restored.",
    ),
    "csv.heading": Text(de="Als CSV herunterladen", en="Download as CSV"),
    "csv.explained": Text(
        de="Eine Tabelle für einen Zeitraum (leer: alles), wie im Gesamtexport: "
        "UTF-8, ISO-Daten, Werte in SI-Einheiten.",
        en="One table for a period (empty: everything), as in the full export: "
        "UTF-8, ISO dates, values in SI units.",
    ),
    "csv.table": Text(de="Tabelle", en="Table"),
    "csv.since": Text(de="Von", en="From"),
    "csv.until": Text(de="Bis", en="To"),
    "csv.download": Text(de="CSV herunterladen", en="Download CSV"),
    "exports.error.running": Text(
        de="Ein Export läuft schon; sein Fortschritt steht oben.",
        en="An export is already running; its progress is shown above.",
    ),
    "exports.error.stopped": Text(
        de="Der Export wurde unterbrochen. Bitte starte ihn noch einmal.",
        en="The export was interrupted. Please start it again.",
    ),
    "exports.queued": Text(
        de="Der Export wartet auf einen freien Hintergrund-Prozess …",
        en="The export is waiting for a background worker…",
    ),
    "exports.error.not_empty": Text(
        de="Wiederherstellen geht nur in ein Konto ohne Daten: dieses Konto hat schon Einträge.",
        en="A restore goes only into an account without data: this account already has entries.",
    ),
    # The GDPR access report
    "exports.report.heading": Text(de="Auskunft über deine Daten", en="What is stored about you"),
    "exports.report.explained": Text(
        de="Eine Übersicht nach Art. 15 DSGVO: was über dich gespeichert ist, wozu, an wen es ging, deine Sitzungen und das Aktivitätsprotokoll. Die Daten selbst enthält der Export.",
        en="An overview under Art. 15 GDPR: what is stored about you, what for, who received it, your sessions and the activity log. The data itself is in the export.",
    ),
    "exports.report.html": Text(de="Auskunft ansehen (HTML)", en="View the report (HTML)"),
    "exports.report.pdf": Text(de="Auskunft als PDF", en="Report as PDF"),
    "exports.report.title": Text(
        de="Datenauskunft (Art. 15 DSGVO)", en="Access report (Art. 15 GDPR)"
    ),
    "exports.report.made": Text(
        de="Erstellt am {date} für {email}", en="Made on {date} for {email}"
    ),
    "exports.report.profile": Text(de="Dein Profil", en="Your profile"),
    "exports.report.field": Text(de="Feld", en="Field"),
    "exports.report.value": Text(de="Wert", en="Value"),
    "exports.report.secrets": Text(
        de="Dein Passwort ist nur als Hash gespeichert, API-Tokens und Sitzungen nur als Prüfsumme; sie werden hier nicht gezeigt.",
        en="Your password is stored only as a hash, API tokens and sessions only as digests; they are not shown here.",
    ),
    "exports.report.tables": Text(de="Gespeicherte Daten", en="Stored data"),
    "exports.report.table": Text(de="Tabelle", en="Table"),
    "exports.report.module": Text(de="Bereich", en="Area"),
    "exports.report.rows": Text(de="Einträge", en="Entries"),
    "exports.report.first": Text(de="von", en="from"),
    "exports.report.last": Text(de="bis", en="to"),
    "exports.report.purposes": Text(de="Zwecke", en="Purposes"),
    "exports.report.processors": Text(
        de="Empfänger und Auftragsverarbeiter", en="Recipients and processors"
    ),
    "exports.report.no_ai": Text(
        de="KI-Anbieter: keiner eingerichtet – es wurde nichts an einen KI-Dienst gesendet.",
        en="AI provider: none configured; nothing was sent to an AI service.",
    ),
    "exports.report.ai": Text(
        de="KI-Anbieter: {provider} ({url}), Modell {model}. An ihn gehen nur die Werte, die eine von dir gestartete Analyse braucht; jede gespeicherte Analyse nennt sie unten.",
        en="AI provider: {provider} ({url}), model {model}. It receives only the values an analysis you started needs; each stored analysis lists them below.",
    ),
    "exports.report.insights": Text(
        de="An den KI-Anbieter gesendet ({total} gespeicherte Analysen)",
        en="Sent to the AI provider ({total} stored analyses)",
    ),
    "exports.report.when": Text(de="Wann", en="When"),
    "exports.report.prompt": Text(de="Analyse", en="Analysis"),
    "exports.report.to": Text(de="An", en="To"),
    "exports.report.sent": Text(de="Gesendete Werte", en="Values sent"),
    "exports.report.mail": Text(
        de="E-Mail-Server: {server} (für Anmelde- und Bestätigungslinks an deine Adresse).",
        en="Mail server: {server} (for sign-in and confirmation links to your address).",
    ),
    "exports.report.no_mail": Text(
        de="E-Mail: kein externer Server; Nachrichten bleiben auf dieser Installation.",
        en="Mail: no outside server; messages stay on this installation.",
    ),
    "exports.report.sessions": Text(de="Angemeldete Geräte", en="Signed-in devices"),
    "exports.report.device": Text(de="Gerät", en="Device"),
    "exports.report.ip": Text(de="IP-Adresse", en="IP address"),
    "exports.report.signed_in": Text(de="angemeldet", en="signed in"),
    "exports.report.last_seen": Text(de="zuletzt", en="last seen"),
    "exports.report.log": Text(
        de="Aktivitätsprotokoll ({total} Einträge)", en="Activity log ({total} entries)"
    ),
    "exports.report.action": Text(de="Aktion", en="Action"),
    "exports.report.details": Text(de="Details", en="Details"),
    "exports.report.more": Text(
        de="… und {count} ältere (im Export enthalten).",
        en="… and {count} older ones (in the export).",
    ),
    "exports.report.none": Text(de="Keine.", en="None."),
    "exports.report.rights": Text(de="Deine Rechte", en="Your rights"),
    "exports.report.rights_text": Text(
        de="Du kannst alles unter „Deine Daten“ exportieren, Einträge jederzeit ändern oder löschen und dein Konto in den Einstellungen löschen; damit wird alles hier Genannte gelöscht.",
        en="You can export everything under “Your data”, change or delete entries at any time, and delete your account in Settings, which deletes everything listed here.",
    ),
    "exports.purpose.accounts": Text(
        de="Konto: Anmeldung, Sicherheit (Sitzungen, Protokoll) und deine Einstellungen.",
        en="Account: signing in, security (sessions, log) and your settings.",
    ),
    "exports.purpose.membership": Text(
        de="Mitgliedschaft: dein Tarif und die Zählung der genutzten Funktionen für dessen Grenzen.",
        en="Membership: your plan and the count of features used against its limits.",
    ),
    "exports.purpose.body": Text(
        de="Körper: Gewicht und Körpermaße, um Verlauf und abgeleitete Werte zu zeigen.",
        en="Body: weight and body measurements, to show their course and derived values.",
    ),
    "exports.purpose.photos": Text(
        de="Fotos: deine Fortschrittsfotos, nur für dich sichtbar.",
        en="Photos: your progress photos, visible only to you.",
    ),
    "exports.purpose.training": Text(
        de="Training: Einheiten und Krafttraining für Wochenübersicht, Belastung und Bestwerte.",
        en="Training: sessions and strength workouts for the week, load and records.",
    ),
    "exports.purpose.nutrition": Text(
        de="Ernährung: Mahlzeiten, eigene Lebensmittel und Ziele für Tagessummen und Energiebedarf.",
        en="Nutrition: meals, your own foods and targets for day totals and energy needs.",
    ),
    "exports.purpose.recovery": Text(
        de="Erholung: Blutdruck, Ruhewerte, Schlaf und Ruhetage für Einordnung und Bereitschaft.",
        en="Recovery: blood pressure, resting vitals, sleep and rest days for their classification and readiness.",
    ),
    "exports.purpose.goals": Text(
        de="Ziele: deine Ziele, Schwerpunkte und ihr Fortschritt.",
        en="Goals: your goals, focus areas and their progress.",
    ),
    "exports.purpose.imports": Text(
        de="Importe: welche Datei oder App wann was beigetragen hat, damit es sich rückgängig machen lässt.",
        en="Imports: which file or app added what and when, so that it can be undone.",
    ),
    "exports.purpose.ai": Text(
        de="KI-Analysen: die von dir gestarteten Auswertungen und ihre Zählung.",
        en="AI analyses: the analyses you started and their count.",
    ),
    "exports.purpose.api": Text(
        de="API: deine persönlichen Zugangstokens (nur als Prüfsumme) und ihre letzte Nutzung.",
        en="API: your personal access tokens (as digests only) and their last use.",
    ),
    "exports.purpose.other": Text(
        de="Weitere Funktionen der App, die du genutzt hast.",
        en="Other features of the app you used.",
    ),
}
