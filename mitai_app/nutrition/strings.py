"""The UI's words for foods, meals, the day's totals, targets and energy."""

from mitai_app.core.text import Text

_SLOTS = {
    "breakfast": ("Frühstück", "Breakfast"),
    "lunch": ("Mittagessen", "Lunch"),
    "dinner": ("Abendessen", "Dinner"),
    "snacks": ("Snacks", "Snacks"),
}
_FIELDS = {
    "name": ("Name", "Name"),
    "brand": ("Marke (optional)", "Brand (optional)"),
    "barcode": ("Barcode (optional)", "Barcode (optional)"),
    "basis": ("Angaben pro", "Values per"),
    "kcal": ("Energie (kcal)", "Energy (kcal)"),
    "protein_g": ("Eiweiß (g)", "Protein (g)"),
    "carbs_g": ("Kohlenhydrate (g)", "Carbohydrates (g)"),
    "sugar_g": ("davon Zucker (g)", "of which sugars (g)"),
    "fat_g": ("Fett (g)", "Fat (g)"),
    "sat_fat_g": ("davon gesättigt (g)", "of which saturated (g)"),
    "fiber_g": ("Ballaststoffe (g)", "Fibre (g)"),
    "salt_g": ("Salz (g)", "Salt (g)"),
    "serving_name": ("Portion (z. B. 1 Scheibe)", "Serving (e.g. 1 slice)"),
    "serving_amount": ("Portion in g oder ml", "Serving in g or ml"),
}
_ACTIVITY = {
    "sedentary": ("Sitzend (×1,2)", "Sedentary (×1.2)"),
    "light": ("Leicht aktiv (×1,375)", "Lightly active (×1.375)"),
    "moderate": ("Mäßig aktiv (×1,55)", "Moderately active (×1.55)"),
    "active": ("Sehr aktiv (×1,725)", "Very active (×1.725)"),
    "very_active": ("Extrem aktiv (×1,9)", "Extra active (×1.9)"),
}
_FORMULAS = {
    "mifflin_st_jeor": ("Mifflin–St Jeor", "Mifflin–St Jeor"),
    "harris_benedict": ("Harris–Benedict (Roza & Shizgal)", "Harris–Benedict (Roza & Shizgal)"),
    "katch_mcardle": ("Katch–McArdle (Magermasse)", "Katch–McArdle (lean mass)"),
    "cunningham": ("Cunningham (Magermasse)", "Cunningham (lean mass)"),
}

