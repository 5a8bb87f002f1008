"""Every CLI command has help text, every option explains itself, and the README documents
each command (in the style of sqlite-utils' tests/test_docs.py)."""
from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
import typer.main

from cli import app

README = Path(__file__).resolve().parents[1] / "README.md"
GROUP = typer.main.get_command(app)
COMMANDS = sorted(GROUP.commands)


def test_cli_has_commands():
    assert {"build", "extract", "stats"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_text(name):
    command = GROUP.commands[name]
    assert (command.help or "").strip(), f"kg {name} has no help text"


@pytest.mark.parametrize("name", COMMANDS)
def test_command_options_have_help_text(name):
    undocumented = [p.name for p in GROUP.commands[name].params
                    if isinstance(p, click.Option) and not (p.help or "").strip()]
    assert not undocumented, f"kg {name}: options without help: {undocumented}"


@pytest.mark.parametrize("name", COMMANDS)
def test_command_documented_in_readme(name):
    readme = README.read_text(encoding="utf-8")
    assert re.search(rf"`kg {name}\b[^`]*`", readme), f"README.md never shows `kg {name}`"
    headings = [line for line in readme.splitlines() if line.startswith("#")]
    assert any(f"kg {name}" in h or name in h.lower() for h in headings), \
        f"README.md has no section heading for kg {name}"
