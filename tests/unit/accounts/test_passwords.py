"""Password policy, hashing and tokens as a user signing up or in meets them."""

import hashlib
import string

import pytest

from mitai_app.accounts.passwords import (
    DEFAULT_ROUNDS,
    MAX_LENGTH,
    MIN_LENGTH,
    PasswordCheck,
    dummy_verify,
    hash_password,
    new_token,
    password_problem,
    prehash,
    token_digest,
    verify_password,
)

KEY = b"test-key-for-password-hashing"
FAST = 4


def test_length_limits():
    assert (MIN_LENGTH, MAX_LENGTH) == (8, 128)
    assert password_problem("Xk7#pQ2") == "too_short"
    assert password_problem("Xk7#pQ2m") is None
    assert password_problem("Xk7#pQ2m" * 16) is None
    assert password_problem("Xk7#pQ2m" * 16 + "z") == "too_long"


def test_length_counts_characters_not_bytes():
    assert password_problem("äöüßÄÖÜé") is None
    assert password_problem("ä" * 128) is None
    assert password_problem("ä" * 129) == "too_long"


@pytest.mark.parametrize(
    "common", ["password1", "123456789", "qwertyuiop", "PassWord1", "iloveyou"]
)
def test_common_passwords_are_refused(common):
    assert password_problem(common) == "too_common"


def test_email_or_its_local_part_is_refused():
    email = "Anna.Schmidt@example.org"
    assert password_problem("anna.schmidt", email=email) == "too_common"
    assert password_problem("ANNA.SCHMIDT@EXAMPLE.ORG", email=email) == "too_common"
    assert password_problem("anna.schmidt!", email=email) is None
    assert password_problem("anna.schmidt", email=None) is None


def test_prehash_is_44_ascii_bytes_and_keyed():
    digest = prehash("x" * 1000, key=KEY)
    assert len(digest) == 44 and digest.isascii()
    assert prehash("secret-pass", key=b"other") != prehash("secret-pass", key=KEY)


def test_hash_and_verify():
    stored = hash_password("correct horse battery", key=KEY, rounds=FAST)
    assert stored.startswith("$2") and "correct" not in stored
    assert verify_password("correct horse battery", stored, key=KEY).valid
    assert verify_password("correct horse batterY", stored, key=KEY) == PasswordCheck(False, False)


def test_different_key_fails():
    stored = hash_password("correct horse battery", key=KEY, rounds=FAST)
    assert not verify_password("correct horse battery", stored, key=b"another-key").valid


def test_long_passwords_count_beyond_72_bytes():
    letters = string.ascii_letters + string.digits
    long_one = "".join(letters[(i * 7) % len(letters)] for i in range(100))
    stored = hash_password(long_one, key=KEY, rounds=FAST)
    assert verify_password(long_one, stored, key=KEY).valid
    # Same first 72 bytes, different tail: plain bcrypt would accept it.
    same_prefix = long_one[:72] + "Z" * 28
    assert not verify_password(same_prefix, stored, key=KEY).valid


def test_multibyte_passwords_verify():
    stored = hash_password("Grüße aus Köln 🏋️", key=KEY, rounds=FAST)
    assert verify_password("Grüße aus Köln 🏋️", stored, key=KEY).valid


def test_cheap_cost_asks_for_rehash_and_default_cost_does_not():
    cheap = hash_password("correct horse battery", key=KEY, rounds=FAST)
    assert verify_password("correct horse battery", cheap, key=KEY) == PasswordCheck(True, True)
    current = hash_password("correct horse battery", key=KEY)
    assert current.startswith(f"$2b${DEFAULT_ROUNDS}$")
    assert verify_password("correct horse battery", current, key=KEY) == PasswordCheck(True, False)


def test_rehash_follows_the_configured_cost():
    stored = hash_password("correct horse battery", key=KEY, rounds=FAST)
    check = verify_password("correct horse battery", stored, key=KEY, rounds=FAST)
    assert check == PasswordCheck(True, False)
    assert verify_password("correct horse battery", stored, key=KEY, rounds=5).needs_rehash


def test_legacy_sha256_verifies_and_asks_for_rehash():
    legacy = hashlib.sha256(b"old-password").hexdigest()
    assert verify_password("old-password", legacy, key=KEY, rounds=FAST) == PasswordCheck(
        True, True
    )
    assert verify_password("old-password", legacy.upper(), key=KEY, rounds=FAST).valid
    assert verify_password("wrong-password", legacy, key=KEY, rounds=FAST) == PasswordCheck(
        False, False
    )


@pytest.mark.parametrize("garbage", ["", "plaintext", "$2b$12$tooshort", "ab" * 31, "é" * 64])
def test_unknown_hash_formats_are_invalid(garbage):
    assert verify_password("plaintext", garbage, key=KEY) == PasswordCheck(False, False)


def test_oversized_password_is_invalid():
    huge = "a" * (MAX_LENGTH + 1)
    stored = hash_password(huge, key=KEY, rounds=FAST)
    assert not verify_password(huge, stored, key=KEY).valid
    assert not verify_password("a" * 1_000_000, stored, key=KEY).valid


def test_dummy_verify_runs():
    assert dummy_verify(key=KEY, rounds=FAST) is None
    assert dummy_verify(key=KEY) is None


def test_tokens_are_long_unique_and_stored_as_digest():
    tokens = {new_token() for _ in range(100)}
    assert len(tokens) == 100
    assert all(len(t) >= 43 for t in tokens)
    token = next(iter(tokens))
    digest = token_digest(token)
    assert digest == hashlib.sha256(token.encode()).hexdigest() and token not in digest
