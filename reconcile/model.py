"""Frozen values that flow through the pipeline, from loaded text to the final report."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import IntEnum, StrEnum


class Severity(IntEnum):
    """How much a finding matters; ordered so that comparisons mean "at least as bad"."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        """Return the lower-case name used in JSON and on the command line."""
        return self.name.lower()

    @classmethod
    def parse(cls, label: str) -> Severity:
        """Return the severity named by ``label`` (``error``, ``warning`` or ``info``)."""
        try:
            return cls[label.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {label!r}") from None


class Kind(StrEnum):
    """The kind of fact a finding is about (the contract's fixed list)."""

    NUMBER = "number"
    DATE = "date"
    RANK = "rank"
    NEGATION = "negation"
    ENTITY = "entity"
    QUOTE = "quote"
    HEDGE = "hedge"
    ATTRIBUTION = "attribution"
    OMISSION = "omission"
    ADDITION = "addition"


class Role(StrEnum):
    """What a segmented unit is: a body sentence or one of the lines that frame a story."""

    BODY = "body"
    HEADLINE = "headline"
    DATELINE = "dateline"
    DATE = "date"
    BYLINE = "byline"
    CREDIT = "credit"
    COPYRIGHT = "copyright"
    OUTLET = "outlet"
    CAPTION = "caption"
    BOILERPLATE = "boilerplate"

    @property
    def is_boilerplate(self) -> bool:
        """Return whether units of this role frame the story rather than tell it."""
        return self is not Role.BODY


@dataclass(frozen=True, slots=True)
class Settings:
    """What a configuration adds to the built-in knowledge: boilerplate lines and name aliases.

    ``boilerplate`` holds regular expressions searched in each line; ``aliases`` pairs a name
    with the one spelling it stands for.
    """

    boilerplate: tuple[str, ...] = ()
    aliases: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    """A version of a story as loaded: where it came from and its decoded text."""

    path: str
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """One segmented unit with its character span in the document text."""

    index: int
    start: int
    end: int
    text: str
    role: Role = Role.BODY


@dataclass(frozen=True, slots=True)
class Document:
    """A version of a story split into sentences."""

    path: str
    text: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class Group:
    """Sentences of A and B that say the same thing; one side empty for an omission or addition."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float | None = None

    @property
    def op(self) -> str:
        """Return difflib's name for the group: equal, replace, delete or insert."""
        if not self.b:
            return "delete"
        if not self.a:
            return "insert"
        return "equal" if self.score is not None and self.score >= 0.999 else "replace"


@dataclass(frozen=True, slots=True)
class Fact:
    """A fact found in one sentence: its span, its kind, and a normalised, comparable value.

    ``key`` says what the value measures (a currency, a unit, "percent", "rank"), so that only
    like facts are compared; ``value`` is the normalised value; ``display`` shows it to people.
    ``attrs`` carries kind-specific details (precision, hedge, reading of a rank) as sorted pairs.
    """

    kind: Kind
    start: int
    end: int
    text: str
    key: str
    value: float | int | str | None
    display: str
    attrs: tuple[tuple[str, str], ...] = ()

    @classmethod
    def matched(
        cls,
        kind: Kind,
        m: re.Match[str],
        offset: int,
        key: str,
        value: str,
        display: str,
        attrs: tuple[tuple[str, str], ...] = (),
    ) -> Fact:
        """Return the fact for the whole of match ``m`` in a sentence starting at ``offset``."""
        return cls(
            kind, offset + m.start(), offset + m.end(), m.group(0), key, value, display, attrs
        )

    def attr(self, name: str, default: str = "") -> str:
        """Return the kind-specific detail ``name``, or ``default`` when absent."""
        for k, v in self.attrs:
            if k == name:
                return v
        return default

    def step(self) -> float:
        """Return the precision the writer used, in the fact's normalised unit."""
        try:
            return float(self.attr("step", "1"))
        except ValueError:
            return 1.0

    def written_to(self) -> float:
        """Return the precision of a figure in a unit of measure, read from its trailing zeros.

        "6,500 km" is written to the hundred kilometres, "4,900 feet" to the hundred feet: a
        conversion is rounded as far as its figure is.
        """
        unit = self.step()
        if not isinstance(self.value, float | int) or unit <= 0:
            return unit
        figure = round(float(self.value) / unit)
        if not math.isclose(figure * unit, float(self.value), rel_tol=1e-9):
            return unit
        while figure and figure % 10 == 0:
            figure //= 10
            unit *= 10
        return unit


@dataclass(frozen=True, slots=True)
class Span:
    """Where a finding sits in one version: the sentence index and a character span."""

    sentence: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Finding:
    """A reported difference between the versions."""

    code: str
    name: str
    kind: Kind
    severity: Severity
    a: Span | None
    b: Span | None
    message: str
    group: int
    subkind: str | None = None
    values: tuple[str, str] | None = None
    suppressed: bool = False


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a renderer needs: both documents, the alignment and the findings."""

    a: Document
    b: Document
    groups: tuple[Group, ...]
    findings: tuple[Finding, ...]

    def summary(self) -> dict[str, int]:
        """Return the number of active findings at each severity, keyed by label.

        Findings suppressed by a baseline are not counted here; ``suppressed`` counts them.
        """
        counts = {s.label: 0 for s in sorted(Severity, reverse=True)}
        for f in self.findings:
            if not f.suppressed:
                counts[f.severity.label] += 1
        return counts

    def suppressed(self) -> int:
        """Return how many findings a baseline suppressed."""
        return sum(1 for f in self.findings if f.suppressed)

    def worst(self) -> Severity | None:
        """Return the highest severity among active findings, or None when there are none."""
        return max((f.severity for f in self.findings if not f.suppressed), default=None)


@dataclass(frozen=True, slots=True)
class PairResult:
    """The outcome of checking one pair of a batch: a report, or the reason there is none."""

    id: str
    a_path: str
    b_path: str
    report: Report | None
    error: str | None = None
