"""The command line: parse options, call the library, render, and choose the exit status."""

from __future__ import annotations

import os
import sys
import traceback
from enum import IntEnum, StrEnum
from typing import Annotated

import typer

from reconcile import __version__
from reconcile.align import THRESHOLD
from reconcile.errors import ConfigError, InputError, ReconcileError
from reconcile.judge import Selection
from reconcile.load import load
from reconcile.model import Report, Severity
from reconcile.pipeline import compare_sources
from reconcile.render import Format
from reconcile.render import json as json_render
from reconcile.render import rules as rules_render
from reconcile.render import text as text_render
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


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    """Align versions of a news story and report where their facts disagree."""
    if version:
        typer.echo(f"reconcile {__version__}")
        raise typer.Exit(0)


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
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.TEXT,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 when a finding is at least this severe.")
    ] = FailOn.WARNING,
    show_all: Annotated[
        bool, typer.Option("--all", help="Show every aligned group, not only those with findings.")
    ] = False,
    select: Annotated[
        str, typer.Option("--select", help="Only these rule codes or prefixes (comma-separated).")
    ] = "",
    ignore: Annotated[
        str, typer.Option("--ignore", help="Skip these rule codes or prefixes (comma-separated).")
    ] = "",
    encoding: Annotated[
        str | None, typer.Option("--encoding", help="Decode inputs with this codec, not UTF-8.")
    ] = None,
    threshold: Annotated[
        float,
        typer.Option("--threshold", min=0.0, max=1.0, help="Lowest score of an aligned group."),
    ] = THRESHOLD,
    color: Annotated[
        bool | None,
        typer.Option("--color/--no-color", help="Force colour on or off (default: if a terminal)."),
    ] = None,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks of internal errors.")
    ] = False,
) -> None:
    """Compare versions of a story: every version against the reference A.

    Example: reconcile diff samples/copper/original.txt samples/copper/rewrite.txt
    """
    if len(paths) < 2:
        raise ConfigError("diff needs at least two versions: A B [C ...]")
    if paths.count("-") > 1:
        raise InputError("standard input ('-') can stand for one version only")
    selection = Selection(select=_codes(select), ignore=_codes(ignore))
    sources = [load(p, encoding=encoding) for p in paths]
    reports = [
        compare_sources(sources[0], other, selection=selection, threshold=threshold)
        for other in sources[1:]
    ]
    if fmt is Format.JSON:
        output = json_render.render(reports)
    else:
        output = text_render.render(reports, show_all=show_all, color=_use_color(color))
    sys.stdout.write(output)
    sys.stdout.flush()
    raise typer.Exit(int(exit_code(reports, fail_on)))


@app.command(epilog="Example: reconcile rules --format json")
def rules(
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.TEXT,
) -> None:
    """List every rule with its code, kind, default severity and explanation.

    Example: reconcile rules --format json
    """
    sys.stdout.write(rules_render.render(list(RULES.values()), fmt))


def exit_code(reports: list[Report], fail_on: FailOn) -> ExitCode:
    """Return 1 when any finding is at least as severe as ``fail_on``, else 0."""
    if fail_on is FailOn.NEVER:
        return ExitCode.CLEAN
    bar = Severity.parse(fail_on.value)
    worst = max((r.worst() or 0 for r in reports), default=0)
    return ExitCode.FINDINGS if worst >= bar else ExitCode.CLEAN


def _codes(raw: str) -> tuple[str, ...]:
    codes = tuple(c.strip().upper() for c in raw.split(",") if c.strip())
    for code in codes:
        if not any(rule.startswith(code) for rule in RULES):
            raise ConfigError(f"no rule code starts with {code!r} (see the rule list in README)")
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
