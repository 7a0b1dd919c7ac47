"""Body composition: body fat from skinfolds and circumferences, derived indices and
their classifications (the weight trend is in trend.py).

Pure functions, each citing the published source of its equation. Inputs are
SI as stored: kilograms, centimetres, skinfolds in millimetres, age in years,
sex ``"male"`` or ``"female"``. Impossible or missing inputs raise
``ValueError`` with a message naming the input; results are not rounded (the
pages round for display) and not clamped (an equation used outside the sample
it was derived from can give implausible values, and the caller decides what
to show).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from mitai_app.body.consts import (
    CIRCUMFERENCE_RANGE_CM,
    FORMULA_SITES,
    HEIGHT_RANGE_CM,
    READINGS_PER_SITE,
    SEXES,
    SKINFOLD_RANGE_MM,
    SKINFOLD_SITES,
    WEIGHT_RANGE_KG,
    Sex,
)
from mitai_app.core.formatting import format_range
from mitai_app.core.text import Text

SkinfoldFormula = Literal["jp3", "jp7", "dw4", "jp4"]
DensityConversion = Literal["siri", "brozek"]
Colour = Literal["green", "yellow", "orange", "red", "blue"]

AGE_RANGE_YEARS = (0.0, 120.0)  # exclusive of 0


# --- validation -------------------------------------------------------------------------


def _number(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number, got {value!r}")
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return float(value)


def _in_range(value: object, name: str, low: float, high: float, unit: str) -> float:
    number = _number(value, name)
    if not low <= number <= high:
        raise ValueError(f"{name} must be between {low:g} and {high:g} {unit}, got {number:g}")
    return number


def _positive(value: object, name: str) -> float:
    number = _number(value, name)
    if number <= 0:
        raise ValueError(f"{name} must be greater than 0, got {number:g}")
    return number


def _sex(sex: object) -> Sex:
    if sex not in SEXES:
        raise ValueError(f"sex must be 'male' or 'female', got {sex!r}")
    return sex  # type: ignore[return-value]


def _age(age: object) -> float:
    number = _number(age, "age")
    low, high = AGE_RANGE_YEARS
    if not low < number <= high:
        raise ValueError(
            f"age must be more than {low:g} and at most {high:g} years, got {number:g}"
        )
    return number


def _height(height_cm: object) -> float:
    return _in_range(height_cm, "height", *HEIGHT_RANGE_CM, "cm")


def _weight(weight_kg: object) -> float:
    return _in_range(weight_kg, "weight", *WEIGHT_RANGE_KG, "kg")


def _circumference(value: object, name: str) -> float:
    return _in_range(value, name, *CIRCUMFERENCE_RANGE_CM, "cm")


def _body_fat_pct(value: object) -> float:
    number = _number(value, "body fat")
    if not 0 <= number < 100:
        raise ValueError(f"body fat must be at least 0 and below 100 %, got {number:g}")
    return number


def _skinfold(value: object, name: str) -> float:
    return _in_range(value, name, *SKINFOLD_RANGE_MM, "mm")


def _site_sum(formula: str, sites: Mapping[str, float | None], sex: Sex) -> float:
    """The sum of the sites ``formula`` needs for ``sex``; other known sites are ignored."""
    unknown = sorted(set(sites) - set(SKINFOLD_SITES))
    if unknown:
        raise ValueError(
            f"unknown skinfold site(s): {', '.join(unknown)} (known: {', '.join(SKINFOLD_SITES)})"
        )
    needed = FORMULA_SITES[formula][sex]
    missing = [site for site in needed if sites.get(site) is None]
    if missing:
        raise ValueError(
            f"{formula} ({sex}) needs {', '.join(needed)}; missing: {', '.join(missing)}"
        )
    return sum(_skinfold(sites[site], f"{site} skinfold") for site in needed)


def average_readings(readings: Sequence[float]) -> float:
    """The mean of one to three skinfold readings at one site, in mm.

    Each reading must lie within ``SKINFOLD_RANGE_MM`` (1–100 mm, so zero and
    negative readings are refused); more than three readings are refused.
    """
    if len(readings) == 0:
        raise ValueError("at least one skinfold reading is needed")
    if len(readings) > READINGS_PER_SITE:
        raise ValueError(f"at most {READINGS_PER_SITE} readings per site, got {len(readings)}")
    values = [_skinfold(r, f"reading {i}") for i, r in enumerate(readings, start=1)]
    return sum(values) / len(values)


# --- body density and body fat from skinfolds --------------------------------------------


def jackson_pollock_3_density(sites: Mapping[str, float | None], sex: Sex, age: float) -> float:
    """Body density (g/cm³) from three skinfolds (sum S in mm), Jackson–Pollock.

    Men (chest, abdominal, thigh) — Jackson AS, Pollock ML (1978). Generalized
    equations for predicting body density of men. Br J Nutr 40:497–504:
        D = 1.10938 − 0.0008267·S + 0.0000016·S² − 0.0002574·age
    Women (triceps, suprailiac, thigh) — Jackson AS, Pollock ML, Ward A (1980).
    Generalized equations for predicting body density of women. Med Sci Sports
    Exerc 12:175–182:
        D = 1.0994921 − 0.0009929·S + 0.0000023·S² − 0.0001392·age
    """
    sex, age = _sex(sex), _age(age)
    s = _site_sum("jp3", sites, sex)
    if sex == "male":
        return 1.10938 - 0.0008267 * s + 0.0000016 * s**2 - 0.0002574 * age
    return 1.0994921 - 0.0009929 * s + 0.0000023 * s**2 - 0.0001392 * age


def jackson_pollock_7_density(sites: Mapping[str, float | None], sex: Sex, age: float) -> float:
    """Body density (g/cm³) from seven skinfolds (chest, midaxillary, triceps,
    subscapular, abdominal, suprailiac, thigh; sum S in mm), Jackson–Pollock.

    Men — Jackson & Pollock (1978), Br J Nutr 40:497–504:
        D = 1.112 − 0.00043499·S + 0.00000055·S² − 0.00028826·age
    Women — Jackson, Pollock & Ward (1980), Med Sci Sports Exerc 12:175–182:
        D = 1.097 − 0.00046971·S + 0.00000056·S² − 0.00012828·age
    """
    sex, age = _sex(sex), _age(age)
    s = _site_sum("jp7", sites, sex)
    if sex == "male":
        return 1.112 - 0.00043499 * s + 0.00000055 * s**2 - 0.00028826 * age
    return 1.097 - 0.00046971 * s + 0.00000056 * s**2 - 0.00012828 * age


# Durnin & Womersley (1974), Table 3, sum of four skinfolds:
# (lowest age of the band, c, m) for D = c − m·log10(S), youngest band first.
_DW_BANDS: dict[str, tuple[tuple[float, float, float], ...]] = {
    "male": (
        (17, 1.1620, 0.0630),
        (20, 1.1631, 0.0632),
        (30, 1.1422, 0.0544),
        (40, 1.1620, 0.0700),
        (50, 1.1715, 0.0779),
    ),
    "female": (
        (16, 1.1549, 0.0678),
        (20, 1.1599, 0.0717),
        (30, 1.1423, 0.0632),
        (40, 1.1333, 0.0612),
        (50, 1.1339, 0.0645),
    ),
}


def durnin_womersley_coefficients(sex: Sex, age: float) -> tuple[float, float]:
    """``(c, m)`` of the Durnin–Womersley age band for ``sex`` and ``age``.

    The published bands are men 17–19, 20–29, 30–39, 40–49, 50+ and women
    16–19, 20–29, …, 50+. The paper has no band below 17 (men) or 16 (women):
    younger people get the youngest band, an extrapolation outside the sample.
    """
    sex, age = _sex(sex), _age(age)
    bands = _DW_BANDS[sex]
    chosen = bands[0]
    for band in bands:
        if age >= band[0]:
            chosen = band
    return chosen[1], chosen[2]


def durnin_womersley_density(sites: Mapping[str, float | None], sex: Sex, age: float) -> float:
    """Body density (g/cm³) from four skinfolds (biceps, triceps, subscapular,
    suprailiac; sum S in mm).

    Durnin JVGA, Womersley J (1974). Body fat assessed from total body density
    and its estimation from skinfold thickness: measurements on 481 men and
    women aged from 16 to 72 years. Br J Nutr 32:77–97, Table 3:
        D = c − m·log10(S), with c and m by sex and age band
    (see ``durnin_womersley_coefficients``).
    """
    sex = _sex(sex)
    c, m = durnin_womersley_coefficients(sex, age)
    s = _site_sum("dw4", sites, sex)
    return c - m * math.log10(s)


def _density(density: float) -> float:
    # Pure fat is 0.9007 g/cm³ and fat-free mass 1.100 g/cm³ in both models;
    # a whole-body density outside 0.9–1.2 is a mistake, not a person.
    return _in_range(density, "body density", 0.9, 1.2, "g/cm³")


def siri_body_fat(density: float) -> float:
    """Percent body fat from body density (g/cm³).

    Siri WE (1961). Body composition from fluid spaces and density: analysis
    of methods. In: Brozek J, Henschel A (eds), Techniques for Measuring Body
    Composition. Washington DC: National Academy of Sciences, 223–244:
        %BF = (4.95 / D − 4.50) · 100 = 495 / D − 450
    """
    return 495 / _density(density) - 450


def brozek_body_fat(density: float) -> float:
    """Percent body fat from body density (g/cm³).

    Brozek J, Grande F, Anderson JT, Keys A (1963). Densitometric analysis of
    body composition: revision of some quantitative assumptions. Ann N Y Acad
    Sci 110:113–140:
        %BF = (4.570 / D − 4.142) · 100 = 457 / D − 414.2
    """
    return 457 / _density(density) - 414.2


def jackson_pollock_4_body_fat(sites: Mapping[str, float | None], sex: Sex, age: float) -> float:
    """Percent body fat, directly, from four skinfolds (abdominal, suprailiac,
    triceps, thigh; sum S in mm).

    Jackson AS, Pollock ML (1985). Practical assessment of body composition.
    Phys Sportsmed 13(5):76–90:
        men:   %BF = 0.29288·S − 0.0005·S² + 0.15845·age − 5.76377
        women: %BF = 0.29669·S − 0.00043·S² + 0.02963·age + 1.4072
    """
    sex, age = _sex(sex), _age(age)
    s = _site_sum("jp4", sites, sex)
    if sex == "male":
        return 0.29288 * s - 0.0005 * s**2 + 0.15845 * age - 5.76377
    return 0.29669 * s - 0.00043 * s**2 + 0.02963 * age + 1.4072


_DENSITY_FORMULAS = {
    "jp3": jackson_pollock_3_density,
    "jp7": jackson_pollock_7_density,
    "dw4": durnin_womersley_density,
}
_CONVERSIONS = {"siri": siri_body_fat, "brozek": brozek_body_fat}


def body_fat_from_skinfolds(
    formula: SkinfoldFormula,
    sites: Mapping[str, float | None],
    sex: Sex,
    age: float,
    conversion: DensityConversion = "siri",
) -> float:
    """Percent body fat by ``formula`` from the skinfolds in ``sites`` (mm).

    ``jp3``, ``jp7`` and ``dw4`` give a body density, turned into percent fat
    by ``conversion`` (Siri 1961 by default, or Brozek et al. 1963); ``jp4``
    gives the percentage directly, so ``conversion`` does not apply to it.
    ``FORMULA_SITES[formula][sex]`` names the sites needed; others are ignored.
    """
    if conversion not in _CONVERSIONS:
        raise ValueError(f"conversion must be 'siri' or 'brozek', got {conversion!r}")
    if formula == "jp4":
        return jackson_pollock_4_body_fat(sites, sex, age)
    if formula not in _DENSITY_FORMULAS:
        raise ValueError(f"formula must be one of jp3, jp7, dw4, jp4, got {formula!r}")
    return _CONVERSIONS[conversion](_DENSITY_FORMULAS[formula](sites, sex, age))


# --- from circumferences and scale -----------------------------------------------------


def navy_body_fat(
    *,
    sex: Sex,
    height_cm: float,
    neck_cm: float,
    waist_cm: float,
    hip_cm: float | None = None,
) -> float:
    """Percent body fat from circumferences and height (all cm), U.S. Navy method.

    Hodgdon JA, Beckett MB (1984). Prediction of percent body fat for U.S.
    Navy men (NHRC Report 84-11) and women (NHRC Report 84-29) from body
    circumferences and height. San Diego: Naval Health Research Center. The
    density equations in centimetres, with Siri's conversion:
        men:   %BF = 495 / (1.0324 − 0.19077·log10(waist − neck)
                            + 0.15456·log10(height)) − 450
        women: %BF = 495 / (1.29579 − 0.35004·log10(waist + hip − neck)
                            + 0.22100·log10(height)) − 450
    Men's waist is taken at the navel; women also need the hip.
    """
    sex = _sex(sex)
    height = _height(height_cm)
    neck = _circumference(neck_cm, "neck")
    waist = _circumference(waist_cm, "waist")
    if sex == "male":
        if waist <= neck:
            raise ValueError("waist must be larger than neck for the Navy formula")
        density = 1.0324 - 0.19077 * math.log10(waist - neck) + 0.15456 * math.log10(height)
    else:
        if hip_cm is None:
            raise ValueError("the Navy formula for women needs the hip circumference")
        hip = _circumference(hip_cm, "hip")
        if waist + hip <= neck:
            raise ValueError("waist plus hip must be larger than neck for the Navy formula")
        density = 1.29579 - 0.35004 * math.log10(waist + hip - neck) + 0.22100 * math.log10(height)
    return 495 / density - 450


def relative_fat_mass(*, sex: Sex, height_cm: float, waist_cm: float) -> float:
    """Relative fat mass (an estimate of percent body fat) from height and waist.

    Woolcott OO, Bergman RN (2018). Relative fat mass (RFM) as a new estimator
    of whole-body fat percentage — a cross-sectional study in American adult
    individuals. Sci Rep 8:10980:
        RFM = 64 − 20·(height / waist) + 12·sex,   sex = 0 men, 1 women
    """
    female = 1 if _sex(sex) == "female" else 0
    height = _height(height_cm)
    waist = _circumference(waist_cm, "waist")
    return 64 - 20 * (height / waist) + 12 * female


def bmi(weight_kg: float, height_cm: float) -> float:
    """Body mass index, kg/m² (Quetelet; WHO 2000, Technical Report Series 894):
    BMI = weight / height²."""
    height_m = _height(height_cm) / 100
    return _weight(weight_kg) / height_m**2


def waist_to_hip_ratio(waist_cm: float, hip_cm: float) -> float:
    """Waist / hip (WHO 2008 expert consultation, published 2011)."""
    return _circumference(waist_cm, "waist") / _circumference(hip_cm, "hip")


def waist_to_height_ratio(waist_cm: float, height_cm: float) -> float:
    """Waist / height (Ashwell & Hsieh 2005, Int J Food Sci Nutr 56:303–307)."""
    return _circumference(waist_cm, "waist") / _height(height_cm)


def fat_mass(weight_kg: float, body_fat_pct: float) -> float:
    """Fat mass in kg: weight · %BF / 100."""
    return _weight(weight_kg) * _body_fat_pct(body_fat_pct) / 100


def lean_mass(weight_kg: float, body_fat_pct: float) -> float:
    """Fat-free (lean) mass in kg: weight − fat mass."""
    return _weight(weight_kg) - fat_mass(weight_kg, body_fat_pct)


def ffmi(lean_kg: float, height_cm: float) -> float:
    """Fat-free mass index, kg/m².

    Kouri EM, Pope HG, Katz DL, Oliva P (1995). Fat-free mass index in users
    and nonusers of anabolic-androgenic steroids. Clin J Sport Med 5:223–228:
        FFMI = FFM / height²   (height in m)
    """
    height_m = _height(height_cm) / 100
    return _positive(lean_kg, "lean mass") / height_m**2


def normalized_ffmi(lean_kg: float, height_cm: float) -> float:
    """FFMI normalised to a height of 1.80 m (Kouri et al. 1995, as above):
    FFMI + 6.1·(1.8 − height in m)."""
    return ffmi(lean_kg, height_cm) + 6.1 * (1.8 - _height(height_cm) / 100)


# --- classifications -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Classification:
    """A category a value falls in, for the badge next to it.

    ``range`` states the category's range in each language's numbers
    (``"18.5–24.9 kg/m²"``, ``"18,5–24,9 kg/m²"``), without brackets so it
    can stand beside the label; ``source`` is the short citation.
    """

    key: str
    label: Text
    colour: Colour
    range: Text
    source: str


BMI_SOURCE = (
    "WHO (2000). Obesity: preventing and managing the global epidemic. "
    "WHO Technical Report Series 894"
)
BODY_FAT_SOURCE = (
    "Gallagher D et al. (2000). Healthy percentage body fat ranges. Am J Clin Nutr 72:694–701"
)
WAIST_TO_HEIGHT_SOURCE = (
    "Ashwell M, Hsieh SD (2005). Int J Food Sci Nutr 56:303–307; "
    "Ashwell M, Gunn P, Gibson S (2012). Obes Rev 13:275–286"
)
WAIST_TO_HIP_SOURCE = (
    "WHO (2011). Waist circumference and waist–hip ratio: expert consultation 2008"
)
WAIST_SOURCE = (
    "WHO (2011). Waist circumference and waist–hip ratio: expert consultation 2008; "
    "IDF (2006). Worldwide definition of the metabolic syndrome (Europids)"
)

# (lower bound or None, key, German, English, colour, range), lower bound inclusive.
_Row = tuple[float | None, str, str, str, Colour, Text]

_AGE_GROUP = Text(de="{range}, Alter {group}", en="{range}, age {group}")


def _range(
    low: float | None,
    high: float | None,
    decimals: int | tuple[int, int],
    unit: str = "",
    group: str = "",
) -> Text:
    """A category's range in both languages; `group` names the age group it is for."""

    def words(lang: str) -> str:
        text = format_range(low, high, lang, decimals=decimals, unit=unit)
        return _AGE_GROUP.pick(lang).format(range=text, group=group) if group else text

    return Text.composed(words)


