"""Incremental ETL: a re-run after a few documents changed, against a full run.

usage: python benchmarks/etl_incremental.py [--docs 10000] [--changed 10] [--cache DIR]

Takes a synthetic corpus of --docs reports (benchmarks/make_corpus.py, cached like
etl_throughput.py's), copies it, runs `displacement etl --full` on it, then changes
--changed documents (about half edited, a third new, the rest removed) and runs
`displacement etl` again on the same output folder, which re-extracts only what changed
(by content hash). A fresh full run over the changed folder checks that the incremental
tables are byte-identical to it. Prints one line:

    docs=10000 changed=10 full_s=… incremental_s=… ratio=…% (cpu …%) identical=yes

Target (issue 5): the incremental run under 10% of a full run.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import etl_throughput as tp  # noqa: E402 - a sibling script: its corpus cache and runner
import make_corpus  # noqa: E402

EDIT = "\n\nUpdate: local authorities said 1,250 more people arrived at the site overnight.\n"


def change(folder: Path, n: int) -> dict[str, int]:
    """Edit, add and remove documents of `folder` (n in all); the counts of each."""
    docs = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    n_new, n_removed = n // 3, n - n // 2 - n // 3
    n_edit = n - n_new - n_removed
    step = max(1, len(docs) // max(n, 1))
    picked = docs[::step][:n_edit + n_removed + n_new]
    for path in picked[:n_edit]:
        text = path.read_text(encoding="utf-8")
        path.unlink()  # the copy may be a hard link to the cached corpus: never edit it
        path.write_text(text + EDIT, encoding="utf-8")
    for path in picked[n_edit:n_edit + n_removed]:
        path.unlink()
    for i, path in enumerate(picked[n_edit + n_removed:]):
        shutil.copyfile(path, folder / f"zz-new-{i:03d}.txt")
    return {"edited": n_edit, "removed": n_removed, "added": len(picked) - n_edit - n_removed}


def same_tables(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir() if not p.name.startswith("."))
    return names == sorted(p.name for p in b.iterdir() if not p.name.startswith(".")) and \
        all(filecmp.cmp(a / n, b / n, shallow=False) for n in names if (a / n).is_file())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--changed", type=int, default=10)
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "displacement-corpus"))
    ap.add_argument("--seed", type=int, default=make_corpus.DEFAULT_SEED)
    args = ap.parse_args(argv)
    source, _ = tp.corpus(args.docs, Path(args.cache), args.seed)
    with tempfile.TemporaryDirectory(dir=args.cache, prefix="incremental-") as tmp:
        docs, out, fresh = Path(tmp) / "docs", Path(tmp) / "out", Path(tmp) / "fresh"
        shutil.copytree(source, docs, copy_function=os.link)
        full_s, full_cpu, _, _ = tp.run_etl(docs, out, ["--full"])
        counts = change(docs, args.changed)
        inc_s, inc_cpu, rss, _ = tp.run_etl(docs, out)
        tp.run_etl(docs, fresh, ["--full"])
        identical = same_tables(out, fresh)
    print(f"docs={args.docs} changed={args.changed} ({counts['edited']} edited, "
          f"{counts['added']} added, {counts['removed']} removed) full_s={full_s:.1f} "
          f"incremental_s={inc_s:.1f} ratio={100 * inc_s / full_s:.1f}% "
          f"(cpu {100 * inc_cpu / full_cpu:.1f}%) peak_rss_MB={rss:.0f} "
          f"identical={'yes' if identical else 'NO'}")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
