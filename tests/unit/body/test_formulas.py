"""Body-composition formulas, classifications and the weight trend.

Each expected value is worked out by hand in the comment above its assertion,
from the equation as published (cited in mitai_app/body/formulas.py).
"""

from datetime import date, timedelta

import pytest

from mitai_app.body import consts, trend
from mitai_app.body import formulas as body
from mitai_app.body.models import SkinfoldEntry
from mitai_app.core.text import Text

JP7_SITES = {
    "chest": 10,
    "midaxillary": 12,
    "triceps": 14,
    "subscapular": 16,
    "abdominal": 20,
    "suprailiac": 13,
    "thigh": 15,
}  # S = 100 mm
DW4_SITES = {"biceps": 5, "triceps": 10, "subscapular": 15, "suprailiac": 20}  # S = 50 mm


# --- skinfolds ----------------------------------------------------------------------------


def test_jp3_man_worked_example():
    # Jackson & Pollock 1978; the widely reproduced example of a 30-year-old man,
    # chest 10 + abdomen 20 + thigh 15 = 45 mm:
    # D = 1.10938 − 0.0008267·45 + 0.0000016·2025 − 0.0002574·30
    #   = 1.10938 − 0.0372015 + 0.00324 − 0.007722 = 1.0676965
    # Siri: 495 / 1.0676965 − 450 = 463.615 − 450 = 13.61 %
    sites = {"chest": 10, "abdominal": 20, "thigh": 15}
    assert body.jackson_pollock_3_density(sites, "male", 30) == pytest.approx(1.0676965)
    assert body.body_fat_from_skinfolds("jp3", sites, "male", 30) == pytest.approx(13.61, abs=0.01)


def test_jp3_woman_worked_example():
    # Jackson, Pollock & Ward 1980; woman 25, triceps 15 + suprailiac 12 + thigh 20 = 47 mm:
    # D = 1.0994921 − 0.0009929·47 + 0.0000023·2209 − 0.0001392·25
    #   = 1.0994921 − 0.0466663 + 0.0050807 − 0.00348 = 1.0544265
    # Siri: 495 / 1.0544265 − 450 = 469.451 − 450 = 19.45 %
    sites = {"triceps": 15, "suprailiac": 12, "thigh": 20}
    assert body.jackson_pollock_3_density(sites, "female", 25) == pytest.approx(1.0544265)
    assert body.body_fat_from_skinfolds("jp3", sites, "female", 25) == pytest.approx(
        19.45, abs=0.01
    )


def test_jp7_man_with_siri_and_brozek():
    # Jackson & Pollock 1978; man 40, seven sites summing to 100 mm:
    # D = 1.112 − 0.00043499·100 + 0.00000055·10000 − 0.00028826·40
    #   = 1.112 − 0.043499 + 0.0055 − 0.0115304 = 1.0624706
    # Siri:   495 / 1.0624706 − 450 = 465.895 − 450 = 15.90 %
    # Brozek: 457 / 1.0624706 − 414.2 = 430.130 − 414.2 = 15.93 %
    assert body.jackson_pollock_7_density(JP7_SITES, "male", 40) == pytest.approx(1.0624706)
    assert body.body_fat_from_skinfolds("jp7", JP7_SITES, "male", 40) == pytest.approx(
        15.90, abs=0.01
    )
    assert body.body_fat_from_skinfolds(
        "jp7", JP7_SITES, "male", 40, conversion="brozek"
    ) == pytest.approx(15.93, abs=0.01)


def test_jp7_woman():
    # Jackson, Pollock & Ward 1980; woman 35, S = 100 mm:
    # D = 1.097 − 0.00046971·100 + 0.00000056·10000 − 0.00012828·35
    #   = 1.097 − 0.046971 + 0.0056 − 0.0044898 = 1.0511392
    # Siri: 495 / 1.0511392 − 450 = 470.918 − 450 = 20.92 %
    assert body.jackson_pollock_7_density(JP7_SITES, "female", 35) == pytest.approx(1.0511392)
    assert body.body_fat_from_skinfolds("jp7", JP7_SITES, "female", 35) == pytest.approx(
        20.92, abs=0.01
    )


