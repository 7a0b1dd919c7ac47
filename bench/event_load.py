"""Phone clients over the real websocket protocol: how fast are saves and
History under load? (Target: save p95 <= 50 ms at 200 clients per worker,
0 errors.)

    .venv/bin/python bench/event_load.py [--levels 50,100,200,400] [--seconds 35]
                                         [--quick] [--embedded] [--workers 2]

Starts the production build (`reflex run --env prod --single-port`, its own
`.web-bench` build folder, the bench's own settings: no `MITAI_*` variable
of the caller's environment reaches it) on PostgreSQL + Redis with two workers, like the
e2e `postgres_redis` app (PostgreSQL from TEST_DATABASE_URL or
127.0.0.1:5432, Redis from TEST_REDIS_URL or database 15 of
127.0.0.1:6379, emptied first); `--embedded` runs SQLite with one worker instead. Accounts
and their sessions are written straight into the database.

Each client speaks Socket.IO (Engine.IO 4 over a websocket) as Reflex's
frontend does: the hydrate event rides in the CONNECT packet, carrying the
browser storage the compiled frontend declares (the `mitai_session` cookie
and the language), and the session cookie also goes in the handshake's
Cookie header. It opens Capture, then every 2-4 s does one action: saves a
weight (each a day earlier, so none asks to replace), and every fifth action
opens History by the tab bar (client-side navigation: Reflex's on_load
events, and the list's load, sent when it mounts); the next save first goes
back to Capture, which counts towards that History action. Each level's
clients connect over a few seconds, act for `--seconds`, and leave; the
server is stopped at the end.

Per level it prints p50/p95/p99 of connecting (hydrate until the Capture
page is ready), the save (sent until its answer) and opening History (sent
until the page is hydrated and its list loaded), the server's CPU time per
action (all its processes, from /proc, during the acting phase), its memory per connected
client (RSS growth from connecting the level's clients), each worker's
worst event-loop stall while acting (its /metrics/event-loop), errors, and the
machine's load average. The machine is shared with the load generator, so
run it on a quiet machine and compare figures from the same run. CPU per
action also tells the machine's speed: on a 2-core VM the same code cost
4.4-8.8 ms per action from one run to the next, and the tail followed it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import sqlalchemy as sa
from sqlalchemy.engine import make_url
from wsproto import ConnectionType, WSConnection
from wsproto.events import (
    AcceptConnection,
    CloseConnection,
    Message,
    Ping,
    RejectConnection,
    Request,
    TextMessage,
)
from wsproto.extensions import PerMessageDeflate

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reflex.state import OnLoadInternalState, State, UpdateVarsInternalState  # noqa: E402
from sqlmodel import Session  # noqa: E402

from mitai_app.accounts import passwords  # noqa: E402
from mitai_app.accounts.models import LoginSession, Profile  # noqa: E402
from mitai_app.body.pages.capture import BodyCaptureState  # noqa: E402
from mitai_app.core.columns import utcnow  # noqa: E402
from mitai_app.core.db import create_db_engine  # noqa: E402
from mitai_app.core.startup import migrate_and_seed  # noqa: E402
from mitai_app.ui.log_list import LogListState  # noqa: E402

SECRET = "bench-secret-" + "x" * 40
WEB = ROOT / ".web-bench"
LOG = Path(tempfile.gettempdir()) / "mitai-bench-event-load.log"
PHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1"
)
REFLEX_VERSION = "0.10.1"  # the websocket subprotocol the frontend offers
TIMEOUT_S = 30.0
ARRIVALS_PER_S = 25  # a level's clients connect spread over clients / 25 s
CAPTURE, HISTORY = "/capture", "/history"

ROOT_STATE = State.get_full_name()
CAPTURE_STATE = BodyCaptureState.get_full_name()
HISTORY_STATE = LogListState.get_full_name()
HYDRATE = f"{ROOT_STATE}.hydrate_and_load"
ON_LOAD = f"{OnLoadInternalState.get_full_name()}.on_load_internal"
UPDATE_VARS = f"{UpdateVarsInternalState.get_full_name()}.update_vars_internal"


# --- the app ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def new_postgres_database() -> tuple[str, str]:
    """(server URL, URL of a new empty database on it)."""
    server = os.environ.get("TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
    server = server.replace("postgresql://", "postgresql+psycopg://", 1)
    name = f"mitai_bench_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return server, make_url(server).set(database=name).render_as_string(hide_password=False)


def drop_postgres_database(server: str, url: str) -> None:
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        name = make_url(url).database
        connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def redis_url() -> str:
    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    import redis

    redis.Redis.from_url(url).flushdb()
    return url


def create_accounts(database_url: str, count: int) -> list[str]:
    """Verified accounts with a session each (no password: they never sign in
    by the form); returns the session tokens."""
    engine = create_db_engine(database_url)
    with engine.begin() as connection:
        migrate_and_seed(connection)
    tokens = [passwords.new_token() for _ in range(count)]
    with Session(engine) as session:
        for i, token in enumerate(tokens):
            profile = Profile(
                email=f"load{i}@example.org", pin_hash="x", email_verified=True, language="en"
            )
            session.add(profile)
            session.flush()
            session.add(
                LoginSession(
                    token=passwords.token_digest(token),
                    profile_id=profile.id,
                    expires_at=utcnow() + timedelta(days=1),
                )
            )
        session.commit()
    engine.dispose()
    return tokens


def start_app(env_extra: dict[str, str], port: int) -> subprocess.Popen:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("MITAI_")},
        "MITAI_ENV": "prod",
        "MITAI_SECRET_KEY": SECRET,
        "MITAI_PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
        # Every client comes through a (simulated) proxy with an address of
        # its own, as phones do: per-address limits must not refuse them.
        "MITAI_TRUSTED_PROXY_HOPS": "1",
        "MITAI_MAIL_OUTBOX": str(LOG.parent / "mitai-bench-outbox.mbox"),
        "REFLEX_WEB_WORKDIR": str(WEB),
        "REFLEX_TELEMETRY_ENABLED": "false",
        **env_extra,
    }
    command = [sys.executable, "-m", "reflex", "run", "--env", "prod", "--single-port"]
    command += ["--frontend-port", str(port), "--backend-port", str(port)]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=LOG.open("w"),
        stderr=subprocess.STDOUT,
        process_group=0,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 600  # the first build of the front end takes a while
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if (
                httpx.get(url + "/health", timeout=2).status_code == 200
                and httpx.get(url + "/", timeout=5).status_code == 200
            ):
                return process
        except httpx.HTTPError:
            pass
        time.sleep(1)
    stop(process)
    raise SystemExit(f"the app did not start; see {LOG}")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@dataclass(frozen=True)
class Frontend:
    """What the compiled frontend sends when it connects."""

    cookies: dict[str, str]  # state var -> cookie name
    local_storage: dict[str, str]  # state var -> key
    hashes: list[str]
    schema: str


def compiled_frontend() -> Frontend:
    context = (WEB / "utils" / "context.jsx").read_text()

    def constant(name: str):
        return json.loads(re.search(rf"{name} = (.+)", context).group(1).rstrip(";"))

    storage = constant("clientStorage")
    return Frontend(
        cookies={var: o.get("name", var) for var, o in storage.get("cookies", {}).items()},
        local_storage={
            var: o.get("name", var) for var, o in storage.get("local_storage", {}).items()
        },
        hashes=constant("initialStateHashes"),
        schema=constant("stateSchema"),
    )


class ServerProcesses:
    """CPU time and memory of the app's processes (the CLI, the server and its workers)."""

    TICKS = os.sysconf("SC_CLK_TCK")

    def __init__(self, pid: int) -> None:
        self.pid = pid

    def pids(self) -> list[int]:
        found, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            found.append(pid)
            for task in Path(f"/proc/{pid}/task").glob("*"):
                with contextlib.suppress(OSError):
                    todo += [int(c) for c in (task / "children").read_text().split()]
        return found

    def cpu_s(self) -> float:
        total = 0
        for pid in self.pids():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += int(fields[11]) + int(fields[12])  # utime, stime
        return total / self.TICKS

    def rss_mb(self) -> float:
        total = 0
        for pid in self.pids():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            match = re.search(r"VmRSS:\s+(\d+) kB", status)
            total += int(match.group(1)) if match else 0
        return total / 1024


