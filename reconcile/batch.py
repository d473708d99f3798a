"""Check many pairs at once: find them (manifest, two folders, globs) and run them on all cores."""

from __future__ import annotations

import csv
import glob
import io
import json
import os
import tomllib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reconcile.align import THRESHOLD
from reconcile.errors import ConfigError, ReconcileError
from reconcile.judge import Selection
from reconcile.model import PairResult, Settings
from reconcile.pipeline import compare_files


@dataclass(frozen=True, slots=True)
class Task:
    """One pair to check, with everything the worker needs (picklable for a process pool)."""

    id: str
    a_path: str
    b_path: str
    encoding: str | None = None
    selection: Selection | None = None
    threshold: float = THRESHOLD
    settings: Settings | None = None


def check_pair(task: Task) -> PairResult:
    """Compare one pair; a problem with it becomes the result's error, never an exception."""
    try:
        report = compare_files(
            task.a_path,
            task.b_path,
            encoding=task.encoding,
            selection=task.selection,
            threshold=task.threshold,
            settings=task.settings,
        )
    except ReconcileError as exc:
        return PairResult(task.id, task.a_path, task.b_path, None, str(exc))
    except Exception as exc:  # one broken pair must not stop the batch
        message = f"internal error: {type(exc).__name__}: {exc}"
        return PairResult(task.id, task.a_path, task.b_path, None, message)
    return PairResult(task.id, task.a_path, task.b_path, report)


def run(
    tasks: Sequence[Task], *, jobs: int, progress: Callable[[int], None] | None = None
) -> list[PairResult]:
    """Check every task, on ``jobs`` processes, and return results in the tasks' order."""
    if jobs <= 1 or len(tasks) <= 1:
        results = []
        for task in tasks:
            results.append(check_pair(task))
            if progress:
                progress(1)
        return results
    # Imported here: the process pool costs a single diff's start-up some 10 ms.
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, min(16, len(tasks) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        out = []
        for result in pool.map(check_pair, tasks, chunksize=chunk):
            out.append(result)
            if progress:
                progress(1)
        return out


def default_jobs() -> int:
    """Return the number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def from_manifest(path: str) -> list[tuple[str, str, str]]:
    """Return (id, original, copy) from a CSV, TOML or JSON Lines manifest.

    Relative paths are taken from the manifest's own folder. CSV: columns ``original``,
    ``copy`` and optional ``id`` (a header row is optional); TOML: ``[[pair]]`` tables;
    JSON Lines: one object per line with the same keys.
    """
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(f"{path}: manifest not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read manifest ({exc})") from None
    suffix = file.suffix.lower()
    if suffix == ".toml":
        rows = _toml_rows(text, path)
    elif suffix in (".jsonl", ".ndjson"):
        rows = list(_jsonl_rows(text, path))
    elif suffix in (".csv", ".tsv", ".txt"):
        rows = list(_csv_rows(text, path, "\t" if suffix == ".tsv" else ","))
    else:
        raise ConfigError(f"{path}: unknown manifest type (use .csv, .tsv, .toml or .jsonl)")
    base = file.parent
    out = []
    for n, (pair_id, original, copy) in enumerate(rows, start=1):
        a = original if Path(original).is_absolute() else str(base / original)
        b = copy if Path(copy).is_absolute() else str(base / copy)
        out.append((pair_id or f"{n}:{Path(copy).name}", a, b))
    if not out:
        raise ConfigError(f"{path}: the manifest lists no pairs")
    return out


def _toml_rows(text: str, path: str) -> list[tuple[str, str, str]]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    rows = []
    for n, item in enumerate(data.get("pair", []), start=1):
        rows.append(_row(item, f"{path}: pair {n}"))
    return rows


def _jsonl_rows(text: str, path: str) -> Iterator[tuple[str, str, str]]:
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path}: line {n}: not JSON ({exc.msg})") from None
        yield _row(item, f"{path}: line {n}")


def _csv_rows(text: str, path: str, delimiter: str) -> Iterator[tuple[str, str, str]]:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header: list[str] | None = None
    for n, cells in enumerate(reader, start=1):
        cells = [c.strip() for c in cells]
        if not any(cells):
            continue
        if header is None and n == 1 and {"original", "copy"} <= {c.lower() for c in cells}:
            header = [c.lower() for c in cells]
            continue
        item = (
            dict(zip(header, cells, strict=False))
            if header
            else dict(zip(("original", "copy", "id"), cells, strict=False))
        )
        yield _row(item, f"{path}: line {n}")


def _row(item: object, where: str) -> tuple[str, str, str]:
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: expected original and copy")
    original, copy = item.get("original"), item.get("copy")
    if not isinstance(original, str) or not isinstance(copy, str) or not original or not copy:
        raise ConfigError(f"{where}: needs both 'original' and 'copy' paths")
    pair_id = item.get("id") or ""
    return str(pair_id), original, copy


def from_folders(originals: str, copies: str, pattern: str) -> list[tuple[str, str, str | None]]:
    """Return (id, original, copy) pairing files by their path relative to each folder.

    A file found in one folder only is returned with the other path set to ``None`` for an
    original without a copy; a copy without an original is returned with an empty original.
    """
    for folder in (originals, copies):
        if not Path(folder).is_dir():
            raise ConfigError(f"{folder}: not a folder")
    left = _relative(originals, pattern)
    right = _relative(copies, pattern)
    out: list[tuple[str, str, str | None]] = []
    for rel in sorted(set(left) | set(right)):
        a = left.get(rel, "")
        b = right.get(rel)
        out.append((rel, a, b))
    return out


def _relative(folder: str, pattern: str) -> dict[str, str]:
    root = Path(folder)
    found = {}
    for name in glob.glob(os.path.join(glob.escape(folder), "**", pattern), recursive=True):
        p = Path(name)
        if p.is_file():
            found[p.relative_to(root).as_posix()] = str(p)
    return found
