"""Start-up without recompiling: the package's regular expressions, cached between runs.

Importing reconcile compiles some 450 regular expressions, and ``re`` keeps none of them from
one process to the next: compiling them took about 0.25 s of the 0.45 s a diff of the seed
pair took end to end. While the package is imported, this module keeps what ``re`` builds
from each pattern (its SRE code and group tables) in a file in the user's cache directory,
and rebuilds the pattern from it with the same constructor ``re`` itself calls, so a pattern
from the cache is the pattern ``re.compile`` returns.

The cache changes start-up time, never a pattern. It is used only on the CPython versions
whose ``re`` internals it was written against, is keyed by the interpreter's bytecode tag and
the SRE engine's version, and is read with ``marshal`` (plain data, no code run). Anything
unexpected, an unreadable, corrupt or read-only cache included, falls back to compiling as
usual. ``RECONCILE_NO_REGEX_CACHE=1`` turns it off.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

try:  # CPython's own engine; other interpreters compile as usual
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre = None

# The versions whose re._compiler.compile this mirrors (3.11 moved sre_compile into re).
_SUPPORTED = sys.implementation.name == "cpython" and (3, 11) <= sys.version_info[:2] <= (3, 13)

Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def cache_file() -> Path | None:
    """Return where the cache lives for this interpreter, or None when it is not used."""
    if not _SUPPORTED or _sre is None or os.environ.get("RECONCILE_NO_REGEX_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return Path(base) / "reconcile" / f"regex-{tag}.marshal"


def _load(path: Path) -> dict[tuple[str, int], Entry]:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict):
        return {}
    good: dict[tuple[str, int], Entry] = {}
    for key, entry in data.items():
        if (
            isinstance(key, tuple)
            and len(key) == 2
            and isinstance(key[0], str)
            and isinstance(key[1], int)
            and isinstance(entry, tuple)
            and len(entry) == 5
            and isinstance(entry[0], int)
            and isinstance(entry[1], list)
            and isinstance(entry[2], int)
            and isinstance(entry[3], dict)
            and isinstance(entry[4], tuple)
        ):
            good[key] = entry
    return good


def _save(path: Path, entries: dict[tuple[str, int], Entry]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regex-", suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(marshal.dumps(entries))
        os.replace(tmp, path)  # whole or not at all, even with two runs at once
    except (OSError, ValueError):  # unwritable, or a value marshal cannot hold: not kept
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(tmp)


def _build(pattern: str, flags: int) -> Entry:
    """Return what re._compiler.compile passes to the engine for ``pattern``."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # The code holds opcodes as named int constants: plain ints are what the engine reads.
    final = int(flags | parsed.state.flags)
    return (final, [int(c) for c in code], parsed.state.groups - 1, groupindex, tuple(indexgroup))


@contextlib.contextmanager
def cached_compilation() -> Iterator[None]:
    """Compile the regular expressions of what is imported inside through the cache."""
    path = cache_file()
    if path is None:
        yield
        return
    stored = _load(path)
    used: dict[tuple[str, int], Entry] = {}
    original: Callable[..., Any] = _compiler.compile

    def compile(p: Any, flags: int = 0) -> Any:  # the name and signature re calls
        if not isinstance(p, str) or flags & re.DEBUG:
            return original(p, flags)
        key = (p, int(flags))
        entry = stored.get(key)
        if entry is not None:
            try:
                compiled = _sre.compile(p, *entry)
            except (RuntimeError, TypeError, ValueError, OverflowError):
                entry = None  # the engine checks the code it is given: a bad entry is rebuilt
            else:
                used[key] = entry
                return compiled
        entry = _build(p, int(flags))
        used[key] = entry
        return _sre.compile(p, *entry)

    _compiler.compile = compile
    try:
        yield
    finally:
        _compiler.compile = original
    if any(key not in stored for key in used) or len(stored) > 2 * len(used):
        merged = {**stored, **used}
        # Patterns that changed since the cache was written are dropped once it outgrows
        # what an import uses.
        _save(path, merged if len(merged) <= 2 * len(used) else used)
