"""What the browser sends of an entry kept offline is read defensively, and
an entry goes only to the person who kept it (core.offline)."""

from __future__ import annotations

import hashlib
import uuid

import pytest

from mitai_app.core import offline

ID = str(uuid.uuid4())


@pytest.mark.parametrize(
    "raw",
    [
        None,
        [],
        {"id": "not-a-uuid", "log": "weight", "form": {}},
        {"id": ID, "log": "weight"},
        {"id": ID, "log": "weight", "form": "weight=80"},
        {"id": ID, "log": "weight", "form": {str(n): "1" for n in range(offline.MAX_FIELDS + 1)}},
    ],
)
def test_malformed_entries_are_refused(raw):
    with pytest.raises(ValueError):
        offline.read_queued(raw)


def test_an_entry_is_read_as_text_in_known_units():
    entry = offline.read_queued(
        {
            "id": ID,
            "log": "weight",
            "form": {"weight": 80.5, "notes": "x" * 5000},
            "units": "furlongs",
        }
    )
    assert entry.id == uuid.UUID(ID)
    assert entry.form["weight"] == "80.5"
    assert len(entry.form["notes"]) == offline.MAX_TEXT
    assert entry.units == "metric"
    assert (entry.prefix, entry.owner) == ("", "")


def test_an_entry_goes_only_to_who_kept_it():
    digest = hashlib.sha256(b"ann@example.org").hexdigest()
    assert offline.owner_matches(f"sha256:{digest}", "Ann@Example.org ")
    assert offline.owner_matches("email:ann@example.org", "ann@example.org")
    assert offline.owner_matches("", "ann@example.org")  # kept before anyone was known
    assert not offline.owner_matches(f"sha256:{digest}", "bob@example.org")
    assert not offline.owner_matches("email:ann@example.org", "bob@example.org")
    assert not offline.owner_matches("ann@example.org", "ann@example.org")
