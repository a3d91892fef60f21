"""The embedded store under faults: bad data directories, a full disk, a write that fails half-way,
a process killed during ingest, two processes at once. Counts of nodes and relationships before and
after show that nothing is lost or half-written for good."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest

from hardening.helpers import (
    ARTICLE_DE,
    ARTICLE_EN,
    KG,
    MORE,
    ROOT,
    assert_one_line_error,
    counts,
    kg_env,
    run_kg,
    write_articles,
)

COUNT = "MATCH (n) RETURN count(n) AS n"


# ---------------------------------------------------------------------------- the data directory


def test_data_dir_is_a_file(cli, tmp_path):
    f = tmp_path / "not-a-dir"
    f.write_text("x", encoding="utf-8")
    line = assert_one_line_error(cli("cypher", COUNT, env={"KG_DATA_DIR": str(f)}), code=1)
    assert str(f) in line and "not writable" in line
    art = write_articles(tmp_path / "in", [ARTICLE_EN])[0]
    assert str(f) in assert_one_line_error(cli("ingest", art, "--data-dir", f, "-q"))
    assert f.read_text(encoding="utf-8") == "x"


def test_data_dir_under_proc(cli):
    line = assert_one_line_error(cli("cypher", COUNT, "--data-dir", "/proc/kg-nowhere"), code=1)
    assert "/proc/kg-nowhere" in line


def _chattr(flag: str, path: Path) -> bool:
    return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0


def test_read_only_data_dir(cli, tmp_path):
    """Tests run as root, so permissions do not stop writes: an immutable folder (chattr +i) does."""
    ro = tmp_path / "ro"
    ro.mkdir()
    if not _chattr("+i", ro):
        pytest.skip("chattr +i is not available here")
    try:
        line = assert_one_line_error(cli("cypher", COUNT, "--data-dir", ro), code=1)
        assert str(ro) in line and "not writable" in line
        assert list(ro.iterdir()) == []
    finally:
        _chattr("-i", ro)


@pytest.fixture
def tiny_tmpfs(tmp_path):
    """A mounted tmpfs of a given size (a full disk in small); skipped where mount is not allowed."""
    mounted: list[Path] = []

    def make(size: str) -> Path:
        d = tmp_path / f"tmpfs-{size}"
        d.mkdir()
        if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(d)],
                          capture_output=True).returncode != 0:
            pytest.skip("cannot mount a tmpfs here (not root, or no CAP_SYS_ADMIN)")
        mounted.append(d)
        return d

    yield make
    for d in mounted:
        subprocess.run(["umount", "-l", str(d)], capture_output=True)


@pytest.mark.slow
@pytest.mark.parametrize("size", ["600k"])  # 64k (fails creating the database) was tried too
def test_full_disk(tmp_path, tiny_tmpfs, size):
    """A full data directory: one line naming the folder or the file that could not be written, no
    Java trace (the JVM's stderr goes to a log file), exit 1."""
    d = tiny_tmpfs(size)
    art = write_articles(tmp_path / "in", [ARTICLE_EN])[0]
    r = run_kg("ingest", art, "-q", env=kg_env(KG_DATA_DIR=str(d)))
    line = assert_one_line_error(r, code=1)
    assert str(d) in line or "No space left on device" in line
    assert r.stdout == ""


# ---------------------------------------------------------------------------- nothing half-written


class Boom(RuntimeError):
    pass


def _snapshot(data: Path) -> list[tuple[str, str]]:
    """Every node's and relationship's properties, sorted: the graph, compared exactly."""
    from kg.graph.embedded import EmbeddedStore

    with EmbeddedStore(data) as s:
        nodes = s.query("MATCH (n) RETURN n.iri AS iri, properties(n) AS p")
        rels = s.query("MATCH (a)-[r]->(b) RETURN a.iri AS a, type(r) AS t, b.iri AS b, properties(r) AS p")
    return sorted((repr(r.get("iri")), repr(sorted(r["p"].items()))) for r in nodes) + sorted(
        (repr((r["a"], r["t"], r["b"])), repr(sorted(r["p"].items()))) for r in rels)


@pytest.mark.parametrize("fail_at", [1, 5])
def test_write_failing_half_way_is_taken_back(cli, tmp_path, monkeypatch, fail_at):
    """A write failure on the first batch or half-way (injected): one line, and the graph exactly as
    it was (the facts of the new articles taken back, shared entities keep only their old sources);
    the same ingest again gives exactly the graph of an undisturbed run."""
    from kg.graph.embedded import EmbeddedStore

    first = write_articles(tmp_path / "first", [ARTICLE_EN])
    folder = write_articles(tmp_path / "more", [ARTICLE_DE, *MORE[:3]])[0].parent
    data = tmp_path / "kg"
    assert cli("ingest", *first, "--data-dir", data, "-q").code == 0
    before = _snapshot(data)

    real_write = EmbeddedStore.write
    seen = {"calls": 0}

    def flaky_write(self, graph, *, batch_size=1000):
        """The real write, with its ``fail_at``-th transaction raising."""
        real_tx, calls = self.transaction, [0]

        def tx(work):
            calls[0] += 1
            seen["calls"] = calls[0]
            if calls[0] == fail_at:
                raise Boom("disk on fire")
            return real_tx(work)

        self.transaction = tx
        try:
            return real_write(self, graph, batch_size=batch_size)
        finally:
            del self.transaction

    monkeypatch.setattr(EmbeddedStore, "write", flaky_write)
    line = assert_one_line_error(cli("ingest", folder, "--data-dir", data, "-q", "--batch-size", "3"))
    assert "disk on fire" in line and "as it was" in line
    assert seen["calls"] == fail_at
    monkeypatch.setattr(EmbeddedStore, "write", real_write)
    assert _snapshot(data) == before

    if fail_at == 1:
        return
    r = cli("ingest", folder, "--data-dir", data, "-q", "--batch-size", "3")
    assert r.code == 0, r.stderr
    undisturbed = tmp_path / "kg-undisturbed"
    assert cli("ingest", *first, "--data-dir", undisturbed, "-q").code == 0
    assert cli("ingest", folder, "--data-dir", undisturbed, "-q").code == 0
    assert counts(data) == counts(undisturbed)


def test_write_failing_and_roll_back_failing(cli, tmp_path, monkeypatch):
    """When taking back fails too (the store died), the line says to run the ingest again, and that
    completes it."""
    from kg.graph.embedded import EmbeddedStore

    folder = write_articles(tmp_path / "in", [ARTICLE_EN, ARTICLE_DE])[0].parent
    data = tmp_path / "kg"
    real_write, real_tx = EmbeddedStore.write, EmbeddedStore.transaction
    state = {"n": 0}

    def dying_tx(self, work):
        state["n"] += 1
        if state["n"] >= 4:  # from the 4th transaction of the write on, everything fails
            raise Boom("store died")
        return real_tx(self, work)

    def write(self, graph, *, batch_size=1000):
        state["n"] = 0
        monkeypatch.setattr(EmbeddedStore, "transaction", dying_tx)
        return real_write(self, graph, batch_size=batch_size)

    monkeypatch.setattr(EmbeddedStore, "write", write)
    line = assert_one_line_error(cli("ingest", folder, "--data-dir", data, "-q", "--batch-size", "2"))
    assert "store died" in line and "run the same kg ingest again" in line
    monkeypatch.undo()
    assert cli("ingest", folder, "--data-dir", data, "-q").code == 0
    assert cli("ingest", folder, "--data-dir", tmp_path / "undisturbed", "-q").code == 0
    assert counts(data) == counts(tmp_path / "undisturbed")


def test_last_file_bad_writes_the_others_completely(cli, tmp_path):
    folder = write_articles(tmp_path / "in", [ARTICLE_EN, ARTICLE_DE])[0].parent
    (folder / "zz-last.txt").write_bytes(b"\x00\x01binary")
    r = cli("ingest", folder, "--data-dir", tmp_path / "kg", "-q")
    assert r.code == 0 and r.stderr.startswith("Skipped: ") and "zz-last.txt" in r.stderr
    (folder / "zz-last.txt").unlink()
    assert cli("ingest", folder, "--data-dir", tmp_path / "kg2", "-q").code == 0
    assert counts(tmp_path / "kg") == counts(tmp_path / "kg2")
    # every Document is complete (has its content hash: the writer sets it last)
    from kg.graph.embedded import EmbeddedStore

    with EmbeddedStore(tmp_path / "kg") as s:
        assert s.query("MATCH (d:Document) WHERE d.contentHash IS NULL RETURN count(d) AS n")[0]["n"] == 0


# ---------------------------------------------------------------------------- killed, concurrent


def _start_ingest(folder: Path, data: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([str(KG), "ingest", str(folder), "--data-dir", str(data), "-q", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=kg_env(), cwd=ROOT)


def _wait_for(path: Path, proc: subprocess.Popen, timeout: float = 120) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end and proc.poll() is None:
        if path.exists():
            return True
        time.sleep(0.02)
    return False


@pytest.mark.slow
def test_killed_during_ingest_then_again(cli, tmp_path):
    """SIGKILL an ingest once its store is open (during the write), then ingest again: the same
    counts as an undisturbed run."""
    folder = write_articles(tmp_path / "in", [ARTICLE_EN, ARTICLE_DE, *MORE])[0].parent
    data = tmp_path / "kg"
    proc = _start_ingest(folder, data, "--batch-size", "1")
    try:
        assert _wait_for(data / "db" / "database.lck", proc), "the ingest never opened its store"
        # ArcadeDB makes files per type and bucket as the write goes on: ~45 of them is half-way
        # through the nodes of these articles (the first ~30 are the schema; ~75 when done)
        end = time.monotonic() + 120
        while proc.poll() is None and len(list((data / "db").iterdir())) < 45 and time.monotonic() < end:
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    print("after the kill:", counts(data))  # e.g. (18, 0): entities written, no Document yet
    r = cli("ingest", folder, "--data-dir", data, "-q")
    assert r.code == 0, r.stderr
    assert cli("ingest", folder, "--data-dir", tmp_path / "undisturbed", "-q").code == 0
    assert counts(data) == counts(tmp_path / "undisturbed")


def test_second_process_while_the_store_is_open(tmp_path, cli):
    """This process holds the store; a kg process on the same folder fails with a clear line and
    changes nothing."""
    from kg.graph.embedded import EmbeddedStore

    data = tmp_path / "kg"
    art = write_articles(tmp_path / "in", [ARTICLE_EN])
    assert cli("ingest", *art, "--data-dir", data, "-q").code == 0
    before = counts(data)
    store = EmbeddedStore(data)
    try:
        line = assert_one_line_error(run_kg("cypher", COUNT, "--data-dir", data), code=1)
        assert "in use by another kg process" in line and str(data.resolve()) in line
    finally:
        store.close()
    assert counts(data) == before


@pytest.mark.slow
def test_two_ingests_at_once(cli, tmp_path):
    """Two kg ingests of the same folder into one store at the same time: each succeeds or fails
    with the clear 'in use' line; afterwards the store equals an undisturbed run."""
    folder = write_articles(tmp_path / "in", [ARTICLE_EN, ARTICLE_DE, MORE[0]])[0].parent
    data = tmp_path / "kg"
    procs = [_start_ingest(folder, data) for _ in range(2)]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=180)
        results.append((p.returncode, err.decode()))
    for code, err in results:
        assert "Traceback" not in err
        if code != 0:
            assert code == 1 and len(err.splitlines()) == 1 and "in use by another kg process" in err
    assert any(code == 0 for code, _ in results)  # that one wrote the whole folder
    assert cli("ingest", folder, "--data-dir", tmp_path / "undisturbed", "-q").code == 0
    assert counts(data) == counts(tmp_path / "undisturbed")


def test_store_created_by_another_process_meanwhile(cli, tmp_path, monkeypatch):
    """The race of two first runs: the database did not exist when checked, but another process
    created it before this one could: it is opened, not an 'already exists' error."""
    import arcadedb_embedded

    from kg.graph.embedded import EmbeddedStore

    data = tmp_path / "kg"
    assert cli("ingest", *write_articles(tmp_path / "in", [ARTICLE_EN]), "--data-dir", data, "-q").code == 0
    before = counts(data)
    monkeypatch.setattr(arcadedb_embedded, "database_exists", lambda path: False)
    EmbeddedStore(data).close()
    monkeypatch.undo()
    assert counts(data) == before


@pytest.mark.slow
def test_ctrl_c_during_ingest_is_taken_back(cli, tmp_path):
    """SIGINT (Ctrl-C) half-way through the write into a new store: exit 130, one line, nothing kept."""
    folder = write_articles(tmp_path / "in", [ARTICLE_EN, ARTICLE_DE, *MORE])[0].parent
    data = tmp_path / "kg"
    proc = _start_ingest(folder, data, "--batch-size", "1")
    try:
        assert _wait_for(data / "db" / "database.lck", proc), "the ingest never opened its store"
        end = time.monotonic() + 120  # ~45 files: half-way through the nodes (see the SIGKILL test)
        while proc.poll() is None and len(list((data / "db").iterdir())) < 45 and time.monotonic() < end:
            time.sleep(0.02)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    assert err.decode().strip() == "Interrupted; nothing of this ingest was kept."
    assert counts(data) == (0, 0)
