"""Sealed settings: unreadable without the secret key, readable with it."""

from mitai_app.core.sealing import seal, unseal

SECRET = b"a-secret-key-for-tests"


def test_sealed_values_round_trip_and_do_not_show_the_plaintext():
    stored = seal("sk-live-123", SECRET)
    assert "sk-live-123" not in stored
    assert unseal(stored, SECRET) == "sk-live-123"
    assert seal("", SECRET) == ""


def test_another_secret_cannot_read_it_and_older_plain_values_still_can():
    assert unseal(seal("sk-live-123", SECRET), b"another-secret") is None
    assert unseal("sk-stored-before-sealing", SECRET) == "sk-stored-before-sealing"
