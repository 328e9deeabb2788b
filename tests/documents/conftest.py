from __future__ import annotations

from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "data" / "docs"


@pytest.fixture
def docs() -> Path:
    return DOCS
