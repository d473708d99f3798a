"""Render reports as SARIF 2.1.0, for code-scanning dashboards and editors."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from reconcile import __version__
from reconcile.baseline import fingerprint
from reconcile.model import Finding, PairResult, Report, Severity
from reconcile.render.position import Location, Locator, error_message
from reconcile.rules import RULES

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "reconcile/v1"

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


def render(results: Sequence[PairResult]) -> str:
    """Return one SARIF log with a single run holding the findings of every pair."""
    rules = sorted(RULES.values(), key=lambda r: r.code)
    rule_index = {r.code: n for n, r in enumerate(rules)}
    sarif_results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for pair in results:
        if pair.report is None:
            notifications.append({"level": "error", "message": {"text": error_message(pair)}})
            continue
        locator = Locator(pair.report)
        sarif_results.extend(
            _result(pair, pair.report, f, locator, rule_index) for f in pair.report.findings
        )
    invocation: dict[str, Any] = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "reconcile",
                        "version": __version__,
                        "rules": [
                            {
                                "id": r.code,
                                "name": r.name,
                                "shortDescription": {"text": r.summary},
                                "defaultConfiguration": {"level": _LEVEL[r.severity]},
                                "properties": {"kind": r.kind.value},
                            }
                            for r in rules
                        ],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "invocations": [invocation],
                "results": sarif_results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def artifact_uri(path: str) -> str:
    """Return ``path`` as a URI reference: a file URI when absolute, else percent-encoded."""
    if _DRIVE.match(path):
        return PureWindowsPath(path).as_uri()
    if path.startswith("/"):
        return PurePosixPath(path).as_uri()
    return quote(path, safe="/")


def _result(
    pair: PairResult, report: Report, f: Finding, locator: Locator, rule_index: dict[str, int]
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "ruleId": f.code,
        "level": _LEVEL[f.severity],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": _physical(locator.primary(f))}],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(report, f)},
        "properties": {"kind": f.kind.value, "pair": pair.id},
    }
    if f.code in rule_index:
        out["ruleIndex"] = rule_index[f.code]
    if f.subkind:
        out["properties"]["subkind"] = f.subkind
    original = locator.a_sentence(f)
    if original is not None:
        out["relatedLocations"] = [
            {"id": 1, "physicalLocation": _physical(original), "message": {"text": "original"}}
        ]
    if f.suppressed:
        out["suppressions"] = [{"kind": "external", "justification": "accepted in baseline"}]
    return out


def _physical(where: Location) -> dict[str, Any]:
    return {
        "artifactLocation": {"uri": artifact_uri(where.path)},
        "region": {
            "startLine": where.line,
            "startColumn": where.column,
            "endLine": where.end_line,
            "endColumn": where.end_column,
            "charOffset": where.start,
            "charLength": where.end - where.start,
            "snippet": {"text": where.text},
        },
    }
