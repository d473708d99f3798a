"""Batch benchmark: pairs per second of ``reconcile check`` on 1 and on 2 worker processes.

Builds 1,000 article pairs from ``../shared/data/onestopenglish`` (Adv/Int, Adv/Ele and Int/Ele
versions of the same article, cycled), writes them to two temporary folders and times the real
command line. Run ``python -m benchmarks.batch [--pairs N] [--jobs 1,2]``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OSE = ROOT.parent / "shared" / "data" / "onestopenglish" / "Texts-SeparatedByReadingLevel"
RESULTS = ROOT / "benchmarks" / "results"


def build(folder: Path, count: int) -> int:
    """Write ``count`` original/copy pairs under ``folder``; return the sentences written."""
    names = sorted(p.name[: -len("-adv.txt")] for p in (OSE / "Adv-Txt").glob("*-adv.txt"))
    levels = [("Adv", "Int"), ("Adv", "Ele"), ("Int", "Ele")]
    combos = [
        (n, a, b)
        for a, b in levels
        for n in names
        if (OSE / f"{a}-Txt" / f"{n}-{a.lower()}.txt").exists()
        and (OSE / f"{b}-Txt" / f"{n}-{b.lower()}.txt").exists()
    ]
    (folder / "originals").mkdir()
    (folder / "copies").mkdir()
    for i, (name, a, b) in enumerate(itertools.islice(itertools.cycle(combos), count)):
        file = f"{i:04d}.txt"
        original = (OSE / f"{a}-Txt" / f"{name}-{a.lower()}.txt").read_bytes()
        copy = (OSE / f"{b}-Txt" / f"{name}-{b.lower()}.txt").read_bytes()
        (folder / "originals" / file).write_bytes(original)
        (folder / "copies" / file).write_bytes(copy)
    return count


def time_check(folder: Path, jobs: int) -> float:
    """Return the wall time of one ``reconcile check`` over the folder with ``jobs`` workers."""
    started = time.perf_counter()
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "reconcile",
            "check",
            "originals",
            "copies",
            "--format",
            "jsonl",
            "--fail-on",
            "never",
            "-j",
            str(jobs),
        ],
        cwd=folder,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    if run.returncode != 0:
        raise SystemExit(f"reconcile check failed ({run.returncode}): {run.stderr.strip()}")
    lines = run.stdout.count("\n")
    if lines != len(list((folder / "copies").iterdir())):
        raise SystemExit(f"expected one JSON line per pair, got {lines}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    """Build the batch, time it per worker count, print and save the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=1000)
    parser.add_argument("--jobs", default="1,2")
    args = parser.parse_args(argv)
    if not OSE.exists():
        print("skipped: ../shared/data/onestopenglish is absent")
        return 0
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build(folder, args.pairs)
        for jobs in (int(j) for j in args.jobs.split(",")):
            seconds = time_check(folder, jobs)
            figures[jobs] = {
                "seconds": round(seconds, 2),
                "pairs_per_second": round(args.pairs / seconds, 1),
            }
            print(
                f"{args.pairs} pairs, {jobs} worker(s): {seconds:.1f} s, "
                f"{args.pairs / seconds:.1f} pairs/s"
            )
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "batch.json").write_text(
        json.dumps({"pairs": args.pairs, "jobs": figures}, indent=2) + "\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
