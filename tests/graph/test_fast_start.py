"""``fast_start`` tunes the embedded JVM for short commands and never reaches the Bolt store."""

from __future__ import annotations

import socket

import pytest

from kg.graph import StoreUnavailable, open_store
from kg.graph.embedded import FAST_START_ARGS


def test_fast_start_args_are_jvm_flags():
    assert FAST_START_ARGS and all(a.startswith("-XX:") for a in FAST_START_ARGS)


def test_embedded_store_opens_with_fast_start(tmp_path):
    with open_store(data_dir=tmp_path / "g", fast_start=True) as store:
        assert store.query("RETURN 1 AS one") == [{"one": 1}]


def test_bolt_store_is_not_given_fast_start():
    with socket.socket() as s:  # a port with nothing behind it
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(StoreUnavailable):
        open_store(uri=f"bolt://127.0.0.1:{port}", password="pw", fast_start=True)
