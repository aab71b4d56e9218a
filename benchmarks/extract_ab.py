"""Compare the extraction CPU time of two versions of the code, runs interleaved.

usage: python benchmarks/extract_ab.py [A] [B] [--docs 2000] [--rounds 5]
                                       [--cache DIR] [--seed SEED]

A and B are git revisions (default: HEAD and the working tree, written WORKTREE). Each
revision is checked out into a temporary worktree; then, round after round, one child
process per version reads and extracts the same generated corpus
(etl.steps.process_document on every report, after a warm-up of 30) and reports the CPU
milliseconds per report and a digest of every row it produced. It prints one line per
round and a summary:

    round 1: A 3.124 ms/doc  B 2.981 ms/doc  B/A 0.954
    ...
    A median 3.131 ms/doc  B median 2.990 ms/doc  paired B/A median 0.956  identical=yes

Why interleaved and paired: this virtual machine's speed drifts by 10 to 25% between
runs, more than most single changes gain, so two versions are only compared run for run
under the same conditions. CPU time, not wall time: other jobs inflate the latter.
identical=no means the two versions extract different rows (the digest covers documents,
figures, events and errors). Start-up and writing are not measured here; see
etl_throughput.py for a whole run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import make_corpus  # noqa: E402 - a sibling script, not an installed module
from etl_throughput import corpus  # noqa: E402

WORKTREE = "WORKTREE"
# Run in the child, with the version's own tree first on sys.path: prints "ms digest".
CHILD = """
import hashlib, sys, time
from etl import steps
tasks, _ = steps.plan([sys.argv[1]])
for task in tasks[:30]:
    steps.process_document(task)
digest = hashlib.sha256()
start = time.process_time()
results = [steps.process_document(task) for task in tasks[30:]]
ms = 1000 * (time.process_time() - start) / max(1, len(tasks) - 30)
for r in results:
    digest.update(repr((r.document, r.figures, r.events, r.errors)).encode())
print(f"{ms:.3f} {digest.hexdigest()}")
"""


def checkout(rev: str, into: Path) -> Path:
    """A tree holding `rev` (the working tree itself for WORKTREE)."""
    if rev == WORKTREE:
        return ROOT
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(into), rev],
                   check=True)
    return into


def measure(tree: Path, folder: Path) -> tuple[float, str]:
    """(CPU ms per report, digest of the rows) of one child process on `tree`'s code."""
    # the version's tree first on the path, before the installed project
    env = {**os.environ, "PYTHONPATH": str(tree)}
    proc = subprocess.run([sys.executable, "-c", CHILD, str(folder)], cwd=tree, env=env,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"extraction failed in {tree}:\n{proc.stderr[-3000:]}")
    ms, digest = proc.stdout.split()
    return float(ms), digest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a", nargs="?", default="HEAD", help="git revision (default HEAD)")
    ap.add_argument("b", nargs="?", default=WORKTREE,
                    help=f"git revision, or {WORKTREE} for the files as they are (default)")
    ap.add_argument("--docs", type=int, default=2000, help="generated reports (default 2000)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "displacement-corpus"))
    ap.add_argument("--seed", type=int, default=make_corpus.DEFAULT_SEED)
    args = ap.parse_args(argv)
    if args.docs <= 30 or args.rounds < 1:
        ap.error("--docs must be over 30 (the warm-up) and --rounds at least 1")
    folder, _ = corpus(args.docs, Path(args.cache), args.seed)
    with tempfile.TemporaryDirectory(prefix="extract-ab-") as tmp:
        trees = [checkout(rev, Path(tmp) / name) for rev, name in ((args.a, "a"), (args.b, "b"))]
        try:
            rows = []
            for n in range(1, args.rounds + 1):
                (a, da), (b, db) = (measure(tree, folder) for tree in trees)
                rows.append((a, b, da == db))
                print(f"round {n}: A {a:.3f} ms/doc  B {b:.3f} ms/doc  B/A {b / a:.3f}",
                      flush=True)
        finally:
            for tree in trees:
                if tree != ROOT:
                    subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                                    str(tree)], check=False)
    a_ms, b_ms = [r[0] for r in rows], [r[1] for r in rows]
    paired = statistics.median(b / a for a, b, _ in rows)
    same = "yes" if all(r[2] for r in rows) else "no"
    print(f"A={args.a} median {statistics.median(a_ms):.3f} ms/doc  B={args.b} median "
          f"{statistics.median(b_ms):.3f} ms/doc  paired B/A median {paired:.3f}  "
          f"identical={same}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