# --- one phone ---------------------------------------------------------------------------


class Refused(Exception):
    """The server answered, but not with what the page expects."""


class Websocket:
    """A minimal websocket client (wsproto over asyncio streams), offering
    compression as browsers do."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self.ws = WSConnection(ConnectionType.CLIENT)
        self.parts: list[str] = []
        self.ready: list[str] = []

    @classmethod
    async def connect(cls, url: str, path: str, headers: list[tuple[str, str]]) -> Websocket:
        host, port = urlsplit(url).hostname, urlsplit(url).port
        socket = cls(*await asyncio.open_connection(host, port))
        request = Request(
            host=f"{host}:{port}",
            target=path,
            extra_headers=headers,
            subprotocols=[REFLEX_VERSION],
            extensions=[PerMessageDeflate()],
        )
        socket.writer.write(socket.ws.send(request))
        while True:
            event = await socket._next_event()
            if isinstance(event, AcceptConnection):
                return socket
            if isinstance(event, RejectConnection):
                raise Refused(f"handshake refused ({event.status_code})")

    async def _next_event(self):
        while True:
            for event in self.ws.events():
                return event
            data = await self.reader.read(65536)
            if not data:
                raise ConnectionError("connection closed")
            self.ws.receive_data(data)

    async def send(self, text: str) -> None:
        self.writer.write(self.ws.send(Message(data=text)))
        await self.writer.drain()

    async def receive(self) -> str:
        while True:
            event = await self._next_event()
            if isinstance(event, TextMessage):
                self.parts.append(event.data)
                if event.message_finished:
                    text, self.parts = "".join(self.parts), []
                    return text
            elif isinstance(event, Ping):
                self.writer.write(self.ws.send(event.response()))
            elif isinstance(event, CloseConnection):
                raise ConnectionError("closed by the server")

    def close(self) -> None:
        self.writer.close()


@dataclass
class Results:
    connect: list[float] = field(default_factory=list)
    save: list[float] = field(default_factory=list)
    history: list[float] = field(default_factory=list)
    errors: Counter = field(default_factory=Counter)
    connected: int = 0


class Phone:
    """One browser tab on a phone, speaking Socket.IO as Reflex's frontend does."""

    NAMESPACE = "/_event"

    def __init__(self, number: int, token: str, url: str, frontend: Frontend) -> None:
        self.number, self.session_token, self.url, self.frontend = number, token, url, frontend
        self.tab_token = str(uuid.uuid4())  # Reflex's per-tab state token
        self.page = CAPTURE
        self.today: date | None = None
        self.socket: Websocket | None = None
        self.updates: asyncio.Queue = asyncio.Queue()
        self.reader: asyncio.Task | None = None

    def storage(self) -> dict[str, str]:
        """The browser storage the frontend sends (hydrateClientStorage)."""
        cookies = {"mitai_session": self.session_token}
        local = {"mitai_lang": "en"}
        values = {
            var: cookies[name] for var, name in self.frontend.cookies.items() if name in cookies
        }
        values |= {
            var: local[key] for var, key in self.frontend.local_storage.items() if key in local
        }
        return values

    def event(self, name: str, payload: dict | None = None, path: str | None = None) -> dict:
        route = path or self.page
        event = {"name": name, "router_data": {"pathname": route, "asPath": route}}
        if payload:
            event["payload"] = payload
        return event

    async def emit(self, event: dict) -> None:
        await self.socket.send(f"42{self.NAMESPACE}," + json.dumps(["event", event]))

    async def _read(self) -> None:
        """Answers Engine.IO pings and queues every update the server sends."""
        while True:
            text = await self.socket.receive()
            if text == "2":
                await self.socket.send("3")
            elif text.startswith(f"42{self.NAMESPACE},"):
                name, update = json.loads(text[len(self.NAMESPACE) + 3 :])[:2]
                if name == "event":
                    self.updates.put_nowait(update)
            elif text.startswith(f"40{self.NAMESPACE},"):
                self.updates.put_nowait({"connected": True})
            elif text.startswith(f"44{self.NAMESPACE}"):
                self.updates.put_nowait({"refused": text})

    def _drain(self) -> None:
        """Forgets updates nobody waits for, so they can't answer the next action."""
        while not self.updates.empty():
            self.updates.get_nowait()

    async def _until(self, done, what: str) -> None:
        """Reads updates until `done(update)` says the page has what it waits for."""
        deadline = time.monotonic() + TIMEOUT_S
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise Refused(f"{what}: no answer in {TIMEOUT_S:.0f} s")
            try:
                update = await asyncio.wait_for(self.updates.get(), remaining)
            except TimeoutError:
                continue
            if "refused" in update:
                raise Refused(f"{what}: connection refused")
            for event in update.get("events") or []:
                if event.get("name") == "_redirect":
                    raise Refused(f"{what}: sent to {event['payload'].get('path')}")
            if done(update):
                return

    def _page_ready(self) -> Callable[[dict], bool]:
        """Whether the page's on_load work is done (is_hydrated) and what
        loads on mount has answered: on Capture, its card knows today's
        date; on History, the list is loaded; from the updates so far."""
        seen = {
            "hydrated": False,
            "today": self.page != CAPTURE,
            "list": self.page != HISTORY,
        }

        def ready(update: dict) -> bool:
            delta = update.get("delta") or {}
            if delta.get(ROOT_STATE, {}).get("is_hydrated_rx_state_") is True:
                seen["hydrated"] = True
            # A state sent whole before the card loaded carries "" for today.
            if value := delta.get(CAPTURE_STATE, {}).get("today_rx_state_"):
                self.today, seen["today"] = date.fromisoformat(value), True
            if delta.get(HISTORY_STATE, {}).get("loaded_rx_state_") is True:
                seen["list"] = True
            return all(seen.values())

        return ready

    async def connect(self, address: str) -> float:
        started = time.perf_counter()
        self.socket = await Websocket.connect(
            self.url,
            f"/_event/?token={self.tab_token}&EIO=4&transport=websocket",
            [
                ("Origin", self.url),
                ("Cookie", f"mitai_session={self.session_token}"),
                ("User-Agent", PHONE),
                ("X-Forwarded-For", address),
            ],
        )
        opening = await self.socket.receive()
        if not opening.startswith("0"):
            raise Refused(f"unexpected opening packet {opening[:40]!r}")
        self.reader = asyncio.create_task(self._read())
        self.page = CAPTURE
        hydrate = self.event(
            HYDRATE,
            {"vars": self.storage(), "hashes": self.frontend.hashes},
            path=CAPTURE + "/",
        )
        auth = {"event": hydrate, "state_schema": self.frontend.schema}
        await self.socket.send(f"40{self.NAMESPACE}," + json.dumps(auth))
        ready = self._page_ready()
        # The page mounts (and its card sends its on_mount event) once the
        # CONNECT is acknowledged; the hydrate's updates may come before.
        await self._until(lambda update: ready(update) | bool(update.get("connected")), "connect")
        await self.emit(self.event(f"{CAPTURE_STATE}.load", path=CAPTURE + "/"))
        await self._until(ready, "connect")
        return time.perf_counter() - started

    async def navigate(self, path: str) -> float:
        """A tap on the tab bar: client-side navigation sends the browser
        storage and on_load_internal; Capture's card and History's list
        load on mount."""
        self._drain()
        started = time.perf_counter()
        self.page = path
        ready = self._page_ready()
        await self.emit(self.event(UPDATE_VARS, {"vars": self.storage()}))
        await self.emit(self.event(ON_LOAD))
        if path == CAPTURE:
            await self.emit(self.event(f"{CAPTURE_STATE}.load"))
        elif path == HISTORY:
            await self.emit(self.event(f"{HISTORY_STATE}.load"))
        await self._until(ready, f"open {path}")
        return time.perf_counter() - started

    async def save_weight(self, day: date) -> float:
        self._drain()
        started = time.perf_counter()
        kg = f"{random.uniform(60, 90):.1f}"
        form = [["weight", kg], ["date", day.isoformat()], ["notes", ""]]
        form += [["field_" + name, value] for name, value in form]
        await self.emit(
            self.event(f"{CAPTURE_STATE}.save_weight", {"form": {"__reflex_form_data__": form}})
        )
        outcome = ""

        def done(update: dict) -> bool:
            nonlocal outcome
            capture = (update.get("delta") or {}).get(CAPTURE_STATE, {})
            if capture.get("replace_open_rx_state_") is True:
                outcome = "asked to replace an entry"
            elif errors := {v for v in capture.get("errors_rx_state_", {}).values() if v}:
                outcome = errors.pop()
            elif capture.get("done_rx_state_", {}).get("weight"):
                outcome = "saved"
            return bool(outcome)

        await self._until(done, "save")
        if outcome != "saved":
            raise Refused(f"save: {outcome}")
        return time.perf_counter() - started

    def close(self) -> None:
        if self.reader:
            self.reader.cancel()
        if self.socket:
            self.socket.close()


