"""Render findings as ``path:line:col: CODE [severity] message`` lines, as compilers do."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reconcile.model import Finding, PairResult
from reconcile.render.position import Location, Locator, error_message, error_path

_BREAK = re.compile(r"\r\n|\r|\n")


def render(results: Sequence[PairResult]) -> str:
    """Return one line per active finding and per pair that could not be compared."""
    lines: list[str] = []
    for pair in results:
        if pair.report is None:
            lines.append(f"{error_path(pair)}:1:1: E000 [error] {one_line(error_message(pair))}")
            continue
        locator = Locator(pair.report)
        lines.extend(
            format_finding(f, locator.primary(f)) for f in pair.report.findings if not f.suppressed
        )
    return "".join(line + "\n" for line in lines)


def format_finding(finding: Finding, where: Location) -> str:
    """Return the one-line form of ``finding`` placed at ``where``."""
    return (
        f"{where.path}:{where.line}:{where.column}: "
        f"{finding.code} [{finding.severity.label}] {one_line(finding.message)}"
    )


def one_line(text: str) -> str:
    """Return ``text`` with every line break turned into a space."""
    return _BREAK.sub(" ", text)
