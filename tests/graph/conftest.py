"""Fixtures of the graph tests: ``store`` runs a test on the embedded store and on the Bolt server."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["embedded", pytest.param("bolt", marks=pytest.mark.server)])
def store(request):
    return request.getfixturevalue(f"{request.param}_store")
