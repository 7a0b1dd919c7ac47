"""Fitness test norms: every bound and every age and sex boundary of every
table gives the category the source prints, hand-checked rows read as in
the sources, results are read and refused as typed, and a Cooper distance
gives VO2max by Cooper's formula."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from mitai_app.core.errors import UserError
from mitai_app.goals.data import FITNESS_TESTS, FitnessTestsFile
from mitai_app.goals.norms import bands, cooper_vo2max, norm_category, parse_result

ROWS = [(test, row) for test in FITNESS_TESTS.values() for row in test.norms]
ISSUE_TESTS = {
    "cooper_12min",
    "run_1_5_mile",
    "push_ups",
    "curl_ups",
    "sit_and_reach",
    "plank",
    "step_test",
    "resting_hr",
}


def _id(pair) -> str:
    test, row = pair
    return f"{test.key}-{row.sex}-{row.ages[0]}-{row.ages[1]}"


def test_the_catalogue_holds_the_issues_tests_each_with_a_source_and_both_sexes():
    assert set(FITNESS_TESTS) == ISSUE_TESTS
    for test in FITNESS_TESTS.values():
        assert {row.sex for row in test.norms} == {"male", "female"}, test.key
        assert test.protocol.de and test.protocol.en and test.source


@pytest.mark.parametrize("pair", ROWS, ids=[_id(p) for p in ROWS])
def test_every_bound_starts_the_better_category(pair):
    test, row = pair
    age = row.ages[0]
    step = 1 if test.better == "higher" else -1  # towards the better side
    for index, bound in enumerate(row.bounds):
        assert norm_category(test, row.sex, age, bound) == test.categories[index + 1]
        worse = bound - step * 0.5
        assert norm_category(test, row.sex, age, worse) == test.categories[index]
    low, high = test.plausible
    worst, best = (low, high) if test.better == "higher" else (high, low)
    assert norm_category(test, row.sex, age, worst) == test.categories[0]
    assert norm_category(test, row.sex, age, best) == test.categories[-1]


@pytest.mark.parametrize("pair", ROWS, ids=[_id(p) for p in ROWS])
def test_both_ends_of_an_age_band_read_its_row_and_the_years_outside_do_not(pair):
    test, row = pair
    probe = row.bounds[0]
    expected = test.categories[1]
    assert norm_category(test, row.sex, row.ages[0], probe) == expected
    assert norm_category(test, row.sex, row.ages[1], probe) == expected
    for outside in (row.ages[0] - 1, row.ages[1] + 1):
        neighbour = [
            r for r in test.norms if r.sex == row.sex and r.ages[0] <= outside <= r.ages[1]
        ]
        if neighbour:
            assert neighbour[0] is not row
        else:
            assert norm_category(test, row.sex, outside, probe) is None


@pytest.mark.parametrize(
    ("test", "sex", "age", "value", "category"),
    [
        # Cooper (1968): a man of 25 running 2400 m is above average, 2800 m still;
        # over 2800 m excellent; a woman of 52 with 1399 m below average.
        ("cooper_12min", "male", 25, 2400, "above_average"),
        ("cooper_12min", "male", 25, 2800, "above_average"),
        ("cooper_12min", "male", 25, 2801, "excellent"),
        ("cooper_12min", "female", 52, 1399, "below_average"),
        # CSEP push-ups: a man of 35 with 22 is very good, a woman of 45 with 4 needs improvement.
        ("push_ups", "male", 35, 22, "very_good"),
        ("push_ups", "female", 45, 4, "needs_improvement"),
        # 1.5 miles in 12:18 (738 s) is average for men of 20–29, one second more is fair.
        ("run_1_5_mile", "male", 24, 738, "average"),
        ("run_1_5_mile", "male", 24, 739, "fair"),
        # Resting heart rate 55 is athlete level for men of 18–25, 62 good.
        ("resting_hr", "male", 20, 55, "athlete"),
        ("resting_hr", "male", 20, 62, "good"),
        # Step test: 105 bpm is average for a man of 30, 129 very poor.
        ("step_test", "male", 30, 105, "average"),
        ("step_test", "male", 30, 129, "very_poor"),
    ],
)
def test_rows_read_as_the_sources_print_them(test, sex, age, value, category):
    assert norm_category(FITNESS_TESTS[test], sex, age, value) == category


def test_without_sex_or_age_or_outside_the_tables_there_is_no_category():
    cooper = FITNESS_TESTS["cooper_12min"]
    assert norm_category(cooper, None, 30, 2400) is None
    assert norm_category(cooper, "male", None, 2400) is None
    assert norm_category(cooper, "male", 17, 2400) is None  # the table starts at 20
    assert bands(cooper, "male", 17) == []


def test_bands_cover_the_plausible_range_worst_to_best_along_the_axis():
    cooper = FITNESS_TESTS["cooper_12min"]
    shaded = bands(cooper, "male", 25)
    assert [b.category for b in shaded] == list(cooper.categories)
    assert (shaded[0].low, shaded[-1].high) == cooper.plausible
    assert [b.low for b in shaded[1:]] == [1600, 2200, 2400, 2801]
    pulse = FITNESS_TESTS["resting_hr"]
    shaded = bands(pulse, "female", 30)
    assert shaded[0].category == "athlete" and shaded[0].high == 59
    assert shaded[-1].category == "poor" and shaded[-1].low == 82


def test_results_are_read_as_typed():
    assert parse_result(FITNESS_TESTS["run_1_5_mile"], "12:05") == 725
    assert parse_result(FITNESS_TESTS["plank"], "95") == 95
    assert parse_result(FITNESS_TESTS["sit_and_reach"], "-3,5") == -3.5
    assert parse_result(FITNESS_TESTS["cooper_12min"], " 2650 ") == 2650


@pytest.mark.parametrize(
    ("test", "typed", "code"),
    [
        ("cooper_12min", "5200", "goals.fitness.error.implausible"),  # over 5 km in 12 minutes
        ("push_ups", "500", "goals.fitness.error.implausible"),
        ("push_ups", "12.5", "goals.fitness.error.whole"),
        ("run_1_5_mile", "12:75", "goals.fitness.error.result"),
        ("run_1_5_mile", "4:00", "goals.fitness.error.implausible"),
        ("plank", "", "goals.fitness.error.result"),
        ("resting_hr", "abc", "goals.fitness.error.result"),
    ],
)
def test_implausible_or_unreadable_results_are_refused_at_the_field(test, typed, code):
    with pytest.raises(UserError) as refused:
        parse_result(FITNESS_TESTS[test], typed)
    assert (refused.value.field, refused.value.code) == ("result", code)


def test_cooper_distance_gives_vo2max_by_coopers_formula():
    assert cooper_vo2max(2650) == 48.0  # (2650 - 504.9) / 44.73 = 47.96
    assert cooper_vo2max(1800) == 29.0


def test_the_loader_refuses_bounds_out_of_order_and_overlapping_ages():
    test = {
        "key": "t",
        "name": {"de": "T", "en": "T"},
        "unit": "m",
        "input": "number",
        "better": "higher",
        "plausible": [0, 10],
        "protocol": {"de": "p", "en": "p"},
        "source": "a cited source",
        "categories": ["poor", "good"],
        "norms": [{"sex": "male", "ages": [20, 29], "bounds": [5]}],
    }
    categories = [{"key": k, "name": {"de": k, "en": k}} for k in ("poor", "fair", "good")]
    FitnessTestsFile.model_validate({"categories": categories, "tests": [test]})
    wrong_way = {
        **test,
        "categories": ["poor", "fair", "good"],
        "norms": [
            {"sex": "male", "ages": [20, 29], "bounds": [7, 5]}
        ],  # falling, yet higher is better
    }
    overlapping = {
        **test,
        "norms": [*test["norms"], {"sex": "male", "ages": [29, 39], "bounds": [4]}],
    }
    for bad in (wrong_way, overlapping):
        with pytest.raises(ValidationError):
            FitnessTestsFile.model_validate({"categories": categories, "tests": [bad]})
