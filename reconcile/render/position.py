"""Place character offsets and findings in the lines and columns of their documents."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from reconcile.model import Finding, PairResult, Report, Span

_BREAK = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Map character offsets of one text to 1-based lines and columns in O(log lines)."""

    __slots__ = ("_length", "_starts")

    def __init__(self, text: str) -> None:
        # "\r\n" is one break: the regex tries it before a lone "\r".
        self._starts = [0, *(m.end() for m in _BREAK.finditer(text))]
        self._length = len(text)

    def line_col(self, offset: int) -> tuple[int, int]:
        """Return the 1-based line and column (in characters) of ``offset``."""
        if not 0 <= offset <= self._length:
            raise ValueError(f"offset {offset} outside text of length {self._length}")
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1


@lru_cache(maxsize=8)
def _index(text: str) -> LineIndex:
    return LineIndex(text)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """Return the 1-based line and column (in characters) of ``offset`` in ``text``.

    A line ends at LF, CR LF or a lone CR. The line starts of recent texts are cached, so
    many lookups on one text stay cheap.
    """
    return _index(text).line_col(offset)


@dataclass(frozen=True, slots=True)
class Location:
    """A span of one document as lines and columns; the end column is exclusive."""

    path: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str


class Locator:
    """Turn the spans of one report's findings into locations in A or B."""

    __slots__ = ("_a", "_b", "_report")

    def __init__(self, report: Report) -> None:
        self._report = report
        self._a = LineIndex(report.a.text)
        self._b = LineIndex(report.b.text)

    def a(self, span: Span) -> Location:
        """Return where ``span`` sits in the original (A)."""
        return _location(self._report.a.path, self._a, span.start, span.end, span.text)

    def b(self, span: Span) -> Location:
        """Return where ``span`` sits in the copy (B)."""
        return _location(self._report.b.path, self._b, span.start, span.end, span.text)

    def primary(self, finding: Finding) -> Location:
        """Return the finding's place in the copy, or in the original when B has no span."""
        if finding.b is not None:
            return self.b(finding.b)
        if finding.a is not None:
            return self.a(finding.a)
        return _location(self._report.b.path, self._b, 0, 0, "")

    def a_sentence(self, finding: Finding) -> Location | None:
        """Return the whole A sentence of ``finding``, or None when A has no span."""
        if finding.a is None:
            return None
        s = self._report.a.sentences[finding.a.sentence]
        return _location(self._report.a.path, self._a, s.start, s.end, s.text)


def error_path(pair: PairResult) -> str:
    """Return the path to report a failed pair at: A, else B, else the pair's id."""
    return pair.a_path or pair.b_path or pair.id


def error_message(pair: PairResult) -> str:
    """Return why ``pair`` has no report."""
    return pair.error or "no report and no reason given"


def _location(path: str, index: LineIndex, start: int, end: int, text: str) -> Location:
    line, column = index.line_col(start)
    end_line, end_column = index.line_col(end)
    return Location(path, start, end, line, column, end_line, end_column, text)
