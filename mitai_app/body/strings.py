"""The UI's words for weight, circumferences, skinfolds, body charts."""

from mitai_app.core.text import Text

CATALOG: dict[str, Text] = {
    # The front page's line about the module
    "body.summary": Text(
        de="Gewicht, Umfänge und Hautfalten, mit Körperfett, Trend und Referenzbereichen.",
        en="Weight, circumferences and skinfolds, with body fat, trend and reference ranges.",
    ),
    # Capture
    "body.weight": Text(de="Gewicht", en="Weight"),
    "body.date": Text(de="Datum", en="Date"),
    "body.notes": Text(de="Notizen", en="Notes"),
    "body.measured_on": Text(de="Gemessen am", en="Measured on"),
    "body.comment": Text(de="Kommentar", en="Comment"),
    "body.save_weight": Text(de="Gewicht speichern", en="Save weight"),
    "body.weight_saved": Text(de="Gewicht gespeichert.", en="Weight saved."),
    "body.replace_title": Text(
        de="Für diesen Tag gibt es schon ein Gewicht", en="There is already a weight for this day"
    ),
    "body.replace_text": Text(
        de="Pro Tag wird ein Gewicht gespeichert. Soll der neue Wert den alten ersetzen?",
        en="One weight is kept per day. Replace the earlier value with the new one?",
    ),
    "body.replace": Text(de="Ersetzen", en="Replace"),
    "body.circumferences": Text(de="Umfänge", en="Circumferences"),
    "body.circumference_hint": Text(
        de="Miss beliebig viele Stellen – leere Felder werden nicht gespeichert.",
        en="Measure as many sites as you like; empty fields are left out.",
    ),
    "body.save_circumferences": Text(de="Umfänge speichern", en="Save circumferences"),
    "body.circumferences_saved": Text(de="Umfänge gespeichert.", en="Circumferences saved."),
    "body.skinfolds": Text(de="Hautfalten (Caliper)", en="Skinfolds (caliper)"),
    "body.formula": Text(de="Formel", en="Formula"),
    "body.conversion": Text(de="Umrechnung Dichte → Körperfett", en="Density to body fat"),
    "body.conversion.siri": Text(de="Siri (1961)", en="Siri (1961)"),
    "body.conversion.brozek": Text(de="Brožek (1963)", en="Brozek (1963)"),
    "body.formula.jp3": Text(de="Jackson-Pollock, 3 Stellen", en="Jackson-Pollock, 3 sites"),
    "body.formula.jp7": Text(de="Jackson-Pollock, 7 Stellen", en="Jackson-Pollock, 7 sites"),
    "body.formula.jp4": Text(de="Jackson-Pollock, 4 Stellen", en="Jackson-Pollock, 4 sites"),
    "body.formula.dw4": Text(de="Durnin-Womersley, 4 Stellen", en="Durnin-Womersley, 4 sites"),
    "body.formula.navy": Text(de="US Navy (Maßband)", en="US Navy (tape)"),
    "body.formula.device": Text(de="Waage oder App", en="Scale or app"),
    "body.readings_hint": Text(
        de="Bis zu drei Messungen je Stelle in mm; gespeichert wird ihr Mittelwert.",
        en="Up to three readings per site in mm; their average is stored.",
    ),
    "body.more_sites": Text(de="Weitere Stellen", en="More sites"),
    "body.fewer_sites": Text(de="Nur die Stellen der Formel", en="Only the formula's sites"),
    "body.save_skinfolds": Text(de="Hautfalten speichern", en="Save skinfolds"),
    "body.skinfolds_saved": Text(
        de="Gespeichert. Körperfett {value} % ({formula})",
        en="Saved. Body fat {value} % ({formula})",
    ),
    "body.open_profile": Text(de="Profil öffnen", en="Open your profile"),
    "body.site.neck": Text(de="Hals", en="Neck"),
    "body.site.chest": Text(de="Brust", en="Chest"),
    "body.site.waist": Text(de="Taille", en="Waist"),
    "body.site.hips": Text(de="Hüfte", en="Hips"),
    "body.site.thigh": Text(de="Oberschenkel", en="Thigh"),
    "body.site.calf": Text(de="Wade", en="Calf"),
    "body.site.biceps": Text(de="Bizeps", en="Biceps"),
    "body.site.forearm": Text(de="Unterarm", en="Forearm"),
    "body.site.abdominal": Text(de="Bauch", en="Abdominal"),
    "body.site.triceps": Text(de="Trizeps", en="Triceps"),
    "body.site.subscapular": Text(de="Schulterblatt", en="Subscapular"),
    "body.site.suprailiac": Text(de="Hüftknochen", en="Suprailiac"),
    "body.site.midaxillary": Text(de="Achsel", en="Midaxillary"),
    # Errors
    "body.error.weight_required": Text(
        de="Bitte ein Gewicht eingeben.", en="Please enter a weight."
    ),
    "body.error.weight_range": Text(
        de="Das Gewicht muss zwischen 20 und 500 kg (44–1102 lb) liegen.",
        en="The weight must be between 20 and 500 kg (44–1102 lb).",
    ),
    "body.error.sites_empty": Text(
        de="Bitte mindestens eine Stelle messen.", en="Please measure at least one site."
    ),
    "body.error.range": Text(
        de="Dieser Wert ist nicht plausibel (Umfänge 10–300 cm, Hautfalten 1–100 mm, "
        "höchstens drei Messungen).",
        en="This value is not plausible (circumferences 10–300 cm, skinfolds 1–100 mm, "
        "at most three readings).",
    ),
    "body.error.sites_missing": Text(
        de="Für diese Formel fehlen noch: {sites}.", en="This formula also needs: {sites}."
    ),
    "body.error.profile_incomplete": Text(
        de="Für die Körperfettberechnung brauchen wir Geschlecht und Geburtsdatum in deinem Profil.",
        en="Body fat from skinfolds needs your sex and date of birth in your profile.",
    ),
    "body.error.body_fat_range": Text(
        de="Aus diesen Werten ergibt sich kein plausibler Körperfettanteil (2–70 %). "
        "Bitte die Messungen prüfen.",
        en="These readings give no plausible body fat (2–70 %). Please check them.",
    ),
    # History
    "body.history.weight": Text(de="Gewicht", en="Weight"),
    "body.history.circumferences": Text(de="Umfänge", en="Circumferences"),
    "body.history.skinfolds": Text(de="Hautfalten", en="Skinfolds"),
    "body.history.device": Text(de="Waage und Apps", en="Scales and apps"),
    "body.device.body_fat": Text(de="Körperfett (%)", en="Body fat (%)"),
    "body.device.lean_mass": Text(de="Fettfreie Masse", en="Lean body mass"),
    "body.error.device_body_fat": Text(
        de="Körperfett muss zwischen 2 und 70 % liegen.",
        en="Body fat must be between 2 and 70 %.",
    ),
    "body.error.lean_mass": Text(
        de="Die fettfreie Masse muss zwischen 10 und 300 kg liegen.",
        en="Lean body mass must be between 10 and 300 kg.",
    ),
    # Body page and dashboard
    "body.range": Text(de="Zeitraum", en="Time range"),
    "body.range.4w": Text(de="4 Wochen", en="4 weeks"),
    "body.range.3m": Text(de="3 Monate", en="3 months"),
    "body.range.1y": Text(de="1 Jahr", en="1 year"),
    "body.range.all": Text(de="Alles", en="All"),
    "body.derived": Text(de="Abgeleitete Werte", en="Derived values"),
    "body.chart.weight": Text(de="Gewicht und Trend", en="Weight and trend"),
    "body.chart.recorded": Text(de="Gewogen", en="Recorded"),
    "body.chart.average": Text(de="7-Tage-Schnitt", en="7-day average"),
    "body.chart.trend": Text(de="Trend (geglättet)", en="Trend (smoothed)"),
    "body.chart.phases": Text(
        de="Hinterlegt: deine bestätigten Phasen – {phases}",
        en="Shaded: your confirmed phases – {phases}",
    ),
    "body.chart.goal": Text(de="Ziel", en="Goal"),
    "body.chart.body_fat": Text(de="Körperfett nach Methode (%)", en="Body fat by method (%)"),
    "body.chart.mass": Text(de="Fett- und Magermasse", en="Fat and lean mass"),
    "body.chart.fat_mass": Text(de="Fettmasse", en="Fat mass"),
    "body.chart.lean_mass": Text(de="Magermasse", en="Lean mass"),
    "body.chart.device_lean_mass": Text(
        de="Magermasse (Waage oder App)", en="Lean mass (scale or app)"
    ),
    "body.chart.tape": Text(de="Maßband", en="Tape"),
    "body.chart.circumferences": Text(de="Umfänge", en="Circumferences"),
    "body.chart.whtr": Text(de="Taille-zu-Größe-Verhältnis", en="Waist-to-height ratio"),
    "body.chart.risk_band": Text(de="Erhöhtes Risiko (> 0,5)", en="Increased risk (> 0.5)"),
    "body.chart.one_point": Text(
        de="Erst ein Tag erfasst – mit weiteren Einträgen entsteht ein Verlauf.",
        en="One day so far: add more entries to see a trend.",
    ),
    "body.chart.empty": Text(
        de="Keine Werte in diesem Zeitraum.", en="No values in this time range."
    ),
    "body.latest": Text(de="Zuletzt: {value} ({date})", en="Latest: {value} ({date})"),
    "body.weekly_rate": Text(de="{value} pro Woche", en="{value} per week"),
    "body.latest_body_fat": Text(de="Körperfett", en="Body fat"),
    "body.to_body": Text(de="Diagramme und Werte ansehen", en="See charts and values"),
    "body.derived.bmi": Text(de="BMI", en="BMI"),
    "body.derived.body_fat": Text(de="Körperfett (Caliper)", en="Body fat (caliper)"),
    "body.derived.navy": Text(de="Körperfett (Navy)", en="Body fat (Navy)"),
    "body.derived.whtr": Text(de="Taille zu Größe", en="Waist-to-height"),
    "body.derived.whr": Text(de="Taille zu Hüfte", en="Waist-to-hip"),
    "body.derived.waist": Text(de="Taillenumfang", en="Waist"),
    "body.derived.rfm": Text(de="Relative Fettmasse", en="Relative fat mass"),
    "body.derived.fat_mass": Text(de="Fettmasse", en="Fat mass"),
    "body.derived.lean_mass": Text(de="Magermasse", en="Lean mass"),
    "body.derived.ffmi": Text(de="FFMI", en="FFMI"),
}
