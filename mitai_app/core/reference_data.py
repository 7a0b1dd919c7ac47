"""Reference data shipped with Mitai Jinkendo.

Membership tiers, features and their per-tier limits, the training type
catalogue (29 types in 7 categories), focus areas (26 in 7 categories), goal
types, global training parameters for the activity quality filter, and the
default app settings.

Pure data: frozen dataclasses and tuples, standard library only. The seeding
service inserts every record whose key (``id``, ``key`` or ``type_key``) is
missing and leaves existing rows alone: once seeded, admins own the values.
Texts come in German and English; German is the product's primary language.
"""

from __future__ import annotations

from dataclasses import dataclass

# --------------------------------------------------------------------------
# Membership: tiers, features, limits
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class TierSeed:
    id: str
    name_de: str
    name_en: str
    description_de: str
    description_en: str
    price_monthly: float | None
    price_yearly: float | None
    trial_days: int | None
    sort_order: int


TIERS: tuple[TierSeed, ...] = (
    TierSeed(
        id="free",
        name_de="Kostenlos",
        name_en="Free",
        description_de=(
            "Der Einstieg: unbegrenztes Tracking aller Körper- und "
            "Trainingsdaten, wenige KI-Auswertungen pro Monat."
        ),
        description_en=(
            "The starting point: unlimited tracking of all body and training "
            "data, a few AI analyses per month."
        ),
        price_monthly=0.0,
        price_yearly=0.0,
        trial_days=None,
        sort_order=1,
    ),
    TierSeed(
        id="plus",
        name_de="Plus",
        name_en="Plus",
        description_de=(
            "Für regelmäßige Nutzung: mehr KI-Auswertungen, die KI-Pipeline, "
            "mehr Fotos, Exporte und Importe."
        ),
        description_en=(
            "For regular use: more AI analyses, the AI pipeline, more photos, exports and imports."
        ),
        price_monthly=4.99,
        price_yearly=49.99,
        trial_days=None,
        sort_order=2,
    ),
    TierSeed(
        id="premium",
        name_de="Premium",
        name_en="Premium",
        description_de="Alle Funktionen ohne Limits.",
        description_en="Every feature, no limits.",
        price_monthly=9.99,
        price_yearly=99.99,
        trial_days=None,
        sort_order=3,
    ),
    TierSeed(
        id="trial",
        name_de="Testphase",
        name_en="Trial",
        description_de=(
            "Zeitlich begrenzter Testzugang mit vollem Funktionsumfang; "
            "danach gilt wieder der eigene Tarif."
        ),
        description_en=(
            "Time-limited trial with every feature; afterwards the account's "
            "own tier applies again."
        ),
        price_monthly=None,
        price_yearly=None,
        trial_days=14,
        sort_order=4,
    ),
    TierSeed(
        id="selfhosted",
        name_de="Selbst gehostet",
        name_en="Self-hosted",
        description_de=(
            "Eigene Installation für den Haushalt: alle Funktionen ohne "
            "Limits, die Daten bleiben auf dem eigenen Server."
        ),
        description_en=(
            "Your own household installation: every feature without limits, "
            "the data stays on your own server."
        ),
        price_monthly=None,
        price_yearly=None,
        trial_days=None,
        sort_order=5,
    ),
)


@dataclass(frozen=True)
class FeatureSeed:
    """A limitable feature.

    ``default_limit`` is the fallback when a tier has no limit row:
    ``None`` means unlimited, ``0`` disabled. ``limit_type`` is one of
    ``'daily'``, ``'monthly'`` or ``'total'`` and applies to every tier.
    """

    id: str
    name_de: str
    name_en: str
    description_de: str
    description_en: str
    category: str
    default_limit: int | None
    limit_type: str


LIMIT_TYPES: tuple[str, ...] = ("daily", "monthly", "total")

FEATURE_CATEGORIES: tuple[str, ...] = ("tracking", "ai", "data", "goals")

