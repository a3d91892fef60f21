"""Where the graph lives: the embedded store's folder or a Bolt server, from options and environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

__all__ = ["DEFAULT_DATA_DIR", "StoreConfig", "resolve"]

DEFAULT_DATA_DIR = ".kg"


@dataclass(frozen=True)
class StoreConfig:
    """Resolved settings. ``uri`` set means Bolt; otherwise the embedded store in ``data_dir``."""

    data_dir: Path
    uri: str | None = None
    username: str | None = None
    password: str | None = None
    database: str | None = None

    @property
    def is_bolt(self) -> bool:
        return bool(self.uri)

    def __repr__(self) -> str:  # never show the password
        where = self.uri if self.uri else str(self.data_dir)
        return f"StoreConfig({where!r}, username={self.username!r}, database={self.database!r})"


def resolve(
    data_dir: str | os.PathLike[str] | None = None,
    uri: str | None = None,
    username: str | None = None,
    password: str | None = None,
    database: str | None = None,
) -> StoreConfig:
    """Options first, then the environment (KG_DATA_DIR; NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD,
    NEO4J_DATABASE), then the defaults (``./.kg``)."""
    env = os.environ
    folder = Path(data_dir or env.get("KG_DATA_DIR") or DEFAULT_DATA_DIR)
    return StoreConfig(
        data_dir=folder,
        uri=uri or env.get("NEO4J_URI") or None,
        username=username or env.get("NEO4J_USERNAME") or None,
        password=password if password is not None else env.get("NEO4J_PASSWORD"),
        database=database or env.get("NEO4J_DATABASE") or None,
    )
