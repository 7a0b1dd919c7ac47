"""The prompts a new installation starts with: six base prompts and the
original's three-stage pipeline (body trend, nutrition, overall analysis that
reads both), in German and English. Seeded once; admins own them after that.

Every `{{name}}` is a placeholder of the registry (domain/placeholders.py);
`{{body_trend}}` and `{{nutrition}}` in stage 3 are the outputs of stages 1 and 2.
"""

from __future__ import annotations

from mitai_app.ai.prompts import PromptSpec, Stage, StagePrompt

# Sent with every prompt as the system message, in the reader's language.
SYSTEM_PROMPT = {
    "de": (
        "Du bist ein sachlicher Coach für Gesundheit und Fitness. Du wertest nur die Zahlen "
        "aus, die dir genannt werden, und zitierst sie; du erfindest keine Werte. Wo Daten "
        "fehlen, sagst du das. Du stellst keine Diagnosen und empfiehlst bei auffälligen "
        "Werten ärztlichen Rat. Antworte auf Deutsch in Markdown."
    ),
    "en": (
        "You are a matter-of-fact health and fitness coach. You analyse only the numbers you "
        "are given and cite them; you never invent values. Where data is missing, you say so. "
        "You do not diagnose, and you suggest medical advice for worrying values. Answer in "
        "English, in Markdown."
    ),
}


def system_prompt(lang: str) -> str:
    return SYSTEM_PROMPT["de" if lang == "de" else "en"]


_PROFILE_DE = "Profil: Alter {{profile_age}}, Geschlecht {{profile_sex}}."
_PROFILE_EN = "Profile: age {{profile_age}}, sex {{profile_sex}}."

