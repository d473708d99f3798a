"""Shared fixtures: the seed articles (read from ../shared, never copied) and golden files."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SEED_A = SEEDS / "000_bdaad68bb3b2643d.txt"
SEED_B = SEEDS / "001_a6b758921966bb65.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite golden files from current output"
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def seed_paths() -> tuple[Path, Path]:
    if not (SEED_A.exists() and SEED_B.exists()):
        pytest.skip("../shared/seeds is absent: the seed articles are not in this checkout")
    return SEED_A, SEED_B