def _pick(value: float, rows: Sequence[_Row], source: str) -> Classification:
    chosen = rows[0]
    for row in rows:
        if row[0] is not None and value >= row[0]:
            chosen = row
    _, key, de, en, colour, text = chosen
    return Classification(key, Text(de=de, en=en), colour, text, source)


_BMI_ROWS: tuple[_Row, ...] = (
    (None, "underweight", "Untergewicht", "Underweight", "blue", _range(None, 18.5, 1, "kg/m²")),
    (18.5, "normal", "Normalgewicht", "Normal weight", "green", _range(18.5, 24.9, 1, "kg/m²")),
    (25.0, "overweight", "Übergewicht", "Overweight", "yellow", _range(25, 29.9, 1, "kg/m²")),
    (
        30.0,
        "obese_1",
        "Adipositas Grad I",
        "Obesity class I",
        "orange",
        _range(30, 34.9, 1, "kg/m²"),
    ),
    (
        35.0,
        "obese_2",
        "Adipositas Grad II",
        "Obesity class II",
        "red",
        _range(35, 39.9, 1, "kg/m²"),
    ),
    (
        40.0,
        "obese_3",
        "Adipositas Grad III",
        "Obesity class III",
        "red",
        _range(40, None, 1, "kg/m²"),
    ),
)


