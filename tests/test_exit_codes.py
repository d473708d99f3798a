"""Exit statuses and stdout/stderr through a real subprocess, as CI jobs see them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reconcile import cli

A = "Revenue rose to $4.15 billion in the quarter, the company said.\n"
B = "Revenue rose to $4.5 billion in the quarter, the company said.\n"
INFO_ONLY = ("The deal is worth $6.2bn.\n", "The deal is worth $6.2 billion.\n")


def run(
    *args: str, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reconcile", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=120,
    )


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, text in {"a": A, "b": B, "i1": INFO_ONLY[0], "i2": INFO_ONLY[1]}.items():
        out[name] = tmp_path / f"{name}.txt"
        out[name].write_text(text)
    return out


def test_identical_versions_exit_0(files: dict[str, Path]) -> None:
    result = run("diff", str(files["a"]), str(files["a"]))
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.rstrip().splitlines()[-1].startswith("summary: 0 errors")
    assert "\x1b[" not in result.stdout  # NO_COLOR: no escape codes


def test_changed_amount_exits_1(files: dict[str, Path]) -> None:
    assert run("diff", str(files["a"]), str(files["b"])).returncode == 1


@pytest.mark.parametrize(
    ("fail_on", "changed", "info_only"),
    [("error", 1, 0), ("warning", 1, 0), ("info", 1, 1), ("never", 0, 0)],
)
def test_fail_on(files: dict[str, Path], fail_on: str, changed: int, info_only: int) -> None:
    assert run("diff", str(files["a"]), str(files["b"]), "--fail-on", fail_on).returncode == changed
    got = run("diff", str(files["i1"]), str(files["i2"]), "--fail-on", fail_on).returncode
    assert got == info_only


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reconcile: error:"), result.stderr
    return lines[0]


def test_bad_inputs_are_one_line_and_exit_2(files: dict[str, Path], tmp_path: Path) -> None:
    a = str(files["a"])
    assert "no such file" in one_line_error(run("diff", a, str(tmp_path / "missing.txt")))
    assert "directory" in one_line_error(run("diff", a, str(tmp_path)))
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"text\x00more")
    assert "binary" in one_line_error(run("diff", a, str(binary)))
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"Caf\xe9 prices rose 3%.\n")
    message = one_line_error(run("diff", a, str(latin)))
    assert "offset 3" in message and "--encoding" in message
    assert "unknown encoding" in one_line_error(run("diff", a, a, "--encoding", "nope-9"))
    one_line_error(run("diff", a, a, "--bogus"))
    one_line_error(run("diff", a, a, "--format", "xml"))
    one_line_error(run("diff", a))
    one_line_error(run("diff", "-", "-", stdin=A))
    one_line_error(run("diff", a, a, "--select", "R999"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(files: dict[str, Path]) -> None:
    files["b"].chmod(0)
    assert "permission" in one_line_error(run("diff", str(files["a"]), str(files["b"])))


def test_accepted_inputs(files: dict[str, Path], tmp_path: Path) -> None:
    assert run("diff", "-", str(files["b"]), stdin=A).returncode == 1
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"Caf\xe9 prices rose 3%.\n")
    assert run("diff", str(latin), str(latin), "--encoding", "latin-1").returncode == 0
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(A.encode("utf-16"))
    assert run("diff", str(utf16), str(files["a"])).returncode == 0


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_json_offsets_slice_the_decoded_text(tmp_path: Path, newline: str) -> None:
    text = "Copper Hits Record" + newline + newline + A.strip() + " Zinc fell 2%." + newline
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    other = tmp_path / "other.txt"
    other.write_text(B.strip() + " Zinc fell 3%.\n")
    result = run("diff", str(path), str(other), "--format", "json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    for doc, source in zip(data["documents"], [text, other.read_text()], strict=True):
        for s in doc["sentences"]:
            assert source[s["start"] : s["end"]] == s["text"]
    for f in data["findings"]:
        if f["a"]:
            assert text[f["a"]["start"] : f["a"]["end"]] == f["a"]["text"]


def test_empty_version_reports_every_sentence(files: dict[str, Path], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("diff", str(files["a"]), str(empty), "--format", "json")
    data = json.loads(result.stdout)
    assert result.returncode == 1
    assert [f["rule"] for f in data["findings"]] == ["R901"]
    assert data["alignment"] == [{"a": [0], "b": [], "op": "delete"}]


def test_a_megabyte_line_does_not_hang(tmp_path: Path) -> None:
    words = tmp_path / "words.txt"
    words.write_text("word " * 200_000)
    numbers = tmp_path / "numbers.txt"
    numbers.write_text(" ".join(str(i) for i in range(150_000)))
    same = run("diff", str(words), str(words))
    assert same.returncode == 0, same.stderr
    different = run("diff", str(numbers), str(words), "--format", "json")
    assert different.returncode in (0, 1), different.stderr
    assert len(json.loads(different.stdout)["alignment"]) == 2  # both lines reported


def test_internal_error_exits_3_never_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("kaput")

    monkeypatch.setattr(cli, "compare_sources", boom)
    assert cli.main(["diff", str(files["a"]), str(files["b"])]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error" in err and "Traceback" not in err
    assert cli.main(["diff", str(files["a"]), str(files["b"]), "--debug"]) == 3
    assert "Traceback" in capsys.readouterr().err


def test_help_and_version() -> None:
    assert "Example:" in run("diff", "--help").stdout
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("reconcile ")
