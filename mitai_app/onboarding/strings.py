"""The first-run flow's words."""

from mitai_app.core.text import Text

CATALOG: dict[str, Text] = {
    "onboarding.title": Text(de="Einrichtung", en="Getting started"),
    "onboarding.step_of": Text(de="Schritt {n} von {total}", en="Step {n} of {total}"),
    "onboarding.intro": Text(
        de="Jeder Schritt lässt sich überspringen; alles hier kannst du später auf den "
        "Seiten Profil, Ziele und Ernährung ändern.",
        en="Every step can be skipped; everything here can be changed later on the "
        "Profile, Goals and Nutrition pages.",
    ),
    "onboarding.step.profile": Text(de="Über dich", en="About you"),
    "onboarding.step.goal": Text(de="Dein Hauptziel", en="Your primary goal"),
    "onboarding.step.focus": Text(de="Deine Schwerpunkte", en="Your focus areas"),
    "onboarding.step.diet": Text(de="Ernährung und Tagesziele", en="Diet and daily targets"),
    "onboarding.step.training": Text(de="Dein Trainingsplan", en="Your training schedule"),
    "onboarding.step.ai": Text(de="KI-Auswertungen", en="AI analyses"),
    "onboarding.back": Text(de="Zurück", en="Back"),
    "onboarding.skip": Text(de="Überspringen", en="Skip"),
    "onboarding.next": Text(de="Weiter", en="Next"),
    "onboarding.finish": Text(de="Fertig", en="Finish"),
    "onboarding.later": Text(de="Später einrichten", en="Set up later"),
    "onboarding.weight": Text(de="Aktuelles Gewicht", en="Current weight"),
    "onboarding.profile_hint": Text(
        de="Größe und Gewicht in den gewählten Einheiten. Geschlecht, Geburtsdatum, Größe und "
        "Gewicht braucht die App, um deinen Energiebedarf zu berechnen.",
        en="Height and weight in the units chosen. The app needs sex, date of birth, height "
        "and weight to work out your energy needs.",
    ),
    "onboarding.goal.has_primary": Text(
        de="Dein Hauptziel steht schon: {title}. Ändern kannst du es auf der Seite Ziele.",
        en="Your primary goal is set: {title}. You can change it on the Goals page.",
    ),
    "onboarding.goal.title_hint": Text(
        de="Leer gelassen heißt das Ziel wie seine Art.",
        en="Left empty, the goal is named after its type.",
    ),
    "onboarding.goal.hint": Text(
        de="Ziele wie Gewicht füllen sich aus deinen Daten: dein Gewicht aus Schritt 1 ist der "
        "Startwert. Ein eigenes Ziel bekommt den Startwert, den du einträgst.",
        en="Goals such as weight fill themselves from your data: your weight from step 1 is "
        "the start. A custom goal starts at the value you enter.",
    ),
    "onboarding.focus.hint": Text(
        de="Verteile 100 % auf die Bereiche, die dir wichtig sind; leere Felder zählen 0.",
        en="Spread 100 % over the areas that matter to you; empty fields count as 0.",
    ),
    "onboarding.diet.targets": Text(
        de="Deine Tagesziele heute: {kcal} kcal · Eiweiß {protein} g · Kohlenhydrate {carbs} g "
        "· Fett {fat} g",
        en="Your daily targets today: {kcal} kcal · protein {protein} g · carbohydrates "
        "{carbs} g · fat {fat} g",
    ),
    "onboarding.diet.no_targets": Text(
        de="Tagesziele berechnet die App, sobald Geschlecht, Geburtsdatum, Größe und Gewicht "
        "bekannt sind (Schritt 1), oder du trägst ein Energieziel ein.",
        en="The app works out daily targets once sex, date of birth, height and weight are "
        "known (step 1), or you enter an energy target.",
    ),
    "onboarding.diet.kcal": Text(
        de="Energieziel in kcal (optional)", en="Energy target in kcal (optional)"
    ),
    "onboarding.diet.kcal_hint": Text(
        de="Leer: aus Profil, Aktivität und Hauptziel berechnet.",
        en="Empty: worked out from your profile, activity and primary goal.",
    ),
    "onboarding.training.workouts": Text(
        de="Trainingseinheiten pro Woche", en="Training sessions per week"
    ),
    "onboarding.training.minutes": Text(
        de="Aktive Minuten pro Woche (optional)", en="Active minutes per week (optional)"
    ),
    "onboarding.training.hint": Text(
        de="Wird zu deinen Wochenzielen auf der Seite Ziele; leer heißt kein Ziel.",
        en="Becomes your weekly goals on the Goals page; empty means no goal.",
    ),
    "onboarding.again": Text(
        de="Einrichtung erneut durchlaufen", en="Run the first-run setup again"
    ),
    "onboarding.again_hint": Text(
        de="Die sechs Schritte noch einmal, mit dem ausgefüllt, was du schon eingestellt hast; "
        "jeder lässt sich wieder überspringen.",
        en="The six steps once more, filled with what you have set; each can be skipped again.",
    ),
    "onboarding.card": Text(
        de="Einrichtung abschließen – Schritt {n} von {total}",
        en="Finish setting up — step {n} of {total}",
    ),
    "onboarding.error.step": Text(de="Diesen Schritt gibt es nicht.", en="There is no such step."),
}