def test_durnin_womersley_man_25():
    # Durnin & Womersley 1974, men 20–29: c = 1.1631, m = 0.0632; S = 50 mm:
    # D = 1.1631 − 0.0632·log10(50) = 1.1631 − 0.0632·1.69897 = 1.1631 − 0.107375 = 1.055725
    # Siri: 495 / 1.055725 − 450 = 468.872 − 450 = 18.87 %
    assert body.durnin_womersley_density(DW4_SITES, "male", 25) == pytest.approx(1.055725, abs=1e-6)
    assert body.body_fat_from_skinfolds("dw4", DW4_SITES, "male", 25) == pytest.approx(
        18.87, abs=0.01
    )


def test_durnin_womersley_woman_40():
    # Women 40–49: c = 1.1333, m = 0.0612; S = 50 mm:
    # D = 1.1333 − 0.0612·1.69897 = 1.1333 − 0.103977 = 1.029323
    # Siri: 495 / 1.029323 − 450 = 480.899 − 450 = 30.90 %
    assert body.body_fat_from_skinfolds("dw4", DW4_SITES, "female", 40) == pytest.approx(
        30.90, abs=0.01
    )


@pytest.mark.parametrize(
    ("sex", "age", "expected"),
    [
        # Below the youngest published band (men 17, women 16): the youngest band is used.
        ("male", 15, (1.1620, 0.0630)),
        ("male", 17, (1.1620, 0.0630)),
        ("male", 19.9, (1.1620, 0.0630)),
        ("male", 20, (1.1631, 0.0632)),
        ("male", 29, (1.1631, 0.0632)),
        ("male", 30, (1.1422, 0.0544)),
        ("male", 39, (1.1422, 0.0544)),
        ("male", 40, (1.1620, 0.0700)),
        ("male", 49, (1.1620, 0.0700)),
        ("male", 50, (1.1715, 0.0779)),
        ("male", 72, (1.1715, 0.0779)),
        ("female", 14, (1.1549, 0.0678)),
        ("female", 16, (1.1549, 0.0678)),
        ("female", 19, (1.1549, 0.0678)),
        ("female", 20, (1.1599, 0.0717)),
        ("female", 30, (1.1423, 0.0632)),
        ("female", 40, (1.1333, 0.0612)),
        ("female", 50, (1.1339, 0.0645)),
        ("female", 68, (1.1339, 0.0645)),
    ],
)
def test_durnin_womersley_band_by_age(sex, age, expected):
    assert body.durnin_womersley_coefficients(sex, age) == expected


def test_jp4_direct_percentage():
    # Jackson & Pollock 1985; man 30, abdomen 15 + suprailiac 12 + triceps 10 + thigh 13 = 50:
    # %BF = 0.29288·50 − 0.0005·2500 + 0.15845·30 − 5.76377
    #     = 14.644 − 1.25 + 4.7535 − 5.76377 = 12.38 %
    men = {"abdominal": 15, "suprailiac": 12, "triceps": 10, "thigh": 13}
    assert body.body_fat_from_skinfolds("jp4", men, "male", 30) == pytest.approx(12.38, abs=0.01)
    # Woman 30, 18 + 14 + 16 + 12 = 60:
    # %BF = 0.29669·60 − 0.00043·3600 + 0.02963·30 + 1.4072
    #     = 17.8014 − 1.548 + 0.8889 + 1.4072 = 18.55 %
    women = {"abdominal": 18, "suprailiac": 14, "triceps": 16, "thigh": 12}
    assert body.body_fat_from_skinfolds("jp4", women, "female", 30) == pytest.approx(
        18.55, abs=0.01
    )
    # Direct percentage: the density conversion does not apply.
    assert body.body_fat_from_skinfolds(
        "jp4", women, "female", 30, conversion="brozek"
    ) == pytest.approx(18.55, abs=0.01)


