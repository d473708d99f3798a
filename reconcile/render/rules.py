"""Render the rule registry: a table for people, or JSON for tools."""

from __future__ import annotations

import json
from collections.abc import Sequence

from reconcile.render import Format
from reconcile.rules.registry import Rule


def render(rules: Sequence[Rule], fmt: Format) -> str:
    """Return the list of rules in ``fmt``."""
    if fmt is Format.JSON:
        rows = [
            {
                "code": r.code,
                "name": r.name,
                "kind": r.kind.value,
                "severity": r.severity.label,
                "summary": r.summary,
            }
            for r in rules
        ]
        return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    lines = [
        f"{r.code}  {r.name:<22} {r.kind.value:<12} {r.severity.label:<8} {r.summary}"
        for r in sorted(rules, key=lambda r: r.code)
    ]
    return "\n".join(lines) + "\n"