# --- a level --------------------------------------------------------------------------


@dataclass
class Account:
    token: str
    saves: int = 0  # each save is a day earlier than the last


async def act(
    phone: Phone, account: Account, results: Results, stop_at: float, acting: asyncio.Event
) -> None:
    await acting.wait()
    # Phones are at different points of their routine: in the action count,
    # and in time, each somewhere inside its current 2-4 s pause (were every
    # first pause a whole one, all phones would act within the same two
    # seconds, at twice the rate of the rest of the run).
    actions = random.randrange(5)
    pause = random.uniform(0, random.uniform(2, 4))
    while True:
        await asyncio.sleep(pause)
        pause = random.uniform(2, 4)
        if time.monotonic() >= stop_at:
            return
        actions += 1
        try:
            if actions % 5 == 0:
                results.history.append(await phone.navigate(HISTORY))
            else:
                if phone.page != CAPTURE:
                    await phone.navigate(CAPTURE)
                account.saves += 1
                day = phone.today - timedelta(days=account.saves)
                results.save.append(await phone.save_weight(day))
        except (Refused, ConnectionError, OSError) as error:
            results.errors[str(error)] += 1
            return


async def level(
    url: str,
    accounts: list[Account],
    frontend: Frontend,
    server: ServerProcesses,
    seconds: float,
    workers: int,
) -> dict:
    results = Results()
    phones = [Phone(i, a.token, url, frontend) for i, a in enumerate(accounts)]
    rss_before = server.rss_mb()

    async def join(phone: Phone) -> None:
        await asyncio.sleep(random.uniform(0, max(len(phones) / ARRIVALS_PER_S, 2)))
        address = f"10.{phone.number // 250}.{phone.number % 250}.1"
        try:
            results.connect.append(await phone.connect(address))
            results.connected += 1
        except (Refused, ConnectionError, OSError) as error:
            results.errors[f"connect: {error}"] += 1
            phone.close()  # a phone that never got its page does not act

    await asyncio.gather(*(join(p) for p in phones))
    await asyncio.sleep(1)  # let the last on_load chains settle before measuring memory
    rss_after = server.rss_mb()
    acting = asyncio.Event()
    stop_at = time.monotonic() + seconds
    tasks = [
        asyncio.create_task(act(p, a, results, stop_at, acting))
        for p, a in zip(phones, accounts, strict=True)
        if p.reader is not None and not p.reader.done()
    ]
    cpu_before, own_before, started = server.cpu_s(), time.process_time(), time.monotonic()
    acting_from = time.time()
    acting.set()
    await asyncio.gather(*tasks)
    elapsed = time.monotonic() - started
    stalls = await worst_stalls(url, workers, int(acting_from), int(time.time()))
    cpu = server.cpu_s() - cpu_before
    own_cpu = time.process_time() - own_before
    for phone in phones:
        reader = phone.reader
        if reader and reader.done() and not reader.cancelled() and reader.exception():
            results.errors[f"connection: {reader.exception()}"] += 1
        phone.close()
    actions = len(results.save) + len(results.history)
    return {
        "results": results,
        "cpu_per_action_ms": cpu / actions * 1000 if actions else float("nan"),
        "actions_per_s": actions / elapsed,
        "server_cpu_pct": cpu / elapsed * 100,
        "bench_cpu_pct": own_cpu / elapsed * 100,
        "kb_per_client": (rss_after - rss_before) * 1024 / max(results.connected, 1),
        "stalls": stalls,
    }


