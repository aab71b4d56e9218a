"""Reading reports: encodings, HTML, metadata, and files that cannot be read."""

from pathlib import Path

import pytest

from etl.documents import decode, iter_files, load_metadata, read_document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def read(tmp_path: Path, name: str, data: bytes, metadata: dict | None = None):
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(tmp_path, path, metadata or {})


def test_seed_dates_come_from_the_date_token_and_from_metadata_csv():
    meta = load_metadata(SEEDS)
    docs = {p.name: read_document(SEEDS, p, meta) for _, p in iter_files([str(SEEDS)])}
    assert docs["003_bdb3ad41ebfd830d.txt"].published == "2025-01-29"
    assert docs["000_54044e675516dad2.txt"].published == "2025-02-20"
    # the date token is metadata, not part of the report's body
    d = docs["003_bdb3ad41ebfd830d.txt"]
    assert d.text[d.body_start :].startswith("The DRC and the head of UN peacekeeping")


def test_metadata_csv_is_not_read_as_a_report():
    assert all(p.suffix != ".csv" for _, p in iter_files([str(SEEDS)]))


def test_yaml_front_matter(tmp_path):
    doc = read(
        tmp_path,
        "a.md",
        "---\ndate: 2025-02-14\ntitle: Camps emptied\nlanguage: fr\n"
        "source: HRW\n---\nLes déplacés ont quitté les camps.\n".encode(),
    )
    assert (doc.published, doc.title, doc.language, doc.source) == (
        "2025-02-14",
        "Camps emptied",
        "fr",
        "HRW",
    )
    assert doc.text[doc.body_start :].startswith("Les déplacés")


def test_front_matter_that_breaks_yaml_is_read_as_key_value_lines(tmp_path):
    doc = read(tmp_path, "a.txt", b"---\ndate: 2025-02-14\ntitle: Goma : ultimatum\n---\nText.\n")
    assert (doc.published, doc.title) == ("2025-02-14", "Goma : ultimatum")


def test_source_and_title_lines(tmp_path):
    doc = read(
        tmp_path,
        "a.txt",
        b"date 2025-03-01\nsource https://example.org/r\n"
        b"title Influx into Burundi\nBody text here.\n",
    )
    assert (doc.published, doc.source, doc.title) == (
        "2025-03-01",
        "https://example.org/r",
        "Influx into Burundi",
    )


def test_a_bad_date_is_a_warning_and_the_document_stays(tmp_path):
    doc = read(tmp_path, "a.txt", b"---\ndate: 20 March\n---\nSome 5,000 people fled.\n")
    assert doc.published == "" and "date" in doc.warnings[0]


def test_no_date_gives_an_empty_published(tmp_path):
    assert read(tmp_path, "a.txt", b"Some 5,000 people fled.\n").published == ""


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_french_accents_in_any_common_encoding(tmp_path, encoding):
    text = "Près de 3 000 déplacés sont arrivés à Goma après l'évacuation des écoles.\n" * 3
    doc = read(tmp_path, "fr.txt", text.encode(encoding))
    assert doc.text == text


@pytest.mark.parametrize("text", [
    "Près de 3 000 personnes ont fui vers Goma.\n",  # one accent: a detector's guess is wild
    "Environ 2 000 ménages déplacés.\n",
    "« Nous avons tout perdu », dit-elle. Œuvre à Kaya.\n",  # cp1252's own Œ and guillemets
])
def test_a_short_western_report_is_not_read_as_another_alphabet(tmp_path, text):
    # a one-line cp1252 report was read as Big5 ("Pr鋊") or cp1250 ("Prčs")
    assert read(tmp_path, "fr.txt", text.encode("cp1252")).text == text


@pytest.mark.parametrize("text, encoding", [
    ("Περίπου 3.000 άνθρωποι εγκατέλειψαν τα σπίτια τους στη Λάρισα.\n", "cp1253"),
    ("Около трёх тысяч человек бежали в Харьков из пригородов.\n" * 3, "cp1251"),
])
def test_other_alphabets_are_still_detected(tmp_path, text, encoding):
    assert read(tmp_path, "x.txt", text.encode(encoding)).text == text


def test_html_drops_scripts_and_styles(tmp_path):
    html = (
        b"<html><head><style>p{color:red}</style><script>alert(1)</script></head>"
        b"<body><h1>Influx</h1><p>Some 5,000 people crossed into Burundi.</p></body></html>"
    )
    doc = read(tmp_path, "a.html", html)
    assert "5,000 people crossed" in doc.text
    assert "alert" not in doc.text and "color" not in doc.text


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(256)) * 8, "binary"),
        (b"date 2025-01-01\n", "empty"),
    ],
)
def test_unreadable_documents_raise_a_clear_reason(tmp_path, data, reason):
    with pytest.raises(ValueError, match=reason):
        read(tmp_path, "bad.txt", data)


def test_decode_prefers_utf8():
    assert decode("déplacés".encode()) == "déplacés"


def test_missing_source_is_reported(tmp_path):
    with pytest.raises(FileNotFoundError, match="no-such"):
        list(iter_files([str(tmp_path / "no-such")]))


def test_symlink_loops_are_not_followed(tmp_path):
    (tmp_path / "a.txt").write_text("Some 5,000 people fled.\n")
    (tmp_path / "loop").symlink_to(tmp_path)
    assert [p.name for _, p in iter_files([str(tmp_path)])] == ["a.txt"]


def test_a_report_broken_into_lines_by_a_converter_reads_as_sentences(tmp_path):
    from etl.figures import extract

    text = ("title: Rapid assessment\n\nIn the first week, the DEOC in Khalanga estimated "
            "that 8,000\nhouseholds had left their homes in Jajarkot alone.\n")
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(tmp_path, path, {})
    assert len(doc.text) == len(text) and doc.title == "Rapid assessment"
    [row] = extract(doc)
    assert (row["number_text"], row["unit"]) == ("8,000", "households")
    assert row["quote"] == doc.text[row["char_start"] : row["char_end"]]
