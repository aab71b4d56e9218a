"""Print extraction scores on every gold set we have.

usage: python benchmarks/extraction_scores.py [--show] [--shared ../shared]

Runs the ETL on each set's documents into a temporary folder and scores the figures
with the shared scorer (../shared/tools/score_figures.py): the seeds, the shared
development set (../shared/gold/dev) and the project's own (tests/data/devset, and
tests/data/devset2: the held-out rounds, see its README)."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# score this checkout's extractor, not the one the environment installed (a second
# worktree shares the first one's virtualenv)
sys.path.insert(0, str(ROOT))


def sets(shared: Path) -> list[tuple[str, Path, Path]]:
    """(name, documents folder, gold csv) of each gold set that is present."""
    candidates = [
        ("seeds", ROOT / "seeds", shared / "gold" / "seeds.csv"),
        ("shared dev", shared / "gold" / "dev" / "docs", shared / "gold" / "dev" / "gold.csv"),
        (
            "own dev",
            ROOT / "tests" / "data" / "devset" / "docs",
            ROOT / "tests" / "data" / "devset" / "gold.csv",
        ),
        (
            "own dev 2",
            ROOT / "tests" / "data" / "devset2" / "docs",
            ROOT / "tests" / "data" / "devset2" / "gold.csv",
        ),
    ]
    return [c for c in candidates if c[1].is_dir() and c[2].is_file()]


def score(name: str, docs: Path, gold: Path, scorer: Path, show: bool) -> str:
    from etl.pipeline import run

    with tempfile.TemporaryDirectory() as tmp:
        run([str(docs)], tmp, progress=False)
        cmd = [
            sys.executable,
            str(scorer),
            "--gold",
            str(gold),
            "--docs",
            str(docs),
            "--figures",
            str(Path(tmp) / "figures.csv"),
        ] + (["--show"] if show else [])
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    if show:
        print(f"--- {name}\n{out}")
    return out.strip().splitlines()[-1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--show", action="store_true", help="list misses and extras")
    args = ap.parse_args()
    shared = Path(args.shared)
    scorer = shared / "tools" / "score_figures.py"
    if not scorer.is_file():
        print(f"no scorer at {scorer}: pass --shared DIR", file=sys.stderr)
        return 2
    for name, docs, gold in sets(shared):
        print(f"{name:<11} {score(name, docs, gold, scorer, args.show)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