def test_siri_and_brozek():
    # D = 1.05: Siri 495/1.05 − 450 = 471.429 − 450 = 21.43; Brozek 457/1.05 − 414.2 = 21.04
    assert body.siri_body_fat(1.05) == pytest.approx(21.43, abs=0.01)
    assert body.brozek_body_fat(1.05) == pytest.approx(21.04, abs=0.01)
    # D = 1.1 is the fat-free density of Siri's model: 0 % fat.
    assert body.siri_body_fat(1.1) == pytest.approx(0, abs=1e-9)
    for impossible in (0.85, 1.25, 0):
        with pytest.raises(ValueError, match="body density"):
            body.siri_body_fat(impossible)


def test_sites_are_skinfold_columns_and_every_formula_lists_both_sexes():
    assert all(site in SkinfoldEntry.model_fields for site in consts.SKINFOLD_SITES)
    for formula in ("jp3", "jp7", "dw4", "jp4"):
        for sex in ("male", "female"):
            sites = consts.FORMULA_SITES[formula][sex]
            assert set(sites) <= set(consts.SKINFOLD_SITES)
    assert consts.FORMULA_SITES["jp3"]["male"] == ("chest", "abdominal", "thigh")
    assert consts.FORMULA_SITES["jp3"]["female"] == ("triceps", "suprailiac", "thigh")
    assert len(consts.FORMULA_SITES["jp7"]["female"]) == 7


def test_extra_sites_are_ignored_and_none_counts_as_missing():
    # A whole caliper row: JP3 for a man uses only chest, abdominal and thigh.
    row = {**JP7_SITES, "biceps": 5}
    three = {"chest": 10, "abdominal": 20, "thigh": 15}
    assert body.body_fat_from_skinfolds("jp3", row, "male", 30) == body.body_fat_from_skinfolds(
        "jp3", three, "male", 30
    )
    with pytest.raises(ValueError, match="missing: abdominal"):
        body.body_fat_from_skinfolds("jp3", {**three, "abdominal": None}, "male", 30)


@pytest.mark.parametrize(
    ("formula", "sites", "sex", "message"),
    [
        ("jp3", {"chest": 10, "thigh": 15}, "male", "jp3 \\(male\\) needs .*missing: abdominal"),
        ("jp3", {"chest": 10, "abdominal": 20, "thigh": 15}, "female", "missing: triceps"),
        ("jp7", {"chest": 10}, "female", "missing: midaxillary, triceps"),
        ("dw4", {"biceps": 5, "triceps": 10}, "male", "missing: subscapular, suprailiac"),
        ("jp4", {}, "female", "missing: abdominal, suprailiac, triceps, thigh"),
    ],
)
def test_missing_sites_are_named(formula, sites, sex, message):
    with pytest.raises(ValueError, match=message):
        body.body_fat_from_skinfolds(formula, sites, sex, 30)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"sites": {"chest": 10, "abdomen": 20, "thigh": 15}}, "unknown skinfold site.*abdomen"),
        ({"sites": {"chest": 0, "abdominal": 20, "thigh": 15}}, "chest skinfold must be between"),
        ({"sites": {"chest": -3, "abdominal": 20, "thigh": 15}}, "chest skinfold"),
        ({"sites": {"chest": 150, "abdominal": 20, "thigh": 15}}, "chest skinfold"),
        ({"sites": {"chest": float("nan"), "abdominal": 20, "thigh": 15}}, "finite"),
        ({"sites": {"chest": "10", "abdominal": 20, "thigh": 15}}, "must be a number"),
        ({"sex": "m"}, "sex must be"),
        ({"age": 0}, "age must be"),
        ({"age": -5}, "age must be"),
        ({"age": 130}, "age must be"),
        ({"formula": "jp5"}, "formula must be"),
        ({"conversion": "lohman"}, "conversion must be"),
    ],
)
def test_impossible_inputs_are_refused(kwargs, message):
    args = {
        "formula": "jp3",
        "sites": {"chest": 10, "abdominal": 20, "thigh": 15},
        "sex": "male",
        "age": 30,
    } | kwargs
    with pytest.raises(ValueError, match=message):
        body.body_fat_from_skinfolds(**args)


