"""Dashboard latency at scale: each callback's server time and payload, and start-up time.

usage: python benchmarks/dashboard_latency.py [--figures 100000] [--states 40]
                                              [--data DIR] [--cache DIR] [--seed N]

Tables: with --data, the tables already in DIR; else a synthetic corpus from
benchmarks/make_corpus.py, extracted by `displacement etl`, with enough reports for
--figures figures (cached in --cache, default /tmp/displacement-latency, reused while the
corpus is unchanged). The text is synthetic; see make_corpus.py.

Then, in this process, with the dashboard's own data layer (dashboard/data.py) and
callback functions (dashboard/callbacks.py):

- load: reading and preparing the tables (data.load), once;
- per callback (sync, key figures, timeline, bars, table, table search, layers, map,
  document), over --states view states drawn at random the way people filter (a
  category or two, a measure, a country or a province, a date range, a selected place, a
  search word), each computed cold (the render cache emptied first): median and p95
  server time in milliseconds (wall clock, and CPU time, which other jobs on a shared
  machine inflate less), and the median and largest JSON payload in KB, raw and
  gzip-compressed as the server sends it;
- first page: `displacement serve --waitress` started on 127.0.0.1 (a free port) over the
  same tables, timed from process start until GET / answers 200, and until the default
  view's callback answers: once with no prepared tables kept (dashboard/tablecache.py;
  the first start after an ETL run, which the target is judged on), once with them.

Targets (issue 5): p95 under 150 ms per callback, payloads under 500 KB, first page under
3 s. Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
import etl_throughput as tp  # noqa: E402 - its corpus cache, ETL runner and command
import load as load_bench  # noqa: E402 - the load benchmark's browser requests
import make_corpus  # noqa: E402 - a sibling script, not an installed module

from dashboard import tablecache  # noqa: E402

TARGET_MS, TARGET_KB, TARGET_FIRST_PAGE_S = 150, 500, 3.0


# ---------------------------------------------------------------- tables

def n_figures(out: Path) -> int:
    import pyarrow.parquet as pq

    return pq.ParquetFile(out / "figures.parquet").metadata.num_rows


def build_tables(target: int, cache: Path, seed: int) -> Path:
    """Tables with at least `target` figures, extracted from a generated corpus. Report i
    of the generator does not depend on N, so a corpus grows by adding reports."""
    cache.mkdir(parents=True, exist_ok=True)
    n_docs = 200
    while True:
        corpus, _ = tp.corpus(n_docs, cache, seed)
        out = cache / f"tables-{n_docs}"
        if not (out / "figures.parquet").is_file():
            print(f"extracting {corpus} -> {out}", file=sys.stderr)
            tp.run_etl(corpus, out)
        have = n_figures(out)
        if have >= target:
            return out
        n_docs = int(n_docs * target / max(have, 1) * 1.05) + 1


# ---------------------------------------------------------------- view states

def random_states(tables, n: int, rng: random.Random) -> list:
    """View states as people make them: mostly one or two filters at a time."""
    from dashboard.state import ViewState

    f = tables.figures
    cats = sorted({c for c in f["category"] if c})
    countries = sorted({c for c in f["iso3"] if c})
    provinces = sorted({a for a in f["admin1"] if a})
    places = sorted({p for p in f["location_place_id"] if p})
    dates = sorted({d for d in f["date"] if d})
    states = [ViewState()]
    while len(states) < n:
        kw: dict = {}
        for _ in range(rng.choice([1, 1, 2, 3])):
            pick = rng.choice(["category", "measure", "country", "province", "dates",
                               "place"])
            if pick == "category" and cats:
                kw["category"] = tuple(rng.sample(cats, rng.choice([1, 2])))
            elif pick == "measure":
                kw["measure"] = (rng.choice(["flow", "stock"]),)
            elif pick == "country" and countries:
                kw["country"] = (rng.choice(countries),)
            elif pick == "province" and provinces:
                kw["province"] = (rng.choice(provinces),)
            elif pick == "dates" and dates:
                a, b = sorted(rng.sample(dates, 2)) if len(dates) > 1 else (dates[0],) * 2
                kw["start"], kw["end"] = a, b
            elif pick == "place" and places:
                kw["place"] = rng.choice(places)
        states.append(ViewState(**kw))
    return states


# ---------------------------------------------------------------- measuring

def payload_kb(value) -> tuple[float, float]:
    """(raw, gzip) size in KB of a callback's outputs as Dash serialises them."""
    import plotly

    raw = json.dumps(value, cls=plotly.utils.PlotlyJSONEncoder).encode()
    return len(raw) / 1e3, len(gzip.compress(raw, 6)) / 1e3


