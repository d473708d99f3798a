"""The command line: parse options, call the library, render, and choose the exit status."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from reconcile import __version__, batch
from reconcile.align import THRESHOLD
from reconcile.baseline import apply_baseline, baseline_text, load_baseline
from reconcile.config import Config, find_config, load_config
from reconcile.errors import ConfigError, InputError, ReconcileError
from reconcile.judge import Selection
from reconcile.load import load
from reconcile.model import PairResult, Report, Settings, Severity
from reconcile.pipeline import compare_sources
from reconcile.render import Format, render
from reconcile.render import rules as rules_render
from reconcile.rules import RULES


class ExitCode(IntEnum):
    """Exit statuses, as diff(1) and linters use them."""

    CLEAN = 0
    FINDINGS = 1
    TROUBLE = 2
    INTERNAL = 3


class FailOn(StrEnum):
    """The lowest severity that makes the run fail."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    NEVER = "never"


app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    # Locals would print article text into CI logs.
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    help="Align versions of a news story and report where their facts disagree.",
)


@app.callback(invoke_without_command=True)
def _root(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    """Align versions of a news story and report where their facts disagree."""
    if version:
        typer.echo(f"reconcile {__version__}")
        raise typer.Exit(0)
    if ctx.invoked_subcommand is None:
        raise ConfigError("a command is needed: diff, check or rules (see reconcile --help)")


# Options shared by diff and check; a value left unset falls back to the configuration file.
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
FailOnOpt = Annotated[
    FailOn | None,
    typer.Option("--fail-on", help="Exit 1 when a finding is this severe [default: warning]."),
]
SelectOpt = Annotated[
    str | None,
    typer.Option("--select", help="Only these rule codes or prefixes (comma-separated)."),
]
IgnoreOpt = Annotated[
    str | None,
    typer.Option("--ignore", help="Skip these rule codes or prefixes (comma-separated)."),
]
EncodingOpt = Annotated[
    str | None, typer.Option("--encoding", help="Decode inputs with this codec, not UTF-8.")
]
ThresholdOpt = Annotated[
    float | None,
    typer.Option(
        "--threshold", min=0.0, max=1.0, help=f"Lowest alignment score [default: {THRESHOLD}]."
    ),
]
ConfigOpt = Annotated[
    str | None,
    typer.Option(
        "--config",
        help="Configuration file (default: reconcile.toml or pyproject.toml found upwards).",
    ),
]
ColorOpt = Annotated[
    bool | None,
    typer.Option("--color/--no-color", help="Force colour on or off (default: if a terminal)."),
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")]
BaselineOpt = Annotated[
    str | None,
    typer.Option("--baseline", help="Accepted findings: shown as suppressed, never fail."),
]
UpdateBaselineOpt = Annotated[
    bool,
    typer.Option("--update-baseline", help="Write every current finding to --baseline and exit 0."),
]


@dataclass(frozen=True)
class RunOptions:
    """Command-line options merged over the configuration file."""

    fail_on: FailOn
    selection: Selection
    threshold: float
    settings: Settings


def _options(
    config: str | None,
    fail_on: FailOn | None,
    select: str | None,
    ignore: str | None,
    threshold: float | None,
) -> RunOptions:
    path = Path(config) if config else find_config(Path.cwd())
    cfg = load_config(path, frozenset(RULES)) if path else Config()
    return RunOptions(
        fail_on=fail_on or FailOn(cfg.fail_on),
        selection=Selection(
            select=_codes(select) if select is not None else cfg.select,
            ignore=_codes(ignore) if ignore is not None else cfg.ignore,
            severities=cfg.severity,
        ),
        threshold=threshold if threshold is not None else (cfg.threshold or THRESHOLD),
        settings=Settings(boilerplate=cfg.boilerplate, aliases=cfg.aliases),
    )


@app.command(
    epilog="Example: reconcile diff samples/copper/original.txt samples/copper/rewrite.txt"
)
def diff(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="A B [C ...]",
            help="The reference version A, then the versions to check against it ('-' = stdin).",
            show_default=False,
        ),
    ],
    fmt: FormatOpt = Format.TEXT,
    fail_on: FailOnOpt = None,
    show_all: Annotated[
        bool, typer.Option("--all", help="Show every aligned group, not only those with findings.")
    ] = False,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    encoding: EncodingOpt = None,
    threshold: ThresholdOpt = None,
    config: ConfigOpt = None,
    baseline: BaselineOpt = None,
    update_baseline: UpdateBaselineOpt = False,
    color: ColorOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Compare versions of a story: every version against the reference A.

    Example: reconcile diff samples/copper/original.txt samples/copper/rewrite.txt
    """
    if len(paths) < 2:
        raise ConfigError("diff needs at least two versions: A B [C ...]")
    if paths.count("-") > 1:
        raise InputError("standard input ('-') can stand for one version only")
    opts = _options(config, fail_on, select, ignore, threshold)
    sources = [load(p, encoding=encoding) for p in paths]
    results = [
        PairResult(
            other.path,
            sources[0].path,
            other.path,
            compare_sources(
                sources[0],
                other,
                selection=opts.selection,
                threshold=opts.threshold,
                settings=opts.settings,
            ),
        )
        for other in sources[1:]
    ]
    _finish(results, fmt, opts, baseline, update_baseline, show_all=show_all, color=color)


@app.command(epilog="Example: reconcile check originals/ syndicated/ --format github")
def check(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[ORIGINALS COPIES]",
            help="Two folders whose files pair up by relative path.",
            show_default=False,
        ),
    ] = None,
    manifest: Annotated[
        str | None, typer.Option("--manifest", help="CSV, TOML or JSON Lines list of pairs.")
    ] = None,
    pattern: Annotated[
        str, typer.Option("--glob", help="Which files of the folders to pair.")
    ] = "*.txt",
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per core).")
    ] = 0,
    fmt: FormatOpt = Format.TEXT,
    fail_on: FailOnOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    encoding: EncodingOpt = None,
    threshold: ThresholdOpt = None,
    config: ConfigOpt = None,
    baseline: BaselineOpt = None,
    update_baseline: UpdateBaselineOpt = False,
    color: ColorOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Check many pairs of originals and copies, on all cores, as a CI step.

    Example: reconcile check originals/ syndicated/ --format github
    """
    opts = _options(config, fail_on, select, ignore, threshold)
    tasks, missing = _tasks(paths or [], manifest, pattern, encoding, opts)
    results = missing + batch.run(
        tasks, jobs=jobs or batch.default_jobs(), progress=_progress(len(tasks))
    )
    results.sort(key=lambda r: r.id)
    _finish(
        results, fmt, opts, baseline, update_baseline, show_all=False, color=color, is_batch=True
    )


def _tasks(
    paths: list[str], manifest: str | None, pattern: str, encoding: str | None, opts: RunOptions
) -> tuple[list[batch.Task], list[PairResult]]:
    if manifest and paths:
        raise ConfigError("give either two folders or --manifest, not both")
    if manifest:
        rows: list[tuple[str, str, str | None]] = list(batch.from_manifest(manifest))
    elif len(paths) == 2:
        rows = batch.from_folders(paths[0], paths[1], pattern)
    else:
        raise ConfigError("check needs two folders (ORIGINALS COPIES) or --manifest FILE")
    tasks, missing = [], []
    for pair_id, a, b in rows:
        if not a or not b:
            where = a or b
            reason = "no original for this copy" if not a else "no copy of this original"
            missing.append(PairResult(pair_id, a, b or "", None, f"{where}: {reason}"))
            continue
        tasks.append(
            batch.Task(pair_id, a, b, encoding, opts.selection, opts.threshold, opts.settings)
        )
    return tasks, missing


def _finish(
    results: list[PairResult],
    fmt: Format,
    opts: RunOptions,
    baseline: str | None,
    update_baseline: bool,
    *,
    show_all: bool,
    color: bool | None,
    is_batch: bool = False,
) -> None:
    reports = [r.report for r in results if r.report is not None]
    if update_baseline:
        if not baseline:
            raise ConfigError("--update-baseline needs --baseline FILE")
        Path(baseline).write_text(baseline_text(reports), encoding="utf-8")
        sys.stderr.write(
            f"reconcile: wrote {sum(len(r.findings) for r in reports)} findings to {baseline}\n"
        )
        raise typer.Exit(int(ExitCode.CLEAN))
    if baseline:
        accepted = load_baseline(baseline)
        results = [
            replace(r, report=apply_baseline(r.report, accepted)) if r.report else r
            for r in results
        ]
    sys.stdout.write(
        render(results, fmt, batch=is_batch, show_all=show_all, color=_use_color(color))
    )
    sys.stdout.flush()
    if any(r.error for r in results):
        for r in results:
            if r.error:
                sys.stderr.write(f"reconcile: error: {r.error}\n")
        raise typer.Exit(int(ExitCode.TROUBLE))
    raise typer.Exit(int(exit_code([r.report for r in results if r.report], opts.fail_on)))


def _progress(total: int) -> Callable[[int], None] | None:
    """Return a progress callback drawing a bar on a terminal's stderr, or None."""
    if total < 2 or not sys.stderr.isatty():
        return None
    from rich.progress import Progress

    bar = Progress(console=Console(stderr=True), transient=True)
    task = bar.add_task("checking", total=total)
    bar.start()
    done = [0]

    def advance(n: int) -> None:
        done[0] += n
        bar.update(task, advance=n)
        if done[0] >= total:
            bar.stop()

    return advance


@app.command(epilog="Example: reconcile rules --format json")
def rules(
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.TEXT,
) -> None:
    """List every rule with its code, kind, default severity and explanation.

    Example: reconcile rules --format json
    """
    sys.stdout.write(rules_render.render(list(RULES.values()), fmt))


def exit_code(reports: list[Report], fail_on: FailOn) -> ExitCode:
    """Return 1 when any active finding is at least as severe as ``fail_on``, else 0."""
    if fail_on is FailOn.NEVER:
        return ExitCode.CLEAN
    bar = Severity.parse(fail_on.value)
    worst = max((r.worst() or 0 for r in reports), default=0)
    return ExitCode.FINDINGS if worst >= bar else ExitCode.CLEAN


def _codes(raw: str) -> tuple[str, ...]:
    codes = tuple(c.strip().upper() for c in raw.split(",") if c.strip())
    for code in codes:
        if not any(rule.startswith(code) for rule in RULES):
            raise ConfigError(f"no rule code starts with {code!r} (see: reconcile rules)")
    return codes


def _use_color(flag: bool | None) -> bool:
    if flag is not None:
        return flag
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty() and os.environ.get("TERM") != "dumb"


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status; never let a traceback through."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    try:
        result = app(args=args, prog_name="reconcile", standalone_mode=False)
    except typer.Exit as exc:
        return int(exc.exit_code)
    except typer.TyperException as exc:  # usage errors: bad option, missing argument
        message = " ".join(exc.format_message().split())
        if message:  # an empty message is "no arguments": the help was already shown
            _error(message)
        return ExitCode.TROUBLE
    except ReconcileError as exc:
        _error(str(exc))
        return ExitCode.TROUBLE
    except typer.Abort:
        _error("interrupted")
        return ExitCode.TROUBLE
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        # The reader went away (``| head``); nothing more to say.
        sys.stderr.close()
        return ExitCode.CLEAN
    except Exception as exc:  # an internal error must never look like "findings" (exit 1)
        if debug:
            traceback.print_exc()
        _error(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for details)")
        return ExitCode.INTERNAL
    return int(result) if isinstance(result, int) else ExitCode.CLEAN


def _error(message: str) -> None:
    sys.stderr.write(f"reconcile: error: {message}\n")


def run() -> None:
    """Entry point of the console script."""
    sys.exit(main())
