"""Inputs to partitions ("pieces") of about a target size, without reading documents.

A JSON Lines file larger than the target is cut at line starts into byte ranges
(``documents.split_lines``); other files, and small JSON Lines files, are whole
parts, grouped into one piece until it reaches the target. Pieces are numbered
in input order, so their outputs concatenated give ``extract``'s order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from knownsofar.documents import (
    EXTENSIONS,
    STDIN,
    Format,
    LineRange,
    list_directory,
    split_lines,
    split_range,
)
from knownsofar.errors import BrokenInput, InputError, UnsupportedInput

__all__ = [
    "MAX_PIECE_BYTES",
    "MIN_PIECE_BYTES",
    "FilePart",
    "Piece",
    "piece_target",
    "plan_pieces",
    "split_piece",
    "taper",
]

MIN_PIECE_BYTES = 2 * 1024 * 1024
"""About half a second of extraction (800 news articles): Dask's own cost per task, some
7 ms of CPU between the driver and the worker, stays near 1% of it."""
MAX_PIECE_BYTES = 64 * 1024 * 1024
PIECES_PER_WORKER = 48
"""Enough pieces that the last one to finish leaves the other workers idle only briefly."""
TAPER_ROUNDS = 2
"""How many times ``taper`` halves the last pieces: the last ones are a quarter of the rest."""


@dataclass(frozen=True)
class FilePart:
    """A whole input read by ``read_documents``: ``input`` as the user named it, ``path``
    where a worker opens it (absolute, so any working directory will do)."""

    input: str
    path: str
    size: int


Part = FilePart | LineRange


@dataclass(frozen=True)
class Piece:
    """One partition: parts read one after the other by one task."""

    index: tuple[int, ...]
    parts: tuple[Part, ...]

    @property
    def size(self) -> int:
        return sum(part.size for part in self.parts)

    @property
    def name(self) -> str:
        """The file name stem of its outputs: ``part-00007``; its halves, when it is split
        again, ``part-00007-0`` and ``part-00007-1`` (names sort in input order)."""
        first, *halves = self.index
        return "-".join([f"part-{first:05d}", *map(str, halves)])

    def describe(self) -> str:
        """What the piece holds, for errors: ``a.jsonl (bytes 0-9000, from line 1)``, ``b.html``."""
        names = [_describe(part) for part in self.parts[:3]]
        more = f" and {len(self.parts) - 3} more" if len(self.parts) > 3 else ""
        return ", ".join(names) + more


def _describe(part: Part) -> str:
    if isinstance(part, LineRange):
        return f"{part.input} (bytes {part.start}-{part.end}, from line {part.first_line})"
    return part.input


def piece_target(total_bytes: int, workers: int) -> int:
    """Bytes per piece: ``PIECES_PER_WORKER`` pieces a worker, fewer where pieces would be
    under ``MIN_PIECE_BYTES``, but always the same number for every worker (equal pieces
    then end together), within the bounds."""
    workers = max(1, workers)
    per_worker = max(1, min(PIECES_PER_WORKER, total_bytes // (workers * MIN_PIECE_BYTES)))
    share = -(-total_bytes // (workers * per_worker))  # rounded up: no sliver of a piece left
    return max(MIN_PIECE_BYTES, min(MAX_PIECE_BYTES, share))


def plan_pieces(inputs: Iterable[str], target: int) -> Iterator[Piece | InputError]:
    """The pieces of the inputs in input order, and the errors of inputs that cannot be
    planned (stdin; a directory without readable files). A missing file is still a part:
    reading it reports it, as ``extract`` would."""
    index, group, size = 0, list[Part](), 0
    for part in _parts(inputs, target):
        if isinstance(part, InputError):
            yield part
            continue
        if group and (isinstance(part, LineRange) or size + part.size > target):
            yield Piece((index,), tuple(group))
            index, group, size = index + 1, [], 0
        group.append(part)
        size += part.size
        if isinstance(part, LineRange):
            yield Piece((index,), tuple(group))
            index, group, size = index + 1, [], 0
    if group:
        yield Piece((index,), tuple(group))


def taper(planned: Iterable[Piece | InputError], workers: int) -> Iterator[Piece | InputError]:
    """The planned pieces with the last ones cut smaller, so that the workers end together.

    Equal pieces end unevenly (documents differ), and every worker but the last waits for
    the last piece: up to a whole piece of time. Here the last ``workers`` pieces are cut
    in halves, and the last ``workers`` halves in halves again (``TAPER_ROUNDS``), so the
    wait is a quarter piece at most; a few more tasks, only at the end. Errors pass at once.
    """
    workers = max(1, workers)
    held: deque[Piece] = deque()
    for item in planned:
        if isinstance(item, InputError):
            yield item
            continue
        held.append(item)
        if len(held) > workers:
            yield held.popleft()
    tail = list(held)
    for _ in range(TAPER_ROUNDS):
        cut = [half for piece in tail for half in split_piece(piece) or [piece]]
        yield from cut[:-workers]
        tail = cut[-workers:]
    yield from tail


def split_piece(piece: Piece) -> list[Piece]:
    """The two halves of a piece (by parts, else by lines); [] for a single document."""
    parts = piece.parts
    if len(parts) > 1:
        middle = len(parts) // 2
        halves = [parts[:middle], parts[middle:]]
    else:
        lines = _as_lines(parts[0])
        ranges = list(split_range(lines, max(1, lines.size // 2))) if lines else []
        if len(ranges) < 2:
            return []
        halves = [tuple(ranges[:1]), tuple(ranges[1:])]
    return [Piece((*piece.index, n), half) for n, half in enumerate(halves)]


def _as_lines(part: Part) -> LineRange | None:
    """A JSON Lines part as a LineRange (a whole small file too); None for other files."""
    if isinstance(part, LineRange):
        return part
    if EXTENSIONS.get(Path(part.input).suffix.lower()) is Format.JSONL:
        return LineRange(part.input, 0, part.size, 1, part.path)
    return None


def _parts(inputs: Iterable[str], target: int) -> Iterator[Part | InputError]:
    for input in inputs:
        if input == STDIN:
            yield UnsupportedInput(input, "batch reads files; save the stream to a file first")
        elif Path(input).is_dir():
            yield from _directory_parts(Path(input), target)
        else:
            yield from _file_parts(str(Path(input)), target)


def _directory_parts(root: Path, target: int) -> Iterator[Part | InputError]:
    try:
        for item in list_directory(root):
            if isinstance(item, InputError):
                yield item
            else:
                yield from _file_parts(str(item), target)
    except InputError as e:
        yield e


def _file_parts(input: str, target: int) -> Iterator[Part | InputError]:
    """One file as a whole part, or cut into LineRanges when it is big JSON Lines."""
    path = str(Path(input).absolute())
    try:
        size = Path(path).stat().st_size
    except OSError:
        size = 0  # reading it reports what is wrong
    if EXTENSIONS.get(Path(input).suffix.lower()) is not Format.JSONL or size <= target:
        yield FilePart(input, path, size)
        return
    try:
        yield from split_lines(input, target, path)
    except OSError as e:
        yield BrokenInput(input, (e.strerror or type(e).__name__).lower())
