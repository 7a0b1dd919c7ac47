"""The UI's words for the AI analysis pipeline and its admin pages: key -> (German, English)."""

CATALOG: dict[str, tuple[str, str]] = {
    # --- prompts, pipeline, Analysis page, Admin → Prompts ("ai.") ---
    "ai.preview_marker": (
        "(Ergebnis von Stufe {stage}: {output})",
        "(output of stage {stage}: {output})",
    ),
    "ai.json_instructions": (
        "Antworte ausschließlich mit JSON (ohne Erklärung, ohne Codeblock), das diesem "
        "JSON-Schema entspricht:\n{schema}",
        "Answer with JSON only (no explanation, no code block) that matches this JSON "
        "schema:\n{schema}",
    ),
    "ai.json_repair": (
        "Deine Antwort auf die folgende Aufgabe war kein gültiges JSON im verlangten Format "
        "({problem}).\n\nAufgabe:\n{prompt}\n\nDeine Antwort:\n{reply}\n\nAntworte jetzt "
        "ausschließlich mit dem korrigierten JSON.",
        "Your answer to the following task was not valid JSON in the required shape "
        "({problem}).\n\nTask:\n{prompt}\n\nYour answer:\n{reply}\n\nNow answer with the "
        "corrected JSON only.",
    ),
    "ai.stage_progress": ("Stufe {stage} von {count}: {name}", "Stage {stage} of {count}: {name}"),
    "ai.intro": (
        "Lass eine KI deine eigenen Zahlen auswerten. Gesendet werden nur die Werte, die du "
        "unter „Zeigen, was gesendet wird“ siehst.",
        "Let an AI analyse your own numbers. Only the values you see under “Show what will "
        "be sent” are sent.",
    ),
    "ai.disabled_title": ("KI-Auswertungen sind aus", "AI analyses are off"),
    "ai.disabled_text": (
        "Solange du sie nicht erlaubst, wird nichts an einen KI-Anbieter gesendet. Sieh dir "
        "vorher an, was gesendet würde.",
        "Nothing is sent to an AI provider until you allow it. Look at what would be sent first.",
    ),
    "ai.allow": ("KI-Auswertungen erlauben", "Allow AI analyses"),
    "ai.choose": ("Auswertung", "Analysis"),
    "ai.show_sent": ("Zeigen, was gesendet wird", "Show what will be sent"),
    "ai.hide_sent": ("Vorschau ausblenden", "Hide preview"),
    "ai.sent_system": (
        "Anweisung an die KI (bei jeder Anfrage)",
        "Instructions to the AI (sent with every request)",
    ),
    "ai.sent_stage": ("Stufe {stage}: {name}", "Stage {stage}: {name}"),
    "ai.run": ("Auswertung starten", "Run analysis"),
    "ai.cancel": ("Abbrechen", "Cancel"),
    "ai.cancelled": ("Abgebrochen. Nichts wurde gespeichert.", "Cancelled. Nothing was saved."),
    "ai.repairing": (
        "Die Antwort war kein gültiges JSON; die KI bekommt eine zweite Chance …",
        "The answer was not valid JSON; the AI gets a second chance…",
    ),
    "ai.saved": ("Gespeichert im Verlauf.", "Saved in the history."),
    "ai.result": ("Ergebnis", "Result"),
    "ai.history": ("Bisherige Auswertungen", "Past analyses"),
    "ai.history_empty": (
        "Noch keine Auswertungen mit diesem Prompt.",
        "No analyses with this prompt yet.",
    ),
    "ai.open": ("Öffnen", "Open"),
    "ai.values_used": ("Verwendete Werte", "Values used"),
    "ai.close": ("Schließen", "Close"),
    "ai.delete": ("Löschen", "Delete"),
    "ai.delete_title": ("Auswertung löschen?", "Delete this analysis?"),
    "ai.delete_text": (
        "Die Auswertung vom {date} wird endgültig gelöscht.",
        "The analysis of {date} will be deleted permanently.",
    ),
    "ai.deleted": ("Auswertung gelöscht.", "Analysis deleted."),
    "ai.no_prompts": (
        "Es ist noch kein Prompt eingerichtet. Bitte wende dich an die Verwaltung.",
        "No prompt is set up yet. Please ask your administrator.",
    ),
    # Errors of a run or a save (PromptError / ProviderError codes)
    "ai.error.ai_disabled": (
        "KI-Auswertungen sind für dein Profil nicht erlaubt.",
        "AI analyses are not allowed for your profile.",
    ),
    "ai.error.not_configured": (
        "Es ist noch kein KI-Anbieter eingerichtet. Bitte wende dich an die Verwaltung.",
        "No AI provider is set up yet. Please ask your administrator.",
    ),
    "ai.error.circuit_open": (
        "Der KI-Anbieter fällt gerade aus; versuche es in {seconds} s wieder.",
        "The AI provider is failing; try again in {seconds} s.",
    ),
    "ai.error.auth": (
        "Der KI-Anbieter hat den Schlüssel abgelehnt. Bitte wende dich an die Verwaltung.",
        "The AI provider refused the key. Please ask your administrator.",
    ),
    "ai.error.rate_limited": (
        "Der KI-Anbieter ist überlastet; versuche es gleich noch einmal.",
        "The AI provider is overloaded; try again shortly.",
    ),
    "ai.error.unavailable": (
        "Der KI-Anbieter ist nicht erreichbar; versuche es später noch einmal.",
        "The AI provider cannot be reached; try again later.",
    ),
    "ai.error.timeout": (
        "Der KI-Anbieter hat nicht rechtzeitig geantwortet; versuche es später noch einmal.",
        "The AI provider did not answer in time; try again later.",
    ),
    "ai.error.bad_response": (
        "Der KI-Anbieter hat unverständlich geantwortet.",
        "The AI provider sent an answer that could not be read.",
    ),
    "ai.error.invalid_json": (
        "Die KI hat auch im zweiten Versuch kein gültiges JSON geliefert ({detail}). Nichts "
        "wurde gespeichert.",
        "The AI did not deliver valid JSON, even on the second try ({detail}). Nothing was saved.",
    ),
    "ai.error.prompt_missing": (
        "Diesen Prompt gibt es nicht (mehr).",
        "This prompt does not exist (any more).",
    ),
    "ai.error.unknown_placeholders": (
        "Unbekannte Platzhalter: {names}",
        "Unknown placeholders: {names}",
    ),
    "ai.error.prompt_in_use": (
        "Diese Pipelines verwenden den Prompt als Basis-Prompt: {names}",
        "These pipelines use the prompt as a base prompt: {names}",
    ),
    "ai.error.unknown_slug": (
        "Unbekannte Basis-Prompts: {names}",
        "Unknown base prompts: {names}",
    ),
    "ai.error.slug_invalid": (
        "Der Kurzname darf nur Kleinbuchstaben, Ziffern, - und _ enthalten.",
        "The slug may contain only lowercase letters, digits, - and _.",
    ),
    "ai.error.slug_taken": (
        "Diesen Kurznamen gibt es schon.",
        "This slug is already taken.",
    ),
    "ai.error.title_missing": ("Bitte gib einen Titel ein.", "Please enter a title."),
    "ai.error.type_invalid": ("Bitte wähle einen Typ.", "Please choose a type."),
    "ai.error.output_format_invalid": (
        "Bitte wähle ein Ausgabeformat.",
        "Please choose an output format.",
    ),
    "ai.error.template_missing": (
        "Bitte gib eine deutsche Vorlage ein ({names}).",
        "Please enter a German template ({names}).",
    ),
    "ai.error.schema_invalid": (
        "Das JSON-Schema ist ungültig: {detail}",
        "The JSON schema is invalid: {detail}",
    ),
    "ai.error.stages_invalid": (
        "Eine Pipeline braucht mindestens eine Stufe mit einem Prompt.",
        "A pipeline needs at least one stage with a prompt.",
    ),
    "ai.error.stage_empty": (
        "Stufe {names} hat keinen Prompt.",
        "Stage {names} has no prompt.",
    ),
    "ai.error.output_key_invalid": (
        "Ungültiger Ergebnisname „{names}“: Kleinbuchstaben, Ziffern und _, beginnend mit "
        "einem Buchstaben.",
        "Invalid output key “{names}”: lowercase letters, digits and _, starting with a letter.",
    ),
    "ai.error.output_key_twice": (
        "Ergebnisnamen doppelt vergeben: {names}",
        "Output keys used twice: {names}",
    ),
    "ai.error.output_key_taken": (
        "Diese Ergebnisnamen sind schon Platzhalter: {names}",
        "These output keys are already placeholders: {names}",
    ),
    # Admin → Prompts
    "ai.admin_intro": (
        "Basis-Prompts und Pipelines für die Analyse-Seite. Platzhalter schreibst du als "
        "{{name}}; in einer Pipeline ist das Ergebnis einer Stufe ein Platzhalter für die "
        "folgenden.",
        "Base prompts and pipelines for the Analysis page. Write placeholders as {{name}}; "
        "in a pipeline each stage's output is a placeholder for the stages after it.",
    ),
    "ai.new_prompt": ("Neuer Prompt", "New prompt"),
    "ai.edit": ("Bearbeiten", "Edit"),
    "ai.active": ("Aktiv", "Active"),
    "ai.move_up": ("Nach oben", "Move up"),
    "ai.move_down": ("Nach unten", "Move down"),
    "ai.slug": ("Kurzname (slug)", "Slug"),
    "ai.title": ("Titel", "Title"),
    "ai.category": ("Kategorie", "Category"),
    "ai.description": ("Beschreibung", "Description"),
    "ai.type": ("Typ", "Type"),
    "ai.type_base": ("Basis-Prompt", "Base prompt"),
    "ai.type_pipeline": ("Pipeline", "Pipeline"),
    "ai.output_format": ("Ausgabeformat", "Output format"),
    "ai.format_text": ("Text (Markdown)", "Text (Markdown)"),
    "ai.format_json": ("JSON", "JSON"),
    "ai.schema": ("JSON-Schema", "JSON schema"),
    "ai.template_de": ("Vorlage (Deutsch)", "Template (German)"),
    "ai.template_en": ("Vorlage (Englisch)", "Template (English)"),
    "ai.model": ("Modell (leer: Standardmodell)", "Model (empty: default model)"),
    "ai.stages": ("Stufen", "Stages"),
    "ai.stage_number": ("Stufe", "Stage"),
    "ai.stage_name": ("Name der Stufe", "Stage name"),
    "ai.stage_prompt": ("Prompt", "Prompt"),
    "ai.stage_inline": ("Eigene Vorlage (unten)", "Inline template (below)"),
    "ai.output_key": ("Ergebnisname", "Output key"),
    "ai.add_stage_row": ("Zeile hinzufügen", "Add row"),
    "ai.remove_row": ("Zeile entfernen", "Remove row"),
    "ai.preview": ("Vorschau mit meinen Daten", "Preview with my data"),
    "ai.test_run": ("Testlauf", "Test run"),
    "ai.test_note": (
        "Ein Testlauf wird nicht als Auswertung gespeichert.",
        "A test run is not saved as an analysis.",
    ),
    "ai.placeholders": ("Verfügbare Platzhalter", "Available placeholders"),
    "ai.prompt_saved": ("Prompt gespeichert.", "Prompt saved."),
    "ai.back": ("Zurück zur Liste", "Back to the list"),
    # --- AI provider ("ai_provider."), kept below by the providers engineer ---
    "ai_provider.intro": (
        "Anbieter, Adresse und Modell, mit denen die Auswertungen laufen. Der API-Schlüssel "
        "bleibt auf dem Server.",
        "The provider, address and model the analyses use. The API key stays on the server.",
    ),
    "ai_provider.settings": ("Verbindung", "Connection"),
    "ai_provider.provider": ("Anbieter", "Provider"),
    "ai_provider.kind_openai": ("OpenAI-kompatibel", "OpenAI-compatible"),
    "ai_provider.provider_hint": (
        "OpenAI-kompatibel heißt: OpenAI selbst, LM Studio, vLLM und andere Server mit dieser "
        "Schnittstelle.",
        "OpenAI-compatible means OpenAI itself, LM Studio, vLLM and other servers with that "
        "interface.",
    ),
    "ai_provider.kind_openrouter": ("OpenRouter", "OpenRouter"),
    "ai_provider.kind_anthropic": ("Anthropic", "Anthropic"),
    "ai_provider.kind_ollama": ("Ollama (lokal)", "Ollama (local)"),
    "ai_provider.base_url": ("Basis-URL", "Base URL"),
    "ai_provider.base_url_hint": (
        "Wird beim Wechsel des Anbieters vorausgefüllt; für einen eigenen Server anpassen.",
        "Filled in when you choose a provider; change it for a server of your own.",
    ),
    "ai_provider.model": ("Standardmodell", "Default model"),
    "ai_provider.model_hint": (
        "Zum Beispiel anthropic/claude-sonnet-4 oder llama3.1. Ein Prompt kann ein eigenes "
        "Modell nennen.",
        "For example anthropic/claude-sonnet-4 or llama3.1. A prompt can name its own model.",
    ),
    "ai_provider.api_key": ("API-Schlüssel", "API key"),
    "ai_provider.api_key_hint": (
        "Für lokale Server meist nicht nötig.",
        "Usually not needed for local servers.",
    ),
    "ai_provider.key_stored": (
        "Schlüssel gespeichert ✓ – leer lassen, um ihn zu behalten.",
        "Key stored ✓ – leave the field empty to keep it.",
    ),
    "ai_provider.remove_key": ("Gespeicherten Schlüssel entfernen", "Remove the stored key"),
    "ai_provider.source_admin": (
        "Eingestellt von einem Administrator.",
        "Set by an administrator.",
    ),
    "ai_provider.source_environment": (
        "Eingestellt über die Umgebung (MITAI_AI_*). Speichern hier hat Vorrang.",
        "Set by the environment (MITAI_AI_*). Saving here takes precedence.",
    ),
    "ai_provider.source_none": (
        "Noch kein Anbieter eingerichtet: KI-Auswertungen sind bis dahin nicht möglich.",
        "No provider set up yet: AI analyses are unavailable until then.",
    ),
    "ai_provider.saved": ("Anbieter gespeichert.", "Provider saved."),
    "ai_provider.test_title": ("Verbindung testen", "Test connection"),
    "ai_provider.test_hint": (
        "Sendet einen kurzen Test-Prompt mit den gespeicherten Einstellungen.",
        "Sends a short test prompt using the saved settings.",
    ),
    "ai_provider.testing": (
        "Warte auf die Antwort des Anbieters …",
        "Waiting for the provider's answer…",
    ),
    "ai_provider.test_ok": ("Der Anbieter hat geantwortet:", "The provider answered:"),
    "ai_provider.error.provider_invalid": (
        "Bitte wähle einen Anbieter aus der Liste.",
        "Please choose a provider from the list.",
    ),
    "ai_provider.error.base_url_invalid": (
        "Bitte gib eine vollständige Adresse ein, z. B. https://openrouter.ai/api/v1.",
        "Please enter a complete address, e.g. https://openrouter.ai/api/v1.",
    ),
    "ai_provider.error.model_invalid": (
        "Bitte gib ein Modell an (höchstens 100 Zeichen).",
        "Please enter a model (at most 100 characters).",
    ),
    "ai_provider.error.key_invalid": (
        "Der Schlüssel darf keine Leerzeichen enthalten und höchstens 500 Zeichen haben.",
        "The key may not contain spaces and may have at most 500 characters.",
    ),
    "ai_provider.error.not_configured": (
        "Es ist noch kein Anbieter gespeichert.",
        "No provider is saved yet.",
    ),
    "ai_provider.error.auth": (
        "Der Anbieter hat den API-Schlüssel abgelehnt.",
        "The provider refused the API key.",
    ),
    "ai_provider.error.rate_limited": (
        "Der Anbieter begrenzt gerade die Anfragen.",
        "The provider is limiting requests right now.",
    ),
    "ai_provider.error.unavailable": (
        "Der Anbieter ist nicht erreichbar oder gestört.",
        "The provider cannot be reached or is failing.",
    ),
    "ai_provider.error.timeout": (
        "Der Anbieter hat nicht rechtzeitig geantwortet.",
        "The provider did not answer in time.",
    ),
    "ai_provider.error.bad_response": (
        "Der Anbieter hat die Anfrage abgelehnt oder unlesbar geantwortet (Modellname prüfen).",
        "The provider rejected the request or answered unreadably (check the model name).",
    ),
    "ai_provider.error.circuit_open": (
        "Der Anbieter ist wiederholt ausgefallen; Aufrufe pausieren kurz.",
        "The provider failed repeatedly; calls are paused for a moment.",
    ),
}
