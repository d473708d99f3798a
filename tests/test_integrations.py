"""The pre-commit hook, run by the real pre-commit in a real git repo; the action's commands."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        env={
            **os.environ,
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@example.invalid",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.invalid",
        },
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_hook_runs_reconcile_check(tmp_path: Path) -> None:
    beside = Path(sys.executable).parent / "pre-commit"
    pre_commit = str(beside) if beside.exists() else shutil.which("pre-commit")
    if pre_commit is None:
        pytest.skip("pre-commit is not installed (pip install -e '.[dev]')")
    # A copy of this repository as it is now, committed, so the hook sees the working tree.
    hook_repo = tmp_path / "reconcile-repo"
    shutil.copytree(
        ROOT,
        hook_repo,
        ignore=shutil.ignore_patterns(
            ".git",
            ".venv",
            "*.egg-info",
            "__pycache__",
            ".mypy_cache",
            ".ruff_cache",
            ".pytest_cache",
            ".hypothesis",
            "benchmarks",
        ),
    )
    git(hook_repo, "init", "-q")
    git(hook_repo, "add", "-A")
    git(hook_repo, "commit", "-q", "-m", "snapshot")
    rev = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=hook_repo, capture_output=True, text=True, check=True
    ).stdout.strip()

    project = tmp_path / "desk"
    (project / "originals").mkdir(parents=True)
    (project / "syndicated").mkdir()
    (project / "originals" / "story.txt").write_text("Copper rose 3% on Monday, traders said.\n")
    (project / "syndicated" / "story.txt").write_text("Copper rose 3% on Monday, traders said.\n")
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repo}\n    rev: {rev}\n    hooks:\n"
        f"      - id: reconcile-check\n        args: [originals, syndicated]\n"
    )
    git(project, "init", "-q")
    git(project, "add", "-A")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    clean = subprocess.run(
        [pre_commit, "run", "--all-files"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "reconcile" in clean.stdout and "Passed" in clean.stdout

    (project / "syndicated" / "story.txt").write_text("Copper rose 4% on Monday, traders said.\n")
    git(project, "add", "-A")
    failed = subprocess.run(
        [pre_commit, "run", "--all-files"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert failed.returncode == 1
    assert "Failed" in failed.stdout and "R101" in failed.stdout


def test_hook_definition() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "reconcile-check"
    assert hook["entry"] == "reconcile check" and hook["pass_filenames"] is False


def test_action_runs_the_commands_the_readme_documents() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    script = "\n".join(step.get("run", "") for step in action["runs"]["steps"])
    readme = (ROOT / "README.md").read_text()
    commands = re.findall(r"^reconcile check .*$", script, re.M)
    assert len(commands) == 3
    documented = re.findall(r"^reconcile check \"\$ORIGINALS\" .*$", readme, re.M)
    normalise = {
        "${{ inputs.originals }}": "$ORIGINALS",
        "${{ inputs.copies }}": "$COPIES",
        "${{ inputs.args }}": "$ARGS",
        "${{ inputs.sarif-file }}": "reconcile.sarif",
    }
    for command in commands:
        for k, v in normalise.items():
            command = command.replace(k, v)
        assert command in documented, command
    uses = [step.get("uses", "") for step in action["runs"]["steps"]]
    assert any(u.startswith("github/codeql-action/upload-sarif") for u in uses)
