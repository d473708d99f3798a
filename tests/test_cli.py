"""The command line: exit statuses, stdout/stderr discipline, input decoding, JSON contract."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

import reconcile
from reconcile import cli

SCHEMA_PATH = Path(reconcile.__file__).resolve().parent / "schema" / "report.schema.json"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")

STORY_A = (
    "Northfield Mining agreed to sell its Chilean copper unit for $4.15 billion,"
    " the company said on Tuesday.\n"
    "The deal values the unit at 12 times its annual earnings.\n"
    "Shares rose 3.2% in early trading in Toronto.\n"
    "The unit employs 2,400 people in the Atacama region.\n"
)
# Only the amount changed: an error.
STORY_B = STORY_A.replace("$4.15 billion", "$4.5 billion")
# Only the wording of the amount changed: info.
INFO_A = "Acme raised $6.2bn in the offering, the company said on Monday.\n"
INFO_B = "Acme raised $6.2 billion in the offering, the company said on Monday.\n"
# A hedge dropped: a warning and nothing worse.
WARN_A = "The deal values the unit at about 12 times its annual earnings.\n"
WARN_B = "The deal values the unit at 12 times its annual earnings.\n"
# Accented text for the encoding tests.
LATIN = "José Pérez, 61, said the café in Valparaíso raised £4.5 million in 2024.\n"


# --- helpers ------------------------------------------------------------------------------


def write(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))
    return str(path)


def run_cli(
    *args: str,
    cwd: Path,
    input: bytes | None = None,
    timeout: float = 60,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m reconcile`` in a real subprocess, outside any configuration file."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR")}
    full_env["NO_COLOR"] = "1"
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "reconcile", *args],
        input=input if input is not None else b"",
        capture_output=True,
        cwd=cwd,
        env=full_env,
        timeout=timeout,
        check=False,
    )
    return subprocess.CompletedProcess(
        proc.args,
        proc.returncode,
        proc.stdout.decode("utf-8", errors="replace"),
        proc.stderr.decode("utf-8", errors="replace"),
    )


def assert_trouble(proc: subprocess.CompletedProcess[str] | tuple[int, str, str]) -> str:
    """Assert exit 2 with one 'reconcile: error:' line on stderr and nothing on stdout."""
    if isinstance(proc, tuple):
        code, out, err = proc
    else:
        code, out, err = proc.returncode, proc.stdout, proc.stderr
    assert code == 2, (code, out, err)
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("reconcile: error:"), err
    assert err.endswith("\n")
    return lines[0]


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in-process calls from an empty folder, so no configuration file is found."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    return tmp_path


def main(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    captured = capsys.readouterr()
    return int(code), captured.out, captured.err


def json_report(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code, out, err = main([*argv, "--format", "json"], capsys)
    assert code in (0, 1), err
    return code, json.loads(out)


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def check_comparison(obj: dict[str, Any], texts: tuple[str, str]) -> None:
    """Check one comparison object against the decoded texts of its two documents."""
    docs = obj["documents"]
    assert len(docs) == 2
    for doc, text in zip(docs, texts, strict=True):
        for k, s in enumerate(doc["sentences"]):
            assert s["index"] == k
            assert 0 <= s["start"] <= s["end"] <= len(text)
            assert text[s["start"] : s["end"]] == s["text"]
    for side, doc in zip("ab", docs, strict=True):
        seen = Counter(i for g in obj["alignment"] for i in g[side])
        assert seen == Counter(s["index"] for s in doc["sentences"]), side
    for f in obj["findings"]:
        for side, text in zip("ab", texts, strict=True):
            span = f[side]
            if span is None:
                continue
            assert text[span["start"] : span["end"]] == span["text"]
            sentence = docs["ab".index(side)]["sentences"][span["sentence"]]
            assert sentence["start"] <= span["start"] <= span["end"] <= sentence["end"]
        assert f["a"] is not None or f["b"] is not None
    counts = Counter(f["severity"] for f in obj["findings"] if not f.get("suppressed"))
    assert obj["summary"] == {s: counts.get(s, 0) for s in ("error", "warning", "info")}


# --- exit statuses ------------------------------------------------------------------------


def test_identical_versions_exit_0(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", STORY_A)
    proc = run_cli("diff", a, a, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert proc.stdout.rstrip().splitlines()[-1].startswith("summary:")


def test_changed_number_exits_1(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", STORY_A)
    b = write(tmp_path, "b.txt", STORY_B)
    proc = run_cli("diff", a, b, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == ""
    assert "$4.15 billion" in proc.stdout
    assert "$4.5 billion" in proc.stdout
    assert "error" in proc.stdout


@pytest.mark.parametrize(
    ("pair", "fail_on", "expected"),
    [
        # An error fails at every level but never.
        (("STORY_A", "STORY_B"), None, 1),
        (("STORY_A", "STORY_B"), "error", 1),
        (("STORY_A", "STORY_B"), "warning", 1),
        (("STORY_A", "STORY_B"), "info", 1),
        (("STORY_A", "STORY_B"), "never", 0),
        # A warning fails at warning (the default) and info only.
        (("WARN_A", "WARN_B"), None, 1),
        (("WARN_A", "WARN_B"), "error", 0),
        (("WARN_A", "WARN_B"), "warning", 1),
        (("WARN_A", "WARN_B"), "info", 1),
        (("WARN_A", "WARN_B"), "never", 0),
        # An info finding fails only at info.
        (("INFO_A", "INFO_B"), None, 0),
        (("INFO_A", "INFO_B"), "error", 0),
        (("INFO_A", "INFO_B"), "warning", 0),
        (("INFO_A", "INFO_B"), "info", 1),
        (("INFO_A", "INFO_B"), "never", 0),
        # No findings never fail.
        (("STORY_A", "STORY_A"), "info", 0),
        (("STORY_A", "STORY_A"), "never", 0),
    ],
)
def test_fail_on_levels(
    in_tmp: Path,
    capsys: pytest.CaptureFixture[str],
    pair: tuple[str, str],
    fail_on: str | None,
    expected: int,
) -> None:
    a = write(in_tmp, "a.txt", globals()[pair[0]])
    b = write(in_tmp, "b.txt", globals()[pair[1]])
    argv = ["diff", a, b] + (["--fail-on", fail_on] if fail_on else [])
    code, out, err = main(argv, capsys)
    assert code == expected, (out, err)
    assert err == ""


def test_worst_severity_of_the_fixtures(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The parametrised exit statuses above rely on each fixture's worst severity.
    for a_text, b_text, worst in [
        (STORY_A, STORY_B, "error"),
        (WARN_A, WARN_B, "warning"),
        (INFO_A, INFO_B, "info"),
    ]:
        a = write(in_tmp, "a.txt", a_text)
        b = write(in_tmp, "b.txt", b_text)
        _, obj = json_report(["diff", a, b], capsys)
        summary = obj["summary"]
        assert summary[worst] >= 1
        order = ["error", "warning", "info"]
        assert all(summary[s] == 0 for s in order[: order.index(worst)])


def test_fail_on_through_subprocess(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", INFO_A)
    b = write(tmp_path, "b.txt", INFO_B)
    assert run_cli("diff", a, b, cwd=tmp_path).returncode == 0
    assert run_cli("diff", a, b, "--fail-on", "info", cwd=tmp_path).returncode == 1
    a = write(tmp_path, "a.txt", STORY_A)
    b = write(tmp_path, "b.txt", STORY_B)
    assert run_cli("diff", a, b, "--fail-on", "never", cwd=tmp_path).returncode == 0


# --- bad input: exit 2, one line on stderr ------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", STORY_A)
    line = assert_trouble(run_cli("diff", a, str(tmp_path / "nope.txt"), cwd=tmp_path))
    assert "nope.txt" in line


def test_directory(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", STORY_A)
    (tmp_path / "folder").mkdir()
    line = assert_trouble(run_cli("diff", a, str(tmp_path / "folder"), cwd=tmp_path))
    assert "folder" in line


def test_binary_content(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", STORY_A)
    b = write(tmp_path, "b.bin", b"Shares rose\x00\x01\x02 3.2%.\n")
    line = assert_trouble(run_cli("diff", a, b, cwd=tmp_path))
    assert "binary" in line


def test_undecodable_bytes_name_offset_and_encoding(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", STORY_A)
    data = LATIN.encode("latin-1")
    offset = data.index("é".encode("latin-1"))
    b = write(tmp_path, "latin.txt", data)
    line = assert_trouble(run_cli("diff", a, b, cwd=tmp_path))
    assert f"offset {offset}" in line
    assert "--encoding" in line
    assert "latin.txt" in line


def test_undecodable_offset_counts_the_bom(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", STORY_A)
    data = b"\xef\xbb\xbfShares rose \xff 3.2%.\n"
    b = write(tmp_path, "b.txt", data)
    offset = data.index(b"\xff")
    line = assert_trouble(run_cli("diff", a, b, cwd=tmp_path))
    assert f"offset {offset}" in line


def test_unknown_encoding(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = write(in_tmp, "a.txt", STORY_A)
    line = assert_trouble(main(["diff", a, a, "--encoding", "klingon-8"], capsys))
    assert "klingon-8" in line


@pytest.mark.parametrize(
    "extra",
    [
        ["--no-such-option"],
        ["--format", "xml"],
        ["--format"],
        ["--fail-on", "sometimes"],
        ["--threshold", "2"],
        ["--select", "R999"],
        ["--select", "R101,ZZZ"],
        ["--ignore", "Q1"],
    ],
)
def test_bad_options(in_tmp: Path, capsys: pytest.CaptureFixture[str], extra: list[str]) -> None:
    a = write(in_tmp, "a.txt", STORY_A)
    b = write(in_tmp, "b.txt", STORY_B)
    assert_trouble(main(["diff", a, b, *extra], capsys))


def test_bad_option_through_subprocess(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", STORY_A)
    assert_trouble(run_cli("diff", a, a, "--no-such-option", cwd=tmp_path))
    line = assert_trouble(run_cli("diff", a, a, "--format", "xml", cwd=tmp_path))
    assert "xml" in line
    line = assert_trouble(run_cli("diff", a, a, "--select", "R999", cwd=tmp_path))
    assert "R999" in line


def test_only_one_path(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", STORY_A)
    assert_trouble(run_cli("diff", a, cwd=tmp_path))


def test_no_path(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert_trouble(main(["diff"], capsys))


def test_two_stdin_paths(tmp_path: Path) -> None:
    line = assert_trouble(run_cli("diff", "-", "-", cwd=tmp_path, input=STORY_A.encode("utf-8")))
    assert "'-'" in line or "standard input" in line


def test_unknown_command(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert_trouble(main(["frobnicate", "a", "b"], capsys))


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root reads files whatever their mode, so chmod 000 cannot make one unreadable",
)
def test_unreadable_file(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", STORY_A)
    b = write(tmp_path, "b.txt", STORY_B)
    os.chmod(b, 0)
    try:
        line = assert_trouble(run_cli("diff", a, b, cwd=tmp_path))
    finally:
        os.chmod(b, 0o644)
    assert "b.txt" in line


# --- accepted input -----------------------------------------------------------------------


def test_stdin_as_version_b(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", STORY_A)
    proc = run_cli("diff", a, "-", "--format", "json", cwd=tmp_path, input=STORY_B.encode())
    assert proc.returncode == 1, proc.stderr
    obj = json.loads(proc.stdout)
    assert obj["documents"][1]["path"] == "<stdin>"
    check_comparison(obj, (STORY_A, STORY_B))
    assert any(f["kind"] == "number" and f["severity"] == "error" for f in obj["findings"])


def test_stdin_as_reference(tmp_path: Path) -> None:
    b = write(tmp_path, "b.txt", STORY_A)
    proc = run_cli("diff", "-", b, cwd=tmp_path, input=STORY_A.encode())
    assert proc.returncode == 0, proc.stderr
    assert "<stdin>" in proc.stdout


def test_latin1_with_encoding_option(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", LATIN.encode("latin-1"))
    b = write(tmp_path, "b.txt", LATIN.replace("61", "62").encode("latin-1"))
    proc = run_cli("diff", a, b, "--encoding", "latin-1", "-f", "json", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    obj = json.loads(proc.stdout)
    assert obj["documents"][0]["sentences"][0]["text"] == LATIN.strip()
    check_comparison(obj, (LATIN, LATIN.replace("61", "62")))


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], codec: str
) -> None:
    data = STORY_A.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    a = write(in_tmp, "a.txt", data)
    b = write(in_tmp, "b.txt", STORY_A)
    code, obj = json_report(["diff", a, b], capsys)
    assert code == 0
    check_comparison(obj, (STORY_A, STORY_A))


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_utf8_bom_removed_and_offsets_slice_decoded_text(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], newline: str
) -> None:
    text_a = STORY_A.replace("\n", newline)
    text_b = STORY_B.replace("\n", newline)
    a = write(in_tmp, "a.txt", b"\xef\xbb\xbf" + text_a.encode("utf-8"))
    b = write(in_tmp, "b.txt", b"\xef\xbb\xbf" + text_b.encode("utf-8"))
    code, obj = json_report(["diff", a, b], capsys)
    assert code == 1
    check_comparison(obj, (text_a, text_b))
    sentences = obj["documents"][0]["sentences"]
    assert sentences[0]["start"] == 0  # the BOM is not counted
    assert not sentences[0]["text"].startswith("\ufeff")
    assert [s["text"] for s in sentences] == STORY_A.strip().split("\n")
    number = next(f for f in obj["findings"] if f["kind"] == "number")
    assert number["a"]["text"] == "$4.15 billion"
    assert text_a[number["a"]["start"] : number["a"]["end"]] == "$4.15 billion"
    assert text_b[number["b"]["start"] : number["b"]["end"]] == "$4.5 billion"


def test_bom_and_crlf_through_subprocess(tmp_path: Path) -> None:
    text_b = STORY_B.replace("\n", "\r\n")
    a = write(tmp_path, "a.txt", STORY_A)
    b = write(tmp_path, "b.txt", b"\xef\xbb\xbf" + text_b.encode("utf-8"))
    proc = run_cli("diff", a, b, "--format", "json", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    check_comparison(json.loads(proc.stdout), (STORY_A, text_b))


@pytest.mark.parametrize("empty_side", ["a", "b"])
def test_empty_version_reports_every_sentence(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], empty_side: str
) -> None:
    texts = {"a": STORY_A, "b": STORY_A}
    texts[empty_side] = ""
    a = write(in_tmp, "a.txt", texts["a"])
    b = write(in_tmp, "b.txt", texts["b"])
    code, obj = json_report(["diff", a, b], capsys)
    check_comparison(obj, (texts["a"], texts["b"]))
    full = "b" if empty_side == "a" else "a"
    n = len(obj["documents"]["ab".index(full)]["sentences"])
    assert n == 4
    assert obj["documents"]["ab".index(empty_side)]["sentences"] == []
    assert all(g[empty_side] == [] for g in obj["alignment"])
    reported = sorted(f[full]["sentence"] for f in obj["findings"])
    assert reported == list(range(n))
    assert {f["kind"] for f in obj["findings"]} == {"omission" if full == "a" else "addition"}
    worst = "warning" if obj["summary"]["warning"] else "info"
    assert code == (1 if worst == "warning" else 0)


def test_empty_against_empty(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", "")
    proc = run_cli("diff", a, a, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    proc = run_cli("diff", a, a, "--format", "json", cwd=tmp_path)
    obj = json.loads(proc.stdout)
    assert obj["alignment"] == []
    assert obj["findings"] == []


# --- large input: no hang -----------------------------------------------------------------


def test_megabyte_line_without_punctuation(tmp_path: Path) -> None:
    words = ["copper", "mine", "workers", "strike", "output", "the", "said", "in", "Chile"]
    line = " ".join(words[(i * 7) % len(words)] for i in range(200_000))[:1_000_000]
    a = write(tmp_path, "a.txt", STORY_A)
    b = write(tmp_path, "big.txt", line)
    proc = run_cli("diff", a, b, cwd=tmp_path, timeout=60)
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr


def _digit_line(size: int) -> str:
    return " ".join(str((i * 7919) % 100_000) for i in range(size // 3))[:size]


def test_megabyte_line_of_digits(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", STORY_A)
    b = write(tmp_path, "digits.txt", _digit_line(1_000_000))
    proc = run_cli("diff", a, b, cwd=tmp_path, timeout=60)
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr


def test_line_of_digits_against_itself_does_not_hang(tmp_path: Path) -> None:
    # 100 KB: some 17,000 figures in one passage, every one paired; weighing each pair of them
    # for a swap would take minutes.
    a = write(tmp_path, "digits.txt", _digit_line(100_000))
    proc = run_cli("diff", a, a, cwd=tmp_path, timeout=30)
    assert proc.returncode == 0, proc.stderr


# --- JSON ---------------------------------------------------------------------------------


def test_json_is_one_document_valid_against_the_schema(
    tmp_path: Path, validator: Draft202012Validator
) -> None:
    a = write(tmp_path, "a.txt", STORY_A)
    b = write(tmp_path, "b.txt", STORY_B)
    proc = run_cli("diff", a, b, "--format", "json", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stderr == ""
    obj = json.loads(proc.stdout)  # the whole of stdout is one JSON document
    errors = sorted(validator.iter_errors(obj), key=str)
    assert not errors, errors
    assert obj["version"] == 1
    assert [d["path"] for d in obj["documents"]] == [a, b]
    check_comparison(obj, (STORY_A, STORY_B))
    number = [f for f in obj["findings"] if f["kind"] == "number"]
    assert len(number) == 1
    assert number[0]["severity"] == "error"
    assert number[0]["a"]["text"] == "$4.15 billion"
    assert number[0]["b"]["text"] == "$4.5 billion"
    assert obj["summary"]["error"] == 1


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        (STORY_A, STORY_A),
        (STORY_A, ""),
        (INFO_A, INFO_B),
        (WARN_A + STORY_A, STORY_B + "Reuters could not verify the figures.\n"),
        ("By Jane Reporter\n" + STORY_A + "© 2025 Wire. All rights reserved.\n", STORY_B),
    ],
)
def test_json_schema_and_partition_in_process(
    in_tmp: Path,
    capsys: pytest.CaptureFixture[str],
    validator: Draft202012Validator,
    a_text: str,
    b_text: str,
) -> None:
    a = write(in_tmp, "a.txt", a_text)
    b = write(in_tmp, "b.txt", b_text)
    _, obj = json_report(["diff", a, b], capsys)
    assert not list(validator.iter_errors(obj))
    check_comparison(obj, (a_text, b_text))


def test_three_versions_give_the_batch_form(
    tmp_path: Path, validator: Draft202012Validator
) -> None:
    texts = {"a.txt": STORY_A, "b.txt": STORY_B, "c.txt": STORY_A.replace("3.2%", "2.3%")}
    paths = [write(tmp_path, name, text) for name, text in texts.items()]
    proc = run_cli("diff", *paths, "--format", "json", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    obj = json.loads(proc.stdout)
    assert not list(validator.iter_errors(obj))
    assert obj["reference"] == paths[0]
    assert len(obj["comparisons"]) == 2
    for comparison, other in zip(obj["comparisons"], ["b.txt", "c.txt"], strict=True):
        assert [d["path"] for d in comparison["documents"]] == [paths[0], str(tmp_path / other)]
        check_comparison(comparison, (STORY_A, texts[other]))
    total = {
        s: sum(c["summary"][s] for c in obj["comparisons"]) for s in ("error", "warning", "info")
    }
    assert obj["summary"] == total


def test_three_versions_text(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", STORY_A)
    paths = [a, a, write(tmp_path, "c.txt", STORY_A)]
    proc = run_cli("diff", *paths, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr


# --- internal errors ----------------------------------------------------------------------


def _boom(*args: object, **kwargs: object) -> None:
    raise RuntimeError("kaboom")


def test_internal_error_exits_3(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "compare_sources", _boom)
    a = write(in_tmp, "a.txt", STORY_A)
    code, out, err = main(["diff", a, a], capsys)
    assert code == 3
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("reconcile: error:")
    assert "RuntimeError" in lines[0]
    assert "kaboom" in lines[0]
    assert "--debug" in lines[0]


def test_internal_error_exits_3_even_with_fail_on_never(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "compare_sources", _boom)
    a = write(in_tmp, "a.txt", STORY_A)
    code, _, _ = main(["diff", a, a, "--fail-on", "never", "--format", "json"], capsys)
    assert code == 3


def test_internal_error_with_debug_shows_traceback(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "compare_sources", _boom)
    a = write(in_tmp, "a.txt", STORY_A)
    code, out, err = main(["diff", a, a, "--debug"], capsys)
    assert code == 3
    assert out == ""
    assert "Traceback" in err
    assert "RuntimeError: kaboom" in err
    assert err.splitlines()[-1].startswith("reconcile: error:")


# --- help and version ---------------------------------------------------------------------


def test_app_help(tmp_path: Path) -> None:
    proc = run_cli("--help", cwd=tmp_path)
    assert proc.returncode == 0
    assert "diff" in proc.stdout
    assert proc.stderr == ""


def test_diff_help_has_an_example(tmp_path: Path) -> None:
    proc = run_cli("diff", "--help", cwd=tmp_path)
    assert proc.returncode == 0
    assert "Example:" in proc.stdout
    assert "--fail-on" in proc.stdout
    assert proc.stderr == ""


def test_diff_help_in_process(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = main(["diff", "--help"], capsys)
    assert code == 0
    assert "Example:" in out


def test_version(tmp_path: Path) -> None:
    proc = run_cli("--version", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"reconcile {reconcile.__version__}"


def test_version_before_a_command(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = main(["--version", "rules"], capsys)
    assert code == 0
    assert out.strip() == f"reconcile {reconcile.__version__}"


# --- text output --------------------------------------------------------------------------


def test_text_output_has_no_ansi_with_no_color(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", STORY_A)
    b = write(tmp_path, "b.txt", STORY_B)
    proc = run_cli("diff", a, b, cwd=tmp_path, env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert proc.returncode == 1
    assert not ANSI.search(proc.stdout)
    assert "\x1b" not in proc.stdout
    assert proc.stdout.endswith("\n")
    last = proc.stdout.rstrip("\n").splitlines()[-1]
    assert last.startswith("summary:")
    assert "1 error" in last


def test_color_flag_does_add_ansi(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The check above would pass vacuously if colour never worked.
    a = write(in_tmp, "a.txt", STORY_A)
    b = write(in_tmp, "b.txt", STORY_B)
    code, out, _ = main(["diff", a, b, "--color"], capsys)
    assert code == 1
    assert ANSI.search(out)


def test_text_output_summary_line_when_clean(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = write(in_tmp, "a.txt", STORY_A)
    code, out, err = main(["diff", a, a], capsys)
    assert code == 0
    assert err == ""
    assert not ANSI.search(out)
    assert out.rstrip("\n").splitlines()[-1].startswith("summary:")
