"""Render a batch as Markdown for job summaries and pull-request comments."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reconcile.model import Finding, PairResult, Report, Severity, Span

_BREAK = re.compile(r"\r\n|\r|\n")
# Characters that Markdown (GitHub's, with $ for maths) would read as markup inside a cell.
_MARKUP = re.compile(r"([\\`*_\[\]<>$~|#])")
_BACKTICKS = re.compile(r"`+")


def render(results: Sequence[PairResult]) -> str:
    """Return a Markdown summary of ``results`` with one table of findings per pair."""
    out = ["## reconcile", "", _summary(results)]
    for pair in results:
        out += ["", f"### {code(pair.a_path or '-')} → {code(pair.b_path or '-')}", ""]
        if pair.report is None:
            out.append(f"**Could not compare:** {cell(pair.error or 'no report')}")
        elif not pair.report.findings:
            out.append("No findings.")
        else:
            out += _table(pair.report)
    return "\n".join(out) + "\n"


def cell(text: str) -> str:
    """Return ``text`` safe in a table cell: markup and ``|`` escaped, line breaks as ``<br>``."""
    return "<br>".join(_MARKUP.sub(r"\\\1", line) for line in _BREAK.split(text))


def code(text: str) -> str:
    """Return ``text`` as an inline code span on one line, safe in a table cell."""
    text = _BREAK.sub(" ", text).replace("|", "\\|")
    fence = "`" * (max((len(m) for m in _BACKTICKS.findall(text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _summary(results: Sequence[PairResult]) -> str:
    reports = [p.report for p in results if p.report is not None]
    totals = {s.label: 0 for s in sorted(Severity, reverse=True)}
    for report in reports:
        for label, count in report.summary().items():
            totals[label] += count
    pairs = "pair" if len(reports) == 1 else "pairs"
    parts = [
        f"{totals['error']} {_plural(totals['error'], 'error')}",
        f"{totals['warning']} {_plural(totals['warning'], 'warning')}",
        f"{totals['info']} info",
    ]
    line = f"{len(reports)} {pairs} compared: " + ", ".join(parts)
    accepted = sum(r.suppressed() for r in reports)
    if accepted:
        line += f"; {accepted} accepted in baseline"
    failed = len(results) - len(reports)
    if failed:
        line += f"; {failed} {'pair' if failed == 1 else 'pairs'} could not be compared"
    return line + "."


def _table(report: Report) -> list[str]:
    rows = [
        "| severity | rule | original | copy | message |",
        "| --- | --- | --- | --- | --- |",
    ]
    rows.extend(_row(f) for f in report.findings)
    return rows


def _row(f: Finding) -> str:
    severity = f.severity.label + (" (accepted)" if f.suppressed else "")
    cells = [severity, f"{f.code} {cell(f.name)}", _span(f.a), _span(f.b), cell(f.message)]
    return "| " + " | ".join(cells) + " |"


def _span(span: Span | None) -> str:
    return "—" if span is None else code(span.text)


def _plural(count: int, noun: str) -> str:
    return noun if count == 1 else noun + "s"
