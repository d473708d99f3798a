"""Render findings as GitHub Actions workflow commands, which become annotations on a run."""

from __future__ import annotations

from collections.abc import Sequence

from reconcile.model import Finding, PairResult, Severity
from reconcile.render.position import Location, Locator, error_message, error_path

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render(results: Sequence[PairResult]) -> str:
    """Return one workflow command per active finding and per pair that could not be compared."""
    lines: list[str] = []
    for pair in results:
        if pair.report is None:
            lines.append(
                f"::error file={escape_property(error_path(pair))}::"
                f"{escape_data(error_message(pair))}"
            )
            continue
        locator = Locator(pair.report)
        lines.extend(
            command(f, locator.primary(f)) for f in pair.report.findings if not f.suppressed
        )
    return "".join(line + "\n" for line in lines)


def command(finding: Finding, where: Location) -> str:
    """Return the workflow command annotating ``finding`` at ``where``."""
    props = [
        ("file", where.path),
        ("line", str(where.line)),
        ("col", str(where.column)),
        ("endLine", str(where.end_line)),
        ("endColumn", str(where.end_column)),
        ("title", f"{finding.code} {finding.name}"),
    ]
    head = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    return f"::{_LEVEL[finding.severity]} {head}::{escape_data(message(finding))}"


def message(finding: Finding) -> str:
    """Return the annotation text: the finding's message and the quoted spans of each side."""
    lines = [finding.message]
    if finding.a is not None:
        lines.append(f"original: “{finding.a.text}”")
    if finding.b is not None:
        lines.append(f"copy: “{finding.b.text}”")
    return "\n".join(lines)


def escape_data(text: str) -> str:
    """Return ``text`` escaped for the message part of a workflow command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Return ``text`` escaped for a property value (``file=``, ``title=``) of a command."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
