"""Run the Python code blocks of one documentation page, in order, in one namespace.

``python run_blocks.py BLOCKS.json``: each block is compiled with top-level ``await`` allowed (as
the ``python -m asyncio`` REPL does), so async examples read as users would write them in a
notebook; a block that awaits runs in its own event loop. On failure the page, the block and
the line are printed and the exit status is 1.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import json
import sys
import traceback
from typing import Any


def main(path: str) -> int:
    with open(path, encoding="utf-8") as file:
        page = json.load(file)
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    for index, block in enumerate(page["blocks"]):
        name = f"{page['page']} block {index + 1} (line {block['line']})"
        try:
            code = compile(block["source"], name, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
            outcome = eval(code, namespace)
            if inspect.iscoroutine(outcome):
                asyncio.run(outcome)
        except BaseException:
            print(f"FAILED: {name}", file=sys.stderr)
            traceback.print_exc()
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
