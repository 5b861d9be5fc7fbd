"""``python -m codegen [--spec PATH_OR_URL] [--out DIR] [--check]``.

Reads the OpenAPI document (default: ``$PRISMA_OPENAPI_SPEC``, else ``../shared/openapi/``, else
https://api.prisma.io/v1/doc) and writes the generated modules. ``--check`` writes nothing and exits
1 when the committed modules differ from what the document generates.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ._generate import DEFAULT_OUT, generate, write_or_check
from ._load import default_spec_location, load_spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--spec", help="OpenAPI document: a file path or an http(s) URL")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output package folder")
    parser.add_argument("--check", action="store_true", help="fail if the output is stale")
    args = parser.parse_args(argv)
    location = args.spec or default_spec_location()
    files = generate(load_spec(location))
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
