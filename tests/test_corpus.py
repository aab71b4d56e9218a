"""The synthetic benchmark corpus (benchmarks/make_corpus.py): deterministic, marked as
synthetic, 3-5 KB reports whose gold rows are verbatim, and an ETL that finds what was
planted in it."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import make_corpus as mc  # noqa: E402 - a script folder, not a package

SCORER = ROOT.parent / "shared" / "tools" / "score_figures.py"
N = 20


def _reports(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith("syn"))


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    mc.write_corpus(N, folder)
    return folder


@pytest.fixture(scope="module")
def etl_out(corpus: Path, tmp_path_factory) -> Path:
    """The ETL run through its command line, as the throughput benchmark runs it."""
    out = tmp_path_factory.mktemp("corpus_out")
    cli = Path(sys.executable).with_name("displacement")
    cmd = [str(cli)] if cli.is_file() else [sys.executable, "-m", "dashboard.cli"]
    done = subprocess.run([*cmd, "etl", str(corpus), "--out", str(out), "-q"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return out


def test_same_seed_same_bytes_and_reports_do_not_depend_on_n(corpus, tmp_path):
    again = tmp_path / "again"
    mc.write_corpus(N, again)
    names = sorted(p.name for p in corpus.iterdir())
    assert names == sorted(p.name for p in again.iterdir())
    for name in names:
        assert (corpus / name).read_bytes() == (again / name).read_bytes(), name
    # report i is the same in a corpus of 5 and of 20: a small corpus is a prefix
    assert mc.make_report(3).text == (corpus / mc.make_report(3).name).read_text("utf-8")
    assert mc.make_report(3, seed=1).text != mc.make_report(3).text


def test_reports_are_3_to_5_kb(corpus):
    sizes = [p.stat().st_size for p in _reports(corpus)]
    assert len(sizes) == N
    assert all(3000 <= s <= 5000 for s in sizes), sizes


def test_everything_says_it_is_synthetic(corpus):
    for path in _reports(corpus):
        text = path.read_text("utf-8")
        assert re.search(r"^(?:source:? |Source: )synthetic-benchmark-corpus$", text, re.M), path
        assert "[SYNTHETIC]" in text[:400], path  # in the title, whichever way it is given
    assert "SYNTHETIC" in (corpus / "README").read_text("utf-8")
    manifest = json.loads((corpus / "MANIFEST.json").read_text("utf-8"))
    assert manifest["synthetic"] is True and manifest["documents"] == N


def test_refuses_to_write_into_the_real_data(monkeypatch):
    def must_not_write(*args, **kwargs):
        raise AssertionError("make_corpus would have written into the real data")

    monkeypatch.setattr(mc, "write_corpus", must_not_write)
    for target in ("seeds", "tests/data/devset/docs"):
        with pytest.raises(SystemExit):
            mc.main(["3", str(ROOT / target)])


def test_gold_and_negative_quotes_are_verbatim(corpus):
    gold = _rows(corpus / "gold.csv")
    assert list(gold[0]) == mc.GOLD_COLUMNS
    texts = {p.name: p.read_text("utf-8") for p in _reports(corpus)}
    assert {g["doc"] for g in gold} == set(texts)  # every report plants figures
    for g in gold:
        assert g["quote"] in texts[g["doc"]], g
        assert g["value"] or (g["low"] and g["high"]), g
    negatives = _rows(corpus / "negatives.csv")
    assert negatives
    for n in negatives:
        assert n["quote"] in texts[n["doc"]], n
        assert not any(n["quote"] in g["quote"] or g["quote"] in n["quote"]
                       for g in gold if g["doc"] == n["doc"]), n


def test_places_are_ones_the_gazetteer_knows():
    from geo import gazetteer

    for crisis in mc.CRISES:
        places = [crisis["country"], *crisis["regions"], *crisis["towns"]]
        for host, sites in crisis["hosts"]:
            places += [host, *sites]
        for p in places:
            for name in (p.en, p.fr):
                found = gazetteer.lookup(name)
                assert found is not None and found.name == p.gold, (name, found)


def test_languages_forms_and_negatives_vary():
    reports = [mc.make_report(i) for i in range(300)]
    french = sum(bool(re.search(r"\b(?:les|des|dans)\b", r.text)) for r in reports)
    assert 0.2 < french / len(reports) < 0.5
    quotes = " ".join(g[1] for r in reports for g in r.gold)
    assert re.search(r"\d+k ", quotes)  # "45k"
    for form in ("million", "thousands of", "des milliers", "between", "entre",
                 "more than", "plus de", "about", "environ", "two thousand", "deux mille",
                 "\u202f", "\u00a0", "ménages", "households", "every day", "chaque jour"):
        assert form in quotes, form
    assert re.search(r"\d{1,3}\.\d{3} ", quotes)  # "30.000"
    assert re.search(r"\d{1,3},\d{3} ", quotes)  # "30,000"
    why = {n[2] for r in reports for n in r.negatives}
    assert why >= {"deaths", "injuries", "money", "tonnes", "distance", "year", "troops",
                   "site capacity", "projection", "aid target"}
    assert {r.name.rsplit(".", 1)[1] for r in reports} == {"txt", "md"}
    assert any(r.needs_metadata_csv for r in reports)


def test_etl_reads_the_metadata_of_every_report(corpus, etl_out):
    docs = _rows(etl_out / "documents.csv")
    assert len(docs) == N
    for d in docs:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["published"]), d
        assert d["title"].startswith("[SYNTHETIC]"), d
        assert d["source"] == mc.SOURCE, d
    assert not _rows(etl_out / "errors.csv")


def test_etl_finds_the_planted_figures(corpus, etl_out):
    planted = len(_rows(corpus / "gold.csv"))
    figures = _rows(etl_out / "figures.csv")
    if not SCORER.is_file():  # outside the shared workspace: counts only
        assert 0.9 * planted <= len(figures) <= planted
        return
    done = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(corpus / "gold.csv"), "--docs", str(corpus),
         "--figures", str(etl_out / "figures.csv")],
        capture_output=True, text=True, check=True,
    )
    scores = dict(re.findall(r"(\w+)=([\d.]+)", done.stdout.strip().splitlines()[-1]))
    assert int(scores["gold"]) == planted
    assert float(scores["R"]) >= 0.9, done.stdout
    assert float(scores["P"]) >= 0.97, done.stdout
