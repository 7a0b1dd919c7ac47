"""The UI's words for progress photos: key -> (German, English)."""

CATALOG: dict[str, tuple[str, str]] = {
    "photos.add": ("Foto hinzufügen", "Add a photo"),
    "photos.take": ("Foto aufnehmen", "Take a photo"),
    "photos.choose": ("Foto auswählen", "Choose a photo"),
    "photos.file": ("Fotodatei", "Photo file"),
    "photos.none_chosen": ("Noch kein Foto ausgewählt.", "No photo chosen yet."),
    "photos.chosen": ("Ausgewählt:", "Chosen:"),
    "photos.file_hint": (
        "JPEG, PNG, WebP oder HEIC, höchstens {mb} MB. Standortdaten und alle anderen "
        "Metadaten werden entfernt.",
        "JPEG, PNG, WebP or HEIC, up to {mb} MB. Location data and all other metadata are removed.",
    ),
    "photos.pose": ("Pose", "Pose"),
    "photos.front": ("Vorne", "Front"),
    "photos.side": ("Seite", "Side"),
    "photos.back": ("Hinten", "Back"),
    "photos.date": ("Datum", "Date"),
    "photos.notes": ("Notizen", "Notes"),
    "photos.upload": ("Hochladen", "Upload"),
    "photos.uploading": ("Wird hochgeladen … {percent} %", "Uploading… {percent} %"),
    "photos.processing": ("Wird verarbeitet …", "Processing…"),
    "photos.uploaded": ("Foto gespeichert.", "Photo saved."),
    "photos.gallery": ("Galerie", "Gallery"),
    "photos.filter": ("Pose anzeigen", "Show pose"),
    "photos.all_poses": ("Alle Posen", "All poses"),
    "photos.empty": (
        "Noch keine Fotos. Lade oben dein erstes Fortschrittsfoto hoch.",
        "No photos yet. Upload your first progress photo above.",
    ),
    "photos.empty_pose": ("Keine Fotos in dieser Pose.", "No photos in this pose."),
    "photos.photo_alt": ("{pose}, {date}", "{pose}, {date}"),
    "photos.edit": ("Bearbeiten", "Edit"),
    "photos.edit_title": ("Foto bearbeiten", "Edit photo"),
    "photos.delete": ("Löschen", "Delete"),
    "photos.delete_title": ("Foto löschen?", "Delete this photo?"),
    "photos.delete_text": (
        "Das Foto wird endgültig gelöscht. Das lässt sich nicht rückgängig machen.",
        "The photo is deleted for good. This cannot be undone.",
    ),
    "photos.deleted": ("Foto gelöscht.", "Photo deleted."),
    "photos.compare": ("Vorher/Nachher", "Before/after"),
    "photos.compare_hint": (
        "Zwei Fotos derselben Pose nebeneinander: verschiebe den Regler.",
        "Two photos of the same pose: move the slider to compare.",
    ),
    "photos.compare_needs_two": (
        "Für einen Vergleich brauchst du zwei Fotos derselben Pose.",
        "To compare, you need two photos of the same pose.",
    ),
    "photos.before": ("Vorher", "Before"),
    "photos.after": ("Nachher", "After"),
    "photos.slider": ("Vorher/Nachher-Regler", "Before/after slider"),
    "photos.error.file_empty": ("Bitte wähle zuerst ein Foto aus.", "Please choose a photo first."),
    "photos.error.file_too_big": (
        "Das Foto ist zu groß (höchstens {mb} MB).",
        "The photo is too large (up to {mb} MB).",
    ),
    "photos.error.file_not_an_image": (
        "Diese Datei ist kein lesbares Foto. Erlaubt sind JPEG, PNG, WebP und HEIC.",
        "This file is not a readable photo. JPEG, PNG, WebP and HEIC are accepted.",
    ),
    "photos.error.file_unsupported_format": (
        "Dieses Bildformat wird nicht unterstützt. Erlaubt sind JPEG, PNG, WebP und HEIC.",
        "This image format is not supported. JPEG, PNG, WebP and HEIC are accepted.",
    ),
    "photos.error.file_too_many_pixels": (
        "Das Bild hat zu viele Pixel.",
        "The image has too many pixels.",
    ),
    "photos.error.file_rejected": (
        "Diese Datei wird nicht angenommen: nur JPEG, PNG, WebP oder HEIC bis {mb} MB.",
        "This file is not accepted: only JPEG, PNG, WebP or HEIC up to {mb} MB.",
    ),
    "photos.error.date_future": (
        "Das Datum darf nicht in der Zukunft liegen.",
        "The date cannot be in the future.",
    ),
    "photos.error.date_invalid": (
        "Bitte gib ein gültiges Datum ein.",
        "Please enter a valid date.",
    ),
    "photos.error.pose_invalid": ("Bitte wähle eine Pose.", "Please choose a pose."),
    "photos.error.notes_too_long": (
        "Die Notizen sind zu lang (höchstens 1000 Zeichen).",
        "The notes are too long (up to 1000 characters).",
    ),
    "photos.error.photo_not_found": (
        "Dieses Foto gibt es nicht (mehr).",
        "This photo does not exist (any more).",
    ),
    "photos.error.pose_different": (
        "Verglichen werden nur Fotos derselben Pose.",
        "Only photos of the same pose can be compared.",
    ),
    "photos.error.photo_same": (
        "Wähle zwei verschiedene Fotos.",
        "Choose two different photos.",
    ),
}