async def worst_stalls(url: str, workers: int, since: int, until: int) -> dict:
    """Per worker (pid): the worst event-loop delay of the acting phase's
    seconds, and how many seconds had one over 50 ms, from each worker's
    /metrics/event-loop. Each request is a new connection, which the
    kernel hands to any worker: asks until every worker has answered."""
    found: dict[int, tuple[float, int]] = {}
    async with httpx.AsyncClient(timeout=5) as client:
        for _ in range(workers * 20):
            if len(found) == workers:
                break
            answer = (
                await client.get(url + "/metrics/event-loop", headers={"Connection": "close"})
            ).json()
            lags = [
                ms for second, ms in answer["worst_lag_ms_per_second"] if since <= second <= until
            ]
            found[answer["pid"]] = (max(lags, default=0.0), sum(ms > 50 for ms in lags))
    return found


def percentiles(values: list[float]) -> str:
    if len(values) < 2:
        return "      n/a"
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    p50, p95, p99 = cuts[49], cuts[94], cuts[98]
    return f"{p50 * 1000:7.0f} {p95 * 1000:7.0f} {p99 * 1000:7.0f} ms  (n={len(values)})"


def report(clients: int, outcome: dict) -> None:
    results: Results = outcome["results"]
    print(f"\n{clients} clients ({results.connected} connected)")
    print("                       p50     p95     p99")
    print(f"  connect (hydrate) {percentiles(results.connect)}")
    print(f"  save              {percentiles(results.save)}")
    print(f"  open History      {percentiles(results.history)}")
    print(
        f"  server CPU per action {outcome['cpu_per_action_ms']:6.1f} ms"
        f"  ({outcome['actions_per_s']:.0f} actions/s, server {outcome['server_cpu_pct']:.0f} %"
        f" of a core, this bench {outcome['bench_cpu_pct']:.0f} %)"
    )
    print(f"  server memory per connected client {outcome['kb_per_client']:6.0f} KB")
    # A stopped event loop (a garbage-collector pass, a blocking call) holds
    # every event of that worker: the tail above follows these.
    stalls = outcome["stalls"]
    print(
        "  worst event-loop stall per worker "
        + (", ".join(f"{worst:.0f} ms" for worst, _ in stalls.values()) or "n/a")
        + "; seconds with one over 50 ms "
        + (", ".join(str(over) for _, over in stalls.values()) or "n/a")
    )
    errors = sum(results.errors.values())
    print(f"  errors {errors}")
    # Other work on the machine inflates every figure above: say how busy it was.
    print("  machine load average (1, 5, 15 min) " + ", ".join(f"{n:.1f}" for n in os.getloadavg()))
    for message, count in results.errors.most_common(5):
        print(f"    {count} x {message}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--levels", default="50,100,200,400", help="clients per level")
    parser.add_argument("--seconds", type=float, default=35, help="acting time per level")
    parser.add_argument("--quick", action="store_true", help="levels 50,200 for 15 s each")
    parser.add_argument("--embedded", action="store_true", help="SQLite, one worker, no Redis")
    parser.add_argument("--workers", type=int, default=2, help="with PostgreSQL + Redis")
    args = parser.parse_args()
    if args.quick:
        args.levels, args.seconds = "50,200", 15
    levels = [int(n) for n in args.levels.split(",")]
    tmp = tempfile.TemporaryDirectory()
    server_url = None
    workers = 1 if args.embedded else args.workers
    if args.embedded:
        database_url = f"sqlite:///{tmp.name}/bench.db"
        env = {"MITAI_DATABASE_URL": database_url, "GRANIAN_WORKERS": "1"}
        setup = "embedded: SQLite, Reflex's default state manager, 1 worker"
    else:
        server_url, database_url = new_postgres_database()
        env = {
            "MITAI_DATABASE_URL": database_url,
            "MITAI_REDIS_URL": redis_url(),
            "GRANIAN_WORKERS": str(args.workers),
        }
        setup = f"PostgreSQL + Redis, {args.workers} workers"
    try:
        tokens = create_accounts(database_url, max(levels))
        accounts = [Account(token) for token in tokens]
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        process = start_app(env, port)
        try:
            server = ServerProcesses(process.pid)
            frontend = compiled_frontend()
            print(f"{setup}; {args.seconds:.0f} s of actions per level; app log: {LOG}")
            for clients in levels:
                outcome = asyncio.run(
                    level(url, accounts[:clients], frontend, server, args.seconds, workers)
                )
                report(clients, outcome)
                time.sleep(3)  # the server forgets the level's connections
        finally:
            stop(process)
    finally:
        if server_url:
            drop_postgres_database(server_url, database_url)
        tmp.cleanup()


if __name__ == "__main__":
    main()
