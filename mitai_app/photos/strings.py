"""The UI's words for progress photos."""

from mitai_app.core.text import Text

CATALOG: dict[str, Text] = {
    "photos.summary": Text(
        de="Fortschrittsfotos nach Pose, mit Vorher/Nachher-Vergleich.",
        en="Progress photos by pose, with a before/after comparison.",
    ),
    "photos.add": Text(de="Foto hinzufügen", en="Add a photo"),
    "photos.take": Text(de="Foto aufnehmen", en="Take a photo"),
    "photos.choose": Text(de="Foto auswählen", en="Choose a photo"),
    "photos.file": Text(de="Fotodatei", en="Photo file"),
    "photos.none_chosen": Text(de="Noch kein Foto ausgewählt.", en="No photo chosen yet."),
    "photos.chosen": Text(de="Ausgewählt:", en="Chosen:"),
    "photos.file_hint": Text(
        de="JPEG, PNG, WebP oder HEIC, höchstens {mb} MB. Standortdaten und alle anderen "
        "Metadaten werden entfernt.",
        en="JPEG, PNG, WebP or HEIC, up to {mb} MB. Location data and all other metadata are removed.",
    ),
    "photos.pose": Text(de="Pose", en="Pose"),
    "photos.front": Text(de="Vorne", en="Front"),
    "photos.side": Text(de="Seite", en="Side"),
    "photos.back": Text(de="Hinten", en="Back"),
    "photos.date": Text(de="Datum", en="Date"),
    "photos.notes": Text(de="Notizen", en="Notes"),
    "photos.upload": Text(de="Hochladen", en="Upload"),
    "photos.uploading": Text(de="Wird hochgeladen … {percent} %", en="Uploading… {percent} %"),
    "photos.processing": Text(de="Wird verarbeitet …", en="Processing…"),
    "photos.uploaded": Text(de="Foto gespeichert.", en="Photo saved."),
    "photos.gallery": Text(de="Galerie", en="Gallery"),
    "photos.filter": Text(de="Pose anzeigen", en="Show pose"),
    "photos.all_poses": Text(de="Alle Posen", en="All poses"),
    "photos.empty": Text(
        de="Noch keine Fotos. Lade oben dein erstes Fortschrittsfoto hoch.",
        en="No photos yet. Upload your first progress photo above.",
    ),
    "photos.empty_pose": Text(de="Keine Fotos in dieser Pose.", en="No photos in this pose."),
    "photos.photo_alt": Text(de="{pose}, {date}", en="{pose}, {date}"),
    "photos.edit": Text(de="Bearbeiten", en="Edit"),
    "photos.edit_title": Text(de="Foto bearbeiten", en="Edit photo"),
    "photos.delete": Text(de="Löschen", en="Delete"),
    "photos.delete_title": Text(de="Foto löschen?", en="Delete this photo?"),
    "photos.delete_text": Text(
        de="Das Foto wird endgültig gelöscht. Das lässt sich nicht rückgängig machen.",
        en="The photo is deleted for good. This cannot be undone.",
    ),
    "photos.deleted": Text(de="Foto gelöscht.", en="Photo deleted."),
    "photos.compare": Text(de="Vorher/Nachher", en="Before/after"),
    "photos.compare_hint": Text(
        de="Zwei Fotos derselben Pose übereinander: zieh den Griff auf dem Foto.",
        en="Two photos of the same pose: drag the handle on the photo to compare.",
    ),
    "photos.compare_needs_two": Text(
        de="Für einen Vergleich brauchst du zwei Fotos derselben Pose.",
        en="To compare, you need two photos of the same pose.",
    ),
    "photos.before": Text(de="Vorher", en="Before"),
    "photos.after": Text(de="Nachher", en="After"),
    "photos.slider": Text(de="Vorher/Nachher-Regler", en="Before/after slider"),
    "photos.open_full": Text(de="In voller Größe öffnen", en="Open full size"),
    "photos.actual_size": Text(de="Originalgröße", en="Actual size"),
    "photos.fit_screen": Text(de="An Bildschirm anpassen", en="Fit to screen"),
    "photos.close": Text(de="Schließen", en="Close"),
    "photos.error.file_empty": Text(
        de="Bitte wähle zuerst ein Foto aus.", en="Please choose a photo first."
    ),
    "photos.error.file_too_big": Text(
        de="Das Foto ist zu groß (höchstens {mb} MB).", en="The photo is too large (up to {mb} MB)."
    ),
    "photos.error.file_not_an_image": Text(
        de="Diese Datei ist kein lesbares Foto. Erlaubt sind JPEG, PNG, WebP und HEIC.",
        en="This file is not a readable photo. JPEG, PNG, WebP and HEIC are accepted.",
    ),
    "photos.error.file_unsupported_format": Text(
        de="Dieses Bildformat wird nicht unterstützt. Erlaubt sind JPEG, PNG, WebP und HEIC.",
        en="This image format is not supported. JPEG, PNG, WebP and HEIC are accepted.",
    ),
    "photos.error.file_too_many_pixels": Text(
        de="Das Bild ist zu groß: höchstens {megapixels} Megapixel. Bitte wähle ein kleineres.",
        en="The image is too large: {megapixels} megapixels at most. Please choose a smaller one.",
    ),
    "photos.error.file_rejected": Text(
        de="Diese Datei wird nicht angenommen: nur JPEG, PNG, WebP oder HEIC bis {mb} MB.",
        en="This file is not accepted: only JPEG, PNG, WebP or HEIC up to {mb} MB.",
    ),
    "photos.error.date_future": Text(
        de="Das Datum darf nicht in der Zukunft liegen.", en="The date cannot be in the future."
    ),
    "photos.error.date_invalid": Text(
        de="Bitte gib ein gültiges Datum ein.", en="Please enter a valid date."
    ),
    "photos.error.pose_invalid": Text(de="Bitte wähle eine Pose.", en="Please choose a pose."),
    "photos.error.photo_not_found": Text(
        de="Dieses Foto gibt es nicht (mehr).", en="This photo does not exist (any more)."
    ),
    "photos.error.pose_different": Text(
        de="Verglichen werden nur Fotos derselben Pose.",
        en="Only photos of the same pose can be compared.",
    ),
    "photos.error.photo_same": Text(
        de="Wähle zwei verschiedene Fotos.", en="Choose two different photos."
    ),
}
