"""The UI's words for sleep, morning vitals, blood pressure and rest days."""

from mitai_app.core.text import Text

_ESH = {
    "optimal": ("Optimal", "Optimal"),
    "normal": ("Normal", "Normal"),
    "high_normal": ("Hoch normal", "High normal"),
    "grade_1": ("Hypertonie Grad 1", "Grade 1 hypertension"),
    "grade_2": ("Hypertonie Grad 2", "Grade 2 hypertension"),
    "grade_3": ("Hypertonie Grad 3", "Grade 3 hypertension"),
    "isolated_systolic": ("Isolierte systolische Hypertonie", "Isolated systolic hypertension"),
}
_ACC_AHA = {
    "normal": ("Normal", "Normal"),
    "elevated": ("Erhöht", "Elevated"),
    "stage_1": ("Hypertonie Stadium 1", "Stage 1 hypertension"),
    "stage_2": ("Hypertonie Stadium 2", "Stage 2 hypertension"),
}
_CONTEXTS = {
    "morning": ("Morgens", "Morning"),
    "evening": ("Abends", "Evening"),
    "resting": ("In Ruhe", "Resting"),
    "fasting": ("Nüchtern", "Fasting"),
    "after_meal": ("Nach dem Essen", "After a meal"),
    "after_training": ("Nach dem Training", "After training"),
    "stress": ("Stress", "Stress"),
    "after_medication": ("Nach Medikamenteneinnahme", "After medication"),
}
_YES_NO = {"no": ("Nein", "No"), "yes": ("Ja", "Yes")}

