"""Whole-response caches of the server, both bounded, both in memory.

- Static files (Dash's JavaScript, assets/) are the same bytes for every request: they are
  compressed once per (path, algorithm) and served from memory after that, instead of
  re-compressing megabytes of plotly.js for every browser with a cold cache.
- The callbacks that draw the page for a view state (sync_state, update_view,
  update_layers, update_map) are pure functions of the request body and the tables: their
  JSON answer is kept per (tables signature, request body), so the same state asked again
  costs neither Dash's dispatch nor JSON encoding nor compression. Other callbacks (the
  document panel reads report files) are never cached.

flask-compress stores compressed bodies through `COMPRESS_CACHE_KEY` /
`COMPRESS_CACHE_BACKEND`; the key names only the requests above, every other response
(exports, pages, errors) is compressed afresh.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Callable

from flask import Flask, Response, g, request

STATIC_PREFIXES = ("/_dash-component-suites/", "/assets/")
CALLBACK_PATH = "/_dash-update-component"
# The "output" strings of the cacheable callbacks (see dashboard/callbacks.py).
CACHED_OUTPUTS = ("..filter-dates.start_date...", "..key-figures.children...",
                  "..map-layer.options...", "..map.figure...")
MAX_BODY_FOR_KEY = 64 * 1024  # callback requests of a view state are a few KB
RESPONSES_MAX_BYTES = 48 * 1024 * 1024
COMPRESSED_MAX_BYTES = 48 * 1024 * 1024
MAX_ENTRIES = 2048
_NO_CACHE = "-"


class ByteLRU:
    """A thread-safe LRU of bytes, bounded in entries and in total size."""

    def __init__(self, max_bytes: int, max_entries: int = MAX_ENTRIES):
        self.max_bytes, self.max_entries = max_bytes, max_entries
        self._data: OrderedDict[str, bytes] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key: str) -> bytes | None:
        with self._lock:
            value = self._data.get(key)
            if value is not None:
                self._data.move_to_end(key)
            return value

    def set(self, key: str, value: bytes) -> None:
        if len(value) > self.max_bytes // 4:
            return
        with self._lock:
            old = self._data.pop(key, None)
            if old is not None:
                self._size -= len(old)
            self._data[key] = value
            self._size += len(value)
            while self._data and (self._size > self.max_bytes
                                  or len(self._data) > self.max_entries):
                _, dropped = self._data.popitem(last=False)
                self._size -= len(dropped)

    def __len__(self) -> int:
        return len(self._data)


class CompressedCache(ByteLRU):
    """flask-compress cache backend: keeps only what `request_key` names."""

    def __init__(self) -> None:
        super().__init__(COMPRESSED_MAX_BYTES)

    def get(self, key: str) -> bytes | None:
        return None if key.endswith(";" + _NO_CACHE) else super().get(key)

    def set(self, key: str, value: bytes) -> None:
        if not key.endswith(";" + _NO_CACHE):
            super().set(key, value)


def _callback_key(signature: Callable[[], object]) -> str | None:
    if request.content_length is None or request.content_length > MAX_BODY_FOR_KEY:
        return None
    body = request.get_data(cache=True)
    try:
        output = json.loads(body).get("output", "")
    except (ValueError, AttributeError, UnicodeDecodeError):
        return None
    if not isinstance(output, str) or not output.startswith(CACHED_OUTPUTS):
        return None
    digest = hashlib.sha256(repr(signature()).encode() + b"\0" + body).hexdigest()
    return f"callback:{digest}"


def request_key(signature: Callable[[], object]) -> str | None:
    """The cache key of the current request, None when its answer is not cached."""
    if "cache_key" not in g:
        g.cache_key = key = None
        if request.method == "GET" and request.path.startswith(STATIC_PREFIXES):
            key = "static:" + request.full_path
        elif request.method == "POST" and request.path == CALLBACK_PATH:
            key = _callback_key(signature)
        g.cache_key = key
    return g.cache_key


def configure_compression(server: Flask, signature: Callable[[], object]) -> None:
    """Before the Dash app is made (flask-compress reads its config then)."""
    shared = CompressedCache()
    server.config["COMPRESS_CACHE_KEY"] = lambda _req: request_key(signature) or _NO_CACHE
    server.config["COMPRESS_CACHE_BACKEND"] = lambda: shared


def install_callback_cache(server: Flask, signature: Callable[[], object]) -> ByteLRU:
    """After the Dash app is made: its after-request hook then runs before compression."""
    responses = ByteLRU(RESPONSES_MAX_BYTES)

    @server.before_request
    def _cached_callback():
        key = request_key(signature)
        if key and key.startswith("callback:"):
            body = responses.get(key)
            if body is not None:
                return Response(body, mimetype="application/json")
        return None

    @server.after_request
    def _store_callback(resp):
        key = request_key(signature)
        if (key and key.startswith("callback:") and resp.status_code == 200
                and not resp.is_streamed and resp.mimetype == "application/json"
                and "Content-Encoding" not in resp.headers and responses.get(key) is None):
            responses.set(key, resp.get_data())
        return resp

    return responses