BASE_PROMPTS: tuple[PromptSpec, ...] = (
    PromptSpec(
        slug="body_composition",
        title="Körperzusammensetzung",
        category="body",
        description="Gewichtsverlauf, Körperfett und Umfänge.",
        template=(
            f"{_PROFILE_DE}\n"
            "Gewicht: aktuell {{weight_latest}}, Schnitt 7 Tage {{weight_avg_7d}}, "
            "Schnitt 30 Tage {{weight_avg_30d}}, Trend pro Woche {{weight_trend_weekly_kg}}.\n"
            "Veränderung in 30 Tagen {{weight_change_30d}}, Zielgewicht {{goal_weight}}.\n"
            "BMI {{bmi}}, Körperfett {{body_fat_latest}}, Magermasse {{lean_mass}}, "
            "FFMI {{ffmi}}, Taille {{waist_latest}}, Taille/Größe {{whtr}}.\n\n"
            "Beschreibe in höchstens 150 Wörtern, wie sich Gewicht und Körperzusammensetzung "
            "entwickeln, und nenne eine konkrete Empfehlung."
        ),
        template_en=(
            f"{_PROFILE_EN}\n"
            "Weight: latest {{weight_latest}}, 7-day average {{weight_avg_7d}}, "
            "30-day average {{weight_avg_30d}}, weekly trend {{weight_trend_weekly_kg}}.\n"
            "Change in 30 days {{weight_change_30d}}, goal weight {{goal_weight}}.\n"
            "BMI {{bmi}}, body fat {{body_fat_latest}}, lean mass {{lean_mass}}, "
            "FFMI {{ffmi}}, waist {{waist_latest}}, waist-to-height {{whtr}}.\n\n"
            "In at most 150 words, describe how weight and body composition are developing, "
            "and give one concrete recommendation."
        ),
    ),
    PromptSpec(
        slug="nutrition",
        title="Ernährung",
        category="nutrition",
        description="Energie und Eiweiß der letzten Woche im Verhältnis zum Gewicht.",
        template=(
            f"{_PROFILE_DE}\n"
            "Ernährung (Schnitt 7 Tage): {{kcal_avg_7d}}, Eiweiß {{protein_avg_7d}} "
            "({{protein_per_kg_7d}}), Kohlenhydrate {{carbs_avg_7d}}, Fett {{fat_avg_7d}}, "
            "Ballaststoffe {{fiber_avg_7d}}, Wasser {{water_avg_7d}}.\n"
            "Tage mit Ernährungsdaten in 30 Tagen: {{nutrition_days_30d}}.\n"
            "Gewicht aktuell {{weight_latest}}, Trend pro Woche {{weight_trend_weekly_kg}}.\n\n"
            "Bewerte in höchstens 150 Wörtern Energie- und Eiweißzufuhr im Verhältnis zum "
            "Gewichtsverlauf und nenne eine konkrete Empfehlung."
        ),
        template_en=(
            f"{_PROFILE_EN}\n"
            "Nutrition (7-day average): {{kcal_avg_7d}}, protein {{protein_avg_7d}} "
            "({{protein_per_kg_7d}}), carbohydrates {{carbs_avg_7d}}, fat {{fat_avg_7d}}, "
            "fibre {{fiber_avg_7d}}, water {{water_avg_7d}}.\n"
            "Days with nutrition data in 30 days: {{nutrition_days_30d}}.\n"
            "Weight latest {{weight_latest}}, weekly trend {{weight_trend_weekly_kg}}.\n\n"
            "In at most 150 words, assess energy and protein intake against the weight trend, "
            "and give one concrete recommendation."
        ),
    ),
    PromptSpec(
        slug="training",
        title="Training",
        category="training",
        description="Trainingshäufigkeit der letzten 30 Tage.",
        template=(
            f"{_PROFILE_DE}\n"
            "Trainingseinheiten in 30 Tagen: {{training_count_30d}} ({{training_minutes_30d}}), "
            "pro Woche {{training_per_week_28d}}, häufigste Kategorie "
            "{{training_top_category_30d}}. Ruhetage in 30 Tagen: {{rest_days_30d}}.\n"
            "Schwerpunkte: {{focus_areas}}.\n\n"
            "Bewerte in höchstens 150 Wörtern Umfang und Regelmäßigkeit des Trainings im "
            "Hinblick auf die Schwerpunkte und nenne eine konkrete Empfehlung."
        ),
        template_en=(
            f"{_PROFILE_EN}\n"
            "Training sessions in 30 days: {{training_count_30d}} ({{training_minutes_30d}}), "
            "per week {{training_per_week_28d}}, most frequent category "
            "{{training_top_category_30d}}. Rest days in 30 days: {{rest_days_30d}}.\n"
            "Focus areas: {{focus_areas}}.\n\n"
            "In at most 150 words, assess the amount and regularity of training against the "
            "focus areas, and give one concrete recommendation."
        ),
    ),
    PromptSpec(
        slug="sleep_recovery",
        title="Schlaf und Erholung",
        category="recovery",
        description="Schlafdauer und Ruhepuls der letzten Woche.",
        template=(
            f"{_PROFILE_DE}\n"
            "Schlaf (Schnitt 7 Tage): {{sleep_avg_7d_h}}, 30 Tage {{sleep_avg_30d_h}}, "
            "Qualität {{sleep_quality_avg_7d}}, kurze Nächte in 30 Tagen "
            "{{sleep_short_nights_30d}}.\n"
            "Ruhepuls (Schnitt 7 Tage): {{resting_hr_avg_7d}}, HRV {{hrv_avg_7d}}.\n"
            "Trainingseinheiten in 30 Tagen: {{training_count_30d}}.\n\n"
            "Bewerte in höchstens 150 Wörtern Schlaf und Erholung und nenne eine konkrete "
            "Empfehlung."
        ),
        template_en=(
            f"{_PROFILE_EN}\n"
            "Sleep (7-day average): {{sleep_avg_7d_h}}, 30 days {{sleep_avg_30d_h}}, "
            "quality {{sleep_quality_avg_7d}}, short nights in 30 days "
            "{{sleep_short_nights_30d}}.\n"
            "Resting heart rate (7-day average): {{resting_hr_avg_7d}}, HRV {{hrv_avg_7d}}.\n"
            "Training sessions in 30 days: {{training_count_30d}}.\n\n"
            "In at most 150 words, assess sleep and recovery, and give one concrete "
            "recommendation."
        ),
    ),
    PromptSpec(
        slug="vitals_blood_pressure",
        title="Vitalwerte und Blutdruck",
        category="vitals",
        description="Ruhepuls und Blutdruck.",
        template=(
            f"{_PROFILE_DE}\n"
            "Ruhepuls (Schnitt 7 Tage): {{resting_hr_avg_7d}}, 30 Tage {{resting_hr_avg_30d}}. "
            "HRV (30 Tage) {{hrv_avg_30d}}, VO2max {{vo2max_latest}}, SpO2 {{spo2_avg_7d}}.\n"
            "Blutdruck (Schnitt 30 Tage): {{bp_systolic_avg_30d}} / {{bp_diastolic_avg_30d}}, "
            "zuletzt {{bp_latest}}; erhöhte Messungen {{bp_high_count_30d}} von "
            "{{bp_count_30d}}.\n\n"
            "Ordne die Werte in höchstens 150 Wörtern ein (ohne Diagnose) und sage, wann "
            "ärztlicher Rat sinnvoll ist."
        ),
        template_en=(
            f"{_PROFILE_EN}\n"
            "Resting heart rate (7-day average): {{resting_hr_avg_7d}}, 30 days "
            "{{resting_hr_avg_30d}}. HRV (30 days) {{hrv_avg_30d}}, VO2max {{vo2max_latest}}, "
            "SpO2 {{spo2_avg_7d}}.\n"
            "Blood pressure (30-day average): {{bp_systolic_avg_30d}} / {{bp_diastolic_avg_30d}}, "
            "latest {{bp_latest}}; raised readings {{bp_high_count_30d}} of "
            "{{bp_count_30d}}.\n\n"
            "In at most 150 words, put the values in context (no diagnosis) and say when "
            "medical advice makes sense."
        ),
    ),
    PromptSpec(
        slug="goals_progress",
        title="Ziele und Fortschritt",
        category="goals",
        description="Aktive Ziele und der Weg dorthin.",
        template=(
            f"{_PROFILE_DE}\n"
            "Aktive Ziele: {{goals_active}}. Hauptziel: {{goal_primary}} "
            "(Fortschritt {{goal_primary_progress}}).\n"
            "Gewicht aktuell {{weight_latest}}, Ziel {{goal_weight}}, Abstand zum Ziel "
            "{{goal_weight_remaining}}, Trend pro Woche {{weight_trend_weekly_kg}}.\n"
            "Schwerpunkte: {{focus_areas}}.\n\n"
            "Beschreibe in höchstens 150 Wörtern, wie nah die Ziele sind, und nenne den "
            "nächsten sinnvollen Schritt."
        ),
        template_en=(
            f"{_PROFILE_EN}\n"
            "Active goals: {{goals_active}}. Main goal: {{goal_primary}} "
            "(progress {{goal_primary_progress}}).\n"
            "Weight latest {{weight_latest}}, goal {{goal_weight}}, "
            "distance to the goal {{goal_weight_remaining}}, weekly trend {{weight_trend_weekly_kg}}.\n"
            "Focus areas: {{focus_areas}}.\n\n"
            "In at most 150 words, describe how close the goals are, and name the next "
            "sensible step."
        ),
    ),
)

