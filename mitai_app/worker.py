"""The task-queue consumer: `python -m mitai_app.worker`.

Runs every module's tasks (manifest `tasks=`) from the queue of
`core.queue` (SQLite file embedded, Redis with MITAI_REDIS_URL). Start as
many as you like, on one machine or several sharing the database, the data
folder and Redis. `--parent PID` stops it when that process ends
(`scripts/run.sh` starts it beside the app so).
"""

from __future__ import annotations

import argparse
import logging
import os
import threading
import time

from mitai_app.core.modules import contributions, import_models
from mitai_app.core.queue import queue


def _exit_with(parent: int) -> None:
    while True:
        time.sleep(1)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(0)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m mitai_app.worker")
    parser.add_argument("--workers", type=int, default=1, help="threads taking tasks")
    parser.add_argument("--parent", type=int, help="stop when this process ends")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s worker %(message)s")
    import_models()
    for _module, register in contributions("tasks"):
        register()
    if args.parent:
        threading.Thread(target=_exit_with, args=(args.parent,), daemon=True).start()
    consumer = queue().create_consumer(
        workers=args.workers, worker_type="thread", max_delay=1.0, check_worker_health=True
    )
    consumer.run()


if __name__ == "__main__":
    main()