def classify_bmi(value: float) -> Classification:
    """WHO (2000) adult BMI categories, Technical Report Series 894, Table 2.1:
    < 18.5 underweight, 18.5–24.9 normal, 25–29.9 overweight (pre-obese),
    30–34.9 obese class I, 35–39.9 class II, ≥ 40 class III."""
    return _pick(_positive(value, "BMI"), _BMI_ROWS, BMI_SOURCE)


# Gallagher et al. (2000): %BF predicted at BMI 18.5, 25 and 30 by sex and age
# group, as the table is commonly reproduced: (under-fat below, overweight from,
# obese from). Age groups 20–39, 40–59, 60–79.
_GALLAGHER: dict[str, dict[str, tuple[int, int, int]]] = {
    "male": {"20–39": (8, 20, 25), "40–59": (11, 22, 28), "60–79": (13, 25, 30)},
    "female": {"20–39": (21, 33, 39), "40–59": (23, 34, 40), "60–79": (24, 36, 42)},
}


def body_fat_age_group(age: float) -> str:
    """The Gallagher et al. (2000) age group used for ``age``: ``"20–39"``,
    ``"40–59"`` or ``"60–79"``. The paper covers 20–79 years: under 20 the
    20–39 ranges are used, over 79 the 60–79 ranges (both extrapolations)."""
    age = _age(age)
    if age < 40:
        return "20–39"
    if age < 60:
        return "40–59"
    return "60–79"


