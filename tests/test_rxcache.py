"""The regular-expression cache changes start-up time, never a pattern or a finding."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reconcile import _rxcache

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "copper"
PATTERNS = [
    (r"(?P<num>\d{1,3}(?:,\d{3})+)\s?(?P<unit>km|miles?)\b", re.IGNORECASE),
    (r"(?<=\bto\s)0\d{3}|(?<![\w'’-]\s)unlike(?=\s+\w+,)", 0),
    (r"\b(?i:north|south)(?:ern)?\s+(?P<noun>(?-i:[A-Z])\w+)", 0),
    (r"^(?P<a>x)?(?(a)y|z)$", re.MULTILINE),
    (r"[^\W\d_]+", re.VERBOSE),
]
TEXTS = [
    "1,500 km and 3,000 Miles",
    "from 2300 to 0600",
    "Unlike wind, ",
    "northern France",
    "xy",
    "z",
]


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("RECONCILE_NO_REGEX_CACHE", raising=False)
    if _rxcache.cache_file() is None:
        pytest.skip("the cache is used on CPython 3.11 to 3.13 only")
    return tmp_path


def _compiled() -> list[re.Pattern[str]]:

    return [re.compile(p, f) for p, f in PATTERNS]


def _same(x: re.Pattern[str], y: re.Pattern[str]) -> None:
    assert (x.pattern, x.flags, x.groups, x.groupindex) == (
        y.pattern,
        y.flags,
        y.groups,
        y.groupindex,
    )
    for text in TEXTS:
        assert [m.span() for m in x.finditer(text)] == [m.span() for m in y.finditer(text)]
        assert [m.groupdict() for m in x.finditer(text)] == [
            m.groupdict() for m in y.finditer(text)
        ]


def test_patterns_from_the_cache_are_the_patterns_re_compiles(cache_home: Path) -> None:
    plain = [re.compile(p, f) for p, f in PATTERNS]
    re.purge()
    with _rxcache.cached_compilation():
        built = _compiled()  # compiled, then written to the cache
    path = _rxcache.cache_file()
    assert path is not None and path.exists()
    re.purge()
    with _rxcache.cached_compilation():
        loaded = _compiled()  # read back from the cache
    for x, y, z in zip(plain, built, loaded, strict=True):
        _same(x, y)
        _same(x, z)


def test_a_corrupt_cache_is_rebuilt_and_a_bad_pattern_still_raises(cache_home: Path) -> None:
    path = _rxcache.cache_file()
    assert path is not None
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00not marshal data")
    re.purge()
    with _rxcache.cached_compilation():
        for x, (p, f) in zip(_compiled(), PATTERNS, strict=True):
            _same(x, re.compile(p, f))
        with pytest.raises(re.error):
            re.compile("(unclosed")
    assert _rxcache._load(path)  # rewritten whole


def test_an_entry_the_engine_refuses_is_compiled_afresh(cache_home: Path) -> None:
    path = _rxcache.cache_file()
    assert path is not None
    pattern, flags = PATTERNS[0]
    entry = _rxcache._build(pattern, int(flags))
    bad = (entry[0], [999_999] * len(entry[1]), *entry[2:])
    path.parent.mkdir(parents=True)
    _rxcache._save(path, {(pattern, int(flags)): bad})
    re.purge()
    with _rxcache.cached_compilation():
        (x, *_) = _compiled()
    _same(x, re.compile(pattern, flags))


def _diff(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "reconcile",
            "diff",
            "--format",
            "json",
            "original.txt",
            "rewrite.txt",
        ],
        cwd=SAMPLE,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_findings_are_the_same_with_and_without_the_cache(tmp_path: Path) -> None:
    off = _diff({"RECONCILE_NO_REGEX_CACHE": "1"})
    assert off.returncode in (0, 1), off.stderr
    cold = _diff({"XDG_CACHE_HOME": str(tmp_path), "RECONCILE_NO_REGEX_CACHE": ""})
    warm = _diff({"XDG_CACHE_HOME": str(tmp_path), "RECONCILE_NO_REGEX_CACHE": ""})
    assert (cold.returncode, cold.stdout, cold.stderr) == (off.returncode, off.stdout, off.stderr)
    assert (warm.returncode, warm.stdout, warm.stderr) == (off.returncode, off.stdout, off.stderr)
    if _rxcache._SUPPORTED:
        assert list((tmp_path / "reconcile").glob("regex-*.marshal"))


def test_an_unwritable_cache_is_no_error(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    off = _diff({"RECONCILE_NO_REGEX_CACHE": "1"})
    run = _diff({"XDG_CACHE_HOME": str(blocked), "RECONCILE_NO_REGEX_CACHE": ""})
    assert (run.returncode, run.stdout, run.stderr) == (off.returncode, off.stdout, off.stderr)


def test_the_package_builds_the_same_patterns_in_every_process(cache_home: Path) -> None:
    # A pattern joined from a set in hash order would differ from one process to the next,
    # miss the cache and have it rewritten on every run.
    path = _rxcache.cache_file()
    assert path is not None

    def keys_after_import(seed: str) -> set[tuple[str, int]]:
        env = {**os.environ, "XDG_CACHE_HOME": str(cache_home), "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", "import reconcile"], env=env, check=True, cwd=ROOT)
        return set(_rxcache._load(path))

    first = keys_after_import("1")
    assert keys_after_import("2") == first
    assert keys_after_import("3") == first
