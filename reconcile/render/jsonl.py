"""Render each pair as one compact JSON object per line (JSON Lines), for batch pipelines."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from reconcile.model import PairResult
from reconcile.render.json import report_object
from reconcile.render.position import error_message


def render(results: Sequence[PairResult]) -> str:
    """Return one line per pair: the contract's report object plus ``id``, or the pair's error."""
    return "".join(
        json.dumps(pair_object(pair), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        + "\n"
        for pair in results
    )


def pair_object(pair: PairResult) -> dict[str, Any]:
    """Return the JSON object of one pair of a batch."""
    if pair.report is None:
        return {"id": pair.id, "a": pair.a_path, "b": pair.b_path, "error": error_message(pair)}
    return {**report_object(pair.report), "id": pair.id}
