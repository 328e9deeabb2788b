"""Names of the output formats the commands offer (no rendering here: importing is cheap)."""

from __future__ import annotations

from enum import StrEnum


class ChangeFormat(StrEnum):
    text = "text"
    json = "json"
    atom = "atom"
