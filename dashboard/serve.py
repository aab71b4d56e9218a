"""`displacement serve`: the dashboard on a data folder, the bundled seeds' tables when the
folder has none yet."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

DEFAULT_DATA = "out"


def ensure_data(data_dir: Path, quiet: bool = False) -> bool:
    """Run the ETL on the bundled seeds into `data_dir` when it holds no tables.
    True when it ran."""
    from dashboard import data

    if data.has_tables(data_dir):
        return False
    from etl.cli import DEFAULT_SOURCE
    from etl.pipeline import run

    if not quiet:
        print(f"displacement serve: no tables in {data_dir}; extracting the bundled seeds "
              f"({DEFAULT_SOURCE}) first", file=sys.stderr)
    result = run([str(DEFAULT_SOURCE)], data_dir, progress=not quiet)
    if not quiet:
        print(f"displacement serve: {result.summary()} -> {data_dir}", file=sys.stderr)
    return True


def run_serve(args: argparse.Namespace) -> int:
    data_dir = Path(args.data)
    ensure_data(data_dir)
    from dashboard.app import create_app, warm_up

    app = create_app(data_dir, warm=False)
    url = f"http://{args.host}:{args.port}/"
    print(f"displacement serve: dashboard on {url} (data: {data_dir.resolve()}); "
          "Ctrl-C stops it", file=sys.stderr)
    if args.waitress:
        serve_waitress(app.server, args.host, args.port, args.threads,
                       args.workers or default_workers(), on_start=lambda: warm_up(data_dir))
    else:
        warm_up(data_dir)
        app.run(host=args.host, port=args.port, debug=args.debug)
    return 0


class _EveryFewSeconds(logging.Filter):
    """At most one record per `interval` seconds: waitress warns "Task queue depth is N" for
    every request queued behind busy threads, hundreds a second under load, which fills an
    unread stderr pipe and then blocks the whole server on a log write."""

    def __init__(self, interval: float = 10.0):
        super().__init__()
        self.interval, self.last = interval, -interval

    def filter(self, record: logging.LogRecord) -> bool:
        now = time.monotonic()
        if now - self.last < self.interval:
            return False
        self.last = now
        return True


def _quiet_queue_warnings() -> None:
    logger = logging.getLogger("waitress.queue")
    if not any(isinstance(f, _EveryFewSeconds) for f in logger.filters):
        logger.addFilter(_EveryFewSeconds())


def default_workers() -> int:
    """One waitress process per core: Python threads share one core (the GIL)."""
    return max(1, min(os.cpu_count() or 1, 8))


def serve_waitress(wsgi_app, host: str, port: int, threads: int, workers: int,
                   on_start: Callable[[], object] = lambda: None) -> None:
    """Waitress on one listening socket shared by `workers` processes (forked after the app
    is built and its tables loaded, so they share that memory); `on_start` runs in each
    process once it is forked (threads do not survive a fork). The first process is the
    parent: when it stops (Ctrl-C, SIGTERM) it stops the others; a worker whose parent is
    gone stops too."""
    from waitress import serve

    _quiet_queue_warnings()
    if workers <= 1 or not hasattr(os, "fork"):
        on_start()
        serve(wsgi_app, host=host, port=port, threads=threads)
        return
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(1024)
    parent = os.getpid()
    children = []
    for _ in range(workers - 1):
        pid = os.fork()
        if pid == 0:  # a worker
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops it
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
            on_start()
            try:
                serve(wsgi_app, sockets=[sock], threads=threads)
            finally:
                os._exit(0)
        children.append(pid)
    on_start()
    try:
        serve(wsgi_app, sockets=[sock], threads=threads)
    finally:
        for pid in children:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for pid in children:
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def register(sub: argparse._SubParsersAction) -> None:
    serve = sub.add_parser(
        "serve",
        help="open the dashboard (maps, charts, sourced table, exports)",
        description="Serve the dashboard on the tables of a data folder. With no tables "
        "there, extracts the bundled seeds into it first. Works with no internet.",
    )
    serve.add_argument("--data", default=DEFAULT_DATA, metavar="DIR",
                       help=f"folder of ETL tables (default: {DEFAULT_DATA})")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to bind (default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=int, default=8050, help="port (default 8050)")
    serve.add_argument("--waitress", action="store_true",
                       help="serve with waitress (production WSGI server) instead of "
                       "Flask's development server")
    serve.add_argument("--threads", type=int, default=4, help="waitress threads (default 4)")
    serve.add_argument("--workers", type=int, default=0,
                       help="waitress processes sharing the port (default: one per core)")
    serve.add_argument("--debug", action="store_true", help="Dash debug mode (development)")
    serve.set_defaults(func=run_serve)