def test_average_of_up_to_three_readings():
    assert body.average_readings([12.0]) == 12.0
    assert body.average_readings([12.0, 13.0]) == pytest.approx(12.5)
    # (10 + 11 + 12.5) / 3 = 11.1667
    assert body.average_readings([10, 11, 12.5]) == pytest.approx(11.1667, abs=1e-4)
    with pytest.raises(ValueError, match="at least one"):
        body.average_readings([])
    with pytest.raises(ValueError, match="at most 3"):
        body.average_readings([10, 11, 12, 13])
    for bad in (0, -1.5, 101, float("inf")):
        with pytest.raises(ValueError, match="reading 2"):
            body.average_readings([10, bad])


# --- tape and scale ----------------------------------------------------------------------


def test_navy_man():
    # Hodgdon & Beckett 1984, metric form; man 178 cm, neck 38, waist 86:
    # log10(86 − 38) = log10(48) = 1.681241, log10(178) = 2.250420
    # denominator = 1.0324 − 0.19077·1.681241 + 0.15456·2.250420
    #             = 1.0324 − 0.320730 + 0.347825 = 1.059495
    # %BF = 495 / 1.059495 − 450 = 467.204 − 450 = 17.20 %
    # (The inch form, 86.010·log10(18.90) − 70.041·log10(70.08) + 36.76, gives 17.3.)
    result = body.navy_body_fat(sex="male", height_cm=178, neck_cm=38, waist_cm=86)
    assert result == pytest.approx(17.20, abs=0.01)


def test_navy_woman():
    # Woman 165 cm, neck 33, waist 72, hip 98: log10(72 + 98 − 33) = log10(137) = 2.136721,
    # log10(165) = 2.217484
    # denominator = 1.29579 − 0.35004·2.136721 + 0.22100·2.217484
    #             = 1.29579 − 0.747938 + 0.490064 = 1.037916
    # %BF = 495 / 1.037916 − 450 = 476.917 − 450 = 26.92 %
    result = body.navy_body_fat(sex="female", height_cm=165, neck_cm=33, waist_cm=72, hip_cm=98)
    assert result == pytest.approx(26.92, abs=0.01)


def test_navy_refuses_what_the_logarithm_cannot_take():
    with pytest.raises(ValueError, match="waist must be larger than neck"):
        body.navy_body_fat(sex="male", height_cm=178, neck_cm=40, waist_cm=40)
    with pytest.raises(ValueError, match="needs the hip"):
        body.navy_body_fat(sex="female", height_cm=165, neck_cm=33, waist_cm=72)
    with pytest.raises(ValueError, match="height must be between 50 and 272 cm"):
        body.navy_body_fat(sex="male", height_cm=1.78, neck_cm=38, waist_cm=86)
    with pytest.raises(ValueError, match="neck must be between 10 and 300 cm"):
        body.navy_body_fat(sex="male", height_cm=178, neck_cm=0, waist_cm=86)


def test_relative_fat_mass():
    # Woolcott & Bergman 2018; man 178 cm, waist 86: 64 − 20·178/86 = 64 − 41.395 = 22.60
    assert body.relative_fat_mass(sex="male", height_cm=178, waist_cm=86) == pytest.approx(
        22.60, abs=0.01
    )
    # Woman 165 cm, waist 72: 64 − 20·165/72 + 12 = 64 − 45.833 + 12 = 30.17
    assert body.relative_fat_mass(sex="female", height_cm=165, waist_cm=72) == pytest.approx(
        30.17, abs=0.01
    )


