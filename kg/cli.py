"""The ``kg`` command line: thin over the library. Each area's commands live in ``kg.commands``."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="kg",
    help=(
        "A knowledge graph of companies, AI models, people and events, built from news articles.\n\n"
        "Example: kg ingest examples/alibaba-qwq-32b.de.txt && kg ask \"who competes with DeepSeek\""
    ),
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode="rich",
)

# Modules under kg.commands, in the order their commands appear in --help.
COMMAND_MODULES = ["extract", "ingest", "query", "graph", "analyze"]

for _name in COMMAND_MODULES:
    importlib.import_module(f"kg.commands.{_name}").register(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
