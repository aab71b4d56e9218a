"""ETL throughput on generated corpora: documents and MB per second, peak memory, recall.

usage: python benchmarks/etl_throughput.py [--sizes 1000 10000 100000] [--cache DIR]
                                           [--seed SEED] [--shared ../shared]

For each size it generates a synthetic corpus with benchmarks/make_corpus.py (cached in
DIR and reused while its MANIFEST.json matches), runs `displacement etl CORPUS --out OUT -q`
as a child process and prints one line:

    docs=1000 seconds=… docs/s=… MB/s=… peak_rss_MB=… figures=… recall_vs_planted=… …

- seconds: wall time of the whole command, interpreter start and imports included;
  cpu_seconds: the CPU time it used (user + system, worker processes included), which
  other jobs on a shared machine do not inflate the way they inflate wall time;
- peak_rss_MB: the child's maximum resident set size (os.wait4, so it is that run's
  alone; with worker processes, the largest single process);
- recall_vs_planted / precision_vs_planted: the extracted figures matched to the planted
  gold.csv with the shared scorer's own rules (../shared/tools/score_figures.py: same
  document, overlapping quote, agreeing value), applied one document at a time because
  the scorer's loop over every (document, gold row) pair takes hours at 100,000
  documents. Without the scorer it prints figures_vs_planted, a plain count ratio.

When `displacement etl --help` offers `--batch-size`, it also runs the smallest corpus
with two batch sizes and says whether every output file is byte-identical.

Targets (issue 5, 2-core machine): at least 500 documents per second in one process, peak
memory that does not grow with the corpus (under 1 GB at 100,000 documents), output
identical whatever the batch size.
"""

from __future__ import annotations

import argparse
import csv
import filecmp
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import make_corpus  # noqa: E402 - a sibling script, not an installed module

csv.field_size_limit(sys.maxsize)


def etl_command() -> list[str]:
    """The `displacement` entry point beside this interpreter, else the module behind it."""
    script = Path(sys.executable).with_name("displacement")
    if script.is_file():
        return [str(script)]
    found = shutil.which("displacement")
    return [found] if found else [sys.executable, "-m", "dashboard.cli"]


