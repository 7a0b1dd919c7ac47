"""The UI's words for importing files."""

from mitai_app.core.text import Text

CATALOG: dict[str, Text] = {
    "imports.summary": Text(
        de="Import aus Apple Health, Blutdruckmessgeräten, Waagen und GPX/TCX: "
        "im Hintergrund, ohne Doppelte, rückgängig zu machen.",
        en="Import from Apple Health, blood-pressure monitors, scales and GPX/TCX: "
        "in the background, without duplicates, undoable.",
    ),
    "nav.imports": Text(de="Import", en="Import"),
    "imports.new": Text(de="Datei importieren", en="Import a file"),
    "imports.hint": Text(
        de="Apple Health: Export aus der Health-App (export.zip oder export.xml); "
        "Withings: weight.csv aus dem Datenexport (oder dessen ZIP) oder bp.csv; "
        "Blutdruck als CSV aus Omron Connect; Gewicht als CSV aus Beurer HealthManager, "
        "openScale oder wger; Aktivitäten als GPX oder TCX. Bis {mb} MB. "
        "Ein zweiter Import desselben Exports fügt nichts doppelt hinzu; "
        "von Hand erfasste Einträge werden nie überschrieben.",
        en="Apple Health: the export from the Health app (export.zip or export.xml); "
        "Withings: weight.csv from the data export (or its zip), or bp.csv; "
        "blood pressure as CSV from Omron Connect; weight as CSV from Beurer HealthManager, "
        "openScale or wger; activities as GPX or TCX. Up to {mb} MB. "
        "Importing the same export again adds nothing twice; "
        "entries you typed are never overwritten.",
    ),
    "imports.file": Text(de="Exportdatei", en="Export file"),
    "imports.choose": Text(de="Datei wählen", en="Choose file"),
    "imports.chosen": Text(de="Gewählt:", en="Chosen:"),
    "imports.none_chosen": Text(de="Keine Datei gewählt.", en="No file chosen."),
    "imports.start": Text(de="Import starten", en="Start import"),
    "imports.uploading": Text(de="Hochladen …", en="Uploading…"),
    "imports.started": Text(
        de="Der Import läuft im Hintergrund; du kannst die Seite verlassen.",
        en="The import runs in the background; you may leave this page.",
    ),
    "imports.history": Text(de="Importe", en="Imports"),
    "imports.empty": Text(de="Noch keine Importe.", en="No imports yet."),
    "imports.status.queued": Text(de="Wartet", en="Waiting"),
    "imports.status.running": Text(de="Läuft", en="Running"),
    "imports.status.done": Text(de="Fertig", en="Finished"),
    "imports.status.failed": Text(de="Fehlgeschlagen", en="Failed"),
    "imports.status.cancelled": Text(de="Abgebrochen", en="Cancelled"),
    "imports.status.undone": Text(de="Rückgängig gemacht", en="Undone"),
    "imports.waiting": Text(de="Wartet auf den Start …", en="Waiting to start…"),
    "imports.phase.reading": Text(de="Datei lesen", en="Reading the file"),
    "imports.phase.writing": Text(de="Einträge schreiben", en="Writing entries"),
    "imports.progress": Text(
        de="{phase}: {read} von {total} gelesen, {records} Datensätze",
        en="{phase}: {read} of {total} read, {records} records",
    ),
    "imports.time_left": Text(de="Noch etwa {time}", en="About {time} left"),
    "imports.counts": Text(
        de="{added} neu, {updated} aktualisiert, {skipped} übersprungen",
        en="{added} added, {updated} updated, {skipped} skipped",
    ),
    "imports.conflicts": Text(
        de="{count} Tage mit eigenen Einträgen behalten (siehe Bericht)",
        en="{count} days kept with your own entries (see the report)",
    ),
    "imports.not_imported": Text(
        de="{count} Datensätze nicht importiert (siehe Bericht)",
        en="{count} records not imported (see the report)",
    ),
    "imports.stopped": Text(
        de="Die Datei ist ab Zeile {line} beschädigt; alles davor wurde importiert.",
        en="The file is damaged from line {line}; everything before it was imported.",
    ),
    "imports.cancel": Text(de="Abbrechen", en="Cancel"),
    "imports.cancelling": Text(de="Wird abgebrochen …", en="Cancelling…"),
    "imports.report": Text(de="Bericht herunterladen", en="Download report"),
    "imports.undo": Text(de="Rückgängig machen", en="Undo"),
    "imports.undo_title": Text(de="Import rückgängig machen?", en="Undo this import?"),
    "imports.undo_text": Text(
        de="Alle Einträge, die dieser Import hinzugefügt hat, werden gelöscht. "
        "Von Hand erfasste Einträge bleiben.",
        en="Every entry this import added is deleted. Entries you typed stay.",
    ),
    "imports.undone": Text(de="{count} Einträge entfernt.", en="{count} entries removed."),
    "imports.table.weight_log": Text(de="Gewicht", en="Weight"),
    "imports.table.profiles": Text(de="Größe (Profil)", en="Height (profile)"),
    "imports.table.body_device_log": Text(
        de="Körperfett, fettfreie Masse, Taille", en="Body fat, lean mass, waist"
    ),
    "imports.table.vitals_baseline": Text(de="Morgenwerte", en="Morning vitals"),
    "imports.table.blood_pressure_log": Text(de="Blutdruck", en="Blood pressure"),
    "imports.table.sleep_log": Text(de="Schlaf", en="Sleep"),
    "imports.table.activity_log": Text(de="Training", en="Workouts"),
    "imports.table.daily_activity": Text(de="Tagesaktivität", en="Daily activity"),
    "imports.table.nutrition_log": Text(de="Ernährung (Tagessummen)", en="Nutrition (day totals)"),
    "imports.report.line": Text(de="Zeile", en="Line"),
    "imports.report.kind": Text(de="Art", en="Type"),
    "imports.report.reason": Text(de="Grund", en="Reason"),
    "imports.report.value": Text(de="Wert", en="Value"),
    "imports.reason.date": Text(de="Datum unlesbar", en="Unreadable date"),
    "imports.reason.value": Text(de="Wert unlesbar", en="Unreadable value"),
    "imports.reason.unit": Text(de="Unbekannte Einheit", en="Unknown unit"),
    "imports.reason.range": Text(de="Wert außerhalb des Bereichs", en="Value out of range"),
    "imports.reason.future": Text(de="Datum in der Zukunft", en="Date in the future"),
    "imports.reason.before_birth": Text(
        de="Datum vor deinem Geburtsdatum", en="Date before your date of birth"
    ),
    "imports.reason.too_early": Text(de="Datum vor 1900", en="Date before 1900"),
    "imports.reason.ragged": Text(de="Zeile unvollständig", en="Incomplete line"),
    "imports.reason.second_night": Text(
        de="Zweite Schlafphase am selben Tag (die längste zählt)",
        en="Second sleep session that day (the longest counts)",
    ),
    "imports.reason.manual": Text(
        de="Eigener Eintrag behalten (Import weicht ab)",
        en="Your own entry kept (the import differs)",
    ),
    "imports.reason.not_imported": Text(de="Nicht importiert", en="Not imported"),
    "imports.reason.broken": Text(de="Datei beschädigt", en="File damaged"),
    "imports.reason.too_big": Text(de="Datei zu groß", en="File too large"),
    "imports.reason.xml_refused": Text(
        de="XML mit Entitäten abgelehnt", en="XML with entities refused"
    ),
    "imports.reason.stopped": Text(de="Datei ab hier beschädigt", en="File damaged from here"),
    "imports.error.empty": Text(de="Die Datei ist leer.", en="The file is empty."),
    "imports.error.too_big": Text(
        de="Die Datei ist größer als {mb} MB.", en="The file is larger than {mb} MB."
    ),
    "imports.error.unknown_format": Text(
        de="Dieses Dateiformat wird nicht erkannt. Erwartet: Apple-Health-Export "
        "(export.zip oder export.xml) oder seine CSV aus Health Auto Export oder QS Access; "
        "Gewicht von Withings, Beurer, openScale, wger, Garmin Connect (JSON) oder Fitbit "
        "(JSON); Blutdruck von Omron Connect oder Withings; Schlaf von Withings, Fitbit, Oura "
        "oder Sleep Cycle; Ernährung von MyFitnessPal, Cronometer oder SparkyFitness; "
        "Aktivitäten als GPX, TCX oder FIT, eine ZIP-Datei davon oder die activities.csv von "
        "Strava oder Garmin Connect.",
        en="This file's format is not recognised. Expected: an Apple Health export "
        "(export.zip or export.xml) or its CSV from Health Auto Export or QS Access; weight "
        "from Withings, Beurer, openScale, wger, Garmin Connect (JSON) or Fitbit (JSON); "
        "blood pressure from Omron Connect or Withings; sleep from Withings, Fitbit, Oura or "
        "Sleep Cycle; nutrition from MyFitnessPal, Cronometer or SparkyFitness; activities "
        "as GPX, TCX or FIT, a zip of them, or Strava's or Garmin Connect's activities.csv.",
    ),
    "imports.error.json_broken": Text(
        de="Die JSON-Datei ist beschädigt oder enthält keine Liste von Einträgen.",
        en="The JSON file is damaged or holds no list of entries.",
    ),
    "imports.error.zip_broken": Text(
        de="Die ZIP-Datei ist beschädigt.", en="The zip file is damaged."
    ),
    "imports.error.zip_entries": Text(
        de="Die ZIP-Datei enthält mehr als {limit} Dateien.",
        en="The zip file holds more than {limit} files.",
    ),
    "imports.error.zip_path": Text(
        de="Die ZIP-Datei enthält einen unzulässigen Pfad ({name}).",
        en="The zip file holds a path that is not allowed ({name}).",
    ),
    "imports.error.zip_ratio": Text(
        de="Die ZIP-Datei ist verdächtig stark komprimiert ({name}).",
        en="The zip file is suspiciously highly compressed ({name}).",
    ),
    "imports.error.zip_size": Text(
        de="Der Inhalt der ZIP-Datei ist zu groß.", en="The zip file's content is too large."
    ),
    "imports.error.xml_refused": Text(
        de="Die Datei enthält XML-Entitäten, die ein Export nie enthält; sie wurde abgelehnt.",
        en="The file declares XML entities, which no export does; it was refused.",
    ),
    "imports.error.still_running": Text(
        de="Der Import läuft noch. Brich ihn zuerst ab.",
        en="The import is still running. Cancel it first.",
    ),
    "imports.error.already_undone": Text(
        de="Dieser Import wurde schon rückgängig gemacht.",
        en="This import has already been undone.",
    ),
    "imports.error.rejected": Text(
        de="Diese Datei passt nicht (höchstens {mb} MB, ZIP, XML oder CSV).",
        en="This file does not fit (at most {mb} MB, zip, XML or CSV).",
    ),
    # The mapping screen (mapping.py): any other CSV
    "imports.mapping.title": Text(de="Spalten zuordnen", en="Map the columns"),
    "imports.mapping.intro": Text(
        de="Das Format dieser CSV-Datei ist unbekannt. Ordne ihre Spalten den Feldern zu; "
        "die Vorschau zeigt die ersten Zeilen so, wie sie gelesen werden.",
        en="This CSV file's format is not one the app knows. Map its columns to fields; "
        "the preview shows the first rows as they will be read.",
    ),
    "imports.mapping.saved": Text(
        de="Deine gespeicherte Zuordnung für diese Spalten ist eingetragen.",
        en="Your saved mapping for these columns is filled in.",
    ),
    "imports.mapping.column": Text(de="Spalte „{name}“", en="Column “{name}”"),
    "imports.mapping.delimiter": Text(de="Trennzeichen", en="Delimiter"),
    "imports.mapping.decimal": Text(de="Dezimalzeichen", en="Decimal mark"),
    "imports.mapping.decimal.point": Text(de="Punkt (72.5)", en="Point (72.5)"),
    "imports.mapping.decimal.comma": Text(de="Komma (72,5)", en="Comma (72,5)"),
    "imports.mapping.date_format": Text(de="Datumsformat", en="Date format"),
    "imports.mapping.preview": Text(de="Vorschau", en="Preview"),
    "imports.mapping.remember": Text(
        de="Zuordnung für Dateien mit diesen Spalten merken",
        en="Remember this mapping for files with these columns",
    ),
    "imports.mapping.start": Text(
        de="Mit dieser Zuordnung importieren", en="Import with this mapping"
    ),
    "imports.mapping.discard": Text(de="Verwerfen", en="Discard"),
    "imports.mapping.error.settings": Text(
        de="Diese Zuordnung passt nicht zur Datei.", en="This mapping does not fit the file."
    ),
    "imports.mapping.error.date": Text(
        de="Ordne genau eine Spalte dem Datum zu.", en="Map exactly one column to the date."
    ),
    "imports.mapping.error.nothing": Text(
        de="Ordne mindestens eine Spalte einem Wert zu.", en="Map at least one column to a value."
    ),
    "imports.mapping.error.twice": Text(
        de="Ein Feld ist zwei Spalten zugeordnet.", en="One field is mapped to two columns."
    ),
    "imports.mapping.error.pressure": Text(
        de="Blutdruck braucht eine Spalte für systolisch und eine für diastolisch.",
        en="Blood pressure needs a column for systolic and one for diastolic.",
    ),
    "imports.mapping.error.gone": Text(
        de="Die Datei ist nicht mehr da. Bitte lade sie erneut hoch.",
        en="The file is no longer there. Please upload it again.",
    ),
    "imports.field.": Text(de="(nicht importieren)", en="(do not import)"),
    "imports.field.date": Text(de="Datum", en="Date"),
    "imports.field.time": Text(de="Uhrzeit", en="Time"),
    "imports.field.weight_kg": Text(de="Gewicht (kg)", en="Weight (kg)"),
    "imports.field.weight_lb": Text(de="Gewicht (lb)", en="Weight (lb)"),
    "imports.field.weight_st": Text(de="Gewicht (st)", en="Weight (st)"),
    "imports.field.systolic": Text(de="Blutdruck systolisch (mmHg)", en="Systolic (mmHg)"),
    "imports.field.diastolic": Text(de="Blutdruck diastolisch (mmHg)", en="Diastolic (mmHg)"),
    "imports.field.pulse": Text(de="Puls bei der Messung (1/min)", en="Pulse at the reading (bpm)"),
    "imports.field.resting_hr": Text(de="Ruhepuls (1/min)", en="Resting heart rate (bpm)"),
    "imports.field.hrv_sdnn": Text(de="HRV, SDNN (ms)", en="HRV, SDNN (ms)"),
    "imports.field.steps": Text(de="Schritte", en="Steps"),
    "imports.field.active_kcal": Text(de="Aktive Energie (kcal)", en="Active energy (kcal)"),
    "imports.field.active_kj": Text(de="Aktive Energie (kJ)", en="Active energy (kJ)"),
    "imports.field.distance_km": Text(de="Strecke (km)", en="Distance (km)"),
    "imports.field.distance_mi": Text(de="Strecke (mi)", en="Distance (mi)"),
    "imports.field.food_kcal": Text(de="Gegessen (kcal)", en="Eaten (kcal)"),
    "imports.field.food_kj": Text(de="Gegessen (kJ)", en="Eaten (kJ)"),
    "imports.field.protein_g": Text(de="Eiweiß (g)", en="Protein (g)"),
    "imports.field.carbs_g": Text(de="Kohlenhydrate (g)", en="Carbohydrates (g)"),
    "imports.field.fat_g": Text(de="Fett (g)", en="Fat (g)"),
}
