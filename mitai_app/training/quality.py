"""An activity's quality: its type's rule sets judged against it, a score
0–100 and a label, and whether the profile's quality filter lets it count.

Two rule sets, each rule passing, failing, or not checkable (None) when the
activity lacks the value:
- plausibility: duration, heart rate within the plausible range, kcal per
  hour and average speed not above their maxima. An implausible activity
  scores 0.
- minimum_requirements: minimum duration, kcal per hour, and average heart
  rate as a share of the profile's maximum.

The limits are the global `training_parameters`; a training type's profile
overrides them per rule set (`{"rule_sets": {"minimum_requirements":
{"enabled": true, "min_duration_minutes": 20}}}`) or switches a set off.
The score weighs the share of minimum requirements met, the duration
against its target and the intensity (parameter `score_weights`); parts that
cannot be judged are left out and the rest reweighed. Pure: no database."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

PLAUSIBILITY = "plausibility"
MINIMUM = "minimum_requirements"
RULE_SETS: tuple[str, ...] = (PLAUSIBILITY, MINIMUM)
# The rules of each set, and the parameter holding each one's limit.
RULES: dict[str, tuple[tuple[str, str], ...]] = {
    PLAUSIBILITY: (
        ("max_duration", "max_duration_minutes"),
        ("hr_low", "min_hr_plausible"),
        ("hr_high", "max_hr_plausible"),
        ("max_kcal_per_hour", "max_kcal_per_hour"),
        ("max_speed", "max_speed_kmh"),
    ),
    MINIMUM: (
        ("min_duration", "min_duration_minutes"),
        ("min_kcal_per_hour", "min_kcal_per_hour"),
        ("min_intensity", "min_avg_hr_pct_of_max"),
    ),
}
FULL_INTENSITY_PCT = 70.0  # % of maximum heart rate (zone 3) that scores full intensity
FULL_INTENSITY_RPE = 7  # session RPE that scores full intensity without heart rate
DEFAULT_WEIGHTS = {MINIMUM: 0.4, "duration": 0.3, "intensity": 0.3}


@dataclass(frozen=True)
class Facts:
    """What is judged: the activity's numbers and the profile's maximum heart rate."""

    duration_minutes: float | None = None
    kcal: float | None = None
    avg_hr: float | None = None
    max_hr: float | None = None
    distance_km: float | None = None
    rpe: float | None = None
    profile_max_hr: float | None = None


def limits(parameters: Mapping[str, Any], type_profile: Mapping[str, Any] | None) -> dict:
    """Per rule set: whether it is enabled and each rule's limit (None: off)."""
    overrides = ((type_profile or {}).get("rule_sets") or {}) if type_profile else {}
    out: dict[str, dict[str, Any]] = {}
    for rule_set, rules in RULES.items():
        own = overrides.get(rule_set) or {}
        out[rule_set] = {
            "enabled": bool(own.get("enabled", True)),
            **{rule: _number(own.get(key, parameters.get(key))) for rule, key in rules},
        }
    return out


