"""Performance benchmark: the seed pair as a process, and how ``compare`` scales with length.

Run ``python -m benchmarks.perf`` from the repository root. Two measurements:

1. the seed pair end to end as a process, start-up included: ``python -m reconcile diff`` on
   ``../shared/seeds/000_*.txt`` and ``001_*.txt`` (the interpreter is ``sys.executable``), run
   after two warm-up runs; median, min and max wall time. Target: median under 0.5 s.
2. ``reconcile.compare(a, b)`` in-process on long documents (500, 1,000, 2,000 and 4,000
   sentences per side by default) built from the OneStopEnglish Adv/Int pairs in
   ``../shared/data``: side A concatenates Adv articles sorted by name until it holds the wanted
   number of sentences, side B the Int versions of the same articles. Each size runs in a fresh
   subprocess; the median wall time of its runs and the process's peak resident set size
   (``resource.getrusage(RUSAGE_SELF).ru_maxrss``) are reported. Targets: each doubling of the
   length costs at most 2.5 times the time, and 4,000 sentences take under 5 s.

A readable table goes to stdout and a JSON summary to ``benchmarks/results/perf.json``.
``--quick`` runs fewer repetitions, ``--sizes 500,1000`` picks the sizes, and ``--check`` makes
the exit status 1 when a target is missed (without it the exit status is 0 whatever the times).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SEED_A = SEEDS / "000_bdaad68bb3b2643d.txt"
SEED_B = SEEDS / "001_a6b758921966bb65.txt"
OSE = SHARED / "data" / "onestopenglish" / "Texts-SeparatedByReadingLevel"
RESULTS = ROOT / "benchmarks" / "results" / "perf.json"

DEFAULT_SIZES = (500, 1000, 2000, 4000)
SEED_TARGET_S = 0.5
DOUBLING_TARGET = 2.5
LARGEST_TARGET_N = 4000
LARGEST_TARGET_S = 5.0
MEMORY_METHOD = "peak RSS of a fresh subprocess: resource.getrusage(RUSAGE_SELF).ru_maxrss"


# ---------------------------------------------------------------- seed pair as a process


def measure_seed(runs: int, warmup: int) -> dict[str, Any]:
    """Time ``python -m reconcile diff`` on the seed pair ``runs`` times after ``warmup`` runs."""
    command = [
        sys.executable,
        "-m",
        "reconcile",
        "diff",
        os.path.relpath(SEED_A, ROOT),
        os.path.relpath(SEED_B, ROOT),
    ]
    times: list[float] = []
    exit_code = 0
    for i in range(warmup + runs):
        started = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, capture_output=True, check=False)
        elapsed = time.perf_counter() - started
        if done.returncode not in (0, 1):  # 0 clean, 1 findings; anything else is a failure
            stderr = done.stderr.decode("utf-8", "replace").strip()
            raise RuntimeError(f"{' '.join(command)} exited {done.returncode}: {stderr}")
        exit_code = done.returncode
        if i >= warmup:
            times.append(elapsed)
    return {
        "command": " ".join(["python", *command[1:]]),
        "runs": runs,
        "warmup": warmup,
        "exit_code": exit_code,
        "median_s": statistics.median(times),
        "min_s": min(times),
        "max_s": max(times),
        "times_s": times,
    }


# ---------------------------------------------------------------- long documents


def _articles() -> list[tuple[str, str]]:
    """Return (Adv text, Int text) for every article with both versions, sorted by name."""
    pairs: list[tuple[str, str]] = []
    for adv in sorted((OSE / "Adv-Txt").glob("*-adv.txt")):
        name = adv.name.removesuffix("-adv.txt")
        inter = OSE / "Int-Txt" / f"{name}-int.txt"
        if inter.exists():
            pairs.append(
                (adv.read_text(encoding="utf-8-sig"), inter.read_text(encoding="utf-8-sig"))
            )
    return pairs


def _paragraphs(text: str) -> list[str]:
    """Return the non-blank lines of an article: in this corpus each line is a paragraph."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def count_sentences(text: str, path: str = "a") -> int:
    """Return how many units ``reconcile.segment`` finds in ``text``."""
    from reconcile.model import Source
    from reconcile.segment import segment

    return len(segment(Source(path, text)).sentences)


