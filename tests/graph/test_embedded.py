"""The embedded ArcadeDB store: what only it does (locks, its data directory)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from kg.graph.store import StoreUnavailable


def test_locked_directory_is_reported(tmp_path):
    from kg.graph.embedded import EmbeddedStore

    folder = tmp_path / "locked"
    store = EmbeddedStore(folder)
    try:
        code = textwrap.dedent(
            f"""
            import sys
            from kg.graph.embedded import EmbeddedStore
            from kg.graph.store import StoreUnavailable
            try:
                EmbeddedStore({str(folder)!r})
            except StoreUnavailable as e:
                print("UNAVAILABLE", e)
                sys.exit(3)
            """
        )
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                              cwd=tmp_path)
        assert proc.returncode == 3, proc.stdout + proc.stderr
        assert "in use by another kg process" in proc.stdout
        assert not (tmp_path / "log").exists()
    finally:
        store.close()


def test_unwritable_directory_is_reported(tmp_path):
    from kg.graph.embedded import EmbeddedStore

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreUnavailable, match="not writable"):
        EmbeddedStore(blocker / "sub")