def test_bmi_and_ratios():
    # 80 kg / 1.80² = 80 / 3.24 = 24.69
    assert body.bmi(80, 180) == pytest.approx(24.69, abs=0.01)
    # 86 / 100 = 0.86; 86 / 178 = 0.4831
    assert body.waist_to_hip_ratio(86, 100) == pytest.approx(0.86)
    assert body.waist_to_height_ratio(86, 178) == pytest.approx(0.4831, abs=1e-4)
    with pytest.raises(ValueError, match="weight must be between 20 and 500 kg"):
        body.bmi(0, 180)
    with pytest.raises(ValueError, match="hip"):
        body.waist_to_hip_ratio(86, -1)


def test_fat_and_lean_mass_and_ffmi():
    # 80 kg at 20 %: fat 16 kg, lean 64 kg
    assert body.fat_mass(80, 20) == pytest.approx(16)
    assert body.lean_mass(80, 20) == pytest.approx(64)
    # Kouri et al. 1995: 75 kg at 12 %, 175 cm: lean = 75·0.88 = 66 kg;
    # FFMI = 66 / 1.75² = 66 / 3.0625 = 21.55; normalised = 21.55 + 6.1·(1.8 − 1.75) = 21.86
    lean = body.lean_mass(75, 12)
    assert body.ffmi(lean, 175) == pytest.approx(21.55, abs=0.01)
    assert body.normalized_ffmi(lean, 175) == pytest.approx(21.86, abs=0.01)
    # At 1.80 m the normalisation adds nothing: 68 / 3.24 = 20.99
    assert body.normalized_ffmi(68, 180) == pytest.approx(body.ffmi(68, 180))
    for bad in (-1, 100, 120):
        with pytest.raises(ValueError, match="body fat"):
            body.fat_mass(80, bad)


# --- classifications ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "key"),
    [
        (18.49, "underweight"),
        (18.5, "normal"),
        (18.51, "normal"),
        (24.99, "normal"),
        (25.0, "overweight"),
        (25.01, "overweight"),
        (29.99, "overweight"),
        (30.0, "obese_1"),
        (30.01, "obese_1"),
        (34.99, "obese_1"),
        (35.0, "obese_2"),
        (35.01, "obese_2"),
        (39.99, "obese_2"),
        (40.0, "obese_3"),
        (40.01, "obese_3"),
    ],
)
def test_bmi_boundaries(value, key):
    assert body.classify_bmi(value).key == key


def test_bmi_classification_fields():
    c = body.classify_bmi(body.bmi(80, 180))
    assert c == body.Classification(
        key="normal",
        label=Text(de="Normalgewicht", en="Normal weight"),
        colour="green",
        range=Text(de="18,5–24,9 kg/m²", en="18.5–24.9 kg/m²"),
        source=body.BMI_SOURCE,
    )
    assert "WHO" in c.source
    with pytest.raises(ValueError):
        body.classify_bmi(0)


# (sex, age, under-fat below, overweight from, obese from) — Gallagher et al. 2000.
GALLAGHER = [
    ("male", 25, 8, 20, 25),
    ("male", 45, 11, 22, 28),
    ("male", 65, 13, 25, 30),
    ("female", 25, 21, 33, 39),
    ("female", 45, 23, 34, 40),
    ("female", 65, 24, 36, 42),
]


@pytest.mark.parametrize(("sex", "age", "low", "over", "obese"), GALLAGHER)
def test_body_fat_boundaries(sex, age, low, over, obese):
    def key(pct):
        return body.classify_body_fat(pct, sex, age).key

    assert [key(low - 0.01), key(low), key(low + 0.01)] == ["underfat", "healthy", "healthy"]
    assert [key(over - 0.01), key(over), key(over + 0.01)] == [
        "healthy",
        "overweight",
        "overweight",
    ]
    assert [key(obese - 0.01), key(obese), key(obese + 0.01)] == [
        "overweight",
        "obese",
        "obese",
    ]


