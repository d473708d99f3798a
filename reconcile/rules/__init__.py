"""Comparison rules; importing this package registers every rule module in ``REGISTRY``."""

from __future__ import annotations

# Each module registers its rules on import; a new kind of fact is one more module here.
from reconcile.rules import (
    attributions,
    dates,
    entities,
    hedges,
    negation,
    numbers,
    omissions,
    quotes,
    ranks,
)
from reconcile.rules.registry import CHECKS, RULES, Hit, Pair, Rule, Side

__all__ = [
    "CHECKS",
    "RULES",
    "Hit",
    "Pair",
    "Rule",
    "Side",
    "attributions",
    "dates",
    "entities",
    "hedges",
    "negation",
    "numbers",
    "omissions",
    "quotes",
    "ranks",
]
