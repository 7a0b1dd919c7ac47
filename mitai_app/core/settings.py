"""All configuration, read once from the environment (and `.env`).

Nothing else in the app reads `os.environ`: import `settings()` instead.
Every variable is prefixed `MITAI_`; `.env.example` lists them all.
"""

from __future__ import annotations

import os
import secrets
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = PROJECT_ROOT / "data"
# The key earlier versions signed with when none was set: everyone knows it,
# so the app refuses it (a key is generated into the data folder instead).
PLACEHOLDER_SECRET_KEY = "dev-insecure-secret-change-me"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="MITAI_",
        env_file=PROJECT_ROOT / ".env",
        extra="ignore",
        # `.env.example` lists every variable empty: empty means "use the default".
        env_ignore_empty=True,
    )

    database_url: str = f"sqlite:///{DATA_DIR / 'mitai.db'}"
    # Set it to share Reflex state between several backend workers.
    redis_url: str | None = None
    # Empty: read from `secret_key_file`, generated there on the first start.
    secret_key: SecretStr = SecretStr("")
    secret_key_file: Path = DATA_DIR / "secret_key"
    # The port `scripts/run.sh` serves the production build on (page and API).
    port: int = 3000
    # Unset: e-mailed links use the address the person opened the app with.
    public_base_url: str | None = None
    photo_dir: Path = DATA_DIR / "photos"
    # Export archives, one folder per profile, each kept 24 hours for download.
    export_dir: Path = DATA_DIR / "exports"
    # Uploaded import files, kept until their import has run.
    import_dir: Path = DATA_DIR / "imports"
    # The task queue's SQLite file (embedded); with `redis_url` the queue is in Redis.
    queue_file: Path = DATA_DIR / "queue.db"
    # Without SMTP, outgoing mail is appended to this file (household installs).
    mail_outbox: Path = DATA_DIR / "outbox.eml"
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_from: str = "Mitai Jinkendo <noreply@localhost>"
    smtp_starttls: bool = True
    ai_provider: Literal["openrouter", "openai", "anthropic"] | None = None
    ai_base_url: str | None = None
    ai_api_key: SecretStr | None = None
    ai_model: str | None = None
    # Open Food Facts (barcode lookup); a mirror or, in tests, a fake server.
    off_base_url: str = "https://world.openfoodfacts.org"
    usage_log: Path = DATA_DIR / "logs" / "feature-usage.log"
    # bcrypt cost; the tests lower it to keep the suite fast.
    bcrypt_rounds: int = 12
    # Reverse proxies in front of the app whose X-Forwarded-For is trusted
    # (the rate limits count per client address).
    trusted_proxy_hops: int = 0
    # Open websockets one client address may hold, per worker process.
    ws_per_address: int = 30
    # How often the event-loop watch wakes (bench/login_stall.py uses 2 ms).
    loop_monitor_interval_ms: int = 50

    @field_validator("database_url")
    @classmethod
    def _use_psycopg3(cls, url: str) -> str:
        """Accept the usual `postgresql://` URLs and pick the psycopg 3 driver."""
        for prefix in ("postgres://", "postgresql://"):
            if url.startswith(prefix):
                return "postgresql+psycopg://" + url[len(prefix) :]
        return url

    @model_validator(mode="after")
    def _a_secret_key_of_its_own(self) -> Settings:
        if not self.secret_key.get_secret_value():
            self.secret_key = SecretStr(stored_secret_key(self.secret_key_file))
        if self.secret_key.get_secret_value() == PLACEHOLDER_SECRET_KEY:
            raise ValueError(
                "MITAI_SECRET_KEY is the well-known placeholder: unset it (a key "
                f"is then generated into {self.secret_key_file}) or set a long random value: "
                "python -c 'import secrets; print(secrets.token_urlsafe(48))'"
            )
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def password_key(self) -> bytes:
        """HMAC key of the password pre-hash. Changing the secret key makes
        every stored password unusable: keep it with the database backups."""
        return self.secret_key.get_secret_value().encode()


def stored_secret_key(path: Path) -> str:
    """The key in `path`, created on first use: random, readable by the owner
    only, in a folder only the owner may enter (when it creates the folder).
    Several workers starting at once agree on one key: the file appears
    whole or not at all (written aside, then linked into place)."""
    if not path.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        draft = path.with_name(f".{path.name}.{os.getpid()}")
        fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as file:
            file.write(secrets.token_urlsafe(48) + "\n")
        try:
            os.link(draft, path)
        except FileExistsError:
            pass  # another worker was first: use its key
        finally:
            draft.unlink()
    if path.stat().st_mode & 0o077:
        path.chmod(0o600)
    return path.read_text().strip()


@lru_cache
def settings() -> Settings:
    return Settings()
