"""The words of export and restore."""

from mitai_app.core.text import Text

CATALOG: dict[str, Text] = {
    "nav.data": Text(de="Deine Daten", en="Your data"),
    "exports.explained": Text(
        de="Ein Export enthält alle deine Einträge als CSV-Dateien und als ein JSON-Dokument, deine Fotos und eine Liste mit Prüfsummen. Er lässt sich in ein leeres Konto – hier oder auf einer anderen Installation – vollständig wiederherstellen. Zum Herunterladen bleibt er 24 Stunden hier.",
        en="An export holds all your entries as CSV files and one JSON document, your photos and a list of checksums. It restores completely into an empty account, here or on another installation. It stays here for 24 hours to download.",
    ),
    "exports.create": Text(de="Export erstellen", en="Create an export"),
    "exports.starting": Text(de="Export wird vorbereitet …", en="Preparing the export…"),
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
    "exports.error.foreign_rows": Text(
        de="Der Export enthält Daten eines anderen Profils. Es wurde nichts übernommen.",
        en="The export holds data of another profile. Nothing was restored.",
    ),
    "exports.error.not_empty": Text(
        de="Wiederherstellen geht nur in ein Konto ohne Daten: dieses Konto hat schon Einträge.",
        en="A restore goes only into an account without data: this account already has entries.",
    ),
}
