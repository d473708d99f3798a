"""The bundled samples: every planted difference is found, and the output is pinned."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reconcile import Report, compare_files
from reconcile.model import Severity

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden" / "samples"
NAMES = sorted(p.name for p in SAMPLES.iterdir() if (p / "original.txt").exists())
KIND_OF = {"negation (direction)": "negation"}


def planted(name: str) -> list[tuple[str, str, str, str]]:
    """Return (kind, original text, rewrite text, severity) rows of samples/README.md."""
    text = (SAMPLES / "README.md").read_text()
    section = text.split(f"## {name}", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 4 or cells[0] in ("kind", "---"):
            continue
        kind, a, b, severity = cells
        unquote = lambda c: "" if c in ("—", "-", "") else c.strip("`")  # noqa: E731
        rows.append((KIND_OF.get(kind, kind.split(" ")[0]), unquote(a), unquote(b), severity))
    return rows


@pytest.fixture(scope="module", params=NAMES)
def sample(request: pytest.FixtureRequest) -> tuple[str, Report]:
    name = request.param
    return name, compare_files(
        str(SAMPLES / name / "original.txt"), str(SAMPLES / name / "rewrite.txt")
    )


def locate(text: str, snippet: str) -> tuple[int, int] | None:
    if not snippet:
        return None
    at = text.find(snippet)
    assert at >= 0, snippet
    return at, at + len(snippet)


def overlaps(span: tuple[int, int] | None, start: int, end: int) -> bool:
    return span is not None and start < span[1] and span[0] < end


def test_every_planted_difference_is_found(sample: tuple[str, Report]) -> None:
    name, report = sample
    for kind, a, b, severity in planted(name):
        if severity not in ("error", "warning"):
            continue
        sa, sb = locate(report.a.text, a), locate(report.b.text, b)
        need = Severity.parse(severity)
        hits = [
            f
            for f in report.findings
            if f.kind.value == kind
            and f.severity >= need
            and (not sa or not f.a or overlaps(sa, f.a.start, f.a.end))
            and (not sb or not f.b or overlaps(sb, f.b.start, f.b.end))
            and (f.a or f.b)
        ]
        assert hits, f"{name}: {kind} {a!r} vs {b!r} not reported at {severity}"


def test_planted_equivalences_stay_quiet(sample: tuple[str, Report]) -> None:
    name, report = sample
    for _kind, a, b, severity in planted(name):
        if severity.startswith("info"):
            sa, sb = locate(report.a.text, a), locate(report.b.text, b)
            loud = [
                f
                for f in report.findings
                if f.severity > Severity.INFO
                and (
                    (f.a and overlaps(sa, f.a.start, f.a.end))
                    or (f.b and overlaps(sb, f.b.start, f.b.end))
                )
            ]
            assert not loud, f"{name}: {a!r} = {b!r} drew {[f.message for f in loud]}"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_golden_output(name: str, fmt: str, update_golden: bool) -> None:
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "reconcile",
            "diff",
            f"samples/{name}/original.txt",
            f"samples/{name}/rewrite.txt",
            "--format",
            fmt,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert run.returncode == 1, run.stderr
    output = run.stdout
    if fmt == "json":
        json.loads(output)
    golden = GOLDEN / f"{name}.{'txt' if fmt == 'text' else 'json'}"
    if update_golden or not golden.exists():
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(output)
    assert output == golden.read_text(), (
        f"rerun with --update-golden if {golden.name} should change"
    )


def test_readme_demo_is_the_real_output() -> None:
    readme = (ROOT / "README.md").read_text()
    block = re.search(
        r"<!-- demo:start -->\n```console\n\$ (reconcile diff [^\n]+)\n(.*?)"
        r"\$ echo \$\?\n(\d)\n```",
        readme,
        re.S,
    )
    assert block, "README demo block missing"
    args = block.group(1).split()[1:]
    run = subprocess.run(
        [sys.executable, "-m", "reconcile", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert run.stdout == block.group(2), "README demo is stale: run python scripts/update_readme.py"
    assert str(run.returncode) == block.group(3)
