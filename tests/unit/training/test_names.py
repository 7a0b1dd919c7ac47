"""Workout-name matching: case, extra whitespace and Apple Health's camel
case are ignored, the profile's own mapping beats a global one, and unknown
names are grouped with their counts."""

from mitai_app.training.names import normalise_name, resolve, unknown_names


def test_case_extra_whitespace_and_camel_case_are_ignored():
    assert normalise_name("  Traditional   Strength\tTraining ") == "traditional strength training"
    assert normalise_name("TraditionalStrengthTraining") == "traditional strength training"
    assert normalise_name("LAUFEN") == normalise_name("laufen") == "laufen"
    assert normalise_name("HIIT") == "hiit"


def test_the_profiles_own_mapping_beats_a_global_one():
    shared = {"laufen": "running", "yoga": "yoga"}
    own = {"laufen": "walking"}
    assert resolve("Laufen ", own, shared) == "walking"
    assert resolve("YOGA", own, shared) == "yoga"
    assert resolve("Krafttraining", own, shared) is None


def test_unknown_names_are_grouped_with_counts_most_first():
    names = [
        ("Krafttraining", 2),
        ("krafttraining ", 1),
        ("TraditionalStrengthTraining", 5),
        ("Laufen", 4),
        ("", 3),
    ]
    found = unknown_names(names, {}, {"laufen": "running"})
    assert [(n.name, n.key, n.count) for n in found] == [
        ("TraditionalStrengthTraining", "traditional strength training", 5),
        ("Krafttraining", "krafttraining", 3),
    ]


def test_a_name_is_shown_in_its_most_frequent_spelling_else_in_mixed_case():
    tie = unknown_names([(" laufen ", 1), ("LAUFEN", 1), ("Laufen", 1)], {}, {})
    assert [(n.name, n.count) for n in tie] == [("Laufen", 3)]
    most = unknown_names([("laufen", 2), ("Laufen", 1)], {}, {})
    assert most[0].name == "laufen"