def build_pair(n: int) -> tuple[str, str]:
    """Return texts A (Adv articles) and B (their Int versions) with about ``n`` sentences in A.

    Whole articles are added in name order while they fit; the last article is cut after the
    paragraph that reaches ``n``, and B keeps the same share of that article's paragraphs.
    """
    a_parts: list[str] = []
    b_parts: list[str] = []
    total = 0
    for adv, inter in _articles():
        if total >= n:
            break
        adv_paras, int_paras = _paragraphs(adv), _paragraphs(inter)
        count = count_sentences("\n\n".join(adv_paras))
        if total + count <= n:
            a_parts.extend(adv_paras)
            b_parts.extend(int_paras)
            total += count
            continue
        kept = 0
        for para in adv_paras:
            if total >= n:
                break
            total += count_sentences(para)
            kept += 1
        share = round(len(int_paras) * kept / len(adv_paras))
        a_parts.extend(adv_paras[:kept])
        b_parts.extend(int_paras[: max(share, 1)])
    if total < n:
        raise RuntimeError(f"the corpus holds only {total} sentences, fewer than {n}")
    return "\n\n".join(a_parts) + "\n", "\n\n".join(b_parts) + "\n"


def _maxrss_mb() -> float:
    """Return this process's peak resident set size in MB (ru_maxrss is KB on Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def measure_size_here(n: int, runs: int) -> dict[str, Any]:
    """Build the pair for ``n`` and time ``compare`` ``runs`` times in this process."""
    from reconcile import compare

    a_text, b_text = build_pair(n)
    rss_before = _maxrss_mb()
    times: list[float] = []
    report = None
    for _ in range(runs):
        started = time.perf_counter()
        report = compare(a_text, b_text, a_path="a", b_path="b")
        times.append(time.perf_counter() - started)
    assert report is not None
    return {
        "target_sentences": n,
        "sentences_a": len(report.a.sentences),
        "sentences_b": len(report.b.sentences),
        "chars_a": len(a_text),
        "chars_b": len(b_text),
        "groups": len(report.groups),
        "findings": len(report.findings),
        "runs": runs,
        "median_s": statistics.median(times),
        "times_s": times,
        "rss_before_compare_mb": rss_before,
        "peak_rss_mb": _maxrss_mb(),
    }


def measure_size(n: int, runs: int) -> dict[str, Any]:
    """Run :func:`measure_size_here` for ``n`` in a fresh interpreter so peak RSS is its own."""
    command = [sys.executable, "-m", "benchmarks.perf", "--worker", str(n), "--runs", str(runs)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"size {n} failed (exit {done.returncode}): {done.stderr.strip()}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def add_ratios(sizes: list[dict[str, Any]]) -> None:
    """Set each size's time ratio to the previous size, and whether that step is a doubling."""
    for previous, current in itertools.pairwise(sizes):
        current["ratio"] = current["median_s"] / previous["median_s"]
        current["doubling"] = current["target_sentences"] == 2 * previous["target_sentences"]


# ---------------------------------------------------------------- targets and output


