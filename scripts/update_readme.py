"""Regenerate the README's demo output and rule table from the real program."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ["samples/copper/original.txt", "samples/copper/rewrite.txt"]


def block(name: str, body: str, text: str) -> str:
    """Return ``text`` with the marked block ``name`` replaced by ``body``."""
    pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)", re.S)
    return pattern.sub(lambda m: m.group(1) + body + m.group(2), text)


def main() -> None:
    """Run the demo, build the rule table and write both into README.md."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    run = subprocess.run(
        [sys.executable, "-m", "reconcile", "diff", *DEMO],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
    )
    demo = (
        f"```console\n$ reconcile diff {' '.join(DEMO)}\n{run.stdout}$ echo $?\n"
        f"{run.returncode}\n```\n"
    )
    from reconcile.rules import RULES

    rows = ["| code | name | kind | default | what it flags |", "|---|---|---|---|---|"]
    for code in sorted(RULES):
        r = RULES[code]
        rows.append(
            f"| {r.code} | `{r.name}` | {r.kind.value} | {r.severity.label} | "
            f"{r.summary.replace('|', '/')} |"
        )
    readme = ROOT / "README.md"
    text = readme.read_text()
    text = block("demo", demo, text)
    text = block("rules", "\n".join(rows) + "\n", text)
    readme.write_text(text)


if __name__ == "__main__":
    main()