CATALOG: dict[str, Text] = {
    "recovery.summary": Text(
        de="Schlaf mit Schlafwert, Morgenwerte gegen deinen eigenen Normalbereich und Blutdruck "
        "mehrmals täglich, eingestuft nach ESH- oder ACC/AHA-Leitlinie, mit Heim-Mittelwerten.",
        en="Sleep with a sleep score, morning vitals against your own normal band, and blood "
        "pressure several times a day, classified by the ESH or ACC/AHA guideline, with home "
        "averages.",
    ),
    "nav.vitals": Text(de="Vitalwerte", en="Vitals"),
    # Blood pressure
    "recovery.history.blood_pressure": Text(de="Blutdruck", en="Blood pressure"),
    "recovery.bp.title": Text(de="Blutdruck", en="Blood pressure"),
    "recovery.bp.systolic": Text(de="Systolisch", en="Systolic"),
    "recovery.bp.diastolic": Text(de="Diastolisch", en="Diastolic"),
    "recovery.bp.pulse": Text(de="Puls", en="Pulse"),
    "recovery.bp.pulse_value": Text(de="Puls {n}", en="pulse {n}"),
    "recovery.bp.context": Text(de="Situation", en="Context"),
    **{f"recovery.bp.context.{key}": Text(de=de, en=en) for key, (de, en) in _CONTEXTS.items()},
    "recovery.bp.irregular": Text(de="Unregelmäßiger Herzschlag", en="Irregular heartbeat"),
    "recovery.bp.afib": Text(de="Vorhofflimmern erkannt", en="AFib detected"),
    **{f"recovery.bp.irregular.{k}": Text(de=de, en=en) for k, (de, en) in _YES_NO.items()},
    **{f"recovery.bp.afib.{k}": Text(de=de, en=en) for k, (de, en) in _YES_NO.items()},
    # Named apart from the weight form's "Date" and "Notes" on the same Capture page.
    "recovery.bp.date": Text(de="Tag", en="Day"),
    "recovery.bp.time": Text(de="Uhrzeit", en="Time"),
    "recovery.bp.notes": Text(de="Bemerkung", en="Remark"),
    "recovery.bp.save": Text(de="Messung speichern", en="Save reading"),
    "recovery.bp.saved": Text(de="Gespeichert: {text}", en="Saved: {text}"),
    "recovery.bp.replace_title": Text(
        de="Zu dieser Minute gibt es schon eine Messung",
        en="There is already a reading at this minute",
    ),
    "recovery.bp.replace_text": Text(
        de="Soll die neue Messung die gespeicherte ersetzen?",
        en="Replace the saved reading with the new one?",
    ),
    "recovery.bp.guideline.esh": Text(de="ESH 2023", en="ESH 2023"),
    "recovery.bp.guideline.acc_aha": Text(de="ACC/AHA 2017", en="ACC/AHA 2017"),
    **{f"recovery.bp.class.esh.{k}": Text(de=de, en=en) for k, (de, en) in _ESH.items()},
    **{f"recovery.bp.class.acc_aha.{k}": Text(de=de, en=en) for k, (de, en) in _ACC_AHA.items()},
    "recovery.bp.latest": Text(de="Letzter Blutdruck", en="Latest blood pressure"),
    "recovery.sleep.last_night": Text(de="Letzte Nacht", en="Last night"),
    "recovery.to_sleep": Text(de="Zum Schlaf", en="Go to Sleep"),
    "recovery.to_vitals": Text(de="Zu den Vitalwerten", en="Go to Vitals"),
    "recovery.bp.empty": Text(
        de="Noch keine Blutdruckmessungen. Erfasse die erste unter „Erfassen“.",
        en="No blood pressure readings yet. Add the first one on Capture.",
    ),
    "recovery.bp.classified_by.esh": Text(
        de="Einstufung nach der Leitlinie der European Society of Hypertension (ESH 2023), "
        "für Praxismessungen; zu Hause gilt ein Mittelwert ab 135/85 mmHg als erhöht.",
        en="Classified by the European Society of Hypertension guideline (ESH 2023), "
        "for office readings; at home, an average of 135/85 mmHg or more counts as high.",
    ),
    "recovery.bp.classified_by.acc_aha": Text(
        de="Einstufung nach der Leitlinie des American College of Cardiology und der American "
        "Heart Association (ACC/AHA 2017), für Praxismessungen; zu Hause gilt ein Mittelwert "
        "ab 135/85 mmHg als erhöht.",
        en="Classified by the American College of Cardiology / American Heart Association "
        "guideline (ACC/AHA 2017), for office readings; at home, an average of 135/85 mmHg "
        "or more counts as high.",
    ),
    "recovery.bp.guideline_choice": Text(
        de="Leitlinie für die Blutdruck-Einstufung", en="Guideline for blood pressure classes"
    ),
    "recovery.bp.guideline_where": Text(
        de="Die Leitlinie wählst du in deinem Profil.", en="Choose the guideline in your profile."
    ),
    "recovery.bp.guideline_hint": Text(
        de="ESH 2023 ist in Europa üblich, ACC/AHA 2017 in den USA. Sie gilt für jede "
        "Einstufung, die Seite Vitalwerte und den Arztbericht.",
        en="ESH 2023 is usual in Europe, ACC/AHA 2017 in the US. It applies to every class "
        "shown, the Vitals page and the doctor's report.",
    ),
    "recovery.bp.guideline_saved": Text(
        de="Leitlinie gespeichert: {guideline}", en="Guideline saved: {guideline}"
    ),
    # Home averages
    "recovery.home.title": Text(de="Heim-Mittelwert (7 Tage)", en="Home average (7 days)"),
    "recovery.home.how": Text(
        de="Morgens (4–12 Uhr) und abends (ab 17 Uhr) messen, 7 Tage lang. Der erste Tag "
        "zählt nicht; der Mittelwert der übrigen wird mit 135/85 mmHg verglichen.",
        en="Measure mornings (4 am–noon) and evenings (from 5 pm) for 7 days. The first "
        "day is discarded; the mean of the rest is compared with 135/85 mmHg.",
    ),
    "recovery.home.period": Text(
        de="{first} (verworfen) bis {last}: {days} Tage gezählt",
        en="{first} (discarded) to {last}: {days} days counted",
    ),
    "recovery.home.overall": Text(de="Gesamt", en="Overall"),
    "recovery.home.morning": Text(de="Morgens", en="Morning"),
    "recovery.home.evening": Text(de="Abends", en="Evening"),
    "recovery.home.mean": Text(
        de="{sys}/{dia} mmHg aus {n} Messungen", en="{sys}/{dia} mmHg from {n} readings"
    ),
    "recovery.home.none": Text(de="keine Messungen", en="no readings"),
    "recovery.home.above": Text(
        de="Über dem Heim-Grenzwert von 135/85 mmHg.", en="Above the home threshold of 135/85 mmHg."
    ),
    "recovery.home.below": Text(
        de="Unter dem Heim-Grenzwert von 135/85 mmHg.",
        en="Below the home threshold of 135/85 mmHg.",
    ),
    "recovery.home.not_enough": Text(
        de="Zu wenige Tage: mindestens 3 Tage nach dem ersten werden gebraucht.",
        en="Too few days: at least 3 days after the first are needed.",
    ),
    "recovery.home.afib": Text(
        de="Messungen mit Vorhofflimmern (automatische Geräte messen dabei oft ungenau):",
        en="Readings flagged for AFib (automatic devices are often inaccurate then):",
    ),
    # Sleep charts
    "recovery.sleep.charts": Text(de="Die letzten Nächte", en="Recent nights"),
    "recovery.sleep.chart.duration": Text(
        de="Schlafdauer und empfohlener Bereich", en="Time asleep and the recommended range"
    ),
    "recovery.sleep.chart.asleep": Text(de="Geschlafen (h)", en="Asleep (h)"),
    "recovery.sleep.chart.need": Text(
        de="Empfohlen für dein Alter (NSF)", en="Recommended for your age (NSF)"
    ),
    "recovery.sleep.chart.stages": Text(de="Schlafphasen (min)", en="Sleep stages (min)"),
    "recovery.sleep.chart.score": Text(de="Schlafwert", en="Sleep score"),
    "recovery.sleep.chart.times": Text(
        de="Zubettgeh- und Aufwachzeiten (Regelmäßigkeit)",
        en="Bed and wake times (consistency)",
    ),
    "recovery.sleep.chart.bed": Text(de="Zu Bett", en="Bed time"),
    "recovery.sleep.chart.wake": Text(de="Aufgewacht", en="Woke up"),
    "recovery.sleep.chart.hypnogram": Text(
        de="Schlafphasen der Nacht zum {date} (aufgezeichnet)",
        en="Sleep stages of the night to {date} (as recorded)",
    ),
    # The doctor's report
    "recovery.report.section": Text(de="Bericht für die Arztpraxis", en="Report for your doctor"),
    "recovery.report.how": Text(
        de="Ein PDF mit allen Messungen des Zeitraums, den Mittelwerten, einem Verlauf und der "
        "Einstufung nach ESH 2023.",
        en="A PDF with every reading of the period, the averages, a chart and the "
        "classification by ESH 2023.",
    ),
    "recovery.report.from": Text(de="Von", en="From"),
    "recovery.report.to": Text(de="Bis", en="To"),
    "recovery.report.download": Text(de="Bericht herunterladen", en="Download report"),
    "recovery.report.title": Text(de="Blutdruckbericht", en="Blood pressure report"),
    "recovery.report.patient": Text(de="Patient/in: {name}", en="Patient: {name}"),
    "recovery.report.born": Text(de="Geboren: {date}", en="Born: {date}"),
    "recovery.report.unknown": Text(de="nicht angegeben", en="not given"),
    "recovery.report.period": Text(
        de="Zeitraum: {first} bis {last} · {n} Messungen",
        en="Period: {first} to {last} · {n} readings",
    ),
    "recovery.report.averages": Text(de="Mittelwerte", en="Averages"),
    "recovery.report.whole_period": Text(de="Gesamter Zeitraum", en="Whole period"),
    "recovery.report.all": Text(de="Alle Messungen", en="All readings"),
    "recovery.report.chart": Text(
        de="Systolisch und diastolisch im Verlauf", en="Systolic and diastolic over the period"
    ),
    "recovery.report.threshold": Text(
        de="gestrichelt: Heim-Grenzwert 135/85 mmHg", en="dashed: home threshold 135/85 mmHg"
    ),
    "recovery.report.classification": Text(
        de="Einstufung nach {guideline}", en="Classification by {guideline}"
    ),
    "recovery.report.source": Text(
        de="Kategorien für Praxismessungen nach {source}.",
        en="Categories for office readings by {source}.",
    ),
    "recovery.report.class_count": Text(de="{n} × {category}", en="{n} × {category}"),
    "recovery.report.readings": Text(de="Alle Messungen", en="Every reading"),
    "recovery.report.flags": Text(de="Hinweise", en="Flags"),
    "recovery.report.flag.irregular": Text(de="Unregelmäßig", en="Irregular"),
    "recovery.report.flag.afib": Text(de="VHF", en="AFib"),
    "recovery.report.class": Text(de="Einstufung ({guideline})", en="Class ({guideline})"),
    "recovery.report.none": Text(
        de="Keine Messungen in diesem Zeitraum.", en="No readings in this period."
    ),
    "recovery.report.footer": Text(
        de="Erstellt am {date} mit {app}", en="Made on {date} with {app}"
    ),
    "recovery.error.report_order": Text(
        de="Das Ende darf nicht vor dem Anfang liegen.",
        en="The end must not be before the start.",
    ),
    "recovery.error.report_too_long": Text(
        de="Höchstens {days} Tage auf einmal.", en="At most {days} days at once."
    ),
    "recovery.not_medical_advice": Text(
        de="Diese Angaben ersetzen keinen ärztlichen Rat.",
        en="This is not medical advice.",
    ),
    # Morning vitals
    "recovery.history.vitals": Text(de="Vitalwerte", en="Vitals"),
    "recovery.vitals.title": Text(de="Morgenwerte", en="Morning vitals"),
    "recovery.vitals.resting_hr": Text(de="Ruhepuls", en="Resting heart rate"),
    "recovery.vitals.hrv": Text(de="HRV", en="HRV"),
    "recovery.vitals.vo2_max": Text(de="VO2max", en="VO2 max"),
    "recovery.vitals.spo2": Text(de="SpO2", en="SpO2"),
    "recovery.vitals.respiratory_rate": Text(de="Atemfrequenz", en="Breathing rate"),
    "recovery.vitals.hrv_measure": Text(de="HRV-Maß", en="HRV measure"),
    "recovery.vitals.hrv_measure.rmssd": Text(de="RMSSD", en="RMSSD"),
    "recovery.vitals.hrv_measure.sdnn": Text(
        de="SDNN (z. B. Apple Health)", en="SDNN (e.g. Apple Health)"
    ),
    "recovery.vitals.date": Text(de="Morgen des", en="Morning of"),
    "recovery.vitals.save": Text(de="Morgenwerte speichern", en="Save morning vitals"),
    "recovery.vitals.replace_title": Text(
        de="Für diesen Morgen gibt es schon Werte", en="There are already vitals for this morning"
    ),
    "recovery.vitals.replace_text": Text(
        de="Pro Tag werden einmal Morgenwerte gespeichert. Sollen die neuen die alten ersetzen?",
        en="One set of morning vitals is kept per day. Replace the earlier one with the new?",
    ),
    "recovery.vitals.saved": Text(de="Morgenwerte gespeichert.", en="Morning vitals saved."),
    "recovery.vitals.empty": Text(
        de="Noch keine Morgenwerte. Erfasse sie unter „Erfassen“.",
        en="No morning vitals yet. Add them on Capture.",
    ),
    "recovery.vitals.latest": Text(de="Zuletzt am {date}", en="Latest on {date}"),
    "recovery.vitals.recent": Text(de="Letzte Morgen", en="Recent mornings"),
    "recovery.vitals.baseline": Text(
        de="Dein Normalbereich (60 Tage): {low}–{high}, Mittel {mean}",
        en="Your normal band (60 days): {low}–{high}, mean {mean}",
    ),
    "recovery.vitals.learning": Text(
        de="Normalbereich ab 7 Werten", en="Normal band from 7 values on"
    ),
    "recovery.vitals.flag.low": Text(de="Unter deinem Normalbereich", en="Below your normal band"),
    "recovery.vitals.flag.high": Text(de="Über deinem Normalbereich", en="Above your normal band"),
    "recovery.vitals.flag.normal": Text(de="Im Normalbereich", en="Within your normal band"),
    "recovery.vitals.baseline_how": Text(
        de="Jeder Wert wird mit deinem eigenen Mittel der 60 Tage davor verglichen; "
        "der Normalbereich ist Mittel ± eine Standardabweichung.",
        en="Each value is compared with your own mean of the 60 days before it; "
        "the normal band is the mean ± one standard deviation.",
    ),
    # Sleep
    "nav.sleep": Text(de="Schlaf", en="Sleep"),
    "recovery.sleep.new": Text(de="Nacht eintragen", en="Enter a night"),
    "recovery.sleep.date": Text(de="Aufgewacht am", en="Woke up on"),
    "recovery.sleep.bed": Text(de="Zu Bett um", en="Bed time"),
    "recovery.sleep.wake": Text(de="Aufgewacht um", en="Wake time"),
    "recovery.sleep.stages_hint": Text(
        de="Minuten je Schlafphase, so weit bekannt (z. B. von der Uhr).",
        en="Minutes per sleep stage, as far as known (e.g. from a watch).",
    ),
    "recovery.sleep.stage.deep": Text(de="Tiefschlaf", en="Deep"),
    "recovery.sleep.stage.rem": Text(de="REM", en="REM"),
    "recovery.sleep.stage.light": Text(de="Leicht-/Kernschlaf", en="Light/core"),
    "recovery.sleep.stage.awake": Text(de="Wach", en="Awake"),
    "recovery.sleep.quality": Text(de="Wie erholt? (1–5)", en="How rested? (1–5)"),
    "recovery.sleep.quality.none": Text(de="keine Angabe", en="not given"),
    "recovery.sleep.notes": Text(de="Notizen", en="Notes"),
    "recovery.sleep.save": Text(de="Nacht speichern", en="Save night"),
    "recovery.sleep.saved": Text(de="Nacht gespeichert.", en="Night saved."),
    "recovery.sleep.replace_title": Text(
        de="Für diesen Tag gibt es schon eine Nacht", en="There is already a night for this day"
    ),
    "recovery.sleep.replace_text": Text(
        de="Pro Tag wird eine Nacht gespeichert. Soll die neue die alte ersetzen?",
        en="One night is kept per day. Replace the earlier one with the new?",
    ),
    "recovery.sleep.nights": Text(de="Letzte Nächte", en="Recent nights"),
    "recovery.sleep.delete": Text(de="Nacht löschen", en="Delete night"),
    "recovery.sleep.deleted": Text(de="Nacht gelöscht.", en="Night deleted."),
    "recovery.sleep.restored": Text(de="Nacht wiederhergestellt.", en="Night restored."),
    "recovery.sleep.to_nights": Text(
        de="Zu den letzten Nächten und ihrem Schlafwert", en="To recent nights and their score"
    ),
    "recovery.sleep.empty": Text(
        de="Noch keine Nächte. Trag oben die erste ein.",
        en="No nights yet. Enter the first one above.",
    ),
    "recovery.sleep.span": Text(
        de="{bed}–{wake}: {in_bed} im Bett, {asleep} geschlafen",
        en="{bed}–{wake}: {in_bed} in bed, {asleep} asleep",
    ),
    "recovery.sleep.asleep_only": Text(de="{asleep} geschlafen", en="{asleep} asleep"),
    "recovery.sleep.score": Text(de="Schlafwert {score}/100", en="Sleep score {score}/100"),
    "recovery.sleep.no_score": Text(
        de="Kein Schlafwert: Bett- und Aufwachzeit fehlen.",
        en="No sleep score: bed and wake times are missing.",
    ),
    "recovery.sleep.component": Text(
        de="{value} → {percent} % von Gewicht {weight}",
        en="{value} → {percent} % of weight {weight}",
    ),
    "recovery.sleep.component.duration": Text(
        de="Dauer (Empfehlung {low}–{high} h)", en="Duration (recommended {low}–{high} h)"
    ),
    "recovery.sleep.component.efficiency": Text(
        de="Effizienz (geschlafen / im Bett)", en="Efficiency (asleep / in bed)"
    ),
    "recovery.sleep.component.restorative": Text(de="Tief- + REM-Anteil", en="Deep + REM share"),
    "recovery.sleep.component.awake": Text(de="Wachzeit", en="Time awake"),
    "recovery.sleep.component.regularity": Text(
        de="Regelmäßigkeit (Schlafmitte gegen 14-Tage-Mittel)",
        en="Regularity (mid-sleep against the 14-day mean)",
    ),
    "recovery.sleep.how": Text(
        de="Der Schlafwert (0–100) setzt sich aus Dauer (35), Effizienz (25), Tief- und "
        "REM-Anteil (20), Wachzeit (10) und Regelmäßigkeit (10) zusammen; fehlt ein Teil, "
        "zählen die übrigen entsprechend mehr.",
        en="The sleep score (0–100) is made of duration (35), efficiency (25), deep and REM "
        "share (20), time awake (10) and regularity (10); a part that is missing leaves its "
        "weight to the others.",
    ),
    "recovery.sleep.quality_value": Text(de="Erholt: {n}/5", en="Rested: {n}/5"),
    # Readiness
    "recovery.readiness.title": Text(de="Bereitschaft heute", en="Today's readiness"),
    "recovery.readiness.how": Text(
        de="Aus deinen eigenen Werten: HRV (7-Tage-Mittel der ln-Werte gegen die 60 Tage davor, "
        "Gewicht 40), Ruhepuls gegen deinen Normalbereich (30), der Schlafwert der letzten "
        "Nacht (30) und die Trainingslast (akut 7 Tage : chronisch 28 Tage, 20). Was fehlt, "
        "zählt nicht; sein Gewicht geht an die anderen.",
        en="From your own values: HRV (7-day mean of ln values against the 60 days before, "
        "weight 40), resting heart rate against your normal band (30), last night's sleep "
        "score (30) and training load (acute 7 days : chronic 28 days, 20). What is missing "
        "does not count; its weight goes to the others.",
    ),
    "recovery.readiness.learning": Text(
        de="Lernt noch: {n} von {needed} Tagen mit Morgenwerten. Bis dahin gibt es keine Zahl.",
        en="Still learning: {n} of {needed} days of morning values. Until then there is no number.",
    ),
    "recovery.readiness.no_inputs": Text(
        de="Für heute fehlen Morgenwerte und Schlaf.",
        en="Morning values and sleep are missing today.",
    ),
    "recovery.readiness.score": Text(de="Bereitschaft {score}/100", en="Readiness {score}/100"),
    "recovery.readiness.points": Text(
        de="trägt {points} Punkte bei (Gewicht {weight})",
        en="contributes {points} points (weight {weight})",
    ),
    "recovery.readiness.hrv.within": Text(
        de="HRV der letzten 7 Tage ({value} ms) liegt in deinem Normalbereich (sonst {usual} ms).",
        en="HRV over the last 7 days ({value} ms) is within your normal band (usually {usual} ms).",
    ),
    "recovery.readiness.hrv.above": Text(
        de="HRV der letzten 7 Tage ({value} ms) liegt über deinem Normalbereich (sonst {usual} ms).",
        en="HRV over the last 7 days ({value} ms) is above your normal band (usually {usual} ms).",
    ),
    "recovery.readiness.hrv.below": Text(
        de="HRV der letzten 7 Tage ({value} ms) liegt unter deinem Normalbereich (sonst "
        "{usual} ms): ein Zeichen von Belastung.",
        en="HRV over the last 7 days ({value} ms) is below your normal band (usually "
        "{usual} ms): a sign of strain.",
    ),
    "recovery.readiness.resting_hr.within": Text(
        de="Ruhepuls {value} liegt in deinem Normalbereich (sonst {usual}).",
        en="Resting heart rate {value} is within your normal band (usually {usual}).",
    ),
    "recovery.readiness.resting_hr.above": Text(
        de="Ruhepuls {value} liegt über deinem Normalbereich (sonst {usual}): ein Zeichen von "
        "Belastung.",
        en="Resting heart rate {value} is above your normal band (usually {usual}): a sign "
        "of strain.",
    ),
    "recovery.readiness.resting_hr.below": Text(
        de="Ruhepuls {value} liegt unter deinem Normalbereich (sonst {usual}).",
        en="Resting heart rate {value} is below your normal band (usually {usual}).",
    ),
    "recovery.readiness.sleep.good": Text(
        de="Schlafwert der letzten Nacht {value}: gut.",
        en="Last night's sleep score {value}: good.",
    ),
    "recovery.readiness.sleep.fair": Text(
        de="Schlafwert der letzten Nacht {value}: mittel.",
        en="Last night's sleep score {value}: fair.",
    ),
    "recovery.readiness.sleep.poor": Text(
        de="Schlafwert der letzten Nacht {value}: schwach.",
        en="Last night's sleep score {value}: poor.",
    ),
    "recovery.readiness.load.low": Text(
        de="Trainingslast akut:chronisch {value}: weniger als sonst, du bist ausgeruht.",
        en="Training load acute:chronic {value}: less than usual, you are rested.",
    ),
    "recovery.readiness.load.within": Text(
        de="Trainingslast akut:chronisch {value}: im günstigen Bereich 0,8–1,3.",
        en="Training load acute:chronic {value}: within the favourable range 0.8–1.3.",
    ),
    "recovery.readiness.load.above": Text(
        de="Trainingslast akut:chronisch {value}: deutlich mehr als du gewohnt bist (über 1,3).",
        en="Training load acute:chronic {value}: well above what you are used to (over 1.3).",
    ),
    # Rest days
    "nav.rest_days": Text(de="Ruhetage", en="Rest days"),
    "recovery.rest.new": Text(de="Ruhetag eintragen", en="Mark a rest day"),
    "recovery.rest.date": Text(de="Tag", en="Day"),
    "recovery.rest.preset": Text(de="Art", en="Kind"),
    "recovery.rest.preset.full_rest": Text(de="Volle Ruhe", en="Full rest"),
    "recovery.rest.preset.active_recovery": Text(de="Aktive Erholung", en="Active recovery"),
    "recovery.rest.preset.strength_rest": Text(
        de="Kraftpause (Ausdauer erlaubt)", en="Strength rest (cardio allowed)"
    ),
    "recovery.rest.preset.cardio_rest": Text(
        de="Ausdauerpause (Kraft erlaubt)", en="Cardio rest (strength allowed)"
    ),
    "recovery.rest.notes": Text(de="Notizen", en="Notes"),
    "recovery.rest.save": Text(de="Ruhetag speichern", en="Save rest day"),
    "recovery.rest.saved": Text(de="Ruhetag gespeichert.", en="Rest day saved."),
    "recovery.rest.week": Text(de="Diese Woche", en="This week"),
    "recovery.rest.none": Text(de="–", en="–"),
    "recovery.rest.list": Text(de="Ruhetage", en="Rest days"),
    "recovery.rest.empty": Text(
        de="Noch keine Ruhetage in den letzten vier Wochen oder geplant.",
        en="No rest days in the last four weeks or planned.",
    ),
    "recovery.rest.delete": Text(de="Ruhetag löschen", en="Delete rest day"),
    "recovery.rest.deleted": Text(de="Ruhetag gelöscht.", en="Rest day deleted."),
    "recovery.rest.restored": Text(de="Ruhetag wiederhergestellt.", en="Rest day restored."),
    # Errors
    "recovery.error.systolic_required": Text(
        de="Bitte den systolischen Wert eingeben.", en="Please enter the systolic value."
    ),
    "recovery.error.diastolic_required": Text(
        de="Bitte den diastolischen Wert eingeben.", en="Please enter the diastolic value."
    ),
    "recovery.error.systolic_range": Text(
        de="Systolisch: bitte einen Wert von 40 bis 300 mmHg.",
        en="Systolic: please enter 40 to 300 mmHg.",
    ),
    "recovery.error.diastolic_range": Text(
        de="Diastolisch: bitte einen Wert von 20 bis 200 mmHg.",
        en="Diastolic: please enter 20 to 200 mmHg.",
    ),
    "recovery.error.pulse_range": Text(
        de="Puls: bitte einen Wert von 25 bis 250 Schlägen pro Minute.",
        en="Pulse: please enter 25 to 250 beats a minute.",
    ),
    "recovery.error.resting_hr_range": Text(
        de="Ruhepuls: bitte 20 bis 250 Schläge pro Minute.",
        en="Resting heart rate: please enter 20 to 250 beats a minute.",
    ),
    "recovery.error.hrv_range": Text(
        de="HRV: bitte einen Wert von 1 bis 300 ms.", en="HRV: please enter 1 to 300 ms."
    ),
    "recovery.error.vo2_max_range": Text(
        de="VO2max: bitte 10 bis 100 ml/kg/min.", en="VO2 max: please enter 10 to 100 ml/kg/min."
    ),
    "recovery.error.spo2_range": Text(
        de="SpO2: bitte 50 bis 100 %.", en="SpO2: please enter 50 to 100 %."
    ),
    "recovery.error.respiratory_rate_range": Text(
        de="Atemfrequenz: bitte 4 bis 60 Atemzüge pro Minute.",
        en="Breathing rate: please enter 4 to 60 breaths a minute.",
    ),
    "recovery.error.sleep_span": Text(
        de="Bett- und Aufwachzeit sind gleich: bitte prüfen.",
        en="Bed and wake time are the same: please check.",
    ),
    "recovery.error.stage_range": Text(
        de="Bitte ganze Minuten von 0 bis 1440.", en="Please enter whole minutes, 0 to 1440."
    ),
    "recovery.error.stages_too_long": Text(
        de="Die Schlafphasen ergeben mehr als die {minutes} Minuten im Bett.",
        en="The sleep stages add up to more than the {minutes} minutes in bed.",
    ),
    "recovery.error.quality_range": Text(de="Bitte 1 bis 5 wählen.", en="Please choose 1 to 5."),
    "recovery.error.rest_exists": Text(
        de="An diesem Tag ruht dieser Bereich schon.", en="This focus already rests on that day."
    ),
    "recovery.error.rest_too_far": Text(
        de="Ruhetage lassen sich bis zu einem Jahr im Voraus planen.",
        en="Rest days can be planned up to a year ahead.",
    ),
    "recovery.error.bp_order": Text(
        de="Der systolische Wert muss höher sein als der diastolische.",
        en="The systolic value must be higher than the diastolic one.",
    ),
}