def classify_body_fat(body_fat_pct: float, sex: Sex, age: float) -> Classification:
    """Under-fat / healthy / overweight / obese by sex and age.

    Gallagher D, Heymsfield SB, Heo M, Jebb SA, Murgatroyd PR, Sakamoto Y
    (2000). Healthy percentage body fat ranges: an approach for developing
    guidelines based on body mass index. Am J Clin Nutr 72:694–701. The
    boundaries are the %BF predicted at BMI 18.5, 25 and 30:
        men   20–39: 8 / 20 / 25,  40–59: 11 / 22 / 28,  60–79: 13 / 25 / 30
        women 20–39: 21 / 33 / 39, 40–59: 23 / 34 / 40, 60–79: 24 / 36 / 42
    Each boundary belongs to the higher category. Under 20 the 20–39 ranges
    are used, over 79 the 60–79 ranges; ``range`` names the age group.
    """
    pct, sex = _body_fat_pct(body_fat_pct), _sex(sex)
    group = body_fat_age_group(age)
    low, over, obese = _GALLAGHER[sex][group]
    rows: tuple[_Row, ...] = (
        (
            None,
            "underfat",
            "Zu wenig Körperfett",
            "Under-fat",
            "blue",
            _range(None, low, 0, "%", group),
        ),
        (low, "healthy", "Gesund", "Healthy", "green", _range(low, over - 0.1, (0, 1), "%", group)),
        (
            over,
            "overweight",
            "Übergewichtig",
            "Overweight",
            "yellow",
            _range(over, obese - 0.1, (0, 1), "%", group),
        ),
        (obese, "obese", "Adipös", "Obese", "red", _range(obese, None, 0, "%", group)),
    )
    return _pick(pct, rows, BODY_FAT_SOURCE)


