"""Rules R2xx: years and durations that differ between versions."""

from __future__ import annotations

from collections.abc import Iterator

from reconcile.model import Kind, Severity
from reconcile.rules.numbers import quantity_hits
from reconcile.rules.registry import Hit, Pair, Rule, register

R = Severity
RULES = (
    Rule(
        "R201",
        "date-mismatch",
        Kind.DATE,
        R.ERROR,
        "A year or a duration differs between the versions.",
        flag=(
            ("The tariff was imposed in 2023.", "The tariff was imposed in 2022."),
            ("The truce will last 30 days.", "The truce will last 60 days."),
        ),
        keep=(("The loan runs for 24 months.", "The loan runs for two years."),),
    ),
    Rule(
        "R202",
        "date-reworded",
        Kind.DATE,
        R.INFO,
        'The same year or duration is written differently ("24 months" and "two years").',
        flag=(("The loan runs for 24 months.", "The loan runs for two years."),),
        keep=(("The loan runs for 24 months.", "The loan runs for 24 months."),),
    ),
    Rule(
        "R203",
        "date-dropped",
        Kind.DATE,
        R.WARNING,
        "A year or duration in A has no counterpart anywhere in B.",
        flag=(
            ("Shipments stopped in 2023 after the tariff.", "Shipments stopped after the tariff."),
        ),
        keep=(("Shipments stopped in 2023.", "In 2023 shipments stopped."),),
    ),
    Rule(
        "R204",
        "date-added",
        Kind.DATE,
        R.WARNING,
        "A year or duration in B has no counterpart anywhere in A.",
        flag=(
            ("Shipments stopped after the tariff.", "Shipments stopped in 2023 after the tariff."),
        ),
        keep=(("Shipments stopped in 2023.", "In 2023 shipments stopped."),),
    ),
    Rule(
        "R205",
        "date-moved",
        Kind.DATE,
        R.INFO,
        "A year or duration of the aligned passage appears in another part of the other version.",
        flag=(("Exports fell in 2023. Prices rose.", "Exports fell. Prices rose in 2023."),),
        keep=(("Exports fell in 2023.", "Exports fell in 2023."),),
    ),
)
_CODES = {
    "differs": "R201",
    "reworded": "R202",
    "rounded": "R202",
    "dropped": "R203",
    "added": "R204",
    "moved": "R205",
    "points": "R201",
}


@register(*RULES)
def check_dates(pair_: Pair) -> Iterator[Hit]:
    """Compare the years and durations of the two sides of an aligned group."""
    yield from quantity_hits(pair_, Kind.DATE, _CODES)
