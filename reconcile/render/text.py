"""Render reports for a person: aligned sentences with the differing spans highlighted."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.console import Console
from rich.text import Text

from reconcile.model import Document, Finding, Group, PairResult, Report, Severity, Span

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_MARK = {
    Severity.ERROR: "bold reverse red",
    Severity.WARNING: "reverse yellow",
    Severity.INFO: "underline cyan",
}


def render(
    reports: Sequence[Report], *, show_all: bool = False, color: bool = False, width: int = 100
) -> str:
    """Return the human-readable view of ``reports`` as a string."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        soft_wrap=True,  # one finding per line: readable in CI logs and greppable
        emoji=False,
        legacy_windows=False,
    )
    for n, report in enumerate(reports):
        if n:
            console.print()
        _report(console, report, show_all=show_all)
    return buffer.getvalue()


def render_results(
    results: Sequence[PairResult], *, show_all: bool = False, color: bool = False
) -> str:
    """Return the human-readable view of every pair, with unreadable pairs named."""
    out = render(
        [r.report for r in results if r.report is not None], show_all=show_all, color=color
    )
    errors = [f"error: {r.id}: {r.error}\n" for r in results if r.error]
    return out + ("\n" if out and errors else "") + "".join(errors)


def _report(console: Console, report: Report, *, show_all: bool) -> None:
    a, b = report.a, report.b
    matched = sum(1 for g in report.groups if g.a and g.b)
    console.print(
        Text.assemble(
            ("reconcile ", "bold"),
            f"A = {a.path} ({len(a.sentences)} units)  B = {b.path} ({len(b.sentences)} units)  ",
            f"{matched} aligned groups",
        )
    )
    by_group: dict[int, list[Finding]] = {}
    for f in report.findings:
        by_group.setdefault(f.group, []).append(f)
    unmatched: list[tuple[Group, list[Finding]]] = []
    for index, group in enumerate(report.groups):
        findings = by_group.get(index, [])
        if not (group.a and group.b):
            unmatched.append((group, findings))
            continue
        if not findings and not show_all:
            continue
        _group(console, report, index, group, findings)
    if unmatched:
        unmatched.sort(key=lambda gf: (not gf[0].a, gf[0].a or gf[0].b))
        console.print()
        console.print(Text("Only in one version", style="bold"))
        for group, findings in unmatched:
            _unmatched(console, report, group, findings)
    console.print()
    console.print(_summary(report))


def _group(
    console: Console, report: Report, index: int, group: Group, findings: list[Finding]
) -> None:
    console.print()
    score = f"  score {group.score:.2f}" if group.score is not None else ""
    head = f"group {index}: A {_indexes(group.a)} ↔ B {_indexes(group.b)}{score}"
    console.print(Text(head, style="bold"))
    color = console.color_system is not None
    console.print(
        _sentences("A", report.a, group.a, [(f.a, f.severity) for f in findings], color=color)
    )
    console.print(
        _sentences("B", report.b, group.b, [(f.b, f.severity) for f in findings], color=color)
    )
    for f in findings:
        console.print(_line(f))


def _unmatched(console: Console, report: Report, group: Group, findings: list[Finding]) -> None:
    label, doc, indexes = ("A", report.a, group.a) if group.a else ("B", report.b, group.b)
    severity = max((f.severity for f in findings), default=Severity.INFO)
    role = doc.sentences[indexes[0]].role.value
    text = Text(f"  {label} {_indexes(indexes)} ", style="dim")
    text.append(f"[{role}] " if role != "body" else "", style="dim")
    text.append(_clip(" ".join(doc.sentences[i].text for i in indexes), 160))
    console.print(text)
    for f in findings:
        if f.severity >= Severity.WARNING or severity == Severity.INFO:
            console.print(_line(f, indent=6))


def _sentences(
    label: str,
    doc: Document,
    indexes: tuple[int, ...],
    spans: list[tuple[Span | None, Severity]],
    *,
    color: bool,
) -> Text:
    text = Text(f"  {label}  ", style="bold")
    for n, i in enumerate(indexes):
        s = doc.sentences[i]
        marks = sorted(
            (span.start - s.start, span.end - s.start, severity)
            for span, severity in spans
            if span is not None and span.sentence == i and span.start < span.end
        )
        text.append_text(_marked(s.text, marks, color=color))
        if n < len(indexes) - 1:
            text.append(" ")
    return text


def _marked(sentence: str, marks: list[tuple[int, int, Severity]], *, color: bool) -> Text:
    """Return ``sentence`` with each span styled, or bracketed with ⟦ ⟧ when colour is off."""
    if color:
        piece = Text(sentence)
        for start, end, severity in marks:
            piece.stylize(_MARK[severity], start, end)
        return piece
    piece = Text()
    cursor = 0
    for start, end, _ in marks:
        if start < cursor:
            continue  # an overlapping span is already bracketed
        piece.append(sentence[cursor:start])
        piece.append(f"⟦{sentence[start:end]}⟧")
        cursor = end
    piece.append(sentence[cursor:])
    return piece


def _line(f: Finding, indent: int = 4) -> Text:
    line = Text.assemble(
        " " * indent,
        (f"{f.severity.label:<7}", _STYLE[f.severity] if not f.suppressed else "dim"),
        " ",
        (f"{f.code} {f.name}", "bold" if not f.suppressed else "dim"),
        "  ",
        f.message,
    )
    if f.suppressed:
        line.append("  (accepted in baseline)", style="dim")
    return line


def _summary(report: Report) -> Text:
    counts = report.summary()
    text = Text("summary: ")
    for n, severity in enumerate(sorted(Severity, reverse=True)):
        count = counts[severity.label]
        plural = "s" if count != 1 and severity is not Severity.INFO else ""
        text.append(", " if n else "")
        text.append(f"{count} {severity.label}{plural}", style=_STYLE[severity])
    if report.suppressed():
        text.append(f", {report.suppressed()} accepted in baseline", style="dim")
    return text


def _indexes(indexes: tuple[int, ...]) -> str:
    return ",".join(str(i) for i in indexes) or "-"


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
