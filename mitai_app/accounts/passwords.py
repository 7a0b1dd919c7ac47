"""Password policy, password hashing and single-use tokens.

Policy: 8 to 128 characters (Unicode code points, never truncated), and not
one of the 10,000 most common passwords nor the account's own e-mail address.

Hashing: bcrypt reads only the first 72 bytes of its input, so the password is
first pre-hashed with HMAC-SHA256 under the server's key and base64-encoded
(44 ASCII bytes); every character of a long password counts, and a stolen
database alone is not enough to test guesses. Hashes of the original app
(plain SHA-256 hex) still verify and are flagged for an upgrade to bcrypt.

Pure: the key and the cost are passed in by the caller.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

import bcrypt

MIN_LENGTH = 8
MAX_LENGTH = 128
DEFAULT_ROUNDS = 12

# zxcvbn 4.5.0 ranks 30,000 leaked passwords (all lower case) by frequency; the
# top third is common enough to refuse without rejecting ordinary passphrases.
COMMON_PASSWORD_RANKS = 10_000

_LEGACY_SHA256 = re.compile(r"[0-9a-fA-F]{64}")


@dataclass(frozen=True)
class PasswordCheck:
    valid: bool
    needs_rehash: bool


@functools.cache
def _dummy_hash(rounds: int) -> bytes:
    return bcrypt.hashpw(b"not-a-password", bcrypt.gensalt(rounds))


@functools.cache
def _common_passwords() -> frozenset[str]:
    # Imported here: the lists are large and only needed when a password is set.
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["passwords"][:COMMON_PASSWORD_RANKS])


def password_problem(password: str, *, email: str | None = None) -> str | None:
    """Return why ``password`` is not acceptable, or None.

    Codes: ``"too_short"``, ``"too_long"``, ``"too_common"``.
    """
    if len(password) < MIN_LENGTH:
        return "too_short"
    if len(password) > MAX_LENGTH:
        return "too_long"
    folded = password.casefold()
    if folded in _common_passwords():
        return "too_common"
    if email:
        address = email.strip().casefold()
        if folded in {address, address.partition("@")[0]}:
            return "too_common"
    return None


def prehash(password: str, *, key: bytes) -> bytes:
    """HMAC-SHA256 of the password under ``key``, base64-encoded (44 bytes)."""
    digest = hmac.new(key, password.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest)


def hash_password(password: str, *, key: bytes, rounds: int = DEFAULT_ROUNDS) -> str:
    """The bcrypt hash string of the pre-hashed password."""
    return bcrypt.hashpw(prehash(password, key=key), bcrypt.gensalt(rounds)).decode("ascii")


def verify_password(
    password: str, stored_hash: str, *, key: bytes, rounds: int = DEFAULT_ROUNDS
) -> PasswordCheck:
    """Check ``password`` against a bcrypt or legacy SHA-256 hash.

    ``needs_rehash`` tells the caller to store ``hash_password(password)`` now:
    the stored hash is legacy SHA-256, or bcrypt at a cost other than
    ``rounds`` (pass the cost the app hashes with).
    """
    invalid = PasswordCheck(valid=False, needs_rehash=False)
    if len(password) > MAX_LENGTH:
        return invalid
    if stored_hash.startswith("$2"):
        try:
            hashed = stored_hash.encode("ascii")
            valid = bcrypt.checkpw(prehash(password, key=key), hashed)
            cost = int(stored_hash.split("$")[2])
        except (ValueError, IndexError):
            return invalid
        return PasswordCheck(valid=valid, needs_rehash=valid and cost != rounds)
    if _LEGACY_SHA256.fullmatch(stored_hash):
        # Without the bcrypt cost, accounts still on legacy hashes would answer
        # faster than unknown e-mails, and could be told apart by timing.
        dummy_verify(key=key, rounds=rounds)
        legacy = hashlib.sha256(password.encode("utf-8")).hexdigest()
        valid = hmac.compare_digest(legacy, stored_hash.lower())
        return PasswordCheck(valid=valid, needs_rehash=valid)
    return invalid


def dummy_verify(*, key: bytes, rounds: int = DEFAULT_ROUNDS) -> None:
    """Spend the time of one password check, for sign-ins with an unknown e-mail.

    The dummy hash is made on first use per cost and kept for the process.
    """
    bcrypt.checkpw(prehash("not-a-password", key=key), _dummy_hash(rounds))


def new_token() -> str:
    """A fresh 256-bit random token, URL-safe (43 characters)."""
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """SHA-256 hex of a token: what is stored, so a database leak reveals no token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
