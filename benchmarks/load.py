"""Load test: the production server (waitress) under 50 simulated users.

usage: python benchmarks/load.py [--seconds 60] [--users 50] [--max-requests 30000]
                                 [--data DIR] [--threads 4] [--think 0.5 2.0]

Starts `displacement serve --waitress` on 127.0.0.1 on a free port, over DIR (default: the
project's development set, tests/data/devset/docs, extracted into a temporary folder), and
runs --users threads. Each user, like a person at a browser, repeats:

- a page load: GET /, the Dash layout and dependencies, and the seven callbacks a fresh
  page fires (state from the URL, then the key figures, the timeline, the bars, the
  table, the map layers and the map);
  the first load of each user also fetches every script and stylesheet the page names (a
  cold cache), later loads do not (the browser caches them);
- two or three filter changes: the callback POST a browser sends when a category, measure or
  country box is ticked (copied from the browser's request, see dashboard/callbacks.py),
  then the six callbacks that redraw the view for the new state;
- sometimes a CSV export of the current view (/download/csv?<filters>);

with a pause between actions drawn from --think (seconds; `--think 0 0` hammers the server
with no pause, a capacity test). The run stops after --seconds or --max-requests, whichever
comes first; the server is then stopped. Prints requests served, errors (any status but 200,
or a failed connection), median and 95th percentile latency, overall and per kind.

Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import json
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "data" / "devset" / "docs"
HOST = "127.0.0.1"
TIMEOUT = 30.0  # seconds per request; a slower answer is an error

CONTROLS = ["filter-category", "filter-measure", "filter-country", "filter-province",
            "filter-document"]
STATE_KEYS = {"filter-category": "category", "filter-measure": "measure",
              "filter-country": "country", "filter-province": "province",
              "filter-document": "document"}
CHOICES = {"filter-category": ["refugees", "displaced", "fled", "returned", "evacuated"],
           "filter-measure": ["flow", "stock"],
           "filter-country": ["COD", "BDI", "RWA", "UGA", "TZA"]}


# ---------------------------------------------------------------- the browser's requests

def empty_state() -> dict:
    return {"start": "", "end": "", "category": [], "measure": [], "country": [],
            "province": [], "document": [], "min_confidence": 0, "place": ""}


def _outputs(*pairs: str) -> tuple[str, list[dict]]:
    outs = [{"id": p.split(".")[0], "property": p.split(".")[1]} for p in pairs]
    return ".." + "...".join(pairs) + "..", outs


SYNC_OUTPUTS = ("filter-dates.start_date", "filter-dates.end_date", "filter-category.value",
                "filter-measure.value", "filter-country.value", "filter-province.value",
                "filter-document.value", "filter-confidence.value", "url.search",
                "view-state.data", "selected-place.hidden", "selected-place-name.children")
VIEW_OUTPUTS = ("key-figures.children", "downloads.children", "embeds.children")
TIMELINE_OUTPUTS = ("timeline.figure", "timeline-summary.children")
BARS_OUTPUTS = ("bars.figure", "bars-summary.children")
TABLE_OUTPUTS = ("figures-table.rowData", "table-count.children")


def sync_state_payload(search: str, state: dict, previous: dict | None,
                       changed: str) -> dict:
    """The request Dash sends when the URL loads (changed="url.search") or a filter box
    changes (changed="filter-category.value" ...): the callback of callbacks.sync_state."""
    output, outputs = _outputs(*SYNC_OUTPUTS)
    inputs = [{"id": "url", "property": "search", "value": search},
              {"id": "filter-dates", "property": "start_date", "value": state["start"] or None},
              {"id": "filter-dates", "property": "end_date", "value": state["end"] or None}]
    inputs += [{"id": c, "property": "value", "value": state[STATE_KEYS[c]]} for c in CONTROLS]
    inputs += [{"id": "filter-confidence", "property": "value",
                "value": state["min_confidence"]},
               {"id": "map", "property": "clickData"},
               {"id": "clear-place", "property": "n_clicks", "value": 0},
               {"id": "reset-filters", "property": "n_clicks", "value": 0}]
    state_list = [{"id": "view-state", "property": "data"}]
    if previous is not None:
        state_list[0]["value"] = previous
    return {"output": output, "outputs": outputs, "inputs": inputs,
            "changedPropIds": [changed], "parsedChangedPropsIds": [changed],
            "state": state_list}


def view_payloads(state: dict, layer: str | None) -> list[tuple[str, dict]]:
    """The six callbacks that redraw the page for a view state."""
    data = {"id": "view-state", "property": "data", "value": state}
    def on_state(*pairs: str) -> dict:
        output, outputs = _outputs(*pairs)
        return {"output": output, "outputs": outputs, "inputs": [data],
                "changedPropIds": ["view-state.data"],
                "parsedChangedPropsIds": ["view-state.data"], "state": []}

    view = on_state(*VIEW_OUTPUTS)
    output, outputs = _outputs("map-layer.options", "map-layer.value")
    layer_state = {"id": "map-layer", "property": "value"}
    if layer is not None:
        layer_state["value"] = layer
    layers = {"output": output, "outputs": outputs, "inputs": [data],
              "changedPropIds": ["view-state.data"], "parsedChangedPropsIds": ["view-state.data"],
              "state": [layer_state]}
    output, outputs = _outputs("map.figure", "map-summary.children")
    changed = ["view-state.data", "map-layer.value"]
    map_ = {"output": output, "outputs": outputs,
            "inputs": [data, {"id": "map-layer", "property": "value", "value": layer}],
            "changedPropIds": changed, "parsedChangedPropsIds": changed}
    output, outputs = _outputs(*TABLE_OUTPUTS)
    table = {"output": output, "outputs": outputs,
             "inputs": [data, {"id": "table-search", "property": "value"}],
             "changedPropIds": ["view-state.data"], "parsedChangedPropsIds": ["view-state.data"],
             "state": []}
    return [("callback:view", view), ("callback:timeline", on_state(*TIMELINE_OUTPUTS)),
            ("callback:bars", on_state(*BARS_OUTPUTS)), ("callback:table", table),
            ("callback:layers", layers), ("callback:map", map_)]


def query_for(state: dict) -> str:
    pairs = [(k if k != "document" else "doc", v) for k in STATE_KEYS.values()
             for v in state[k]]
    return ("?" + urlencode(pairs)) if pairs else ""


def change_filter(state: dict, rng: random.Random) -> tuple[dict, str]:
    """A new state with one box ticked or unticked, and the control that changed."""
    control = rng.choice(list(CHOICES))
    key = STATE_KEYS[control]
    value = rng.choice(CHOICES[control])
    new = json.loads(json.dumps(state))
    if value in new[key]:
        new[key].remove(value)
    else:
        new[key].append(value)
    return new, f"{control}.value"


# ---------------------------------------------------------------- a user

class Stats:
    def __init__(self, max_requests: int):
        self.lock = threading.Lock()
        self.latencies: dict[str, list[float]] = {}
        self.errors: list[str] = []
        self.count = 0
        self.max_requests = max_requests

    def take(self) -> bool:
        """Reserve a request under the cap."""
        with self.lock:
            if self.count >= self.max_requests:
                return False
            self.count += 1
            return True

    def record(self, kind: str, seconds: float, error: str | None) -> None:
        with self.lock:
            self.latencies.setdefault(kind, []).append(seconds)
            if error:
                self.errors.append(f"{kind}: {error}")


class Stop(Exception):
    pass


class User:
    def __init__(self, port: int, stats: Stats, deadline: float, think: tuple[float, float],
                 seed: int):
        self.port, self.stats, self.deadline, self.think = port, stats, deadline, think
        self.rng = random.Random(seed)
        self.conn: http.client.HTTPConnection | None = None
        self.cached = False
        self.state = empty_state()
        self.layer: str | None = None

    def request(self, kind: str, method: str, path: str, body: dict | None = None) -> bytes:
        if time.monotonic() >= self.deadline or not self.stats.take():
            raise Stop
        headers = {"Accept-Encoding": "gzip", "User-Agent": "displacement-load/1"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        t0 = time.perf_counter()
        error = None
        payload = b""
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(HOST, self.port, timeout=TIMEOUT)
            self.conn.request(method, path, body=data, headers=headers)
            resp = self.conn.getresponse()
            payload = resp.read()
            if resp.getheader("Content-Encoding") == "gzip":
                payload = gzip.decompress(payload)
            if resp.status != 200:
                error = f"{method} {path[:80]} -> {resp.status}"
            if resp.getheader("Connection", "").lower() == "close":
                self.conn.close()
                self.conn = None
        except (OSError, http.client.HTTPException) as exc:
            error = f"{method} {path[:80]} -> {exc.__class__.__name__}: {exc}"
            if self.conn is not None:
                self.conn.close()
            self.conn = None
        self.stats.record(kind, time.perf_counter() - t0, error)
        return payload

    def pause(self) -> None:
        lo, hi = self.think
        wait = self.rng.uniform(lo, hi) if hi > 0 else 0
        if time.monotonic() + wait >= self.deadline:
            raise Stop
        time.sleep(wait)

    def redraw(self) -> None:
        for kind, payload in view_payloads(self.state, self.layer):
            body = self.request(kind, "POST", "/_dash-update-component", payload)
            if kind == "callback:layers" and body:
                try:
                    self.layer = json.loads(body)["response"]["map-layer"]["value"]
                except (ValueError, KeyError, TypeError):
                    pass

    def page_load(self) -> None:
        search = query_for(self.state)
        index = self.request("page", "GET", "/" + search).decode("utf-8", "replace")
        if not self.cached:  # a cold cache: every script and stylesheet the page names
            for src in re.findall(r'(?:src|href)="(/[^"]+\.(?:js|css)[^"]*)"', index):
                self.request("static", "GET", src.replace("&amp;", "&"))
            self.cached = True
        self.request("layout", "GET", "/_dash-layout")
        self.request("layout", "GET", "/_dash-dependencies")
        self.request("callback:sync", "POST", "/_dash-update-component",
                     sync_state_payload(search, self.state, None, "url.search"))
        self.redraw()

    def filter_change(self) -> None:
        new, changed = change_filter(self.state, self.rng)
        self.request("callback:sync", "POST", "/_dash-update-component",
                     sync_state_payload(query_for(self.state), new, self.state, changed))
        self.state = new
        self.redraw()

    def run(self) -> None:
        try:
            while True:
                self.page_load()
                for _ in range(self.rng.randint(2, 3)):
                    self.pause()
                    self.filter_change()
                if self.rng.random() < 0.5:
                    self.pause()
                    self.request("export:csv", "GET", "/download/csv" + query_for(self.state))
                self.pause()
                if self.rng.random() < 0.3:
                    self.state = empty_state()
        except Stop:
            pass
        finally:
            if self.conn is not None:
                self.conn.close()


# ---------------------------------------------------------------- the server

def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(data: Path, port: int, threads: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-m", "dashboard.cli", "serve", "--data", str(data), "--waitress",
         "--host", HOST, "--port", str(port), "--threads", str(threads)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server stopped: {proc.stderr.read()}")
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=5)
            conn.request("GET", "/")
            ok = conn.getresponse().status == 200
            conn.close()
            if ok:
                return proc
        except OSError:
            time.sleep(0.2)
    stop_server(proc)
    raise SystemExit("the server did not answer within 120 s")


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def report(stats: Stats, elapsed: float, users: int) -> str:
    every = [x for v in stats.latencies.values() for x in v]
    lines = [f"{users} users, {elapsed:.0f} s: {len(every)} requests served "
             f"({len(every) / elapsed:.1f}/s), {len(stats.errors)} errors"]
    if every:
        lines.append(f"latency: median {statistics.median(every) * 1000:.0f} ms, "
                     f"p95 {percentile(every, 0.95) * 1000:.0f} ms, "
                     f"max {max(every) * 1000:.0f} ms")
        lines.append(f"{'kind':<18}{'requests':>9}{'median ms':>11}{'p95 ms':>9}{'max ms':>9}")
        for kind in sorted(stats.latencies):
            v = stats.latencies[kind]
            lines.append(f"{kind:<18}{len(v):>9}{statistics.median(v) * 1000:>11.0f}"
                         f"{percentile(v, 0.95) * 1000:>9.0f}{max(v) * 1000:>9.0f}")
    for err in stats.errors[:10]:
        lines.append(f"error: {err}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--max-requests", type=int, default=30_000,
                        help="hard cap on requests, whatever --seconds says")
    parser.add_argument("--data", type=Path, help="ETL tables (default: the devset's)")
    parser.add_argument("--threads", type=int, default=4, help="waitress threads")
    parser.add_argument("--think", type=float, nargs=2, default=(0.5, 2.0),
                        metavar=("MIN", "MAX"), help="pause between a user's actions (s)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    args.seconds = min(args.seconds, 600.0)  # bounded in time whatever is asked

    with tempfile.TemporaryDirectory(prefix="displacement-load-") as tmp:
        data = args.data
        if data is None:
            from etl.pipeline import run

            data = Path(tmp) / "tables"
            run([str(DEVSET)], data, progress=False)
        port = free_port()
        server = start_server(data, port, args.threads)
        try:
            stats = Stats(args.max_requests)
            start = time.monotonic()
            deadline = start + args.seconds
            users = [User(port, stats, deadline, tuple(args.think), args.seed * 1000 + i)
                     for i in range(args.users)]
            threads = [threading.Thread(target=u.run, daemon=True) for u in users]
            for i, t in enumerate(threads):
                t.start()
                if i % 10 == 9:
                    time.sleep(0.1)  # users arrive over half a second, not all at once
            for t in threads:
                t.join(timeout=args.seconds + 2 * TIMEOUT)
            elapsed = time.monotonic() - start
        finally:
            stop_server(server)
    print(f"server: waitress, {args.threads} threads, on {HOST}:{port}; data: "
          f"{args.data or 'tests/data/devset (extracted)'}; think {args.think[0]}-"
          f"{args.think[1]} s")
    print(report(stats, elapsed, args.users))
    return 1 if stats.errors else 0


if __name__ == "__main__":
    sys.exit(main())