_WHTR_ROWS: tuple[_Row, ...] = (
    (None, "take_care", "Vorsicht", "Take care", "blue", _range(None, 0.4, 2)),
    (0.4, "healthy", "Gesund", "Healthy", "green", _range(0.4, 0.49, 2)),
    (0.5, "increased", "Erhöhtes Risiko", "Increased risk", "orange", _range(0.5, 0.59, 2)),
    (0.6, "high", "Hohes Risiko", "High risk", "red", _range(0.6, None, 2)),
)


def classify_waist_to_height(ratio: float) -> Classification:
    """Waist-to-height ratio (Ashwell & Hsieh 2005; Ashwell et al. 2012, the
    "keep your waist to less than half your height" boundary 0.5):
    < 0.4 take care, 0.4–0.5 healthy, 0.5–0.6 increased risk, ≥ 0.6 high risk.
    Each boundary belongs to the higher category."""
    return _pick(_positive(ratio, "waist-to-height ratio"), _WHTR_ROWS, WAIST_TO_HEIGHT_SOURCE)


_WHR_CUTOFF = {"male": 0.90, "female": 0.85}


def classify_waist_to_hip(ratio: float, sex: Sex) -> Classification:
    """Waist-to-hip ratio, WHO (2011). Waist circumference and waist–hip ratio:
    report of a WHO expert consultation, Geneva, 8–11 December 2008:
    substantially increased risk of metabolic complications at ≥ 0.90 (men),
    ≥ 0.85 (women)."""
    ratio, sex = _positive(ratio, "waist-to-hip ratio"), _sex(sex)
    cut = _WHR_CUTOFF[sex]
    rows: tuple[_Row, ...] = (
        (None, "normal", "Kein erhöhtes Risiko", "Not increased", "green", _range(None, cut, 2)),
        (
            cut,
            "substantially_increased",
            "Deutlich erhöhtes Risiko",
            "Substantially increased risk",
            "red",
            _range(cut, None, 2),
        ),
    )
    return _pick(ratio, rows, WAIST_TO_HIP_SOURCE)


