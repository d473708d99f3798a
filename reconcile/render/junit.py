"""Render a batch as JUnit XML: one test case per pair, failing on warnings and errors."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from reconcile.model import PairResult, Report, Severity
from reconcile.render.line import format_finding
from reconcile.render.position import Locator, error_message

# Characters XML 1.0 cannot carry even as references; they become U+FFFD.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def render(results: Sequence[PairResult]) -> str:
    """Return a ``<testsuites>`` document with a test case for every pair of ``results``."""
    failures = sum(1 for p in results if p.report is not None and _failing(p.report))
    errors = sum(1 for p in results if p.report is None)
    counts = {"tests": str(len(results)), "failures": str(failures), "errors": str(errors)}
    root = ET.Element("testsuites", {"name": "reconcile", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": "reconcile", **counts, "skipped": "0"})
    for pair in results:
        _testcase(suite, pair)
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _failing(report: Report) -> int:
    return sum(1 for f in report.findings if not f.suppressed and f.severity >= Severity.WARNING)


def _testcase(suite: ET.Element, pair: PairResult) -> None:
    case = ET.SubElement(suite, "testcase", {"classname": "reconcile", "name": _xml(pair.id)})
    if pair.report is None:
        reason = _xml(error_message(pair))
        error = ET.SubElement(case, "error", {"message": reason, "type": "reconcile"})
        error.text = _xml(f"A: {pair.a_path or '-'}\nB: {pair.b_path or '-'}")
        return
    report = pair.report
    locator = Locator(report)
    lines = [
        format_finding(f, locator.primary(f))
        for f in report.findings
        if not f.suppressed and f.severity >= Severity.WARNING
    ]
    if lines:
        noun = "finding" if len(lines) == 1 else "findings"
        failure = ET.SubElement(
            case,
            "failure",
            {"message": f"{len(lines)} {noun} at warning or above", "type": "reconcile"},
        )
        failure.text = _xml("\n".join(lines))
    info = [f for f in report.findings if not f.suppressed and f.severity is Severity.INFO]
    accepted = [f for f in report.findings if f.suppressed]
    out = [f"{len(info)} info, {len(accepted)} accepted in baseline"]
    out.extend(format_finding(f, locator.primary(f)) for f in info)
    out.extend(format_finding(f, locator.primary(f)) + " (accepted)" for f in accepted)
    ET.SubElement(case, "system-out").text = _xml("\n".join(out))


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)
