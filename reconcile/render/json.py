"""Render reports as the versioned JSON document of the contract (../shared/CONTRACT.md)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from reconcile import __version__
from reconcile.model import Document, Finding, Group, PairResult, Report, Span

SCHEMA_VERSION = 1


def report_object(report: Report) -> dict[str, Any]:
    """Return the JSON object of one comparison, exactly as the contract lays it out."""
    return {
        "version": SCHEMA_VERSION,
        "tool": {"name": "reconcile", "version": __version__},
        "documents": [_document(report.a), _document(report.b)],
        "alignment": [_group(g) for g in report.groups],
        "findings": [_finding(f) for f in report.findings],
        "summary": report.summary(),
    }


def render(reports: Sequence[Report]) -> str:
    """Return one JSON document: the contract object, or for several versions a list of them."""
    if len(reports) == 1:
        obj = report_object(reports[0])
    else:
        total = {"error": 0, "warning": 0, "info": 0}
        for r in reports:
            for k, v in r.summary().items():
                total[k] += v
        obj = {
            "version": SCHEMA_VERSION,
            "tool": {"name": "reconcile", "version": __version__},
            "reference": reports[0].a.path,
            "comparisons": [report_object(r) for r in reports],
            "summary": total,
        }
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def render_results(results: Sequence[PairResult], *, batch: bool = False) -> str:
    """Return ``diff``'s document, or for a batch one object listing every pair."""
    if not batch and all(r.report is not None for r in results):
        return render([r.report for r in results if r.report is not None])
    total = {"error": 0, "warning": 0, "info": 0}
    pairs: list[dict[str, Any]] = []
    for r in results:
        if r.report is None:
            pairs.append({"id": r.id, "a": r.a_path, "b": r.b_path, "error": r.error})
            continue
        for k, v in r.report.summary().items():
            total[k] += v
        pairs.append({"id": r.id, **report_object(r.report)})
    obj = {
        "version": SCHEMA_VERSION,
        "tool": {"name": "reconcile", "version": __version__},
        "pairs": pairs,
        "summary": total,
    }
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def _document(doc: Document) -> dict[str, Any]:
    return {
        "path": doc.path,
        "sentences": [
            {"index": s.index, "start": s.start, "end": s.end, "text": s.text, "role": s.role.value}
            for s in doc.sentences
        ],
    }


def _group(g: Group) -> dict[str, Any]:
    out: dict[str, Any] = {"a": list(g.a), "b": list(g.b), "op": g.op}
    if g.score is not None:
        out["score"] = g.score
    return out


def _span(s: Span | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {"sentence": s.sentence, "start": s.start, "end": s.end, "text": s.text}


def _finding(f: Finding) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": f.kind.value,
        "severity": f.severity.label,
        "rule": f.code,
        "name": f.name,
        "a": _span(f.a),
        "b": _span(f.b),
        "message": f.message,
        "group": f.group,
    }
    if f.subkind:
        out["subkind"] = f.subkind
    if f.values is not None:
        out["values"] = {"a": f.values[0], "b": f.values[1]}
    if f.suppressed:
        out["suppressed"] = True
    return out
