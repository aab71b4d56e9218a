"""Bad input to `displacement etl`, end to end: one messy folder run once through the
command line, then one assertion per kind of trouble. Complements test_etl_cli.py (empty,
PDF and binary files) and test_documents.py (the reader's unit cases).

Every document here is a real file on disk and the ETL runs as a real process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pandas as pd
import pytest

from etl.documents import MAX_BYTES, read_document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
REPEATS = 100_000

FRENCH = ("Rapport du 12 février. Près de 3 000 déplacés sont arrivés à Goma après "
          "l’évacuation des écoles ; les sœurs de la mission ont accueilli des centaines de "
          "ménages à Minova.\n")
LATIN1 = FRENCH.replace("’", "'").replace("œ", "oe")  # latin-1 has neither character
ENGLISH = "About 4,000 refugees crossed into Burundi from Uvira last week.\n"


def etl(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashboard.cli", "etl", "-q", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=timeout)


def write_messy_folder(src: Path) -> dict[str, str]:
    """Seeds plus one file per kind of trouble; returns {file: what it is}."""
    shutil.copytree(SEEDS, src)
    kinds = {}

    def put(name: str, data: bytes, what: str) -> None:
        (src / name).write_bytes(data)
        kinds[name] = what

    put("fr_cp1252.txt", FRENCH.encode("cp1252"), "cp1252 French")
    put("fr_latin1.txt", LATIN1.encode("latin-1"), "latin-1 French")
    put("fr_utf16.txt", FRENCH.encode("utf-16"), "UTF-16 with a BOM (little endian)")
    put("en_utf16be.txt", b"\xfe\xff" + ENGLISH.encode("utf-16-be"), "UTF-16 BOM big endian")
    put("page.html", (
        b"<html><head><style>body{content:'9,999 people fled to Goma'}</style>"
        b"<script>var s = '7,777 refugees crossed into Rwanda'; alert(1)</script></head>"
        b"<body><h1>Influx</h1><p>About 6,000 refugees crossed into Burundi.</p>"
        b"<noscript>8,888 people fled</noscript></body></html>"), "HTML")
    put("bad_yaml.md", b"---\n[unclosed: {\n---\nSome 5,000 people fled Bukavu.\n",
        "front matter that is neither YAML nor key: value")
    put("bad_date.md", b"---\ndate: 20 March\n---\nSome 5,000 people fled Uvira.\n",
        "front matter date that is not YYYY-MM-DD")
    put("impossible_date.txt", b"date 2025-13-45\nSome 2,000 people fled Sake.\n",
        "date token that is not a real day")
    put("date_line.txt", b"Date: 12 March 2025\nSome 3,000 people fled Minova.\n",
        "leading date line in another format")
    put("unclosed_front_matter.md", b"---\ntitle: x\nSome 1,500 people fled Goma.\n",
        "front matter that never closes")
    # Files that cannot be read (these work the same as root, unlike chmod 000):
    os.mkfifo(src / "pipe.txt")  # a named pipe: reading it would block for ever
    kinds["pipe.txt"] = "named pipe"
    (src / "dangling.txt").symlink_to(src / "no-such-file.txt")
    kinds["dangling.txt"] = "dangling symlink"
    (src / "self_loop.txt").symlink_to(src / "self_loop.txt")
    kinds["self_loop.txt"] = "symlink to itself"
    (src / "loop").symlink_to(src)  # a folder link back up: must not be walked
    (src / "sub").mkdir()
    (src / "sub" / "up").symlink_to(src)
    put("sub/inner.txt", ENGLISH.encode(), "a report in a subfolder beside a loop")
    if Path("/proc/self/mem").exists():  # a regular file whose read fails (EIO), even as root
        (src / "io_error.txt").symlink_to("/proc/self/mem")
        kinds["io_error.txt"] = "read error (EIO)"
    put("no_permission.txt", ENGLISH.encode(), "chmod 000")
    (src / "no_permission.txt").chmod(0)
    return kinds


UNREADABLE = {"pipe.txt": "not a regular file", "dangling.txt": "No such file",
              "self_loop.txt": "symbolic links", "io_error.txt": "Input/output error"}
METADATA_WARNINGS = {"bad_yaml.md": "malformed front matter", "bad_date.md": "20 March",
                     "impossible_date.txt": "2025-13-45", "date_line.txt": "12 March 2025"}


@pytest.fixture(scope="module")
def messy(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("messy")
    src, out = tmp / "src", tmp / "out"
    kinds = write_messy_folder(src)
    # The timeout bounds the run: a named pipe must not hang it.
    proc = etl(str(src), "--out", str(out), timeout=240)
    tables = {name: pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
              for name in ("documents", "figures", "errors")}
    yield {"src": src, "out": out, "kinds": kinds, "proc": proc, **tables}
    (src / "no_permission.txt").chmod(0o644)


def test_exit_status_1_and_every_readable_document_processed(messy):
    proc, docs = messy["proc"], messy["documents"]
    assert proc.returncode == 1, proc.stderr
    expected = {"000_54044e675516dad2.txt", "003_bdb3ad41ebfd830d.txt", "fr_cp1252.txt",
                "fr_latin1.txt", "fr_utf16.txt", "en_utf16be.txt", "page.html", "bad_yaml.md",
                "bad_date.md", "impossible_date.txt", "date_line.txt",
                "unclosed_front_matter.md", "sub/inner.txt"}
    assert expected <= set(docs["doc_id"])
    unreadable = {n for n in UNREADABLE if n in messy["kinds"]}
    assert not unreadable & set(docs["doc_id"])
    # nothing was read through the folder links (no loop/..., sub/up/... ids)
    assert not [d for d in docs["doc_id"] if d.startswith(("loop/", "sub/up/"))]


def test_unreadable_files_are_in_errors_csv_and_on_stderr(messy):
    errors, stderr = messy["errors"], messy["proc"].stderr
    for name, reason in UNREADABLE.items():
        if name not in messy["kinds"]:
            continue
        row = errors[errors["doc_id"] == name]
        assert len(row) == 1, (name, errors)
        assert row.iloc[0]["stage"] == "read" and reason in row.iloc[0]["message"], row
        line = next(x for x in stderr.splitlines() if name in x)
        assert reason in line, line  # the file and the reason, on one line


def test_permissions(messy):
    """chmod 000 stops an ordinary user, not root: either way the run reports it
    correctly (a root run reads it like any file)."""
    docs, errors = messy["documents"], messy["errors"]
    if os.geteuid() == 0:
        assert "no_permission.txt" in set(docs["doc_id"])
    else:
        row = errors[errors["doc_id"] == "no_permission.txt"]
        assert "Permission denied" in row.iloc[0]["message"]


def test_legacy_encodings_and_utf16_are_decoded_end_to_end(messy):
    docs, figs = messy["documents"], messy["figures"]
    by_id = docs.set_index("doc_id")
    for doc_id, text in (("fr_cp1252.txt", FRENCH), ("fr_latin1.txt", LATIN1),
                         ("fr_utf16.txt", FRENCH), ("en_utf16be.txt", ENGLISH)):
        assert int(by_id.loc[doc_id, "n_chars"]) == len(text), doc_id
        rows = figs[figs["doc_id"] == doc_id]
        assert len(rows) >= 1, doc_id
        for _, r in rows.iterrows():
            assert text[int(r["char_start"]):int(r["char_end"])] == r["quote"]
            assert "Ã" not in r["quote"] and "\ufffd" not in r["quote"]
    fr = figs[figs["doc_id"] == "fr_cp1252.txt"]
    assert "3000" in {str(int(float(v))) for v in fr["value"] if v}
    assert any("déplacés" in q for q in fr["quote"])
    assert by_id.loc["fr_cp1252.txt", "language"] == "fr"


def test_html_scripts_styles_and_noscript_are_dropped(messy):
    figs = messy["figures"]
    html_figs = figs[figs["doc_id"] == "page.html"]
    assert set(html_figs["value"].astype(float)) == {6000.0}
    everything = " ".join(messy["figures"]["quote"])
    assert "7,777" not in everything and "9,999" not in everything and "8,888" not in everything


def test_malformed_metadata_is_reported_and_the_document_kept(messy):
    docs, errors, figs = messy["documents"], messy["errors"], messy["figures"]
    for name, text in METADATA_WARNINGS.items():
        row = errors[errors["doc_id"] == name]
        assert len(row) == 1 and row.iloc[0]["stage"] == "metadata", (name, errors)
        assert text in row.iloc[0]["message"]
        assert name in messy["proc"].stderr
        assert docs.set_index("doc_id").loc[name, "published"] == ""
        assert len(figs[figs["doc_id"] == name]) >= 1, name  # its figures are still there
    assert "unclosed_front_matter.md" not in set(errors["doc_id"])  # just text, no warning


def test_a_hundred_thousand_repeated_sentences(tmp_path):
    """A document of 100,000 times "1,000 people fled. " is read to the end, in time linear
    in its length (about 0.15 ms a sentence), and yields its figure. In process, tables
    not written: the command line adds nothing here but start-up and writing 100,000 rows."""
    from etl.pipeline import extract_documents

    path = tmp_path / "repeated.txt"
    path.write_bytes(b"1,000 people fled. " * REPEATS)
    result = extract_documents([str(path)], progress=False)
    assert result.errors == []
    docs, figs = result.tables["documents"], result.tables["figures"]
    assert int(docs.iloc[0]["n_chars"]) == len("1,000 people fled. ") * REPEATS
    assert len(figs) == 1  # the same sentence repeated is one claim, counted once
    assert set(figs["value"].astype(float)) == {1000.0}
    text = path.read_text()
    for r in figs.sample(min(len(figs), 200), random_state=0).itertuples():
        assert text[int(r.char_start):int(r.char_end)] == r.quote


def test_a_file_over_the_size_limit_is_rejected_without_reading_it(tmp_path):
    """The limit is etl.documents.MAX_BYTES (50 MB): a bigger file is one errors.csv row
    (stage read, "file too large"), and is never loaded into memory."""
    src = tmp_path / "src"
    src.mkdir()
    big = src / "dump.txt"
    size = MAX_BYTES + 10 * 1024 * 1024  # about 62 MB of real text, not a sparse file
    chunk = ("Some 5,000 people fled Goma. " * 4096).encode()
    with big.open("wb") as fh:
        for _ in range(size // len(chunk) + 1):
            fh.write(chunk)
    assert big.stat().st_size > MAX_BYTES
    (src / "ok.txt").write_text(ENGLISH, encoding="utf-8")

    tracemalloc.start()
    try:
        with pytest.raises(ValueError, match="file too large"):
            read_document(src, big, {})
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024, peak  # memory bounded: the file was not read

    out = tmp_path / "out"
    proc = etl(str(src), "--out", str(out))
    assert proc.returncode == 1
    errors = pd.read_csv(out / "errors.csv")
    assert list(errors["doc_id"]) == ["dump.txt"]
    assert errors.iloc[0]["stage"] == "read" and "file too large" in errors.iloc[0]["message"]
    assert "dump.txt" in proc.stderr and "too large" in proc.stderr
    assert list(pd.read_csv(out / "documents.csv")["doc_id"]) == ["ok.txt"]
