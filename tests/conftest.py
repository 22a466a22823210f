"""Shared fixtures: the test anchor and the location of the seed corpus."""

from __future__ import annotations

import os
import pathlib

import pytest

# Saturday 12 February 2022: a weekday anchor that makes "last", "next" and tense placement visible
TEST_ANCHOR = "2022-02-12"
TEST_TZ = "Europe/Moscow"

REPO = pathlib.Path(__file__).resolve().parent.parent


def corpus_dir() -> pathlib.Path:
    return pathlib.Path(os.environ.get("NEWSTIME_CORPUS", REPO.parent / "shared" / "corpora" / "seeds"))


@pytest.fixture(scope="session")
def seeds() -> pathlib.Path:
    d = corpus_dir()
    if not (d / "gold.jsonl").exists():
        if os.environ.get("NEWSTIME_REQUIRE_CORPUS"):
            pytest.fail(f"seed corpus required (NEWSTIME_REQUIRE_CORPUS is set) but not found at {d}")
        pytest.skip(f"seed corpus not found at {d}: set NEWSTIME_CORPUS to the folder holding gold.jsonl")
    return d
