"""What parsing a page costs when it fits the models, and when the API has grown past them.

    .venv/bin/python bench/lenient_path.py              # this checkout's src/
    .venv/bin/python bench/lenient_path.py --src DIR    # another checkout's (a "before")

The 20-project page of ``client_overhead.py``, parsed in process by the decoder a typed call uses
(``_core.json_decoder("ListProjectsResponse")``), as the API sends it and with a field this SDK
does not know yet in every project (what a newer API sends an older SDK: the lenient path). The
baseline, measured in the same run, is what a user of a raw HTTP library would write: plain
pydantic classes of the same fields with ``extra="allow"``. Each figure is the best of 7 rounds
of 2,000 parses; the ratios are ours / the baseline for the same body.
"""

from __future__ import annotations

import argparse
import json
import sys
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from client_overhead import BODY, plain_page_decoder  # noqa: E402

NUMBER, REPEAT = 2000, 7


def grown(body: bytes) -> bytes:
    """``body`` with a field the models do not know in every project."""
    page = json.loads(body)
    for project in page["data"]:
        project["brandNew"] = {"since": "a newer API"}
    return json.dumps(page).encode()


def per_parse(parse: Callable[[bytes], Any], body: bytes) -> float:
    parse(body)  # warm-up: decoders built, classes made
    return min(timeit.repeat(lambda: parse(body), number=NUMBER, repeat=REPEAT)) / NUMBER


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--src", type=Path, default=BENCH.parent / "src", help="the package's src/")
    args = parser.parse_args()
    sys.path.insert(0, str(args.src.resolve()))
    from prisma_management_api._core import json_decoder

    ours = json_decoder("ListProjectsResponse")
    baseline = plain_page_decoder()
    newer = grown(BODY)
    kept: Any = ours(newer).data[0]
    extra: dict[str, Any] = kept.model_extra or {}
    assert extra.get("brandNew") == {"since": "a newer API"}, "the unknown field was not kept"

    print(f"# package from {args.src}; best of {REPEAT} x {NUMBER:,} parses of a 20-project page\n")
    print("| body | ours (us) | plain pydantic (us) | ours / pydantic | json.loads (us) |")
    print("|---|---:|---:|---:|---:|")
    for name, body in (("as the API sends it", BODY), ("a new field in every project", newer)):
        mine, theirs, plain = per_parse(ours, body), per_parse(baseline, body), per_parse(json.loads, body)
        print(
            f"| {name} | {mine * 1e6:.1f} | {theirs * 1e6:.1f} | {mine / theirs:.2f}x | {plain * 1e6:.1f} |"
        )


if __name__ == "__main__":
    main()