def time_callbacks(tables, states: list, rng: random.Random) -> dict[str, dict]:
    from dashboard import callbacks, ids
    from dashboard.state import encode

    words = ["goma", "refugees", "burundi", "camp", "households", "2025", "réfugiés"]
    figure_ids = list(tables.figures["figure_id"].sample(
        min(len(states), len(tables.figures)), random_state=1))
    calls: dict[str, Callable] = {
        "sync": lambda st: callbacks.next_state(ids.URL, "?" + encode(st), None, {}),
        "key figures": lambda st: callbacks.view_outputs(tables, st),
        "timeline": lambda st: callbacks.timeline_outputs(tables, st),
        "bars": lambda st: callbacks.bars_outputs(tables, st),
        "table": lambda st: callbacks.table_outputs(tables, st, ""),
        "table search": lambda st: callbacks.table_outputs(tables, st, rng.choice(words)),
        "layers": lambda st: callbacks.layer_outputs(tables, st, None),
        "map": lambda st: callbacks.map_outputs(tables, st, None),
    }
    results: dict[str, dict] = {name: {"wall": [], "cpu": [], "raw": [], "gz": []}
                                for name in list(calls) + ["document"]}
    for i, st in enumerate(states):
        for name, call in calls.items():
            tables.extra.pop("render_cache", None)  # cold: nothing rendered yet for this state
            w, c = time.perf_counter(), time.process_time()
            out = call(st)
            results[name]["wall"].append((time.perf_counter() - w) * 1e3)
            results[name]["cpu"].append((time.process_time() - c) * 1e3)
            out = out.to_dict() if hasattr(out, "to_dict") else out
            raw, gz = payload_kb(out)
            results[name]["raw"].append(raw)
            results[name]["gz"].append(gz)
        w, c = time.perf_counter(), time.process_time()
        out = callbacks.document_panel(tables, figure_ids[i % len(figure_ids)])
        results["document"]["wall"].append((time.perf_counter() - w) * 1e3)
        results["document"]["cpu"].append((time.process_time() - c) * 1e3)
        raw, gz = payload_kb(out)
        results["document"]["raw"].append(raw)
        results["document"]["gz"].append(gz)
    return results


def p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20)[-1] if len(xs) > 1 else xs[0]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def first_page(data_dir: Path, timeout: float = 120.0,
               cache: str | None = None) -> tuple[float, float]:
    """Seconds from `displacement serve` starting to GET / answering 200, and to the
    default view's callback answering. `cache`: the folder of prepared tables the server
    uses (dashboard/tablecache.py; an empty one for a cold start), else the default."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, **({tablecache.ENV: cache} if cache else {}))
    start = time.perf_counter()
    proc = subprocess.Popen(tp.etl_command() + ["serve", "--data", str(data_dir), "--waitress",
                                              "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        page = None
        while time.perf_counter() - start < timeout:
            try:
                with urllib.request.urlopen(base + "/", timeout=5) as resp:
                    if resp.status == 200:
                        page = time.perf_counter() - start
                        break
            except OSError:
                time.sleep(0.05)
        if page is None:
            raise RuntimeError(f"the server did not answer within {timeout:.0f} s")
        state = load_bench.empty_state()
        _, payload = load_bench.view_payloads(state, None)[0]
        req = urllib.request.Request(base + "/_dash-update-component",
                                     data=json.dumps(payload).encode(),
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read()
        return page, time.perf_counter() - start
    finally:
        proc.terminate()
        proc.wait(timeout=30)


# ---------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--figures", type=int, default=100_000)
    ap.add_argument("--states", type=int, default=40, help="view states timed per callback")
    ap.add_argument("--data", help="a folder of tables to use instead of a generated corpus")
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) /
                                           "displacement-latency"))
    ap.add_argument("--seed", type=int, default=make_corpus.DEFAULT_SEED)
    args = ap.parse_args(argv)

    data_dir = Path(args.data) if args.data else build_tables(args.figures, Path(args.cache),
                                                              args.seed)
    from dashboard import data

    w, c = time.perf_counter(), time.process_time()
    tables = data.load(data_dir)
    print(f"load: {len(tables.figures):,} figures, {len(tables.documents):,} reports, "
          f"{len(tables.events):,} events in {time.perf_counter() - w:.2f} s "
          f"(cpu {time.process_time() - c:.2f} s) from {data_dir}")
    from dashboard import callbacks

    # What the server does once at start (dashboard/app.py): shapes, lookups and the
    # default view are ready before the first request; each state below is then cold.
    w = time.perf_counter()
    callbacks.warm(tables)
    print(f"warm-up (once, at server start): {time.perf_counter() - w:.2f} s")
    rng = random.Random(args.seed)
    results = time_callbacks(tables, random_states(tables, args.states, rng), rng)
    worst_ms = worst_kb = 0.0
    for name, r in results.items():
        worst_ms, worst_kb = max(worst_ms, p95(r["wall"])), max(worst_kb, max(r["raw"]))
        print(f"callback {name:<13} median {statistics.median(r['wall']):7.1f} ms  "
              f"p95 {p95(r['wall']):7.1f} ms  (cpu p95 {p95(r['cpu']):7.1f} ms)  "
              f"payload median {statistics.median(r['raw']):7.1f} KB, max "
              f"{max(r['raw']):7.1f} KB (gzip {max(r['gz']):6.1f} KB)")
    # cold: no prepared tables kept (the first start after an ETL run); then warm: the
    # copy this process kept when it loaded the tables above (every later restart)
    with tempfile.TemporaryDirectory() as empty:
        page, view = first_page(data_dir, cache=str(Path(empty) / "cache"))
    warm, warm_view = first_page(data_dir)
    print(f"first page: {page:.2f} s from process start with no prepared tables kept "
          f"(default view answered at {view:.2f} s); {warm:.2f} s with them "
          f"({warm_view:.2f} s)")
    ok = worst_ms < TARGET_MS and worst_kb < TARGET_KB and page < TARGET_FIRST_PAGE_S
    print(f"targets (p95 < {TARGET_MS} ms, payload < {TARGET_KB} KB, first page < "
          f"{TARGET_FIRST_PAGE_S:.0f} s): {'met' if ok else 'NOT met'} (worst p95 "
          f"{worst_ms:.0f} ms, largest payload {worst_kb:.0f} KB, first page {page:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