@pytest.mark.parametrize(
    ("age", "group"),
    [(16, "20–39"), (19.9, "20–39"), (39.9, "20–39"), (40, "40–59"), (60, "60–79"), (85, "60–79")],
)
def test_body_fat_age_group_outside_the_paper_uses_the_nearest(age, group):
    # Under 20 the 20–39 ranges apply, over 79 the 60–79 ranges; the range text says which.
    assert body.body_fat_age_group(age) == group
    assert body.classify_body_fat(15, "male", age).range.en.endswith(f", age {group}")


def test_body_fat_classification_fields():
    c = body.classify_body_fat(15, "male", 30)
    assert (c.key, c.label.en, c.label.de, c.colour) == ("healthy", "Healthy", "Gesund", "green")
    # The language's decimals, the age group beside the range, no brackets.
    assert c.range == Text(de="8–19,9 %, Alter 20–39", en="8–19.9 %, age 20–39")
    assert "Gallagher" in c.source
    assert body.classify_body_fat(40, "female", 30).colour == "red"
    with pytest.raises(ValueError, match="sex"):
        body.classify_body_fat(15, "x", 30)


@pytest.mark.parametrize(
    ("ratio", "key"),
    [
        (0.399, "take_care"),
        (0.4, "healthy"),
        (0.401, "healthy"),
        (0.499, "healthy"),
        (0.5, "increased"),
        (0.501, "increased"),
        (0.599, "increased"),
        (0.6, "high"),
        (0.601, "high"),
    ],
)
def test_waist_to_height_boundaries(ratio, key):
    assert body.classify_waist_to_height(ratio).key == key


def test_waist_to_height_from_measurements():
    # 89 / 178 = 0.5 exactly: "keep your waist to less than half your height" — at half, risk.
    assert body.classify_waist_to_height(body.waist_to_height_ratio(89, 178)).key == "increased"


@pytest.mark.parametrize(
    ("ratio", "sex", "key"),
    [
        (0.89, "male", "normal"),
        (0.90, "male", "substantially_increased"),
        (0.91, "male", "substantially_increased"),
        (0.84, "female", "normal"),
        (0.85, "female", "substantially_increased"),
        (0.86, "female", "substantially_increased"),
    ],
)
def test_waist_to_hip_boundaries(ratio, sex, key):
    c = body.classify_waist_to_hip(ratio, sex)
    assert c.key == key
    assert c.colour == ("green" if key == "normal" else "red")


@pytest.mark.parametrize(
    ("waist", "sex", "key"),
    [
        (93.9, "male", "normal"),
        (94, "male", "increased"),
        (94.1, "male", "increased"),
        (101.9, "male", "increased"),
        (102, "male", "substantially_increased"),
        (102.1, "male", "substantially_increased"),
        (79.9, "female", "normal"),
        (80, "female", "increased"),
        (80.1, "female", "increased"),
        (87.9, "female", "increased"),
        (88, "female", "substantially_increased"),
        (88.1, "female", "substantially_increased"),
    ],
)
def test_waist_boundaries(waist, sex, key):
    assert body.classify_waist(waist, sex).key == key


@pytest.mark.parametrize(("lang", "mark"), [("en", "."), ("de", ",")])
def test_waist_range_text(lang, mark):
    assert [body.classify_waist(w, "female").range.pick(lang) for w in (70, 85, 95)] == [
        "< 80 cm",
        f"80–87{mark}9 cm",
        "≥ 88 cm",
    ]


# --- weight trend ------------------------------------------------------------------------

D0 = date(2026, 3, 1)


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def test_moving_average_uses_calendar_days_and_invents_nothing():
    points = [(day(0), 80.0), (day(1), 81.0), (day(2), 82.0), (day(7), 79.0), (day(20), 78.0)]
    result = trend.moving_average(points, days=7)
    assert [d for d, _ in result] == [day(0), day(1), day(2), day(7), day(20)]
    values = [v for _, v in result]
    # day 0: 80; day 1: (80+81)/2 = 80.5; day 2: (80+81+82)/3 = 81
    # day 7: window day 1 … day 7 → (81 + 82 + 79)/3 = 80.667 (day 0 is 7 days back: out)
    # day 20: nothing else in day 14 … day 20 → 78
    assert values == pytest.approx([80.0, 80.5, 81.0, 80.6667, 78.0], abs=1e-4)


