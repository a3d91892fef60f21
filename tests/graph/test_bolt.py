"""What only the Bolt store does: connection errors that name the URI and never show the password."""

from __future__ import annotations

import pytest

from kg.graph.bolt import BoltStore
from kg.graph.store import StoreUnavailable

pytestmark = pytest.mark.server


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_server_down_names_the_uri():
    uri = f"bolt://127.0.0.1:{_free_port()}"
    with pytest.raises(StoreUnavailable) as e:
        BoltStore(uri, username="neo4j", password="s3cret-pw", connection_timeout=2)
    assert uri in str(e.value) and "s3cret-pw" not in str(e.value)


def test_wrong_password(bolt_server):
    with pytest.raises(StoreUnavailable, match="user name or password") as e:
        BoltStore(bolt_server.uri, username=bolt_server.username, password="wrong-pw-123",
                  database=bolt_server.database)
    assert bolt_server.uri in str(e.value) and "wrong-pw-123" not in str(e.value)


def test_wrong_database(bolt_server):
    with pytest.raises(StoreUnavailable, match="no-such-db") as e:
        BoltStore(bolt_server.uri, username=bolt_server.username, password=bolt_server.password,
                  database="no-such-db")
    assert bolt_server.password not in str(e.value)


def test_repr_hides_password(bolt_store, bolt_server):
    assert bolt_server.password not in repr(bolt_store)
