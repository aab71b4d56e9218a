"""The view state (the filters and the selected place) and its URL query string.

Pure functions only: `parse(query) -> ViewState`, `encode(state) -> query`. A link with the
query string reproduces the view; unknown or malformed parameters are ignored, never an
error (links get pasted, cut and edited by hand)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace
from urllib.parse import parse_qs, urlencode

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MAX_VALUES = 200  # per parameter: a link is not a way to send a table
_MAX_LEN = 300  # per value

# query key per list field, in the order they appear in a link
LIST_FIELDS = {"category": "category", "measure": "measure", "country": "country",
               "province": "province", "document": "doc"}


@dataclass(frozen=True)
class ViewState:
    start: str = ""  # YYYY-MM-DD or "" (open)
    end: str = ""
    category: tuple[str, ...] = ()  # empty: all
    measure: tuple[str, ...] = ()
    country: tuple[str, ...] = ()  # ISO3
    province: tuple[str, ...] = ()  # ISO 3166-2 (admin1 codes)
    document: tuple[str, ...] = ()  # doc_id
    min_confidence: float = 0.0
    place: str = ""  # place_id

    def with_(self, **changes) -> ViewState:
        return replace(self, **{k: _clean_field(k, v) for k, v in changes.items()})

    def to_dict(self) -> dict:
        d = asdict(self)
        return {k: list(v) if isinstance(v, tuple) else v for k, v in d.items()}

    @classmethod
    def from_dict(cls, d: dict | None) -> ViewState:
        if not d:
            return cls()
        names = {f.name for f in fields(cls)}
        return cls(**{k: _clean_field(k, v) for k, v in d.items() if k in names})

    def is_default(self) -> bool:
        return self == ViewState()


def _values(v) -> tuple[str, ...]:
    if v is None:
        return ()
    if isinstance(v, str):
        v = [v]
    out: list[str] = []
    for item in v:
        s = str(item).strip()
        if s and len(s) <= _MAX_LEN and s not in out:
            out.append(s)
    return tuple(out[:_MAX_VALUES])


def _date(v) -> str:
    s = str(v or "").strip()[:10]
    return s if _DATE.match(s) else ""


def _confidence(v) -> float:
    try:
        x = float(v)
    except (TypeError, ValueError):
        return 0.0
    if x != x:  # NaN
        return 0.0
    return round(min(max(x, 0.0), 1.0), 2)


def _clean_field(name: str, v):
    if name in ("start", "end"):
        return _date(v)
    if name == "min_confidence":
        return _confidence(v)
    if name == "place":
        s = str(v or "").strip()
        return s if len(s) <= _MAX_LEN else ""
    return _values(v)


def parse(query: str | None) -> ViewState:
    """ViewState from a query string ("?start=2025-01-01&category=refugees&...")."""
    q = parse_qs((query or "").lstrip("?"), keep_blank_values=False)
    state = ViewState(
        start=_date((q.get("start") or [""])[0]),
        end=_date((q.get("end") or [""])[0]),
        min_confidence=_confidence((q.get("conf") or ["0"])[0]),
        place=_clean_field("place", (q.get("place") or [""])[0]),
        **{name: _values(q.get(key)) for name, key in LIST_FIELDS.items()},
    )
    if state.start and state.end and state.start > state.end:
        state = replace(state, start=state.end, end=state.start)
    return state


def encode(state: ViewState) -> str:
    """The query string of a state, "" for the default view, else "?..."; stable order."""
    pairs: list[tuple[str, str]] = []
    if state.start:
        pairs.append(("start", state.start))
    if state.end:
        pairs.append(("end", state.end))
    for name, key in LIST_FIELDS.items():
        pairs += [(key, v) for v in getattr(state, name)]
    if state.min_confidence:
        pairs.append(("conf", f"{state.min_confidence:g}"))
    if state.place:
        pairs.append(("place", state.place))
    return "?" + urlencode(pairs) if pairs else ""
