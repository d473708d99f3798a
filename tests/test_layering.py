"""Stages import only the model and stages to their left; nothing imports the CLI."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "reconcile"

# What each module may import from the package (besides itself and its own subpackage).
ALLOWED = {
    "model": set(),
    "errors": set(),
    "load": {"model", "errors"},
    "segment": {"model"},
    "features": set(),
    "align": {"model", "features"},
    "fold": set(),
    "extract": {"model", "extract", "fold"},
    "rules": {"model", "rules", "fold"},
    "judge": {"model", "rules"},
    "pipeline": {"model", "load", "segment", "align", "extract", "judge", "errors"},
    "baseline": {"model", "errors"},
    "config": {"model", "errors"},
    "render": {"model", "render", "rules", "baseline", "__init__"},
}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("reconcile"):
            parts = node.module.split(".")
            found.add(parts[1] if len(parts) > 1 else "__init__")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("reconcile."):
                    found.add(alias.name.split(".")[1])
    return found


@pytest.mark.parametrize("module", sorted(ALLOWED))
def test_stage_imports(module: str) -> None:
    target = PACKAGE / module
    files = sorted(target.glob("*.py")) if target.is_dir() else [target.with_suffix(".py")]
    assert files
    for f in files:
        extra = imports_of(f) - ALLOWED[module] - {module}
        assert not extra, f"{f.name} imports {extra}"


def test_nothing_imports_the_cli() -> None:
    for f in PACKAGE.rglob("*.py"):
        if f.name in ("cli.py", "__main__.py"):
            continue
        assert "cli" not in imports_of(f), f
