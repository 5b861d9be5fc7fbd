"""What a parsed page costs when many are kept alive: the options for the response models, measured.

    .venv/bin/python bench/page_gc.py

Parses the 20-project page of ``client_overhead.py`` 3,000 times, keeping every result alive (as a
fan-out that collects does), with CPython's cyclic GC on and, as a diagnostic, off. Rows: this
SDK's models (lenient msgspec ``Struct``s, parsed by the same decoder a typed call uses), plain
pydantic ``BaseModel``s of the same fields (what the SDK's models were before 0.2.0, without their
leniency), the same shapes as pydantic-validated ``TypedDict``s (plain dicts), bare msgspec
``Struct``s with ``gc=False``, and ``json.loads``. It also counts the objects the GC
tracks per page once a collection has untracked what it can (dicts holding only atoms).
"""

import gc
import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, Optional

from typing_extensions import TypedDict

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent / "src")]

from client_overhead import BODY, plain_page_decoder  # noqa: E402

PAGES = 3000


def tracked_per_page(parse: Callable[[bytes], Any]) -> float:
    parse(BODY)
    gc.collect()
    before = len(gc.get_objects())
    kept = [parse(BODY) for _ in range(100)]
    gc.collect()
    count = (len(gc.get_objects()) - before) / 100
    del kept
    return count


def per_page(parse: Callable[[bytes], Any], *, collect: bool) -> float:
    samples = []
    for _ in range(5):
        gc.collect()
        if not collect:
            gc.disable()
        start = time.process_time()
        kept = [parse(BODY) for _ in range(PAGES)]
        samples.append((time.process_time() - start) / PAGES)
        gc.enable()
        del kept
    return statistics.median(samples)


def typed_dict_parser() -> Callable[[bytes], Any]:
    from pydantic import TypeAdapter

    class Workspace(TypedDict):
        id: str
        url: str
        name: str

    class Project(TypedDict):
        id: str
        type: Literal["project"]
        url: str
        name: str
        logicalId: Optional[str]  # wire names: pydantic validates a TypedDict by key
        createdAt: datetime
        defaultRegion: Optional[str]
        workspace: Workspace

    class Pagination(TypedDict):
        nextCursor: Optional[str]
        hasMore: bool

    class Page(TypedDict):
        data: list[Project]
        pagination: Pagination

    return TypeAdapter(Page).validate_json


def msgspec_parser() -> Optional[Callable[[bytes], Any]]:
    try:
        import msgspec
    except ImportError:
        return None

    class Workspace(msgspec.Struct, gc=False):
        id: str
        url: str
        name: str

    class Project(msgspec.Struct, gc=False, rename="camel"):
        id: str
        type: Literal["project"]
        url: str
        name: str
        logical_id: Optional[str]
        created_at: datetime
        default_region: Optional[str]
        workspace: Workspace

    class Pagination(msgspec.Struct, gc=False, rename="camel"):
        next_cursor: Optional[str]
        has_more: bool

    class Page(msgspec.Struct, gc=False):
        data: list[Project]
        pagination: Pagination

    return msgspec.json.Decoder(Page).decode


def main() -> None:
    from prisma_management_api._core import json_decoder

    parsers: dict[str, Optional[Callable[[bytes], Any]]] = {
        "this SDK's models (lenient msgspec Structs)": json_decoder("ListProjectsResponse"),
        "pydantic BaseModel (plain)": plain_page_decoder(),
        "pydantic TypedDict (dicts)": typed_dict_parser(),
        "msgspec Struct, gc=False": msgspec_parser(),
        "json.loads": json.loads,
    }
    print(f"# {PAGES:,} pages of 20 projects kept alive; CPU time per page (median of 5)\n")
    print("| parser | us/page, GC on | us/page, GC off | GC-tracked objects/page |")
    print("|---|---:|---:|---:|")
    for name, parse in parsers.items():
        if parse is None:
            print(f"| {name} | (not installed) | | |")
            continue
        on, off = per_page(parse, collect=True), per_page(parse, collect=False)
        print(f"| {name} | {on * 1e6:.1f} | {off * 1e6:.1f} | {tracked_per_page(parse):.0f} |")


if __name__ == "__main__":
    main()
