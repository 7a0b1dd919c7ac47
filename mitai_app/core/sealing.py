"""Secrets kept in the database (an AI provider's API key) are sealed with a
key derived from the app's secret key (Fernet: AES-128-CBC + HMAC-SHA256), so
a copy of the database alone does not reveal them.

Like the passwords, sealed values need the same secret key to be read back:
keep it with the database backups.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken

PREFIX = "fernet:"


def _fernet(secret: bytes) -> Fernet:
    # A key of its own for this purpose, not the secret itself.
    digest = hashlib.sha256(b"mitai-sealed-settings\x00" + secret).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def seal(plaintext: str, secret: bytes) -> str:
    """The stored form of `plaintext` ("" stays "")."""
    if not plaintext:
        return ""
    return PREFIX + _fernet(secret).encrypt(plaintext.encode()).decode()


def unseal(stored: str, secret: bytes) -> str | None:
    """The plaintext; None when it was sealed with another secret key.
    Values stored before sealing existed are returned as they are."""
    if not stored.startswith(PREFIX):
        return stored
    try:
        return _fernet(secret).decrypt(stored[len(PREFIX) :].encode()).decode()
    except InvalidToken:
        return None