PIPELINE = PromptSpec(
    slug="pipeline",
    title="Gesamtanalyse (3 Stufen)",
    type="pipeline",
    category="overall",
    description="Körpertrend, dann Ernährung, dann eine Gesamtanalyse aus beiden.",
    stages=(
        Stage(
            name="Körpertrend",
            prompts=(StagePrompt(output_key="body_trend", slug="body_composition"),),
        ),
        Stage(
            name="Ernährung",
            prompts=(StagePrompt(output_key="nutrition", slug="nutrition"),),
        ),
        Stage(
            name="Gesamtanalyse",
            prompts=(
                StagePrompt(
                    output_key="overall",
                    template=(
                        f"{_PROFILE_DE}\n"
                        "Aktive Ziele: {{goals_active}}.\n\n"
                        "Analyse des Körpertrends:\n{{body_trend}}\n\n"
                        "Analyse der Ernährung:\n{{nutrition}}\n\n"
                        "Fasse beide Analysen zu einer Gesamtanalyse zusammen: was gut läuft, "
                        "was nicht, und die drei wichtigsten nächsten Schritte."
                    ),
                    template_en=(
                        f"{_PROFILE_EN}\n"
                        "Active goals: {{goals_active}}.\n\n"
                        "Body trend analysis:\n{{body_trend}}\n\n"
                        "Nutrition analysis:\n{{nutrition}}\n\n"
                        "Combine both analyses into an overall analysis: what is going well, "
                        "what is not, and the three most important next steps."
                    ),
                ),
            ),
        ),
    ),
)

DEFAULT_PROMPTS: tuple[PromptSpec, ...] = (*BASE_PROMPTS, PIPELINE)

# The seeded titles, descriptions and stage names are stored in German (the
# table has one title column); English readers see these while an admin has
# not changed them.
_ENGLISH = {
    "Körperzusammensetzung": "Body composition",
    "Gewichtsverlauf, Körperfett und Umfänge.": "Weight trend, body fat and circumferences.",
    "Ernährung": "Nutrition",
    "Energie und Eiweiß der letzten Woche im Verhältnis zum Gewicht.": (
        "Last week's energy and protein against the weight trend."
    ),
    "Training": "Training",
    "Trainingshäufigkeit der letzten 30 Tage.": "Training frequency over the last 30 days.",
    "Schlaf und Erholung": "Sleep and recovery",
    "Schlafdauer und Ruhepuls der letzten Woche.": "Last week's sleep and resting heart rate.",
    "Vitalwerte und Blutdruck": "Vitals and blood pressure",
    "Ruhepuls und Blutdruck.": "Resting heart rate and blood pressure.",
    "Ziele und Fortschritt": "Goals and progress",
    "Aktive Ziele und der Weg dorthin.": "Active goals and the way there.",
    "Gesamtanalyse (3 Stufen)": "Overall analysis (3 stages)",
    "Körpertrend, dann Ernährung, dann eine Gesamtanalyse aus beiden.": (
        "Body trend, then nutrition, then an overall analysis of both."
    ),
    "Körpertrend": "Body trend",
    "Gesamtanalyse": "Overall analysis",
}


def localized(text: str, lang: str) -> str:
    """A seeded German title, description or stage name in the reader's language."""
    return _ENGLISH.get(text, text) if lang == "en" else text
