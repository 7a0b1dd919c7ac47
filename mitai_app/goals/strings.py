"""The UI's words for goals: the Goals page, its form, statuses, the
dashboard card and the fitness tests page."""

from mitai_app.core.text import Text

CATALOG: dict[str, Text] = {
    "goals.summary": Text(
        de="Ziele, die sich aus deinen Daten füllen, mit Fortschritt und ehrlicher Prognose.",
        en="Goals that fill themselves from your data, with progress and an honest projection.",
    ),
    "nav.goals": Text(de="Ziele", en="Goals"),
    "goals.heading": Text(de="Ziele", en="Goals"),
    "goals.new": Text(de="Neues Ziel", en="New goal"),
    "goals.type": Text(de="Art des Ziels", en="Goal type"),
    "goals.type_hint": Text(
        de="Angeboten werden Arten, deren Werte die App schon lesen kann.",
        en="Offered are the types whose values the app can already read.",
    ),
    "goals.name": Text(de="Titel", en="Title"),
    "goals.target": Text(de="Zielwert", en="Target value"),
    "goals.target_date": Text(de="Zieldatum (optional)", en="Target date (optional)"),
    "goals.start_value": Text(
        de="Startwert (nur eigene Ziele)", en="Start value (custom goals only)"
    ),
    "goals.primary": Text(
        de="Als Hauptziel setzen (ersetzt nach Rückfrage das bisherige)",
        en="Make it the primary goal (replaces the current one after asking)",
    ),
    "goals.create": Text(de="Ziel anlegen", en="Create goal"),
    "goals.created": Text(de="Ziel angelegt.", en="Goal created."),
    "goals.empty": Text(
        de="Noch keine Ziele. Lege oben dein erstes an.",
        en="No goals yet. Create your first one above.",
    ),
    "goals.primary_badge": Text(de="Hauptziel", en="Primary goal"),
    "goals.status.active": Text(de="Aktiv", en="Active"),
    "goals.status.paused": Text(de="Pausiert", en="Paused"),
    "goals.status.completed": Text(de="Erreicht", en="Completed"),
    "goals.verdict.reached": Text(de="Ziel erreicht", en="Target reached"),
    "goals.verdict.on_track": Text(de="Im Plan", en="On track"),
    "goals.verdict.behind": Text(de="Im Rückstand", en="Behind"),
    "goals.verdict.not_enough_data": Text(de="Noch zu wenige Daten", en="Not enough data yet"),
    "goals.from_to": Text(de="{start} → {target} {unit}", en="{start} → {target} {unit}"),
    "goals.current": Text(de="Aktuell {value} {unit}", en="Now {value} {unit}"),
    "goals.rate": Text(de="{rate} {unit} pro Woche", en="{rate} {unit} per week"),
    "goals.projected": Text(
        de="Erreicht voraussichtlich am {date}", en="Projected to be reached on {date}"
    ),
    "goals.no_projection": Text(
        de="Beim jetzigen Tempo ist kein Datum absehbar",
        en="At the current pace no date is in sight",
    ),
    "goals.by": Text(de="Ziel bis {date}", en="Target by {date}"),
    "goals.progress_label": Text(de="Fortschritt", en="Progress"),
    "goals.pause": Text(de="Pausieren", en="Pause"),
    "goals.resume": Text(de="Fortsetzen", en="Resume"),
    "goals.complete": Text(de="Als erreicht markieren", en="Mark completed"),
    "goals.reopen": Text(de="Wieder öffnen", en="Reopen"),
    "goals.make_primary": Text(de="Zum Hauptziel machen", en="Make primary"),
    "goals.edit": Text(de="Bearbeiten", en="Edit"),
    "goals.edit_title": Text(de="Ziel bearbeiten", en="Edit goal"),
    "goals.edit_text": Text(
        de="Titel, Zielwert und Zieldatum; der Startwert bleibt.",
        en="Title, target value and target date; the start value stays.",
    ),
    "goals.save": Text(de="Speichern", en="Save"),
    "goals.delete": Text(de="Löschen", en="Delete"),
    "goals.delete_title": Text(de="Ziel löschen?", en="Delete this goal?"),
    "goals.delete_text": Text(
        de="Das Ziel und sein eingetragener Fortschritt werden gelöscht.",
        en="The goal and the progress logged for it are deleted.",
    ),
    "goals.deleted": Text(de="Ziel gelöscht.", en="Goal deleted."),
    "goals.log_value": Text(de="Heutiger Wert", en="Today's value"),
    "goals.log": Text(de="Wert speichern", en="Save value"),
    "goals.to_goals": Text(de="Zu den Zielen", en="To your goals"),
    "goals.error.type": Text(de="Diese Zielart gibt es nicht.", en="There is no such goal type."),
    "goals.error.no_source": Text(
        de="Für diese Zielart kann die App noch keine Werte lesen.",
        en="The app cannot read values for this goal type yet.",
    ),
    "goals.error.no_data": Text(
        de="Für diese Zielart gibt es noch keine Werte. Trag zuerst einen ein.",
        en="There are no values for this goal type yet. Record one first.",
    ),
    "goals.error.value_required": Text(de="Bitte eine Zahl eingeben.", en="Please enter a number."),
    "goals.error.value_range": Text(de="Diese Zahl ist zu groß.", en="This number is too large."),
    "goals.error.date": Text(
        de="Bitte ein gültiges Datum eingeben.", en="Please enter a valid date."
    ),
    "goals.error.date_past": Text(
        de="Das Zieldatum muss in der Zukunft liegen.", en="The target date must be in the future."
    ),
    "goals.error.title_required": Text(
        de="Bitte einen Titel eingeben.", en="Please enter a title."
    ),
    "goals.error.target_is_start": Text(
        de="Der Zielwert ist schon der Startwert.", en="The target equals the start value."
    ),
    "goals.error.status": Text(
        de="Dieser Schritt passt nicht zum Stand des Ziels.",
        en="This step does not fit the goal's status.",
    ),
    "goals.error.not_custom": Text(
        de="Dieses Ziel füllt sich aus deinen Daten.", en="This goal fills itself from your data."
    ),
    "goals.error.log_day": Text(
        de="Werte gehen vom Start des Ziels bis heute.",
        en="Values go from the goal's start to today.",
    ),
    # --- fitness tests ---
    "goals.fitness.heading": Text(de="Fitnesstests", en="Fitness tests"),
    "goals.fitness.enter": Text(de="Ergebnis eintragen", en="Enter a result"),
    "goals.fitness.test": Text(de="Test", en="Test"),
    "goals.fitness.protocol": Text(de="So geht der Test", en="How to do the test"),
    "goals.fitness.source": Text(de="Normen:", en="Norms:"),
    "goals.fitness.date": Text(de="Datum", en="Date"),
    "goals.fitness.result": Text(de="Ergebnis ({unit})", en="Result ({unit})"),
    "goals.fitness.result_time": Text(
        de="Ergebnis (Minuten:Sekunden)", en="Result (minutes:seconds)"
    ),
    "goals.fitness.notes": Text(de="Notiz (optional)", en="Note (optional)"),
    "goals.fitness.save": Text(de="Ergebnis speichern", en="Save result"),
    "goals.fitness.recorded": Text(
        de="Gespeichert: {value} – {category}.", en="Saved: {value} – {category}."
    ),
    "goals.fitness.vo2max": Text(
        de="VO2max {value} ml/kg/min steht jetzt in deinen Morgenwerten (Formel nach Cooper 1968).",
        en="VO2max {value} ml/kg/min is now in your morning vitals (Cooper's 1968 formula).",
    ),
    "goals.fitness.chart": Text(
        de="Verlauf der Ergebnisse über den Normbereichen",
        en="Results over time across the norm bands",
    ),
    "goals.fitness.empty": Text(
        de="Noch keine Ergebnisse für diesen Test.", en="No results for this test yet."
    ),
    "goals.fitness.no_norm": Text(de="Ohne Norm", en="No norm"),
    "goals.fitness.profile_needed": Text(
        de="Trag Geschlecht und Geburtsdatum im Profil ein, um die Normen zu sehen.",
        en="Add your sex and date of birth to your profile to see the norms.",
    ),
    "goals.fitness.no_norm_for_age": Text(
        de="Die Quelle hat keine Normen für dein Alter ({age}).",
        en="The source has no norms for your age ({age}).",
    ),
    "goals.fitness.norms_male": Text(
        de="Normen für Männer im Alter von {age} Jahren", en="Norms for men aged {age}"
    ),
    "goals.fitness.norms_female": Text(
        de="Normen für Frauen im Alter von {age} Jahren", en="Norms for women aged {age}"
    ),
    "goals.fitness.below": Text(de="unter {value}", en="under {value}"),
    "goals.fitness.from": Text(de="ab {value}", en="from {value}"),
    "goals.fitness.up_to": Text(de="bis {value}", en="up to {value}"),
    "goals.fitness.over": Text(de="über {value}", en="over {value}"),
    "goals.fitness.error.test": Text(de="Diesen Test gibt es nicht.", en="There is no such test."),
    "goals.fitness.error.result": Text(
        de="Bitte eine Zahl eingeben, Zeiten als Minuten:Sekunden.",
        en="Please enter a number, times as minutes:seconds.",
    ),
    "goals.fitness.error.whole": Text(
        de="Bitte eine ganze Zahl eingeben.", en="Please enter a whole number."
    ),
    "goals.fitness.error.implausible": Text(
        de="Das ist kein plausibles Ergebnis für diesen Test (möglich: {low}–{high} {unit}).",
        en="That is not a plausible result for this test (possible: {low}–{high} {unit}).",
    ),
    # --- weekly goals and streaks ---
    "goals.weekly.heading": Text(de="Diese Woche", en="This week"),
    "goals.weekly.dashboard": Text(de="Die Ziele dieser Woche", en="The week's goals"),
    "goals.weekly.since": Text(de="Woche ab Montag, {date}", en="Week from Monday {date}"),
    "goals.weekly.kind.workouts": Text(de="Trainings", en="Workouts"),
    "goals.weekly.kind.active_minutes": Text(de="Aktive Minuten", en="Active minutes"),
    "goals.weekly.kind.weigh_ins": Text(de="Tage mit Wiegen", en="Weigh-in days"),
    "goals.weekly.kind.food_days": Text(
        de="Tage mit Ernährungsprotokoll", en="Days with food logged"
    ),
    "goals.weekly.done": Text(de="{done} von {target}", en="{done} of {target}"),
    "goals.weekly.met": Text(de="geschafft", en="done"),
    "goals.weekly.none": Text(
        de="Noch keine Wochenziele. Leg unten fest, was du pro Woche schaffen willst.",
        en="No weekly goals yet. Set below what you want to manage each week.",
    ),
    "goals.weekly.weeks_met": Text(
        de="Wochen in Folge mit allen Wochenzielen: {current} (längste Serie {longest})",
        en="Weeks in a row with every weekly goal met: {current} (longest {longest})",
    ),
    "goals.weekly.logged_days": Text(
        de="Tage in Folge mit einem Eintrag: {current} (längste Serie {longest})",
        en="Days in a row with an entry: {current} (longest {longest})",
    ),
    "goals.weekly.window": Text(
        de="Serien zählen das letzte Jahr.", en="Streaks count the last year."
    ),
    "goals.weekly.set": Text(de="Wochenziele festlegen", en="Set weekly goals"),
    "goals.weekly.hint": Text(
        de="Leer lassen für kein Ziel. Gilt ab dieser Woche.",
        en="Leave empty for no goal. Applies from this week on.",
    ),
    "goals.weekly.save": Text(de="Wochenziele speichern", en="Save weekly goals"),
    "goals.weekly.saved": Text(de="Wochenziele gespeichert.", en="Weekly goals saved."),
    "goals.weekly.error.whole": Text(
        de="Bitte eine ganze Zahl ab 1 eingeben.", en="Please enter a whole number from 1."
    ),
    "goals.weekly.error.range": Text(
        de="Bitte zwischen 1 und {limit} pro Woche wählen.",
        en="Please choose between 1 and {limit} a week.",
    ),
    # --- focus areas ---
    "goals.focus.heading": Text(de="Schwerpunkte", en="Focus areas"),
    "goals.contributions": Text(
        de="Worauf das Ziel einzahlt (Schwerpunkte)", en="What this goal works on (focus areas)"
    ),
    "goals.focus.none": Text(
        de="Noch keine Schwerpunkte gewichtet.", en="No focus areas weighted yet."
    ),
    "goals.focus.edit": Text(de="Schwerpunkte gewichten", en="Weight your focus areas"),
    "goals.focus.hint": Text(
        de="Prozent je Bereich, zusammen 100. Leer ist 0.",
        en="Percent per area, 100 in total. Empty is 0.",
    ),
    "goals.focus.save": Text(de="Gewichtung speichern", en="Save weights"),
    "goals.focus.saved": Text(de="Gewichtung gespeichert.", en="Weights saved."),
    "goals.focus.error.number": Text(de="Bitte eine Zahl eingeben.", en="Please enter a number."),
    "goals.focus.error.range": Text(
        de="Bitte zwischen 0 und 100 Prozent wählen.", en="Please choose between 0 and 100 percent."
    ),
    "goals.focus.error.total": Text(
        de="Die Gewichte ergeben {total} %, zusammen müssen es 100 % sein.",
        en="The weights add up to {total} %; together they must make 100 %.",
    ),
    # Training phases (goals.detection)
    "goals.phase.heading": Text(de="Trainingsphasen", en="Training phases"),
    "goals.phase.hint": Text(
        de="Die App schaut auf die letzten 12 Wochen Gewicht, Maße und Training und schlägt "
        "eine Phase vor. Bestätigte Phasen werden im Gewichtsverlauf hinterlegt.",
        en="The app looks at the last 12 weeks of weight, measurements and training and "
        "suggests a phase. Confirmed phases are shaded in the weight chart.",
    ),
    "goals.phase.none": Text(
        de="Noch keine Phase erkannt: dafür braucht es mindestens 10 Wiegungen in 4 Wochen "
        "oder ein paar gleichmäßige Trainingswochen.",
        en="No phase noticed yet: that takes at least 10 weigh-ins in 4 weeks or a few "
        "steady weeks of training.",
    ),
    "goals.phase.calorie_deficit": Text(de="Kaloriendefizit (Diät)", en="Calorie deficit (cut)"),
    "goals.phase.calorie_surplus": Text(
        de="Kalorienüberschuss (Aufbau)", en="Calorie surplus (bulk)"
    ),
    "goals.phase.maintenance": Text(de="Erhaltung", en="Maintenance"),
    "goals.phase.recomposition": Text(de="Rekomposition", en="Recomposition"),
    "goals.phase.deload": Text(de="Entlastungswoche (Deload)", en="Deload week"),
    "goals.phase.periodization": Text(de="Periodisierung", en="Periodisation"),
    "goals.phase.status.suggested": Text(de="Vorschlag", en="Suggested"),
    "goals.phase.status.accepted": Text(de="Bestätigt", en="Confirmed"),
    "goals.phase.since": Text(de="seit {date}", en="since {date}"),
    "goals.phase.between": Text(de="{start} – {end}", en="{start} – {end}"),
    "goals.phase.confidence": Text(de="Sicherheit {value} %", en="Confidence {value} %"),
    "goals.phase.evidence.weight_rate": Text(
        de="Gewichtstrend {value} kg pro Woche", en="Weight trend {value} kg a week"
    ),
    "goals.phase.evidence.intake_vs_tdee": Text(
        de="Aufnahme {value} kcal pro Tag gegenüber dem Umsatz",
        en="Intake {value} kcal a day against energy out",
    ),
    "goals.phase.evidence.waist_rate": Text(
        de="Taille {value} cm pro Woche", en="Waist {value} cm a week"
    ),
    "goals.phase.evidence.body_fat_rate": Text(
        de="Körperfett {value} Prozentpunkte pro Woche",
        en="Body fat {value} percentage points a week",
    ),
    "goals.phase.evidence.volume_drop": Text(
        de="Trainingsminuten {value} % unter den Wochen davor",
        en="Training minutes {value} % below the weeks before",
    ),
    "goals.phase.confirm": Text(de="Bestätigen", en="Confirm"),
    "goals.phase.reject": Text(de="Ablehnen", en="Reject"),
    "goals.phase.correct_to": Text(de="Es ist eher", en="It is rather"),
    "goals.phase.correct": Text(de="Korrigieren", en="Correct"),
    "goals.phase.confirmed": Text(de="Phase bestätigt.", en="Phase confirmed."),
    "goals.phase.rejected": Text(de="Vorschlag abgelehnt.", en="Suggestion rejected."),
    "goals.phase.error.reviewed": Text(
        de="Diese Phase wurde schon beantwortet.", en="This phase has already been answered."
    ),
    "goals.phase.error.type": Text(de="Bitte eine Phase wählen.", en="Please choose a phase."),
    "goals.phase.error.answer": Text(
        de="Bitte bestätigen, korrigieren oder ablehnen.",
        en="Please confirm, correct or reject.",
    ),
    # A second primary goal (asked before the first is demoted)
    "goals.error.primary_taken": Text(
        de="„{title}“ ist dein Hauptziel. Soll das neue Ziel es ersetzen?",
        en="“{title}” is your primary goal. Should the new goal replace it?",
    ),
    "goals.primary_title": Text(de="Hauptziel ersetzen?", en="Replace the primary goal?"),
    "goals.primary_text": Text(
        de="„{new}“ wird dein Hauptziel; „{old}“ bleibt als gewöhnliches Ziel erhalten.",
        en="“{new}” becomes your primary goal; “{old}” stays as an ordinary goal.",
    ),
    "goals.primary_replace": Text(de="Ersetzen", en="Replace"),
    # Where effort goes (goals.focus.effort)
    "goals.effort.heading": Text(de="Wohin deine Mühe geht", en="Where your effort goes"),
    "goals.effort.hint": Text(
        de="Je Bereich: deine Gewichtung, deine aktiven Ziele und was dein Training der "
        "letzten 4 Wochen beansprucht hat.",
        en="By area: your weights, your active goals and what the last 4 weeks of training worked.",
    ),
    "goals.effort.area": Text(de="Bereich", en="Area"),
    "goals.effort.focus": Text(de="Deine Gewichtung", en="Your focus"),
    "goals.effort.goals": Text(de="Deine Ziele", en="Your goals"),
    "goals.effort.training": Text(de="Dein Training", en="Your training"),
    "goals.effort.no_training": Text(
        de="Training: keine Einheiten einer bewerteten Trainingsart in den letzten 4 Wochen.",
        en="Training: no sessions of a rated training type in the last 4 weeks.",
    ),
    # Achievements (goals.achievements)
    "goals.achievement.first_record": Text(
        de="Der erste persönliche Rekord im Training", en="Your first personal record in training"
    ),
    "goals.achievement.goal_reached": Text(de="Ein Ziel erreicht", en="A goal reached"),
    "goals.achievement.four_week_streak": Text(
        de="4 Wochen in Folge alle Wochenziele", en="4 weeks in a row with every weekly goal"
    ),
    "goals.achievement.thirty_logged_days": Text(
        de="30 Tage in Folge etwas erfasst", en="30 days in a row with something logged"
    ),
    "goals.achievement.new": Text(de="Neu erreicht: {names}", en="Newly earned: {names}"),
    "goals.achievement.earned": Text(de="Erreicht: {names}", en="Earned: {names}"),
}