_WAIST_CUTOFFS = {"male": (94, 102), "female": (80, 88)}


def classify_waist(waist_cm: float, sex: Sex) -> Classification:
    """Waist circumference, European cut-offs: men ≥ 94 cm increased, ≥ 102 cm
    substantially increased risk; women ≥ 80 / ≥ 88 cm.

    WHO (2011), expert consultation 2008, Table 5.1 (which writes "> 94");
    IDF (2006) worldwide definition of the metabolic syndrome, Europids
    (which writes "≥ 94"). The boundary value counts as increased, as in IDF.
    """
    waist, sex = _circumference(waist_cm, "waist"), _sex(sex)
    increased, substantial = _WAIST_CUTOFFS[sex]
    rows: tuple[_Row, ...] = (
        (None, "normal", "Normal", "Normal", "green", _range(None, increased, 0, "cm")),
        (
            increased,
            "increased",
            "Erhöhtes Risiko",
            "Increased risk",
            "orange",
            _range(increased, substantial - 0.1, (0, 1), "cm"),
        ),
        (
            substantial,
            "substantially_increased",
            "Deutlich erhöhtes Risiko",
            "Substantially increased risk",
            "red",
            _range(substantial, None, 0, "cm"),
        ),
    )
    return _pick(waist, rows, WAIST_SOURCE)


# --- age ------------------------------------------------------------------------------


def age_on(born: date, day: date) -> int:
    """Completed years of life on ``day``."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
