"""``python -m codegen [--spec PATH_OR_URL] [--out DIR] [--check]`` and ``python -m codegen --update``.

Generates from the committed OpenAPI document (``openapi/prisma-management-api.json``) unless
``--spec`` or ``$PRISMA_OPENAPI_SPEC`` names another. ``--check`` writes nothing and exits 1 when
the committed modules differ from what the document generates. ``--update [--from PATH_OR_URL]``
first replaces the committed document (from ``--from``, else ``$PRISMA_OPENAPI_SPEC``, else
https://api.prisma.io/v1/doc) and records its provenance, then regenerates.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ._generate import DEFAULT_OUT, generate, write_or_check
from ._load import (
    COMMITTED_SPEC,
    ENV_VAR,
    LIVE_SPEC_URL,
    default_spec_location,
    load_spec,
    update_committed_spec,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--spec", help="OpenAPI document: a file path or an http(s) URL")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output package folder")
    parser.add_argument("--check", action="store_true", help="fail if the output is stale")
    parser.add_argument(
        "--update", action="store_true", help="refresh the committed OpenAPI document, then regenerate"
    )
    parser.add_argument(
        "--from",
        dest="source",
        metavar="PATH_OR_URL",
        help=f"with --update: where to take the document (default ${ENV_VAR}, else {LIVE_SPEC_URL})",
    )
    args = parser.parse_args(argv)
    if args.source and not args.update:
        parser.error("--from goes with --update")
    if args.update and (args.check or args.spec):
        parser.error("--update refreshes the committed document: it takes neither --check nor --spec")
    if args.update:
        source = args.source or os.environ.get(ENV_VAR) or LIVE_SPEC_URL
        try:
            document = update_committed_spec(source)
        except (OSError, ValueError) as error:
            print(f"not updated: {error}", file=sys.stderr)
            return 1
        location = str(COMMITTED_SPEC)
        print(f"updated {COMMITTED_SPEC.name} from {source}")
    else:
        location = args.spec or default_spec_location()
        document = load_spec(location)
    files = generate(document)
    stale = write_or_check(files, args.out, check=args.check)
    if args.check:
        if stale:
            print(f"generated code is stale (regenerate with python -m codegen): {', '.join(stale)}")
            return 1
        print(f"generated code is up to date with {location}")
        return 0
    print(f"generated {len(files)} modules into {args.out} from {location}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
