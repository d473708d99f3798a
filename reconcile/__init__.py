"""reconcile: align two versions of a news story and report where their facts disagree."""

from __future__ import annotations

__version__ = "0.1.0"

from reconcile._rxcache import cached_compilation

with cached_compilation():  # the package's regular expressions, compiled once per machine
    from reconcile.errors import ConfigError, InputError, ReconcileError
    from reconcile.judge import Selection
    from reconcile.model import (
        Document,
        Fact,
        Finding,
        Group,
        Kind,
        Report,
        Role,
        Sentence,
        Severity,
        Span,
    )
    from reconcile.pipeline import compare, compare_files, compare_sources

__all__ = [
    "ConfigError",
    "Document",
    "Fact",
    "Finding",
    "Group",
    "InputError",
    "Kind",
    "ReconcileError",
    "Report",
    "Role",
    "Selection",
    "Sentence",
    "Severity",
    "Span",
    "__version__",
    "compare",
    "compare_files",
    "compare_sources",
]
