"""End to end: `displacement etl` on the seeds and on a folder with broken files."""

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"

# design.md's contract, written out here so that a rename in the code fails this test.
CONTRACT = {
    "documents": "doc_id path title published source language n_chars sha256",
    "places": "place_id name kind iso3 admin1 lat lon gazetteer_id",
    "figures": "figure_id doc_id published value value_low value_high approximate unit "
    "people_estimate category measure rate origin destination location origin_place_id "
    "destination_place_id location_place_id iso3 admin1 lat lon period quote char_start "
    "char_end confidence",
    "flows": "flow_id figure_id origin_place_id destination_place_id value value_low "
    "value_high geometry",
    "events": "event_id doc_id date date_text kind actor place_id quote char_start char_end",
    "errors": "doc_id stage message",
}


def etl(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dashboard.cli", "etl", "-q", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seeds_out")
    proc = etl(str(SEEDS), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "2 documents read" in proc.stderr and "0 errors" in proc.stderr
    return out


@pytest.mark.parametrize("table", list(CONTRACT))
def test_every_table_has_the_contract_columns_in_csv_and_parquet(seeds_out, table):
    header = next(csv.reader(open(seeds_out / f"{table}.csv", encoding="utf-8")))
    assert header[: len(CONTRACT[table].split())] == CONTRACT[table].split()
    assert list(pd.read_parquet(seeds_out / f"{table}.parquet").columns) == header


def test_geo_tables_are_also_geojson(seeds_out):
    import geopandas as gpd

    for name in ("places", "figures", "flows"):
        gdf = gpd.read_file(seeds_out / f"{name}.geojson")
        assert gdf.crs.to_epsg() == 4326


def test_seed_figures(seeds_out):
    figs = pd.read_csv(seeds_out / "figures.csv")
    by_doc = {d: g for d, g in figs.groupby("doc_id")}
    burundi = by_doc["000_54044e675516dad2.txt"]
    exact = burundi[burundi["value"] == 30000].iloc[0]
    assert (exact["category"], exact["measure"], exact["iso3"]) == ("refugees", "flow", "BDI")
    assert exact["origin_place_id"] == "COD" and exact["published"] == "2025-02-20"
    daily = burundi[burundi["rate"] == "per_day"].iloc[0]
    assert (daily["value_low"], daily["value_high"]) == (1000, 9999)
    goma = by_doc["003_bdb3ad41ebfd830d.txt"]
    assert list(zip(goma["value_low"], goma["value_high"], goma["category"], strict=True)) == [
        (10000, 99999, "displaced")
    ]
    assert set(figs["iso3"]) <= {"BDI", "COD"}
    # nothing else: tonnes, years, distances, disarmed soldiers are not figures
    assert len(figs) == 3


def test_quotes_are_verbatim_at_their_offsets(seeds_out):
    figs = pd.read_csv(seeds_out / "figures.csv")
    docs = pd.read_csv(seeds_out / "documents.csv").set_index("doc_id")
    for _, row in figs.iterrows():
        text = (SEEDS / row["doc_id"]).read_text(encoding="utf-8")
        assert text[row["char_start"] : row["char_end"]] == row["quote"]
        assert docs.loc[row["doc_id"], "n_chars"] == len(text)


def test_events_have_dates_resolved_from_the_report_date(seeds_out):
    events = pd.read_csv(seeds_out / "events.csv", keep_default_na=False)
    goma = events[(events["kind"] == "captured") & (events["place_id"] == "COD-goma")]
    # "The rebels marched into Goma ... on Monday", in a report of Wednesday 2025-01-29
    assert "2025-01-27" in set(goma["date"])
    assert {"sanctions", "protest"} <= set(events["kind"])


def test_a_rerun_writes_identical_files(seeds_out, tmp_path):
    assert etl(str(SEEDS), "--out", str(tmp_path)).returncode == 0
    for path in sorted(seeds_out.iterdir()):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name


def test_broken_documents_are_reported_and_the_others_processed(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    (src / "empty.txt").write_bytes(b"")
    (src / "scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)))
    (src / "noise.txt").write_bytes(bytes(range(256)) * 4)
    out = tmp_path / "out"
    proc = etl(str(src), "--out", str(out))
    assert proc.returncode == 1
    errors = pd.read_csv(out / "errors.csv")
    assert sorted(errors["doc_id"]) == ["empty.txt", "noise.txt", "scan.txt"]
    assert set(errors["stage"]) == {"read"}
    for name in ("empty.txt", "noise.txt", "scan.txt"):
        assert name in proc.stderr
    assert len(pd.read_csv(out / "documents.csv")) == 2
    assert len(pd.read_csv(out / "figures.csv")) == 3


def test_a_missing_source_is_a_clear_error(tmp_path):
    proc = etl(str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2 and "nowhere" in proc.stderr


@pytest.mark.skipif(
    not (SHARED / "tools" / "score_figures.py").is_file(),
    reason="../shared (scorer and gold) is not beside this checkout",
)
def test_scorer_gives_full_marks_on_the_seed_gold(seeds_out):
    proc = subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "score_figures.py"),
            "--gold",
            str(SHARED / "gold" / "seeds.csv"),
            "--docs",
            str(SEEDS),
            "--figures",
            str(seeds_out / "figures.csv"),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert proc.stdout.split()[:1] == ["F1=1.000"]
    assert "place=1.000 category=1.000" in proc.stdout


def test_flows_carry_their_line_in_the_tables(seeds_out):
    flows = pd.read_csv(seeds_out / "flows.csv")
    assert len(flows) and all(g.startswith("LINESTRING") for g in flows["geometry"])
    assert list(pd.read_parquet(seeds_out / "flows.parquet")["geometry"]) == list(
        flows["geometry"])


def test_a_file_named_twice_is_read_once_and_ids_stay_unique(tmp_path):
    proc = etl(str(SEEDS), str(SEEDS / "000_54044e675516dad2.txt"), "--out", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    docs = pd.read_csv(tmp_path / "documents.csv")
    assert len(docs) == 2 and docs["doc_id"].is_unique
    assert pd.read_csv(tmp_path / "figures.csv")["figure_id"].is_unique