CATALOG: dict[str, Text] = {
    "nutrition.summary": Text(
        de="Mahlzeiten aus Lebensmittelsuche und Zuletzt-Liste, Tagessummen gegen Ziele "
        "und ein adaptiver Energiebedarf aus Zufuhr und Gewichtstrend.",
        en="Meals from food search and recent foods, daily totals against targets, and "
        "an adaptive energy expenditure from intake and the weight trend.",
    ),
    "nav.nutrition": Text(de="Ernährung", en="Nutrition"),
    "nav.admin_nutrition": Text(de="Ernährung", en="Nutrition"),
    "nutrition.admin.off_lookup": Text(
        de="Barcodes bei Open Food Facts nachschlagen", en="Look up barcodes at Open Food Facts"
    ),
    "nutrition.admin.off_lookup_hint": Text(
        de="Unbekannte Barcodes werden bei Open Food Facts (openfoodfacts.org) erfragt und das "
        "Produkt hier gespeichert. Aus: Barcodes werden nur in den eigenen Lebensmitteln gesucht.",
        en="Unknown barcodes are asked of Open Food Facts (openfoodfacts.org) and the product is "
        "kept here. Off: barcodes are looked up among this app's own foods only.",
    ),
    "nutrition.barcode": Text(de="Barcode", en="Barcode"),
    "nutrition.barcode_hint": Text(
        de="Die Ziffern unter den Strichen (8 bis 14).",
        en="The digits under the bars (8 to 14).",
    ),
    "nutrition.look_up": Text(de="Nachschlagen", en="Look up"),
    "nutrition.barcode.not_found": Text(
        de="Barcode {barcode} ist unbekannt. Lege das Lebensmittel unten an; der Barcode ist "
        "schon eingetragen.",
        en="Barcode {barcode} is not known. Create the food below; the barcode is filled in.",
    ),
    "nutrition.barcode.unavailable": Text(
        de="Open Food Facts antwortet gerade nicht. Lege das Lebensmittel unten selbst an; der "
        "Barcode ist schon eingetragen.",
        en="Open Food Facts is not answering right now. Create the food below yourself; the "
        "barcode is filled in.",
    ),
    "nutrition.barcode.off_disabled": Text(
        de="Barcode {barcode} ist hier unbekannt (die Suche bei Open Food Facts ist "
        "ausgeschaltet). Lege das Lebensmittel unten an.",
        en="Barcode {barcode} is not known here (the Open Food Facts lookup is switched off). "
        "Create the food below.",
    ),
    "nutrition.today": Text(de="Heute", en="Today"),
    "nutrition.yesterday": Text(de="Gestern", en="Yesterday"),
    "nutrition.previous_day": Text(de="Vorheriger Tag", en="Previous day"),
    "nutrition.next_day": Text(de="Nächster Tag", en="Next day"),
    "nutrition.kcal": Text(de="Energie", en="Energy"),
    "nutrition.protein": Text(de="Eiweiß", en="Protein"),
    "nutrition.carbs": Text(de="Kohlenhydrate", en="Carbohydrates"),
    "nutrition.fat": Text(de="Fett", en="Fat"),
    "nutrition.fiber": Text(de="Ballaststoffe", en="Fibre"),
    "nutrition.water": Text(de="Wasser", en="Water"),
    "nutrition.of_target": Text(de="{value} von {target}", en="{value} of {target}"),
    "nutrition.add_water": Text(de="+ 250 ml Wasser", en="+ 250 ml water"),
    "nutrition.water_saved": Text(de="250 ml Wasser eingetragen.", en="250 ml of water added."),
    "nutrition.source.entries": Text(
        de="Summen aus deinen Lebensmitteleinträgen.", en="Totals from your food entries."
    ),
    "nutrition.source.manual": Text(
        de="Summen aus deinen direkt eingegebenen Tageswerten.",
        en="Totals from the day's totals you entered directly.",
    ),
    "nutrition.source.imported": Text(
        de="Summen aus importierten Tageswerten.", en="Totals from imported daily totals."
    ),
    "nutrition.source.none": Text(
        de="Für diesen Tag ist noch nichts eingetragen.", en="Nothing logged for this day yet."
    ),
    "nutrition.bmr_line": Text(
        de="Grundumsatz {bmr} ({formula}), Aktivität: {activity}.",
        en="Basal metabolic rate {bmr} ({formula}), activity: {activity}.",
    ),
    "nutrition.targets_need_profile": Text(
        de="Für Ziele braucht es Geschlecht, Geburtsdatum, Größe und ein Gewicht.",
        en="Targets need your sex, date of birth, height and a weight.",
    ),
    "nutrition.open_profile": Text(de="Profil öffnen", en="Open your profile"),
    "nutrition.adaptive_value": Text(
        de="Adaptiver Energiebedarf: {kcal} pro Tag (aus {days} Tagen, {first} – {last}).",
        en="Adaptive energy expenditure: {kcal} a day (from {days} days, {first} – {last}).",
    ),
    "nutrition.adaptive_waiting": Text(
        de="Adaptiver Energiebedarf: braucht {needed} Tage mit Zufuhr und Gewicht in den "
        "letzten 4 Wochen (bisher {days}).",
        en="Adaptive energy expenditure: needs {needed} days with both intake and weight "
        "in the last 4 weeks ({days} so far).",
    ),
    "nutrition.week_line": Text(
        de="Letzte 7 Tage: {days} Tage eingetragen, im Schnitt {kcal} und {protein} Eiweiß.",
        en="Last 7 days: {days} days logged, on average {kcal} and {protein} protein.",
    ),
    "nutrition.week_on_target": Text(
        de="{days} davon im Ziel (±10 %).", en="{days} of them on target (±10 %)."
    ),
    "nutrition.adaptive_weeks": Text(de="Wochenweise: {weeks}", en="Week by week: {weeks}"),
    "nutrition.adaptive_limitation": Text(
        de="Schätzung: mittlere Zufuhr minus 7.700 kcal je kg Änderung des geglätteten "
        "Gewichtstrends. Wasser- und Glykogenschwankungen verschieben das Gewicht ohne diese "
        "Energie, und nicht eingetragene Mahlzeiten machen den Wert zu niedrig.",
        en="Estimate: mean intake minus 7,700 kcal per kg of change in the smoothed weight "
        "trend. Shifts of water and glycogen move the weight without that energy, and "
        "meals left unlogged make the value too low.",
    ),
    "nutrition.add_food": Text(de="Lebensmittel eintragen", en="Add a food"),
    "nutrition.search": Text(de="Lebensmittel suchen", en="Search foods"),
    "nutrition.search_hint": Text(
        de="Name, Marke oder Barcode; Groß-/Kleinschreibung und Akzente egal.",
        en="Name, brand or barcode; case and accents don't matter.",
    ),
    "nutrition.results": Text(de="Suchergebnisse", en="Search results"),
    "nutrition.no_results": Text(
        de="Nichts gefunden. Lege das Lebensmittel unten selbst an.",
        en="Nothing found. Create the food yourself below.",
    ),
    "nutrition.recent": Text(de="Favoriten und zuletzt gegessen", en="Favourites and recent foods"),
    "nutrition.favourite": Text(de="Favorit", en="Favourite"),
    "nutrition.per_100": Text(
        de="{kcal}, {protein} Eiweiß pro 100 {basis}",
        en="{kcal}, {protein} protein per 100 {basis}",
    ),
    "nutrition.chosen": Text(de="Lebensmittel:", en="Food:"),
    "nutrition.amount": Text(de="Menge", en="Amount"),
    "nutrition.unit": Text(de="Einheit", en="Unit"),
    "nutrition.unit.g": Text(de="g", en="g"),
    "nutrition.unit.ml": Text(de="ml", en="ml"),
    "nutrition.unit.serving": Text(de="Portion", en="serving"),
    "nutrition.unit.oz": Text(de="oz", en="oz"),
    "nutrition.unit.fl_oz": Text(de="fl oz", en="fl oz"),
    "nutrition.meal": Text(de="Mahlzeit", en="Meal"),
    "nutrition.add": Text(de="Eintragen", en="Add"),
    "nutrition.entry_saved": Text(de="{name} eingetragen.", en="{name} added."),
    "nutrition.meals": Text(de="Mahlzeiten", en="Meals"),
    "nutrition.empty_day": Text(
        de="Noch keine Mahlzeit an diesem Tag. Suche oben ein Lebensmittel.",
        en="No meal on this day yet. Search for a food above.",
    ),
    **{f"nutrition.slot.{k}": Text(de=de, en=en) for k, (de, en) in _SLOTS.items()},
    "nutrition.copy_yesterday": Text(de="Wie am Vortag", en="Same as the day before"),
    "nutrition.copy_yesterday_of": Text(
        de="{meal} vom Vortag übernehmen", en="Copy the previous day's {meal}"
    ),
    "nutrition.own_slots": Text(de="Eigene Mahlzeiten", en="Your own meals"),
    "nutrition.own_slots_hint": Text(
        de="Zusätzlich zu Frühstück, Mittag- und Abendessen und Snacks, z. B. "
        "„Vor dem Training“. Umbenennen behält die Einträge.",
        en="Besides breakfast, lunch, dinner and snacks, e.g. “Pre-workout”. Renaming keeps "
        "the entries.",
    ),
    "nutrition.slot_name": Text(de="Name der Mahlzeit", en="Meal name"),
    "nutrition.add_slot": Text(de="Mahlzeit hinzufügen", en="Add meal"),
    "nutrition.rename_slot": Text(de="Umbenennen", en="Rename"),
    "nutrition.rename_slot_of": Text(de="{meal} umbenennen", en="Rename {meal}"),
    "nutrition.delete_slot_of": Text(de="{meal} löschen", en="Delete {meal}"),
    "nutrition.slot_added": Text(de="{name} hinzugefügt.", en="{name} added."),
    "nutrition.slot_renamed": Text(de="Umbenannt in {name}.", en="Renamed to {name}."),
    "nutrition.slot_deleted": Text(de="Mahlzeit gelöscht.", en="Meal deleted."),
    "nutrition.copied_one": Text(
        de="1 Eintrag vom Vortag übernommen ({meal}).",
        en="1 entry copied from the previous day ({meal}).",
    ),
    "nutrition.copied": Text(
        de="{count} Einträge vom Vortag übernommen ({meal}).",
        en="{count} entries copied from the previous day ({meal}).",
    ),
    "nutrition.nothing_to_copy": Text(
        de="Am Vortag gab es kein {meal}.", en="There was no {meal} on the previous day."
    ),
    "nutrition.energy_out_line": Text(
        de="Verbrauch heute: etwa {kcal} (Grundumsatz × 1,2 für den Alltag + {active} Training).",
        en="Energy out today: about {kcal} (BMR × 1.2 for daily life + {active} training).",
    ),
    "nutrition.energy_out_counted": Text(
        de="Verbrauch heute: etwa {kcal} (Ruheumsatz {rest} + {active} aktive Energie laut "
        "Tagesaktivität).",
        en="Energy out today: about {kcal} (resting {rest} + {active} active energy from the "
        "daily activity summary).",
    ),
    "nutrition.active_only": Text(
        de="Aktive Energie heute: {active}.", en="Active energy today: {active}."
    ),
    "nutrition.week": Text(de="Woche", en="Week"),
    "nutrition.week_day": Text(de="Tag", en="Day"),
    "nutrition.week_average": Text(de="Schnitt", en="Average"),
    "nutrition.week_on_target_row": Text(de="Im Ziel", en="On target"),
    "nutrition.week_caption": Text(
        de="Die letzten 7 Tage gegen die heutigen Ziele. ✓ = im Ziel (±10 %; Eiweiß, "
        "Ballaststoffe und Wasser: ab 90 %). Tage ohne Eintrag zählen nicht in den Schnitt.",
        en="The last 7 days against today's targets. ✓ = on target (±10 %; protein, fibre "
        "and water: from 90 %). Days without a log are left out of the average.",
    ),
    "nutrition.on_target_mark": Text(de="im Ziel", en="on target"),
    "nutrition.days_of": Text(de="{count} von {days}", en="{count} of {days}"),
    "nutrition.goal_line": Text(
        de="Hauptziel {target}: {kcal} pro Tag gegenüber dem Bedarf von {tdee}.",
        en="Primary goal {target}: {kcal} a day against the need of {tdee}.",
    ),
    "nutrition.goal_limited": Text(
        de="Begrenzt auf ein sicheres Tempo (höchstens 1 % des Gewichts pro Woche abnehmen, "
        "0,5 % zunehmen; nie unter dem Grundumsatz).",
        en="Held at a safe rate (losing at most 1 % of body weight a week, gaining 0.5 %; "
        "never below the basal metabolic rate).",
    ),
    "nutrition.by_hand": Text(de="von Hand", en="set by hand"),
    "nutrition.trends": Text(de="Ernährung im Verlauf", en="Nutrition trends"),
    "nutrition.to_trends": Text(de="Verlauf und Diagramme", en="Trends and charts"),
    "nutrition.chart.energy": Text(
        de="Energie, Ziel und adaptiver Bedarf", en="Energy, target and adaptive TDEE"
    ),
    "nutrition.chart.target": Text(de="Ziel", en="Target"),
    "nutrition.chart.adaptive": Text(de="Adaptiver Bedarf", en="Adaptive TDEE"),
    "nutrition.chart.macros": Text(de="Makronährstoffe (g)", en="Macronutrients (g)"),
    "nutrition.chart.shares": Text(
        de="Anteile an der Energie der Makros", en="Shares of the macros' energy"
    ),
    "nutrition.chart.shares_note": Text(
        de="Nach 4/4/9 kcal je g Eiweiß, Kohlenhydrate und Fett.",
        en="By 4/4/9 kcal per g of protein, carbohydrates and fat.",
    ),
    "nutrition.chart.protein": Text(
        de="Eiweiß pro kg Körpergewicht", en="Protein per kg body weight"
    ),
    "nutrition.chart.protein_per_kg": Text(de="Eiweiß (g/kg)", en="Protein (g/kg)"),
    "nutrition.chart.balance_weight": Text(
        de="Energiebilanz und Gewichtstrend", en="Energy balance and weight trend"
    ),
    "nutrition.chart.balance": Text(de="Bilanz (kcal/Tag)", en="Balance (kcal/day)"),
    "nutrition.chart.weight_trend": Text(de="Gewichtstrend", en="Weight trend"),
    "nutrition.chart.balance_note": Text(
        de="Zufuhr minus Bedarf: der adaptive Bedarf der Woche, wo es ihn gibt, sonst"
        " Grundumsatz × Aktivität. Über lange Zeiträume Wochenmittel.",
        en="Intake minus expenditure: the week's adaptive TDEE where there is one, else"
        " BMR × activity. Weekly means over long ranges.",
    ),
    "nutrition.chart.empty": Text(
        de="In diesem Zeitraum ist nichts protokolliert.", en="Nothing logged in this range."
    ),
    "nutrition.scan": Text(de="Mit der Kamera scannen", en="Scan with the camera"),
    "nutrition.scanner_label": Text(
        de="Kamerabild: Barcode ins Bild halten", en="Camera view: hold the barcode in view"
    ),
    "nutrition.camera_unavailable": Text(
        de="Die Kamera ließ sich nicht starten. Bitte die Nummer unter dem Barcode eintippen.",
        en="The camera could not be started. Please type the number under the barcode.",
    ),
    "nutrition.new_recipe": Text(de="Neues Rezept", en="New recipe"),
    "nutrition.recipe_hint": Text(
        de="Solange dies offen ist, kommen oben gewählte Lebensmittel als Zutaten ins Rezept."
        " Das Rezept wird ein eigenes Lebensmittel mit Werten pro 100 g.",
        en="While this is open, foods chosen above go into the recipe as ingredients."
        " The recipe becomes a food of your own with values per 100 g.",
    ),
    "nutrition.ingredients": Text(de="Zutaten", en="Ingredients"),
    "nutrition.remove_ingredient": Text(de="Zutat entfernen", en="Remove ingredient"),
    "nutrition.add_to_recipe": Text(de="Zum Rezept hinzufügen", en="Add to recipe"),
    "nutrition.ingredient_added": Text(
        de="{name} ins Rezept aufgenommen.", en="{name} added to the recipe."
    ),
    "nutrition.recipe_name": Text(de="Name des Rezepts", en="Recipe name"),
    "nutrition.yield_amount": Text(de="Fertiges Gewicht (g)", en="Cooked weight (g)"),
    "nutrition.yield_hint": Text(
        de="Leer: das Gewicht der Zutaten.", en="Empty: the ingredients' weight."
    ),
    "nutrition.servings": Text(de="Portionen (optional)", en="Servings (optional)"),
    "nutrition.save_recipe": Text(de="Rezept speichern", en="Save recipe"),
    "nutrition.recipe_saved": Text(
        de="Rezept {name} gespeichert – jetzt eintragen?", en="Recipe {name} saved – log it now?"
    ),
    "nutrition.copy_form": Text(
        de="Von einem früheren Tag übernehmen", en="Copy from an earlier day"
    ),
    "nutrition.copy_from": Text(de="Von Tag", en="From day"),
    "nutrition.copy_what": Text(de="Was", en="What"),
    "nutrition.copy_whole_day": Text(de="Den ganzen Tag", en="The whole day"),
    "nutrition.copy": Text(de="Übernehmen", en="Copy"),
    "nutrition.copied_one_from": Text(
        de="1 Eintrag vom {date} übernommen.", en="1 entry copied from {date}."
    ),
    "nutrition.copied_from": Text(
        de="{count} Einträge vom {date} übernommen.", en="{count} entries copied from {date}."
    ),
    "nutrition.nothing_on_day": Text(
        de="Am {date} gibt es dazu nichts zu übernehmen.", en="Nothing to copy on {date}."
    ),
    "nutrition.delete_entry": Text(de="Eintrag löschen", en="Delete entry"),
    "nutrition.delete_entry_text": Text(
        de="Der Eintrag wird aus der Mahlzeit entfernt.", en="The entry is removed from the meal."
    ),
    "nutrition.delete": Text(de="Löschen", en="Delete"),
    "nutrition.delete_food": Text(de="Eigenes Lebensmittel löschen", en="Delete own food"),
    "nutrition.delete_food_text": Text(
        de="Das Lebensmittel verschwindet aus der Suche. Einträge, die es verwenden, behalten "
        "Name und Werte.",
        en="The food disappears from search. Entries that used it keep their name and values.",
    ),
    "nutrition.food_deleted": Text(
        de="Lebensmittel gelöscht; die Einträge damit bleiben.",
        en="Food deleted; the entries with it stay.",
    ),
    "nutrition.food_restored": Text(de="{name} ist wieder da.", en="{name} is back."),
    "nutrition.entry_deleted": Text(de="{name} gelöscht.", en="{name} deleted."),
    "nutrition.to_foods": Text(de="Eigene Lebensmittel", en="Your foods"),
    "nutrition.foods": Text(de="Eigene Lebensmittel und Rezepte", en="Your foods and recipes"),
    "nutrition.foods_hint": Text(
        de="Ändern wirkt auf alles, was du ab jetzt einträgst; frühere Einträge behalten ihre "
        "Werte. Neue Rezepte legst du auf der Seite „Heute“ an.",
        en="Changes apply to what you log from now on; earlier entries keep their values. "
        "Create recipes on the Today page.",
    ),
    "nutrition.no_own_foods": Text(
        de="Noch keine eigenen Lebensmittel oder Rezepte.",
        en="No foods or recipes of your own yet.",
    ),
    "nutrition.recipe": Text(de="Rezept", en="Recipe"),
    "nutrition.edit_of": Text(de="{name} bearbeiten", en="Edit {name}"),
    "nutrition.delete_of": Text(de="{name} löschen", en="Delete {name}"),
    "nutrition.edit_food": Text(de="Lebensmittel bearbeiten", en="Edit food"),
    "nutrition.edit_recipe": Text(de="Rezept bearbeiten", en="Edit recipe"),
    "nutrition.food_updated": Text(de="{name} gespeichert.", en="{name} saved."),
    "nutrition.add_ingredient": Text(de="Zutat suchen", en="Search an ingredient"),
    "nutrition.ingredient_gone": Text(
        de="Lebensmittel gelöscht – bitte entfernen", en="Food deleted – please remove"
    ),
    "nutrition.new_food": Text(de="Eigenes Lebensmittel anlegen", en="Create a food"),
    **{f"nutrition.field.{k}": Text(de=de, en=en) for k, (de, en) in _FIELDS.items()},
    "nutrition.per_100_g": Text(de="100 g", en="100 g"),
    "nutrition.per_100_ml": Text(de="100 ml", en="100 ml"),
    "nutrition.save_food": Text(de="Lebensmittel speichern", en="Save food"),
    "nutrition.food_saved": Text(
        de="{name} gespeichert. Menge wählen und eintragen.",
        en="{name} saved. Choose an amount and add it.",
    ),
    "nutrition.warning_4_4_9": Text(
        de="Achtung: Die Makronährstoffe ergeben deutlich mehr Energie als die angegebenen "
        "kcal (4/4/9-Regel). Bitte die Werte prüfen.",
        en="Check the values: the macronutrients give far more energy than the stated kcal "
        "(4/4/9 rule).",
    ),
    "nutrition.targets": Text(de="Ziele", en="Targets"),
    "nutrition.targets_hint": Text(
        de="Energieziel = Grundumsatz × Aktivitätsfaktor, plus oder minus das sichere Tempo "
        "deines Gewichts-Hauptziels; Eiweiß = g pro kg Körpergewicht; Fett 30 % der Energie "
        "(DGE), Kohlenhydrate der Rest; Ballaststoffe 14 g pro 1.000 kcal (IOM); Wasser nach "
        "EFSA (Frauen 1,6 l, Männer 2 l zu trinken). Ein Feld leer lassen heißt: berechnen.",
        en="Energy target = basal metabolic rate × activity factor, plus or minus the safe "
        "rate of your primary weight goal; protein = g per kg body weight; fat 30 % of energy "
        "(DGE), carbohydrates the rest; fibre 14 g per 1,000 kcal (IOM); water after EFSA "
        "(women 1.6 l, men 2 l to drink). Leave a field empty to have it calculated.",
    ),
    "nutrition.hand_targets": Text(de="Ziele von Hand", en="Targets set by hand"),
    "nutrition.target.kcal": Text(de="Energieziel (kcal)", en="Energy target (kcal)"),
    "nutrition.target.protein_g": Text(de="Eiweißziel (g)", en="Protein target (g)"),
    "nutrition.target.carbs_g": Text(de="Kohlenhydratziel (g)", en="Carbohydrate target (g)"),
    "nutrition.target.fat_g": Text(de="Fettziel (g)", en="Fat target (g)"),
    "nutrition.target.fiber_g": Text(de="Ballaststoffziel (g)", en="Fibre target (g)"),
    "nutrition.target.water_l": Text(de="Wasserziel (l)", en="Water target (l)"),
    "nutrition.target_placeholder": Text(de="berechnet", en="calculated"),
    "nutrition.activity": Text(de="Aktivität", en="Activity"),
    **{f"nutrition.activity.{k}": Text(de=de, en=en) for k, (de, en) in _ACTIVITY.items()},
    # The activity level in the profile's history (accounts.profile.change_words).
    "profile.history.field.activity_level": Text(de="Aktivitätsstufe", en="Activity level"),
    **{
        f"profile.history.value.activity_level.{k}": Text(de=de, en=en)
        for k, (de, en) in _ACTIVITY.items()
    },
    **{f"nutrition.formula.{k}": Text(de=de, en=en) for k, (de, en) in _FORMULAS.items()},
    "nutrition.protein_per_kg": Text(de="Eiweiß in g pro kg", en="Protein in g per kg"),
    "nutrition.save_targets": Text(de="Ziele speichern", en="Save targets"),
    "nutrition.targets_saved": Text(de="Ziele gespeichert.", en="Targets saved."),
    # Dashboard and Capture
    "nutrition.history.totals": Text(de="Ernährung (Tageswerte)", en="Nutrition (daily totals)"),
    "nutrition.totals_form": Text(de="Nur Tageswerte eintragen", en="Enter the day's totals only"),
    "nutrition.totals_hint": Text(
        de="Für Tage ohne Lebensmitteleinträge. Gibt es an dem Tag Einträge, zählen diese.",
        en="For days without food entries. Where a day has entries, those count.",
    ),
    "nutrition.date": Text(de="Tag", en="Day"),
    "nutrition.notes": Text(de="Notiz zum Tag", en="Note on the day"),
    "nutrition.save_totals": Text(de="Tageswerte speichern", en="Save totals"),
    "nutrition.totals_saved": Text(de="Tageswerte gespeichert.", en="Totals saved."),
    "nutrition.card_title": Text(de="Ernährung heute", en="Nutrition today"),
    "nutrition.to_today": Text(de="Zur Ernährung", en="Open nutrition"),
    "nutrition.capture_hint": Text(
        de="Mahlzeiten trägst du auf der Ernährungsseite ein.",
        en="Log meals on the Nutrition page.",
    ),
    # Errors
    "nutrition.error.name_required": Text(
        de="Bitte gib einen Namen ein.", en="Please enter a name."
    ),
    "nutrition.error.barcode": Text(
        de="Ein Barcode hat 8 bis 14 Ziffern.", en="A barcode has 8 to 14 digits."
    ),
    "nutrition.error.basis": Text(
        de="Bitte 100 g oder 100 ml wählen.", en="Choose 100 g or 100 ml."
    ),
    "nutrition.error.kcal_required": Text(
        de="Bitte gib die Energie in kcal an.", en="Please enter the energy in kcal."
    ),
    "nutrition.error.kcal_range": Text(
        de="Mehr als 900 kcal pro 100 g hat kein Lebensmittel.",
        en="No food has more than 900 kcal per 100 g.",
    ),
    "nutrition.error.per_100": Text(
        de="Zwischen 0 und 100 g pro 100 g.", en="Between 0 and 100 g per 100 g."
    ),
    "nutrition.error.macros_sum": Text(
        de="Eiweiß, Kohlenhydrate und Fett ergeben zusammen mehr als 100 g pro 100 g.",
        en="Protein, carbohydrates and fat add up to more than 100 g per 100 g.",
    ),
    "nutrition.error.sugar_g_part": Text(
        de="Zucker kann nicht mehr sein als die Kohlenhydrate.",
        en="Sugars cannot be more than the carbohydrates.",
    ),
    "nutrition.error.sat_fat_g_part": Text(
        de="Gesättigte Fettsäuren können nicht mehr sein als das Fett.",
        en="Saturated fat cannot be more than the fat.",
    ),
    "nutrition.error.serving_amount": Text(
        de="Eine Portion hat mehr als 0 und höchstens 5000 g.",
        en="A serving is more than 0 and at most 5,000 g.",
    ),
    "nutrition.error.unit": Text(de="Bitte eine Einheit wählen.", en="Please choose a unit."),
    "nutrition.error.no_serving": Text(
        de="Für dieses Lebensmittel ist keine Portion hinterlegt; gib g oder ml an.",
        en="This food has no serving size; enter g or ml.",
    ),
    "nutrition.error.amount_required": Text(
        de="Bitte gib eine Menge ein.", en="Please enter an amount."
    ),
    "nutrition.error.amount_positive": Text(
        de="Die Menge muss größer als 0 sein.", en="The amount must be more than 0."
    ),
    "nutrition.error.amount_too_much": Text(
        de="Mehr als 10 kg eines Lebensmittels in einem Eintrag ist nicht plausibel.",
        en="More than 10 kg of one food in one entry is not plausible.",
    ),
    "nutrition.error.copy_same_day": Text(
        de="Bitte einen anderen Tag als den angezeigten wählen.",
        en="Please choose a day other than the one shown.",
    ),
    "nutrition.error.copy_date": Text(de="Bitte einen Tag wählen.", en="Please choose a day."),
    "nutrition.error.recipe_empty": Text(
        de="Ein Rezept braucht mindestens eine Zutat.",
        en="A recipe needs at least one ingredient.",
    ),
    "nutrition.error.recipe_too_many": Text(
        de="Höchstens 40 Zutaten pro Rezept.", en="At most 40 ingredients per recipe."
    ),
    "nutrition.error.recipe_yield": Text(
        de="Das fertige Gericht wiegt mehr als 0 und höchstens 30 kg – und nicht viel weniger"
        " als seine trockenen Zutaten.",
        en="The finished dish weighs more than 0 and at most 30 kg – and not far less than"
        " its dry ingredients.",
    ),
    "nutrition.error.recipe_servings": Text(
        de="Zwischen 1 und 100 Portionen, bitte.", en="Between 1 and 100 servings, please."
    ),
    "nutrition.recipe_serving": Text(de="1 Portion", en="1 serving"),
    "nutrition.error.slot": Text(de="Bitte eine Mahlzeit wählen.", en="Please choose a meal."),
    "nutrition.error.slot_name": Text(
        de="Bitte gib der Mahlzeit einen Namen.", en="Please give the meal a name."
    ),
    "nutrition.error.slot_taken": Text(
        de="Eine Mahlzeit mit diesem Namen gibt es schon.", en="You already have a meal so named."
    ),
    "nutrition.error.slots_full": Text(
        de="Höchstens {limit} eigene Mahlzeiten.", en="At most {limit} meals of your own."
    ),
    "nutrition.error.slot_in_use": Text(
        de="In dieser Mahlzeit stehen noch {count} Einträge; lösche sie zuerst.",
        en="This meal still holds {count} entries; delete them first.",
    ),
    "nutrition.error.recipe_values": Text(
        de="Ein Rezept änderst du über seine Zutaten.",
        en="A recipe changes through its ingredients.",
    ),
    **{
        f"nutrition.error.target.{key}": Text(
            de=f"{de}: mehr als {{low}} und höchstens {{high}}; leer = berechnen.",
            en=f"{en}: more than {{low}} and at most {{high}}; empty = calculated.",
        )
        for key, (de, en) in {
            "kcal": ("Energie", "Energy"),
            "protein_g": ("Eiweiß", "Protein"),
            "carbs_g": ("Kohlenhydrate", "Carbohydrates"),
            "fat_g": ("Fett", "Fat"),
            "fiber_g": ("Ballaststoffe", "Fibre"),
            "water_l": ("Wasser", "Water"),
        }.items()
    },
    "nutrition.error.activity": Text(
        de="Bitte eine Aktivitätsstufe wählen.", en="Please choose an activity level."
    ),
    "nutrition.error.protein_per_kg": Text(
        de="Zwischen 0,5 und 3 g pro kg.", en="Between 0.5 and 3 g per kg."
    ),
    "nutrition.diet.heading": Text(de="Ernährungsweise", en="Diet"),
    "nutrition.diet.type": Text(de="Ernährungsform", en="Kind of diet"),
    **{
        f"nutrition.diet.type.{key}": Text(de=de, en=en)
        for key, (de, en) in {
            "omnivore": ("Mischkost", "Omnivore"),
            "vegetarian": ("Vegetarisch", "Vegetarian"),
            "vegan": ("Vegan", "Vegan"),
            "pescatarian": ("Pescetarisch", "Pescatarian"),
            "keto": ("Ketogen", "Keto"),
            "paleo": ("Paleo", "Paleo"),
            "mediterranean": ("Mediterran", "Mediterranean"),
            "other": ("Andere", "Other"),
        }.items()
    },
    "nutrition.diet.avoid": Text(de="Was du meidest (optional)", en="What you avoid (optional)"),
    "nutrition.diet.avoid_hint": Text(
        de="Allergien, Unverträglichkeiten, Abneigungen – z. B. Erdnüsse, Laktose.",
        en="Allergies, intolerances, dislikes – e.g. peanuts, lactose.",
    ),
    "nutrition.diet.save": Text(de="Ernährungsweise speichern", en="Save diet"),
    "nutrition.diet.saved": Text(de="Ernährungsweise gespeichert.", en="Diet saved."),
    "nutrition.error.diet_type": Text(
        de="Bitte eine Ernährungsform wählen.", en="Please choose a kind of diet."
    ),
}
