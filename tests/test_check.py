"""Batches, configuration and baselines, through the real command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reconcile import compare
from reconcile.baseline import apply_baseline, baseline_text, fingerprint, load_baseline
from reconcile.config import find_config, load_config
from reconcile.errors import ConfigError
from reconcile.rules import RULES

A1 = "Copper rose 3% on Monday to $9,500 a ton, traders said.\n"
B1 = "Copper rose 4% on Monday to $9,500 a ton, traders said.\n"
A2 = "Zinc fell 2% on Tuesday.\n"


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "reconcile", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def folders(tmp_path: Path) -> Path:
    (tmp_path / "orig").mkdir()
    (tmp_path / "copy").mkdir()
    (tmp_path / "orig" / "a.txt").write_text(A1)
    (tmp_path / "copy" / "a.txt").write_text(B1)
    (tmp_path / "orig" / "b.txt").write_text(A2)
    (tmp_path / "copy" / "b.txt").write_text(A2)
    return tmp_path


def test_folders_pair_by_name_and_exit_by_severity(folders: Path) -> None:
    result = run(["check", "orig", "copy", "--format", "json", "-j", "2"], folders)
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert [p["id"] for p in data["pairs"]] == ["a.txt", "b.txt"]
    assert data["summary"]["error"] == 1
    clean = run(["check", "orig", "copy", "--fail-on", "never"], folders)
    assert clean.returncode == 0


def test_unreadable_pair_is_reported_and_others_still_run(folders: Path) -> None:
    (folders / "orig" / "c.txt").write_text(A2)  # no copy
    (folders / "copy" / "d.txt").write_bytes(b"caf\xe9 au lait\n")
    (folders / "orig" / "d.txt").write_text(A2)
    result = run(["check", "orig", "copy", "--format", "json"], folders)
    assert result.returncode == 2
    data = json.loads(result.stdout)
    by_id = {p["id"]: p for p in data["pairs"]}
    assert "error" in by_id["c.txt"] and "no copy" in by_id["c.txt"]["error"]
    assert "findings" in by_id["a.txt"] and "findings" in by_id["b.txt"]
    assert result.stderr.count("reconcile: error:") == 2


@pytest.mark.parametrize("kind", ["csv", "toml", "jsonl"])
def test_manifest_formats(folders: Path, kind: str) -> None:
    rows = [("first", "orig/a.txt", "copy/a.txt"), ("second", "orig/b.txt", "copy/b.txt")]
    if kind == "csv":
        text = "original,copy,id\n" + "".join(f"{a},{b},{i}\n" for i, a, b in rows)
    elif kind == "toml":
        text = "".join(
            f'[[pair]]\nid = "{i}"\noriginal = "{a}"\ncopy = "{b}"\n' for i, a, b in rows
        )
    else:
        text = "".join(json.dumps({"id": i, "original": a, "copy": b}) + "\n" for i, a, b in rows)
    manifest = folders / f"pairs.{kind}"
    manifest.write_text(text)
    result = run(["check", "--manifest", str(manifest), "--format", "json"], folders / "orig")
    assert result.returncode == 1, result.stderr
    assert [p["id"] for p in json.loads(result.stdout)["pairs"]] == ["first", "second"]


def test_baseline_suppresses_and_keeps_findings_visible(folders: Path) -> None:
    base = folders / "accepted.json"
    write = run(["check", "orig", "copy", "--baseline", str(base), "--update-baseline"], folders)
    assert write.returncode == 0 and base.exists()
    again = run(["check", "orig", "copy", "--baseline", str(base), "--format", "json"], folders)
    assert again.returncode == 0
    findings = [f for p in json.loads(again.stdout)["pairs"] for f in p["findings"]]
    assert findings and all(f.get("suppressed") for f in findings)
    text = run(["check", "orig", "copy", "--baseline", str(base)], folders)
    assert "accepted in baseline" in text.stdout


def test_fingerprint_ignores_offsets_but_not_the_sentence() -> None:
    report = compare(A1, B1)
    (finding,) = report.findings
    moved = compare("Gold was flat.\n" + A1, "Gold was flat.\n" + B1)
    (moved_finding,) = moved.findings
    assert fingerprint(report, finding) == fingerprint(moved, moved_finding)
    other = compare(A1, B1.replace("traders said", "dealers said"))
    assert fingerprint(other, other.findings[0]) != fingerprint(report, finding)


def test_baseline_round_trip(tmp_path: Path) -> None:
    report = compare(A1, B1)
    path = tmp_path / "b.json"
    path.write_text(baseline_text([report]))
    accepted = load_baseline(str(path))
    suppressed = apply_baseline(report, accepted)
    assert suppressed.worst() is None and suppressed.suppressed() == 1
    assert len(suppressed.findings) == len(report.findings)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("bogus = 1", "tool.reconcile.bogus: unknown key"),
        ('fail-on = "loud"', "tool.reconcile.fail-on"),
        ('select = ["R999"]', "no rule code starts with 'R999'"),
        ('severity = {R101 = "fatal"}', "tool.reconcile.severity"),
        ("threshold = 2", "tool.reconcile.threshold"),
        ('boilerplate = ["(unclosed"]', "not a regular expression"),
    ],
)
def test_bad_configuration_is_exit_2_with_file_key_and_reason(
    folders: Path, body: str, message: str
) -> None:
    (folders / "pyproject.toml").write_text(f"[tool.reconcile]\n{body}\n")
    result = run(["check", "orig", "copy"], folders)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "pyproject.toml" in lines[0] and message in lines[0]


def test_configuration_is_found_upwards_and_applied(folders: Path) -> None:
    (folders / "reconcile.toml").write_text('fail-on = "never"\nignore = ["R1"]\n')
    nested = folders / "orig"
    assert find_config(nested) == folders / "reconcile.toml"
    config = load_config(folders / "reconcile.toml", frozenset(RULES))
    assert config.fail_on == "never" and config.ignore == ("R1",)
    result = run(["diff", "a.txt", "../copy/a.txt", "--format", "json"], nested)
    assert result.returncode == 0
    assert json.loads(result.stdout)["findings"] == []
    flag = run(["diff", "a.txt", "../copy/a.txt", "--fail-on", "error", "--ignore", "R2"], nested)
    assert flag.returncode == 1  # the command line overrides the file


def test_severity_override_aliases_and_boilerplate(tmp_path: Path) -> None:
    (tmp_path / "reconcile.toml").write_text(
        'severity = {R101 = "info"}\n'
        'aliases = {"Meridian Wire" = ["MW"]}\n'
        'boilerplate = ["^Follow us"]\n'
    )
    config = load_config(tmp_path / "reconcile.toml", frozenset(RULES))
    assert ("MW", "Meridian Wire") in config.aliases
    (tmp_path / "a.txt").write_text(A1 + "Follow us on the wire.\n")
    (tmp_path / "b.txt").write_text(B1)
    result = run(["diff", "a.txt", "b.txt", "--format", "json"], tmp_path)
    data = json.loads(result.stdout)
    assert result.returncode == 0
    assert {f["rule"]: f["severity"] for f in data["findings"]}["R101"] == "info"
    roles = [s["role"] for s in data["documents"][0]["sentences"]]
    assert roles == ["body", "boilerplate"]


def test_missing_config_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        load_config(tmp_path / "nope.toml", frozenset(RULES))
