"""The loaders' exceptions: one hierarchy, each with a clear one-line message.

Everything the loaders raise for bad input derives from :class:`LoaderError`, so the CLI can turn
it into a one-line error without a traceback. Errors about a file carry its ``path`` and name it
in the message.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "BadJsonLineError",
    "BinaryFileError",
    "DecodeError",
    "EmptyDocumentError",
    "ExtractionError",
    "FileTooLargeError",
    "LoaderError",
    "MappingError",
    "ReadError",
    "SerializationError",
    "UnsupportedInputError",
]


class LoaderError(Exception):
    """Base class of every error the loaders raise for bad input or bad data."""


class ReadError(LoaderError):
    """A file or item could not be read into a ``Document``. ``path`` names it."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class EmptyDocumentError(ReadError):
    """The file (or the main text of a page) is empty or only whitespace."""


class BinaryFileError(ReadError):
    """The file is not text: NUL bytes or undecodable binary content."""


class DecodeError(ReadError):
    """The bytes are text but in no encoding that could be determined."""


class FileTooLargeError(ReadError):
    """The file is bigger than the ``max_bytes`` limit (raise the limit to read it)."""


class UnsupportedInputError(ReadError):
    """The path is neither a readable file nor a folder (or its kind is not supported)."""


class BadJsonLineError(ReadError):
    """A line of a JSON Lines file is not a JSON object with a text field. ``line`` is 1-based."""

    def __init__(self, path: str | Path, line: int, reason: str):
        self.line = line
        super().__init__(f"{path}:{line}", reason)
        self.path = str(path)


class ExtractionError(LoaderError):
    """The extractor could not process a document."""


class MappingError(LoaderError):
    """An extraction uses a name the ontology does not define (a type or a predicate)."""


class SerializationError(LoaderError):
    """An RDF format that is not supported was asked for."""
