"""The UI's words for the activity log, Capture's training card, the Training
page and its dashboard card. The types' and categories' names come from the
catalogue file."""

from mitai_app.core.text import Text
from mitai_app.training.data import TRAINING_CATEGORIES, TRAINING_TYPES

CATALOG: dict[str, Text] = {
    "training.summary": Text(
        de="Trainings mit Dauer, Puls, RPE und Belastung (akut, chronisch, Verhältnis).",
        en="Workouts with duration, heart rate, RPE and load (acute, chronic, ratio).",
    ),
    "nav.training": Text(de="Training", en="Training"),
    # The log
    "training.history.activity": Text(de="Training", en="Training"),
    "training.session": Text(de="Training", en="Workout"),
    "training.type": Text(de="Trainingsart", en="Training type"),
    "training.type.uncategorised": Text(de="Nicht zugeordnet", en="Uncategorised"),
    "training.duration": Text(de="Dauer", en="Duration"),
    "training.kcal": Text(de="Energie", en="Energy"),
    "training.avg_hr": Text(de="Ø Puls", en="Avg heart rate"),
    "training.max_hr": Text(de="Max. Puls", en="Max heart rate"),
    "training.distance": Text(de="Strecke", en="Distance"),
    "training.rpe": Text(de="Anstrengung (RPE 1–10)", en="Effort (RPE 1–10)"),
    "training.mood": Text(de="Stimmung", en="Mood"),
    "training.mood.none": Text(de="—", en="—"),
    "training.mood.great": Text(de="Super", en="Great"),
    "training.mood.good": Text(de="Gut", en="Good"),
    "training.mood.okay": Text(de="Okay", en="Okay"),
    "training.mood.tired": Text(de="Müde", en="Tired"),
    "training.mood.exhausted": Text(de="Erschöpft", en="Exhausted"),
    "training.kcal_estimated": Text(de="≈ {kcal} kcal (geschätzt)", en="≈ {kcal} kcal (estimated)"),
    "training.error.duration_required": Text(
        de="Bitte die Dauer in Minuten angeben.", en="Please enter the duration in minutes."
    ),
    "training.error.duration_range": Text(
        de="Die Dauer muss zwischen 1 Minute und 24 Stunden (1440 min) liegen.",
        en="The duration must be between 1 minute and 24 hours (1440 min).",
    ),
    "training.error.hr_range": Text(
        de="Der Puls muss zwischen 25 und 250 Schlägen pro Minute liegen.",
        en="Heart rate must be between 25 and 250 beats per minute.",
    ),
    "training.error.avg_above_max": Text(
        de="Der Durchschnittspuls kann nicht über dem Maximalpuls liegen.",
        en="The average heart rate cannot be above the maximum.",
    ),
    "training.error.distance_range": Text(
        de="Die Strecke muss zwischen 0 und 1000 km liegen.",
        en="The distance must be between 0 and 1000 km.",
    ),
    "training.error.kcal_range": Text(
        de="Die Energie muss zwischen 0 und 10000 kcal liegen.",
        en="The energy must be between 0 and 10,000 kcal.",
    ),
    "training.error.rpe_range": Text(
        de="Die Anstrengung (RPE) ist eine ganze Zahl von 1 bis 10.",
        en="Effort (RPE) is a whole number from 1 to 10.",
    ),
    "training.error.start_time": Text(
        de="Bitte eine Uhrzeit wie 07:30 angeben.", en="Please enter a time such as 07:30."
    ),
    # Capture
    "training.date": Text(de="Trainingstag", en="Day of the workout"),
    "training.start_time": Text(de="Beginn", en="Start time"),
    "training.description": Text(de="Beschreibung", en="Description"),
    "training.more_details": Text(de="Weitere Angaben", en="More details"),
    "training.save": Text(de="Training speichern", en="Save workout"),
    "training.saved": Text(de="Gespeichert: {summary}", en="Saved: {summary}"),
    "training.kcal_hint": Text(
        de="Leer lassen: geschätzt aus MET-Wert, Gewicht und Dauer.",
        en="Leave empty to estimate it from the MET value, your weight and the duration.",
    ),
    # The Training page
    "training.empty": Text(
        de="Noch keine Trainings. Unter Erfassen trägst du eines in wenigen Taps ein.",
        en="No workouts yet. Capture logs one in a few taps.",
    ),
    "training.this_week": Text(de="Diese Woche", en="This week"),
    "training.week_total": Text(
        de="Einheiten: {count} · {minutes} min", en="Sessions: {count} · {minutes} min"
    ),
    "training.daily.steps": Text(de="{steps} Schritte", en="{steps} steps"),
    "training.daily.active_kcal": Text(de="{kcal} kcal aktiv", en="{kcal} active kcal"),
    "training.daily.exercise_minutes": Text(
        de="{minutes} min Bewegung", en="{minutes} exercise min"
    ),
    "training.minutes_chart": Text(
        de="Minuten pro Kategorie und Woche", en="Minutes per category and week"
    ),
    "training.chart.phases": Text(
        de="Hinterlegt: deine bestätigten Phasen – {phases}",
        en="Shaded: your confirmed phases – {phases}",
    ),
    "training.load": Text(de="Belastung (Session-RPE)", en="Load (session RPE)"),
    "training.load.acute": Text(de="Akut (7 Tage)", en="Acute (7 days)"),
    "training.load.chronic": Text(
        de="Chronisch (pro Woche, 28 Tage)", en="Chronic (per week, 28 days)"
    ),
    "training.load.ratio": Text(de="Verhältnis", en="Ratio"),
    "training.load.hint": Text(
        de="RPE × Minuten (Foster 2001); Einheiten ohne RPE zählen nicht mit.",
        en="RPE × minutes (Foster 2001); sessions without RPE do not count.",
    ),
    "training.zones": Text(de="Pulszonen (Karvonen)", en="Heart-rate zones (Karvonen)"),
    "training.zone": Text(de="Zone", en="Zone"),
    "training.zones.max_tanaka": Text(
        de="Maximalpuls {max} bpm, geschätzt nach Tanaka (208 − 0,7 × Alter)",
        en="Maximum heart rate {max} bpm, estimated by Tanaka (208 − 0.7 × age)",
    ),
    "training.zones.max_measured": Text(
        de="Maximalpuls {max} bpm, der höchste eingetragene",
        en="Maximum heart rate {max} bpm, the highest you logged",
    ),
    "training.zones.resting_assumed": Text(
        de="Ruhepuls {rest} bpm (angenommen)", en="resting heart rate {rest} bpm (assumed)"
    ),
    "training.zones.resting_profile": Text(
        de="Ruhepuls {rest} bpm (aus deinem Profil)",
        en="resting heart rate {rest} bpm (your profile)",
    ),
    "training.zones.counted": Text(
        de="Zeit in Zonen: {samples} Einheiten aus den Pulsaufzeichnungen, {average} nach ihrem Durchschnittspuls (alle Minuten in dessen Zone)",
        en="Time in zones: {samples} sessions from their heart-rate recordings, {average} by their average heart rate (all their minutes in its zone)",
    ),
    "training.zones.resting_vitals": Text(
        de="Ruhepuls {rest} bpm (Morgenwerte)", en="resting heart rate {rest} bpm (morning vitals)"
    ),
    "training.trimp": Text(de="TRIMP (Banister)", en="TRIMP (Banister)"),
    "training.trimp.hint": Text(
        de="Dauer × Pulsreserve, gewichtet nach Geschlecht (Banister 1991); nur Einheiten mit Ø Puls.",
        en="Duration × heart-rate reserve, weighted by sex (Banister 1991); sessions with an average heart rate only.",
    ),
    "training.progress": Text(de="Kraft: Rekorde und Verlauf", en="Strength: records and progress"),
    "training.progress.e1rm": Text(de="Geschätztes 1RM (Epley)", en="Estimated 1RM (Epley)"),
    "training.progress.volume": Text(de="Volumen (Wdh. × Gewicht)", en="Volume (reps × weight)"),
    "training.progress.none": Text(
        de="Noch keine Krafttrainings mit Gewicht.", en="No strength workouts with weights yet."
    ),
    "training.abilities": Text(de="Fähigkeitenprofil", en="Abilities profile"),
    "training.abilities.hint": Text(
        de="Letzte 4 Wochen: die Bewertung jeder Trainingsart (0–100), gewichtet nach Minuten.",
        en="Last 4 weeks: each training type's ratings (0–100), weighed by its minutes.",
    ),
    "training.zones.missing": Text(
        de="Trage im Profil dein Geburtsdatum ein, um deine Pulszonen zu sehen.",
        en="Add your date of birth in your profile to see your zones.",
    ),
    "training.latest_record": Text(
        de="Letzter Rekord – {exercise}: {record}", en="Latest record – {exercise}: {record}"
    ),
    "training.to_training": Text(de="Zum Training", en="To Training"),
    "training.week_goal": Text(de="Wochenziel", en="Weekly goal"),
    "training.week_goal.workouts": Text(
        de="{done} von {target} Einheiten", en="{done} of {target} sessions"
    ),
    "training.week_goal.active_minutes": Text(
        de="{done} von {target} min", en="{done} of {target} min"
    ),
    "training.week_goal.met": Text(de="erreicht", en="reached"),
    # Strength workouts
    "training.strength": Text(de="Krafttraining", en="Strength workout"),
    "training.strength.start": Text(de="Workout beginnen", en="Start workout"),
    "training.strength.none": Text(
        de="Heute noch kein Workout. Beginne eines und füge Übungen hinzu.",
        en="No workout today yet. Start one and add exercises.",
    ),
    "training.strength.exercise": Text(de="Übung", en="Exercise"),
    "training.strength.add_exercise": Text(de="Übung hinzufügen", en="Add exercise"),
    "training.strength.own": Text(de="Eigene Übung anlegen", en="Create your own exercise"),
    "training.strength.own_name": Text(de="Name der Übung", en="Exercise name"),
    "training.strength.tracks": Text(de="Erfasst", en="Records"),
    "training.strength.tracks.reps_weight": Text(de="Wdh. und Gewicht", en="Reps and weight"),
    "training.strength.tracks.reps": Text(de="Wiederholungen", en="Reps"),
    "training.strength.tracks.duration": Text(de="Dauer", en="Duration"),
    "training.strength.tracks.distance": Text(de="Strecke", en="Distance"),
    "training.strength.create": Text(de="Anlegen", en="Create"),
    "training.strength.reps": Text(de="Wdh.", en="Reps"),
    "training.strength.weight": Text(de="Gewicht", en="Weight"),
    "training.strength.rpe": Text(de="RPE", en="RPE"),
    "training.strength.rest": Text(de="Pause (s)", en="Rest (s)"),
    "training.strength.kind": Text(de="Art", en="Kind"),
    "training.strength.kind.working": Text(de="Arbeitssatz", en="Working"),
    "training.strength.kind.warmup": Text(de="Aufwärmen", en="Warm-up"),
    "training.strength.kind.drop": Text(de="Drop-Satz", en="Drop set"),
    "training.strength.kind.failure": Text(de="Bis zum Versagen", en="To failure"),
    "training.strength.add_set": Text(de="Satz speichern", en="Add set"),
    "training.strength.repeat": Text(de="Letzten Satz wiederholen", en="Repeat last set"),
    "training.strength.last_time": Text(de="Letztes Mal: {sets}", en="Last time: {sets}"),
    "training.strength.no_sets": Text(de="Noch keine Sätze.", en="No sets yet."),
    "training.strength.records": Text(de="Rekorde", en="Records"),
    "training.strength.new_record": Text(de="Neuer Rekord! {records}", en="New record! {records}"),
    "training.record.heaviest": Text(
        de="Schwerstes Gewicht: {value}", en="Heaviest weight: {value}"
    ),
    "training.record.e1rm_epley": Text(
        de="Bestes 1RM (Epley): {value}", en="Best e1RM (Epley): {value}"
    ),
    "training.record.e1rm_brzycki": Text(
        de="Bestes 1RM (Brzycki): {value}", en="Best e1RM (Brzycki): {value}"
    ),
    "training.record.volume": Text(
        de="Bestes Volumen einer Einheit: {value}", en="Best session volume: {value}"
    ),
    "training.record.reps_at_weight": Text(
        de="Meiste Wdh. mit {weight}: {value}", en="Most reps at {weight}: {value}"
    ),
    "training.error.reps_range": Text(
        de="Wiederholungen: eine ganze Zahl von 1 bis 1000.",
        en="Reps: a whole number from 1 to 1000.",
    ),
    "training.error.weight_range": Text(
        de="Das Gewicht muss zwischen 0 und 1000 kg liegen.",
        en="The weight must be between 0 and 1000 kg.",
    ),
    "training.error.rest_range": Text(
        de="Die Pause liegt zwischen 0 und 3600 Sekunden.", en="Rest is between 0 and 3600 seconds."
    ),
    "training.error.no_set_to_repeat": Text(
        de="Es gibt noch keinen Satz zum Wiederholen.", en="There is no set to repeat yet."
    ),
    "training.error.exercise_in_use": Text(
        de="Diese Übung steckt noch in {count} Workout(s); sie kann nicht gelöscht werden.",
        en="This exercise is still used in {count} workout(s), so it cannot be deleted.",
    ),
    "training.strength.delete_own": Text(de="Eigene Übung löschen", en="Delete own exercise"),
    "training.error.exercise_name": Text(
        de="Bitte einen Namen für die Übung angeben.", en="Please name the exercise."
    ),
    # Quality evaluation
    "training.quality": Text(de="Qualität: {label}", en="Quality: {label}"),
    "training.quality.high": Text(de="hoch", en="high"),
    "training.quality.medium": Text(de="mittel", en="medium"),
    "training.quality.low": Text(de="niedrig", en="low"),
    "training.rule.max_duration": Text(
        de="Dauer {value} min über dem Plausiblen ({limit} min)",
        en="duration {value} min above the plausible {limit} min",
    ),
    "training.rule.hr_low": Text(
        de="Puls {value} bpm unter dem Plausiblen ({limit} bpm)",
        en="heart rate {value} bpm below the plausible {limit} bpm",
    ),
    "training.rule.hr_high": Text(
        de="Puls {value} bpm über dem Plausiblen ({limit} bpm)",
        en="heart rate {value} bpm above the plausible {limit} bpm",
    ),
    "training.rule.max_kcal_per_hour": Text(
        de="{value} kcal/h über dem Plausiblen ({limit} kcal/h)",
        en="{value} kcal/h above the plausible {limit} kcal/h",
    ),
    "training.rule.max_speed": Text(
        de="Tempo {value} km/h über dem Plausiblen ({limit} km/h)",
        en="speed {value} km/h above the plausible {limit} km/h",
    ),
    "training.rule.min_duration": Text(
        de="Dauer {value} min unter dem Minimum von {limit} min",
        en="duration {value} min under the minimum of {limit} min",
    ),
    "training.rule.min_kcal_per_hour": Text(
        de="{value} kcal/h unter dem Minimum von {limit} kcal/h",
        en="{value} kcal/h under the minimum of {limit} kcal/h",
    ),
    "training.rule.min_intensity": Text(
        de="Ø Puls {value} % des Maximalpulses, Minimum {limit} %",
        en="average heart rate {value} % of maximum, minimum {limit} %",
    ),
    "training.quality_filter": Text(de="Welche Trainings zählen", en="Which workouts count"),
    "training.quality_filter.disabled": Text(de="Alle", en="All"),
    "training.quality_filter.lenient": Text(de="Nur plausible", en="Plausible ones only"),
    "training.quality_filter.moderate": Text(
        de="Plausibel und Mindestanforderungen erfüllt",
        en="Plausible and meeting their minimum requirements",
    ),
    "training.quality_filter.strict": Text(
        de="Streng: gute Qualität mit Pulsdaten", en="Strict: good quality with heart rate data"
    ),
    "training.quality_filter.hint": Text(
        de="Gilt für Woche, Minuten und Belastung.", en="Applies to the week, minutes and load."
    ),
    # Categorising imported workout names
    "training.categorise": Text(de="Workouts zuordnen", en="Categorise workouts"),
    "training.categorise.intro": Text(
        de="Diese Namen aus Importen kennt die App noch nicht. Einmal zugeordnet, gilt die Wahl für alle Trainings dieses Namens, auch künftige.",
        en="The app does not know these names from imports yet. Once chosen, the type applies to every workout of that name, future imports included.",
    ),
    "training.categorise.save": Text(de="Zuordnungen speichern", en="Save choices"),
    "training.categorise.saved": Text(
        de="{count} Trainings zugeordnet.", en="{count} workouts categorised."
    ),
    "training.categorise.empty": Text(
        de="Alle importierten Workout-Namen sind zugeordnet.",
        en="Every imported workout name is categorised.",
    ),
    "training.error.too_many_names": Text(
        de="Zu viele Namen auf einmal.", en="Too many names at once."
    ),
    # The daily activity summary (daily_activity.py)
    "training.error.daily.steps": Text(
        de="Schritte: {low} bis {high}.", en="Steps: {low} to {high}."
    ),
    "training.error.daily.active_kcal": Text(
        de="Aktive Energie: {low} bis {high} kcal.", en="Active energy: {low} to {high} kcal."
    ),
    "training.error.daily.resting_kcal": Text(
        de="Ruheenergie: {low} bis {high} kcal.", en="Resting energy: {low} to {high} kcal."
    ),
    "training.error.daily.exercise_minutes": Text(
        de="Trainingsminuten: {low} bis {high}.", en="Exercise minutes: {low} to {high}."
    ),
    "training.error.daily.distance_km": Text(
        de="Strecke: {low} bis {high} km.", en="Distance: {low} to {high} km."
    ),
    # Admin: training types and mappings
    "nav.admin_training": Text(de="Training", en="Training"),
    "training.admin.types": Text(de="Trainingsarten", en="Training types"),
    "training.admin.type": Text(de="Trainingsart bearbeiten", en="Training type to edit"),
    "training.admin.name_de": Text(de="Name (Deutsch)", en="Name (German)"),
    "training.admin.name_en": Text(de="Name (Englisch)", en="Name (English)"),
    "training.admin.category": Text(de="Kategorie", en="Category"),
    "training.admin.color": Text(de="Farbe (#RRGGBB)", en="Colour (#RRGGBB)"),
    "training.admin.icon": Text(de="Symbol (Lucide-Name)", en="Icon (Lucide name)"),
    "training.admin.met": Text(de="MET-Wert", en="MET value"),
    "training.admin.abilities": Text(de="Fähigkeiten (0–100)", en="Abilities (0–100)"),
    "training.admin.abilities_hint": Text(
        de="Wie stark die Trainingsart jede Fähigkeit fordert; daraus entsteht das Fähigkeitenprofil.",
        en="How much the type works each ability; the abilities profile is built from these.",
    ),
    "training.admin.profile": Text(de="Regelprofil (JSON)", en="Rule-set profile (JSON)"),
    "training.admin.profile_hint": Text(
        de='Leer: die globalen Parameter gelten. Beispiel: {"rule_sets": {"minimum_requirements": {"enabled": true, "min_duration_minutes": 20}}}',
        en='Empty: the global parameters apply. Example: {"rule_sets": {"minimum_requirements": {"enabled": true, "min_duration_minutes": 20}}}',
    ),
    "training.admin.reevaluated": Text(
        de="Neu bewertet nach den geänderten Regeln: {done} von {total} Trainings.",
        en="Re-evaluated against the changed rules: {done} of {total} activities.",
    ),
    "training.admin.global_mappings": Text(
        de="Globale Zuordnungen von Workout-Namen", en="Global workout-name mappings"
    ),
    "training.admin.no_global": Text(
        de="Noch keine globalen Zuordnungen.", en="No global mappings yet."
    ),
    "training.admin.mapping_name": Text(de="Workout-Name", en="Workout name"),
    "training.admin.delete": Text(de="Löschen", en="Delete"),
    "training.admin.user_mappings": Text(de="Zuordnungen der Nutzer", en="Users' own mappings"),
    "training.admin.user_mappings_hint": Text(
        de="Global gemacht gilt eine Zuordnung für alle, die den Namen nicht selbst zugeordnet haben.",
        en="Made global, a mapping applies to everyone who has not chosen a type for the name themselves.",
    ),
    "training.admin.no_user": Text(
        de="Noch hat niemand Namen zugeordnet.", en="No one has categorised a name yet."
    ),
    "training.admin.profiles": Text(de="Profile:", en="Profiles:"),
    "training.admin.promote": Text(de="Global machen", en="Make global"),
    "training.admin.is_global": Text(de="Global", en="Global"),
    "training.admin.error.name": Text(
        de="Bitte einen deutschen Namen angeben.", en="Please enter the German name."
    ),
    "training.admin.error.color": Text(
        de="Eine Farbe wie #1e88e5 angeben.", en="Enter a colour such as #1e88e5."
    ),
    "training.admin.error.icon": Text(
        de="Ein Lucide-Symbolname wie dumbbell oder footprints (Kleinbuchstaben, bis 50 Zeichen).",
        en="A Lucide icon name such as dumbbell or footprints (lower case, up to 50 characters).",
    ),
    "training.admin.error.met": Text(
        de="Der MET-Wert liegt zwischen 0,5 und 25.", en="The MET value is between 0.5 and 25."
    ),
    "training.admin.error.ability": Text(
        de="Jede Fähigkeit ist eine ganze Zahl von 0 bis 100.",
        en="Each ability is a whole number from 0 to 100.",
    ),
    "training.admin.error.profile_json": Text(
        de="Das Regelprofil ist kein gültiges JSON.", en="The rule-set profile is not valid JSON."
    ),
    "training.admin.error.profile_shape": Text(
        de='Das Regelprofil braucht die Form {"rule_sets": {…}}.',
        en='The rule-set profile needs the form {"rule_sets": {…}}.',
    ),
    "training.admin.error.profile_rule": Text(
        de="Unbekannt oder kein gültiger Wert im Regelprofil: {name}",
        en="Unknown or not a valid value in the rule-set profile: {name}",
    ),
    "training.admin.error.mapping_name": Text(
        de="Bitte einen Workout-Namen angeben.", en="Please enter a workout name."
    ),
    "training.admin.error.mapping_taken": Text(
        de="Diesen Namen hat schon eine andere globale Zuordnung.",
        en="Another global mapping already has this name.",
    ),
    # The abilities (consts.ABILITY_KEYS)
    "training.ability.kraft": Text(de="Kraft", en="Strength"),
    "training.ability.ausdauer": Text(de="Ausdauer", en="Endurance"),
    "training.ability.beweglichkeit": Text(de="Beweglichkeit", en="Mobility"),
    "training.ability.schnelligkeit": Text(de="Schnelligkeit", en="Speed"),
    "training.ability.koordination": Text(de="Koordination", en="Coordination"),
    "training.ability.balance": Text(de="Gleichgewicht", en="Balance"),
    "training.ability.geist": Text(de="Geist", en="Mind"),
}

for _category in TRAINING_CATEGORIES:
    CATALOG[f"training.category.{_category.key}"] = Text(de=_category.name.de, en=_category.name.en)
for _type in TRAINING_TYPES:
    CATALOG[f"training.type.{_type.key}"] = Text(de=_type.name.de, en=_type.name.en)