def corpus(size: int, cache: Path, seed: int) -> tuple[Path, dict]:
    """A corpus of `size` reports in the cache, generated unless a complete one is there."""
    folder = cache / f"corpus-{size}-seed{seed}"
    want = make_corpus.manifest_for(size, seed)
    manifest = folder / "MANIFEST.json"
    if manifest.is_file():
        have = json.loads(manifest.read_text(encoding="utf-8"))
        if all(have.get(k) == v for k, v in want.items()):
            return folder, have
    shutil.rmtree(folder, ignore_errors=True)
    print(f"generating {size} synthetic reports into {folder} ...", file=sys.stderr, flush=True)
    start = time.perf_counter()
    have = make_corpus.write_corpus(size, folder, seed)
    print(f"  generated in {time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)
    return folder, have


def run_etl(
    src: Path, out: Path, extra: list[str] | None = None
) -> tuple[float, float, float, int]:
    """(wall seconds, CPU seconds, peak RSS in MB, exit status) of one `displacement etl`."""
    cmd = [*etl_command(), "etl", str(src), "--out", str(out), "-q", *(extra or [])]
    with tempfile.TemporaryFile() as log:  # a file, not a pipe: a full pipe would block
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log)
        # Reap the child ourselves: wait4 gives this child's own rusage, where
        # getrusage(RUSAGE_CHILDREN) would give the maximum over every child run so far.
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        err = log.read().decode(errors="replace")
    if proc.returncode not in (0, 1):  # 1 = some documents reported in errors.csv
        sys.exit(f"{' '.join(cmd)} failed with status {proc.returncode}:\n{err[-4000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss / 1024, proc.returncode  # ru_maxrss: KB on Linux


def load_scorer(shared: Path) -> ModuleType | None:
    path = shared / "tools" / "score_figures.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("score_figures", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def match_planted(folder: Path, figures_csv: Path, scorer: ModuleType) -> tuple[int, int, int]:
    """(planted, extracted, found): the scorer's matching rules, one document at a time."""
    gold: dict[str, list[dict]] = defaultdict(list)
    with (folder / "gold.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            gold[row["doc"]].append(row)
    pred: dict[str, list[dict]] = defaultdict(list)
    with figures_csv.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            pred[os.path.basename(row["doc_id"])].append(row)
    found = 0
    for doc, rows in gold.items():
        preds = pred.get(doc, [])
        if not preds:
            continue
        text = (folder / doc).read_text(encoding="utf-8")
        used: set[int] = set()
        for g in rows:
            hit = next(
                (i for i, p in enumerate(preds) if i not in used and scorer.agrees(g, p)
                 and scorer.overlaps(text, g["quote"], p.get("quote", ""))),
                None,
            )
            if hit is not None:
                used.add(hit)
                found += 1
    planted = sum(len(r) for r in gold.values())
    extracted = sum(len(r) for r in pred.values())
    return planted, extracted, found


def count_rows(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as fh:
        return sum(1 for _ in csv.reader(fh)) - 1


def measure(size: int, cache: Path, seed: int, scorer: ModuleType | None) -> str:
    folder, manifest = corpus(size, cache, seed)
    with tempfile.TemporaryDirectory(dir=cache, prefix="etl-out-") as out:
        seconds, cpu, rss, status = run_etl(folder, Path(out))
        figures_csv = Path(out) / "figures.csv"
        line = (f"docs={size} seconds={seconds:.1f} docs/s={size / seconds:.0f} "
                f"MB/s={manifest['bytes'] / 1e6 / seconds:.2f} peak_rss_MB={rss:.0f}"
                f" cpu_seconds={cpu:.1f}")
        if scorer is not None:
            planted, extracted, found = match_planted(folder, figures_csv, scorer)
            line += (f" figures={extracted} recall_vs_planted={found / planted:.3f}"
                     f" precision_vs_planted={found / extracted if extracted else 0:.3f}")
        else:
            extracted = count_rows(figures_csv)
            line += (f" figures={extracted}"
                     f" figures_vs_planted={extracted / manifest['gold_rows']:.3f}")
        if status:
            line += f" exit={status}"
    return line


def batch_size_check(size: int, cache: Path, seed: int, sizes: tuple[int, int]) -> str | None:
    """Whether two batch sizes give byte-identical outputs; None when the ETL has no
    --batch-size option (yet)."""
    help_text = subprocess.run(
        [*etl_command(), "etl", "--help"], capture_output=True, text=True, check=False
    ).stdout
    if "--batch-size" not in help_text:
        return None
    folder, _ = corpus(size, cache, seed)
    with tempfile.TemporaryDirectory(dir=cache, prefix="etl-batch-") as tmp:
        outs = [Path(tmp) / f"b{b}" for b in sizes]
        for b, out in zip(sizes, outs, strict=True):
            run_etl(folder, out, ["--batch-size", str(b)])
        names = sorted({p.relative_to(o).as_posix() for o in outs for p in o.rglob("*")
                        if p.is_file()})
        differ = [n for n in names
                  if not all((o / n).is_file() for o in outs)
                  or not filecmp.cmp(outs[0] / n, outs[1] / n, shallow=False)]
    shown = [n for n in differ if not Path(n).name.startswith(".")]
    if not differ:
        verdict = "yes"
    elif not shown:
        # the ETL's hidden state records a hash of the etl/ and geo/ code: code edited
        # between the two runs changes it while the tables stay the same
        verdict = "tables-only (hidden files differ: " + ", ".join(differ) + ")"
    else:
        verdict = "no (" + ", ".join(differ) + ")"
    return f"docs={size} batch_sizes={sizes[0]},{sizes[1]} identical={verdict}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "displacement-corpus"),
                    help="where generated corpora are kept between runs")
    ap.add_argument("--seed", type=int, default=make_corpus.DEFAULT_SEED)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"),
                    help="the shared folder holding tools/score_figures.py")
    ap.add_argument("--batch-sizes", type=int, nargs=2, default=[64, 1_000], metavar="B",
                    help="the two batch sizes compared, when the ETL has --batch-size")
    args = ap.parse_args(argv)
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    scorer = load_scorer(Path(args.shared))
    if scorer is None:
        print(f"no scorer under {args.shared}: counting figures only", file=sys.stderr)
    for size in args.sizes:
        print(measure(size, cache, args.seed, scorer), flush=True)
    check = batch_size_check(min(args.sizes), cache, args.seed, tuple(args.batch_sizes))
    print(check if check else "batch sizes: `displacement etl` has no --batch-size option yet")
    return 0


if __name__ == "__main__":
    sys.exit(main())
