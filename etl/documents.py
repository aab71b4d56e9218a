"""Read report files: find them, decode them, strip HTML, read their metadata.

A source is a file or a folder of .txt, .md, .html or .htm files. Metadata, all optional,
comes from (later ones win): a `metadata.csv` in the folder (file, date, title, source,
language); YAML front matter; leading `date YYYY-MM-DD`, `source ...`, `title ...` lines.
A file that cannot be read raises ValueError with a reason a reader understands; the pipeline
records it in errors.csv and goes on with the other files.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from etl import vocabulary as V
from etl.text import unwrap

SUFFIXES = (".txt", ".md", ".html", ".htm")
METADATA_FILE = "metadata.csv"
MAX_BYTES = 50 * 1024 * 1024  # a report is a few KB; 50 MB is a data dump, not a report

_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)
_DATE_TOKEN = re.compile(r"\A\s*date[:\s]\s*(\d{4}-\d{2}-\d{2})\b[ \t]*", re.IGNORECASE)
_META_LINE = re.compile(r"\A\s*(source|title)[:\s][ \t]*([^\n]*)\n", re.IGNORECASE)
_LOOSE_LINE = re.compile(r"^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$", re.M)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A leading "date" line that the date token above did not read: "Date: 12 March 2025".
_DATE_LINE = re.compile(r"[ \t\n]*date(?:[ \t]*:|[ \t]+(?=\d))[ \t]*([^\n]*)", re.IGNORECASE)


@dataclass
class Document:
    doc_id: str
    path: str
    text: str  # the decoded text; every offset in the tables points into it
    body_start: int  # where the report itself starts, after its metadata lines
    title: str = ""
    published: str = ""
    source: str = ""
    language: str = ""
    sha256: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def n_chars(self) -> int:
        return len(self.text)


def iter_files(sources: list[str]) -> Iterator[tuple[Path, Path]]:
    """(root, file) for every report file under the sources, in a stable order.

    Symlinked folders are not followed, so a link loop cannot trap the walk."""
    for src in sources:
        root = Path(src)
        if root.is_file():
            yield root.parent, root
            continue
        if not root.is_dir():
            raise FileNotFoundError(f"{src}: no such file or folder")
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            dirnames.sort()
            for name in sorted(filenames):
                if name.lower().endswith(SUFFIXES) and not name.startswith("."):
                    yield root, Path(dirpath) / name


def load_metadata(root: Path) -> dict[str, dict[str, str]]:
    """Rows of `metadata.csv` in a source folder, keyed by file name relative to it."""
    path = root / METADATA_FILE
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return {row["file"].strip(): row for row in csv.DictReader(fh) if row.get("file")}


# charset-normalizer's names; its "chaos" is the share of the text that looks garbled
WESTERN_ENCODINGS = ["cp1252", "latin_1", "iso8859_15", "mac_roman"]
MAX_WESTERN_CHAOS = 0.1


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else the best guess of
    charset-normalizer (cp1252 / latin-1 reports are common, so they are tried first).
    Raises ValueError for binary."""
    if not data.strip():
        raise ValueError("empty document")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"%PDF") or data.startswith(
        (b"\x89PNG", b"\xff\xd8\xff", b"PK\x03\x04", b"GIF8")
    ):
        raise ValueError("binary file (PDF, image or archive), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise ValueError("binary file, not text")
    # imported here, as BeautifulSoup below: most reports need neither, and loading them
    # is a tenth of a second of every run
    from charset_normalizer import from_bytes

    # The reports we read are English and French: their single-byte encodings are tried
    # first, because on a short text a free guess is often another alphabet's ("Près"
    # read as Big5 or cp1250); a text that makes no sense in them is guessed freely.
    guess = from_bytes(data, cp_isolation=WESTERN_ENCODINGS).best()
    if guess is None or guess.chaos > MAX_WESTERN_CHAOS:
        guess = from_bytes(data).best()
    if guess is None:
        raise ValueError("undecodable: not text in any known encoding")
    return str(guess)


def html_to_text(html: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    for table in soup.find_all("table"):
        if (pipes := _table_as_pipes(table)) is not None:
            table.replace_with(pipes)
    text = soup.get_text("\n")
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", text).strip() + "\n"


# Elements a data table's cell does not hold: a table with them lays out a page
_BLOCKS = ["table", "p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"]


def _table_as_pipes(table) -> str | None:
    """An HTML table as the rows of a pipe table (the form `etl.tables` reads): its
    heading rows merged into one header ("IDPs" over "Individuals" and "Households" makes
    "IDPs Individuals", "IDPs Households"), a rule, then a line per row, its caption on
    the line above. A cell spanning rows or columns fills each of them. None for a table
    that lays out a page (it holds paragraphs, lists or tables) rather than data."""
    if any(cell.find(_BLOCKS) for cell in table.find_all(["td", "th"])):
        return None

    def text(cell) -> str:
        return " ".join(cell.get_text(" ").split()).replace("|", "/")

    grid: list[list[str]] = []
    heading: list[bool] = []
    carried: dict[int, tuple[int, str]] = {}  # column -> (rows left, text) of a rowspan

    def carry_down(row: list[str]) -> None:
        """Fill the columns that cells of the rows above still span, from where the row
        stands."""
        while len(row) in carried:
            left, value = carried.pop(len(row))
            row.append(value)
            if left > 1:
                carried[len(row) - 1] = (left - 1, value)

    for tr in table.find_all("tr"):
        row: list[str] = []
        cells = tr.find_all(["th", "td"])
        for cell in cells:
            carry_down(row)
            value = text(cell)
            for k in range(_span(cell, "colspan")):
                if (rows := _span(cell, "rowspan")) > 1:
                    carried[len(row)] = (rows - 1, value)
                row.append(value if k == 0 or cell.name == "th" else "")
        carry_down(row)
        if any(row):
            grid.append(row)
            heading.append(bool(cells) and all(c.name == "th" for c in cells))
    if not grid:
        return None
    top = max(1, next((k for k, h in enumerate(heading) if not h), len(grid)))
    width = max(len(r) for r in grid)
    grid = [r + [""] * (width - len(r)) for r in grid]
    header = [" ".join(dict.fromkeys(w for r in grid[:top] if (w := r[k]))) for k in range(width)]
    caption = table.find("caption")
    lines = [text(caption)] if caption is not None else []
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "|".join("---" for _ in header) + "|")
    lines += ["| " + " | ".join(r) + " |" for r in grid[top:]]
    return "\n\n" + "\n".join(lines) + "\n\n"


def _span(cell, attribute: str) -> int:
    try:
        return max(1, min(100, int(cell.get(attribute, 1))))
    except (TypeError, ValueError):
        return 1


# libyaml's parser when PyYAML was built with it (the wheels are): the same safe
# constructors, about ten times faster than the pure-Python parser.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _front_matter(text: str) -> tuple[dict[str, str], int, str]:
    """(metadata, where the body starts, a warning or ""). Front matter that cannot be read
    is skipped with a warning: the report under it is still read."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0, ""
    try:
        meta = yaml.load(m.group(1), Loader=_YAML_LOADER)
    except yaml.YAMLError:
        # Hand-written front matter often breaks YAML ("title: Goma : ultimatum"); read it
        # as plain "key: value" lines before giving up.
        meta = dict(_LOOSE_LINE.findall(m.group(1))) or None
    if not isinstance(meta, dict):
        return {}, m.end(), "malformed front matter ignored: neither YAML nor key: value lines"
    return {str(k).lower(): "" if v is None else str(v) for k, v in meta.items()}, m.end(), ""


def _header_lines(text: str, pos: int) -> tuple[dict[str, str], int]:
    """Leading `date YYYY-MM-DD` / `source ...` / `title ...` lines (in any order)."""
    meta: dict[str, str] = {}
    while True:
        rest = text[pos:]
        if m := _DATE_TOKEN.match(rest):
            meta["date"] = m.group(1)
        elif m := _META_LINE.match(rest):
            meta[m.group(1).lower()] = m.group(2).strip()
        else:
            return meta, pos
        pos += m.end()


def _valid_date(value: str) -> bool:
    """YYYY-MM-DD and a real day (not 2025-13-45)."""
    if not _ISO_DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


_LETTERS = re.compile(r"[a-zà-ÿ]+")


def guess_language(text: str) -> str:
    # every word tested by `map` in C: a fifth faster than counting the words first
    words = _LETTERS.findall(text[:3000].lower())
    scores = {lang: sum(map(marks.__contains__, words))
              for lang, marks in V.LANGUAGE_MARKERS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] else ""


def _first_line_title(text: str, body_start: int) -> str:
    first = text[body_start:].strip().split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 160 else ""


def read_document(root: Path, path: Path, metadata: dict[str, dict[str, str]]) -> Document:
    """Read one report. Raises ValueError with a reader-facing reason when it cannot."""
    try:  # one relative_to, not is_relative_to's and another
        doc_id = path.relative_to(root).as_posix()
    except ValueError:
        doc_id = path.name
    info = path.stat()  # follows symlinks: a broken link or a link loop raises OSError
    if not stat.S_ISREG(info.st_mode):
        # A named pipe would block the run forever waiting for a writer; a device has no end.
        raise ValueError("not a regular file (a named pipe, device or socket)")
    size = info.st_size
    if size > MAX_BYTES:
        raise ValueError(f"file too large ({size / 1e6:.0f} MB > {MAX_BYTES / 1e6:.0f} MB)")
    data = path.read_bytes()
    text = decode(data)
    if path.suffix.lower() in (".html", ".htm"):
        text = html_to_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, pos, front_warning = _front_matter(text)
    header, body_start = _header_lines(text, pos)
    text = text[:body_start] + unwrap(text[body_start:])  # (lines a converter broke)
    meta = {**{k: v for k, v in metadata.get(doc_id, {}).items() if v}, **meta, **header}
    doc = Document(
        doc_id=doc_id,
        path=str(path),
        text=text,
        body_start=body_start,
        sha256=hashlib.sha256(data).hexdigest(),
    )
    if front_warning:
        doc.warnings.append(front_warning)
    if "date" not in header and (m := _DATE_LINE.match(text, body_start)):
        # "Date: 12 March 2025": a date line the reader cannot use stays in the body as text
        doc.warnings.append(
            f"unreadable date line {m.group(1).strip()!r} ignored (want date YYYY-MM-DD)"
        )
    published = (meta.get("date") or "").strip()[:10]
    if published and not _valid_date(published):
        doc.warnings.append(f"unreadable date {published!r} ignored (want YYYY-MM-DD)")
        published = ""
    doc.published = published
    doc.title = meta.get("title", "").strip() or _first_line_title(text, body_start)
    doc.source = meta.get("source", "").strip()
    doc.language = meta.get("language", "").strip().lower()[:2] or guess_language(text[body_start:])
    if not text[body_start:].strip():
        raise ValueError("empty document (metadata only)")
    return doc