def check_targets(seed: dict[str, Any] | None, sizes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return one entry per target that could be measured, with its value and whether it held."""
    targets: list[dict[str, Any]] = []
    if seed is not None:
        targets.append(
            {
                "target": f"seed pair median < {SEED_TARGET_S} s",
                "value": round(seed["median_s"], 3),
                "met": seed["median_s"] < SEED_TARGET_S,
            }
        )
    for size in sizes:
        if size.get("doubling"):
            targets.append(
                {
                    "target": f"{size['target_sentences']} vs "
                    f"{size['target_sentences'] // 2} sentences: ratio <= {DOUBLING_TARGET}",
                    "value": round(size["ratio"], 2),
                    "met": size["ratio"] <= DOUBLING_TARGET,
                }
            )
        if size["target_sentences"] == LARGEST_TARGET_N:
            targets.append(
                {
                    "target": f"{LARGEST_TARGET_N} sentences < {LARGEST_TARGET_S} s",
                    "value": round(size["median_s"], 3),
                    "met": size["median_s"] < LARGEST_TARGET_S,
                }
            )
    return targets


def print_table(
    seed: dict[str, Any] | None, sizes: list[dict[str, Any]], targets: list[dict[str, Any]]
) -> None:
    """Print the measurements and targets as plain-text tables."""
    if seed is not None:
        print(f"\nSeed pair as a process ({seed['runs']} runs after {seed['warmup']} warm-up)")
        print(f"  {seed['command']}  (exit {seed['exit_code']})")
        print(
            f"  median {seed['median_s']:.3f} s   min {seed['min_s']:.3f} s   "
            f"max {seed['max_s']:.3f} s"
        )
    if sizes:
        print("\ncompare(a, b) in-process (median of runs; memory = peak RSS of a fresh process)")
        header = (
            f"  {'target':>6}  {'sent A':>6}  {'sent B':>6}  {'runs':>4}  {'median s':>9}  "
            f"{'peak MB':>8}  {'ratio':>6}"
        )
        print(header)
        print("  " + "-" * (len(header) - 2))
        for size in sizes:
            ratio = f"{size['ratio']:.2f}x" if "ratio" in size else "-"
            print(
                f"  {size['target_sentences']:>6}  {size['sentences_a']:>6}  "
                f"{size['sentences_b']:>6}  {size['runs']:>4}  {size['median_s']:>9.3f}  "
                f"{size['peak_rss_mb']:>8.1f}  {ratio:>6}"
            )
    if targets:
        print("\nTargets")
        for target in targets:
            mark = "ok  " if target["met"] else "MISS"
            print(f"  {mark}  {target['target']}  (measured {target['value']})")


def machine() -> dict[str, Any]:
    """Describe where the benchmark ran."""
    return {
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "executable": sys.executable,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; return 1 under ``--check`` when a target is missed, else 0."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.perf",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument(
        "--sizes",
        default=",".join(str(n) for n in DEFAULT_SIZES),
        help="comma-separated sentence counts per side (default: %(default)s)",
    )
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--json", type=Path, default=RESULTS, help="where to write the summary")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker is not None:  # one size in this fresh process; the parent reads the JSON
        print(json.dumps(measure_size_here(args.worker, args.runs)))
        return 0

    try:
        sizes_wanted = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    except ValueError:
        parser.error(f"--sizes wants comma-separated integers, got {args.sizes!r}")
    seed_runs, seed_warmup, size_runs = (5, 1, 1) if args.quick else (15, 2, 3)

    seed: dict[str, Any] | None = None
    skipped: list[str] = []
    missing_seeds = [p for p in (SEED_A, SEED_B) if not p.is_file()]
    if missing_seeds:
        reason = f"seed pair skipped: {', '.join(str(p) for p in missing_seeds)} not found"
        skipped.append(reason)
    else:
        print(f"seed pair: {seed_warmup} warm-up + {seed_runs} runs ...", file=sys.stderr)
        seed = measure_seed(seed_runs, seed_warmup)

    sizes: list[dict[str, Any]] = []
    if not (OSE / "Adv-Txt").is_dir() or not (OSE / "Int-Txt").is_dir():
        reason = f"document sizes skipped: OneStopEnglish Adv-Txt/Int-Txt not found under {OSE}"
        skipped.append(reason)
    else:
        for n in sizes_wanted:
            print(f"size {n}: {size_runs} run(s) in a fresh process ...", file=sys.stderr)
            sizes.append(measure_size(n, size_runs))
        add_ratios(sizes)

    targets = check_targets(seed, sizes)
    print_table(seed, sizes, targets)
    for reason in skipped:
        print(f"\n{reason}")

    summary = {
        "benchmark": "perf",
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "quick": args.quick,
        "memory_method": MEMORY_METHOD,
        "seed": seed,
        "sizes": sizes,
        "targets": targets,
        "all_targets_met": all(t["met"] for t in targets),
        "skipped": skipped,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"\nsummary written to {args.json}")

    if args.check and not summary["all_targets_met"]:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
