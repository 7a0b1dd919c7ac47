"""The quality rules, each passing and failing, the score and label, and
the quality filter's levels."""

import json
from pathlib import Path

import pytest

from mitai_app.training import quality
from mitai_app.training.quality import Facts, evaluate, judge_rule

PARAMETERS = {
    p["key"]: p["value"]
    for p in json.loads(
        (
            Path(__file__).resolve().parents[3] / "mitai_app/training/data/training_parameters.json"
        ).read_text()
    )["parameters"]
}


@pytest.mark.parametrize(
    ("rule", "facts", "limit", "passed"),
    [
        ("min_duration", Facts(duration_minutes=30), 10, True),
        ("min_duration", Facts(duration_minutes=5), 10, False),
        ("max_duration", Facts(duration_minutes=90), 720, True),
        ("max_duration", Facts(duration_minutes=800), 720, False),
        ("hr_low", Facts(avg_hr=120, max_hr=160), 30, True),
        ("hr_low", Facts(avg_hr=20), 30, False),
        ("hr_high", Facts(avg_hr=120, max_hr=180), 220, True),
        ("hr_high", Facts(avg_hr=120, max_hr=240), 220, False),
        ("min_kcal_per_hour", Facts(duration_minutes=30, kcal=200), 100, True),  # 400/h
        ("min_kcal_per_hour", Facts(duration_minutes=60, kcal=40), 100, False),
        ("max_kcal_per_hour", Facts(duration_minutes=60, kcal=700), 1500, True),
        ("max_kcal_per_hour", Facts(duration_minutes=30, kcal=1000), 1500, False),  # 2000/h
        ("max_speed", Facts(duration_minutes=30, distance_km=6), 80, True),  # 12 km/h
        ("max_speed", Facts(duration_minutes=30, distance_km=50), 80, False),  # 100 km/h
        ("min_intensity", Facts(avg_hr=130, profile_max_hr=190), 50, True),  # 68 %
        ("min_intensity", Facts(avg_hr=80, profile_max_hr=190), 50, False),  # 42 %
    ],
)
def test_each_rule_passes_and_fails(rule, facts, limit, passed):
    assert judge_rule(rule, facts, limit)["passed"] is passed


def test_a_rule_without_its_value_is_not_checked():
    assert judge_rule("min_intensity", Facts(avg_hr=130), 50)["passed"] is None
    assert judge_rule("max_speed", Facts(duration_minutes=30), 80)["passed"] is None


def test_a_good_run_scores_high_and_passes_every_set():
    run = Facts(
        duration_minutes=45, kcal=450, avg_hr=150, max_hr=175, distance_km=8, profile_max_hr=190
    )
    judged = evaluate(run, PARAMETERS)
    results = judged.evaluation["rule_set_results"]
    assert results["plausibility"]["passed"] and results["minimum_requirements"]["passed"]
    assert judged.overall_score == 100 and judged.quality_label == "high"
    assert quality.failed_rules(judged.evaluation) == []


def test_a_short_stroll_fails_its_minimum_and_says_which_rule():
    stroll = Facts(duration_minutes=5, kcal=5)
    judged = evaluate(stroll, PARAMETERS)
    failed = [
        (s, r["rule"], r["value"], r["limit"]) for s, r in quality.failed_rules(judged.evaluation)
    ]
    assert failed == [
        ("minimum_requirements", "min_duration", 5, 10),
        ("minimum_requirements", "min_kcal_per_hour", 60, 100),
    ]
    assert judged.quality_label == "low" and judged.overall_score < 50


def test_an_implausible_activity_scores_zero():
    judged = evaluate(Facts(duration_minutes=30, distance_km=50), PARAMETERS)
    assert judged.overall_score == 0
    assert not judged.evaluation["rule_set_results"]["plausibility"]["passed"]


def test_a_types_profile_overrides_a_limit_or_switches_a_set_off():
    facts = Facts(duration_minutes=15)
    stricter = {"rule_sets": {"minimum_requirements": {"min_duration_minutes": 20}}}
    assert not evaluate(facts, PARAMETERS, stricter).evaluation["rule_set_results"][
        "minimum_requirements"
    ]["passed"]
    off = {"rule_sets": {"minimum_requirements": {"enabled": False}}}
    result = evaluate(Facts(duration_minutes=5), PARAMETERS, off).evaluation["rule_set_results"]
    assert result["minimum_requirements"] == {"enabled": False, "passed": True, "rules": []}


def test_the_filter_levels_let_more_or_fewer_activities_count():
    weak = evaluate(Facts(duration_minutes=5, kcal=5), PARAMETERS)
    good = evaluate(Facts(duration_minutes=45, kcal=450, avg_hr=150), PARAMETERS)

    def counted(level, judged, avg_hr=None):
        return quality.counts(
            level,
            PARAMETERS,
            evaluation=judged.evaluation,
            score=judged.overall_score,
            avg_hr=avg_hr,
        )

    assert counted("disabled", weak)
    assert not counted("moderate", weak)
    assert counted("moderate", good, avg_hr=150)
    assert not counted("strict", good, avg_hr=None)  # strict needs heart rate
    # Not evaluated yet: counts unless heart rate is required.
    assert quality.counts("moderate", PARAMETERS, evaluation=None, score=None, avg_hr=None)
