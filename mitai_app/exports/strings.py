"""The words of export and restore."""

from mitai_app.core.text import Text

CATALOG: dict[str, Text] = {
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
