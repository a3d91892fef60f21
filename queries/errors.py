"""The query layer's errors: one hierarchy, messages fit to show a user."""

from __future__ import annotations

__all__ = ["AskError", "NotUnderstood", "EntityNotFound"]


class AskError(Exception):
    """Base of every error of kg.queries."""


class NotUnderstood(AskError):
    """The question matches none of the kinds of question kg understands."""

    def __init__(self, question: str, help_text: str):
        self.question = question
        self.help_text = help_text
        super().__init__(f"cannot understand the question {question!r}.\n{help_text}")


class EntityNotFound(AskError):
    """A name in the question matches no entity of the graph."""

    def __init__(self, name: str, suggestions: list[str] | None = None):
        self.name = name
        self.suggestions = suggestions or []
        hint = f" (did you mean {', '.join(self.suggestions)}?)" if self.suggestions else ""
        super().__init__(f"no entity in the graph matches {name!r}{hint}")