def _number(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def _per_hour(kcal: float | None, minutes: float | None) -> float | None:
    if kcal is None or not minutes:
        return None
    return kcal * 60 / minutes


def _speed(km: float | None, minutes: float | None) -> float | None:
    if not km or not minutes:
        return None
    return km * 60 / minutes


def _intensity_pct(facts: Facts) -> float | None:
    if facts.avg_hr is None or not facts.profile_max_hr:
        return None
    return 100 * facts.avg_hr / facts.profile_max_hr


def _judge(value: float | None, limit: float | None, *, at_least: bool) -> bool | None:
    if value is None or limit is None:
        return None
    return value >= limit if at_least else value <= limit


def judge_rule(rule: str, facts: Facts, limit: float | None) -> dict[str, Any]:
    """One rule's result: {"rule", "passed" (None: not checkable), "value", "limit"}."""
    duration = facts.duration_minutes
    value: float | None
    if rule in ("max_duration", "min_duration"):
        value = duration
    elif rule == "hr_low":
        readings = [v for v in (facts.avg_hr, facts.max_hr) if v is not None]
        value = min(readings) if readings else None
    elif rule == "hr_high":
        readings = [v for v in (facts.avg_hr, facts.max_hr) if v is not None]
        value = max(readings) if readings else None
    elif rule in ("max_kcal_per_hour", "min_kcal_per_hour"):
        value = _per_hour(facts.kcal, duration)
    elif rule == "max_speed":
        value = _speed(facts.distance_km, duration)
    elif rule == "min_intensity":
        value = _intensity_pct(facts)
    else:
        raise ValueError(f"unknown rule {rule!r}")
    at_least = rule.startswith("min_") or rule == "hr_low"
    passed = _judge(value, limit, at_least=at_least)
    return {
        "rule": rule,
        "passed": passed,
        "value": None if value is None else round(value, 1),
        "limit": limit,
    }


def _partial_scores(facts: Facts, minimum: dict, parameters: Mapping[str, Any]) -> dict:
    scores: dict[str, float] = {}
    judged = [r["passed"] for r in minimum["rules"] if r["passed"] is not None]
    if minimum["enabled"] and judged:
        scores[MINIMUM] = sum(judged) / len(judged)
    target = _number(parameters.get("target_duration_minutes"))
    if facts.duration_minutes is not None and target:
        scores["duration"] = min(1.0, facts.duration_minutes / target)
    pct = _intensity_pct(facts)
    floor = _number(parameters.get("min_avg_hr_pct_of_max")) or 50.0
    if pct is not None:
        scores["intensity"] = max(0.0, min(1.0, (pct - floor) / (FULL_INTENSITY_PCT - floor)))
    elif facts.rpe is not None:
        scores["intensity"] = min(1.0, facts.rpe / FULL_INTENSITY_RPE)
    return scores


def score_of(partial: Mapping[str, float], weights: Mapping[str, Any] | None) -> int:
    """The weighted mean of the partial scores, 0–100 (parts left out reweighed)."""
    weights = weights if isinstance(weights, Mapping) else DEFAULT_WEIGHTS
    used = {k: float(weights.get(k, 0)) for k in partial if float(weights.get(k, 0)) > 0}
    total = sum(used.values())
    if not total:
        return 0
    return round(100 * sum(partial[k] * w for k, w in used.items()) / total)


def label_of(score: int, parameters: Mapping[str, Any]) -> str:
    if score >= (_number(parameters.get("quality_label_high_min_score")) or 75):
        return "high"
    if score >= (_number(parameters.get("quality_label_medium_min_score")) or 50):
        return "medium"
    return "low"


@dataclass(frozen=True)
class Evaluation:
    evaluation: dict[str, Any]  # stored as activity_log.evaluation
    overall_score: int
    quality_label: str


def evaluate(
    facts: Facts, parameters: Mapping[str, Any], type_profile: Mapping[str, Any] | None = None
) -> Evaluation:
    """Every rule set judged against `facts`, the score and its label."""
    results: dict[str, dict[str, Any]] = {}
    for rule_set, limit_of in limits(parameters, type_profile).items():
        enabled = limit_of.pop("enabled")
        rules = (
            [judge_rule(rule, facts, limit) for rule, limit in limit_of.items()] if enabled else []
        )
        results[rule_set] = {
            "enabled": enabled,
            "passed": all(r["passed"] is not False for r in rules),
            "rules": rules,
        }
    partial = _partial_scores(facts, results[MINIMUM], parameters)
    score = (
        0
        if not results[PLAUSIBILITY]["passed"]
        else score_of(partial, parameters.get("score_weights"))
    )
    return Evaluation(
        evaluation={"rule_set_results": results, "partial_scores": partial},
        overall_score=score,
        quality_label=label_of(score, parameters),
    )


def failed_rules(evaluation: Mapping[str, Any] | None) -> list[tuple[str, dict[str, Any]]]:
    """(rule set, rule result) of every rule that failed."""
    if not evaluation:
        return []
    return [
        (rule_set, rule)
        for rule_set, result in (evaluation.get("rule_set_results") or {}).items()
        for rule in result.get("rules", [])
        if rule.get("passed") is False
    ]


def _per_level(parameters: Mapping[str, Any], key: str, level: str, default: Any) -> Any:
    value = parameters.get(key)
    return value.get(level, default) if isinstance(value, Mapping) else default


def counts(
    level: str,
    parameters: Mapping[str, Any],
    *,
    evaluation: Mapping[str, Any] | None,
    score: int | None,
    avg_hr: float | None,
) -> bool:
    """Whether the quality filter at `level` lets the activity count. An
    activity not evaluated yet counts unless heart rate is required."""
    if level == "disabled":
        return True
    if _per_level(parameters, "quality_filter_require_heart_rate", level, False) and avg_hr is None:
        return False
    if not evaluation or score is None:
        return True
    results = evaluation.get("rule_set_results") or {}
    for rule_set, key in (
        (PLAUSIBILITY, "quality_filter_require_plausible"),
        (MINIMUM, "quality_filter_require_minimum_requirements"),
    ):
        if _per_level(parameters, key, level, False) and not (results.get(rule_set) or {}).get(
            "passed", True
        ):
            return False
    return score >= (_number(_per_level(parameters, "quality_filter_min_score", level, 0)) or 0)
