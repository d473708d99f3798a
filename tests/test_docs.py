"""Every command documents itself with a runnable example; the README's commands are real."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reconcile.cli import main

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = ["diff", "check", "rules"]


@pytest.mark.parametrize("command", COMMANDS)
def test_command_help_has_example(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert "Example:" in out


def test_every_rule_is_documented_in_readme() -> None:
    from reconcile.rules import RULES

    readme = (ROOT / "README.md").read_text()
    for code, rule in RULES.items():
        assert code in readme and rule.name in readme, f"{code} {rule.name} missing from README"


def test_readme_sample_paths_exist() -> None:
    readme = (ROOT / "README.md").read_text()
    for path in set(re.findall(r"samples/[\w./-]+\.txt", readme)):
        assert (ROOT / path).exists(), path
