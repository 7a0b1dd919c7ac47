"""The UI's words for the AI analysis pipeline and its admin pages."""

from mitai_app.core.text import Text

CATALOG: dict[str, Text] = {
    # --- prompts, pipeline, Analysis page, Admin → Prompts ("ai.") ---
    "ai.preview_marker": Text(
        de="(Ergebnis von Stufe {stage}: {output})", en="(output of stage {stage}: {output})"
    ),
    "ai.json_instructions": Text(
        de="Antworte ausschließlich mit JSON (ohne Erklärung, ohne Codeblock), das diesem "
        "JSON-Schema entspricht:\n{schema}",
        en="Answer with JSON only (no explanation, no code block) that matches this JSON "
        "schema:\n{schema}",
    ),
    "ai.json_repair": Text(
        de="Deine Antwort auf die folgende Aufgabe war kein gültiges JSON im verlangten Format "
        "({problem}).\n\nAufgabe:\n{prompt}\n\nDeine Antwort:\n{reply}\n\nAntworte jetzt "
        "ausschließlich mit dem korrigierten JSON.",
        en="Your answer to the following task was not valid JSON in the required shape "
        "({problem}).\n\nTask:\n{prompt}\n\nYour answer:\n{reply}\n\nNow answer with the "
        "corrected JSON only.",
    ),
    # Sent with every prompt as the system message, in the reader's language.
    "ai.system_prompt": Text(
        de="Du bist ein sachlicher Coach für Gesundheit und Fitness. Du wertest nur die Zahlen "
        "aus, die dir genannt werden, und zitierst sie; du erfindest keine Werte. Wo Daten "
        "fehlen, sagst du das. Du stellst keine Diagnosen und empfiehlst bei auffälligen "
        "Werten ärztlichen Rat. Antworte auf Deutsch in Markdown.",
        en="You are a matter-of-fact health and fitness coach. You analyse only the numbers you "
        "are given and cite them; you never invent values. Where data is missing, you say so. "
        "You do not diagnose, and you suggest medical advice for worrying values. Answer in "
        "English, in Markdown.",
    ),
    "ai.stage_progress": Text(
        de="Stufe {stage} von {count}: {name}", en="Stage {stage} of {count}: {name}"
    ),
    "ai.intro": Text(
        de="Lass eine KI deine eigenen Zahlen auswerten. Gesendet werden nur die Werte, die du "
        "unter „Zeigen, was gesendet wird“ siehst.",
        en="Let an AI analyse your own numbers. Only the values you see under “Show what will "
        "be sent” are sent.",
    ),
    "ai.disabled_title": Text(de="KI-Auswertungen sind aus", en="AI analyses are off"),
    "ai.disabled_text": Text(
        de="Solange du sie nicht erlaubst, wird nichts an einen KI-Anbieter gesendet. Sieh dir "
        "vorher an, was gesendet würde.",
        en="Nothing is sent to an AI provider until you allow it. Look at what would be sent first.",
    ),
    "ai.allow": Text(de="KI-Auswertungen erlauben", en="Allow AI analyses"),
    "ai.choose": Text(de="Auswertung", en="Analysis"),
    "ai.show_sent": Text(de="Zeigen, was gesendet wird", en="Show what will be sent"),
    "ai.hide_sent": Text(de="Vorschau ausblenden", en="Hide preview"),
    "ai.sent_system": Text(
        de="Anweisung an die KI (bei jeder Anfrage)",
        en="Instructions to the AI (sent with every request)",
    ),
    "ai.sent_stage": Text(de="Stufe {stage}: {name}", en="Stage {stage}: {name}"),
    "ai.run": Text(de="Auswertung starten", en="Run analysis"),
    "ai.cancel": Text(de="Abbrechen", en="Cancel"),
    "ai.cancelled": Text(
        de="Abgebrochen. Nichts wurde gespeichert.", en="Cancelled. Nothing was saved."
    ),
    "ai.repairing": Text(
        de="Die Antwort war kein gültiges JSON; die KI bekommt eine zweite Chance …",
        en="The answer was not valid JSON; the AI gets a second chance…",
    ),
    "ai.saved": Text(de="Gespeichert im Verlauf.", en="Saved in the history."),
    "ai.result": Text(de="Ergebnis", en="Result"),
    "ai.history": Text(de="Bisherige Auswertungen", en="Past analyses"),
    "ai.history_empty": Text(
        de="Noch keine Auswertungen mit diesem Prompt.", en="No analyses with this prompt yet."
    ),
    "ai.open": Text(de="Öffnen", en="Open"),
    "ai.values_used": Text(de="Verwendete Werte", en="Values used"),
    "ai.close": Text(de="Schließen", en="Close"),
    "ai.delete": Text(de="Löschen", en="Delete"),
    "ai.delete_title": Text(de="Auswertung löschen?", en="Delete this analysis?"),
    "ai.delete_text": Text(
        de="Die Auswertung vom {date} wird endgültig gelöscht.",
        en="The analysis of {date} will be deleted permanently.",
    ),
    "ai.deleted": Text(de="Auswertung gelöscht.", en="Analysis deleted."),
    "ai.summary": Text(
        de="KI-Auswertungen deiner eigenen Zahlen, wenn du sie erlaubst.",
        en="AI analyses of your own numbers, when you allow them.",
    ),
    "ai.no_provider_title": Text(
        de="Noch kein KI-Anbieter eingerichtet", en="No AI provider is set up yet"
    ),
    "ai.no_provider_user": Text(
        de="Auswertungen sind erst möglich, wenn ein KI-Anbieter eingerichtet ist. Bitte "
        "frag deine Administratorin oder deinen Administrator.",
        en="Analyses can run once an AI provider is set up. Please ask your administrator.",
    ),
    "ai.no_provider_admin": Text(
        de="Auswertungen sind erst möglich, wenn ein KI-Anbieter eingerichtet ist.",
        en="Analyses can run once an AI provider is set up.",
    ),
    "ai.set_up_provider": Text(
        de="KI-Anbieter einrichten (Verwaltung → KI-Anbieter)",
        en="Set up a provider (Admin → AI provider)",
    ),
    "ai.incomplete": Text(
        de="Diese Auswertung liest auch Daten, die die App noch nicht erfassen kann; dort "
        "steht „keine Daten“.",
        en="This analysis also reads data the app cannot record yet; those parts say “no data”.",
    ),
    "ai.no_prompts": Text(
        de="Es ist noch kein Prompt eingerichtet. Bitte wende dich an die Verwaltung.",
        en="No prompt is set up yet. Please ask your administrator.",
    ),
    # Errors of a run or a save (UserError codes; ProviderError codes as ai.error.<code>)
    "ai.error.ai_disabled": Text(
        de="KI-Auswertungen sind für dein Profil nicht erlaubt.",
        en="AI analyses are not allowed for your profile.",
    ),
    "ai.error.not_configured": Text(
        de="Es ist noch kein KI-Anbieter eingerichtet. Bitte wende dich an die Verwaltung.",
        en="No AI provider is set up yet. Please ask your administrator.",
    ),
    "ai.error.circuit_open": Text(
        de="Der KI-Anbieter fällt gerade aus; versuche es in {seconds} s wieder.",
        en="The AI provider is failing; try again in {seconds} s.",
    ),
    "ai.error.auth": Text(
        de="Der KI-Anbieter hat den Schlüssel abgelehnt. Bitte wende dich an die Verwaltung.",
        en="The AI provider refused the key. Please ask your administrator.",
    ),
    "ai.error.rate_limited": Text(
        de="Der KI-Anbieter ist überlastet; versuche es gleich noch einmal.",
        en="The AI provider is overloaded; try again shortly.",
    ),
    "ai.error.unavailable": Text(
        de="Der KI-Anbieter ist nicht erreichbar; versuche es später noch einmal.",
        en="The AI provider cannot be reached; try again later.",
    ),
    "ai.error.timeout": Text(
        de="Der KI-Anbieter hat nicht rechtzeitig geantwortet; versuche es später noch einmal.",
        en="The AI provider did not answer in time; try again later.",
    ),
    "ai.error.bad_response": Text(
        de="Der KI-Anbieter hat unverständlich geantwortet.",
        en="The AI provider sent an answer that could not be read.",
    ),
    "ai.error.invalid_json": Text(
        de="Die KI hat auch im zweiten Versuch kein gültiges JSON geliefert ({detail}). Nichts "
        "wurde gespeichert.",
        en="The AI did not deliver valid JSON, even on the second try ({detail}). Nothing was saved.",
    ),
    "ai.error.prompt_missing": Text(
        de="Diesen Prompt gibt es nicht (mehr).", en="This prompt does not exist (any more)."
    ),
    "ai.error.unknown_placeholders": Text(
        de="Unbekannte Platzhalter: {names}", en="Unknown placeholders: {names}"
    ),
    "ai.error.prompt_in_use": Text(
        de="Diese Pipelines verwenden den Prompt als Basis-Prompt: {names}",
        en="These pipelines use the prompt as a base prompt: {names}",
    ),
    "ai.error.unknown_slug": Text(
        de="Unbekannte Basis-Prompts: {names}", en="Unknown base prompts: {names}"
    ),
    "ai.error.slug_invalid": Text(
        de="Der Kurzname darf nur Kleinbuchstaben, Ziffern, - und _ enthalten.",
        en="The slug may contain only lowercase letters, digits, - and _.",
    ),
    "ai.error.slug_taken": Text(
        de="Diesen Kurznamen gibt es schon.", en="This slug is already taken."
    ),
    "ai.error.title_missing": Text(de="Bitte gib einen Titel ein.", en="Please enter a title."),
    "ai.error.type_invalid": Text(de="Bitte wähle einen Typ.", en="Please choose a type."),
    "ai.error.output_format_invalid": Text(
        de="Bitte wähle ein Ausgabeformat.", en="Please choose an output format."
    ),
    "ai.error.template_missing": Text(
        de="Bitte gib eine deutsche Vorlage ein ({names}).",
        en="Please enter a German template ({names}).",
    ),
    "ai.error.schema_invalid": Text(
        de="Das JSON-Schema ist ungültig: {detail}", en="The JSON schema is invalid: {detail}"
    ),
    "ai.error.stages_invalid": Text(
        de="Eine Pipeline braucht mindestens eine Stufe mit einem Prompt.",
        en="A pipeline needs at least one stage with a prompt.",
    ),
    "ai.error.stage_empty": Text(
        de="Stufe {names} hat keinen Prompt.", en="Stage {names} has no prompt."
    ),
    "ai.error.output_key_invalid": Text(
        de="Ungültiger Ergebnisname „{names}“: Kleinbuchstaben, Ziffern und _, beginnend mit "
        "einem Buchstaben.",
        en="Invalid output key “{names}”: lowercase letters, digits and _, starting with a letter.",
    ),
    "ai.error.output_key_twice": Text(
        de="Ergebnisnamen doppelt vergeben: {names}", en="Output keys used twice: {names}"
    ),
    "ai.error.output_key_taken": Text(
        de="Diese Ergebnisnamen sind schon Platzhalter: {names}",
        en="These output keys are already placeholders: {names}",
    ),
    # Admin → Prompts
    "ai.admin_intro": Text(
        de="Basis-Prompts und Pipelines für die Analyse-Seite. Platzhalter schreibst du als "
        "{{name}}; in einer Pipeline ist das Ergebnis einer Stufe ein Platzhalter für die "
        "folgenden.",
        en="Base prompts and pipelines for the Analysis page. Write placeholders as {{name}}; "
        "in a pipeline each stage's output is a placeholder for the stages after it.",
    ),
    "ai.new_prompt": Text(de="Neuer Prompt", en="New prompt"),
    "ai.edit": Text(de="Bearbeiten", en="Edit"),
    "ai.active": Text(de="Aktiv", en="Active"),
    "ai.move_up": Text(de="Nach oben", en="Move up"),
    "ai.move_down": Text(de="Nach unten", en="Move down"),
    "ai.slug": Text(de="Kurzname (slug)", en="Slug"),
    "ai.title": Text(de="Titel", en="Title"),
    "ai.category": Text(de="Kategorie", en="Category"),
    "ai.description": Text(de="Beschreibung", en="Description"),
    "ai.type": Text(de="Typ", en="Type"),
    "ai.type_base": Text(de="Basis-Prompt", en="Base prompt"),
    "ai.type_pipeline": Text(de="Pipeline", en="Pipeline"),
    "ai.output_format": Text(de="Ausgabeformat", en="Output format"),
    "ai.format_text": Text(de="Text (Markdown)", en="Text (Markdown)"),
    "ai.format_json": Text(de="JSON", en="JSON"),
    "ai.schema": Text(de="JSON-Schema", en="JSON schema"),
    "ai.template_de": Text(de="Vorlage (Deutsch)", en="Template (German)"),
    "ai.template_en": Text(de="Vorlage (Englisch)", en="Template (English)"),
    "ai.model": Text(de="Modell (leer: Standardmodell)", en="Model (empty: default model)"),
    "ai.stages": Text(de="Stufen", en="Stages"),
    "ai.stage_number": Text(de="Stufe", en="Stage"),
    "ai.stage_name": Text(de="Name der Stufe", en="Stage name"),
    "ai.stage_prompt": Text(de="Prompt", en="Prompt"),
    "ai.stage_inline": Text(de="Eigene Vorlage (unten)", en="Inline template (below)"),
    "ai.output_key": Text(de="Ergebnisname", en="Output key"),
    "ai.add_stage_row": Text(de="Zeile hinzufügen", en="Add row"),
    "ai.remove_row": Text(de="Zeile entfernen", en="Remove row"),
    "ai.preview": Text(de="Vorschau mit meinen Daten", en="Preview with my data"),
    "ai.test_run": Text(de="Testlauf", en="Test run"),
    "ai.test_note": Text(
        de="Ein Testlauf wird nicht als Auswertung gespeichert.",
        en="A test run is not saved as an analysis.",
    ),
    "ai.placeholders": Text(de="Verfügbare Platzhalter", en="Available placeholders"),
    "ai.prompt_saved": Text(de="Prompt gespeichert.", en="Prompt saved."),
    "ai.back": Text(de="Zurück zur Liste", en="Back to the list"),
    # --- AI provider ("ai_provider."), kept below by the providers engineer ---
    "ai_provider.intro": Text(
        de="Anbieter, Adresse und Modell, mit denen die Auswertungen laufen. Der API-Schlüssel "
        "bleibt auf dem Server.",
        en="The provider, address and model the analyses use. The API key stays on the server.",
    ),
    "ai_provider.settings": Text(de="Verbindung", en="Connection"),
    "ai_provider.provider": Text(de="Anbieter", en="Provider"),
    "ai_provider.kind_openai": Text(de="OpenAI-kompatibel", en="OpenAI-compatible"),
    "ai_provider.provider_hint": Text(
        de="OpenAI-kompatibel heißt: OpenAI selbst, LM Studio, vLLM und andere Server mit dieser "
        "Schnittstelle.",
        en="OpenAI-compatible means OpenAI itself, LM Studio, vLLM and other servers with that "
        "interface.",
    ),
    "ai_provider.kind_openrouter": Text(de="OpenRouter", en="OpenRouter"),
    "ai_provider.kind_anthropic": Text(de="Anthropic", en="Anthropic"),
    "ai_provider.kind_ollama": Text(de="Ollama (lokal)", en="Ollama (local)"),
    "ai_provider.base_url": Text(de="Basis-URL", en="Base URL"),
    "ai_provider.base_url_hint": Text(
        de="Wird beim Wechsel des Anbieters vorausgefüllt; für einen eigenen Server anpassen.",
        en="Filled in when you choose a provider; change it for a server of your own.",
    ),
    "ai_provider.model": Text(de="Standardmodell", en="Default model"),
    "ai_provider.model_hint": Text(
        de="Zum Beispiel anthropic/claude-sonnet-4 oder llama3.1. Ein Prompt kann ein eigenes "
        "Modell nennen.",
        en="For example anthropic/claude-sonnet-4 or llama3.1. A prompt can name its own model.",
    ),
    "ai_provider.api_key": Text(de="API-Schlüssel", en="API key"),
    "ai_provider.api_key_hint": Text(
        de="Für lokale Server meist nicht nötig.", en="Usually not needed for local servers."
    ),
    "ai_provider.key_stored": Text(
        de="Schlüssel gespeichert ✓ – leer lassen, um ihn zu behalten.",
        en="Key stored ✓ – leave the field empty to keep it.",
    ),
    "ai_provider.remove_key": Text(
        de="Gespeicherten Schlüssel entfernen", en="Remove the stored key"
    ),
    "ai_provider.source_admin": Text(
        de="Eingestellt von einem Administrator.", en="Set by an administrator."
    ),
    "ai_provider.source_environment": Text(
        de="Eingestellt über die Umgebung (MITAI_AI_*). Speichern hier hat Vorrang.",
        en="Set by the environment (MITAI_AI_*). Saving here takes precedence.",
    ),
    "ai_provider.source_none": Text(
        de="Noch kein Anbieter eingerichtet: KI-Auswertungen sind bis dahin nicht möglich.",
        en="No provider set up yet: AI analyses are unavailable until then.",
    ),
    "ai_provider.saved": Text(de="Anbieter gespeichert.", en="Provider saved."),
    "ai_provider.test_title": Text(de="Verbindung testen", en="Test connection"),
    "ai_provider.test_hint": Text(
        de="Sendet einen kurzen Test-Prompt mit den gespeicherten Einstellungen.",
        en="Sends a short test prompt using the saved settings.",
    ),
    "ai_provider.testing": Text(
        de="Warte auf die Antwort des Anbieters …", en="Waiting for the provider's answer…"
    ),
    "ai_provider.test_ok": Text(de="Der Anbieter hat geantwortet:", en="The provider answered:"),
    "ai_provider.error.provider_invalid": Text(
        de="Bitte wähle einen Anbieter aus der Liste.", en="Please choose a provider from the list."
    ),
    "ai_provider.error.base_url_invalid": Text(
        de="Bitte gib eine vollständige Adresse ein, z. B. https://openrouter.ai/api/v1.",
        en="Please enter a complete address, e.g. https://openrouter.ai/api/v1.",
    ),
    "ai_provider.error.model_missing": Text(
        de="Bitte gib ein Modell an.", en="Please enter a model."
    ),
    "ai_provider.error.key_invalid": Text(
        de="Der Schlüssel darf keine Leerzeichen enthalten und höchstens 500 Zeichen haben.",
        en="The key may not contain spaces and may have at most 500 characters.",
    ),
    "ai_provider.error.not_configured": Text(
        de="Es ist noch kein Anbieter gespeichert.", en="No provider is saved yet."
    ),
    "ai_provider.error.auth": Text(
        de="Der Anbieter hat den API-Schlüssel abgelehnt.", en="The provider refused the API key."
    ),
    "ai_provider.error.rate_limited": Text(
        de="Der Anbieter begrenzt gerade die Anfragen.",
        en="The provider is limiting requests right now.",
    ),
    "ai_provider.error.unavailable": Text(
        de="Der Anbieter ist nicht erreichbar oder gestört.",
        en="The provider cannot be reached or is failing.",
    ),
    "ai_provider.error.timeout": Text(
        de="Der Anbieter hat nicht rechtzeitig geantwortet.",
        en="The provider did not answer in time.",
    ),
    "ai_provider.error.bad_response": Text(
        de="Der Anbieter hat die Anfrage abgelehnt oder unlesbar geantwortet (Modellname prüfen).",
        en="The provider rejected the request or answered unreadably (check the model name).",
    ),
    "ai_provider.error.circuit_open": Text(
        de="Der Anbieter ist wiederholt ausgefallen; Aufrufe pausieren kurz.",
        en="The provider failed repeatedly; calls are paused for a moment.",
    ),
}