FEATURES: tuple[FeatureSeed, ...] = (
    FeatureSeed(
        id="weight_entries",
        name_de="Gewichtseinträge",
        name_en="Weight entries",
        description_de="Tägliche Gewichtsmessungen erfassen.",
        description_en="Record daily weight measurements.",
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
    FeatureSeed(
        id="circumference_entries",
        name_de="Umfangsmessungen",
        name_en="Circumference entries",
        description_de="Körperumfänge wie Taille, Hüfte und Brust erfassen.",
        description_en="Record body circumferences such as waist, hips and chest.",
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
    FeatureSeed(
        id="caliper_entries",
        name_de="Caliper-Messungen",
        name_en="Caliper entries",
        description_de="Hautfaltenmessungen erfassen und den Körperfettanteil berechnen.",
        description_en="Record skinfold measurements and calculate body fat.",
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
    FeatureSeed(
        id="activity_entries",
        name_de="Trainingseinträge",
        name_en="Activity entries",
        description_de="Trainings und Aktivitäten erfassen oder importieren.",
        description_en="Record or import workouts and activities.",
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
    FeatureSeed(
        id="nutrition_entries",
        name_de="Ernährungseinträge",
        name_en="Nutrition entries",
        description_de="Kalorien, Makronährstoffe und Wasser pro Tag erfassen.",
        description_en="Record daily calories, macronutrients and water.",
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
    FeatureSeed(
        id="sleep_entries",
        name_de="Schlafeinträge",
        name_en="Sleep entries",
        description_de="Schlafdauer, Schlafphasen und Schlafqualität erfassen.",
        description_en="Record sleep duration, sleep stages and sleep quality.",
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
    FeatureSeed(
        id="vitals_entries",
        name_de="Vitalwerte",
        name_en="Vitals entries",
        description_de="Morgenmessung von Ruhepuls, HRV, VO2max, SpO2 und Atemfrequenz.",
        description_en="Morning baseline of resting heart rate, HRV, VO2 max, SpO2 and breathing rate.",
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
    FeatureSeed(
        id="blood_pressure_entries",
        name_de="Blutdruckmessungen",
        name_en="Blood pressure entries",
        description_de="Blutdruck und Puls mehrmals täglich mit Kontext erfassen.",
        description_en="Record blood pressure and pulse several times a day, with context.",
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
    FeatureSeed(
        id="rest_day_entries",
        name_de="Ruhetage",
        name_en="Rest days",
        description_de="Ruhetage für Kraft, Ausdauer oder Entspannung planen und erfassen.",
        description_en="Plan and record rest days for strength, cardio or relaxation.",
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
    FeatureSeed(
        id="photo_uploads",
        name_de="Fortschrittsfotos",
        name_en="Progress photos",
        description_de="Fotos hochladen, um die körperliche Entwicklung zu vergleichen.",
        description_en="Upload photos to compare your physical progress.",
        category="tracking",
        default_limit=10,
        limit_type="total",
    ),
    FeatureSeed(
        id="ai_calls",
        name_de="KI-Auswertungen",
        name_en="AI analyses",
        description_de="Einzelne KI-Auswertungen der eigenen Daten.",
        description_en="Individual AI analyses of your own data.",
        category="ai",
        default_limit=3,
        limit_type="monthly",
    ),
    FeatureSeed(
        id="ai_pipeline",
        name_de="KI-Gesamtanalyse",
        name_en="AI full analysis",
        description_de=(
            "Mehrstufige Analyse: Gewichtstrend, Ernährung und eine "
            "zusammenfassende Gesamtbewertung."
        ),
        description_en=(
            "Multi-stage analysis: weight trend, nutrition and an overall "
            "assessment that combines both."
        ),
        category="ai",
        default_limit=0,
        limit_type="monthly",
    ),
    FeatureSeed(
        id="data_export",
        name_de="Datenexport",
        name_en="Data export",
        description_de="Alle eigenen Daten als CSV, JSON oder ZIP herunterladen.",
        description_en="Download all your data as CSV, JSON or ZIP.",
        category="data",
        default_limit=1,
        limit_type="monthly",
    ),
    FeatureSeed(
        id="data_import",
        name_de="Datenimport",
        name_en="Data import",
        description_de="Daten aus Apple Health, Omron und anderen CSV-Quellen importieren.",
        description_en="Import data from Apple Health, Omron and other CSV sources.",
        category="data",
        default_limit=0,
        limit_type="monthly",
    ),
    FeatureSeed(
        id="goals",
        name_de="Ziele",
        name_en="Goals",
        description_de="Aktive Ziele mit Fortschrittsverfolgung.",
        description_en="Active goals with progress tracking.",
        category="goals",
        default_limit=3,
        limit_type="total",
    ),
)

_TRACKING_UNLIMITED: dict[str, int | None] = {
    "weight_entries": None,
    "circumference_entries": None,
    "caliper_entries": None,
    "activity_entries": None,
    "nutrition_entries": None,
    "sleep_entries": None,
    "vitals_entries": None,
    "blood_pressure_entries": None,
    "rest_day_entries": None,
}

_ALL_UNLIMITED: dict[str, int | None] = {
    **_TRACKING_UNLIMITED,
    "photo_uploads": None,
    "ai_calls": None,
    "ai_pipeline": None,
    "data_export": None,
    "data_import": None,
    "goals": None,
}

TIER_LIMITS: dict[str, dict[str, int | None]] = {
    "free": {
        **_TRACKING_UNLIMITED,
        "photo_uploads": 10,
        "ai_calls": 3,
        "ai_pipeline": 0,
        "data_export": 1,
        "data_import": 0,
        "goals": 3,
    },
    "plus": {
        **_TRACKING_UNLIMITED,
        "photo_uploads": 100,
        "ai_calls": 30,
        "ai_pipeline": 4,
        "data_export": 10,
        "data_import": 10,
        "goals": 10,
    },
    "premium": dict(_ALL_UNLIMITED),
    "trial": dict(_ALL_UNLIMITED),
    "selfhosted": dict(_ALL_UNLIMITED),
}

# --------------------------------------------------------------------------
# Training types
# --------------------------------------------------------------------------

ABILITY_KEYS: tuple[str, ...] = (
    "kraft",
    "ausdauer",
    "beweglichkeit",
    "schnelligkeit",
    "koordination",
    "balance",
    "geist",
)


@dataclass(frozen=True)
class TrainingCategorySeed:
    key: str
    name_de: str
    name_en: str
    color: str
    icon: str
    sort_order: int


TRAINING_CATEGORIES: tuple[TrainingCategorySeed, ...] = (
    TrainingCategorySeed("cardio", "Ausdauer", "Cardio", "#EF4444", "heart-pulse", 1),
    TrainingCategorySeed("strength", "Kraft", "Strength", "#F97316", "dumbbell", 2),
    TrainingCategorySeed("martial_arts", "Kampfsport", "Martial arts", "#4F46E5", "swords", 3),
    TrainingCategorySeed("mobility", "Beweglichkeit", "Mobility", "#10B981", "flower-2", 4),
    TrainingCategorySeed("ball_sports", "Ballsport", "Ball sports", "#EAB308", "volleyball", 5),
    TrainingCategorySeed("mind", "Geist & Entspannung", "Mind & relaxation", "#8B5CF6", "brain", 6),
    TrainingCategorySeed("outdoor", "Outdoor", "Outdoor", "#0EA5E9", "mountain", 7),
)


@dataclass(frozen=True)
class TrainingTypeSeed:
    """A training type; ``abilities`` rates it 0..100 on each of ABILITY_KEYS."""

    key: str
    name_de: str
    name_en: str
    category: str
    color: str
    icon: str
    description_de: str
    description_en: str
    abilities: dict[str, int]


TRAINING_TYPES: tuple[TrainingTypeSeed, ...] = (
    # cardio
    TrainingTypeSeed(
        key="running",
        name_de="Laufen",
        name_en="Running",
        category="cardio",
        color="#EF4444",
        icon="activity",
        description_de="Joggen, Dauerlauf, Intervall- und Tempoläufe.",
        description_en="Jogging, steady runs, intervals and tempo runs.",
        abilities={
            "kraft": 20,
            "ausdauer": 90,
            "beweglichkeit": 20,
            "schnelligkeit": 50,
            "koordination": 40,
            "balance": 30,
            "geist": 30,
        },
    ),
    TrainingTypeSeed(
        key="cycling",
        name_de="Radfahren",
        name_en="Cycling",
        category="cardio",
        color="#EF4444",
        icon="bike",
        description_de="Rennrad, Mountainbike, Indoor-Cycling und Ergometer.",
        description_en="Road bike, mountain bike, indoor cycling and ergometer.",
        abilities={
            "kraft": 35,
            "ausdauer": 85,
            "beweglichkeit": 15,
            "schnelligkeit": 40,
            "koordination": 35,
            "balance": 35,
            "geist": 20,
        },
    ),
    TrainingTypeSeed(
        key="swimming",
        name_de="Schwimmen",
        name_en="Swimming",
        category="cardio",
        color="#EF4444",
        icon="waves",
        description_de="Bahnen- und Freiwasserschwimmen in allen Lagen.",
        description_en="Pool and open-water swimming in every stroke.",
        abilities={
            "kraft": 40,
            "ausdauer": 85,
            "beweglichkeit": 45,
            "schnelligkeit": 35,
            "koordination": 60,
            "balance": 30,
            "geist": 25,
        },
    ),
    TrainingTypeSeed(
        key="rowing",
        name_de="Rudern",
        name_en="Rowing",
        category="cardio",
        color="#EF4444",
        icon="sailboat",
        description_de="Rudern auf dem Wasser oder am Rudergerät.",
        description_en="Rowing on the water or on a rowing machine.",
        abilities={
            "kraft": 60,
            "ausdauer": 80,
            "beweglichkeit": 25,
            "schnelligkeit": 30,
            "koordination": 45,
            "balance": 20,
            "geist": 25,
        },
    ),
    TrainingTypeSeed(
        key="hiit",
        name_de="HIIT",
        name_en="HIIT",
        category="cardio",
        color="#EF4444",
        icon="zap",
        description_de="Hochintensives Intervalltraining mit kurzen Pausen.",
        description_en="High-intensity interval training with short breaks.",
        abilities={
            "kraft": 55,
            "ausdauer": 75,
            "beweglichkeit": 25,
            "schnelligkeit": 75,
            "koordination": 45,
            "balance": 30,
            "geist": 35,
        },
    ),
    # strength
    TrainingTypeSeed(
        key="strength_training",
        name_de="Krafttraining",
        name_en="Strength training",
        category="strength",
        color="#F97316",
        icon="dumbbell",
        description_de="Training mit Hanteln, Geräten und Zusatzgewichten.",
        description_en="Training with free weights, machines and added load.",
        abilities={
            "kraft": 90,
            "ausdauer": 25,
            "beweglichkeit": 25,
            "schnelligkeit": 30,
            "koordination": 35,
            "balance": 25,
            "geist": 30,
        },
    ),
    TrainingTypeSeed(
        key="bodyweight",
        name_de="Eigengewichtstraining",
        name_en="Bodyweight training",
        category="strength",
        color="#F97316",
        icon="person-standing",
        description_de="Calisthenics: Liegestütze, Klimmzüge, Dips und Kniebeugen ohne Geräte.",
        description_en="Calisthenics: push-ups, pull-ups, dips and squats without equipment.",
        abilities={
            "kraft": 75,
            "ausdauer": 45,
            "beweglichkeit": 40,
            "schnelligkeit": 35,
            "koordination": 55,
            "balance": 50,
            "geist": 30,
        },
    ),
    TrainingTypeSeed(
        key="functional_training",
        name_de="Funktionelles Training",
        name_en="Functional training",
        category="strength",
        color="#F97316",
        icon="biceps-flexed",
        description_de="Ganzkörperübungen mit Kettlebells, Schlingentrainer und Medizinball.",
        description_en="Full-body exercises with kettlebells, suspension trainer and medicine ball.",
        abilities={
            "kraft": 65,
            "ausdauer": 60,
            "beweglichkeit": 45,
            "schnelligkeit": 50,
            "koordination": 60,
            "balance": 55,
            "geist": 30,
        },
    ),
    # martial arts
    TrainingTypeSeed(
        key="karate",
        name_de="Karate",
        name_en="Karate",
        category="martial_arts",
        color="#4F46E5",
        icon="hand-fist",
        description_de="Kihon, Kata und Kumite: Schlag-, Stoß- und Tritttechniken.",
        description_en="Kihon, kata and kumite: punching, striking and kicking techniques.",
        abilities={
            "kraft": 45,
            "ausdauer": 55,
            "beweglichkeit": 60,
            "schnelligkeit": 85,
            "koordination": 85,
            "balance": 65,
            "geist": 80,
        },
    ),
    TrainingTypeSeed(
        key="judo",
        name_de="Judo",
        name_en="Judo",
        category="martial_arts",
        color="#4F46E5",
        icon="users",
        description_de="Wurf- und Bodentechniken, Fallschule und Randori.",
        description_en="Throws, groundwork, breakfalls and randori.",
        abilities={
            "kraft": 70,
            "ausdauer": 60,
            "beweglichkeit": 50,
            "schnelligkeit": 60,
            "koordination": 80,
            "balance": 80,
            "geist": 70,
        },
    ),
    TrainingTypeSeed(
        key="kendo",
        name_de="Kendo",
        name_en="Kendo",
        category="martial_arts",
        color="#4F46E5",
        icon="swords",
        description_de="Japanischer Schwertkampf mit Shinai und Rüstung (Bogu).",
        description_en="Japanese sword fighting with shinai and armour (bogu).",
        abilities={
            "kraft": 40,
            "ausdauer": 60,
            "beweglichkeit": 35,
            "schnelligkeit": 90,
            "koordination": 85,
            "balance": 60,
            "geist": 90,
        },
    ),
    TrainingTypeSeed(
        key="aikido",
        name_de="Aikido",
        name_en="Aikido",
        category="martial_arts",
        color="#4F46E5",
        icon="orbit",
        description_de="Kreisförmige Hebel- und Wurftechniken, die die Kraft des Angreifers umlenken.",
        description_en="Circular joint locks and throws that redirect the attacker's force.",
        abilities={
            "kraft": 30,
            "ausdauer": 35,
            "beweglichkeit": 70,
            "schnelligkeit": 55,
            "koordination": 85,
            "balance": 75,
            "geist": 85,
        },
    ),
    TrainingTypeSeed(
        key="boxing",
        name_de="Boxen",
        name_en="Boxing",
        category="martial_arts",
        color="#4F46E5",
        icon="shield",
        description_de="Schlagtechniken, Beinarbeit, Sandsack- und Pratzentraining, Sparring.",
        description_en="Punching technique, footwork, bag and pad work, sparring.",
        abilities={
            "kraft": 50,
            "ausdauer": 80,
            "beweglichkeit": 25,
            "schnelligkeit": 90,
            "koordination": 80,
            "balance": 50,
            "geist": 60,
        },
    ),
    TrainingTypeSeed(
        key="kickboxing",
        name_de="Kickboxen",
        name_en="Kickboxing",
        category="martial_arts",
        color="#4F46E5",
        icon="flame",
        description_de="Kombination aus Box- und Tritttechniken, auch Muay Thai.",
        description_en="Punches combined with kicks, including Muay Thai.",
        abilities={
            "kraft": 55,
            "ausdauer": 75,
            "beweglichkeit": 55,
            "schnelligkeit": 85,
            "koordination": 75,
            "balance": 60,
            "geist": 55,
        },
    ),
    # mobility
    TrainingTypeSeed(
        key="yoga",
        name_de="Yoga",
        name_en="Yoga",
        category="mobility",
        color="#10B981",
        icon="flower-2",
        description_de="Asanas, Atmung und Achtsamkeit, von Yin bis Power Yoga.",
        description_en="Asanas, breathing and mindfulness, from yin to power yoga.",
        abilities={
            "kraft": 35,
            "ausdauer": 20,
            "beweglichkeit": 90,
            "schnelligkeit": 5,
            "koordination": 55,
            "balance": 80,
            "geist": 75,
        },
    ),
    TrainingTypeSeed(
        key="pilates",
        name_de="Pilates",
        name_en="Pilates",
        category="mobility",
        color="#10B981",
        icon="circle-dot",
        description_de="Kontrollierte Übungen für Rumpfkraft, Haltung und Beweglichkeit.",
        description_en="Controlled exercises for core strength, posture and flexibility.",
        abilities={
            "kraft": 55,
            "ausdauer": 30,
            "beweglichkeit": 70,
            "schnelligkeit": 10,
            "koordination": 60,
            "balance": 70,
            "geist": 50,
        },
    ),
    TrainingTypeSeed(
        key="stretching",
        name_de="Dehnen",
        name_en="Stretching",
        category="mobility",
        color="#10B981",
        icon="stretch-horizontal",
        description_de="Statisches und dynamisches Dehnen der Muskulatur.",
        description_en="Static and dynamic stretching of the muscles.",
        abilities={
            "kraft": 5,
            "ausdauer": 5,
            "beweglichkeit": 95,
            "schnelligkeit": 0,
            "koordination": 20,
            "balance": 30,
            "geist": 40,
        },
    ),
    TrainingTypeSeed(
        key="mobility_training",
        name_de="Mobilitätstraining",
        name_en="Mobility training",
        category="mobility",
        color="#10B981",
        icon="rotate-cw",
        description_de="Gelenkmobilisation, Faszienrolle und aktive Beweglichkeit.",
        description_en="Joint mobilisation, foam rolling and active range of motion.",
        abilities={
            "kraft": 20,
            "ausdauer": 10,
            "beweglichkeit": 85,
            "schnelligkeit": 10,
            "koordination": 45,
            "balance": 50,
            "geist": 35,
        },
    ),
    # ball sports
    TrainingTypeSeed(
        key="football",
        name_de="Fußball",
        name_en="Football",
        category="ball_sports",
        color="#EAB308",
        icon="goal",
        description_de="Fußballtraining und Spiele, auch Futsal.",
        description_en="Football (soccer) training and matches, including futsal.",
        abilities={
            "kraft": 40,
            "ausdauer": 80,
            "beweglichkeit": 30,
            "schnelligkeit": 80,
            "koordination": 75,
            "balance": 50,
            "geist": 45,
        },
    ),
    TrainingTypeSeed(
        key="basketball",
        name_de="Basketball",
        name_en="Basketball",
        category="ball_sports",
        color="#EAB308",
        icon="trophy",
        description_de="Basketballtraining und Spiele.",
        description_en="Basketball training and games.",
        abilities={
            "kraft": 45,
            "ausdauer": 70,
            "beweglichkeit": 30,
            "schnelligkeit": 80,
            "koordination": 85,
            "balance": 60,
            "geist": 45,
        },
    ),
    TrainingTypeSeed(
        key="tennis",
        name_de="Tennis",
        name_en="Tennis",
        category="ball_sports",
        color="#EAB308",
        icon="target",
        description_de="Tennis, Badminton, Squash und andere Rückschlagspiele.",
        description_en="Tennis, badminton, squash and other racket sports.",
        abilities={
            "kraft": 35,
            "ausdauer": 65,
            "beweglichkeit": 40,
            "schnelligkeit": 85,
            "koordination": 90,
            "balance": 60,
            "geist": 55,
        },
    ),
    TrainingTypeSeed(
        key="volleyball",
        name_de="Volleyball",
        name_en="Volleyball",
        category="ball_sports",
        color="#EAB308",
        icon="volleyball",
        description_de="Hallen- und Beachvolleyball.",
        description_en="Indoor and beach volleyball.",
        abilities={
            "kraft": 45,
            "ausdauer": 55,
            "beweglichkeit": 40,
            "schnelligkeit": 75,
            "koordination": 80,
            "balance": 55,
            "geist": 45,
        },
    ),
    # mind
    TrainingTypeSeed(
        key="meditation",
        name_de="Meditation",
        name_en="Meditation",
        category="mind",
        color="#8B5CF6",
        icon="brain",
        description_de="Sitzmeditation, Zazen und geführte Achtsamkeitsübungen.",
        description_en="Seated meditation, zazen and guided mindfulness practice.",
        abilities={
            "kraft": 0,
            "ausdauer": 0,
            "beweglichkeit": 5,
            "schnelligkeit": 0,
            "koordination": 5,
            "balance": 10,
            "geist": 100,
        },
    ),
    TrainingTypeSeed(
        key="breathwork",
        name_de="Atemübungen",
        name_en="Breathwork",
        category="mind",
        color="#8B5CF6",
        icon="wind",
        description_de="Bewusste Atemtechniken wie Box Breathing oder Wim Hof.",
        description_en="Deliberate breathing techniques such as box breathing or Wim Hof.",
        abilities={
            "kraft": 0,
            "ausdauer": 10,
            "beweglichkeit": 5,
            "schnelligkeit": 0,
            "koordination": 10,
            "balance": 10,
            "geist": 90,
        },
    ),
    TrainingTypeSeed(
        key="tai_chi",
        name_de="Tai Chi & Qigong",
        name_en="Tai chi & qigong",
        category="mind",
        color="#8B5CF6",
        icon="leaf",
        description_de="Langsame, fließende Bewegungsfolgen mit Atem- und Achtsamkeitsfokus.",
        description_en="Slow, flowing movement sequences focused on breath and awareness.",
        abilities={
            "kraft": 15,
            "ausdauer": 20,
            "beweglichkeit": 55,
            "schnelligkeit": 5,
            "koordination": 75,
            "balance": 85,
            "geist": 85,
        },
    ),
    # outdoor
    TrainingTypeSeed(
        key="walking",
        name_de="Gehen",
        name_en="Walking",
        category="outdoor",
        color="#0EA5E9",
        icon="footprints",
        description_de="Spaziergänge, zügiges Gehen und Nordic Walking.",
        description_en="Walks, brisk walking and Nordic walking.",
        abilities={
            "kraft": 10,
            "ausdauer": 55,
            "beweglichkeit": 10,
            "schnelligkeit": 10,
            "koordination": 20,
            "balance": 25,
            "geist": 30,
        },
    ),
    TrainingTypeSeed(
        key="hiking",
        name_de="Wandern",
        name_en="Hiking",
        category="outdoor",
        color="#0EA5E9",
        icon="mountain",
        description_de="Wanderungen und Bergtouren im Gelände.",
        description_en="Hikes and mountain tours on trails.",
        abilities={
            "kraft": 35,
            "ausdauer": 75,
            "beweglichkeit": 20,
            "schnelligkeit": 10,
            "koordination": 40,
            "balance": 50,
            "geist": 40,
        },
    ),
    TrainingTypeSeed(
        key="climbing",
        name_de="Klettern",
        name_en="Climbing",
        category="outdoor",
        color="#0EA5E9",
        icon="mountain-snow",
        description_de="Bouldern, Sport- und Alpinklettern, drinnen wie draußen.",
        description_en="Bouldering, sport and alpine climbing, indoors and out.",
        abilities={
            "kraft": 75,
            "ausdauer": 50,
            "beweglichkeit": 60,
            "schnelligkeit": 20,
            "koordination": 80,
            "balance": 75,
            "geist": 65,
        },
    ),
    TrainingTypeSeed(
        key="skiing",
        name_de="Wintersport",
        name_en="Winter sports",
        category="outdoor",
        color="#0EA5E9",
        icon="snowflake",
        description_de="Ski alpin, Langlauf, Skitouren und Snowboarden.",
        description_en="Alpine and cross-country skiing, ski touring and snowboarding.",
        abilities={
            "kraft": 55,
            "ausdauer": 60,
            "beweglichkeit": 30,
            "schnelligkeit": 55,
            "koordination": 80,
            "balance": 90,
            "geist": 40,
        },
    ),
)

# --------------------------------------------------------------------------
# Focus areas
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class FocusCategorySeed:
    key: str
    name_de: str
    name_en: str
    sort_order: int


FOCUS_AREA_CATEGORIES: tuple[FocusCategorySeed, ...] = (
    FocusCategorySeed("body_composition", "Körperzusammensetzung", "Body composition", 1),
    FocusCategorySeed("strength", "Kraft", "Strength", 2),
    FocusCategorySeed("endurance", "Ausdauer", "Endurance", 3),
    FocusCategorySeed("mobility", "Beweglichkeit", "Mobility", 4),
    FocusCategorySeed("coordination", "Koordination & Technik", "Coordination & skill", 5),
    FocusCategorySeed("mind", "Geist", "Mind", 6),
    FocusCategorySeed("health", "Gesundheit & Erholung", "Health & recovery", 7),
)


@dataclass(frozen=True)
class FocusAreaSeed:
    key: str
    name_de: str
    name_en: str
    category: str
    description_de: str
    description_en: str
    sort_order: int


FOCUS_AREAS: tuple[FocusAreaSeed, ...] = (
    # body_composition
    FocusAreaSeed(
        key="weight_loss",
        name_de="Gewicht reduzieren",
        name_en="Weight loss",
        category="body_composition",
        description_de="Körpergewicht nachhaltig über ein moderates Kaloriendefizit senken.",
        description_en="Lower body weight sustainably through a moderate calorie deficit.",
        sort_order=1,
    ),
    FocusAreaSeed(
        key="fat_loss",
        name_de="Fett abbauen",
        name_en="Fat loss",
        category="body_composition",
        description_de="Körperfettanteil senken und dabei Muskelmasse erhalten.",
        description_en="Reduce body fat percentage while preserving muscle mass.",
        sort_order=2,
    ),
    FocusAreaSeed(
        key="muscle_gain",
        name_de="Muskelaufbau",
        name_en="Muscle gain",
        category="body_composition",
        description_de="Muskelmasse durch Krafttraining und ausreichend Protein aufbauen.",
        description_en="Build muscle mass through strength training and enough protein.",
        sort_order=3,
    ),
    FocusAreaSeed(
        key="body_recomposition",
        name_de="Körperumbau",
        name_en="Body recomposition",
        category="body_composition",
        description_de="Gleichzeitig Fett abbauen und Muskeln aufbauen bei etwa gleichem Gewicht.",
        description_en="Lose fat and build muscle at the same time at roughly constant weight.",
        sort_order=4,
    ),
    # strength
    FocusAreaSeed(
        key="max_strength",
        name_de="Maximalkraft",
        name_en="Maximal strength",
        category="strength",
        description_de="Die höchstmögliche Kraft bei einer einzelnen Wiederholung steigern.",
        description_en="Increase the most force you can produce in a single repetition.",
        sort_order=5,
    ),
    FocusAreaSeed(
        key="strength_endurance",
        name_de="Kraftausdauer",
        name_en="Strength endurance",
        category="strength",
        description_de="Kraft über viele Wiederholungen und längere Belastungen halten.",
        description_en="Sustain force over many repetitions and longer efforts.",
        sort_order=6,
    ),
    FocusAreaSeed(
        key="explosive_power",
        name_de="Schnellkraft",
        name_en="Explosive power",
        category="strength",
        description_de="Kraft in kürzester Zeit entfalten, etwa für Sprünge, Würfe und Schläge.",
        description_en="Produce force in the shortest time, e.g. for jumps, throws and strikes.",
        sort_order=7,
    ),
    FocusAreaSeed(
        key="core_strength",
        name_de="Rumpfkraft",
        name_en="Core strength",
        category="strength",
        description_de="Bauch- und Rückenmuskulatur für Stabilität und Kraftübertragung stärken.",
        description_en="Strengthen abdominal and back muscles for stability and power transfer.",
        sort_order=8,
    ),
    # endurance
    FocusAreaSeed(
        key="aerobic_endurance",
        name_de="Grundlagenausdauer",
        name_en="Aerobic endurance",
        category="endurance",
        description_de="Lange, moderate Belastungen durchhalten; Basis für Herz und Kreislauf.",
        description_en="Sustain long, moderate efforts; the base for heart and circulation.",
        sort_order=9,
    ),
    FocusAreaSeed(
        key="anaerobic_capacity",
        name_de="Anaerobe Kapazität",
        name_en="Anaerobic capacity",
        category="endurance",
        description_de="Kurze, sehr intensive Belastungen wiederholt leisten können.",
        description_en="Repeat short, very intense efforts.",
        sort_order=10,
    ),
    FocusAreaSeed(
        key="speed",
        name_de="Schnelligkeit",
        name_en="Speed",
        category="endurance",
        description_de="Bewegungs- und Sprintgeschwindigkeit verbessern.",
        description_en="Improve movement and sprint speed.",
        sort_order=11,
    ),
    # mobility
    FocusAreaSeed(
        key="flexibility",
        name_de="Dehnfähigkeit",
        name_en="Flexibility",
        category="mobility",
        description_de="Muskeln und Sehnen dehnbarer machen.",
        description_en="Make muscles and tendons more extensible.",
        sort_order=12,
    ),
    FocusAreaSeed(
        key="joint_mobility",
        name_de="Gelenkbeweglichkeit",
        name_en="Joint mobility",
        category="mobility",
        description_de="Aktiven Bewegungsumfang der Gelenke erweitern und kontrollieren.",
        description_en="Expand and control the active range of motion of the joints.",
        sort_order=13,
    ),
    FocusAreaSeed(
        key="posture",
        name_de="Haltung",
        name_en="Posture",
        category="mobility",
        description_de="Aufrechte, entlastete Körperhaltung im Alltag und beim Training.",
        description_en="Upright, well-balanced posture in daily life and in training.",
        sort_order=14,
    ),
    # coordination
    FocusAreaSeed(
        key="motor_coordination",
        name_de="Koordination",
        name_en="Coordination",
        category="coordination",
        description_de="Bewegungen präzise und ökonomisch aufeinander abstimmen.",
        description_en="Combine movements precisely and economically.",
        sort_order=15,
    ),
    FocusAreaSeed(
        key="balance",
        name_de="Gleichgewicht",
        name_en="Balance",
        category="coordination",
        description_de="Stabilität im Stand und in der Bewegung verbessern.",
        description_en="Improve stability when standing and moving.",
        sort_order=16,
    ),
    FocusAreaSeed(
        key="reaction_time",
        name_de="Reaktionsfähigkeit",
        name_en="Reaction time",
        category="coordination",
        description_de="Schneller auf Reize wie einen Angriff oder einen Ball reagieren.",
        description_en="Respond faster to cues such as an attack or a ball.",
        sort_order=17,
    ),
    FocusAreaSeed(
        key="technique",
        name_de="Technik",
        name_en="Technique",
        category="coordination",
        description_de="Sportartspezifische Techniken verfeinern, etwa Kata oder Schwungbewegungen.",
        description_en="Refine sport-specific technique, such as kata or swing mechanics.",
        sort_order=18,
    ),
    # mind
    FocusAreaSeed(
        key="concentration",
        name_de="Konzentration",
        name_en="Concentration",
        category="mind",
        description_de="Aufmerksamkeit gezielt und ausdauernd auf eine Sache richten.",
        description_en="Direct attention deliberately and steadily to one thing.",
        sort_order=19,
    ),
    FocusAreaSeed(
        key="mindfulness",
        name_de="Achtsamkeit",
        name_en="Mindfulness",
        category="mind",
        description_de="Den gegenwärtigen Moment bewusst und ohne Wertung wahrnehmen.",
        description_en="Notice the present moment deliberately and without judgement.",
        sort_order=20,
    ),
    FocusAreaSeed(
        key="mental_resilience",
        name_de="Mentale Stärke",
        name_en="Mental resilience",
        category="mind",
        description_de="Disziplin, Durchhaltevermögen und Gelassenheit unter Druck.",
        description_en="Discipline, perseverance and composure under pressure.",
        sort_order=21,
    ),
    # health
    FocusAreaSeed(
        key="cardiovascular_health",
        name_de="Herz-Kreislauf-Gesundheit",
        name_en="Cardiovascular health",
        category="health",
        description_de="Ruhepuls, HRV und VO2max als Zeichen eines gesunden Herzens verbessern.",
        description_en="Improve resting heart rate, HRV and VO2 max as signs of a healthy heart.",
        sort_order=22,
    ),
    FocusAreaSeed(
        key="blood_pressure",
        name_de="Blutdruck",
        name_en="Blood pressure",
        category="health",
        description_de="Blutdruck in den Normalbereich bringen und dort halten.",
        description_en="Bring blood pressure into the normal range and keep it there.",
        sort_order=23,
    ),
    FocusAreaSeed(
        key="sleep_quality",
        name_de="Schlafqualität",
        name_en="Sleep quality",
        category="health",
        description_de="Ausreichend und erholsam schlafen, mit regelmäßigen Schlafzeiten.",
        description_en="Get enough restful sleep on a regular schedule.",
        sort_order=24,
    ),
    FocusAreaSeed(
        key="stress_reduction",
        name_de="Stressabbau",
        name_en="Stress reduction",
        category="health",
        description_de="Alltagsstress senken und Entspannung bewusst einplanen.",
        description_en="Lower everyday stress and make deliberate time to relax.",
        sort_order=25,
    ),
    FocusAreaSeed(
        key="recovery",
        name_de="Regeneration",
        name_en="Recovery",
        category="health",
        description_de="Belastung und Erholung ausbalancieren, Ruhetage gezielt nutzen.",
        description_en="Balance training load and recovery, use rest days deliberately.",
        sort_order=26,
    ),
)

# --------------------------------------------------------------------------
# Goal types
# --------------------------------------------------------------------------

GOAL_DIRECTIONS: tuple[str, ...] = ("decrease", "increase", "target")


@dataclass(frozen=True)
class GoalTypeSeed:
    """A goal type.

    ``direction`` says which way progress counts: ``'decrease'``,
    ``'increase'`` or ``'target'`` (reach and hold a value). A goal with
    ``source_table`` set but ``source_column`` None is computed from that
    table (e.g. counted); with both None it is computed from other values or
    tracked manually in goal_progress_log.
    """

    type_key: str
    display_name_de: str
    display_name_en: str
    category: str
    unit: str | None
    description_de: str
    description_en: str
    direction: str
    source_table: str | None
    source_column: str | None
    sort_order: int


GOAL_TYPES: tuple[GoalTypeSeed, ...] = (
    GoalTypeSeed(
        type_key="weight",
        display_name_de="Gewicht",
        display_name_en="Weight",
        category="body",
        unit="kg",
        description_de="Zielgewicht erreichen und halten.",
        description_en="Reach and hold a target body weight.",
        direction="target",
        source_table="weight_log",
        source_column="weight",
        sort_order=1,
    ),
    GoalTypeSeed(
        type_key="body_fat",
        display_name_de="Körperfettanteil",
        display_name_en="Body fat",
        category="body",
        unit="%",
        description_de="Körperfettanteil laut Caliper-Messung senken.",
        description_en="Lower body fat percentage as measured by caliper.",
        direction="decrease",
        source_table="caliper_log",
        source_column="body_fat_pct",
        sort_order=2,
    ),
    GoalTypeSeed(
        type_key="lean_mass",
        display_name_de="Fettfreie Masse",
        display_name_en="Lean mass",
        category="body",
        unit="kg",
        description_de="Fettfreie Masse steigern; berechnet aus Gewicht und Körperfettanteil.",
        description_en="Increase lean mass; calculated from weight and body fat percentage.",
        direction="increase",
        source_table=None,
        source_column=None,
        sort_order=3,
    ),
    GoalTypeSeed(
        type_key="waist",
        display_name_de="Taillenumfang",
        display_name_en="Waist circumference",
        category="body",
        unit="cm",
        description_de="Taillenumfang reduzieren.",
        description_en="Reduce waist circumference.",
        direction="decrease",
        source_table="circumference_log",
        source_column="c_waist",
        sort_order=4,
    ),
    GoalTypeSeed(
        type_key="vo2max",
        display_name_de="VO2max",
        display_name_en="VO2 max",
        category="fitness",
        unit="ml/kg/min",
        description_de="Maximale Sauerstoffaufnahme als Maß der Ausdauerleistung steigern.",
        description_en="Raise maximal oxygen uptake, a measure of aerobic fitness.",
        direction="increase",
        source_table="vitals_baseline",
        source_column="vo2_max",
        sort_order=5,
    ),
    GoalTypeSeed(
        type_key="training_frequency",
        display_name_de="Trainingshäufigkeit",
        display_name_en="Training frequency",
        category="fitness",
        unit="sessions/week",
        description_de="Anzahl der Trainingseinheiten pro Woche steigern.",
        description_en="Increase the number of training sessions per week.",
        direction="increase",
        source_table="activity_log",
        source_column=None,
        sort_order=6,
    ),
    GoalTypeSeed(
        type_key="resting_hr",
        display_name_de="Ruhepuls",
        display_name_en="Resting heart rate",
        category="health",
        unit="bpm",
        description_de="Ruhepuls in der Morgenmessung senken.",
        description_en="Lower the resting heart rate in the morning measurement.",
        direction="decrease",
        source_table="vitals_baseline",
        source_column="resting_hr",
        sort_order=7,
    ),
    GoalTypeSeed(
        type_key="hrv",
        display_name_de="Herzratenvariabilität",
        display_name_en="Heart rate variability",
        category="health",
        unit="ms",
        description_de="HRV als Zeichen guter Erholung steigern.",
        description_en="Raise HRV as a sign of good recovery.",
        direction="increase",
        source_table="vitals_baseline",
        source_column="hrv",
        sort_order=8,
    ),
    GoalTypeSeed(
        type_key="blood_pressure",
        display_name_de="Blutdruck",
        display_name_en="Blood pressure",
        category="health",
        unit="mmHg",
        description_de="Systolischen Blutdruck senken.",
        description_en="Lower systolic blood pressure.",
        direction="decrease",
        source_table="blood_pressure_log",
        source_column="systolic",
        sort_order=9,
    ),
    GoalTypeSeed(
        type_key="sleep_duration",
        display_name_de="Schlafdauer",
        display_name_en="Sleep duration",
        category="recovery",
        unit="min",
        description_de="Die angestrebte Schlafdauer pro Nacht erreichen.",
        description_en="Reach the desired amount of sleep per night.",
        direction="target",
        source_table="sleep_log",
        source_column="total_duration_minutes",
        sort_order=10,
    ),
    GoalTypeSeed(
        type_key="sleep_quality",
        display_name_de="Schlafqualität",
        display_name_en="Sleep quality",
        category="recovery",
        unit="pts",
        description_de="Schlafqualität (0–100 Punkte) verbessern.",
        description_en="Improve sleep quality (0–100 points).",
        direction="increase",
        source_table="sleep_log",
        source_column="quality_score",
        sort_order=11,
    ),
    GoalTypeSeed(
        type_key="calorie_intake",
        display_name_de="Kalorienzufuhr",
        display_name_en="Calorie intake",
        category="nutrition",
        unit="kcal",
        description_de="Tägliche Kalorienzufuhr auf einen Zielwert bringen.",
        description_en="Bring daily calorie intake to a target value.",
        direction="target",
        source_table="nutrition_log",
        source_column="kcal",
        sort_order=12,
    ),
    GoalTypeSeed(
        type_key="protein_intake",
        display_name_de="Proteinzufuhr",
        display_name_en="Protein intake",
        category="nutrition",
        unit="g",
        description_de="Täglich die angestrebte Proteinmenge erreichen.",
        description_en="Reach the desired amount of protein every day.",
        direction="target",
        source_table="nutrition_log",
        source_column="protein_g",
        sort_order=13,
    ),
    GoalTypeSeed(
        type_key="water_intake",
        display_name_de="Wasseraufnahme",
        display_name_en="Water intake",
        category="nutrition",
        unit="l",
        description_de="Täglich ausreichend trinken.",
        description_en="Drink enough every day.",
        direction="increase",
        source_table="nutrition_log",
        source_column="water_l",
        sort_order=14,
    ),
    GoalTypeSeed(
        type_key="custom",
        display_name_de="Eigenes Ziel",
        display_name_en="Custom goal",
        category="custom",
        unit=None,
        description_de="Frei definiertes Ziel, Fortschritt wird manuell eingetragen.",
        description_en="A freely defined goal; progress is entered manually.",
        direction="target",
        source_table=None,
        source_column=None,
        sort_order=15,
    ),
)

# --------------------------------------------------------------------------
# Training parameters (activity quality filter)
# --------------------------------------------------------------------------

QUALITY_FILTER_LEVELS: tuple[str, ...] = ("disabled", "lenient", "moderate", "strict")

QUALITY_LABELS: tuple[str, ...] = ("high", "medium", "low")


@dataclass(frozen=True)
class TrainingParameterSeed:
    key: str
    category: str
    value: str
    description_de: str
    description_en: str


TRAINING_PARAMETERS: tuple[TrainingParameterSeed, ...] = (
    # plausibility: values outside these bounds mark an activity as implausible
    TrainingParameterSeed(
        key="min_duration_minutes",
        category="plausibility",
        value="10",
        description_de="Mindestdauer in Minuten, damit eine Aktivität als Training zählt.",
        description_en="Minimum duration in minutes for an activity to count as training.",
    ),
    TrainingParameterSeed(
        key="max_duration_minutes",
        category="plausibility",
        value="720",
        description_de="Höchstdauer in Minuten; längere Einträge gelten als unplausibel.",
        description_en="Maximum duration in minutes; longer entries are considered implausible.",
    ),
    TrainingParameterSeed(
        key="min_hr_plausible",
        category="plausibility",
        value="30",
        description_de="Niedrigste plausible Herzfrequenz (bpm) während einer Aktivität.",
        description_en="Lowest plausible heart rate (bpm) during an activity.",
    ),
    TrainingParameterSeed(
        key="max_hr_plausible",
        category="plausibility",
        value="220",
        description_de="Höchste plausible Herzfrequenz (bpm); höhere Werte gelten als Messfehler.",
        description_en="Highest plausible heart rate (bpm); higher readings are treated as sensor errors.",
    ),
    TrainingParameterSeed(
        key="min_kcal_per_hour",
        category="plausibility",
        value="100",
        description_de="Mindestverbrauch in kcal pro Stunde für eine Trainingseinheit.",
        description_en="Minimum energy expenditure in kcal per hour for a training session.",
    ),
    TrainingParameterSeed(
        key="max_kcal_per_hour",
        category="plausibility",
        value="1500",
        description_de="Höchster plausibler Verbrauch in kcal pro Stunde.",
        description_en="Highest plausible energy expenditure in kcal per hour.",
    ),
    TrainingParameterSeed(
        key="max_speed_kmh",
        category="plausibility",
        value="80",
        description_de="Höchste plausible Durchschnittsgeschwindigkeit (km/h) aus Distanz und Dauer.",
        description_en="Highest plausible average speed (km/h) derived from distance and duration.",
    ),
    # intensity
    TrainingParameterSeed(
        key="max_hr_formula",
        category="intensity",
        value="tanaka",
        description_de=(
            "Formel für die geschätzte maximale Herzfrequenz, falls keine gemessen "
            "wurde: 'tanaka' (208 − 0,7 × Alter) oder 'fox' (220 − Alter)."
        ),
        description_en=(
            "Formula for the estimated maximum heart rate when none was measured: "
            "'tanaka' (208 − 0.7 × age) or 'fox' (220 − age)."
        ),
    ),
    TrainingParameterSeed(
        key="min_avg_hr_pct_of_max",
        category="intensity",
        value="50",
        description_de="Mindestdurchschnittspuls in % der maximalen Herzfrequenz für eine wirksame Einheit.",
        description_en="Minimum average heart rate as % of maximum heart rate for an effective session.",
    ),
    TrainingParameterSeed(
        key="hr_zones_pct_of_max",
        category="intensity",
        value='{"z1": [50, 60], "z2": [60, 70], "z3": [70, 80], "z4": [80, 90], "z5": [90, 100]}',
        description_de="Herzfrequenzzonen 1–5 als Bereiche in % der maximalen Herzfrequenz (JSON).",
        description_en="Heart rate zones 1–5 as ranges in % of maximum heart rate (JSON).",
    ),
    # scoring: how the overall score (0..100) is composed
    TrainingParameterSeed(
        key="score_weights",
        category="scoring",
        value='{"minimum_requirements": 0.4, "duration": 0.3, "intensity": 0.3}',
        description_de="Gewichtung der Teilbewertungen im Gesamtscore (JSON, Summe 1).",
        description_en="Weights of the partial scores in the overall score (JSON, sum 1).",
    ),
    TrainingParameterSeed(
        key="target_duration_minutes",
        category="scoring",
        value="45",
        description_de="Dauer in Minuten, ab der die Dauerbewertung die volle Punktzahl erreicht.",
        description_en="Duration in minutes at which the duration score reaches full marks.",
    ),
    # quality labels
    TrainingParameterSeed(
        key="quality_label_high_min_score",
        category="quality_labels",
        value="75",
        description_de="Mindestscore für das Qualitätslabel 'high'.",
        description_en="Minimum score for the quality label 'high'.",
    ),
    TrainingParameterSeed(
        key="quality_label_medium_min_score",
        category="quality_labels",
        value="50",
        description_de="Mindestscore für das Qualitätslabel 'medium'; darunter gilt 'low'.",
        description_en="Minimum score for the quality label 'medium'; below it the label is 'low'.",
    ),
    # quality filter levels (profiles.quality_filter_level)
    TrainingParameterSeed(
        key="quality_filter_min_score",
        category="quality_filter",
        value='{"disabled": 0, "lenient": 25, "moderate": 50, "strict": 75}',
        description_de="Mindestscore je Filterstufe, damit eine Aktivität in Auswertungen einfließt (JSON).",
        description_en="Minimum score per filter level for an activity to be included in analyses (JSON).",
    ),
    TrainingParameterSeed(
        key="quality_filter_require_plausible",
        category="quality_filter",
        value='{"disabled": false, "lenient": true, "moderate": true, "strict": true}',
        description_de="Je Filterstufe: unplausible Aktivitäten ausschließen (JSON).",
        description_en="Per filter level: exclude implausible activities (JSON).",
    ),
    TrainingParameterSeed(
        key="quality_filter_require_minimum_requirements",
        category="quality_filter",
        value='{"disabled": false, "lenient": false, "moderate": true, "strict": true}',
        description_de="Je Filterstufe: nur Aktivitäten, die die Mindestanforderungen ihres Trainingstyps erfüllen (JSON).",
        description_en="Per filter level: only activities that meet their training type's minimum requirements (JSON).",
    ),
    TrainingParameterSeed(
        key="quality_filter_require_heart_rate",
        category="quality_filter",
        value='{"disabled": false, "lenient": false, "moderate": false, "strict": true}',
        description_de="Je Filterstufe: nur Aktivitäten mit Herzfrequenzdaten (JSON).",
        description_en="Per filter level: only activities with heart rate data (JSON).",
    ),
)

# --------------------------------------------------------------------------
# App settings
# --------------------------------------------------------------------------

APP_SETTINGS: dict[str, str] = {
    "app_name": "Mitai Jinkendo",
    "default_language": "de",
    "supported_languages": "de,en",
    "registration_open": "true",
    "email_verification_required": "true",
    "default_tier": "selfhosted",  # a household install; hosted services pick "free"
    "trial_tier": "premium",
    "trial_days": "14",
    "session_days_default": "30",
    "ai_default_model": "",
    "max_photo_upload_mb": "10",
    "default_quality_filter_level": "disabled",
    "maintenance_mode": "false",
}
