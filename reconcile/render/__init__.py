"""Renderers: one pure module per output format, each turning results into a string."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from enum import StrEnum

from reconcile.model import PairResult


class Format(StrEnum):
    """The output formats of ``--format``."""

    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"
    SARIF = "sarif"
    GITHUB = "github"
    JUNIT = "junit"
    MARKDOWN = "markdown"
    LINE = "line"


def render(
    results: Sequence[PairResult],
    fmt: Format,
    *,
    batch: bool = False,
    show_all: bool = False,
    color: bool = False,
) -> str:
    """Return ``results`` in ``fmt``; ``batch`` marks the output of ``check`` (many pairs)."""
    if fmt is Format.TEXT:
        from reconcile.render import text

        return text.render_results(results, show_all=show_all, color=color)
    if fmt is Format.JSON:
        from reconcile.render import json

        return json.render_results(results, batch=batch)
    # Each CI format lives in its own module, imported only when asked for.
    module = importlib.import_module(f"reconcile.render.{fmt.value}")
    output: str = module.render(results)
    return output
