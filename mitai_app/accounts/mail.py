"""Outgoing mail: SMTP when configured, otherwise a local mbox outbox file.

A household install has no mail server; the outbox keeps every message
readable (any mail client opens mbox files) and the log says where it is.
"""

from __future__ import annotations

import logging
import mailbox
import smtplib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from email.message import EmailMessage
from typing import Any

from mitai_app.core import db
from mitai_app.core.settings import settings

log = logging.getLogger(__name__)
# Work whose duration must not show in an answer (does this address have an
# account? is its mail server slow?) runs here, one job after another.
_background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mail")


def _run(work: Callable[..., Any], kwargs: dict[str, Any]) -> None:
    try:
        with db.session() as session:
            work(session=session, **kwargs)
    except Exception:
        log.exception("background mail work (%s) failed", getattr(work, "__name__", work))


def in_background(work: Callable[..., Any], /, **kwargs: Any) -> None:
    """Runs `work(session=..., **kwargs)` after the caller has answered, with
    a database session of its own; a failure is logged."""
    _background.submit(_run, work, kwargs)


def send_mail(*, to: str, subject: str, body: str) -> None:
    """Blocking (SMTP): call it from a worker thread or a background event."""
    config = settings()
    message = EmailMessage()
    message["From"] = config.smtp_from
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    if config.smtp_host:
        with smtplib.SMTP(config.smtp_host, config.smtp_port, timeout=20) as smtp:
            if config.smtp_starttls:
                smtp.starttls()
            if config.smtp_user and config.smtp_password:
                smtp.login(config.smtp_user, config.smtp_password.get_secret_value())
            smtp.send_message(message)
        return
    config.mail_outbox.parent.mkdir(parents=True, exist_ok=True)
    outbox = mailbox.mbox(config.mail_outbox)
    outbox.lock()
    try:
        outbox.add(message)
        outbox.flush()
    finally:
        outbox.unlock()
        outbox.close()
    log.warning("no SMTP server configured: mail to %s written to %s", to, config.mail_outbox)


def outbox_messages() -> list[EmailMessage]:
    """What the outbox holds, oldest first (tests and admins read it)."""
    path = settings().mail_outbox
    if not path.exists():
        return []
    box = mailbox.mbox(path)
    try:
        return [message for message in box]
    finally:
        box.close()
