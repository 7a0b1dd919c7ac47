"""All configuration, read once from the environment (and `.env`).

Nothing else in the app reads `os.environ`: import `settings()` instead.
Every variable is prefixed `MITAI_`; `.env.example` lists them all.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = PROJECT_ROOT / "data"
# Only good for a laptop: production refuses to start with it.
DEFAULT_SECRET_KEY = "dev-insecure-secret-change-me"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="MITAI_",
        env_file=PROJECT_ROOT / ".env",
        extra="ignore",
        # `.env.example` lists every variable empty: empty means "use the default".
        env_ignore_empty=True,
    )

    env: Literal["dev", "prod"] = "dev"
    database_url: str = f"sqlite:///{DATA_DIR / 'mitai.db'}"
    # Set it to share Reflex state between several backend workers.
    redis_url: str | None = None
    secret_key: SecretStr = SecretStr(DEFAULT_SECRET_KEY)
    public_base_url: str = "http://localhost:3000"
    photo_dir: Path = DATA_DIR / "photos"
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
    def _refuse_default_secret_in_production(self) -> Settings:
        if self.env == "prod" and self.secret_key.get_secret_value() in (
            "",
            DEFAULT_SECRET_KEY,
        ):
            raise ValueError(
                "MITAI_SECRET_KEY must be set to a long random value in production "
                "(MITAI_ENV=prod); generate one with: "
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


@lru_cache
def settings() -> Settings:
    return Settings()
