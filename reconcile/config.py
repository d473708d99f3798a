"""Read ``[tool.reconcile]`` from pyproject.toml or a reconcile.toml found by walking up."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reconcile.errors import ConfigError
from reconcile.model import Severity

FAIL_ON = ("error", "warning", "info", "never")
_KEYS = {
    "fail-on": "lowest severity that fails the run: error, warning, info or never",
    "select": 'rule codes or prefixes to run, e.g. ["R1", "R3"]',
    "ignore": 'rule codes or prefixes to skip, e.g. ["R106"]',
    "severity": 'per-rule severity overrides, e.g. {R501 = "error"}',
    "aliases": 'extra names for one entity, e.g. {"Meridian Wire" = ["MW"]}',
    "boilerplate": 'regular expressions of lines that frame a story, e.g. ["^Follow us on"]',
    "threshold": "lowest alignment score, between 0 and 1",
}


@dataclass(frozen=True, slots=True)
class Config:
    """Settings from a configuration file; command-line options override them."""

    path: str | None = None
    fail_on: str = "warning"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    aliases: tuple[tuple[str, str], ...] = ()
    boilerplate: tuple[str, ...] = ()
    threshold: float | None = None


def find_config(start: Path) -> Path | None:
    """Return the nearest reconcile.toml, or pyproject.toml with [tool.reconcile], upwards."""
    for folder in (start, *start.parents):
        own = folder / "reconcile.toml"
        if own.is_file():
            return own
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_section(pyproject):
            return pyproject
    return None


def _has_section(path: Path) -> bool:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return isinstance(data.get("tool"), dict) and "reconcile" in data["tool"]


def load_config(path: Path, known_codes: frozenset[str]) -> Config:
    """Return the configuration in ``path``; any unknown key or bad value is a ConfigError."""
    where = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{where}: configuration file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{where}: cannot read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML ({exc})") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("reconcile", {})
        prefix = "tool.reconcile."
    else:
        table = data
        prefix = ""
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: [{prefix.rstrip('.')}] must be a table")
    for key in table:
        if key not in _KEYS:
            known = ", ".join(sorted(_KEYS))
            raise ConfigError(f"{where}: {prefix}{key}: unknown key (known keys: {known})")

    def bad(key: str, reason: str) -> ConfigError:
        return ConfigError(f"{where}: {prefix}{key}: {reason} (expected {_KEYS[key]})")

    fail_on = table.get("fail-on", "warning")
    if fail_on not in FAIL_ON:
        raise bad("fail-on", f"{fail_on!r} is not a severity")
    select = _codes(table.get("select", []), "select", known_codes, bad)
    ignore = _codes(table.get("ignore", []), "ignore", known_codes, bad)
    severity: dict[str, Severity] = {}
    raw_severity = table.get("severity", {})
    if not isinstance(raw_severity, dict):
        raise bad("severity", "not a table")
    for code, level in raw_severity.items():
        _codes([code], "severity", known_codes, bad)
        if not isinstance(level, str) or level not in ("error", "warning", "info"):
            raise bad("severity", f"{code} = {level!r} is not error, warning or info")
        severity[code.upper()] = Severity.parse(level)
    aliases = _aliases(table.get("aliases", {}), bad)
    boilerplate = table.get("boilerplate", [])
    if not isinstance(boilerplate, list) or not all(isinstance(p, str) for p in boilerplate):
        raise bad("boilerplate", "not a list of strings")
    for pattern in boilerplate:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise bad("boilerplate", f"{pattern!r} is not a regular expression ({exc})") from None
    threshold = table.get("threshold")
    if threshold is not None and (
        isinstance(threshold, bool)
        or not isinstance(threshold, int | float)
        or not 0 <= threshold <= 1
    ):
        raise bad("threshold", f"{threshold!r} is not a number from 0 to 1")
    return Config(
        path=where,
        fail_on=fail_on,
        select=select,
        ignore=ignore,
        severity=severity,
        aliases=aliases,
        boilerplate=tuple(boilerplate),
        threshold=float(threshold) if threshold is not None else None,
    )


def _codes(value: Any, key: str, known: frozenset[str], bad: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(c, str) for c in value):
        raise bad(key, "not a list of rule codes")
    codes = tuple(c.strip().upper() for c in value)
    for code in codes:
        if not any(k.startswith(code) for k in known):
            raise bad(key, f"no rule code starts with {code!r}")
    return codes


def _aliases(value: Any, bad: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise bad("aliases", "not a table")
    pairs: list[tuple[str, str]] = []
    for canonical, names in value.items():
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise bad("aliases", f"{canonical!r} must map to a list of names")
        pairs.extend((n, canonical) for n in names)
        pairs.append((canonical, canonical))
    return tuple(pairs)
