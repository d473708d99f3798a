"""Accepted differences: stable fingerprints of findings, and a baseline file that holds them."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

from reconcile.errors import ConfigError
from reconcile.model import Finding, Report

BASELINE_VERSION = 1


def fingerprint(report: Report, finding: Finding) -> str:
    """Return a stable identity for ``finding``: rule, normalised values and sentence texts.

    Offsets are left out on purpose, so an edit elsewhere in either version keeps the
    fingerprint; the texts of the sentences involved are in, so a change to the finding's own
    sentences makes it a new finding.
    """
    parts = [finding.code]
    if finding.values:
        parts.extend(finding.values)
    for doc, span in ((report.a, finding.a), (report.b, finding.b)):
        parts.append(" ".join(doc.sentences[span.sentence].text.split()) if span else "")
        parts.append(span.text if span else "")
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:32]


def load_baseline(path: str) -> Counter[str]:
    """Return the fingerprints accepted in the baseline file at ``path`` (with multiplicity)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: baseline file not found (create it with --update-baseline)"
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: not a readable baseline file ({exc})") from None
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION:
        raise ConfigError(f"{path}: not a reconcile baseline (version {BASELINE_VERSION} expected)")
    prints = data.get("fingerprints", [])
    if not isinstance(prints, list) or not all(isinstance(p, str) for p in prints):
        raise ConfigError(f"{path}: 'fingerprints' must be a list of strings")
    return Counter(prints)


def apply_baseline(report: Report, accepted: Counter[str]) -> Report:
    """Return ``report`` with findings in the baseline marked suppressed (not removed)."""
    left = Counter(accepted)
    findings = []
    for f in report.findings:
        key = fingerprint(report, f)
        if left[key] > 0:
            left[key] -= 1
            findings.append(replace(f, suppressed=True))
        else:
            findings.append(f)
    return replace(report, findings=tuple(findings))


def baseline_text(reports: list[Report]) -> str:
    """Return a baseline file accepting every finding of ``reports``."""
    prints = sorted(fingerprint(r, f) for r in reports for f in r.findings)
    return json.dumps({"version": BASELINE_VERSION, "fingerprints": prints}, indent=2) + "\n"
