"""The words of the API tokens page and the API's refusals."""

from mitai_app.core.text import Text

CATALOG: dict[str, Text] = {
    "nav.tokens": Text(de="API-Tokens", en="API tokens"),
    "nav.admin_api": Text(de="API", en="API"),
    "api.admin.allowed": Text(de="Persönliche API-Tokens erlauben", en="Allow personal API tokens"),
    "api.admin.allowed_hint": Text(
        de="Ausgeschaltet kann niemand Tokens erstellen, und jedes bestehende Token wird abgewiesen (401), bis du sie wieder erlaubst.",
        en="Switched off, nobody can create tokens and every existing token is refused (401) until you allow them again.",
    ),
    "api.explained": Text(
        de="Mit einem persönlichen Token lesen oder schreiben Programme und Automationen (Kurzbefehle, Home Assistant, Skripte) deine Daten über die REST-API. Gib jedem Token nur die Bereiche, die es braucht.",
        en="With a personal token, programs and automations (Shortcuts, Home Assistant, scripts) read or write your data through the REST API. Give each token only the areas it needs.",
    ),
    "api.docs_link": Text(de="API-Beschreibung (OpenAPI)", en="API description (OpenAPI)"),
    "api.new_token": Text(de="Neues Token", en="New token"),
    "api.name": Text(de="Name", en="Name"),
    "api.name_hint": Text(
        de="Wofür es ist, z. B. „Kurzbefehl Waage“.", en="What it is for, e.g. “Scale shortcut”."
    ),
    "api.scopes": Text(de="Bereiche", en="Areas"),
    "api.area.profile": Text(de="Profil", en="Profile"),
    "api.area.export": Text(de="Gesamtexport (ZIP)", en="Full export (ZIP)"),
    "api.read": Text(de="lesen", en="read"),
    "api.write": Text(de="schreiben", en="write"),
    "api.expires_on": Text(de="Gültig bis (leer: unbegrenzt)", en="Valid until (empty: no end)"),
    "api.create": Text(de="Token erstellen", en="Create token"),
    "api.created": Text(
        de="Kopiere das Token jetzt – es wird nicht noch einmal angezeigt:",
        en="Copy the token now – it is not shown again:",
    ),
    "api.secret": Text(de="Dein neues Token", en="Your new token"),
    "api.yours": Text(de="Deine Tokens", en="Your tokens"),
    "api.none": Text(de="Noch keine Tokens.", en="No tokens yet."),
    "api.last_used": Text(de="Zuletzt benutzt", en="Last used"),
    "api.never": Text(de="nie", en="never"),
    "api.expires": Text(de="Gültig bis", en="Valid until"),
    "api.no_end": Text(de="unbegrenzt", en="no end"),
    "api.revoke": Text(de="Widerrufen", en="Revoke"),
    "api.revoke_title": Text(de="Token widerrufen?", en="Revoke this token?"),
    "api.revoke_text": Text(
        de="Programme, die es benutzen, bekommen danach keinen Zugriff mehr.",
        en="Programs that use it lose access at once.",
    ),
    "api.revoked": Text(de="Das Token wurde widerrufen.", en="The token was revoked."),
    "api.error.not_allowed": Text(
        de="Der Administrator hat API-Tokens auf dieser Installation abgeschaltet.",
        en="The administrator has switched API tokens off on this installation.",
    ),
    "api.error.name_required": Text(de="Gib dem Token einen Namen.", en="Give the token a name."),
    "api.error.scopes": Text(de="Wähle mindestens einen Bereich.", en="Choose at least one area."),
    "api.error.expiry_past": Text(
        de="Das Ablaufdatum muss in der Zukunft liegen.",
        en="The expiry date must be in the future.",
    ),
    "api.error.too_many": Text(
        de="Du hast schon {limit} Tokens: widerrufe zuerst eines.",
        en="You already have {limit} tokens: revoke one first.",
    ),
}
