"""Renderers: one pure module per output format, each turning reports into a string."""

from __future__ import annotations

from enum import StrEnum


class Format(StrEnum):
    """The output formats of ``--format``."""

    TEXT = "text"
    JSON = "json"