def test_moving_average_sorts_and_refuses_duplicates():
    assert trend.moving_average([(day(1), 2.0), (day(0), 1.0)], days=2) == [
        (day(0), 1.0),
        (day(1), 1.5),
    ]
    assert trend.moving_average([]) == []
    with pytest.raises(ValueError, match="one value per day"):
        trend.moving_average([(day(0), 80.0), (day(0), 81.0)])
    with pytest.raises(ValueError, match="days"):
        trend.moving_average([(day(0), 80.0)], days=0)


def test_smoothed_trend_daily():
    # Walker's rule, alpha 0.1: 80 → 80 + 0.1·(81 − 80) = 80.1 → 80.1 + 0.1·(79 − 80.1) = 79.99
    result = trend.smoothed_trend([(day(0), 80.0), (day(1), 81.0), (day(2), 79.0)])
    assert [v for _, v in result] == pytest.approx([80.0, 80.1, 79.99])


def test_smoothed_trend_gap_equals_daily_smoothing_toward_the_next_weight():
    # A 3-day gap: alpha_eff = 1 − 0.9³ = 0.271; 80 + 0.271·(83 − 80) = 80.813
    gap = trend.smoothed_trend([(day(0), 80.0), (day(3), 83.0)])
    assert gap[-1][1] == pytest.approx(80.813)
    # … the same as weighing 83 on each of the three days
    daily = trend.smoothed_trend([(day(0), 80.0), (day(1), 83.0), (day(2), 83.0), (day(3), 83.0)])
    assert gap[-1] == (day(3), pytest.approx(daily[-1][1]))
    assert trend.smoothed_trend([]) == []
    with pytest.raises(ValueError, match="alpha"):
        trend.smoothed_trend([(day(0), 80.0)], alpha=0)


def test_weekly_rate_of_a_steady_loss():
    # Synthetic: −0.5 kg/week = −0.5/7 kg a day for 120 days, from 90 kg.
    series = [(day(i), 90 - 0.5 * i / 7) for i in range(120)]
    assert trend.weekly_rate(series) == pytest.approx(-0.5)
    # Through the smoothed trend: after 90 days the start-up lag has died away (0.9^90 ≈ 8e-5)
    # and the trend falls at the same rate as the weights.
    assert trend.weekly_rate(trend.smoothed_trend(series)) == pytest.approx(-0.5, abs=0.01)
    # Weighing only every third day changes nothing.
    sparse = series[::3]
    assert trend.weekly_rate(trend.smoothed_trend(sparse)) == pytest.approx(-0.5, abs=0.01)


def test_weekly_rate_uses_only_the_last_28_days():
    # A gain of 1 kg/week long ago, then flat for the last 28 days: rate 0.
    rising = [(day(i), 80 + i / 7) for i in range(30)]
    flat = [(day(30 + i), 85.0) for i in range(28)]
    assert trend.weekly_rate(rising + flat) == pytest.approx(0, abs=1e-9)


def test_weekly_rate_needs_two_points_over_a_week():
    assert trend.weekly_rate([]) is None
    assert trend.weekly_rate([(day(0), 80.0)]) is None
    # Six days of span: too short.
    assert trend.weekly_rate([(day(0), 80.0), (day(6), 79.0)]) is None
    # Seven days: (79 − 80) / 7 days · 7 = −1 kg/week
    assert trend.weekly_rate([(day(0), 80.0), (day(7), 79.0)]) == pytest.approx(-1.0)
    # Old points beyond the window don't count towards the span.
    assert trend.weekly_rate([(day(0), 80.0), (day(40), 79.0), (day(42), 78.0)]) is None
