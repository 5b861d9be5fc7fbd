"""NDJSON line splitting: one long line against the same bytes as many short lines, per size.

The splitter is fed 16 KiB chunks, as a socket delivers them. Linear splitting keeps the ratio of
one long line to many short lines near 1 whatever the size; the splitter this replaced grew one
``bytes`` per chunk, which copies the whole line each time (a 16 MB line took seconds, 64 MB
minutes). Both are measured in the same run, so the ratio does not depend on the machine's load.

    .venv/bin/python bench/ndjson_lines.py
"""

from __future__ import annotations

import time

from prisma_management_api._ndjson import LineSplitter

CHUNK = 16 << 10


def split_seconds(chunks: list[bytes], limit: int) -> float:
    best = float("inf")
    for _ in range(3):
        splitter = LineSplitter(limit)
        began = time.perf_counter()
        for chunk in chunks:
            splitter.feed(chunk)
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    for megabytes in (1, 16, 64):
        size = megabytes << 20
        long_line = [b"x" * CHUNK] * (size // CHUNK) + [b"\n"]
        short_lines = [(b"x" * 1023 + b"\n") * (CHUNK // 1024)] * (size // CHUNK)
        one = split_seconds(long_line, size + 1)
        many = split_seconds(short_lines, size + 1)
        print(
            f"{megabytes:>3} MB: one line {one * 1000:8.1f} ms, {size >> 10:>6} lines of 1 KiB "
            f"{many * 1000:8.1f} ms, ratio {one / many:5.2f}"
        )


if __name__ == "__main__":
    main()
